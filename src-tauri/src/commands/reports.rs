//! The progress view's command (the same report model and the same SVG charts as the exported
//! reports, so a chart looks the same in the window and in a report), and exporting and
//! importing through the native dialogs (`dialogs.rs`). Which report and every rule about it
//! are the reports crate's (`ReportScope`); these commands only wire it to the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Local, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use skills_catalogue::{Skill, SkillCatalogue};
use skills_journal_store::{BackupInfo, ImportSummary, JournalExport, JournalStore};
use skills_reports::{
    ActionItem, ActionStatus, Cover, ExportFormat, ExportStage, Gathered, RadarComparison,
    RadarTable, Report, ReportScope, ScopeError, TrendTable,
};
use tauri::ipc::Channel;
use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

use crate::dialogs::{self, SaveAs};
use crate::error::{CommandError, ErrorCode, blocking};
use crate::state::AppState;

use super::journal::{read, write};

/// What the progress view asks for.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgressRequest {
    /// The period, skills, private entries and language.
    pub scope: ReportScope,
    /// What the radar chart compares with.
    pub compare: RadarComparison,
    /// The day for `RadarComparison::Date` (none yet: the day before the period).
    pub compare_to: Option<NaiveDate>,
}

/// The report the progress view shows, comparing with the moment the trainee chose.
fn progress(
    store: &JournalStore,
    catalogue: &[Skill],
    request: &ProgressRequest,
) -> Result<Report, ScopeError> {
    let today = Local::now().date_naive();
    let mut options = request.scope.resolve(store, catalogue, today, Utc::now())?;
    options.compare_to =
        skills_reports::comparison_day(store, request.compare, request.compare_to, &options)?;
    Ok(Report::build(store, catalogue, &options)?)
}

/// A skill's trend chart and its table.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SkillTrend {
    pub skill_id: String,
    /// SVG made in Rust (every text escaped; presentation attributes only, no script, no
    /// style), for the UI to insert as SVG nodes.
    pub svg: String,
    pub table: TrendTable,
}

/// Everything the progress view shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgressView {
    pub report: Report,
    /// The radar chart: every skill, now against the earlier moment (SVG, as `svg` above).
    pub radar_svg: String,
    pub radar_table: RadarTable,
    pub trends: Vec<SkillTrend>,
    /// The report's actions that are not done yet, overdue first.
    pub open_actions: Vec<ActionItem>,
}

impl ProgressView {
    /// The report with its charts, and the actions not done yet.
    fn new(report: Report) -> Self {
        let trends = report
            .skills
            .iter()
            .map(|skill| SkillTrend {
                skill_id: skill.id.clone(),
                svg: skills_reports::trend_svg(&report, skill),
                table: skills_reports::trend_table(skill),
            })
            .collect();
        let open_actions = report
            .actions
            .iter()
            .filter(|action| action.status != ActionStatus::Done)
            .cloned()
            .collect();
        Self {
            open_actions,
            radar_svg: skills_reports::radar_svg(&report),
            radar_table: skills_reports::radar_table(&report),
            trends,
            report,
        }
    }
}

#[tauri::command]
pub async fn progress_report(
    state: State<'_, AppState>,
    request: ProgressRequest,
) -> Result<ProgressView, CommandError> {
    let catalogue = catalogue(&state)?;
    // The store's errors leave through `read`, the scope's own (period, skills) after it.
    let report = read(&state, |store| {
        Ok(progress(store, catalogue.skills(), &request))
    })??;
    Ok(ProgressView::new(report))
}

/// Writes a report (or the whole journal as JSON) to a file the trainee chooses in the native
/// save dialog. `None`: the dialog was cancelled. Nothing is written when anything fails.
#[tauri::command]
pub async fn export_report(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    request: ExportRequest,
    progress: Channel<ExportProgress>,
) -> Result<Option<ExportDone>, CommandError> {
    // A closed window only means nobody watches the progress.
    let _ = progress.send(ExportProgress::Gathering);
    let gathered = gather_export(&state, request.clone())?;
    let _ = progress.send(ExportProgress::Choosing);
    let Some(path) =
        dialogs::save_path(&app, &window, &state, SaveAs::export(request.format)).await?
    else {
        return Ok(None);
    };
    let bytes = write_export(gathered, path.clone(), progress).await?;
    if let Ok(mut last) = state.last_export_file() {
        *last = Some(path.clone());
    }
    Ok(Some(ExportDone::new(&path, bytes)))
}

/// Shows the last exported file in the system's file manager. Takes no path: only a file this
/// app just wrote can be revealed.
#[tauri::command]
pub async fn reveal_last_export(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    let path = state.last_export_file()?.clone();
    let path = path.ok_or_else(|| {
        CommandError::new(ErrorCode::NothingExported, "nothing has been exported yet")
    })?;
    app.opener().reveal_item_in_dir(&path).map_err(|error| {
        let shown = path.display();
        CommandError::new(
            ErrorCode::OpenFailed,
            format!("could not show {shown} in the file manager: {error}"),
        )
        .with("path", shown)
    })
}

