//! Starts the window, then loads the library behind it (the UI shows its loading state until
//! the library is there), watches the trainee's folders and guards navigation.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use skills_articles::{ArticleLibrary, ArticleSource, SkillRecogniser, watch};
use skills_catalogue::CatalogueError;
use tauri::{Emitter, Manager, Url, WebviewUrl, WebviewWindowBuilder};

use crate::error::{CommandError, ErrorCode};
use crate::journal::JournalSlot;
use crate::state::AppState;
use crate::{commands, paths, settings};

/// Event sent to the UI when an article folder changed on disk.
pub const LIBRARY_CHANGED: &str = "library-changed";

/// Where the window's articles come from.
#[derive(Debug)]
pub struct LibraryFolders {
    pub data_dir: PathBuf,
    pub bundled: PathBuf,
    pub user: PathBuf,
    pub extra: Option<PathBuf>,
}

/// Loads the catalogue and every article source into a library.
pub fn load_library(folders: &LibraryFolders) -> Result<ArticleLibrary, CatalogueError> {
    let catalogue = load_catalogue(folders)?;
    Ok(load_sources(catalogue, folders))
}

/// Reads the bundled skill catalogue and builds what recognises its skills in articles.
pub fn load_catalogue(folders: &LibraryFolders) -> Result<Arc<SkillRecogniser>, CatalogueError> {
    SkillRecogniser::load(&folders.bundled.join(paths::CATALOGUE_FILE)).map(Arc::new)
}

/// Loads every article source into a library with this catalogue.
fn load_sources(catalogue: Arc<SkillRecogniser>, folders: &LibraryFolders) -> ArticleLibrary {
    let mut library = ArticleLibrary::new(catalogue);
    library.set_source(ArticleSource::Bundled, Some(folders.bundled.clone()));
    library.set_source(ArticleSource::User, Some(folders.user.clone()));
    library.set_source(ArticleSource::Extra, folders.extra.clone());
    library
}

/// Runs the window until it is closed.
pub fn run(folders: LibraryFolders) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(&folders.user).map_err(|error| {
        format!(
            "could not create the article folder {}: {error}",
            folders.user.display()
        )
    })?;
    // The catalogue is small and the journal needs it; the articles load after the window opens.
    let catalogue = load_catalogue(&folders)?;
    let stored = settings::load(&folders.data_dir);
    // The lock first: a restore from the command line that is running now finishes before the
    // window opens the journal. Without it the window still works (the command line then is
    // not kept out).
    let journal_lock = crate::journal::lock(&folders.data_dir).ok();
    let journal = JournalSlot::open(&folders.data_dir, catalogue.catalogue());
    let (library_loaded, _) = tokio::sync::watch::channel(false);

    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState {
            library: RwLock::new(ArticleLibrary::new(Arc::clone(&catalogue))),
            library_loaded,
            journal: Mutex::new(journal),
            data_dir: folders.data_dir.clone(),
            settings: Mutex::new(stored),
            last_export_file: Mutex::new(None),
            journal_lock,
            watch: Mutex::new(None),
        })
        .invoke_handler(tauri::generate_handler![
            commands::articles::library_snapshot,
            commands::articles::search_articles,
            commands::articles::open_article,
            commands::article_links::article_links,
            commands::article_links::link_article_item,
            commands::article_links::unlink_article_item,
            commands::articles::app_settings,
            commands::articles::set_locale,
            commands::articles::open_external,
            commands::journal::journal_status,
            commands::journal::find_entries,
            commands::journal::get_entry,
            commands::journal::create_entry,
            commands::journal::update_entry,
            commands::journal::set_action_done,
            commands::journal::entry_history,
            commands::journal::restore_entry_version,
            commands::journal::delete_entry,
            commands::journal::restore_from_trash,
            commands::journal::trash_entries,
            commands::journal::empty_trash,
            commands::journal::save_draft,
            commands::journal::get_draft,
            commands::journal::list_drafts,
            commands::journal::discard_draft,
            commands::journal::days_with_entries,
            commands::journal::journal_tags,
            commands::journal::skill_stats,
            commands::journal::assessment_context,
            commands::journal::custom_skills,
            commands::journal::add_custom_skill,
            commands::journal::rename_custom_skill,
            commands::journal::set_custom_skill_archived,
            commands::journal::delete_custom_skill,
            commands::journal::list_backups,
            commands::journal::backup_now,
            commands::journal::restore_backup,
            commands::recovery::salvage_journal,
            commands::recovery::start_empty_journal,
            commands::reports::progress_report,
            commands::reports::export_report,
            commands::reports::import_journal,
            commands::reports::reveal_last_export,
            commands::requests::feedback_requests,
            commands::requests::ask_for_feedback,
            commands::requests::withdraw_feedback_request,
            commands::requests::import_answer,
        ])
        .setup(move |app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Skills Journal")
                .inner_size(1200.0, 820.0)
                .min_inner_size(720.0, 520.0)
                .on_navigation(is_app_url)
                // An answer's file dropped on the window is read by the page (an HTML drop
                // event), so no path crosses to Rust; Tauri's own handler would swallow it.
                .disable_drag_drop_handler()
                .build()?;
            start_loading(app.handle(), catalogue, folders);
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))?;
    Ok(())
}

