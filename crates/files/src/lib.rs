//! Writing a file so that a crash or a full disk never leaves half a file under the final name:
//! a temporary file in the same folder, written, flushed to disk, renamed over the destination,
//! and the folder flushed so the rename itself survives a power cut. The one writer of the app's
//! whole files: reports and exports (a document for others), the settings (the trainee's own).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that could not be written; nothing is left behind.
#[derive(Debug, thiserror::Error)]
#[error("could not write {}: {source}", path.display())]
pub struct WriteError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// What the operating system said.
    #[source]
    pub source: std::io::Error,
}

/// Who may read the written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// An ordinary document (a report, an export): the permissions of the file it replaces, or
    /// those any new file gets (on Unix `0o666` as limited by the umask).
    Document,
    /// Only the person's own account (on Unix `0o600`), whatever the file had before.
    Owner,
}

/// The permissions a document should end up with: the replaced file's, else on Unix `0o666` as
/// limited by the user's umask (as for any file a program creates).
fn document_permissions(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(existing) = std::fs::metadata(path)
        && existing.is_file()
    {
        return Some(existing.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o666))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Writes `bytes` to `path` atomically for `audience`: either the whole new file is there or the
/// old state (no file, or the previous file) is.
pub fn write_atomically(path: &Path, bytes: &[u8], audience: Audience) -> Result<(), WriteError> {
    let error = |source| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // The temporary file is deleted when dropped, so every early return below cleans up.
    let mut builder = tempfile::Builder::new();
    builder.prefix(".writing-").suffix(".tmp");
    // tempfile creates the file owner-only (0600), which survives the rename: right for the
    // owner's files, while a document takes ordinary permissions.
    if audience == Audience::Document
        && let Some(permissions) = document_permissions(path)
    {
        builder.permissions(permissions);
    }
    let mut temp = builder.tempfile_in(dir).map_err(error)?;
    temp.write_all(bytes).map_err(error)?;
    temp.as_file().sync_all().map_err(error)?;
    temp.persist(path).map_err(|e| error(e.error))?;
    // Flushing the folder makes the rename durable; not every platform can open a folder.
    if let Ok(folder) = File::open(dir) {
        folder.sync_all().map_err(error)?;
    }
    Ok(())
}
