//! Reports and exchange on the command line: `export` (a report for the coach, or the whole
//! journal as JSON) and `import` (a JSON export, into an empty journal or merged).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Local, NaiveDate, Utc};
use clap::Args;
use skills_catalogue::{Lang, SkillCatalogue};
use skills_journal_store::{JournalExport, JournalStore};

use super::say;
use crate::settings;
use skills_reports::{Cover, ExportFormat, MAX_WEEKS, PeriodChoice, ReportScope};

type CliResult = Result<ExitCode, Box<dyn std::error::Error>>;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "pdf|html|md|csv|json", value_parser = parse_format)]
    format: ExportFormat,
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    #[arg(long, value_name = "N", conflicts_with = "from", value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_WEEKS)))]
    weeks: Option<u32>,
    #[arg(long = "skill", value_name = "ID")]
    skills: Vec<String>,
    #[arg(long)]
    include_private: bool,
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    #[arg(long, value_name = "TEXT")]
    programme: Option<String>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// Reads `--format`: a format by its file extension.
fn parse_format(text: &str) -> Result<ExportFormat, String> {
    ExportFormat::from_extension(text).ok_or_else(|| {
        let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.extension()).collect();
        say::text(
            "cli-format-unknown",
            &[("text", text), ("formats", &names.join(", "))],
        )
    })
}

/// `export`.
pub fn export(
    store: &JournalStore,
    catalogue: &SkillCatalogue,
    data_dir: &Path,
    args: &ExportArgs,
    lang: Option<Lang>,
) -> CliResult {
    let now = Utc::now();
    if args.format == ExportFormat::Json
        && (args.from.is_some()
            || args.to.is_some()
            || args.weeks.is_some()
            || !args.skills.is_empty()
            || lang.is_some()
            || args.name.is_some()
            || args.programme.is_some())
    {
        let note = say::text("cli-json-is-whole", &[]);
        eprintln!("{}", say::text("cli-note", &[("message", &note)]));
    }
    // The last day is "today" for the period: --weeks counts back from it, and "since the
    // start" runs up to it.
    let today = args.to.unwrap_or_else(|| Local::now().date_naive());
    let period = match (args.from, args.weeks) {
        (Some(from), _) => PeriodChoice::Between { from, to: today },
        (None, Some(weeks)) => PeriodChoice::LastWeeks { weeks },
        (None, None) => PeriodChoice::SinceStart,
    };
    let lang = lang.unwrap_or_else(|| {
        settings::load(data_dir)
            .locale
            .unwrap_or_else(settings::os_locale)
    });
    let scope = ReportScope {
        period,
        skills: (!args.skills.is_empty()).then(|| args.skills.clone()),
        include_private: args.include_private,
        lang,
    };
    let cover = Cover::new(args.name.clone(), args.programme.clone());
    let gathered = skills_reports::gather(
        store,
        catalogue.skills(),
        args.format,
        &scope,
        cover,
        today,
        now,
    )?;
    skills_reports::finish(gathered, &args.out, |_| {})?;
    if args.format == ExportFormat::Json && !store.identities()?.is_empty() {
        let note = say::text("cli-json-holds-key", &[]);
        eprintln!("{}", say::text("cli-note", &[("message", &note)]));
    }
    println!("{}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

/// `import FILE`.
pub fn import(store: &mut JournalStore, file: &Path) -> CliResult {
    let text = std::fs::read_to_string(file).map_err(|error| {
        let path = file.display().to_string();
        say::text(
            "cli-could-not-read",
            &[("path", &path), ("reason", &error.to_string())],
        )
    })?;
    let export = JournalExport::from_json(&text)?;
    // The journal as it was can always be restored (`skills-journal backup --list`).
    let (_, summary) = skills_reports::import_with_backup(store, &export, Utc::now())?;
    let said = say::text(
        "cli-imported",
        &[
            ("file", &file.display().to_string()),
            ("added", &summary.entries_added.to_string()),
            ("skipped", &summary.entries_skipped.to_string()),
            ("skillsAdded", &summary.skills_added.to_string()),
            ("skillsMatched", &summary.skills_matched.to_string()),
            ("links", &summary.links_added.to_string()),
        ],
    );
    println!("{said}");
    Ok(ExitCode::SUCCESS)
}
