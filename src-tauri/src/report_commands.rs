//! The progress view's command (the same report model and the same SVG charts as the exported
//! reports, so a chart looks the same in the window and in a report), and exporting and
//! importing through the native save and open dialogs. The dialogs are shown from Rust: the UI
//! never names a path, so it cannot write or read anywhere the trainee did not choose.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Local, NaiveDate, Utc};
use journal_store::{
    BackupInfo, EntryCursor, EntryKind, EntryQuery, ImportSummary, JournalExport, JournalStore,
    StoreError,
};
use reports::{RadarTable, Report, ReportOptions, TrendTable};
use serde::{Deserialize, Serialize};
use skills_catalogue::{Lang, SkillCatalogue};
use tauri::ipc::Channel;
use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};
use tauri_plugin_opener::OpenerExt;

use crate::error::{CommandError, blocking};
use crate::exports::{self, ExportFormat, ExportStage, ReportSpec};
use crate::journal_commands::{read, write};
use crate::state::AppState;

/// What the progress view asks for.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgressRequest {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Only these skills; null: all.
    pub skills: Option<Vec<String>>,
    /// Whether private entries count.
    pub include_private: bool,
    /// The language of the chart labels.
    pub lang: Lang,
    /// What the radar chart compares with.
    pub compare: RadarComparison,
    /// The day for `RadarComparison::Date`.
    pub compare_to: Option<NaiveDate>,
}

/// The radar's earlier moment, as the trainee thinks of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RadarComparison {
    /// The levels on the day before the period starts.
    BeforePeriod,
    /// The levels of the self-assessment before the latest one in the period.
    PreviousAssessment,
    /// The levels of the first self-assessment (the start of the traineeship).
    FirstAssessment,
    /// The levels on a chosen day (`compare_to`).
    Date,
}

/// The day whose levels the radar compares with; `None`: the day before the period.
fn comparison_day(
    store: &JournalStore,
    request: &ProgressRequest,
) -> Result<Option<NaiveDate>, StoreError> {
    let assessments = |after: Option<EntryCursor>| EntryQuery {
        kind: Some(EntryKind::SelfAssessment),
        to: Some(request.to),
        include_private: request.include_private,
        after,
        ..EntryQuery::default()
    };
    Ok(match request.compare {
        RadarComparison::BeforePeriod => None,
        RadarComparison::Date => request.compare_to,
        // The latest assessment's day minus one: the levels as they stood before it.
        RadarComparison::PreviousAssessment => store
            .find(&EntryQuery {
                limit: Some(1),
                ..assessments(None)
            })?
            .items
            .first()
            .and_then(|hit| hit.entry.input.date.pred_opt()),
        // Pages run newest first; the last item of the last page is the first assessment.
        RadarComparison::FirstAssessment => {
            let mut page = store.find(&assessments(None))?;
            while let Some(next) = page.next {
                page = store.find(&assessments(Some(next)))?;
            }
            page.items.last().map(|hit| hit.entry.input.date)
        }
    })
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
}

#[tauri::command]
pub async fn progress_report(
    state: State<'_, AppState>,
    request: ProgressRequest,
) -> Result<ProgressView, CommandError> {
    if request.from > request.to {
        return Err(CommandError::new(
            "invalid_period",
            format!(
                "the period starts ({}) after it ends ({})",
                request.from, request.to
            ),
        ));
    }
    let catalogue = catalogue(&state)?;
    let report = read(&state, |store| {
        let options = ReportOptions {
            from: request.from,
            to: request.to,
            skills: request.skills.clone(),
            include_private: request.include_private,
            lang: request.lang,
            compare_to: comparison_day(store, &request)?,
            now: Utc::now(),
        };
        Report::build(store, catalogue.skills(), &options)
    })?;
    let trends = report
        .skills
        .iter()
        .map(|skill| SkillTrend {
            skill_id: skill.id.clone(),
            svg: reports::trend_svg(&report, skill),
            table: reports::trend_table(skill),
        })
        .collect();
    Ok(ProgressView {
        radar_svg: reports::radar_svg(&report),
        radar_table: reports::radar_table(&report),
        trends,
        report,
    })
}

/// What the export dialog asks for.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// First day of the period (ignored for JSON, which is always the whole journal).
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Only these skills; null: all.
    pub skills: Option<Vec<String>>,
    /// Whether private entries are included (the UI's default: no).
    pub include_private: bool,
    /// The report's language.
    pub lang: Lang,
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

/// Tests cannot drive GTK's file dialogs over WebDriver. With this variable set to a folder,
/// no dialog is shown: a save goes to the folder under the suggested name, an open takes the
/// newest file of the asked kind in it.
pub const DIALOG_DIR_VAR: &str = "SKILLS_JOURNAL_DIALOG_DIR";

