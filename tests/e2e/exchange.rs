//! Exports and imports from the window. The native dialogs are answered by the folder in
//! `SKILLS_JOURNAL_DIALOG_DIR` (GTK dialogs cannot be driven over WebDriver): a save goes there
//! under the suggested name, an open takes the newest JSON file there. Journeys run one at a
//! time, so each empties that folder first.

use std::path::{Path, PathBuf};
use std::process::Command;

use fantoccini::Client;
use fantoccini::key::Key;

use crate::environment::{Environment, Session};
use crate::journal::{cli, click, count, journal_ids, type_into, value};
use crate::journeys::{attr, eventually, text, wait_for};

/// A quote only this journey's journal holds, looked for in the PDF.
const QUOTE: &str = "De demo liep strak en de stakeholders stelden goede vragen";

pub fn empty_folder(dir: &Path) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(|e| e.to_string())?;
        } else {
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    files.sort();
    Ok(files)
}

/// The name the save dialog suggests (the app takes today's date the same way).
fn suggested(stem: &str, extension: &str) -> String {
    format!("{stem}-{}.{extension}", chrono::Local::now().date_naive())
}

/// Replaces an input's text the way a person does (Ctrl+A, then typing), so the UI's input
/// events fire.
pub async fn replace_text(client: &Client, css: &str, text: &str) -> Result<(), String> {
    let select_all = format!("{}a{}", char::from(Key::Control), char::from(Key::Null));
    type_into(client, css, &select_all).await?;
    type_into(client, css, text).await
}

