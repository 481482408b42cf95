//! An advisory lock between the window and the command line, so they do not replace or rewrite
//! one journal under each other's feet.
//!
//! The window holds `<stem>.lock` (beside the journal) for as long as it runs. Command-line
//! commands that replace the file or rewrite it in bulk (`restore`, `import`, `salvage`) take the
//! same lock first and are refused with [`StoreError::InUse`] while the window has it; ordinary
//! reads and single writes need no lock (SQLite keeps those safe). The lock is the operating
//! system's (`flock` on Linux, `LockFileEx` on Windows, through `std::fs::File::try_lock`), so a
//! crashed window never leaves it behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{IoContext, StoreError};

/// The journal's lock, held until dropped.
#[derive(Debug)]
pub struct JournalLock {
    _file: File,
}

impl JournalLock {
    /// Takes the lock of the journal at `db_path`, or refuses with [`StoreError::InUse`] when
    /// another process holds it.
    pub fn acquire(db_path: &Path) -> Result<Self, StoreError> {
        let path = lock_path(db_path);
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).io_ctx("create the journal folder", dir)?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .io_ctx("lock the journal", &path)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: db_path.to_path_buf(),
            }),
            Err(TryLockError::Error(error)) => Err(error).io_ctx("lock the journal", &path),
        }
    }
}

fn lock_path(db_path: &Path) -> PathBuf {
    crate::db::beside(db_path, ".lock")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(|e| StoreError::Io {
            context: "test",
            path: PathBuf::new(),
            source: e,
        })?;
        let journal = dir.path().join("journal.sqlite");
        let first = JournalLock::acquire(&journal)?;
        assert!(
            matches!(
                JournalLock::acquire(&journal),
                Err(StoreError::InUse { .. })
            ),
            "the lock is exclusive"
        );
        drop(first);
        JournalLock::acquire(&journal).map(drop)
    }
}