/// The skill catalogue, shared, so a report is built without holding the library's lock.
fn catalogue(state: &AppState) -> Result<Arc<SkillCatalogue>, CommandError> {
    Ok(state.library()?.shared_catalogue())
}

/// Where a file dialog opens: the folder of the last export, else Documents, else home.
fn start_folder(state: &AppState) -> Option<PathBuf> {
    let last = state.last_export_file().ok().and_then(|file| {
        file.as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
    });
    last.or_else(dirs::document_dir).or_else(dirs::home_dir)
}

/// A native file dialog over the window, titled in the UI's language, opening in `folder`.
fn file_dialog(
    app: &AppHandle,
    window: &WebviewWindow,
    title: &str,
    folder: Option<PathBuf>,
) -> FileDialogBuilder<tauri::Wry> {
    let dialog = app.dialog().file().set_parent(window).set_title(title);
    match folder {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

/// Whether the UI speaks Dutch (for the dialog titles, which Rust shows).
fn ui_is_dutch(state: &AppState) -> bool {
    let locale = state.settings().ok().and_then(|stored| stored.locale);
    locale.unwrap_or_else(crate::settings::os_locale) == Lang::Nl
}

/// Asks where to save; `None` when the trainee cancelled.
async fn choose_save_path(
    app: &AppHandle,
    window: &WebviewWindow,
    format: ExportFormat,
    dutch: bool,
    folder: Option<PathBuf>,
) -> Result<Option<PathBuf>, CommandError> {
    let name = format.suggested_file_name(Local::now().date_naive());
    if let Some(dir) = std::env::var_os(DIALOG_DIR_VAR) {
        return Ok(Some(PathBuf::from(dir).join(name)));
    }
    let title = match (format, dutch) {
        (ExportFormat::Json, true) => "Dagboek exporteren",
        (ExportFormat::Json, false) => "Export the journal",
        (_, true) => "Rapport opslaan",
        (_, false) => "Save the report",
    };
    let dialog = file_dialog(app, window, title, folder)
        .set_file_name(&name)
        .add_filter(format.filter_name(), &[format.extension()]);
    let chosen = blocking(move || dialog.blocking_save_file()).await?;
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let mut path = chosen.into_path().map_err(|error| {
        CommandError::new(
            "invalid_path",
            format!("that place cannot be written to: {error}"),
        )
    })?;
    // "rapport" becomes "rapport.pdf": a file without its extension does not open on a double-click.
    if path.extension().is_none() {
        path.set_extension(format.extension());
    }
    Ok(Some(path))
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
    let send = |stage: ExportProgress| {
        let _ = progress.send(stage);
    };
    send(ExportProgress::Gathering);
    let catalogue = catalogue(&state)?;
    let spec = ReportSpec {
        from: request.from,
        to: request.to,
        skills: request.skills,
        include_private: request.include_private,
        lang: request.lang,
        trainee: exports::cover_text(request.trainee),
        programme: exports::cover_text(request.programme),
    };
    // The store's errors leave through `read`, the export's own (period, skills) after it.
    let gathered = read(&state, |store| {
        Ok(exports::gather(
            store,
            catalogue.skills(),
            request.format,
            &spec,
            Utc::now(),
        ))
    })??;
    if request.format != ExportFormat::Json {
        remember_cover(&state, &spec);
    }

    send(ExportProgress::Choosing);
    let dutch = ui_is_dutch(&state);
    let folder = start_folder(&state);
    let Some(path) = choose_save_path(&app, &window, request.format, dutch, folder).await? else {
        return Ok(None);
    };

    let out = path.clone();
    let progress_for_work = progress.clone();
    let bytes = blocking(move || {
        exports::finish(gathered, &out, |stage| {
            let _ = progress_for_work.send(stage.into());
        })
    })
    .await??;
    if let Ok(mut last) = state.last_export_file() {
        *last = Some(path.clone());
    }
    Ok(Some(ExportDone {
        path: path.display().to_string(),
        bytes,
    }))
}

/// Shows the last exported file in the system's file manager. Takes no path: only a file this
/// app just wrote can be revealed.
#[tauri::command]
pub async fn reveal_last_export(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    let path = state
        .last_export_file()?
        .clone()
        .ok_or_else(|| CommandError::new("nothing_exported", "nothing has been exported yet"))?;
    app.opener().reveal_item_in_dir(&path).map_err(|error| {
        CommandError::new(
            "open_failed",
            format!(
                "could not show {} in the file manager: {error}",
                path.display()
            ),
        )
    })
}

/// Keeps the cover's name and programme for the next report (a failure to save only means
/// they are asked again).
fn remember_cover(state: &AppState, spec: &ReportSpec) {
    let Ok(mut stored) = state.settings() else {
        return;
    };
    if stored.trainee == spec.trainee && stored.programme == spec.programme {
        return;
    }
    let mut changed = stored.clone();
    changed.trainee = spec.trainee.clone();
    changed.programme = spec.programme.clone();
    match crate::settings::save(&state.data_dir, &changed) {
        Ok(_) => *stored = changed,
        Err(error) => {
            tracing::warn!("the report's name and programme were not remembered: {error}")
        }
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

/// Asks which export to read; `None` when the trainee cancelled.
async fn choose_open_path(
    app: &AppHandle,
    window: &WebviewWindow,
    dutch: bool,
    folder: Option<PathBuf>,
) -> Result<Option<PathBuf>, CommandError> {
    if let Some(dir) = std::env::var_os(DIALOG_DIR_VAR) {
        return Ok(newest_json(Path::new(&dir)));
    }
    let title = if dutch {
        "Dagboek importeren"
    } else {
        "Import a journal"
    };
    let dialog = file_dialog(app, window, title, folder).add_filter("JSON", &["json"]);
    let chosen = blocking(move || dialog.blocking_pick_file()).await?;
    chosen
        .map(|file| {
            file.into_path().map_err(|error| {
                CommandError::new("invalid_path", format!("that file cannot be read: {error}"))
            })
        })
        .transpose()
}

/// The most recently changed `.json` file in `dir` (the test stand-in for the open dialog).
fn newest_json(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "json"))
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .max()
        .map(|(_, path)| path)
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
    let dutch = ui_is_dutch(&state);
    let folder = start_folder(&state);
    let Some(path) = choose_open_path(&app, &window, dutch, folder).await? else {
        return Ok(None);
    };
    let read_path = path.clone();
    let export = blocking(move || read_export(&read_path)).await??;
    let (backup, summary) = write(&state, |store| {
        exports::import_with_backup(store, &export, Utc::now())
    })?;
    Ok(Some(ImportDone {
        path: path.display().to_string(),
        summary,
        backup,
    }))
}

fn read_export(path: &Path) -> Result<JournalExport, CommandError> {
    let unreadable = |error: std::io::Error| {
        CommandError::new(
            "import_unreadable",
            format!("could not read {}: {error}", path.display()),
        )
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(CommandError::new(
            "import_too_large",
            format!(
                "{} is {} MB; a journal export is at most {} MB",
                path.display(),
                size / 1_000_000,
                MAX_IMPORT_BYTES / 1_000_000
            ),
        ));
    }
    let text = std::fs::read_to_string(path).map_err(unreadable)?;
    Ok(JournalExport::from_json(&text)?)
}

#[cfg(test)]
mod tests {
    use journal_store::{EntryContent, EntryInput, EntrySkill, SelfAssessmentContent};

    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn request(compare: RadarComparison) -> ProgressRequest {
        ProgressRequest {
            from: day("2026-10-01"),
            to: day("2026-11-30"),
            skills: None,
            include_private: false,
            lang: Lang::En,
            compare,
            compare_to: Some(day("2026-09-15")),
        }
    }

    #[test]
    fn the_radar_compares_with_the_moment_the_trainee_chose() -> Result<(), StoreError> {
        let mut store = JournalStore::open_in_memory()?;
        store.set_catalogue_ids(["listening"]);
        // Three assessments (same level: no justification needed), one after the period.
        for date in ["2026-03-02", "2026-10-05", "2026-11-20", "2026-12-10"] {
            let input = EntryInput::new(
                day(date),
                vec![EntrySkill::rated("listening", 3)],
                EntryContent::SelfAssessment(SelfAssessmentContent { note: None }),
            );
            store.create_entry(&input, Utc::now())?;
        }
        let answer = |compare| comparison_day(&store, &request(compare));
        assert_eq!(answer(RadarComparison::BeforePeriod)?, None);
        assert_eq!(answer(RadarComparison::Date)?, Some(day("2026-09-15")));
        assert_eq!(
            answer(RadarComparison::PreviousAssessment)?,
            Some(day("2026-11-19")),
            "the day before the latest assessment in the period"
        );
        assert_eq!(
            answer(RadarComparison::FirstAssessment)?,
            Some(day("2026-03-02")),
            "the first assessment ever, however long ago"
        );
        let empty = JournalStore::open_in_memory()?;
        assert_eq!(
            comparison_day(&empty, &request(RadarComparison::FirstAssessment))?,
            None,
            "no assessment yet: the day before the period"
        );
        Ok(())
    }
}
