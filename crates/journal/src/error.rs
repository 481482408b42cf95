//! Errors of the journal store. Each variant means something to the trainee who sees it and,
//! where the fix is obvious, says it. Raw SQLite messages never become the message: they are
//! kept as the [`std::error::Error::source`] of [`StoreError::Database`] for logs only.
//!
//! Validation is collected, not stopped at the first problem, so a form can show every message
//! next to its field at once: [`StoreError::Validation`] carries a list of [`FieldError`]s.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::EntryId;

/// What is wrong with one field of a write, for the UI to show next to that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FieldError {
    /// The field's path in the JSON the UI sent: `date`, `skills[1].rating`, `content.impact`.
    pub field: String,
    /// What kind of problem, for the UI to branch on.
    pub code: ValidationCode,
    /// A plain English sentence for logs and the command line; the UI translates by `code`.
    pub message: String,
}

impl FieldError {
    /// A problem with `field`.
    pub fn new(field: impl Into<String>, code: ValidationCode, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
        }
    }
}

/// The validation rules a write can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ValidationCode {
    /// An entry needs at least one skill.
    SkillRequired,
    /// The skill id is neither in the catalogue nor a custom skill.
    UnknownSkill,
    /// The custom skill is archived and cannot be added to an entry.
    SkillArchived,
    /// The same skill is listed twice.
    DuplicateSkill,
    /// A rating or level is not between 1 and 5.
    RatingOutOfRange,
    /// A self-assessment needs a level for every skill.
    RatingRequired,
    /// The field does not belong to this kind of entry (a rating on an action, say).
    NotAllowed,
    /// A level changed since the previous self-assessment without a justification.
    JustificationRequired,
    /// Required text is missing (feedback: situation, behaviour or impact; reflection: one
    /// STARR field; action: what to practise; names and keys).
    TextRequired,
    /// A date before 1970 or too far in the future.
    DateOutOfRange,
    /// A text is longer than allowed.
    TooLong,
    /// A list has more items than allowed.
    TooMany,
    /// An action's source entry does not exist.
    UnknownEntry,
    /// An action's source entry is not feedback or a reflection.
    InvalidSource,
    /// An edit tried to change the kind of an entry.
    KindChanged,
    /// Another custom skill already has this name.
    DuplicateName,
    /// A draft is not valid JSON.
    InvalidJson,
    /// A number in an imported file (an id or version) is outside what the journal accepts.
    OutOfRange,
    /// An e-mail address that is not one.
    InvalidEmail,
    /// Feedback given directly by its giver: its words and ratings cannot be edited.
    GivenDirectly,
}

/// Why the journal could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The input breaks one or more validation rules; nothing was written.
    #[error("{}", ValidationSummary(.0))]
    Validation(Vec<FieldError>),
    /// No entry has this id.
    #[error("there is no journal entry {0}; it may have been deleted")]
    EntryNotFound(EntryId),
    /// The entry is in the trash and must be restored before it can be changed.
    #[error("journal entry {0} is in the trash; restore it before changing it")]
    EntryInTrash(EntryId),
    /// The entry has no such version.
    #[error("journal entry {id} has no version {version}")]
    VersionNotFound {
        /// The entry.
        id: EntryId,
        /// The version asked for.
        version: u32,
    },
    /// No custom skill has this id.
    #[error("there is no custom skill `{0}`")]
    SkillNotFound(String),
    /// A custom skill cannot be deleted while entries (including those in the trash) use it.
    #[error(
        "the skill `{id}` is used by {entries} journal entries; archive it instead of deleting it"
    )]
    SkillInUse {
        /// The custom skill.
        id: String,
        /// How many entries use it.
        entries: u32,
    },
    /// The file was written by a newer version of the app; it was not changed.
    #[error(
        "this journal was written by a newer version of Skills Journal (schema version {found}; this \
         version understands up to {supported}); update the app to open it. The file was not changed."
    )]
    SchemaTooNew {
        /// The schema version in the file.
        found: u32,
        /// The newest schema version this build understands.
        supported: u32,
    },
    /// The file is an SQLite database of some other program; it was not changed.
    #[error("{} is not a Skills Journal file ({reason}); it was not changed", path.display())]
    NotAJournal {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The file is damaged. It was moved aside (never deleted) so a new journal or a backup can
    /// take its place.
    #[error("{}", corrupt_message(path, kept_as, reason, latest_backup.as_ref()))]
    Corrupt {
        /// Where the journal was.
        path: PathBuf,
        /// Where the damaged file is now kept.
        kept_as: PathBuf,
        /// What is wrong with it.
        reason: String,
        /// The newest verified backup, to offer for restoring.
        latest_backup: Option<PathBuf>,
    },
    /// A backup file failed verification (when written, or before restoring it).
    #[error("the backup {} cannot be used: {reason}", path.display())]
    BackupInvalid {
        /// The backup file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A file operation failed.
    #[error("could not {context} ({}): {source}", path.display())]
    Io {
        /// What the store was doing.
        context: &'static str,
        /// The file or folder involved.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The database failed; the SQLite message is the source, for logs.
    #[error(
        "could not {context}: the journal database reported an error; try again, and restore a backup if it keeps happening"
    )]
    Database {
        /// What the store was doing.
        context: &'static str,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// A journal export that cannot be imported as a whole (wrong format or version, broken
    /// JSON, duplicate ids); nothing was written. Invalid entries are [`StoreError::Validation`].
    #[error("this file cannot be imported: {reason}; nothing was imported")]
    ImportRefused {
        /// What is wrong, naming the entry or skill where there is one.
        reason: String,
    },
    /// Another process (the app's window) holds the journal's lock, and this would replace or
    /// rewrite the journal under it.
    #[error(
        "Skills Journal has the journal {} open in a window; close the window first, or do this from the window",
        path.display()
    )]
    InUse {
        /// The journal.
        path: PathBuf,
    },
    /// No request has this id (in this journal).
    #[error("there is no request `{0}` in this journal; was the answer meant for another journal?")]
    RequestNotFound(String),
    /// The request was withdrawn: its answers are refused.
    #[error("the request `{0}` was withdrawn; its answers are no longer accepted")]
    RequestWithdrawn(String),
    /// The answer does not carry its request's token (guessed, or made for another request).
    #[error("this answer does not carry the token of request `{0}`; it was not accepted")]
    AnswerNotForRequest(String),
    /// Data the store wrote itself (a version snapshot) could not be read back.
    #[error("could not {context}: stored data is damaged")]
    StoredData {
        /// What the store was doing.
        context: &'static str,
        /// What the JSON reader said.
        #[source]
        source: serde_json::Error,
    },
}

