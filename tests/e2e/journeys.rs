//! The user journeys, each asserting what a person would see in the window.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use futures_util::FutureExt;
use skills_articles::{ArticleLibrary, ArticleSource, SkillRecogniser};

use crate::environment::{Environment, Journey, Session};

pub const ALL: &[(&str, Journey)] = &[
    (
        "library_lists_the_bundled_articles_and_search_narrows_it",
        |e, s| library_and_search(e, s).boxed(),
    ),
    (
        "an_article_opens_with_headings_contents_and_marked_skills",
        |e, s| reader(e, s).boxed(),
    ),
    (
        "an_unrecognised_skills_list_item_is_linked_to_a_skill_and_kept",
        |e, s| crate::links::link_an_unrecognised_item(e, s).boxed(),
    ),
    ("a_broken_article_shows_its_error", |e, s| {
        broken_article(e, s).boxed()
    }),
    (
        "the_language_switch_changes_the_ui_and_is_remembered",
        |e, s| language_switch(e, s).boxed(),
    ),
    (
        "an_article_added_to_the_user_folder_appears_without_a_restart",
        |e, s| live_user_folder(e, s).boxed(),
    ),
    (
        "the_content_security_policy_blocks_inline_script",
        |e, s| csp(e, s).boxed(),
    ),
    (
        "feedback_from_an_article_is_found_edited_trashed_restored_and_assessed",
        |e, s| crate::journal::round_trip(e, s).boxed(),
    ),
    ("a_half_typed_entry_survives_closing_the_app", |e, s| {
        crate::journal::draft_survives(e, s).boxed()
    }),
    (
        "a_damaged_journal_is_kept_aside_and_the_latest_backup_restored",
        |e, s| crate::journal::damaged_journal(e, s).boxed(),
    ),
    (
        "a_damaged_journal_stays_on_screen_after_a_restart_and_is_salvaged",
        |e, s| crate::recovery::salvaged_journal(e, s).boxed(),
    ),
    (
        "a_pdf_report_is_exported_from_the_window_and_a_failed_export_keeps_the_choices",
        |e, s| crate::exchange::pdf_export(e, s).boxed(),
    ),
    (
        "the_journal_is_exported_and_imported_in_the_window_without_duplicates",
        |e, s| crate::exchange::json_round_trip(e, s).boxed(),
    ),
    (
        "a_feedback_request_answered_in_chromium_is_pasted_in_and_shown_as_given_directly",
        |e, s| crate::requests::request_answered_in_a_browser(e, s).boxed(),
    ),
];

pub const PATIENCE: Duration = Duration::from_secs(30);

/// The library the app should show: the bundled articles plus the test fixtures.
pub fn expected_library() -> ArticleLibrary {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = SkillRecogniser::load(&root.join("articles/skills.toml"))
        .expect("the bundled catalogue loads");
    let mut library = ArticleLibrary::new(Arc::new(catalogue));
    library.set_source(ArticleSource::Bundled, Some(root.join("articles")));
    library.set_source(
        ArticleSource::Extra,
        Some(root.join("tests/fixtures/library")),
    );
    library
}

pub async fn wait_for(client: &Client, css: &str) -> Result<Element, String> {
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("`{css}` never appeared: {e}"))
}

pub async fn find_all(client: &Client, css: &str) -> Result<Vec<Element>, String> {
    client
        .find_all(Locator::Css(css))
        .await
        .map_err(|e| format!("finding `{css}`: {e}"))
}

pub async fn text(element: &Element) -> Result<String, String> {
    element
        .text()
        .await
        .map_err(|e| format!("reading text: {e}"))
}

pub async fn attr(element: &Element, name: &str) -> Result<Option<String>, String> {
    element
        .attr(name)
        .await
        .map_err(|e| format!("reading {name}: {e}"))
}

/// Polls until `check` holds (the UI updates asynchronously), or fails with its last message.
pub async fn eventually<F, Fut>(what: &str, mut check: F) -> Result<(), String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool, String>>,
{
    let start = Instant::now();
    loop {
        match check().await {
            Ok(true) => return Ok(()),
            Ok(false) | Err(_) if start.elapsed() < PATIENCE => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Ok(false) => return Err(format!("{what}: still not true after {PATIENCE:?}")),
            Err(error) => return Err(format!("{what}: {error}")),
        }
    }
}

async fn card_ids(client: &Client) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    for card in find_all(client, "[data-testid=article-card]").await? {
        ids.extend(attr(&card, "data-article-id").await?);
    }
    Ok(ids)
}