fn pdf_text(pdf: &Path) -> Result<String, String> {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .map_err(|e| {
            format!("pdftotext is not installed ({e}): install Debian's `poppler-utils` (make test does this)")
        })?;
    if !output.status.success() {
        return Err(format!(
            "pdftotext could not read {}: {}",
            pdf.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

pub async fn pdf_export(environment: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let dialogs = &environment.dialog_dir;
    empty_folder(dialogs)?;
    let data = session.data_dir.as_path();
    cli(data, &["log", "assessment", "--level", "presentations=3"])?;
    cli(
        data,
        &[
            "log",
            "feedback",
            "--skill",
            "presentations",
            "--giver",
            "stakeholder",
            "--rating",
            "4",
            "--impact",
            QUOTE,
        ],
    )?;

    click(client, "[data-testid=nav-progress]").await?;
    wait_for(client, "[data-testid=progress-self-vs-others]").await?;
    click(client, "[data-testid=progress-export]").await?;
    wait_for(client, "[data-testid=export-dialog]").await?;
    let pdf_chosen = wait_for(client, "[data-testid=export-format-pdf]")
        .await?
        .prop("checked")
        .await
        .map_err(|e| e.to_string())?;
    if pdf_chosen.as_deref() != Some("true") {
        return Err(format!(
            "the PDF report should be the default format, checked = {pdf_chosen:?}"
        ));
    }
    replace_text(client, "[data-testid=export-name]", "Sanne de Vries").await?;
    replace_text(client, "[data-testid=export-programme]", "IT-traineeship").await?;
    click(client, "[data-testid=export-lang] option[value=en]").await?;

    // First a save that fails: a folder stands where the file would go. The dialog stays
    // open with every choice, says why, and nothing is left behind.
    let target = dialogs.join(suggested("skills-journal-report", "pdf"));
    std::fs::create_dir(&target).map_err(|e| e.to_string())?;
    click(client, "[data-testid=export-confirm]").await?;
    let error = wait_for(client, "[data-testid=export-error]").await?;
    let code = attr(&error, "data-code").await?;
    if code.as_deref() != Some("write_failed") {
        return Err(format!(
            "a failed write should say so, the error is {code:?}: {}",
            text(&error).await?
        ));
    }
    let kept = value(client, "[data-testid=export-name]").await?;
    if kept != "Sanne de Vries" {
        return Err(format!(
            "the name typed should be kept after a failed export, it is {kept:?}"
        ));
    }
    std::fs::remove_dir(&target).map_err(|e| e.to_string())?;
    let left = files_in(dialogs)?;
    if !left.is_empty() {
        return Err(format!(
            "a failed export should leave nothing behind, found {left:?}"
        ));
    }

    // Then the real thing.
    click(client, "[data-testid=export-confirm]").await?;
    eventually(
        "the dialog closes and says where the report went",
        || async {
            let notice = wait_for(client, "[data-testid=notice]").await?;
            Ok(count(client, "[data-testid=export-dialog]").await? == 0
                && text(&notice)
                    .await?
                    .contains(&suggested("skills-journal-report", "pdf")))
        },
    )
    .await?;
    let files = files_in(dialogs)?;
    if files != vec![target.clone()] {
        return Err(format!(
            "exactly the report should be written, found {files:?}"
        ));
    }
    let bytes = std::fs::read(&target).map_err(|e| e.to_string())?;
    if !bytes.starts_with(b"%PDF-") {
        return Err("the exported file is not a PDF".to_owned());
    }
    let text = pdf_text(&target)?;
    for expected in ["Sanne de Vries", "IT-traineeship", "Presentations", QUOTE] {
        // pdftotext may break a long quote over lines: compare with single spaces.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !flat.contains(expected) {
            return Err(format!(
                "the English PDF should contain {expected:?}:\n{text}"
            ));
        }
    }

    // The name and programme are remembered for the next report.
    click(client, "[data-testid=progress-export]").await?;
    eventually("the cover's name is filled in again", || async {
        Ok(value(client, "[data-testid=export-name]").await? == "Sanne de Vries")
    })
    .await?;
    click(client, "[data-testid=export-cancel]").await?;
    Ok(())
}

pub async fn json_round_trip(environment: &Environment, session: &Session) -> Result<(), String> {
    let client = &session.client;
    let dialogs = &environment.dialog_dir;
    empty_folder(dialogs)?;
    let data = session.data_dir.as_path();
    cli(
        data,
        &[
            "log",
            "reflection",
            "--skill",
            "teamwork",
            "--reflection",
            "Retro: ik liet anderen eerst praten",
        ],
    )?;
    cli(
        data,
        &[
            "log",
            "action",
            "--skill",
            "listening",
            "--text",
            "Samenvatten voor ik reageer",
        ],
    )?;

    click(client, "[data-testid=nav-journal]").await?;
    click(client, "[data-testid=journal-export]").await?;
    click(client, "[data-testid=export-format-json]").await?;
    click(client, "[data-testid=export-confirm]").await?;
    let exported = dialogs.join(suggested("skills-journal", "json"));
    eventually("the journal is exported as JSON", || async {
        Ok(exported.is_file() && count(client, "[data-testid=export-dialog]").await? == 0)
    })
    .await?;
    let _ = session.client.clone().close().await;

    // A second computer: an empty journal, the file imported from the window.
    let elsewhere = environment.shared_data.path().join("json-import-elsewhere");
    std::fs::create_dir_all(&elsewhere).map_err(|e| e.to_string())?;
    let other = environment.session_on(&elsewhere).await?;
    let result = async {
        let client = &other.client;
        click(client, "[data-testid=nav-journal]").await?;
        for round in ["restored", "merged"] {
            click(client, "[data-testid=journal-import]").await?;
            click(client, "[data-testid=confirm-ok]").await?;
            eventually(&format!("the import ({round}) is reported"), || async {
                let notice = wait_for(client, "[data-testid=notice]").await?;
                let said = text(&notice).await?;
                Ok(
                    count(client, "[data-testid=confirm-dialog][open]").await? == 0
                        && said.contains(&suggested("skills-journal", "json"))
                        && said.contains(if round == "restored" {
                            "2 notities toegevoegd"
                        } else {
                            "0 notities toegevoegd"
                        }),
                )
            })
            .await?;
            eventually(
                &format!("the journal shows the two entries once ({round})"),
                || async { Ok(journal_ids(client).await?.len() == 2) },
            )
            .await?;
        }
        let backups = cli(&elsewhere, &["backup", "--list"])?;
        if !backups.contains("before_import") {
            return Err(format!(
                "each import should make a backup first:\n{backups}"
            ));
        }
        let listed = cli(&elsewhere, &["entries", "list"])?;
        if !listed.contains("Samenvatten voor ik reageer") {
            return Err(format!(
                "the imported action should be in the journal:\n{listed}"
            ));
        }
        Ok(())
    }
    .await;
    let _ = other.client.close().await;
    result
}
