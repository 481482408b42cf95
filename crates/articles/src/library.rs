//! The article library: every article from the three sources (bundled, the trainee's own
//! folder, an extra folder), kept rendered in memory, listed newest first, searched and
//! filtered.
//!
//! Articles are few (hundreds) and small, so the library renders everything at load time and
//! answers list, search and open requests from memory; reloading one source after a change on
//! disk takes milliseconds. Search text is folded once at load (see
//! [`search_text`](crate::search_text)) so queries are accent- and case-insensitive.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::article::{Article, ArticleSource, ArticleSummary, RenderedArticle, load_article};
use skills_catalogue::{Skill, SkillCatalogue};

use crate::error::LibraryError;
use crate::recogniser::SkillRecogniser;
use crate::search_text;
use crate::skill_match::normalize;
use crate::unique::UniqueNames;

/// Folders deeper than this below a source folder are not searched for articles.
const MAX_FOLDER_DEPTH: usize = 16;
/// At most this many threads load articles (two cores are typical for trainees' laptops).
const MAX_LOAD_THREADS: usize = 4;
/// Fewer files than this per thread are not worth a thread.
const MIN_FILES_PER_THREAD: usize = 16;
/// Search weights: a term found in the title counts more than in the excerpt or tags, which
/// count more than in the body.
const TITLE_HIT: u32 = 100;
const META_HIT: u32 = 10;
const BODY_HIT: u32 = 1;

/// Everything the UI needs to show the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LibrarySnapshot {
    /// Every article, newest first, undated last, then by title.
    pub articles: Vec<ArticleSummary>,
    /// The skill catalogue.
    pub skills: Vec<Skill>,
    /// Every tag in use, sorted.
    pub tags: Vec<String>,
}

/// A search in the library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SearchQuery {
    /// Words that must all occur (in the title, excerpt, tags or text); empty matches all.
    #[serde(default)]
    pub query: String,
    /// Only articles with this tag (case-insensitive).
    pub tag: Option<String>,
    /// Only articles about this skill (catalogue id).
    pub skill: Option<String>,
}

/// All loaded articles, with the catalogue they were matched against.
#[derive(Debug)]
pub struct ArticleLibrary {
    recogniser: Arc<SkillRecogniser>,
    dirs: [Option<PathBuf>; 3],
    /// In list order (see [`ArticleLibrary::summaries`]).
    articles: Vec<Article>,
    by_id: HashMap<String, usize>,
}

impl ArticleLibrary {
    /// An empty library; add folders with [`set_source`](Self::set_source).
    pub fn new(recogniser: Arc<SkillRecogniser>) -> Self {
        Self {
            recogniser,
            dirs: [None, None, None],
            articles: Vec::new(),
            by_id: HashMap::new(),
        }
    }

    /// Sets (or clears) the folder of one source and loads its articles. A missing folder gives
    /// no articles, not an error.
    pub fn set_source(&mut self, source: ArticleSource, dir: Option<PathBuf>) {
        if let Some(slot) = self.dirs.get_mut(slot_of(source)) {
            *slot = dir;
        }
        self.reload(source);
    }

    /// Reloads one source's folder from disk.
    pub fn reload(&mut self, source: ArticleSource) {
        self.articles
            .retain(|article| article.summary.source != source);
        if let Some(dir) = self.source_dir(source).map(Path::to_path_buf) {
            let files = markdown_files(&dir);
            let mut loaded = load_all(&dir, &files, source, &self.recogniser);
            unique_ids(&mut loaded);
            self.articles.extend(loaded);
        }
        self.articles.sort_by(list_order);
        self.by_id = self
            .articles
            .iter()
            .enumerate()
            .map(|(index, a)| (a.summary.id.clone(), index))
            .collect();
    }

    /// The folder a source is loaded from.
    pub fn source_dir(&self, source: ArticleSource) -> Option<&Path> {
        self.dirs
            .get(slot_of(source))
            .and_then(|dir| dir.as_deref())
    }

