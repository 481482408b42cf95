//! Opening the journal file: the one place that sets connection pragmas and decides whether a
//! file may be opened at all.
//!
//! Steps, in order, so that a file we must not change is never changed:
//! 1. read the 100-byte SQLite header with plain file I/O: a file that is not SQLite is
//!    corrupt; another program's database (`application_id`) or a newer schema
//!    (`user_version`) is refused before SQLite even opens it (opening in WAL mode would
//!    rewrite the header);
//! 2. open, and check the same two values through SQL (a header still in the WAL file) and
//!    that a version-0 file has no tables (another program's database) — reads only;
//! 3. set the pragmas (foreign keys, WAL, `synchronous=FULL`, busy timeout);
//! 4. `quick_check`. A damaged file is closed and moved aside, never deleted or overwritten.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::backup;
use crate::damage;
use crate::error::{DbContext, IoContext, StoreError};
use crate::migrations::SCHEMA_VERSION;

/// Written into the header by the first migration: "SJRN", so other programs' databases are
/// recognised and left alone.
pub(crate) const APPLICATION_ID: u32 = 0x534A_524E;

/// How long a write waits for another connection (say, the command line) before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Sets the per-connection pragmas. Every connection the store opens goes through here.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // The schema holds no functions from outside; refuse to run any from a crafted file.
    conn.pragma_update(None, "trusted_schema", false)?;
    // WAL: readers never block the writer. In-memory databases answer "memory"; that is fine.
    let _mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "wal", |row| row.get(0))?;
    // FULL: a confirmed entry survives a power cut; entries are few, the fsync goes unnoticed.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// What a file's SQLite header says.
struct Header {
    application_id: u32,
    user_version: u32,
}

/// Opens (or creates) the journal file at `path`, configured and checked. Returns the
/// connection and whether the file was created now. Does not migrate.
pub(crate) fn open_file(path: &Path, now: DateTime<Utc>) -> Result<(Connection, bool), StoreError> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        fs::create_dir_all(dir).io_ctx("create the journal folder", dir)?;
    }
    let header = match read_header(path)? {
        // A journal that was damaged and not yet restored, salvaged or started anew on purpose:
        // say so again instead of quietly starting an empty one.
        HeaderRead::Missing if let Some(record) = damage::pending(path) => {
            return Err(damage::reported(path, record));
        }
        HeaderRead::Missing => None,
        HeaderRead::NotSqlite(reason) => return Err(move_aside(path, &reason, now)),
        HeaderRead::Header(header) => Some(header),
    };
    if let Some(header) = &header {
        check_header(path, header)?;
    }
    let created = header.is_none();
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )
    .ctx("open the journal")?;
    keep_private(path);
    // Identity first (only reads), then the pragmas (WAL rewrites the header), then the check.
    let checked = check_identity(path, &conn)
        .and_then(|()| configure(&conn).ctx("open the journal"))
        .and_then(|()| check(&conn, "quick_check").ctx("check the journal"));
    match checked {
        Ok(None) => Ok((conn, created)),
        Ok(Some(problem)) => {
            drop(conn);
            Err(move_aside(path, &problem, now))
        }
        Err(StoreError::Database { source, .. }) if is_corruption(&source) => {
            drop(conn);
            Err(move_aside(path, &source.to_string(), now))
        }
        Err(error) => Err(error),
    }
}

/// Creates a new journal file at `path` whatever damage is pending (salvage creates the journal
/// it brings entries into); refuses when a file is already there.
pub(crate) fn create_file(path: &Path) -> Result<(Connection, bool), StoreError> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        fs::create_dir_all(dir).io_ctx("create the journal folder", dir)?;
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )
    .ctx("create the journal")?;
    keep_private(path);
    configure(&conn).ctx("create the journal")?;
    Ok((conn, true))
}

/// Makes a journal file (or a backup) readable by the trainee's account only, with the
/// `-wal` and `-shm` files SQLite keeps beside it (it gives new ones the file's own
/// permissions): it holds their candid entries and the key that opens answers to their
/// requests. Best effort: a file system without Unix permissions still gets a journal.
pub(crate) fn keep_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for suffix in ["", "-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            let file = std::path::PathBuf::from(name);
            if file.exists() {
                let _ = fs::set_permissions(&file, fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Removes a journal file and its `-wal`/`-shm` companions (best effort: used to undo a
/// journal created for a salvage that failed).
pub(crate) fn remove_with_companions(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(companion(path, suffix));
    }
}

/// An in-memory journal, configured like a file (tests and previews).
pub(crate) fn open_in_memory() -> Result<Connection, StoreError> {
    let conn = Connection::open_in_memory().ctx("open an in-memory journal")?;
    configure(&conn).ctx("open an in-memory journal")?;
    Ok(conn)
}

/// Opens a file read-only with no pragmas (backups being verified; never written).
pub(crate) fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    Ok(conn)
}

/// Runs `quick_check` or `integrity_check`; `None` when the file is sound, else the first
/// problems SQLite lists.
pub(crate) fn check(conn: &Connection, pragma: &str) -> rusqlite::Result<Option<String>> {
    let mut statement = conn.prepare(&format!("PRAGMA {pragma}"))?;
    let lines: Vec<String> = statement
        .query_map([], |row| row.get(0))?
        .take(5)
        .collect::<Result<_, _>>()?;
    Ok(match lines.as_slice() {
        [ok] if ok == "ok" => None,
        _ => Some(format!("{pragma} found: {}", lines.join("; "))),
    })
}

/// Whether an SQLite error means the file is damaged (as opposed to busy, full or unreadable).
pub(crate) fn is_corruption(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

enum HeaderRead {
    Missing,
    NotSqlite(String),
    Header(Header),
}

/// Reads the header with plain file I/O. An empty file counts as missing (SQLite treats it as
/// a new database).
fn read_header(path: &Path) -> Result<HeaderRead, StoreError> {
    let mut file = match fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(HeaderRead::Missing);
        }
        Err(error) => return Err(error).io_ctx("open the journal", path),
    };
    let mut bytes = Vec::with_capacity(100);
    file.by_ref()
        .take(100)
        .read_to_end(&mut bytes)
        .io_ctx("read the journal", path)?;
    if bytes.is_empty() {
        return Ok(HeaderRead::Missing);
    }
    if bytes.len() < 100 || !bytes.starts_with(b"SQLite format 3\0") {
        return Ok(HeaderRead::NotSqlite(
            "it is not an SQLite database file".to_owned(),
        ));
    }
    let field = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_be_bytes)
    };
    Ok(HeaderRead::Header(Header {
        user_version: field(60).unwrap_or_default(),
        application_id: field(68).unwrap_or_default(),
    }))
}

