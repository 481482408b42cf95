//! Reports and exchange on the command line: `export` (a report for the coach, or the whole
//! journal as JSON) and `import` (a JSON export, into an empty journal or merged).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Days, Local, NaiveDate, Utc};
use clap::Args;
use journal_store::{JournalExport, JournalStore};
use skills_catalogue::{Lang, SkillCatalogue};

use crate::exports::{self, ExportFormat, ReportSpec};
use crate::settings;

type CliResult = Result<ExitCode, Box<dyn std::error::Error>>;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// First day of the period (default: the day of your first entry).
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Last day of the period (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    /// The last N weeks up to --to, instead of --from.
    #[arg(long, value_name = "N", conflicts_with = "from", value_parser = clap::value_parser!(u32).range(1..))]
    weeks: Option<u32>,
    /// Only this skill (repeat for more; default: all).
    #[arg(long = "skill", value_name = "ID")]
    skills: Vec<String>,
    /// Include entries marked private (left out by default).
    #[arg(long)]
    include_private: bool,
    /// The report's language (default: the app's language).
    #[arg(long, value_name = "nl|en", value_parser = crate::cli::parse_lang)]
    lang: Option<Lang>,
    /// Your name, for the PDF's cover.
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    /// Your traineeship programme, for the PDF's cover.
    #[arg(long, value_name = "TEXT")]
    programme: Option<String>,
    /// The file to write (written whole or not at all).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// `export`.
pub fn export(
    store: &JournalStore,
    catalogue: &SkillCatalogue,
    data_dir: &Path,
    args: &ExportArgs,
) -> CliResult {
    let now = Utc::now();
    if args.format == ExportFormat::Json
        && (args.from.is_some()
            || args.to.is_some()
            || args.weeks.is_some()
            || !args.skills.is_empty()
            || args.lang.is_some()
            || args.name.is_some()
            || args.programme.is_some())
    {
        eprintln!(
            "note: a JSON export is always the complete journal; --from, --to, --weeks, --skill, --lang, --name and --programme do not apply"
        );
    }
    let to = args.to.unwrap_or_else(|| Local::now().date_naive());
    let from = match (args.from, args.weeks) {
        (Some(from), _) => from,
        (None, Some(weeks)) => weeks_before(to, weeks).ok_or_else(|| {
            format!("--weeks {weeks} reaches before the first date the app can show; give fewer weeks or --from")
        })?,
        (None, None) if args.format == ExportFormat::Json => to,
        (None, None) => exports::first_entry_day(store, to, args.include_private)?.unwrap_or(to),
    };
    let lang = args.lang.unwrap_or_else(|| {
        settings::load(data_dir)
            .locale
            .unwrap_or_else(settings::os_locale)
    });
    let spec = ReportSpec {
        from,
        to,
        skills: (!args.skills.is_empty()).then(|| args.skills.clone()),
        include_private: args.include_private,
        lang,
        trainee: exports::cover_text(args.name.clone()),
        programme: exports::cover_text(args.programme.clone()),
    };
    let gathered = exports::gather(store, catalogue.skills(), args.format, &spec, now)?;
    exports::finish(gathered, &args.out, |_| {})?;
    println!("{}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

/// `import FILE`.
pub fn import(store: &mut JournalStore, file: &Path) -> CliResult {
    let text = std::fs::read_to_string(file)
        .map_err(|error| format!("could not read {}: {error}", file.display()))?;
    let export = JournalExport::from_json(&text)?;
    // The journal as it was can always be restored (`skills-journal backup --list`).
    let (_, summary) = exports::import_with_backup(store, &export, Utc::now())?;
    println!(
        "imported {}: {} entries added, {} already in the journal; {} own skills added, {} matched; {} article links added",
        file.display(),
        summary.entries_added,
        summary.entries_skipped,
        summary.skills_added,
        summary.skills_matched,
        summary.links_added
    );
    Ok(ExitCode::SUCCESS)
}

/// The first day of the `weeks` weeks that end on `to` (`to` itself included), or `None` when
/// that lies outside the calendar chrono can represent.
fn weeks_before(to: NaiveDate, weeks: u32) -> Option<NaiveDate> {
    let days = u64::from(weeks).checked_mul(7)?.checked_sub(1)?;
    to.checked_sub_days(Days::new(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_count_back_from_the_last_day_and_never_overflow() {
        let to = NaiveDate::from_ymd_opt(2026, 12, 1);
        assert_eq!(
            to.and_then(|to| weeks_before(to, 1)),
            NaiveDate::from_ymd_opt(2026, 11, 25),
            "one week is seven days including the last"
        );
        assert_eq!(
            to.and_then(|to| weeks_before(to, 0)),
            None,
            "zero weeks is no period"
        );
        assert_eq!(
            to.and_then(|to| weeks_before(to, 14_000_000)),
            None,
            "past chrono's range: an error, no panic"
        );
        assert_eq!(to.and_then(|to| weeks_before(to, u32::MAX)), None);
    }
}
