//! The library: two sources, ids, ordering, search ranking, filters, reloading and broken files.

use std::path::Path;
use std::sync::Arc;

use skills_articles::{ArticleLibrary, ArticleSource, LibraryError, SearchQuery};

use super::common::catalogue;

fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

/// A bundled and a user folder with a handful of articles.
struct Folders {
    _root: tempfile::TempDir,
    bundled: std::path::PathBuf,
    user: std::path::PathBuf,
    outside: std::path::PathBuf,
}

fn folders() -> Folders {
    let root = tempfile::tempdir().unwrap();
    let bundled = root.path().join("bundled");
    let user = root.path().join("user");
    let outside = root.path().join("outside");
    write(
        &bundled,
        "a-oud.md",
        "---\ntitle: Oud artikel\ndate: 2023-01-01\ntags: [Scrum]\nsummary: Iets over luisteren in de stand-up.\n---\nTekst.\n",
    );
    write(
        &bundled,
        "map/nieuw.md",
        "---\ntitle: Nieuw over luisteren\ndate: 2024-05-01\ntags: [feedback]\n---\n- Luisteren en doorvragen\n",
    );
    write(
        &bundled,
        "zonder-datum.md",
        "# Zonder datum B\n\nHier gaat het in de tekst over luisteren én scrum.\n",
    );
    write(
        &bundled,
        "ander-zonder.md",
        "# A zonder datum\n\nNiets bijzonders.\n",
    );
    write(
        &bundled,
        "kapot.md",
        "---\ntitle: Nooit gesloten\n\nTekst.\n",
    );
    write(&bundled, ".verborgen.md", "# Verborgen\n");
    write(&bundled, ".git/intern.md", "# Intern\n");
    write(&bundled, "notities.txt", "geen artikel");
    std::fs::copy(
        super::common::fixture("skills.toml"),
        bundled.join("skills.toml"),
    )
    .unwrap();
    write(
        &user,
        "eigen.md",
        "---\ntitle: Mijn eigen stuk\ndate: 2024-06-01\ntags: [SCRUM]\n---\nMijn tekst.\n",
    );
    write(&outside, "geheim.md", "# Buiten de map\n");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.join("geheim.md"), user.join("geheim.md")).unwrap();
        std::os::unix::fs::symlink(&outside, user.join("buiten")).unwrap();
    }
    Folders {
        _root: root,
        bundled,
        user,
        outside,
    }
}

fn library(folders: &Folders) -> ArticleLibrary {
    let mut library = ArticleLibrary::new(Arc::new(catalogue()));
    library.set_source(ArticleSource::Bundled, Some(folders.bundled.clone()));
    library.set_source(ArticleSource::User, Some(folders.user.clone()));
    library
}

fn ids(library: &ArticleLibrary) -> Vec<String> {
    library.summaries().into_iter().map(|s| s.id).collect()
}

fn search(
    library: &ArticleLibrary,
    query: &str,
    tag: Option<&str>,
    skill: Option<&str>,
) -> Vec<String> {
    library.search(&SearchQuery {
        query: query.to_owned(),
        tag: tag.map(str::to_owned),
        skill: skill.map(str::to_owned),
    })
}

#[test]
fn both_sources_load_newest_first_undated_last_by_title() {
    let folders = folders();
    let library = library(&folders);
    assert_eq!(
        ids(&library),
        [
            "user/eigen",
            "bundled/map/nieuw",
            "bundled/a-oud",
            "bundled/ander-zonder",
            "bundled/kapot",
            "bundled/zonder-datum",
        ],
        "dated newest first, then undated by title (A zonder datum, Kapot, Zonder datum B); hidden files, \
         other files, skills.toml and links leaving the folder are skipped"
    );
    assert_eq!(
        library.source_dir(ArticleSource::User),
        Some(folders.user.as_path())
    );
    assert_eq!(library.source_dir(ArticleSource::Extra), None);
    assert!(folders.outside.exists());
}

#[test]
fn a_broken_file_is_listed_among_good_ones() {
    let folders = folders();
    let library = library(&folders);
    let summaries = library.summaries();
    let broken: Vec<_> = summaries.iter().filter(|s| s.is_broken()).collect();
    assert_eq!(broken.len(), 1, "only kapot.md is broken");
    assert_eq!(broken[0].title, "Kapot", "titled after its file");
    assert_eq!(summaries.len(), 6, "every other article still loads");
}

#[test]
fn search_ranks_title_above_excerpt_and_tags_above_text() {
    let folders = folders();
    let library = library(&folders);
    assert_eq!(
        search(&library, "luisteren", None, None),
        ["bundled/map/nieuw", "bundled/a-oud", "bundled/zonder-datum"],
        "title hit, then summary hit, then text hit"
    );
    assert_eq!(
        search(&library, "LUISTÉREN", None, None),
        search(&library, "luisteren", None, None),
        "accents and case do not matter"
    );
    assert_eq!(
        search(&library, "luisteren scrum", None, None),
        ["bundled/a-oud", "bundled/zonder-datum"],
        "every term must occur"
    );
    assert_eq!(
        search(&library, "sprookje", None, None),
        Vec::<String>::new(),
        "no match, no ids"
    );
    assert_eq!(
        search(&library, "  ", None, None),
        ids(&library),
        "an empty query lists everything in list order"
    );
}

