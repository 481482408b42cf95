//! Automatic backups in a `backups` folder next to the journal, made with SQLite's online
//! backup API (a consistent copy while the journal stays open).
//!
//! Each backup: copy into a temporary file in the backups folder, switch the copy to rollback
//! journal mode (one self-contained file), verify it with `integrity_check`, fsync, rename to
//! its final name, fsync the folder. A crash never leaves half a backup under a final name.
//!
//! Daily backups (at most one per UTC day) are rotated like restic's `--keep-daily 14
//! --keep-weekly 8`: the newest backup of each of the 14 newest days, plus the newest of each
//! of the 8 newest ISO weeks, are kept. Backups made before a migration are never deleted
//! automatically: they are rare and the only copy of the old schema.
//!
//! Rotation never removes the last backup made before a journal file was kept aside (damaged,
//! or replaced by a restore): after damage the trainee may go on writing in a new journal for
//! weeks, and its daily backups must not push out the only copy of the history before it.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDateTime, TimeDelta, Utc};
use rusqlite::Connection;
use rusqlite::backup::Backup;
use serde::{Deserialize, Serialize};

use crate::db::{self, APPLICATION_ID};
use crate::error::{DbContext, IoContext, StoreError};
use crate::migrations::SCHEMA_VERSION;

/// Daily backups kept: the newest of each of this many days.
pub const KEEP_DAILY: usize = 14;
/// Weekly backups kept: the newest of each of this many ISO weeks.
pub const KEEP_WEEKLY: usize = 8;

const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BackupReason {
    /// The daily backup (rotated).
    Daily,
    /// Made before the schema was migrated (kept until the trainee removes it).
    BeforeMigration,
    /// Asked for by the trainee (`skills-journal backup`, or the app's backup button); kept
    /// until the trainee removes it.
    Manual,
    /// Made before a JSON export was imported into the journal; kept until the trainee
    /// removes it.
    BeforeImport,
}

impl BackupReason {
    /// The reason as the JSON and the command line write it (`before_migration`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeMigration => "before_migration",
            Self::Manual => "manual",
            Self::BeforeImport => "before_import",
        }
    }
}

/// A backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupInfo {
    /// Where it is.
    pub path: PathBuf,
    /// When it was made (from its name).
    pub created_at: DateTime<Utc>,
    /// Why it was made.
    pub reason: BackupReason,
    /// The schema version of the journal it copies, for backups made before a migration.
    pub schema_version: Option<u32>,
    /// Its size in bytes (a JSON number: exact up to 9 PB).
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// The folder backups of the journal at `db_path` go to.
pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("backups")
}

/// The backups of the journal at `db_path`, newest first. A missing folder means none.
pub(crate) fn list(db_path: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    let dir = backups_dir(db_path);
    let read = match fs::read_dir(&dir) {
        Ok(read) => read,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error).io_ctx("list the backups", &dir),
    };
    let stem = file_stem(db_path);
    let mut backups = Vec::new();
    for item in read {
        let item = item.io_ctx("list the backups", &dir)?;
        let name = item.file_name().to_string_lossy().into_owned();
        if let Some((created_at, reason, schema_version)) = parse_name(&stem, &name) {
            let size_bytes = item.metadata().map(|m| m.len()).unwrap_or_default();
            backups.push(BackupInfo {
                path: item.path(),
                created_at,
                reason,
                schema_version,
                size_bytes,
            });
        }
    }
    backups.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| b.path.cmp(&a.path))
    });
    Ok(backups)
}

/// Makes the daily backup unless one exists for `now`'s day, then rotates. Also removes
/// temporary files left by a backup that crashed on an earlier day.
pub(crate) fn daily_if_due(
    conn: &Connection,
    db_path: &Path,
    now: DateTime<Utc>,
) -> Result<Option<BackupInfo>, StoreError> {
    remove_stale_temporaries(db_path, now)?;
    let existing = list(db_path)?;
    let today = now.date_naive();
    if existing
        .iter()
        .any(|b| b.reason == BackupReason::Daily && b.created_at.date_naive() == today)
    {
        return Ok(None);
    }
    let made = create(conn, db_path, BackupReason::Daily, None, now)?;
    rotate(db_path)?;
    Ok(Some(made))
}

/// Copies the open journal to a new verified backup file.
pub(crate) fn create(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
    schema_version: Option<u32>,
    now: DateTime<Utc>,
) -> Result<BackupInfo, StoreError> {
    let dir = backups_dir(db_path);
    fs::create_dir_all(&dir).io_ctx("create the backups folder", &dir)?;
    let name = backup_name(&file_stem(db_path), now, reason, schema_version);
    let path = dir.join(&name);
    if !path.exists() {
        let temporary = dir.join(format!(".{name}.tmp"));
        let written = copy_verified(conn, &temporary);
        if written.is_err() {
            // Best effort: the copy is useless, and a later day's backup removes it anyway.
            let _ = fs::remove_file(&temporary);
        }
        written?;
        fs::rename(&temporary, &path).io_ctx("save the backup", &path)?;
        db::sync_dir(&dir)?;
    }
    let size_bytes = fs::metadata(&path).map(|m| m.len()).unwrap_or_default();
    Ok(BackupInfo {
        path,
        created_at: truncate_to_second(now),
        reason,
        schema_version,
        size_bytes,
    })
}