/// Reads a JSON export chosen in the native open dialog into the journal: restored into an
/// empty journal, merged without duplicates into one with entries. A backup is made first, and
/// the import is all or nothing. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn import_journal(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<ImportDone>, CommandError> {
    let Some(path) = dialogs::open_path(&app, &window, &state).await? else {
        return Ok(None);
    };
    let read_path = path.clone();
    let export = blocking(move || read_export(&read_path)).await??;
    let (backup, summary) = write(&state, |store| {
        skills_reports::import_with_backup(store, &export, Utc::now())
    })?;
    let path = path.display().to_string();
    Ok(Some(ImportDone {
        path,
        summary,
        backup,
    }))
}

/// The skill catalogue, shared, so a report is built without holding the library's lock.
fn catalogue(state: &AppState) -> Result<Arc<SkillCatalogue>, CommandError> {
    Ok(state.library()?.shared_catalogue())
}

/// What the export dialog asks for.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// Which report (ignored for JSON, which is always the whole journal).
    pub scope: ReportScope,
    /// The name and programme on the PDF's cover; remembered for the next report.
    pub trainee: Option<String>,
    pub programme: Option<String>,
}

/// A written export.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportDone {
    /// Where the file was written.
    pub path: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What the export is doing, sent while it runs (for a progress indication).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportProgress {
    /// Reading the period from the journal.
    Gathering,
    /// The save dialog is open.
    Choosing,
    /// Typesetting the PDF.
    Typesetting,
    /// Writing the file.
    Writing,
}

impl From<ExportStage> for ExportProgress {
    fn from(stage: ExportStage) -> Self {
        match stage {
            ExportStage::Typesetting => Self::Typesetting,
            ExportStage::Writing => Self::Writing,
        }
    }
}

impl ExportDone {
    fn new(path: &Path, bytes: u64) -> Self {
        Self {
            path: path.display().to_string(),
            bytes,
        }
    }
}

/// Resolves and checks the request and reads what the export needs, under the journal's lock;
/// the cover's name and programme are remembered for the next report.
fn gather_export(state: &AppState, request: ExportRequest) -> Result<Gathered, CommandError> {
    let catalogue = catalogue(state)?;
    let cover = Cover::new(request.trainee, request.programme);
    if request.format != ExportFormat::Json {
        remember_cover(state, &cover);
    }
    let today = Local::now().date_naive();
    // The store's errors leave through `read`, the export's own (period, skills) after it.
    let gathered = read(state, |store| {
        let skills = catalogue.skills();
        Ok(skills_reports::gather(
            store,
            skills,
            request.format,
            &request.scope,
            cover,
            today,
            Utc::now(),
        ))
    })??;
    Ok(gathered)
}

/// Typesets and writes the export off the async runtime, telling the window each stage.
async fn write_export(
    gathered: Gathered,
    out: PathBuf,
    progress: Channel<ExportProgress>,
) -> Result<u64, CommandError> {
    let bytes = blocking(move || {
        skills_reports::finish(gathered, &out, |stage| {
            let _ = progress.send(stage.into());
        })
    })
    .await??;
    Ok(bytes)
}

/// Keeps the cover's name and programme for the next report (a failure to save only means
/// they are asked again).
fn remember_cover(state: &AppState, cover: &Cover) {
    let saved = state.update_settings(|stored| {
        stored.trainee = cover.trainee.clone();
        stored.programme = cover.programme.clone();
    });
    if let Err(error) = saved {
        tracing::warn!(
            "the report's name and programme were not remembered: {}",
            error.message
        );
    }
}

/// The largest JSON export the window reads (a 100,000-entry journal is about 60 MB).
const MAX_IMPORT_BYTES: u64 = 512 * 1024 * 1024;

/// An import that was carried out.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportDone {
    /// The file that was read.
    pub path: String,
    pub summary: ImportSummary,
    /// The backup made just before (none for a journal without a file).
    pub backup: Option<BackupInfo>,
}

fn read_export(path: &Path) -> Result<JournalExport, CommandError> {
    let unreadable = |error: std::io::Error| {
        CommandError::new(
            ErrorCode::ImportUnreadable,
            format!("could not read {}: {error}", path.display()),
        )
        .with("path", path.display())
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(CommandError::new(
            ErrorCode::ImportTooLarge,
            format!(
                "{} is {} MB; a journal export is at most {} MB",
                path.display(),
                size / 1_000_000,
                MAX_IMPORT_BYTES / 1_000_000
            ),
        )
        .with("path", path.display())
        .with("size", size / 1_000_000)
        .with("limit", MAX_IMPORT_BYTES / 1_000_000));
    }
    let text = std::fs::read_to_string(path).map_err(unreadable)?;
    Ok(JournalExport::from_json(&text)?)
}
