//! Others' voices in the window: asking for feedback (the form is saved where the trainee
//! chooses in the native dialog), the list of requests, withdrawing one, and importing an
//! answer the trainee pasted or dropped. The steps are the requests crate's (`ask`,
//! `receive`), the same as on the command line.

use std::path::Path;

use chrono::{Local, Utc};
use serde::Serialize;
use skills_journal_store::{AnswerImport, FeedbackRequest, RequestInput};
use tauri::{AppHandle, State, WebviewWindow};

use crate::dialogs::{self, SaveAs};
use crate::error::CommandError;
use crate::state::AppState;

use super::journal::{read, write};

/// A request that was saved, and where its form was written.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RequestWritten {
    pub request: FeedbackRequest,
    /// The form's file, to send to the giver.
    pub path: String,
}

#[tauri::command]
pub async fn feedback_requests(
    state: State<'_, AppState>,
) -> Result<Vec<FeedbackRequest>, CommandError> {
    read(&state, |store| store.requests(Local::now().date_naive()))
}

/// Checks the request, asks where to save its form, then saves both. `None`: the dialog was
/// cancelled, and nothing was saved. A refused request is refused before the dialog opens.
#[tauri::command]
pub async fn ask_for_feedback(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    input: RequestInput,
) -> Result<Option<RequestWritten>, CommandError> {
    read(&state, |store| store.check_request(&input, Utc::now()))?;
    let save_as = SaveAs::request_form(input.lang);
    let Some(path) = dialogs::save_path(&app, &window, &state, save_as).await? else {
        return Ok(None);
    };
    let request = save_request(&state, &input, &path)?;
    *state.last_export_file()? = Some(path.clone());
    let path = path.display().to_string();
    Ok(Some(RequestWritten { request, path }))
}

/// Saves the request and writes its form to `path` (the catalogue is taken before the journal,
/// as the lock order asks).
fn save_request(
    state: &AppState,
    input: &RequestInput,
    path: &Path,
) -> Result<FeedbackRequest, CommandError> {
    let catalogue = state.library()?.shared_catalogue();
    let data_dir = &state.data_dir;
    write(state, |store| {
        let now = Utc::now();
        Ok(skills_requests::ask(
            store, &catalogue, data_dir, input, path, now,
        ))
    })?
    .map_err(CommandError::from)
}

/// Withdraws a request: its later answers are refused.
#[tauri::command]
pub async fn withdraw_feedback_request(
    state: State<'_, AppState>,
    id: String,
) -> Result<FeedbackRequest, CommandError> {
    write(&state, |store| store.withdraw_request(&id, Utc::now()))
}

/// Imports an answer: the block of text the giver sent, pasted, or the contents of its file
/// (read by the window, so no path crosses). Nothing is added when it is refused.
#[tauri::command]
pub async fn import_answer(
    state: State<'_, AppState>,
    answer: String,
) -> Result<AnswerImport, CommandError> {
    write(&state, |store| {
        let sealed = answer.as_bytes();
        Ok(skills_requests::receive(
            store,
            &state.data_dir,
            sealed,
            Utc::now(),
        ))
    })?
    .map_err(CommandError::from)
}
