//! Where things live on disk: the user's data folder, their own articles, and the bundled
//! articles. One module decides, so the window and the command line always agree.

use std::path::{Path, PathBuf};

/// The app identifier from `tauri.conf.json`; Tauri's `app_data_dir` uses the same folder name.
pub const APP_IDENTIFIER: &str = "nl.skillsjournal.app";

/// The folder under the data folder where the trainee's own articles go.
pub const USER_ARTICLES_FOLDER: &str = "articles";

/// The skill catalogue's file name inside the bundled article folder.
pub const CATALOGUE_FILE: &str = "skills.toml";

/// The data folder: `--data-dir` when given, else the OS data folder
/// (`$XDG_DATA_HOME/nl.skillsjournal.app` on Linux).
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf, PathsError> {
    match explicit {
        Some(dir) => Ok(dir.to_path_buf()),
        None => dirs::data_dir()
            .map(|base| base.join(APP_IDENTIFIER))
            .ok_or(PathsError::NoDataDir),
    }
}

/// The trainee's own article folder inside the data folder.
pub fn user_articles_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(USER_ARTICLES_FOLDER)
}

/// The folder holding the bundled articles and the skill catalogue.
///
/// Looked for, in order: in debug builds the source tree the binary was built from (so an edited
/// article shows without a rebuild), next to the executable (where `tauri-build` copies
/// resources), and the Debian package's resource folder.
pub fn bundled_articles_dir() -> Result<PathBuf, PathsError> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::current_exe().ok();
    let mut candidates = Vec::new();
    // A development build run from its own source tree reads the articles being edited; the
    // same debug binary unpacked from a .deb reads what was installed beside it.
    if cfg!(debug_assertions)
        && exe
            .as_deref()
            .is_some_and(|exe| exe.starts_with(manifest_dir))
    {
        candidates.push(manifest_dir.join("articles"));
    }
    if let Some(exe_dir) = exe.as_deref().and_then(Path::parent) {
        candidates.push(exe_dir.join("articles"));
        candidates.push(exe_dir.join("../lib/Skills Journal/articles"));
    }
    candidates.push(PathBuf::from("/usr/lib/Skills Journal/articles"));
    candidates
        .iter()
        .find(|dir| dir.join(CATALOGUE_FILE).is_file())
        .cloned()
        .ok_or(PathsError::NoBundledArticles { tried: candidates })
}

/// Why a folder could not be found.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    #[error("the OS reports no data folder for this user; pass --data-dir DIR")]
    NoDataDir,
    #[error(
        "the bundled articles were not found (looked for {CATALOGUE_FILE} in: {}); reinstall the app",
        tried.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    NoBundledArticles { tried: Vec<PathBuf> },
}
