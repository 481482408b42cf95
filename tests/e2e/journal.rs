//! The journal journey: from reading to recording and back, as a trainee does it. Open an
//! article, log feedback on a skill it marks (first refused for missing text, keeping what was
//! typed), find it by part of a word, edit it, read its history, delete it, restore it from the
//! trash, and record a self-assessment whose changed level needs a justification.

use std::process::Command;

use fantoccini::Client;
use fantoccini::key::Key;
use skills_articles::ArticleSource;

use crate::environment::{Environment, Session};
use crate::journeys::{attr, eventually, expected_library, find_all, text, wait_for};

/// A word no article or fixture contains, typed in full and searched for by a part of it.
const WORD: &str = "kwartaalpresentatie";
const PART: &str = "taalpresent";

/// Scrolls the element to the middle of the window (as a person would, clear of the sticky top
/// bar and the form's sticky save bar) and clicks it.
pub async fn click(client: &Client, css: &str) -> Result<(), String> {
    let element = wait_for(client, css).await?;
    let arg = serde_json::to_value(&element).map_err(|e| e.to_string())?;
    client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
            vec![arg],
        )
        .await
        .map_err(|e| format!("scrolling to `{css}`: {e}"))?;
    element
        .click()
        .await
        .map_err(|e| format!("clicking `{css}`: {e}"))
}

pub async fn type_into(client: &Client, css: &str, keys: &str) -> Result<(), String> {
    wait_for(client, css)
        .await?
        .send_keys(keys)
        .await
        .map_err(|e| format!("typing into `{css}`: {e}"))
}

pub async fn value(client: &Client, css: &str) -> Result<String, String> {
    let element = wait_for(client, css).await?;
    element
        .prop("value")
        .await
        .map_err(|e| format!("reading the value of `{css}`: {e}"))
        .map(Option::unwrap_or_default)
}

pub async fn count(client: &Client, css: &str) -> Result<usize, String> {
    Ok(find_all(client, css).await?.len())
}

/// The ids of the journal rows on screen.
pub async fn journal_ids(client: &Client) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    for row in find_all(client, "[data-testid=journal-entry]").await? {
        ids.extend(attr(&row, "data-entry-id").await?);
    }
    Ok(ids)
}

/// Opens the journal and searches for `PART`.
async fn search_journal(client: &Client) -> Result<(), String> {
    click(client, "[data-testid=nav-journal]").await?;
    let search = wait_for(client, "[data-testid=journal-search]").await?;
    // Ctrl+A then the text replaces whatever the box held, the way a person does it (and
    // unlike WebDriver's clear, it fires the input events the UI listens to).
    let select_all = format!("{}a{}", char::from(Key::Control), char::from(Key::Null));
    search
        .send_keys(&select_all)
        .await
        .map_err(|e| e.to_string())?;
    search.send_keys(PART).await.map_err(|e| e.to_string())?;
    eventually("the search box holds the search", || async {
        Ok(value(client, "[data-testid=journal-search]").await? == PART)
    })
    .await
}

