//! After damage, on the command line: `salvage FILE`, and the ways on that a refusal names.

use std::path::Path;
use std::process::ExitCode;

use skills_catalogue::SkillCatalogue;
use skills_journal_store::StoreError;

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
    let restore = match latest_backup {
        Some(backup) => format!(
            "\n  skills-journal restore {}   brings back the latest backup",
            quoted(backup)
        ),
        None => String::new(),
    };
    format!(
        "\nto go on, choose one:{restore}\n  skills-journal salvage {}   recovers every entry that can still be read from the damaged file\n  --start-empty   begins a new, empty journal (the damaged file and the backups stay)",
        quoted(kept_as)
    )
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
    println!(
        "recovered {} entries from {} ({} added, {} already in the journal); {} could not be read",
        summary.recovered,
        file.display(),
        summary.import.entries_added,
        summary.import.entries_skipped,
        summary.unreadable
    );
    store.close()?;
    Ok(ExitCode::SUCCESS)
}