fn check_header(path: &Path, header: &Header) -> Result<(), StoreError> {
    if header.application_id != 0 && header.application_id != APPLICATION_ID {
        return Err(StoreError::NotAJournal {
            path: path.to_path_buf(),
            reason: format!(
                "it belongs to another program (application id {:#x})",
                header.application_id
            ),
        });
    }
    if header.user_version > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: header.user_version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// The header values again through SQL (they may still be in the WAL file), and a file of
/// version 0 must be empty: a version-0 file with tables is some other program's database.
fn check_identity(path: &Path, conn: &Connection) -> Result<(), StoreError> {
    let context = "check the journal";
    let header = Header {
        user_version: conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .ctx(context)?,
        application_id: conn
            .pragma_query_value(None, "application_id", |row| row.get(0))
            .ctx(context)?,
    };
    check_header(path, &header)?;
    if header.user_version == 0 {
        let objects: u32 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .ctx(context)?;
        if objects > 0 {
            return Err(StoreError::NotAJournal {
                path: path.to_path_buf(),
                reason: "it is an SQLite database with tables the journal does not know".to_owned(),
            });
        }
    }
    Ok(())
}

/// Moves a damaged journal (and its `-wal`/`-shm` companions) to
/// `<stem>.corrupt-<timestamp>.sqlite` beside it, never over an existing file, and builds the
/// error that says where it went and which backup to offer.
fn move_aside(path: &Path, reason: &str, now: DateTime<Utc>) -> StoreError {
    let kept_as = match keep_aside(path, "corrupt", now) {
        Ok(kept_as) => kept_as,
        Err(error) => return error,
    };
    let record = damage::DamageRecord {
        kept_as: kept_as.clone(),
        reason: reason.to_owned(),
    };
    // Best effort: the damage is reported now either way; without the note only a later start
    // could not repeat it (the kept-aside file and the backups are still there).
    let _ = damage::remember(path, &record);
    let latest_backup = backup::list(path)
        .ok()
        .and_then(|backups| backups.into_iter().next())
        .map(|b| b.path);
    StoreError::Corrupt {
        path: path.to_path_buf(),
        kept_as,
        reason: reason.to_owned(),
        latest_backup,
    }
}

/// Renames `path` (and companions) to a free `<stem>.<label>-<timestamp>[-n].sqlite`.
pub(crate) fn keep_aside(
    path: &Path,
    label: &str,
    now: DateTime<Utc>,
) -> Result<PathBuf, StoreError> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".to_owned());
    let stamp = now.format("%Y%m%d-%H%M%S");
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let free = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{stem}.{label}-{stamp}.sqlite")),
            n => dir.join(format!("{stem}.{label}-{stamp}-{n}.sqlite")),
        })
        .find(|candidate| !candidate.exists() && !companion(candidate, "-wal").exists())
        .unwrap_or_else(|| dir.join(format!("{stem}.{label}-{stamp}.sqlite")));
    fs::rename(path, &free).io_ctx("move the damaged journal aside", path)?;
    for suffix in ["-wal", "-shm"] {
        let from = companion(path, suffix);
        if from.exists() {
            fs::rename(&from, companion(&free, suffix))
                .io_ctx("move the damaged journal aside", &from)?;
        }
    }
    Ok(free)
}

/// `journal.sqlite` → `journal.sqlite-wal`.
/// `<stem><suffix>` in the journal's folder: `beside(journal.sqlite, ".lock")` is `journal.lock`.
pub(crate) fn beside(db_path: &Path, suffix: &str) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".to_owned());
    db_path.with_file_name(format!("{stem}{suffix}"))
}

pub(crate) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Flushes a folder's entries (a rename) to disk. On Windows folders cannot be opened this
/// way and NTFS journals renames itself, so it is skipped there.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .io_ctx("flush the folder to disk", dir)?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_connection_gets_the_pragmas() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let (conn, created) = open_file(&dir.path().join("journal.sqlite"), Utc::now())?;
        assert!(created, "a missing file is created");
        let value = |pragma: &str| {
            conn.pragma_query_value(None, pragma, |row| row.get::<_, rusqlite::types::Value>(0))
        };
        use rusqlite::types::Value::{Integer, Text};
        assert_eq!(
            value("foreign_keys")?,
            Integer(1),
            "foreign keys are enforced"
        );
        assert_eq!(value("journal_mode")?, Text("wal".into()), "WAL");
        assert_eq!(value("synchronous")?, Integer(2), "synchronous=FULL");
        assert_eq!(value("busy_timeout")?, Integer(5000), "a busy timeout");
        assert_eq!(
            value("trusted_schema")?,
            Integer(0),
            "no functions from the schema"
        );
        Ok(())
    }
}
