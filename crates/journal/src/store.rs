//! [`JournalStore`]: the one handle the app, the command line and the tests use. This module
//! opens it (file or memory), migrates, makes the daily backup and restores backups; the
//! operations on entries, skills, drafts and statistics live in their own modules as further
//! `impl JournalStore` blocks.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use skills_catalogue::SkillCatalogue;

use crate::backup::{self, BackupInfo, BackupReason};
use crate::damage;
use crate::db;
use crate::error::{DbContext, StoreError};
use crate::migrations;
use crate::salvage::SalvageSummary;

/// The trainee's journal in one SQLite file.
///
/// Writes take `&mut self`, reads `&self`; wrap it in a `Mutex` to share it between threads.
/// Anything that depends on the current time takes it as `now`, so tests are deterministic.
#[derive(Debug)]
pub struct JournalStore {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    pub(crate) catalogue: Catalogue,
    /// Why the last automatic backup failed, if it did (shown as a warning, never fatal).
    backup_warning: Option<StoreError>,
    /// The journal has no backup yet: the first entry saved makes one.
    pub(crate) needs_first_backup: bool,
}

/// The ids of the bundled skill catalogue, as the caller told us.
#[derive(Debug, Default)]
pub(crate) struct Catalogue {
    pub(crate) ids: Vec<String>,
    pub(crate) set: HashSet<String>,
}

impl JournalStore {
    /// Opens the journal at `path`, creating it (and its folder) on first run.
    ///
    /// Refuses a file written by a newer version ([`StoreError::SchemaTooNew`]) or by another
    /// program ([`StoreError::NotAJournal`]) without changing it. A damaged file is moved aside
    /// and reported as [`StoreError::Corrupt`] with the latest backup to offer. Otherwise
    /// migrates (with a backup before each step) and makes the daily backup if due.
    ///
    /// A daily backup that fails (the backups folder cannot be listed or written, a full disk)
    /// does not stop the journal from opening: [`backup_warning`](Self::backup_warning) says
    /// why, and the next start tries again. A migration's backup is still required.
    pub fn open(path: impl AsRef<Path>, now: DateTime<Utc>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let (mut conn, created) = db::open_file(path, now)?;
        migrations::migrate(&mut conn, |conn, from| {
            backup::create(conn, path, BackupReason::BeforeMigration, Some(from), now).map(|_| ())
        })?;
        let mut store = Self {
            conn,
            path: Some(path.to_path_buf()),
            catalogue: Catalogue::default(),
            backup_warning: None,
            needs_first_backup: created,
        };
        // An existing journal gets its daily backup now (a success always leaves one backup; a
        // failure is the warning), so only a new journal waits for its first entry.
        if !created {
            store.daily_backup(now);
        }
        Ok(store)
    }

    /// Makes the daily backup if due; a failure becomes [`backup_warning`](Self::backup_warning).
    fn daily_backup(&mut self, now: DateTime<Utc>) {
        if let Some(path) = &self.path {
            self.backup_warning = backup::daily_if_due(&self.conn, path, now).err();
        }
    }

    /// Called after an entry was saved: the journal's first entry gets its first backup at once,
    /// so a first session that lasts days is protected too.
    pub(crate) fn after_entry_saved(&mut self, now: DateTime<Utc>) {
        if self.needs_first_backup {
            self.needs_first_backup = false;
            self.daily_backup(now);
        }
    }

    /// Why the last automatic backup failed, if it did: the journal works, but is not being
    /// backed up. The window and the command line show it as a warning.
    pub fn backup_warning(&self) -> Option<&StoreError> {
        self.backup_warning.as_ref()
    }

    /// Opens the journal at `path` after damage, starting an empty one on the trainee's word
    /// (`--start-empty`, or the window's button): the damaged file stays where it was kept
    /// aside, the backups stay too. Where there is no pending damage this is [`open`](Self::open).
    pub fn start_empty(path: impl AsRef<Path>, now: DateTime<Utc>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        damage::resolve(path)?;
        Self::open(path, now)
    }

    /// Salvages the damaged journal file `damaged` into the journal at `path` (opened, or
    /// created when the damage left none) and returns it open. Nothing changes when salvage
    /// fails: a journal created for it is removed again, and pending damage stays pending.
    pub fn salvage_into(
        path: impl AsRef<Path>,
        damaged: &Path,
        catalogue: &SkillCatalogue,
        now: DateTime<Utc>,
    ) -> Result<(Self, SalvageSummary), StoreError> {
        let path = path.as_ref();
        // A journal file that is itself damaged is moved aside as opening would (the damage is
        // then pending); the entries go into a new journal in its place.
        let opened = match path.exists() {
            true => match db::open_file(path, now) {
                Ok(opened) => Some(opened),
                Err(StoreError::Corrupt { .. }) => None,
                Err(error) => return Err(error),
            },
            false => None,
        };
        let existed = opened.is_some();
        let (mut conn, _) = match opened {
            Some(opened) => opened,
            None => db::create_file(path)?,
        };
        migrations::migrate(&mut conn, |_, _| Ok(()))?;
        let mut store = Self::from_connection(conn, Some(path.to_path_buf()));
        store.set_catalogue(catalogue);
        match store.salvage(damaged, now) {
            Ok(summary) => {
                damage::resolve(path)?;
                store.needs_first_backup = false;
                store.daily_backup(now);
                Ok((store, summary))
            }
            Err(error) => {
                if !existed {
                    drop(store);
                    db::remove_with_companions(path);
                }
                Err(error)
            }
        }
    }

    /// A store over a connection opened elsewhere: salvage reads a damaged file through it.
    pub(crate) fn for_reading(conn: Connection) -> Self {
        Self::from_connection(conn, None)
    }

