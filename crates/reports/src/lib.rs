//! Progress reports for Skills Journal: self versus others per skill, level history, evidence,
//! actions and activity, computed once ([`Report::build`]) and written as Markdown, HTML
//! (self-contained, inline SVG, no script), CSV or a typeset PDF ([`pdf`], typst as a library),
//! in Dutch or English. The charts are SVG made here, each with a table equivalent. No Tauri:
//! the app shell and the command line call this.
//!
//! The JSON export of the whole journal lives in the journal crate
//! (`JournalStore::export` / `import`); [`json`] only writes it.

mod charts;
mod csv;
mod escape;
mod export;
mod html;
mod i18n;
/// A date as people read it (`2 november 2026`), for other crates that word dates.
pub use i18n::date as long_date;
mod markdown;
mod pdf;
mod report;
mod scope;

pub use charts::{
    RadarRow, RadarTable, TrendRow, TrendSeries, TrendTable, radar_svg, radar_table, trend_svg,
    trend_table,
};
pub use csv::{csv, neutralise};
pub use escape::escape;
pub use export::{
    COVER_TEXT_MAX, Cover, ExportError, ExportFormat, ExportStage, Gathered, ReportFile,
    cover_text, finish, gather, import_with_backup,
};
pub use html::html;
pub use markdown::markdown;
pub use pdf::{PdfError, pdf};
pub use report::{
    ActionItem, ActionStatus, GapFlag, LevelPoint, MonthCount, Quote, Rag, RatingPoint, Report,
    ReportOptions, SkillReport, WeekCount, gap_flag,
};
pub use scope::{
    MAX_WEEKS, Period, PeriodChoice, RadarComparison, ReportScope, ScopeError, comparison_day,
    weeks_before,
};
pub use skills_files::WriteError;

/// The whole journal as the versioned JSON document (`format: "skills-journal"`), as bytes.
pub fn json(
    store: &skills_journal_store::JournalStore,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>, skills_journal_store::StoreError> {
    Ok(store.export(now)?.to_json()?.into_bytes())
}
