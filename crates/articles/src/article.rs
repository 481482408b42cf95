//! One article: the types the UI receives, and turning one file into an [`Article`].
//!
//! Loading never fails. Steps: check the size (before reading the whole file), drop a UTF-8
//! BOM, decode, split off the front matter, read it, render the body, then fill the summary
//! with fallbacks (title from the first heading or the file name, excerpt from the first
//! paragraph, language detected). Anything wrong on the way becomes a [`Problem`]; an error
//! makes the article "broken" (shown with its problems, titled after its file) but the library
//! keeps every other article.

use std::borrow::Cow;
use std::io::Read;
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

use crate::error::ArticleError;
use crate::front_matter::{self, FrontMatter};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::recogniser::SkillRecogniser;
use skills_catalogue::Lang;

use crate::lang::detect_lang;
use crate::markdown::{UnplacedItem, render_markdown_from_line};
use crate::search_text::{self, SearchText};

/// Files larger than this are not read; the article shows an error instead.
pub const MAX_ARTICLE_BYTES: u64 = 2 * 1024 * 1024;
/// Excerpts taken from the first paragraph are cut to about this many characters.
const EXCERPT_CHARS: usize = 200;
/// Reading speed used for `reading_minutes`.
const WORDS_PER_MINUTE: u32 = 200;

/// Where an article comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ArticleSource {
    /// Shipped with the app.
    Bundled,
    /// Written by the trainee in the app's own article folder.
    User,
    /// A folder given on the command line (`--articles-dir`).
    Extra,
}

impl ArticleSource {
    /// Every source, in the order the library shows them.
    pub const ALL: [Self; 3] = [Self::Bundled, Self::User, Self::Extra];

    /// The name used in article ids (`bundled`, `user`, `extra`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bundled => "bundled",
            Self::User => "user",
            Self::Extra => "extra",
        }
    }
}

/// What the article list shows about an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArticleSummary {
    /// Opaque and stable: `"<source>/<relative path without .md>"`.
    pub id: String,
    /// Where the article comes from.
    pub source: ArticleSource,
    /// The file path relative to its folder, with `/` separators (for display).
    pub path: String,
    /// The title.
    pub title: String,
    /// The date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The author.
    pub author: Option<String>,
    /// A short text for the list: the `excerpt` key, else the summary, else the start of the
    /// first paragraph.
    pub excerpt: Option<String>,
    /// The `summary` front matter key.
    pub summary: Option<String>,
    /// Tags, as written (duplicates differing in case removed).
    pub tags: Vec<String>,
    /// The language the article is written in.
    pub lang: Lang,
    /// Catalogue ids of the skills the article is about, in catalogue order.
    pub skills: Vec<String>,
    /// Words in the text.
    pub word_count: u32,
    /// Minutes to read at 200 words a minute (at least 1 when there is text).
    pub reading_minutes: u32,
    /// Errors and warnings found while loading.
    pub problems: Vec<Problem>,
}

impl ArticleSummary {
    /// Whether an error keeps the article from being shown as written.
    pub fn is_broken(&self) -> bool {
        self.problems
            .iter()
            .any(|problem| problem.severity == Severity::Error)
    }
}

/// One entry of an article's table of contents (h2 to h4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TocEntry {
    /// 2, 3 or 4.
    pub level: u8,
    /// The heading's element id, for `#id` links.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// An article as the reader shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RenderedArticle {
    /// The article's summary.
    pub summary: ArticleSummary,
    /// Safe HTML of the body.
    pub html: String,
    /// The table of contents.
    pub toc: Vec<TocEntry>,
    /// Items of its skills lists that name no catalogue skill (`<li data-item="N">`), for the
    /// trainee to link to a skill.
    pub unplaced: Vec<UnplacedItem>,
}

/// A loaded article: its summary, its rendered body and its search text.
#[derive(Debug, Clone)]
pub struct Article {
    /// What the list shows.
    pub summary: ArticleSummary,
    /// Safe HTML of the body.
    pub html: String,
    /// The table of contents.
    pub toc: Vec<TocEntry>,
    /// Items of its skills lists that name no catalogue skill.
    pub unplaced: Vec<UnplacedItem>,
    pub(crate) search: SearchText,
}

impl Article {
    /// The article as the reader shows it.
    pub fn rendered(&self) -> RenderedArticle {
        RenderedArticle {
            summary: self.summary.clone(),
            html: self.html.clone(),
            toc: self.toc.clone(),
            unplaced: self.unplaced.clone(),
        }
    }
}