    fn from_connection(conn: Connection, path: Option<PathBuf>) -> Self {
        Self {
            conn,
            path,
            catalogue: Catalogue::default(),
            backup_warning: None,
            needs_first_backup: false,
        }
    }

    /// A journal that lives in memory only (tests, previews). It has no backups.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let mut conn = db::open_in_memory()?;
        migrations::migrate(&mut conn, |_, _| Ok(()))?;
        Ok(Self {
            conn,
            path: None,
            catalogue: Catalogue::default(),
            backup_warning: None,
            needs_first_backup: false,
        })
    }

    /// The journal file, or `None` for an in-memory journal.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Tells the store the bundled skill catalogue (see [`set_catalogue_ids`](Self::set_catalogue_ids)).
    pub fn set_catalogue(&mut self, catalogue: &SkillCatalogue) {
        self.set_catalogue_ids(catalogue.ids());
    }

    /// Tells the store which skill ids the bundled catalogue has, in catalogue order. Entries
    /// may only use these and custom skills. Call it after opening and whenever the catalogue
    /// changes; ids starting with `custom-` are reserved for custom skills and ignored here.
    pub fn set_catalogue_ids<I, S>(&mut self, ids: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut catalogue = Catalogue::default();
        for id in ids.into_iter().map(Into::into) {
            if !id.starts_with("custom-") && catalogue.set.insert(id.clone()) {
                catalogue.ids.push(id);
            }
        }
        self.catalogue = catalogue;
    }

    /// The catalogue ids the store was given.
    pub fn catalogue_ids(&self) -> &[String] {
        &self.catalogue.ids
    }

    /// Makes the daily backup unless today's exists, and rotates old ones. `open` does this;
    /// an app that stays open for days calls it now and then. `None` when nothing was made
    /// (already done today, or an in-memory journal).
    pub fn backup_if_due(&mut self, now: DateTime<Utc>) -> Result<Option<BackupInfo>, &StoreError> {
        let made = match &self.path {
            Some(path) => backup::daily_if_due(&self.conn, path, now),
            None => Ok(None),
        };
        match made {
            Ok(made) => {
                self.backup_warning = None;
                Ok(made)
            }
            // Kept as the warning the window and the command line show; the caller sees it too.
            Err(error) => Err(self.backup_warning.insert(error)),
        }
    }

    /// Makes a verified backup now, whatever backups exist ([`BackupReason::Manual`]: never
    /// rotated away). Fails for an in-memory journal, which has no file to back up beside.
    pub fn backup_now(&self, now: DateTime<Utc>) -> Result<BackupInfo, StoreError> {
        self.backup_for(BackupReason::Manual, now)
    }

    /// Makes a verified backup before an import (listed as such, never rotated away), so the
    /// journal as it was can always be restored.
    pub fn backup_before_import(&self, now: DateTime<Utc>) -> Result<BackupInfo, StoreError> {
        self.backup_for(BackupReason::BeforeImport, now)
    }

    fn backup_for(
        &self,
        reason: BackupReason,
        now: DateTime<Utc>,
    ) -> Result<BackupInfo, StoreError> {
        match &self.path {
            Some(path) => backup::create(&self.conn, path, reason, None, now),
            None => Err(StoreError::BackupInvalid {
                path: PathBuf::from(":memory:"),
                reason: "a journal kept in memory has no backups".to_owned(),
            }),
        }
    }

    /// This journal's backups, newest first (empty for an in-memory journal).
    pub fn backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        match &self.path {
            Some(path) => backup::list(path),
            None => Ok(Vec::new()),
        }
    }

    /// The backups of the journal at `path`, newest first, without opening it (for example
    /// after [`StoreError::Corrupt`]).
    pub fn list_backups(path: impl AsRef<Path>) -> Result<Vec<BackupInfo>, StoreError> {
        backup::list(path.as_ref())
    }

    /// Replaces the journal at `path` with `backup` and opens it.
    ///
    /// The backup is verified first (`integrity_check`, schema version); the current file, if
    /// any, is kept beside it as `<name>.replaced-<timestamp>.sqlite`. Drop every open
    /// `JournalStore` of this file before calling this.
    pub fn restore_backup(
        path: impl AsRef<Path>,
        backup: impl AsRef<Path>,
        now: DateTime<Utc>,
    ) -> Result<Self, StoreError> {
        let path = path.as_ref();
        backup::restore(path, backup.as_ref(), now)?;
        Self::open(path, now)
    }

    /// Runs SQLite's full `integrity_check` and checks that the search index matches the
    /// entries' texts (which `integrity_check` does not do for an index without its own copy of
    /// the text); `None` when the journal is sound, else what was found.
    pub fn integrity_check(&self) -> Result<Option<String>, StoreError> {
        if let Some(problem) = db::check(&self.conn, "integrity_check").ctx("check the journal")? {
            return Ok(Some(problem));
        }
        match self.conn.execute(
            "INSERT INTO entry_search (entry_search, rank) VALUES ('integrity-check', 1)",
            [],
        ) {
            Ok(_) => Ok(None),
            Err(error) if db::is_corruption(&error) => Ok(Some(format!(
                "the search index does not match the entries ({error})"
            ))),
            Err(source) => Err(StoreError::Database {
                context: "check the journal",
                source,
            }),
        }
    }

    /// Closes the journal, reporting a failure to flush it instead of ignoring it.
    pub fn close(self) -> Result<(), StoreError> {
        self.conn
            .close()
            .map_err(|(_, source)| StoreError::Database {
                context: "close the journal",
                source,
            })
    }
}