/// Loads the articles on a thread of their own, so the window is there at once; then puts the
/// library in place, tells the UI and starts watching the trainee's folders.
fn start_loading(app: &tauri::AppHandle, catalogue: Arc<SkillRecogniser>, folders: LibraryFolders) {
    let handle = app.clone();
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let library = load_sources(catalogue, &folders);
        let broken = library.summaries().iter().filter(|a| a.is_broken()).count();
        tracing::info!(
            "{} articles loaded ({broken} broken) in {} ms",
            library.summaries().len(),
            started.elapsed().as_millis()
        );
        let state = handle.state::<AppState>();
        if let Ok(mut slot) = state.library.write() {
            *slot = library;
        }
        state.library_loaded.send_replace(true);
        // The UI refetches on this event; a failed emit only means no window is listening.
        let _ = handle.emit(LIBRARY_CHANGED, ());
        let watched: Vec<PathBuf> = std::iter::once(folders.user.clone())
            .chain(folders.extra.clone())
            .collect();
        start_watching(&handle, &watched);
    });
}

/// Reloads the trainee's folders whenever a Markdown file in them changes and tells the UI.
fn start_watching(app: &tauri::AppHandle, dirs: &[PathBuf]) {
    let handle = app.clone();
    let on_change = move || {
        let state = handle.state::<AppState>();
        if let Ok(mut library) = state.library.write() {
            library.reload(ArticleSource::User);
            library.reload(ArticleSource::Extra);
        }
        // The UI refetches on this event; a failed emit only means no window is listening.
        let _ = handle.emit(LIBRARY_CHANGED, ());
    };
    match watch::watch_folders(dirs, on_change) {
        Ok(folder_watch) => {
            if let Ok(mut slot) = app.state::<AppState>().watch.lock() {
                *slot = Some(folder_watch);
            }
        }
        Err(error) => tracing::warn!("article folders are not watched for changes: {error}"),
    }
}

/// Only the app's own pages may load in the window; everything else is refused.
fn is_app_url(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => {
            url.host_str() == Some("tauri.localhost")
                || (cfg!(debug_assertions)
                    && url.host_str() == Some("localhost")
                    && url.port() == Some(5173))
        }
        "about" => url.as_str() == "about:blank",
        _ => false,
    }
}

/// Checks a URL the UI asks to open outside the app: http, https and mailto only. A mailto
/// link keeps its address and at most `subject` and `body`: an article cannot make the mail
/// client attach a file (`?attach=`), add hidden recipients or set other headers.
pub fn external_url(raw: &str) -> Result<Url, CommandError> {
    let url = Url::parse(raw.trim()).map_err(|error| {
        CommandError::new(
            ErrorCode::InvalidUrl,
            format!("not a valid link ({error}): {raw}"),
        )
        .with("url", raw)
    })?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        "mailto" => Ok(plain_mailto(url)),
        other => Err(CommandError::new(
            ErrorCode::InvalidUrl,
            format!(
                "links with the scheme `{other}:` are not opened; only http, https and mailto are"
            ),
        )
        .with("url", raw)),
    }
}

/// `url` without its fragment and with only the `subject` and `body` fields of its query.
fn plain_mailto(mut url: Url) -> Url {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key.eq_ignore_ascii_case("subject") || key.eq_ignore_ascii_case("body"))
        .map(|(key, value)| (key.to_ascii_lowercase(), value.into_owned()))
        .collect();
    url.set_fragment(None);
    url.set_query(None);
    if !kept.is_empty() {
        url.query_pairs_mut().extend_pairs(kept);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_leave_the_app() {
        assert!(
            external_url("https://www.scrum.org/").is_ok(),
            "https opens in the browser"
        );
        assert!(
            external_url("mailto:coach@example.org").is_ok(),
            "mailto opens the mail client"
        );
        for refused in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "tauri://localhost/",
            "nonsense",
        ] {
            let error = external_url(refused).err();
            assert_eq!(
                error.map(|e| e.code),
                Some(ErrorCode::InvalidUrl),
                "{refused} must be refused"
            );
        }
    }

    #[test]
    fn mailto_links_keep_only_the_address_subject_and_body() -> Result<(), CommandError> {
        let url = external_url(
            "mailto:coach@example.org?subject=Vraag&attach=/home/me/.ssh/id_rsa&bcc=x@evil.example&body=Hoi%20daar#frag",
        )?;
        assert_eq!(
            url.as_str(),
            "mailto:coach@example.org?subject=Vraag&body=Hoi+daar",
            "attach, bcc and the fragment are dropped"
        );
        let plain = external_url("mailto:coach@example.org?ATTACH=x")?;
        assert_eq!(
            plain.as_str(),
            "mailto:coach@example.org",
            "any case of attach goes"
        );
        Ok(())
    }

    #[test]
    fn the_window_only_navigates_within_the_app() -> Result<(), Box<dyn std::error::Error>> {
        assert!(is_app_url(&Url::parse("tauri://localhost/index.html")?));
        assert!(
            !is_app_url(&Url::parse("https://example.org/")?),
            "web pages never load in the app window"
        );
        assert!(!is_app_url(&Url::parse("file:///etc/passwd")?));
        assert!(!is_app_url(&Url::parse("tauri://evil.example/")?));
        Ok(())
    }
}
