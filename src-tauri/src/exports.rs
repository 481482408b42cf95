//! Making an export, the same way for the command line and the window: check what was asked
//! (period, skills), gather the report while the journal is locked, then typeset and write it
//! with the journal free again. Every file is written atomically (`reports::write_atomically`):
//! the whole file or nothing under its name.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use journal_store::{BackupInfo, ImportSummary, JournalExport, JournalStore, StoreError};
use reports::{Report, ReportOptions};
use serde::{Deserialize, Serialize};
use skills_catalogue::{Lang, Skill};

use crate::error::CommandError;

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ExportFormat {
    /// A typeset report for the coach (cover, summary, a section per skill, action plan).
    Pdf,
    /// A self-contained web page (inline CSS and charts, no script), printable.
    Html,
    /// Markdown, for pasting into a portfolio.
    Md,
    /// One row per entry, safe to open in a spreadsheet.
    Csv,
    /// The complete journal (every entry, its history, your own skills), for `import`.
    Json,
}

impl ExportFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
            Self::Md => "md",
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }

    /// The file kind's name in a save dialog's filter.
    pub fn filter_name(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Html => "HTML",
            Self::Md => "Markdown",
            Self::Csv => "CSV",
            Self::Json => "JSON",
        }
    }

    /// The name a save dialog suggests: `skills-journal-report-2026-12-01.pdf`, or
    /// `skills-journal-2026-12-01.json` for the whole journal.
    pub fn suggested_file_name(self, today: NaiveDate) -> String {
        match self {
            Self::Json => format!("skills-journal-{today}.json"),
            other => format!("skills-journal-report-{today}.{}", other.extension()),
        }
    }
}

/// A report export, fully decided (the command line and the window fill in their defaults).
#[derive(Debug, Clone)]
pub struct ReportSpec {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Only these skills; `None`: all.
    pub skills: Option<Vec<String>>,
    pub include_private: bool,
    pub lang: Lang,
    /// The trainee's name and programme for the PDF's cover (blank: left out).
    pub trainee: Option<String>,
    pub programme: Option<String>,
}

/// The most characters of a name or programme on a report's cover.
pub const COVER_TEXT_MAX: usize = 200;

/// A name or programme for the cover: trimmed, at most [`COVER_TEXT_MAX`] characters, `None`
/// when blank.
pub fn cover_text(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().chars().take(COVER_TEXT_MAX).collect::<String>())
        .filter(|t| !t.is_empty())
}

/// What [`finish`] is doing, for the window's progress indication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStage {
    /// Laying out the PDF (the slow part).
    Typesetting,
    /// Writing the file to disk.
    Writing,
}

/// Why an export was not made. Nothing is written when any of these happens.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the period starts ({from}) after it ends ({to})")]
    InvalidPeriod { from: NaiveDate, to: NaiveDate },
    #[error("there is no skill `{id}`; known skills: {}", known.join(", "))]
    UnknownSkill { id: String, known: Vec<String> },
    #[error("choose at least one skill for the report")]
    NoSkills,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Pdf(#[from] reports::PdfError),
    #[error("the CSV file could not be made: {0}")]
    Csv(String),
    #[error(transparent)]
    Write(#[from] reports::WriteError),
}

impl ExportError {
    /// The code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidPeriod { .. } => "invalid_period",
            Self::UnknownSkill { .. } => "unknown_skill",
            Self::NoSkills => "no_skills",
            Self::Store(error) => error.code(),
            Self::Pdf(_) => "pdf_failed",
            Self::Csv(_) => "csv_failed",
            Self::Write(_) => "write_failed",
        }
    }
}

impl From<ExportError> for CommandError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(error) => error.into(),
            other => CommandError::new(other.code(), other.to_string()),
        }
    }
}

/// What was taken from the journal; turning it into bytes needs the journal no more.
#[derive(Debug)]
pub enum Gathered {
    /// The whole journal as JSON, ready to write.
    Json(Vec<u8>),
    /// A report to write in one of the report formats.
    Report(Box<Report>, ReportFile),
}

/// The formats a report is written in (the JSON export is the journal, not a report), so
/// `finish` needs no case that cannot happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFile {
    Pdf,
    Html,
    Md,
    Csv,
}

