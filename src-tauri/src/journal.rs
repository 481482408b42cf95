//! Opening the trainee's journal, for the window and the command line alike: one file name,
//! one way of telling the store the catalogue, one status the UI can explain when the journal
//! cannot be opened (damaged, from a newer version, not a journal at all).

use crate::error::{CommandError, ErrorCode};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use serde::Serialize;
use skills_catalogue::SkillCatalogue;
use skills_journal_store::{BackupInfo, JournalLock, JournalStore, SalvageSummary, StoreError};

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE: &str = "journal.sqlite";

/// Where the journal lives in `data_dir`.
pub fn journal_path(data_dir: &Path) -> PathBuf {
    data_dir.join(JOURNAL_FILE)
}

/// Opens (or creates) the journal in `data_dir`, tells it the catalogue's skill ids and
/// empties what has been in the trash for more than 30 days.
pub fn open(data_dir: &Path, catalogue: &SkillCatalogue) -> Result<JournalStore, StoreError> {
    open_with(data_dir, catalogue, Opening::AsItIs)
}

/// Takes the journal's advisory lock: the window holds it while it runs, and the command
/// line's restore, import and salvage take it first (refused while a window has it).
pub fn lock(data_dir: &Path) -> Result<JournalLock, StoreError> {
    JournalLock::acquire(&journal_path(data_dir))
}

/// How to open a journal whose earlier file was damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Report pending damage again (the default).
    AsItIs,
    /// The trainee chose to begin a new, empty journal (the damaged file and backups stay).
    StartEmpty,
}

/// [`open`], choosing what happens after damage.
pub fn open_with(
    data_dir: &Path,
    catalogue: &SkillCatalogue,
    opening: Opening,
) -> Result<JournalStore, StoreError> {
    let now = Utc::now();
    let path = journal_path(data_dir);
    let mut store = match opening {
        Opening::AsItIs => JournalStore::open(&path, now)?,
        Opening::StartEmpty => JournalStore::start_empty(&path, now)?,
    };
    store.set_catalogue(catalogue);
    store.purge_trash(now)?;
    Ok(store)
}

/// Salvages the damaged journal file `damaged` into the journal in `data_dir` (created when
/// the damage left none); returns the journal open and what was recovered.
pub fn salvage(
    data_dir: &Path,
    catalogue: &SkillCatalogue,
    damaged: &Path,
) -> Result<(JournalStore, SalvageSummary), StoreError> {
    JournalStore::salvage_into(journal_path(data_dir), damaged, catalogue, Utc::now())
}

/// Whether the journal could be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum JournalState {
    /// Open and working.
    Ready,
    /// The file was damaged; it was moved aside and a backup can be restored.
    Corrupt,
    /// Written by a newer version of the app; left untouched.
    TooNew,
    /// Some other program's file; left untouched.
    NotAJournal,
    /// Anything else (a folder that cannot be written, say); the message says what.
    Failed,
}

/// The journal's state as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct JournalStatus {
    pub state: JournalState,
    /// What went wrong (the UI words it; its `message` is the English text for the log).
    pub error: Option<CommandError>,
    /// The journal file.
    pub path: PathBuf,
    /// Where a damaged file was moved to (never deleted).
    pub kept_as: Option<PathBuf>,
    /// The newest verified backup, to offer for restoring.
    pub latest_backup: Option<BackupInfo>,
    /// Every backup, newest first.
    pub backups: Vec<BackupInfo>,
    /// Why the automatic backup failed, if it did (the journal works; shown as a warning).
    pub backup_warning: Option<CommandError>,
}

impl JournalStatus {
    /// The status of an open journal.
    pub fn ready(store: &JournalStore, path: &Path) -> Self {
        let backups = store.backups().unwrap_or_default();
        Self {
            state: JournalState::Ready,
            error: None,
            path: path.to_path_buf(),
            kept_as: None,
            latest_backup: backups.first().cloned(),
            backups,
            backup_warning: store.backup_warning().map(CommandError::from_store),
        }
    }