/// Turns the bytes of one article file into an [`Article`]. Pure; never fails: problems are
/// recorded in `summary.problems`.
pub fn parse_article(
    bytes: &[u8],
    relative_path: &Path,
    source: ArticleSource,
    recogniser: &SkillRecogniser,
) -> Article {
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        let error = ArticleError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES,
        };
        return broken_article(&error, relative_path, source);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return broken_article(&ArticleError::Empty, relative_path, source);
    }
    let mut problems = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(error) => {
            let before = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let newlines = before.iter().filter(|&&b| b == b'\n').count();
            let line = u32::try_from(newlines)
                .unwrap_or(u32::MAX - 1)
                .saturating_add(1);
            problems.push(Problem::error(&ArticleError::InvalidUtf8 { line }));
            String::from_utf8_lossy(bytes)
        }
    };

    let (mut front, body, body_line) = match front_matter::split(&text) {
        Ok(split) => {
            let front = match split.front {
                Some((format, block)) => {
                    front_matter::parse(format, block, 2, recogniser, &mut problems).unwrap_or_else(
                        |error| {
                            problems.push(Problem::error(&error));
                            FrontMatter::default()
                        },
                    )
                }
                None => FrontMatter::default(),
            };
            (front, split.body, split.body_line)
        }
        Err(error) => {
            problems.push(Problem::error(&error));
            (FrontMatter::default(), "", 1)
        }
    };
    let broken = problems.iter().any(|p| p.severity == Severity::Error);
    if broken {
        // The front matter of a broken file cannot be trusted as a whole.
        front = FrontMatter::default();
    }

    let body = render_markdown_from_line(body, body_line, recogniser);
    problems.extend(body.problems);

    let fallback_title = title_from_file_name(relative_path);
    let title = if broken {
        fallback_title
    } else {
        front.title.or(body.first_heading).unwrap_or(fallback_title)
    };
    let lang = front.lang.unwrap_or_else(|| detect_lang(&body.plain_text));
    let skills = merge_skills(recogniser, front.skills, body.skills);
    // The writer's own excerpt, else the summary, else the start of the first paragraph.
    let excerpt = front
        .excerpt
        .clone()
        .or_else(|| front.summary.clone())
        .or_else(|| body.first_paragraph.as_deref().map(truncate_excerpt));
    if !broken && body.word_count == 0 {
        problems.push(Problem::warning(
            Some(body_line),
            ProblemCode::NoText,
            "the article has no text yet".to_owned(),
        ));
    }

    let search = SearchText {
        title: search_text::fold(&title),
        meta: search_text::fold(&format!(
            "{}\n{}\n{}",
            excerpt.as_deref().unwrap_or_default(),
            front.summary.as_deref().unwrap_or_default(),
            front.tags.join("\n")
        )),
        body: search_text::fold(&body.plain_text),
    };
    let summary = ArticleSummary {
        id: article_id(source, relative_path),
        source,
        path: display_path(relative_path),
        title,
        date: front.date,
        author: front.author,
        excerpt,
        summary: front.summary,
        tags: front.tags,
        lang,
        skills,
        word_count: body.word_count,
        reading_minutes: reading_minutes(body.word_count),
        problems,
    };
    Article {
        summary,
        html: body.html,
        toc: body.toc,
        unplaced: body.unplaced,
        search,
    }
}

/// Reads an article file (refusing oversized files before reading them) and parses it.
pub fn load_article(
    path: &Path,
    relative_path: &Path,
    source: ArticleSource,
    recogniser: &SkillRecogniser,
) -> Article {
    match read_limited(path) {
        Ok(bytes) => parse_article(&bytes, relative_path, source, recogniser),
        Err(error) => broken_article(&error, relative_path, source),
    }
}

