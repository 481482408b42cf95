//! Making an export, the same way for the command line and the window: check what was asked
//! ([`ReportScope::resolve`]), gather the report while the journal is locked, then typeset and
//! write it with the journal free again. Every file is written atomically
//! ([`write_atomically`]): the whole file or nothing under its name.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use skills_catalogue::Skill;
use skills_journal_store::{BackupInfo, ImportSummary, JournalExport, JournalStore, StoreError};

use crate::report::Report;
use crate::scope::{ReportScope, ScopeError};
use skills_files::{Audience, write_atomically};

use crate::{PdfError, WriteError};

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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
    /// Every format, in the order the command line lists them.
    pub const ALL: [Self; 5] = [Self::Pdf, Self::Html, Self::Md, Self::Csv, Self::Json];

    /// The format whose extension is `name` (`pdf`, `md`, …), as the command line names it.
    pub fn from_extension(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|format| format.extension().eq_ignore_ascii_case(name))
    }

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

/// The name and programme on a report's cover (blank: left out); see [`cover_text`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cover {
    /// The trainee's name.
    pub trainee: Option<String>,
    /// The traineeship programme.
    pub programme: Option<String>,
}

impl Cover {
    /// A cover from what was typed: each text trimmed and bounded, blank ones left out.
    pub fn new(trainee: Option<String>, programme: Option<String>) -> Self {
        Self {
            trainee: cover_text(trainee),
            programme: cover_text(programme),
        }
    }
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
    /// The period or the skills cannot be reported on.
    #[error(transparent)]
    Scope(#[from] ScopeError),
    /// The journal could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Typesetting failed.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The CSV writer failed.
    #[error("the CSV file could not be made: {0}")]
    Csv(String),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl ExportError {
    /// The code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Scope(error) => error.code(),
            Self::Store(error) => error.code(),
            Self::Pdf(_) => "pdf_failed",
            Self::Csv(_) => "csv_failed",
            Self::Write(_) => "write_failed",
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

/// Checks `scope` and reads what the export needs from the journal (a JSON export is always
/// the whole journal: the scope does not apply to it).
pub fn gather(
    store: &JournalStore,
    catalogue: &[Skill],
    format: ExportFormat,
    scope: &ReportScope,
    cover: Cover,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Gathered, ExportError> {
    let file = match format {
        ExportFormat::Json => return Ok(Gathered::Json(crate::json(store, now)?)),
        ExportFormat::Pdf => ReportFile::Pdf,
        ExportFormat::Html => ReportFile::Html,
        ExportFormat::Md => ReportFile::Md,
        ExportFormat::Csv => ReportFile::Csv,
    };
    let options = scope.resolve(store, catalogue, today, now)?;
    let report =
        Report::build(store, catalogue, &options)?.with_trainee(cover.trainee, cover.programme);
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
                crate::pdf(&report)?
            }
            ReportFile::Html => crate::html(&report).into_bytes(),
            ReportFile::Md => crate::markdown(&report).into_bytes(),
            ReportFile::Csv => {
                crate::csv(&report).map_err(|error| ExportError::Csv(error.to_string()))?
            }
        },
    };
    stage(ExportStage::Writing);
    write_atomically(out, &bytes, Audience::Document)?;
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
    fn formats_are_found_by_their_extension() {
        for format in ExportFormat::ALL {
            assert_eq!(
                ExportFormat::from_extension(format.extension()),
                Some(format)
            );
        }
        assert_eq!(ExportFormat::from_extension("PDF"), Some(ExportFormat::Pdf));
        assert_eq!(ExportFormat::from_extension("docx"), None);
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
