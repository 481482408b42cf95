//! What can be wrong in an article file: a [`Problem`] with its [`Severity`], a typed
//! [`ProblemCode`] the window words in its language, the values that wording names, and the
//! English text for the command line and the log.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{ArticleError, human_size};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Severity {
    /// The article cannot be shown as written.
    Error,
    /// The article is shown, but something in it was ignored or changed.
    Warning,
}

/// Which kind of problem an article has, for the window to word in its language
/// (`problem-<code>` in crates/i18n/locales/<lang>/articles.ftl, with the problem's `args`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    ts_rs::TS,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum ProblemCode {
    /// The file could not be read (`detail`).
    Unreadable,
    /// Larger than an article may be (`size`, `limit`).
    TooLarge,
    /// No content at all.
    Empty,
    /// Not UTF-8 text (`line`).
    InvalidUtf8,
    /// Front matter opened but never closed (`delimiter`).
    UnclosedFrontMatter,
    /// Front matter larger than it may be (`size`, `limit`).
    FrontMatterTooLarge,
    /// Not valid YAML or TOML (`format`, `detail`: the parser's own words).
    InvalidFrontMatter,
    /// Front matter but no text after it.
    NoText,
    /// A key whose value should be text (`key`, `shape`).
    NotText,
    /// A list item that is not text (`key`, `shape`).
    ItemNotText,
    /// A key that should be a list (`key`).
    NotAList,
    /// A date that is not YYYY-MM-DD (`key`, `value`).
    NotADate,
    /// A language the app does not speak (`key`, `value`).
    UnknownLang,
    /// A skill id that is not in the catalogue (`key`, `id`, `known`).
    UnknownSkill,
    /// A skill id that is not in the catalogue but names one (`key`, `id`, `suggestion`).
    UnknownSkillSuggest,
    /// A link or image with a scheme that is not allowed (`what`: link or image, `url`).
    LinkRemoved,
    /// Raw HTML shown as text (`count`).
    RawHtml,
    /// Lists or quotes nested too deep (`max`).
    NestedTooDeep,
    /// More warnings of the same kinds, left out (`count`).
    MoreWarnings,
}

impl ProblemCode {
    /// Every code, for the tests that each is worded in both languages.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The code as serialised (`unknown_skill`), for message ids and logs.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Something wrong in an article file, for the writer to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The line in the file, when the problem has one.
    pub line: Option<u32>,
    /// Which kind of problem.
    pub code: ProblemCode,
    /// The values its wording names (`{ $key }`, `{ $url }`), as text.
    pub args: BTreeMap<String, String>,
    /// What is wrong and, where obvious, how to fix it, in English (the command line, the log).
    pub message: String,
}

impl Problem {
    /// A warning on `line`.
    pub(crate) fn warning(line: Option<u32>, code: ProblemCode, message: String) -> Self {
        Self {
            severity: Severity::Warning,
            line,
            code,
            args: BTreeMap::new(),
            message,
        }
    }

    /// Adds a value the wording names.
    pub(crate) fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    pub(crate) fn error(error: &ArticleError) -> Self {
        let problem = |code| Self {
            severity: Severity::Error,
            line: error.line(),
            code,
            args: BTreeMap::new(),
            message: error.to_string(),
        };
        match error {
            ArticleError::Read(detail) => problem(ProblemCode::Unreadable).with("detail", detail),
            ArticleError::TooLarge { size, limit } => problem(ProblemCode::TooLarge)
                .with("size", human_size(*size))
                .with("limit", human_size(*limit)),
            ArticleError::Empty => problem(ProblemCode::Empty),
            ArticleError::InvalidUtf8 { line } => {
                problem(ProblemCode::InvalidUtf8).with("line", line)
            }
            ArticleError::UnclosedFrontMatter { delimiter } => {
                problem(ProblemCode::UnclosedFrontMatter).with("delimiter", delimiter)
            }
            ArticleError::FrontMatterTooLarge { size, limit } => {
                problem(ProblemCode::FrontMatterTooLarge)
                    .with("size", human_size(*size))
                    .with("limit", human_size(*limit))
            }
            ArticleError::FrontMatter {
                format, message, ..
            } => problem(ProblemCode::InvalidFrontMatter)
                .with("format", format)
                .with("detail", message),
        }
    }
}
