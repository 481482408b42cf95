//! The window's answers to a damaged journal, besides restoring a backup: salvage what can be
//! read from the damaged file, or start an empty journal on purpose. Both act only on the damage
//! the journal status reports (no path comes from the UI).

use serde::Serialize;
use skills_journal_store::SalvageSummary;
use tauri::State;

use crate::error::{CommandError, ErrorCode};
use crate::journal::{self, JournalSlot, JournalState, JournalStatus, OpenJournal, Opening};
use crate::state::AppState;

/// What a salvage from the window did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalvageDone {
    pub status: JournalStatus,
    pub summary: SalvageSummary,
}

#[tauri::command]
pub async fn salvage_journal(state: State<'_, AppState>) -> Result<SalvageDone, CommandError> {
    let catalogue = state.library()?;
    let mut slot = state.journal()?;
    let damaged = damaged_file(&slot)?;
    let (store, summary) = journal::salvage(&state.data_dir, catalogue.catalogue(), &damaged)?;
    *slot = JournalSlot::Ready(OpenJournal::new(store));
    Ok(SalvageDone {
        status: slot.status(&state.data_dir),
        summary,
    })
}

#[tauri::command]
pub async fn start_empty_journal(
    state: State<'_, AppState>,
) -> Result<JournalStatus, CommandError> {
    let catalogue = state.library()?;
    let mut slot = state.journal()?;
    damaged_file(&slot)?;
    let store = journal::open_with(&state.data_dir, catalogue.catalogue(), Opening::StartEmpty)?;
    *slot = JournalSlot::Ready(OpenJournal::new(store));
    Ok(slot.status(&state.data_dir))
}

/// The damaged file the status reports, or a refusal when the journal is not damaged.
fn damaged_file(slot: &JournalSlot) -> Result<std::path::PathBuf, CommandError> {
    match slot {
        JournalSlot::Unavailable(status) if status.state == JournalState::Corrupt => {
            status.kept_as.clone().ok_or_else(not_damaged)
        }
        _ => Err(not_damaged()),
    }
}

fn not_damaged() -> CommandError {
    CommandError::new(
        ErrorCode::NotDamaged,
        "the journal is not damaged, so there is nothing to salvage or start anew",
    )
}