/// Checks that `path` is a sound journal this build can open: `integrity_check`, our
/// application id and a schema version not newer than ours.
pub fn verify(path: &Path) -> Result<(), StoreError> {
    let invalid = |reason: String| StoreError::BackupInvalid {
        path: path.to_path_buf(),
        reason,
    };
    if !path.is_file() {
        return Err(invalid("the file does not exist".to_owned()));
    }
    let conn = db::open_read_only(path)
        .map_err(|error| invalid(format!("it cannot be opened ({error})")))?;
    let read = |pragma: &str| conn.pragma_query_value(None, pragma, |row| row.get::<_, u32>(0));
    let (application_id, version) = match (read("application_id"), read("user_version")) {
        (Ok(id), Ok(version)) => (id, version),
        (Err(error), _) | (_, Err(error)) => {
            return Err(invalid(format!("it is not a readable database ({error})")));
        }
    };
    if application_id != APPLICATION_ID {
        return Err(invalid("it is not a Skills Journal backup".to_owned()));
    }
    if version > SCHEMA_VERSION {
        return Err(invalid(format!(
            "it was made by a newer version of Skills Journal (schema {version}, this version understands up to {SCHEMA_VERSION})"
        )));
    }
    match db::check(&conn, "integrity_check") {
        Ok(None) => Ok(()),
        Ok(Some(problem)) => Err(invalid(problem)),
        Err(error) => Err(invalid(format!("integrity_check failed ({error})"))),
    }
}

/// Replaces the journal file at `db_path` with a verified copy of `backup`; the current file
/// (if any) is kept beside it as `<stem>.replaced-<timestamp>.sqlite`. No connection to
/// `db_path` may be open.
pub(crate) fn restore(
    db_path: &Path,
    backup: &Path,
    now: DateTime<Utc>,
) -> Result<Option<PathBuf>, StoreError> {
    verify(backup)?;
    let dir = db_path.parent().unwrap_or_else(|| Path::new(""));
    let temporary = dir.join(format!(".{}.restore.tmp", file_stem(db_path)));
    let copied = fs::copy(backup, &temporary)
        .and_then(|_| fs::File::open(&temporary)?.sync_all())
        .io_ctx("copy the backup into place", &temporary);
    if copied.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    copied?;
    let kept = if db_path.exists() {
        Some(db::keep_aside(db_path, "replaced", now)?)
    } else {
        None
    };
    fs::rename(&temporary, db_path).io_ctx("copy the backup into place", db_path)?;
    db::sync_dir(dir)?;
    // Restoring is the trainee's answer to a damaged journal.
    crate::damage::resolve(db_path)?;
    Ok(kept)
}

fn copy_verified(conn: &Connection, temporary: &Path) -> Result<(), StoreError> {
    let context = "make a backup";
    if temporary.exists() {
        fs::remove_file(temporary).io_ctx("remove an unfinished backup", temporary)?;
    }
    {
        let mut target = Connection::open(temporary).ctx(context)?;
        Backup::new(conn, &mut target)
            .and_then(|backup| backup.run_to_completion(1024, Duration::ZERO, None))
            .ctx(context)?;
        // A backup holds all the journal holds, its key for answers too.
        crate::db::keep_private(temporary);
        // The copy carries the journal's WAL flag; one self-contained file is what a backup
        // should be, and it can then be opened read-only for verification.
        let _mode: String = target
            .pragma_update_and_check(None, "journal_mode", "DELETE", |row| row.get(0))
            .ctx(context)?;
        target
            .close()
            .map_err(|(_, source)| StoreError::Database { context, source })?;
    }
    verify(temporary)?;
    fs::File::open(temporary)
        .and_then(|file| file.sync_all())
        .io_ctx("flush the backup to disk", temporary)
}

/// Deletes daily backups outside the 14-day / 8-week window, except the last backup before each
/// kept-aside journal file.
pub(crate) fn rotate(db_path: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let all = list(db_path)?;
    let mut keep = last_before_each(&all, &kept_aside_times(db_path));
    let dailies: Vec<BackupInfo> = all
        .into_iter()
        .filter(|b| b.reason == BackupReason::Daily)
        .collect();
    keep.extend(kept_by_policy(&dailies));
    let mut removed = Vec::new();
    for backup in dailies.into_iter().filter(|b| !keep.contains(&b.path)) {
        fs::remove_file(&backup.path).io_ctx("remove an old backup", &backup.path)?;
        removed.push(backup.path);
    }
    Ok(removed)
}