async fn library_and_search(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let library = expected_library();
    let bundled: Vec<String> = library
        .summaries()
        .into_iter()
        .filter(|a| a.source == ArticleSource::Bundled)
        .map(|a| a.id)
        .collect();
    assert!(
        bundled.len() >= 6,
        "the app ships at least six articles, found {}",
        bundled.len()
    );

    wait_for(client, "[data-testid=article-card]").await?;
    let shown = card_ids(client).await?;
    for id in &bundled {
        if !shown.contains(id) {
            return Err(format!(
                "bundled article {id} is not in the library list; shown: {shown:?}"
            ));
        }
    }

    // Search for one article's title: the list narrows to the matches the library computes.
    let target = library
        .summaries()
        .into_iter()
        .find(|a| a.id == bundled[0])
        .expect("the first article");
    let query = target
        .title
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let expected = library.search(&skills_articles::SearchQuery {
        query: query.clone(),
        tag: None,
        skill: None,
    });
    assert!(
        expected.len() < shown.len(),
        "the query {query:?} must narrow the list for this test to mean anything"
    );

    // `/` focuses the search box from anywhere in the library.
    let body = wait_for(client, "body").await?;
    body.send_keys("/").await.map_err(|e| e.to_string())?;
    let search = wait_for(client, "[data-testid=search-input]").await?;
    let focused = client.active_element().await.map_err(|e| e.to_string())?;
    if attr(&focused, "data-testid").await?.as_deref() != Some("search-input") {
        return Err("pressing / did not focus the search box".into());
    }
    search.send_keys(&query).await.map_err(|e| e.to_string())?;
    eventually(
        &format!("the list shows exactly the matches for {query:?}: {expected:?}"),
        || async { Ok(card_ids(client).await? == expected) },
    )
    .await?;

    // Esc clears the search and everything comes back.
    search
        .send_keys(&char::from(Key::Escape).to_string())
        .await
        .map_err(|e| e.to_string())?;
    eventually(
        "Esc in the search box brings back the whole list",
        || async { Ok(card_ids(client).await?.len() == shown.len()) },
    )
    .await
}

async fn reader(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let library = expected_library();
    // The richest bundled article: the most table-of-contents entries among those with marked skills.
    let (summary, rendered) = library
        .summaries()
        .into_iter()
        .filter(|a| a.source == ArticleSource::Bundled)
        .filter_map(|a| library.article(&a.id).ok().map(|r| (a, r)))
        .filter(|(_, r)| r.html.contains("class=\"skill-item\""))
        .max_by_key(|(_, r)| r.toc.len())
        .ok_or("no bundled article has marked skills")?;

    let card = wait_for(
        client,
        &format!(
            "[data-testid=article-card][data-article-id=\"{}\"]",
            summary.id
        ),
    )
    .await?;
    card.click()
        .await
        .map_err(|e| format!("clicking the card: {e}"))?;

    let title = wait_for(client, "[data-testid=reader-title]").await?;
    if text(&title).await? != summary.title {
        return Err(format!(
            "the reader shows {:?}, expected {:?}",
            text(&title).await?,
            summary.title
        ));
    }
    let toc_links = find_all(client, "[data-testid=toc] a").await?;
    if toc_links.len() != rendered.toc.len() {
        return Err(format!(
            "the contents list has {} links, the article {} headings",
            toc_links.len(),
            rendered.toc.len()
        ));
    }
    for (link, entry) in toc_links.iter().zip(&rendered.toc) {
        let href = attr(link, "href").await?.unwrap_or_default();
        if !href.ends_with(&format!("#{}", entry.id)) {
            return Err(format!(
                "contents link {href:?} should point at #{}",
                entry.id
            ));
        }
        let heading = find_all(
            client,
            &format!("[data-testid=reader] h{}[id=\"{}\"]", entry.level, entry.id),
        )
        .await?;
        if heading.len() != 1 {
            return Err(format!(
                "heading #{} ({:?}) is not in the article",
                entry.id, entry.text
            ));
        }
    }

    // List items, table cells, headings and bold leads can all name a skill; only the tags the
    // renderer writes carry `data-skill="` (article text is escaped).
    let marked = find_all(client, "[data-testid=reader] .skill-item[data-skill]").await?;
    let expected_marked = rendered.html.matches("data-skill=\"").count();
    if marked.len() != expected_marked || marked.is_empty() {
        return Err(format!(
            "{} marked skills shown, the article marks {expected_marked}",
            marked.len()
        ));
    }
    let badges = find_all(client, "[data-testid=reader] .skill-badge").await?;
    if badges.len() != marked.len() {
        return Err(format!(
            "{} skill badges shown for {} marked places",
            badges.len(),
            marked.len()
        ));
    }
    for item in &marked {
        let skill = attr(item, "data-skill").await?.unwrap_or_default();
        if !summary.skills.contains(&skill) {
            return Err(format!(
                "marked skill {skill:?} is not among the article's skills {:?}",
                summary.skills
            ));
        }
    }

    // Back to the library with the back button.
    wait_for(client, "[data-testid=back]")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    wait_for(client, "[data-testid=article-list]").await?;
    Ok(())
}

