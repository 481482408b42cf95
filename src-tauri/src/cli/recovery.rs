//! After damage, on the command line: `salvage FILE`, and the ways on that a refusal names.

use std::path::Path;
use std::process::ExitCode;

use skills_catalogue::SkillCatalogue;
use skills_journal_store::StoreError;

use super::say;
use crate::journal;

/// What to do next when the journal was damaged (empty for any other error).
pub fn ways_on(error: &StoreError) -> String {
    let StoreError::Corrupt {
        kept_as,
        latest_backup,
        ..
    } = error
    else {
        return String::new();
    };
    let mut ways = Vec::new();
    if let Some(backup) = latest_backup {
        ways.push((
            format!("skills-journal restore {}", quoted(backup)),
            "cli-way-restore",
        ));
    }
    ways.push((
        format!("skills-journal salvage {}", quoted(kept_as)),
        "cli-way-salvage",
    ));
    ways.push(("--start-empty".to_owned(), "cli-way-start-empty"));
    let mut text = format!("\n{}", say::text("cli-ways-on", &[]));
    for (command, id) in ways {
        text.push_str(&format!("\n  {command}   {}", say::text(id, &[])));
    }
    text
}

fn quoted(path: &Path) -> String {
    let text = path.display().to_string();
    if text.contains(char::is_whitespace) {
        format!("'{text}'")
    } else {
        text
    }
}

/// `skills-journal salvage FILE`: reads what can be read from a damaged journal file into the
/// journal (a backup first, no duplicates) and says how much came back.
pub fn salvage(
    data_dir: &Path,
    catalogue: &SkillCatalogue,
    file: &Path,
) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let (store, summary) = journal::salvage(data_dir, catalogue, file)?;
    super::journal::warn_about_backup(&store);
    let said = say::text(
        "cli-salvaged",
        &[
            ("recovered", &summary.recovered.to_string()),
            ("file", &file.display().to_string()),
            ("added", &summary.import.entries_added.to_string()),
            ("skipped", &summary.import.entries_skipped.to_string()),
            ("unreadable", &summary.unreadable.to_string()),
        ],
    );
    println!("{said}");
    store.close()?;
    Ok(ExitCode::SUCCESS)
}
