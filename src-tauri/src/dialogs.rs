//! The native save and open dialogs of exports, imports and feedback requests, shown from Rust over the window and
//! titled in the UI's language: the UI never names a path, so it cannot write or read anywhere
//! the trainee did not choose.

use std::path::{Path, PathBuf};

use chrono::Local;
use skills_catalogue::Lang;
use skills_reports::ExportFormat;
use tauri::{AppHandle, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

use crate::error::{CommandError, ErrorCode, blocking};
use crate::state::AppState;

/// Tests cannot drive GTK's file dialogs over WebDriver. With this variable set to a folder,
/// no dialog is shown: a save goes to the folder under the suggested name, an open takes the
/// newest file of the asked kind in it.
pub const DIALOG_DIR_VAR: &str = "SKILLS_JOURNAL_DIALOG_DIR";

/// What a save dialog offers: the suggested name, the one kind of file, and its title.
#[derive(Debug, Clone)]
pub struct SaveAs {
    /// The suggested file name, extension included.
    pub file_name: String,
    /// The kind's name in the dialog's filter ("PDF", "HTML").
    pub filter_name: &'static str,
    /// The extension, added when the trainee typed a name without one.
    pub extension: &'static str,
    /// The message id of the dialog's title.
    pub title: &'static str,
}

impl SaveAs {
    /// An export of `format`.
    pub fn export(format: ExportFormat) -> Self {
        Self {
            file_name: format.suggested_file_name(Local::now().date_naive()),
            filter_name: format.filter_name(),
            extension: format.extension(),
            title: match format {
                ExportFormat::Json => "dialog-export-journal",
                _ => "dialog-save-report",
            },
        }
    }

    /// A feedback request's form, named in the form's language.
    pub fn request_form(lang: Lang) -> Self {
        Self {
            file_name: skills_requests::form_file_name(lang, Local::now().date_naive()),
            filter_name: "HTML",
            extension: "html",
            title: "dialog-save-request",
        }
    }
}

/// Asks where to save a file; `None` when the trainee cancelled.
pub async fn save_path(
    app: &AppHandle,
    window: &WebviewWindow,
    state: &AppState,
    save_as: SaveAs,
) -> Result<Option<PathBuf>, CommandError> {
    if let Some(dir) = std::env::var_os(DIALOG_DIR_VAR) {
        return Ok(Some(PathBuf::from(dir).join(save_as.file_name)));
    }
    let title = skills_i18n::text(ui_lang(state), save_as.title);
    let dialog = file_dialog(app, window, title, start_folder(state))
        .set_file_name(&save_as.file_name)
        .add_filter(save_as.filter_name, &[save_as.extension]);
    let chosen = blocking(move || dialog.blocking_save_file()).await?;
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let mut path = chosen.into_path().map_err(|error| {
        CommandError::new(
            ErrorCode::InvalidPath,
            format!("that place cannot be written to: {error}"),
        )
    })?;
    // "rapport" becomes "rapport.pdf": a file without its extension does not open on a double-click.
    if path.extension().is_none() {
        path.set_extension(save_as.extension);
    }
    Ok(Some(path))
}

/// Asks which JSON export to read; `None` when the trainee cancelled.
pub async fn open_path(
    app: &AppHandle,
    window: &WebviewWindow,
    state: &AppState,
) -> Result<Option<PathBuf>, CommandError> {
    if let Some(dir) = std::env::var_os(DIALOG_DIR_VAR) {
        return Ok(newest_json(Path::new(&dir)));
    }
    let title = skills_i18n::text(ui_lang(state), "dialog-import-journal");
    let dialog = file_dialog(app, window, title, start_folder(state)).add_filter("JSON", &["json"]);
    let chosen = blocking(move || dialog.blocking_pick_file()).await?;
    chosen
        .map(|file| {
            file.into_path().map_err(|error| {
                CommandError::new(
                    ErrorCode::InvalidPath,
                    format!("that file cannot be read: {error}"),
                )
            })
        })
        .transpose()
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

/// The UI's language (for the dialog titles, which Rust shows).
fn ui_lang(state: &AppState) -> Lang {
    let locale = state.settings().ok().and_then(|stored| stored.locale);
    locale.unwrap_or_else(crate::settings::os_locale)
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
