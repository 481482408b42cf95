//! Errors of this crate. Each variant means something to the person who sees it and names the
//! file, line or article involved; where the fix is obvious, the message says it.
//!
//! Loading an article never fails as a whole: [`ArticleError`] values become
//! [`Problem`](crate::Problem)s in the article's summary, so one broken file never hides the
//! others.

use std::path::PathBuf;

/// Why a request to the article library could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LibraryError {
    /// No article has this id (it may have been deleted or renamed since the list was shown).
    #[error("there is no article `{0}`; it may have been moved or deleted")]
    ArticleNotFound(String),
}

/// Why the article folders could not be watched for changes.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The operating system refused to watch a folder (for example, too many watches).
    #[error("could not watch {} for changes: {source}", dir.display())]
    Watch {
        /// The folder.
        dir: PathBuf,
        /// What the file watcher said.
        #[source]
        source: notify::Error,
    },
    /// The watcher itself could not be created.
    #[error("could not start watching article folders: {0}")]
    Start(#[source] notify::Error),
    /// The thread that batches changes could not be started.
    #[error("could not start watching article folders: {0}")]
    Thread(#[source] std::io::Error),
}

/// Why an article file cannot be shown as written. Recorded as an error [`Problem`](crate::Problem).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    /// The file could not be read.
    #[error("could not read the file: {0}")]
    Read(String),
    /// The file is larger than an article may be.
    #[error("the file is {} but an article may be at most {}; split it into smaller articles", human_size(*size), human_size(*limit))]
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file has no content at all.
    #[error("the file is empty; write a title and some text")]
    Empty,
    /// The file is not UTF-8 text.
    #[error("the file is not valid UTF-8 text (first bad byte on line {line}); save it as UTF-8")]
    InvalidUtf8 {
        /// The line of the first invalid byte.
        line: u32,
    },
    /// The front matter block is opened but never closed.
    #[error(
        "front matter starts with `{delimiter}` but never ends; add a closing `{delimiter}` line"
    )]
    UnclosedFrontMatter {
        /// `---` for YAML, `+++` for TOML.
        delimiter: &'static str,
    },
    /// The front matter block is larger than front matter may be.
    #[error("the front matter is {} but may be at most {}", human_size(*size), human_size(*limit))]
    FrontMatterTooLarge {
        /// The block's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The front matter is not valid YAML or TOML, or not a list of `key: value` pairs.
    #[error("invalid {format} front matter: {message}")]
    FrontMatter {
        /// `YAML` or `TOML`.
        format: &'static str,
        /// The line in the file, when known.
        line: Option<u32>,
        /// What the parser said.
        message: String,
    },
}

impl ArticleError {
    /// The line in the file the error points at, when there is one.
    pub fn line(&self) -> Option<u32> {
        match self {
            Self::InvalidUtf8 { line } => Some(*line),
            Self::UnclosedFrontMatter { .. } | Self::FrontMatterTooLarge { .. } => Some(1),
            Self::FrontMatter { line, .. } => *line,
            Self::Read(_) | Self::TooLarge { .. } | Self::Empty => None,
        }
    }
}

/// A byte count the way people read it: "512 bytes", "64 KiB", "10.0 MiB".
pub(crate) fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        if bytes.is_multiple_of(MIB) {
            format!("{} MiB", bytes / MIB)
        } else {
            // Precision loss is irrelevant for a size shown to a person.
            #[allow(clippy::cast_precision_loss, reason = "display only")]
            let mib = bytes as f64 / MIB as f64;
            format!("{mib:.1} MiB")
        }
    } else if bytes >= KIB {
        format!("{} KiB", bytes.div_ceil(KIB))
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_person_would_write_them() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(64 * 1024), "64 KiB");
        assert_eq!(human_size(2 * 1024 * 1024), "2 MiB");
        assert_eq!(human_size(10_000_000), "9.5 MiB");
    }

    #[test]
    fn the_unclosed_front_matter_message_says_the_fix() {
        let message = ArticleError::UnclosedFrontMatter { delimiter: "---" }.to_string();
        assert_eq!(
            message,
            "front matter starts with `---` but never ends; add a closing `---` line"
        );
    }
}
