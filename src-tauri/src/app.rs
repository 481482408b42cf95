//! Starts the window, then loads the library behind it (the UI shows its loading state until
//! the library is there), watches the trainee's folders and guards navigation.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use skills_articles::{ArticleLibrary, ArticleSource, SkillRecogniser, watch};
use skills_catalogue::CatalogueError;
use tauri::{Emitter, Manager, Url, WebviewUrl, WebviewWindowBuilder};

use crate::error::CommandError;
use crate::journal::JournalSlot;
use crate::state::AppState;
use crate::{
    article_link_commands, commands, journal_commands, paths, recovery_commands, report_commands,
    settings,
};

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
            commands::library_snapshot,
            commands::search_articles,
            commands::open_article,
            article_link_commands::article_links,
            article_link_commands::link_article_item,
            article_link_commands::unlink_article_item,
            commands::app_settings,
            commands::set_locale,
            commands::open_external,
            journal_commands::journal_status,
            journal_commands::find_entries,
            journal_commands::get_entry,
            journal_commands::create_entry,
            journal_commands::update_entry,
            journal_commands::set_action_done,
            journal_commands::entry_history,
            journal_commands::restore_entry_version,
            journal_commands::delete_entry,
            journal_commands::restore_from_trash,
            journal_commands::trash_entries,
            journal_commands::empty_trash,
            journal_commands::save_draft,
            journal_commands::get_draft,
            journal_commands::list_drafts,
            journal_commands::discard_draft,
            journal_commands::days_with_entries,
            journal_commands::journal_tags,
            journal_commands::skill_stats,
            journal_commands::assessment_context,
            journal_commands::custom_skills,
            journal_commands::add_custom_skill,
            journal_commands::rename_custom_skill,
            journal_commands::set_custom_skill_archived,
            journal_commands::delete_custom_skill,
            journal_commands::list_backups,
            journal_commands::backup_now,
            journal_commands::restore_backup,
            recovery_commands::salvage_journal,
            recovery_commands::start_empty_journal,
            report_commands::progress_report,
            report_commands::export_report,
            report_commands::import_journal,
            report_commands::reveal_last_export,
        ])
        .setup(move |app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Skills Journal")
                .inner_size(1200.0, 820.0)
                .min_inner_size(720.0, 520.0)
                .on_navigation(is_app_url)
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
        CommandError::new("invalid_url", format!("not a valid link ({error}): {raw}"))
    })?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        "mailto" => Ok(plain_mailto(url)),
        other => Err(CommandError::new(
            "invalid_url",
            format!(
                "links with the scheme `{other}:` are not opened; only http, https and mailto are"
            ),
        )),
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
                Some("invalid_url".to_owned()),
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