#[test]
fn filters_by_tag_and_skill() {
    let folders = folders();
    let library = library(&folders);
    assert_eq!(
        search(&library, "", Some("scrum"), None),
        ["user/eigen", "bundled/a-oud"],
        "tags match ignoring case"
    );
    assert_eq!(
        search(&library, "", Some("scr"), None),
        Vec::<String>::new(),
        "tags match exactly, not as a prefix"
    );
    assert_eq!(
        search(&library, "", None, Some("listening")),
        ["bundled/map/nieuw"],
        "the detected skill"
    );
    assert_eq!(
        search(&library, "oud", Some("Scrum"), Some("listening")),
        Vec::<String>::new(),
        "filters combine"
    );
}

#[test]
fn tags_are_listed_once_ignoring_case() {
    let folders = folders();
    let library = library(&folders);
    let tags = library.tags();
    assert_eq!(tags.len(), 2, "Scrum and SCRUM are one tag: {tags:?}");
    assert_eq!(tags[0], "feedback", "sorted ignoring case: {tags:?}");
    assert!(tags[1].eq_ignore_ascii_case("scrum"), "{tags:?}");
    let snapshot = library.snapshot();
    assert_eq!(snapshot.tags, tags);
    assert_eq!(snapshot.skills.len(), 8);
    assert_eq!(snapshot.articles.len(), 6);
}

#[test]
fn articles_open_by_id() {
    let folders = folders();
    let library = library(&folders);
    let article = library.article("bundled/map/nieuw").unwrap();
    assert_eq!(article.summary.title, "Nieuw over luisteren");
    assert!(article.html.contains("skill-item"), "{}", article.html);
    assert_eq!(
        library.article("bundled/bestaat-niet"),
        Err(LibraryError::ArticleNotFound(
            "bundled/bestaat-niet".to_owned()
        )),
        "an unknown id is an error naming the id"
    );
    assert_eq!(library.articles().count(), 6);
}

#[test]
fn reload_picks_up_changes_on_disk() {
    let folders = folders();
    let mut library = library(&folders);
    write(
        &folders.user,
        "eigen.md",
        "---\ntitle: Herschreven\ndate: 2024-06-01\n---\nNieuwe tekst.\n",
    );
    write(&folders.user, "tweede.md", "# Tweede\n\nNog een.\n");
    library.reload(ArticleSource::User);
    assert_eq!(
        library.article("user/eigen").map(|a| a.summary.title),
        Ok("Herschreven".to_owned())
    );
    assert!(
        library.article("user/tweede").is_ok(),
        "a new file is loaded"
    );
    std::fs::remove_file(folders.user.join("tweede.md")).unwrap();
    library.reload(ArticleSource::User);
    assert!(
        library.article("user/tweede").is_err(),
        "a deleted file is gone"
    );
    assert_eq!(
        library.summaries().len(),
        6,
        "the bundled articles are untouched"
    );
}

#[test]
fn clearing_or_missing_folders_give_no_articles_and_no_error() {
    let folders = folders();
    let mut library = library(&folders);
    library.set_source(ArticleSource::User, None);
    assert!(
        ids(&library).iter().all(|id| id.starts_with("bundled/")),
        "user articles are gone"
    );
    library.set_source(
        ArticleSource::Extra,
        Some(folders.user.join("bestaat-niet")),
    );
    assert_eq!(
        library.summaries().len(),
        5,
        "a missing folder adds nothing"
    );
    library.set_source(ArticleSource::Extra, Some(folders.user.clone()));
    assert!(
        library.article("extra/eigen").is_ok(),
        "the same file under another source has its own id"
    );
}

#[test]
fn names_that_differ_in_case_or_normalisation_get_distinct_stable_ids() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("user");
    let composed = "caf\u{e9}";
    let decomposed = "cafe\u{301}";
    for (name, title) in [
        ("a.md", "Klein"),
        ("a.MD", "Groot"),
        ("A.md", "Hoofdletter"),
        (&format!("{composed}.md") as &str, "Samengesteld"),
        (&format!("{decomposed}.md") as &str, "Ontleed"),
    ] {
        write(&dir, name, &format!("---\ntitle: {title}\n---\nTekst.\n"));
    }
    let load = || {
        let mut library = ArticleLibrary::new(Arc::new(catalogue()));
        library.set_source(ArticleSource::User, Some(dir.clone()));
        let mut pairs: Vec<(String, String)> = library
            .summaries()
            .into_iter()
            .map(|s| (s.id, s.title))
            .collect();
        pairs.sort();
        pairs
    };
    let first = load();
    assert_eq!(first.len(), 5, "five files, five articles: {first:?}");
    let mut folded: Vec<String> = first
        .iter()
        .map(|(id, _)| {
            use unicode_normalization::UnicodeNormalization;
            id.nfc().flat_map(char::to_lowercase).collect()
        })
        .collect();
    folded.sort();
    folded.dedup();
    assert_eq!(
        folded.len(),
        5,
        "ids differ even ignoring case and normalisation: {first:?}"
    );
    assert_eq!(
        first,
        load(),
        "the same files get the same ids on every load"
    );
    let mut library = ArticleLibrary::new(Arc::new(catalogue()));
    library.set_source(ArticleSource::User, Some(dir.clone()));
    for (id, title) in &first {
        let article = library.article(id).unwrap();
        assert_eq!(&article.summary.title, title, "{id} opens its own article");
    }
}