    /// Why the journal at `path` could not be opened.
    /// While a restore replaces the file (the journal is closed for that moment; seen only if
    /// the restore is cut short).
    pub fn restoring(path: &Path) -> Self {
        let backups = JournalStore::list_backups(path).unwrap_or_default();
        Self {
            state: JournalState::Failed,
            error: Some(CommandError::new(
                ErrorCode::Restoring,
                "a backup is being restored; reopen the app if this stays",
            )),
            path: path.to_path_buf(),
            kept_as: None,
            latest_backup: backups.first().cloned(),
            backups,
            backup_warning: None,
        }
    }

    pub fn failed(error: &StoreError, path: &Path) -> Self {
        let backups = JournalStore::list_backups(path).unwrap_or_default();
        let (state, kept_as, latest) = match error {
            StoreError::Corrupt {
                kept_as,
                latest_backup,
                ..
            } => (
                JournalState::Corrupt,
                Some(kept_as.clone()),
                latest_backup
                    .as_ref()
                    .and_then(|latest| backups.iter().find(|b| &b.path == latest).cloned()),
            ),
            StoreError::SchemaTooNew { .. } => (JournalState::TooNew, None, None),
            StoreError::NotAJournal { .. } => (JournalState::NotAJournal, None, None),
            _ => (JournalState::Failed, None, None),
        };
        Self {
            state,
            error: Some(CommandError::from_store(error)),
            path: path.to_path_buf(),
            kept_as,
            latest_backup: latest.or_else(|| backups.first().cloned()),
            backups,
            backup_warning: None,
        }
    }
}

/// The journal as the window holds it: open, or why not.
#[derive(Debug)]
pub enum JournalSlot {
    Ready(OpenJournal),
    Unavailable(JournalStatus),
}

/// An open journal and the day its daily backup was last looked after.
#[derive(Debug)]
pub struct OpenJournal {
    pub store: JournalStore,
    backup_checked: NaiveDate,
}

impl OpenJournal {
    pub fn new(store: JournalStore) -> Self {
        Self {
            store,
            backup_checked: Utc::now().date_naive(),
        }
    }

    /// Makes the day's backup when the app has been open since an earlier day. Called after
    /// writes; a failed backup is logged, never allowed to fail the write that was just saved.
    pub fn backup_if_new_day(&mut self) {
        let now = Utc::now();
        if now.date_naive() == self.backup_checked {
            return;
        }
        self.backup_checked = now.date_naive();
        if let Err(error) = self.store.backup_if_due(now) {
            tracing::warn!("the daily backup failed: {error}");
        }
    }
}

impl JournalSlot {
    /// Opens the journal in `data_dir`, or records why it could not be opened.
    pub fn open(data_dir: &Path, catalogue: &SkillCatalogue) -> Self {
        match open(data_dir, catalogue) {
            Ok(store) => Self::Ready(OpenJournal::new(store)),
            Err(error) => {
                tracing::warn!("the journal could not be opened: {error}");
                Self::Unavailable(JournalStatus::failed(&error, &journal_path(data_dir)))
            }
        }
    }

    pub fn status(&self, data_dir: &Path) -> JournalStatus {
        match self {
            Self::Ready(open) => JournalStatus::ready(&open.store, &journal_path(data_dir)),
            Self::Unavailable(status) => status.clone(),
        }
    }

    /// Replaces the journal in `data_dir` with `backup`, closing the open one first (the store
    /// replaces the file underneath). When the backup is refused before anything was replaced,
    /// or the restored file will not open, whatever is there now is reopened, so the trainee is
    /// never left without a journal.
    pub fn restore_backup(
        &mut self,
        data_dir: &Path,
        catalogue: &SkillCatalogue,
        backup: &Path,
    ) -> Result<(), StoreError> {
        let path = journal_path(data_dir);
        let previous = std::mem::replace(self, Self::Unavailable(JournalStatus::restoring(&path)));
        if let Self::Ready(open) = previous
            && let Err(error) = open.store.close()
        {
            tracing::warn!("the journal did not close cleanly before the restore: {error}");
        }
        match JournalStore::restore_backup(&path, backup, Utc::now()) {
            Ok(mut store) => {
                store.set_catalogue(catalogue);
                *self = Self::Ready(OpenJournal::new(store));
                Ok(())
            }
            Err(error) => {
                *self = Self::open(data_dir, catalogue);
                Err(error)
            }
        }
    }
}