/// When each journal file beside `db_path` was kept aside (`<stem>.corrupt-20261102-103000.sqlite`,
/// `<stem>.replaced-….sqlite`, with an optional `-N`), read from their names.
fn kept_aside_times(db_path: &Path) -> Vec<DateTime<Utc>> {
    let dir = db_path.parent().unwrap_or_else(|| Path::new(""));
    let stem = file_stem(db_path);
    let Ok(read) = fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }) else {
        return Vec::new();
    };
    read.flatten()
        .filter_map(|item| {
            let name = item.file_name().to_string_lossy().into_owned();
            let rest = name
                .strip_prefix(&stem)?
                .strip_prefix('.')?
                .strip_suffix(".sqlite")?;
            let (_label, stamp) = rest.split_once('-')?;
            let stamp = stamp.get(..15)?;
            NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S")
                .ok()
                .map(|at| at.and_utc())
        })
        .collect()
}

/// For each moment in `moments`: the newest backup of `newest_first` made at or before it.
fn last_before_each(newest_first: &[BackupInfo], moments: &[DateTime<Utc>]) -> HashSet<PathBuf> {
    moments
        .iter()
        .filter_map(|&moment| newest_first.iter().find(|b| b.created_at <= moment))
        .map(|b| b.path.clone())
        .collect()
}

/// Which of `newest_first` to keep: the newest per day for 14 days, per ISO week for 8 weeks.
fn kept_by_policy(newest_first: &[BackupInfo]) -> HashSet<PathBuf> {
    let mut keep = HashSet::new();
    let mut days = HashSet::new();
    let mut weeks = HashSet::new();
    for backup in newest_first {
        let day = backup.created_at.date_naive();
        if days.len() < KEEP_DAILY && days.insert(day) {
            keep.insert(backup.path.clone());
        }
        let week = day.iso_week();
        if weeks.len() < KEEP_WEEKLY && weeks.insert((week.year(), week.week())) {
            keep.insert(backup.path.clone());
        }
    }
    keep
}

fn remove_stale_temporaries(db_path: &Path, now: DateTime<Utc>) -> Result<(), StoreError> {
    let dir = backups_dir(db_path);
    let Ok(read) = fs::read_dir(&dir) else {
        return Ok(());
    };
    let stem = file_stem(db_path);
    for item in read.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
            continue;
        };
        if let Some((created_at, ..)) = parse_name(&stem, inner)
            && now - created_at > TimeDelta::days(1)
        {
            fs::remove_file(item.path()).io_ctx("remove an unfinished backup", &item.path())?;
        }
    }
    Ok(())
}

/// `journal-20261102T103000Z-daily.sqlite`, `journal-…-before-migration-v1.sqlite`.
fn backup_name(
    stem: &str,
    at: DateTime<Utc>,
    reason: BackupReason,
    schema_version: Option<u32>,
) -> String {
    let reason = match (reason, schema_version) {
        (BackupReason::Daily, _) => "daily".to_owned(),
        (BackupReason::BeforeMigration, Some(version)) => format!("before-migration-v{version}"),
        (BackupReason::BeforeMigration, None) => "before-migration".to_owned(),
        (BackupReason::Manual, _) => "manual".to_owned(),
        (BackupReason::BeforeImport, _) => "before-import".to_owned(),
    };
    format!("{stem}-{}-{reason}.sqlite", at.format(STAMP))
}

fn parse_name(stem: &str, name: &str) -> Option<(DateTime<Utc>, BackupReason, Option<u32>)> {
    let rest = name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(".sqlite")?;
    let (stamp, reason) = rest.split_once('-')?;
    let created_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    match reason {
        "daily" => Some((created_at, BackupReason::Daily, None)),
        "before-migration" => Some((created_at, BackupReason::BeforeMigration, None)),
        "manual" => Some((created_at, BackupReason::Manual, None)),
        "before-import" => Some((created_at, BackupReason::BeforeImport, None)),
        other => {
            let version = other.strip_prefix("before-migration-v")?.parse().ok()?;
            Some((created_at, BackupReason::BeforeMigration, Some(version)))
        }
    }
}

fn file_stem(db_path: &Path) -> String {
    db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".to_owned())
}

fn truncate_to_second(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        for (reason, version) in [
            (BackupReason::Daily, None),
            (BackupReason::BeforeMigration, Some(3)),
            (BackupReason::Manual, None),
        ] {
            let name = backup_name("journal", at, reason, version);
            assert_eq!(
                parse_name("journal", &name),
                Some((at, reason, version)),
                "{name} should parse back"
            );
        }
        assert_eq!(
            parse_name("journal", "journal-x-daily.sqlite"),
            None,
            "a bad stamp is not a backup"
        );
        assert_eq!(
            parse_name("other", "journal-20260101T000000Z-daily.sqlite"),
            None,
            "another journal's backup"
        );
    }
}