pub async fn round_trip(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let library = expected_library();
    let (article, skill) = library
        .summaries()
        .into_iter()
        .filter(|a| a.source == ArticleSource::Bundled)
        .find_map(|a| {
            let html = library.article(&a.id).ok()?.html;
            let skill = a
                .skills
                .iter()
                .find(|s| html.contains(&format!("data-skill=\"{s}\"")))?
                .clone();
            Some((a, skill))
        })
        .ok_or("no bundled article marks a skill")?;

    // From reading: the marked skill's "log feedback" opens a form with skill and article filled in.
    click(
        client,
        &format!(
            "[data-testid=article-card][data-article-id=\"{}\"]",
            article.id
        ),
    )
    .await?;
    wait_for(client, "[data-testid=reader-title]").await?;
    click(
        client,
        &format!("[data-testid=reader-log-feedback][data-skill-id=\"{skill}\"]"),
    )
    .await?;
    wait_for(
        client,
        "[data-testid=entry-form][data-kind=feedback][data-mode=new]",
    )
    .await?;
    let option = wait_for(
        client,
        &format!("[data-testid=skill-option][data-skill-id=\"{skill}\"]"),
    )
    .await?;
    if !option.is_selected().await.map_err(|e| e.to_string())? {
        return Err(format!("the form should start with {skill} ticked"));
    }
    let article_field = value(client, "[data-testid=field][data-field=articleId]").await?;
    if article_field != article.id {
        return Err(format!(
            "the form should link {}, it links {article_field:?}",
            article.id
        ));
    }

    // Saving without situation, behaviour or impact is refused next to the field, keeping input.
    type_into(
        client,
        "[data-testid=field][data-field=\"content.giverName\"]",
        "Sanne",
    )
    .await?;
    click(client, "[data-testid=entry-save]").await?;
    wait_for(
        client,
        "[data-testid=field-error][data-field=\"content.situation\"]",
    )
    .await?;
    if value(
        client,
        "[data-testid=field][data-field=\"content.giverName\"]",
    )
    .await?
        != "Sanne"
    {
        return Err("a refused save must keep what was typed".into());
    }
    type_into(
        client,
        "[data-testid=field][data-field=\"content.behaviour\"]",
        &format!("Je opende de {WORD} met de vraag van de klant"),
    )
    .await?;
    click(client, "[data-testid=entry-save]").await?;
    let detail = wait_for(client, "[data-testid=entry-detail]").await?;
    let id = attr(&detail, "data-entry-id")
        .await?
        .ok_or("the entry detail names its id")?;
    eventually("the saved entry shows its text", || async {
        Ok(text(&wait_for(client, "[data-testid=entry-detail]").await?)
            .await?
            .contains(WORD))
    })
    .await?;

    // Found in the journal by part of a word, with the match highlighted.
    search_journal(client).await?;
    eventually(
        "searching a part of the word finds exactly the entry",
        || async { Ok(journal_ids(client).await? == vec![id.clone()]) },
    )
    .await?;
    // With one entry in the journal the list matches before the search has run: wait for the
    // highlighted part of the word, which only a search shows.
    eventually("the matching part of the word is highlighted", || async {
        for mark in find_all(client, "[data-testid=journal-entry] mark").await? {
            if text(&mark).await?.to_lowercase() == PART {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .await?;
    if journal_ids(client).await? != vec![id.clone()] {
        return Err("the search should find exactly the entry".into());
    }

    // Edit: a second version.
    click(
        client,
        &format!("[data-testid=journal-entry][data-entry-id=\"{id}\"]"),
    )
    .await?;
    click(client, "[data-testid=entry-edit]").await?;
    wait_for(client, "[data-testid=entry-form][data-mode=edit]").await?;
    type_into(
        client,
        "[data-testid=field][data-field=\"content.behaviour\"]",
        " en liet stiltes vallen",
    )
    .await?;
    click(client, "[data-testid=entry-save]").await?;
    eventually("the edited entry is version 2", || async {
        let detail = wait_for(client, "[data-testid=entry-detail]").await?;
        Ok(attr(&detail, "data-version").await?.as_deref() == Some("2")
            && text(&detail).await?.contains("liet stiltes vallen"))
    })
    .await?;

    // History: both versions, the current one marked, the old text still there.
    click(client, "[data-testid=entry-history]").await?;
    wait_for(client, "[data-testid=entry-history-view]").await?;
    eventually("the history lists two versions", || async {
        Ok(count(client, "[data-testid=history-version]").await? == 2)
    })
    .await?;
    let current = find_all(client, "[data-testid=history-version][data-current=true]").await?;
    if current.len() != 1 || attr(&current[0], "data-version").await?.as_deref() != Some("2") {
        return Err("exactly version 2 is marked current".into());
    }

    // Delete: gone from the journal, present in the trash; restore brings it back.
    search_journal(client).await?;
    click(
        client,
        &format!("[data-testid=journal-entry][data-entry-id=\"{id}\"]"),
    )
    .await?;
    click(client, "[data-testid=entry-delete]").await?;
    search_journal(client).await?;
    eventually("a deleted entry leaves the journal", || async {
        Ok(journal_ids(client).await?.is_empty())
    })
    .await?;
    click(client, "[data-testid=open-trash]").await?;
    let row = format!("[data-testid=trash-entry][data-entry-id=\"{id}\"]");
    wait_for(client, &row).await?;
    click(client, &format!("{row} [data-testid=trash-restore]")).await?;
    eventually("the restored entry leaves the trash", || async {
        Ok(count(client, &row).await? == 0)
    })
    .await?;
    search_journal(client).await?;
    eventually("the restored entry is back in the journal", || async {
        Ok(journal_ids(client).await? == vec![id.clone()])
    })
    .await?;

    // Self-assessment. An earlier one (logged from the command line, beside the open window)
    // makes the new level a change that needs a justification, with the feedback as evidence.
    let earlier = Command::new(env!("CARGO_BIN_EXE_skills-journal"))
        .arg("--data-dir")
        .arg(&session.data_dir)
        .args([
            "log",
            "assessment",
            "--level",
            &format!("{skill}=2"),
            "--date",
            "2026-01-05",
        ])
        .output()
        .map_err(|e| format!("running the command line: {e}"))?;
    if !earlier.status.success() {
        return Err(format!(
            "logging the earlier assessment failed: {}",
            String::from_utf8_lossy(&earlier.stderr)
        ));
    }
    click(client, "[data-testid=nav-journal]").await?;
    click(client, "[data-testid=new-entry][data-kind=self_assessment]").await?;
    wait_for(
        client,
        "[data-testid=entry-form][data-kind=self_assessment]",
    )
    .await?;
    click(
        client,
        &format!("[data-testid=skill-option][data-skill-id=\"{skill}\"]"),
    )
    .await?;
    click(
        client,
        &format!("[data-testid=assessment-level][data-skill-id=\"{skill}\"][data-level=\"4\"]"),
    )
    .await?;
    eventually("the level descriptors are shown while choosing", || async {
        Ok(count(client, "[data-testid=level-descriptor]").await? > 0)
    })
    .await?;
    eventually("the previous level (2) is shown", || async {
        Ok(
            text(&wait_for(client, "[data-testid=assessment-previous]").await?)
                .await?
                .contains('2'),
        )
    })
    .await?;
    let evidence = wait_for(client, "[data-testid=assessment-evidence]").await?;
    let arg = serde_json::to_value(&evidence).map_err(|e| e.to_string())?;
    client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' });",
            vec![arg],
        )
        .await
        .map_err(|e| e.to_string())?;
    eventually("the feedback since then is shown as evidence", || async {
        let evidence = find_all(
            client,
            "[data-testid=assessment-evidence] [data-testid=evidence-entry]",
        )
        .await?;
        for item in &evidence {
            // The line is cut with an ellipsis to fit (its full text is in the tooltip), and
            // WebKitWebDriver leaves such text out of `text()`: read the text content.
            let shown = item
                .prop("textContent")
                .await
                .map_err(|e| e.to_string())?
                .unwrap_or_default();
            if shown.contains(WORD) {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .await?;
    click(client, "[data-testid=entry-save]").await?;
    let justification = "[data-testid=field][data-field=\"skills[0].justification\"]";
    wait_for(
        client,
        "[data-testid=field-error][data-field=\"skills[0].justification\"]",
    )
    .await?;
    type_into(client, justification, "Sanne zag dat ik beter doorvraag").await?;
    click(client, "[data-testid=entry-save]").await?;
    eventually("the assessment is saved with its justification", || async {
        let detail = wait_for(client, "[data-testid=entry-detail]").await?;
        Ok(text(&detail)
            .await?
            .contains("Sanne zag dat ik beter doorvraag"))
    })
    .await?;
    Ok(())
}

/// Runs the command line on `data_dir`, failing with its stderr.
/// Twenty listening reflections from the command line, one a day from 1 October 2026.
pub fn log_reflections(data_dir: &std::path::Path, text: &str) -> Result<(), String> {
    for day in 1..=20 {
        cli(
            data_dir,
            &[
                "log",
                "reflection",
                "--skill",
                "listening",
                "--reflection",
                &format!("Dag {day}: {text}"),
                "--date",
                &format!("2026-10-{day:02}"),
            ],
        )?;
    }
    Ok(())
}

pub fn cli(data_dir: &std::path::Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_skills-journal"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .output()
        .map_err(|e| format!("running the command line: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(format!(
            "skills-journal {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

pub async fn draft_survives(environment: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let half = "Tijdens de retro merkte ik dat ik halverwege een zin";
    click(client, "[data-testid=nav-journal]").await?;
    click(client, "[data-testid=new-entry][data-kind=reflection]").await?;
    type_into(
        client,
        "[data-testid=field][data-field=\"content.situation\"]",
        half,
    )
    .await?;
    // The form says when the draft is on disk; after that, closing the app loses nothing.
    wait_for(client, "[data-testid=draft-status][data-status=saved]").await?;
    let _ = session.client.clone().close().await;

    let again = environment.session_on(&session.data_dir).await?;
    let result = async {
        let client = &again.client;
        click(client, "[data-testid=nav-journal]").await?;
        click(client, "[data-testid=new-entry][data-kind=reflection]").await?;
        wait_for(client, "[data-testid=draft-restored]").await?;
        let restored = value(
            client,
            "[data-testid=field][data-field=\"content.situation\"]",
        )
        .await?;
        if restored != half {
            return Err(format!(
                "the draft should bring back {half:?}, the field holds {restored:?}"
            ));
        }
        Ok(())
    }
    .await;
    let _ = again.client.close().await;
    result
}

pub async fn damaged_journal(environment: &Environment, session: &Session) -> Result<(), String> {
    // This journey's own journal, filled and backed up from the command line, then damaged
    // the way a failing disk does: pages overwritten with garbage.
    let _ = session.client.clone().close().await;
    let data_dir = session.data_dir.join("damaged");
    std::fs::create_dir_all(&data_dir).map_err(|e| e.to_string())?;
    log_reflections(
        &data_dir,
        &"Ik heb goed geluisterd en doorgevraagd. ".repeat(60),
    )?;
    let backup = cli(&data_dir, &["backup"])?;
    let journal = data_dir.join("journal.sqlite");
    let length = std::fs::metadata(&journal)
        .map_err(|e| e.to_string())?
        .len();
    let garbage = vec![0xA5_u8; usize::try_from(length).unwrap_or(0).saturating_sub(8192)];
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(&journal)
            .map_err(|e| e.to_string())?;
        file.seek(SeekFrom::Start(8192))
            .map_err(|e| e.to_string())?;
        file.write_all(&garbage).map_err(|e| e.to_string())?;
        file.sync_all().map_err(|e| e.to_string())?;
    }

    let damaged = environment.session_on(&data_dir).await?;
    let result = async {
        let client = &damaged.client;
        click(client, "[data-testid=nav-journal]").await?;
        wait_for(
            client,
            "[data-testid=journal-unavailable][data-state=corrupt]",
        )
        .await?;
        let kept: Vec<_> = std::fs::read_dir(&data_dir)
            .map_err(|e| e.to_string())?
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().contains(".corrupt-"))
            .collect();
        if kept.len() != 1 {
            return Err(format!(
                "the damaged file is kept aside once, found {}",
                kept.len()
            ));
        }
        click(client, "[data-testid=restore-latest-backup]").await?;
        eventually("the restored journal lists the 20 reflections", || async {
            let rows = find_all(client, "[data-testid=journal-entry]").await?;
            Ok(rows.len() == 20)
        })
        .await?;
        if !std::path::Path::new(backup.trim()).is_file() {
            return Err("the backup itself stays where it was".into());
        }
        Ok(())
    }
    .await;
    let _ = damaged.client.close().await;
    result
}