async fn broken_article(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let library = expected_library();
    let broken = library
        .summaries()
        .into_iter()
        .find(|a| a.id == "extra/kapotte-kop")
        .ok_or("the broken fixture is not in the library")?;
    let problem = broken
        .problems
        .first()
        .ok_or("the broken fixture has no problem")?;
    let line = problem.line.ok_or("a YAML error names its line")?;

    let item = wait_for(
        client,
        "[data-testid=broken-article][data-article-id=\"extra/kapotte-kop\"]",
    )
    .await?;
    let shown = text(&item).await?;
    // The window is Dutch: the problem is worded from its code and values in Dutch
    // (problem-<code> in crates/i18n/locales/nl/articles.ftl), not in Rust's English.
    let code = serde_json::to_value(problem.code).map_err(|e| e.to_string())?;
    let id = format!(
        "problem-{}",
        code.as_str().unwrap_or_default().replace('_', "-")
    );
    let values = problem.args.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let dutch = skills_i18n::text_with_values(skills_catalogue::Lang::Nl, &id, values);
    for needle in ["kapotte-kop.md", &line.to_string(), dutch.as_str()] {
        if !shown.contains(needle) {
            return Err(format!(
                "the broken article's entry should show {needle:?}; it shows {shown:?}"
            ));
        }
    }
    let english = problem.message.lines().next().unwrap_or_default();
    if shown.contains(english) {
        return Err(format!("the Dutch window shows Rust's English {english:?}"));
    }
    // The rest of the library still loads, including the good article beside the broken one.
    wait_for(
        client,
        "[data-testid=article-card][data-article-id=\"extra/eigen-notities\"]",
    )
    .await?;
    Ok(())
}

async fn language_switch(environment: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let heading = wait_for(client, "[data-testid=library-heading]").await?;
    eventually(
        "with a Dutch OS the library is called Bibliotheek",
        || async { Ok(text(&heading).await? == "Bibliotheek") },
    )
    .await?;
    wait_for(client, "[data-testid=lang-switch] [data-lang=en]")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    eventually("the heading turns English", || async {
        Ok(text(&wait_for(client, "[data-testid=library-heading]").await?).await? == "Library")
    })
    .await?;
    let html_lang = wait_for(client, "html")
        .await?
        .attr("lang")
        .await
        .map_err(|e| e.to_string())?;
    if html_lang.as_deref() != Some("en") {
        return Err(format!(
            "the document language should be en, is {html_lang:?}"
        ));
    }
    let _ = session.client.clone().close().await;

    // A new start on the same data folder remembers the choice.
    let again = environment.session_on(&session.data_dir).await?;
    let result = async {
        let heading = wait_for(&again.client, "[data-testid=library-heading]").await?;
        eventually(
            "the English choice is remembered after a restart",
            || async { Ok(text(&heading).await? == "Library") },
        )
        .await
    }
    .await;
    let _ = again.client.close().await;
    result
}

async fn live_user_folder(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    wait_for(client, "[data-testid=article-card]").await?;
    let before = card_ids(client).await?;
    let folder = session.data_dir.join("articles");
    let article =
        "---\ntitle: \"Net toegevoegd\"\ndate: 2026-11-01\n---\n\n## Stap\n\n- Presentaties\n";
    std::fs::write(folder.join("net-toegevoegd.md"), article)
        .map_err(|e| format!("writing the article: {e}"))?;
    eventually("the new article appears in the open library", || async {
        Ok(card_ids(client)
            .await?
            .iter()
            .any(|id| id == "user/net-toegevoegd"))
    })
    .await?;
    let after = card_ids(client).await?;
    if after.len() != before.len() + 1 {
        return Err(format!(
            "one article was added, the list went from {} to {}",
            before.len(),
            after.len()
        ));
    }
    Ok(())
}

async fn csp(_: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    wait_for(client, "[data-testid=article-card]").await?;
    // WebDriver's own script is not subject to the page's CSP, but the inline <script> it adds is.
    let ran = client
        .execute(
            r#"
            window.__inlineRan = false;
            const script = document.createElement("script");
            script.textContent = "window.__inlineRan = true;";
            document.body.appendChild(script);
            let evalRan = false;
            try { evalRan = eval("true"); } catch (e) { evalRan = false; }
            return [window.__inlineRan, evalRan];
            "#,
            vec![],
        )
        .await
        .map_err(|e| format!("running the probe: {e}"))?;
    if ran != serde_json::json!([false, false]) {
        return Err(format!(
            "inline script and eval must be blocked by the CSP; [inline, eval] ran: {ran}"
        ));
    }
    Ok(())
}