/// Reads at most [`MAX_ARTICLE_BYTES`] (plus one, to notice a file that grew meanwhile).
fn read_limited(path: &Path) -> Result<Vec<u8>, ArticleError> {
    let file = std::fs::File::open(path).map_err(|error| ArticleError::Read(error.to_string()))?;
    let size = file
        .metadata()
        .map_err(|error| ArticleError::Read(error.to_string()))?
        .len();
    if size > MAX_ARTICLE_BYTES {
        return Err(ArticleError::TooLarge {
            size,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    let capacity = usize::try_from(size).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ArticleError::Read(error.to_string()))?;
    Ok(bytes)
}

/// An article that could not be read at all: a title from its file name and the error.
fn broken_article(error: &ArticleError, relative_path: &Path, source: ArticleSource) -> Article {
    let title = title_from_file_name(relative_path);
    let summary = ArticleSummary {
        id: article_id(source, relative_path),
        source,
        path: display_path(relative_path),
        title: title.clone(),
        date: None,
        author: None,
        excerpt: None,
        summary: None,
        tags: Vec::new(),
        lang: Lang::Nl,
        skills: Vec::new(),
        word_count: 0,
        reading_minutes: 0,
        problems: vec![Problem::error(error)],
    };
    let search = SearchText {
        title: search_text::fold(&title),
        ..SearchText::default()
    };
    Article {
        summary,
        html: String::new(),
        toc: Vec::new(),
        unplaced: Vec::new(),
        search,
    }
}

/// `"<source>/<relative path without .md, / separated>"`.
pub fn article_id(source: ArticleSource, relative_path: &Path) -> String {
    let path = display_path(relative_path);
    let without_extension = strip_md(&path);
    format!("{}/{without_extension}", source.as_str())
}

/// The relative path with `/` separators, whatever the platform.
fn display_path(relative_path: &Path) -> String {
    let parts: Vec<Cow<'_, str>> = relative_path
        .components()
        .filter_map(|component| match component {
            Component::Normal(part) => Some(part.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

fn strip_md(name: &str) -> &str {
    match name.len().checked_sub(3) {
        Some(cut)
            if name
                .get(cut..)
                .is_some_and(|ext| ext.eq_ignore_ascii_case(".md")) =>
        {
            &name[..cut]
        }
        _ => name,
    }
}

/// `mijn-eerste_artikel.md` → "Mijn eerste artikel".
pub fn title_from_file_name(relative_path: &Path) -> String {
    let name = relative_path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let stem = strip_md(&name);
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name.into_owned(),
    }
}

/// The skills named in front matter and those detected in list items, once each, in
/// catalogue order.
fn merge_skills(
    recogniser: &SkillRecogniser,
    front: Vec<String>,
    detected: Vec<String>,
) -> Vec<String> {
    let mut positions: Vec<usize> = front
        .iter()
        .chain(&detected)
        .filter_map(|id| recogniser.catalogue().position(id))
        .collect();
    positions.sort_unstable();
    positions.dedup();
    positions
        .into_iter()
        .filter_map(|p| recogniser.catalogue().skills().get(p))
        .map(|skill| skill.id.clone())
        .collect()
}

/// Cuts text to about [`EXCERPT_CHARS`] characters at a word boundary, marking the cut with "…".
pub fn truncate_excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some((limit, _)) = text.char_indices().nth(EXCERPT_CHARS) else {
        return text;
    };
    let cut = text[..limit]
        .rfind(' ')
        .filter(|&space| space > limit / 2)
        .unwrap_or(limit);
    let kept = text[..cut]
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ':');
    format!("{kept}…")
}

fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_use_the_source_and_the_path_without_md() {
        let path = Path::new("teams").join("Samenwerken.md");
        assert_eq!(
            article_id(ArticleSource::User, &path),
            "user/teams/Samenwerken"
        );
        assert_eq!(
            article_id(ArticleSource::Bundled, Path::new("a.MD")),
            "bundled/a"
        );
    }

    #[test]
    fn titles_from_file_names_are_readable() {
        assert_eq!(
            title_from_file_name(Path::new("mijn-eerste_artikel.md")),
            "Mijn eerste artikel"
        );
        assert_eq!(
            title_from_file_name(Path::new("map/één--twee.md")),
            "Één twee"
        );
        assert_eq!(
            title_from_file_name(Path::new("---.md")),
            "---.md",
            "nothing readable: the name"
        );
    }

    #[test]
    fn excerpts_are_cut_at_a_word() {
        let long = "woord ".repeat(100);
        let excerpt = truncate_excerpt(&long);
        assert!(
            excerpt.ends_with("woord…"),
            "cut after a whole word: {excerpt}"
        );
        assert!(
            excerpt.chars().count() <= EXCERPT_CHARS + 1,
            "about 200 characters: {excerpt}"
        );
        assert_eq!(
            truncate_excerpt("Kort  en\nklein."),
            "Kort en klein.",
            "short text is kept, spaces tidied"
        );
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(0), 0);
        assert_eq!(reading_minutes(1), 1, "any text takes at least a minute");
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
    }
}
