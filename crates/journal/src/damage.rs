//! Remembering that a journal was damaged, until the trainee chooses what to do.
//!
//! When a damaged journal is moved aside, a small marker (`<stem>.damaged.json` beside the
//! journal) records where it went and why. As long as the marker is there and no journal file
//! is, opening does not quietly start an empty journal: it reports the damage again
//! ([`StoreError::Corrupt`]), with the latest backup to offer. The marker goes when the trainee
//! chooses: restoring a backup, salvaging the damaged file, or starting empty on purpose.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::backup;
use crate::db;
use crate::error::{IoContext, StoreError};

/// What the marker records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DamageRecord {
    pub(crate) kept_as: PathBuf,
    pub(crate) reason: String,
}

/// `<dir>/<stem>.damaged.json` for the journal at `db_path`.
fn marker_path(db_path: &Path) -> PathBuf {
    db::beside(db_path, ".damaged.json")
}

/// Writes the marker atomically (temporary file, fsync, rename, folder fsync).
pub(crate) fn remember(db_path: &Path, record: &DamageRecord) -> Result<(), StoreError> {
    let path = marker_path(db_path);
    let temporary = path.with_extension("json.tmp");
    let text = serde_json::to_string_pretty(record).map_err(|source| StoreError::StoredData {
        context: "remember the damaged journal",
        source,
    })?;
    fs::write(&temporary, text)
        .and_then(|()| fs::File::open(&temporary)?.sync_all())
        .and_then(|()| fs::rename(&temporary, &path))
        .io_ctx("remember the damaged journal", &path)?;
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        db::sync_dir(dir)?;
    }
    Ok(())
}

/// The damage still waiting for the trainee's choice, if any. A marker that cannot be read
/// still counts (its reason then says so): losing the marker must not mean losing the warning.
pub(crate) fn pending(db_path: &Path) -> Option<DamageRecord> {
    let path = marker_path(db_path);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
        Err(error) => {
            return Some(DamageRecord {
                kept_as: path,
                reason: format!("the note about the damage cannot be read ({error})"),
            });
        }
    };
    Some(serde_json::from_str(&text).unwrap_or(DamageRecord {
        kept_as: path,
        reason: "the note about the damage is unreadable".to_owned(),
    }))
}

/// The trainee chose: the damage no longer blocks opening.
pub(crate) fn resolve(db_path: &Path) -> Result<(), StoreError> {
    let path = marker_path(db_path);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error).io_ctx("clear the note about the damaged journal", &path),
    }
}

/// The error that reports pending damage again, with the latest backup to offer.
pub(crate) fn reported(db_path: &Path, record: DamageRecord) -> StoreError {
    StoreError::Corrupt {
        path: db_path.to_path_buf(),
        kept_as: record.kept_as,
        reason: record.reason,
        latest_backup: backup::list(db_path)
            .ok()
            .and_then(|backups| backups.into_iter().next())
            .map(|b| b.path),
    }
}