impl StoreError {
    /// The same error with `prefix` before each field of a validation error (`skills[1].`).
    pub(crate) fn within(self, prefix: &str) -> Self {
        match self {
            Self::Validation(errors) => Self::Validation(
                errors
                    .into_iter()
                    .map(|e| FieldError {
                        field: format!("{prefix}{}", e.field),
                        ..e
                    })
                    .collect(),
            ),
            other => other,
        }
    }

    /// A stable snake_case code for the UI to branch on (the shell puts it in `CommandError`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation(_) => "validation",
            Self::EntryNotFound(_) => "entry_not_found",
            Self::EntryInTrash(_) => "entry_in_trash",
            Self::VersionNotFound { .. } => "version_not_found",
            Self::SkillNotFound(_) => "skill_not_found",
            Self::SkillInUse { .. } => "skill_in_use",
            Self::SchemaTooNew { .. } => "schema_too_new",
            Self::NotAJournal { .. } => "not_a_journal",
            Self::Corrupt { .. } => "corrupt",
            Self::BackupInvalid { .. } => "backup_invalid",
            Self::Io { .. } => "io",
            Self::Database { .. } => "database",
            Self::StoredData { .. } => "stored_data",
            Self::ImportRefused { .. } => "import_refused",
            Self::InUse { .. } => "journal_in_use",
            Self::RequestNotFound(_) => "request_not_found",
            Self::RequestWithdrawn(_) => "request_withdrawn",
            Self::AnswerNotForRequest(_) => "answer_not_for_request",
        }
    }

    /// The field errors of a [`StoreError::Validation`], else an empty slice.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Self::Validation(errors) => errors,
            _ => &[],
        }
    }
}

/// Attaches a plain-language context to SQLite errors (`.ctx("save the entry")`).
pub(crate) trait DbContext<T> {
    /// Wraps the error as [`StoreError::Database`].
    fn ctx(self, context: &'static str) -> Result<T, StoreError>;
}

impl<T> DbContext<T> for Result<T, rusqlite::Error> {
    fn ctx(self, context: &'static str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Database { context, source })
    }
}

/// Attaches a context and a path to I/O errors.
pub(crate) trait IoContext<T> {
    /// Wraps the error as [`StoreError::Io`].
    fn io_ctx(self, context: &'static str, path: &std::path::Path) -> Result<T, StoreError>;
}

impl<T> IoContext<T> for Result<T, std::io::Error> {
    fn io_ctx(self, context: &'static str, path: &std::path::Path) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Io {
            context,
            path: path.to_path_buf(),
            source,
        })
    }
}

struct ValidationSummary<'a>(&'a [FieldError]);

impl fmt::Display for ValidationSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => f.write_str("the input is not valid"),
            [one] => write!(f, "{}: {}", one.field, one.message),
            [first, rest @ ..] => write!(
                f,
                "{}: {} (and {} more problems)",
                first.field,
                first.message,
                rest.len()
            ),
        }
    }
}

fn corrupt_message(
    path: &std::path::Path,
    kept_as: &std::path::Path,
    reason: &str,
    backup: Option<&PathBuf>,
) -> String {
    let head = format!(
        "the journal {} is damaged ({reason}); it was moved aside to {} and will not be deleted",
        path.display(),
        kept_as.display()
    );
    match backup {
        Some(backup) => format!(
            "{head}. The latest backup is {}; restore it to continue.",
            backup.display()
        ),
        None => format!(
            "{head}. There is no backup; opening the journal again starts a new, empty one."
        ),
    }
}
