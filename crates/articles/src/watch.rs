//! Watching the trainee's article folders, so an article saved in an editor shows up in the app
//! without a restart.
//!
//! Editors save in bursts (temporary file, rename, metadata), so changes are debounced: the
//! callback runs once, [`DEBOUNCE`] after the last relevant change. Only changes to `.md` files
//! (and to folders, which may hold them) matter; hidden files such as editor swap files do not.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::error::WatchError;

/// Quiet time after the last change before the callback runs.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Keeps the folders watched; dropping it stops watching (and ends the debounce thread).
pub struct FolderWatch {
    dirs: Vec<PathBuf>,
    _watcher: RecommendedWatcher,
}

impl FolderWatch {
    /// The folders actually watched (those that existed when watching started).
    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }
}

impl fmt::Debug for FolderWatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FolderWatch")
            .field("dirs", &self.dirs)
            .finish_non_exhaustive()
    }
}

/// Watches `dirs` recursively and calls `on_change` (on a background thread) once per burst of
/// changes to Markdown files. Folders that do not exist are skipped.
pub fn watch_folders(
    dirs: &[PathBuf],
    on_change: impl Fn() + Send + 'static,
) -> Result<FolderWatch, WatchError> {
    let (sender, receiver) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if result.is_ok_and(|event| is_relevant(&event)) {
            // The debounce thread only ends when this sender is dropped, so a failed send
            // cannot lose a change anyone still listens for.
            let _ = sender.send(());
        }
    })
    .map_err(WatchError::Start)?;

    let mut watched = Vec::with_capacity(dirs.len());
    for dir in dirs.iter().filter(|dir| dir.is_dir()) {
        watcher
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|source| WatchError::Watch {
                dir: dir.clone(),
                source,
            })?;
        watched.push(dir.clone());
    }

    std::thread::Builder::new()
        .name("article-watch".to_owned())
        .spawn(move || debounce(&receiver, &on_change))
        .map_err(WatchError::Thread)?;
    Ok(FolderWatch {
        dirs: watched,
        _watcher: watcher,
    })
}

/// Runs `on_change` once after each burst of signals, when none arrived for [`DEBOUNCE`].
fn debounce(receiver: &mpsc::Receiver<()>, on_change: &impl Fn()) {
    while receiver.recv().is_ok() {
        loop {
            match receiver.recv_timeout(DEBOUNCE) {
                Ok(()) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        on_change();
    }
}

/// Whether a file system event can change the library.
fn is_relevant(event: &notify::Event) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    let structural = matches!(
        event.kind,
        EventKind::Create(_)
            | EventKind::Remove(_)
            | EventKind::Modify(notify::event::ModifyKind::Name(_))
    );
    event.paths.iter().any(|path| {
        let hidden = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('.'));
        !hidden && (is_markdown(path) || (structural && path.extension().is_none()))
    })
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, ModifyKind};

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn only_markdown_and_folder_changes_matter() {
        let modify = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        assert!(
            is_relevant(&event(modify, "/a/stuk.md")),
            "an edited article matters"
        );
        assert!(
            is_relevant(&event(EventKind::Create(CreateKind::Folder), "/a/map")),
            "a new folder may hold articles"
        );
        assert!(
            !is_relevant(&event(modify, "/a/notes.txt")),
            "other files do not matter"
        );
        assert!(
            !is_relevant(&event(modify, "/a/.stuk.md.swp")),
            "editor swap files do not matter"
        );
        assert!(
            !is_relevant(&event(modify, "/a/.#stuk.md")),
            "hidden files do not matter"
        );
        assert!(
            !is_relevant(&event(
                EventKind::Access(notify::event::AccessKind::Any),
                "/a/stuk.md"
            )),
            "reading does not matter"
        );
    }
}