    /// The skill catalogue articles are matched against.
    pub fn catalogue(&self) -> &SkillCatalogue {
        self.recogniser.catalogue()
    }

    /// The catalogue, shared, for work that outlives a lock on the library (a report).
    pub fn shared_catalogue(&self) -> Arc<SkillCatalogue> {
        self.recogniser.shared_catalogue()
    }

    /// Every article's summary: newest first, undated last, then by title.
    pub fn summaries(&self) -> Vec<ArticleSummary> {
        self.articles
            .iter()
            .map(|article| article.summary.clone())
            .collect()
    }

    /// Articles, skills and tags in one answer for the UI.
    pub fn snapshot(&self) -> LibrarySnapshot {
        LibrarySnapshot {
            articles: self.summaries(),
            skills: self.recogniser.catalogue().skills().to_vec(),
            tags: self.tags(),
        }
    }

    /// Every tag in use, once (ignoring case, first spelling kept), sorted ignoring case and accents.
    pub fn tags(&self) -> Vec<String> {
        let mut by_key: HashMap<String, &str> = HashMap::new();
        for tag in self
            .articles
            .iter()
            .flat_map(|article| &article.summary.tags)
        {
            by_key.entry(tag.to_lowercase()).or_insert(tag);
        }
        let mut tags: Vec<(String, String)> = by_key
            .into_values()
            .map(|tag| (normalize(tag), tag.to_owned()))
            .collect();
        tags.sort();
        tags.into_iter().map(|(_, tag)| tag).collect()
    }

    /// Ids of the articles matching `query`, best first: title hits above excerpt and tag hits
    /// above text hits; equal scores keep list order.
    pub fn search(&self, query: &SearchQuery) -> Vec<String> {
        let terms = search_text::terms(&query.query);
        let tag = query
            .tag
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_lowercase);
        let skill = query
            .skill
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let mut hits: Vec<(u32, &Article)> = self
            .articles
            .iter()
            .filter(|article| {
                tag.as_ref().is_none_or(|tag| {
                    article
                        .summary
                        .tags
                        .iter()
                        .any(|t| t.to_lowercase() == *tag)
                })
            })
            .filter(|article| {
                skill.is_none_or(|skill| article.summary.skills.iter().any(|s| s == skill))
            })
            .filter_map(|article| score(article, &terms).map(|score| (score, article)))
            .collect();
        // A stable sort keeps list order among equal scores.
        hits.sort_by_key(|hit| std::cmp::Reverse(hit.0));
        hits.into_iter()
            .map(|(_, article)| article.summary.id.clone())
            .collect()
    }

    /// The article with this id, rendered.
    pub fn article(&self, id: &str) -> Result<RenderedArticle, LibraryError> {
        self.by_id
            .get(id)
            .and_then(|&index| self.articles.get(index))
            .map(Article::rendered)
            .ok_or_else(|| LibraryError::ArticleNotFound(id.to_owned()))
    }

    /// Every loaded article, in list order.
    pub fn articles(&self) -> impl Iterator<Item = &Article> {
        self.articles.iter()
    }
}

fn slot_of(source: ArticleSource) -> usize {
    match source {
        ArticleSource::Bundled => 0,
        ArticleSource::User => 1,
        ArticleSource::Extra => 2,
    }
}

