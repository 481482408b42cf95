//! The Tauri commands: the UI's whole surface. Each takes its state, calls the library and maps
//! the error; nothing else happens here. Articles are addressed by id, never by a path.

use skills_articles::{LibrarySnapshot, RenderedArticle, SearchQuery};
use skills_catalogue::Lang;
use tauri::State;
use tauri_plugin_opener::OpenerExt;

use crate::error::{CommandError, ErrorCode};
use crate::settings::AppSettings;
use crate::state::AppState;

#[tauri::command]
pub async fn library_snapshot(state: State<'_, AppState>) -> Result<LibrarySnapshot, CommandError> {
    Ok(state.loaded_library().await?.snapshot())
}

#[tauri::command]
pub async fn search_articles(
    state: State<'_, AppState>,
    query: SearchQuery,
) -> Result<Vec<String>, CommandError> {
    Ok(state.loaded_library().await?.search(&query))
}

#[tauri::command]
pub async fn open_article(
    state: State<'_, AppState>,
    id: String,
) -> Result<RenderedArticle, CommandError> {
    Ok(state.loaded_library().await?.article(&id)?)
}

#[tauri::command]
pub async fn app_settings(state: State<'_, AppState>) -> Result<AppSettings, CommandError> {
    let stored = state.settings()?;
    Ok(AppSettings::new(&stored, &state.data_dir))
}

#[tauri::command]
pub async fn set_locale(
    state: State<'_, AppState>,
    locale: Option<Lang>,
) -> Result<AppSettings, CommandError> {
    let stored = state.update_settings(|stored| stored.locale = locale)?;
    Ok(AppSettings::new(&stored, &state.data_dir))
}

#[tauri::command]
pub async fn open_external(app: tauri::AppHandle, url: String) -> Result<(), CommandError> {
    let parsed = crate::app::external_url(&url)?;
    app.opener()
        .open_url(parsed.as_str(), None::<&str>)
        .map_err(|error| {
            CommandError::new(
                ErrorCode::OpenFailed,
                format!("could not open {parsed}: {error}"),
            )
            .with("path", &parsed)
        })
}
