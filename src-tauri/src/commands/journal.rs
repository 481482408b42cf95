//! The journal's Tauri commands. Each locks the journal, calls the store and maps the error;
//! the store validates every write. Times are taken here (`Utc::now()`); calendar dates come
//! from the UI, which knows the trainee's time zone.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use skills_journal_store::{
    AssessmentContext, BackupInfo, CustomSkill, DayCount, Draft, Entry, EntryId, EntryInput,
    EntryPage, EntryQuery, EntryVersion, JournalStore, SkillStats, StoreError, TagCount,
};
use tauri::State;

use crate::error::{CommandError, ErrorCode};
use crate::journal::{self, JournalSlot, JournalStatus};
use crate::state::AppState;

fn unavailable(status: &JournalStatus) -> CommandError {
    status.error.clone().unwrap_or_else(|| {
        CommandError::new(ErrorCode::JournalUnavailable, "the journal is not open")
    })
}

/// Runs a read on the open journal.
pub(crate) fn read<T>(
    state: &AppState,
    op: impl FnOnce(&JournalStore) -> Result<T, StoreError>,
) -> Result<T, CommandError> {
    let slot = state.journal()?;
    match &*slot {
        JournalSlot::Ready(open) => Ok(op(&open.store)?),
        JournalSlot::Unavailable(status) => Err(unavailable(status)),
    }
}

/// Runs a write on the open journal, then makes the day's backup if the app has been open
/// since an earlier day.
pub(crate) fn write<T>(
    state: &AppState,
    op: impl FnOnce(&mut JournalStore) -> Result<T, StoreError>,
) -> Result<T, CommandError> {
    let mut slot = state.journal()?;
    match &mut *slot {
        JournalSlot::Ready(open) => {
            let value = op(&mut open.store)?;
            open.backup_if_new_day();
            Ok(value)
        }
        JournalSlot::Unavailable(status) => Err(unavailable(status)),
    }
}

#[tauri::command]
pub async fn journal_status(state: State<'_, AppState>) -> Result<JournalStatus, CommandError> {
    let slot = state.journal()?;
    Ok(slot.status(&state.data_dir))
}

#[tauri::command]
pub async fn find_entries(
    state: State<'_, AppState>,
    query: EntryQuery,
) -> Result<EntryPage, CommandError> {
    read(&state, |store| store.find(&query))
}

#[tauri::command]
pub async fn get_entry(state: State<'_, AppState>, id: EntryId) -> Result<Entry, CommandError> {
    read(&state, |store| store.entry(id))
}

#[tauri::command]
pub async fn create_entry(
    state: State<'_, AppState>,
    input: EntryInput,
    draft_key: Option<String>,
) -> Result<Entry, CommandError> {
    write(&state, |store| {
        let entry = store.create_entry(&input, Utc::now())?;
        discard_saved_draft(store, draft_key.as_deref());
        Ok(entry)
    })
}

#[tauri::command]
pub async fn update_entry(
    state: State<'_, AppState>,
    id: EntryId,
    input: EntryInput,
    draft_key: Option<String>,
) -> Result<Entry, CommandError> {
    write(&state, |store| {
        let entry = store.update_entry(id, &input, Utc::now())?;
        discard_saved_draft(store, draft_key.as_deref());
        Ok(entry)
    })
}

/// The entry is saved; a draft that cannot be removed is only stale, so it is logged, not fatal.
fn discard_saved_draft(store: &mut JournalStore, key: Option<&str>) {
    if let Some(key) = key
        && let Err(error) = store.discard_draft(key)
    {
        tracing::warn!("the saved entry's draft `{key}` was not removed: {error}");
    }
}

#[tauri::command]
pub async fn set_action_done(
    state: State<'_, AppState>,
    id: EntryId,
    done: bool,
) -> Result<Entry, CommandError> {
    write(&state, |store| store.set_action_done(id, done, Utc::now()))
}

#[tauri::command]
pub async fn entry_history(
    state: State<'_, AppState>,
    id: EntryId,
) -> Result<Vec<EntryVersion>, CommandError> {
    read(&state, |store| store.history(id))
}

#[tauri::command]
pub async fn restore_entry_version(
    state: State<'_, AppState>,
    id: EntryId,
    version: u32,
) -> Result<Entry, CommandError> {
    write(&state, |store| {
        store.restore_version(id, version, Utc::now())
    })
}

#[tauri::command]
pub async fn delete_entry(state: State<'_, AppState>, id: EntryId) -> Result<Entry, CommandError> {
    write(&state, |store| store.delete_entry(id, Utc::now()))
}