/// Newest first, undated last, then by title (ignoring case and accents), then by id.
fn list_order(a: &Article, b: &Article) -> Ordering {
    let by_date = match (&a.summary.date, &b.summary.date) {
        (Some(x), Some(y)) => y.cmp(x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_date
        .then_with(|| a.search.title.cmp(&b.search.title))
        .then_with(|| a.summary.id.cmp(&b.summary.id))
}

/// The article's score for `terms`, or `None` when a term occurs nowhere.
fn score(article: &Article, terms: &[String]) -> Option<u32> {
    let text = &article.search;
    terms.iter().try_fold(0u32, |total, term| {
        let hit = if text.title.contains(term.as_str()) {
            TITLE_HIT
        } else if text.meta.contains(term.as_str()) {
            META_HIT
        } else if text.body.contains(term.as_str()) {
            BODY_HIT
        } else {
            return None;
        };
        Some(total.saturating_add(hit))
    })
}

/// Loads `files` (relative to `dir`), spread over the machine's cores: the app starts by loading
/// every article, and rendering is CPU-bound. Small folders load on the calling thread.
fn load_all(
    dir: &Path,
    files: &[PathBuf],
    source: ArticleSource,
    recogniser: &SkillRecogniser,
) -> Vec<Article> {
    let load = |part: &[PathBuf]| -> Vec<Article> {
        part.iter()
            .map(|relative| load_article(&dir.join(relative), relative, source, recogniser))
            .collect()
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(MAX_LOAD_THREADS)
        .min(files.len() / MIN_FILES_PER_THREAD)
        .max(1);
    if threads == 1 {
        return load(files);
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let mut parts = files.chunks(chunk);
        // The calling thread loads the first part itself while the others run.
        let own = parts.next().unwrap_or_default();
        let spawned: Vec<_> = parts
            .map(|part| {
                (
                    part,
                    std::thread::Builder::new()
                        .name("article-load".to_owned())
                        .spawn_scoped(scope, move || load(part)),
                )
            })
            .collect();
        let mut articles = load(own);
        for (part, handle) in spawned {
            match handle {
                Ok(handle) => match handle.join() {
                    Ok(loaded) => articles.extend(loaded),
                    // Loading does not panic on any input; if it ever does, behave as if it
                    // had happened on this thread.
                    Err(panic) => std::panic::resume_unwind(panic),
                },
                // No thread to be had: load that part here.
                Err(_) => articles.extend(load(part)),
            }
        }
        articles
    })
}

/// Makes the ids of one source's articles unique, also ignoring case and Unicode normalisation:
/// `a.md` and `a.MD` would both be `user/a`, and `é.md` written composed or decomposed looks
/// the same everywhere a person or a case-insensitive file system sees it. The first file in
/// path order keeps the plain id; a later one gets its file name with the extension as written
/// (`user/a.MD`), then a number. Files are loaded in sorted order, so ids are stable for the
/// same files.
fn unique_ids(articles: &mut [Article]) {
    use unicode_normalization::UnicodeNormalization;
    let mut ids = UniqueNames::new(|id: &str| id.nfc().flat_map(char::to_lowercase).collect());
    for article in articles.iter_mut() {
        if ids.try_take(&article.summary.id) {
            continue;
        }
        let source = article.summary.source.as_str();
        let with_extension = format!("{source}/{}", article.summary.path);
        article.summary.id = ids.take(with_extension, "~");
    }
}

/// The `*.md` files below `root`, relative to it, sorted. Hidden files and folders are
/// skipped, and so are symbolic links that lead outside `root` (or to folders, which could loop).
fn markdown_files(root: &Path) -> Vec<PathBuf> {
    let Ok(canonical_root) = root.canonicalize() else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut folders = vec![(PathBuf::new(), 0usize)];
    while let Some((folder, depth)) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            let relative = folder.join(&name);
            if file_type.is_symlink() {
                let inside_file = entry
                    .path()
                    .canonicalize()
                    .is_ok_and(|target| target.starts_with(&canonical_root) && target.is_file());
                if inside_file && is_markdown(&name) {
                    files.push(relative);
                }
            } else if file_type.is_dir() {
                if depth < MAX_FOLDER_DEPTH {
                    folders.push((relative, depth + 1));
                }
            } else if file_type.is_file() && is_markdown(&name) {
                files.push(relative);
            }
        }
    }
    files.sort();
    files
}

fn is_markdown(name: &OsStr) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
}