/// Checks `spec` and reads what the export needs from the journal.
pub fn gather(
    store: &JournalStore,
    catalogue: &[Skill],
    format: ExportFormat,
    spec: &ReportSpec,
    now: DateTime<Utc>,
) -> Result<Gathered, ExportError> {
    let file = match format {
        ExportFormat::Json => return Ok(Gathered::Json(reports::json(store, now)?)),
        ExportFormat::Pdf => ReportFile::Pdf,
        ExportFormat::Html => ReportFile::Html,
        ExportFormat::Md => ReportFile::Md,
        ExportFormat::Csv => ReportFile::Csv,
    };
    if spec.from > spec.to {
        return Err(ExportError::InvalidPeriod {
            from: spec.from,
            to: spec.to,
        });
    }
    if let Some(skills) = &spec.skills {
        if skills.is_empty() {
            return Err(ExportError::NoSkills);
        }
        let known: Vec<String> = catalogue
            .iter()
            .map(|s| s.id.clone())
            .chain(store.custom_skills()?.into_iter().map(|s| s.id))
            .collect();
        if let Some(unknown) = skills.iter().find(|id| !known.contains(id)) {
            return Err(ExportError::UnknownSkill {
                id: unknown.clone(),
                known,
            });
        }
    }
    let options = ReportOptions {
        from: spec.from,
        to: spec.to,
        skills: spec.skills.clone(),
        include_private: spec.include_private,
        lang: spec.lang,
        compare_to: None,
        now,
    };
    let report = Report::build(store, catalogue, &options)?
        .with_trainee(spec.trainee.clone(), spec.programme.clone());
    Ok(Gathered::Report(Box::new(report), file))
}

/// Turns what was gathered into the file's bytes and writes them atomically to `out`.
pub fn finish(
    gathered: Gathered,
    out: &Path,
    mut stage: impl FnMut(ExportStage),
) -> Result<u64, ExportError> {
    let bytes = match gathered {
        Gathered::Json(bytes) => bytes,
        Gathered::Report(report, file) => match file {
            ReportFile::Pdf => {
                stage(ExportStage::Typesetting);
                reports::pdf(&report)?
            }
            ReportFile::Html => reports::html(&report).into_bytes(),
            ReportFile::Md => reports::markdown(&report).into_bytes(),
            ReportFile::Csv => {
                reports::csv(&report).map_err(|error| ExportError::Csv(error.to_string()))?
            }
        },
    };
    stage(ExportStage::Writing);
    reports::write_atomically(out, &bytes)?;
    Ok(bytes.len() as u64)
}

/// Imports `export` after a verified backup of the journal as it was (listed as made before an
/// import; none for a journal kept in memory), so an import can always be undone.
pub fn import_with_backup(
    store: &mut JournalStore,
    export: &JournalExport,
    now: DateTime<Utc>,
) -> Result<(Option<BackupInfo>, ImportSummary), StoreError> {
    let backup = match store.path() {
        Some(_) => Some(store.backup_before_import(now)?),
        None => None,
    };
    Ok((backup, store.import(export, now)?))
}

/// The day of the first entry on or before `to` (the start of the traineeship, as far as the
/// journal knows).
pub fn first_entry_day(
    store: &JournalStore,
    to: NaiveDate,
    include_private: bool,
) -> Result<Option<NaiveDate>, StoreError> {
    let start = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    Ok(store
        .days_with_entries(start, to, include_private)?
        .first()
        .map(|day| day.date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_texts_are_trimmed_bounded_and_blank_is_none() {
        assert_eq!(
            cover_text(Some("  Sanne  ".into())).as_deref(),
            Some("Sanne")
        );
        assert_eq!(cover_text(Some("   ".into())), None);
        assert_eq!(cover_text(None), None);
        let long = cover_text(Some("é".repeat(500))).unwrap_or_default();
        assert_eq!(long.chars().count(), COVER_TEXT_MAX);
    }

    #[test]
    fn suggested_names_carry_the_day_and_the_extension() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        assert_eq!(
            ExportFormat::Pdf.suggested_file_name(day),
            "skills-journal-report-2026-12-01.pdf"
        );
        assert_eq!(
            ExportFormat::Json.suggested_file_name(day),
            "skills-journal-2026-12-01.json"
        );
    }
}
