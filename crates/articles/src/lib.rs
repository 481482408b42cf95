//! Guidance articles for Skills Journal: reading Markdown files with front matter, rendering
//! them to safe HTML, detecting the soft skills they are about, and keeping a searchable library
//! of them that follows changes on disk. No Tauri here: the app shell wires this to the UI.

mod article;
mod error;
mod front_matter;
mod lang;
mod library;
mod markdown;
mod problem;
mod recogniser;
mod search_text;
mod skill_match;
mod unique;
mod url_policy;
pub mod watch;

pub use article::{
    Article, ArticleSource, ArticleSummary, MAX_ARTICLE_BYTES, RenderedArticle, TocEntry,
    load_article, parse_article,
};
pub use error::{ArticleError, LibraryError, WatchError};
pub use front_matter::MAX_FRONT_MATTER_BYTES;
pub use lang::detect_lang;
pub use library::{ArticleLibrary, LibrarySnapshot, SearchQuery};
pub use markdown::{MAX_NESTING, RenderedBody, UnplacedItem, parser_options, render_markdown};
pub use problem::{Problem, ProblemCode, Severity};
pub use recogniser::SkillRecogniser;
pub use skill_match::normalize;
pub use url_policy::{UrlKind, classify_url, is_allowed_url};