#[tauri::command]
pub async fn restore_from_trash(
    state: State<'_, AppState>,
    id: EntryId,
) -> Result<Entry, CommandError> {
    write(&state, |store| store.restore_from_trash(id))
}

#[tauri::command]
pub async fn trash_entries(state: State<'_, AppState>) -> Result<Vec<Entry>, CommandError> {
    read(&state, JournalStore::trash)
}

#[tauri::command]
pub async fn empty_trash(state: State<'_, AppState>) -> Result<u32, CommandError> {
    write(&state, JournalStore::empty_trash)
}

#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    key: String,
    text: String,
) -> Result<Draft, CommandError> {
    write(&state, |store| store.save_draft(&key, &text, Utc::now()))
}

#[tauri::command]
pub async fn get_draft(
    state: State<'_, AppState>,
    key: String,
) -> Result<Option<Draft>, CommandError> {
    read(&state, |store| store.draft(&key))
}

#[tauri::command]
pub async fn list_drafts(state: State<'_, AppState>) -> Result<Vec<Draft>, CommandError> {
    read(&state, JournalStore::drafts)
}

#[tauri::command]
pub async fn discard_draft(state: State<'_, AppState>, key: String) -> Result<bool, CommandError> {
    write(&state, |store| store.discard_draft(&key))
}

#[tauri::command]
pub async fn days_with_entries(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
    include_private: bool,
) -> Result<Vec<DayCount>, CommandError> {
    read(&state, |store| {
        store.days_with_entries(from, to, include_private)
    })
}

#[tauri::command]
pub async fn journal_tags(state: State<'_, AppState>) -> Result<Vec<TagCount>, CommandError> {
    read(&state, JournalStore::tags)
}

#[tauri::command]
pub async fn skill_stats(state: State<'_, AppState>) -> Result<Vec<SkillStats>, CommandError> {
    read(&state, JournalStore::skill_stats)
}

#[tauri::command]
pub async fn assessment_context(
    state: State<'_, AppState>,
    skill_id: String,
    date: NaiveDate,
    editing: Option<EntryId>,
) -> Result<AssessmentContext, CommandError> {
    read(&state, |store| {
        store.assessment_context(&skill_id, date, editing)
    })
}

#[tauri::command]
pub async fn custom_skills(state: State<'_, AppState>) -> Result<Vec<CustomSkill>, CommandError> {
    read(&state, JournalStore::custom_skills)
}

#[tauri::command]
pub async fn add_custom_skill(
    state: State<'_, AppState>,
    name: String,
) -> Result<CustomSkill, CommandError> {
    write(&state, |store| store.add_custom_skill(&name, Utc::now()))
}

#[tauri::command]
pub async fn rename_custom_skill(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> Result<CustomSkill, CommandError> {
    write(&state, |store| store.rename_custom_skill(&id, &name))
}

#[tauri::command]
pub async fn set_custom_skill_archived(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> Result<CustomSkill, CommandError> {
    write(&state, |store| {
        store.set_custom_skill_archived(&id, archived, Utc::now())
    })
}

#[tauri::command]
pub async fn delete_custom_skill(
    state: State<'_, AppState>,
    id: String,
) -> Result<(), CommandError> {
    write(&state, |store| store.delete_custom_skill(&id))
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, CommandError> {
    // Listed from the folder, so this works while the journal is unavailable too.
    Ok(JournalStore::list_backups(journal::journal_path(
        &state.data_dir,
    ))?)
}

#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Result<BackupInfo, CommandError> {
    read(&state, |store| store.backup_now(Utc::now()))
}

/// Replaces the journal with one of its own backups and reopens it. Only a path from the
/// journal's backup list is accepted: the UI cannot name an arbitrary file.
#[tauri::command]
pub async fn restore_backup(
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<JournalStatus, CommandError> {
    let known = JournalStore::list_backups(journal::journal_path(&state.data_dir))?;
    if !known.iter().any(|backup| backup.path == path) {
        let shown = path.display();
        let message = format!("{shown} is not one of this journal's backups");
        return Err(CommandError::new(ErrorCode::BackupNotFound, message).with("path", shown));
    }
    // The lock order of state.rs: the library, then the journal.
    let library = state.library()?;
    let mut slot = state.journal()?;
    slot.restore_backup(&state.data_dir, library.catalogue(), &path)?;
    Ok(slot.status(&state.data_dir))
}
