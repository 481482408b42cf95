//! What the running app holds: the article library, the journal, the data folder and the settings.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard};

use skills_articles::ArticleLibrary;
use skills_articles::watch::FolderWatch;

use crate::error::{CommandError, ErrorCode};
use crate::journal::JournalSlot;
use crate::settings::StoredSettings;

/// Managed Tauri state.
#[derive(Debug)]
pub struct AppState {
    /// The article library; empty (with the catalogue) until `library_loaded` turns true.
    pub library: RwLock<ArticleLibrary>,
    /// Turns true once the articles have loaded (they load after the window opens).
    pub library_loaded: tokio::sync::watch::Sender<bool>,
    /// The trainee's journal, or why it could not be opened. Lock order: `library` before
    /// `journal` when both are needed.
    pub journal: Mutex<JournalSlot>,
    pub data_dir: PathBuf,
    pub settings: Mutex<StoredSettings>,
    /// The file the last export wrote: the only path "Show in folder" reveals, and the folder
    /// the next file dialog opens in.
    pub last_export_file: Mutex<Option<PathBuf>>,
    /// The journal's advisory lock, held while the window runs so the command line does not
    /// restore, import or salvage under it (`None` when another process had it at start).
    #[allow(
        dead_code,
        reason = "held, never read: dropping it releases the lock when the app ends"
    )]
    pub journal_lock: Option<skills_journal_store::JournalLock>,
    /// Keeps the folder watcher alive for as long as the app runs.
    pub watch: Mutex<Option<FolderWatch>>,
}

/// A lock is poisoned only by a panic while it was held: nothing the person can fix but a
/// restart, so every accessor maps that to [`CommandError::internal`].
impl AppState {
    /// Waits until the articles have loaded; at once after that.
    pub async fn library_loaded(&self) {
        let mut loaded = self.library_loaded.subscribe();
        // An error means the sender is gone, which it never is while the state lives.
        let _ = loaded.wait_for(|loaded| *loaded).await;
    }

    /// The library as it is now (maybe still loading; see [`Self::loaded_library`]).
    pub fn library(&self) -> Result<RwLockReadGuard<'_, ArticleLibrary>, CommandError> {
        self.library.read().map_err(|_| CommandError::internal())
    }

    /// The library once the articles have loaded.
    pub async fn loaded_library(
        &self,
    ) -> Result<RwLockReadGuard<'_, ArticleLibrary>, CommandError> {
        self.library_loaded().await;
        self.library()
    }

    /// The journal, or why it is not open. Take the library first when both are needed.
    pub fn journal(&self) -> Result<MutexGuard<'_, JournalSlot>, CommandError> {
        self.journal.lock().map_err(|_| CommandError::internal())
    }

    pub fn settings(&self) -> Result<MutexGuard<'_, StoredSettings>, CommandError> {
        self.settings.lock().map_err(|_| CommandError::internal())
    }

    /// Changes the settings and saves them; the app keeps the change only once it is saved (an
    /// unchanged value is not written again). Returns the settings as they now are.
    pub fn update_settings(
        &self,
        change: impl FnOnce(&mut StoredSettings),
    ) -> Result<StoredSettings, CommandError> {
        let mut stored = self.settings()?;
        let mut changed = stored.clone();
        change(&mut changed);
        if changed != *stored {
            crate::settings::save(&self.data_dir, &changed).map_err(|error| {
                CommandError::new(
                    ErrorCode::SettingsNotSaved,
                    format!("the settings could not be saved: {error}"),
                )
            })?;
            *stored = changed;
        }
        Ok(stored.clone())
    }

    pub fn last_export_file(&self) -> Result<MutexGuard<'_, Option<PathBuf>>, CommandError> {
        self.last_export_file
            .lock()
            .map_err(|_| CommandError::internal())
    }
}
