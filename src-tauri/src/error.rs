//! The one place where errors become what the UI sees: `{ code, args, message, fields }`.
//! The UI words `code` with `args` in its language (errors.ftl); `message` is the English text
//! for the log; `fields` lists, for a rejected write, what is wrong with which field so the form
//! can say it next to that field.

use std::collections::BTreeMap;

use serde::Serialize;
use skills_articles::LibraryError;
use skills_files::WriteError;
use skills_journal_store::{FieldError, StoreError};
use skills_reports::{ExportError, ScopeError};
use skills_requests::{AskError, KeyError, ReceiveError, UnknownSkill};

/// What went wrong, as a code the UI words in its language (`error-<code>` in
/// crates/i18n/locales/<lang>/errors.ftl, with the error's `args`).
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
pub enum ErrorCode {
    Internal,
    ArticleNotFound,
    ItemNotUnplaced,
    Validation,
    EntryNotFound,
    EntryInTrash,
    VersionNotFound,
    SkillNotFound,
    SkillInUse,
    SchemaTooNew,
    NotAJournal,
    Corrupt,
    BackupInvalid,
    Io,
    Database,
    StoredData,
    ImportRefused,
    JournalInUse,
    JournalUnavailable,
    Restoring,
    NotDamaged,
    InvalidPeriod,
    NoSkills,
    UnknownSkill,
    PdfFailed,
    CsvFailed,
    WriteFailed,
    OpenFailed,
    NothingExported,
    InvalidUrl,
    InvalidPath,
    BackupNotFound,
    SettingsNotSaved,
    ImportUnreadable,
    ImportTooLarge,
    RequestNotFound,
    RequestWithdrawn,
    AnswerNotForRequest,
    AnswerTooLarge,
    AnswerGarbled,
    AnswerTruncated,
    AnswerTampered,
    AnswerForeign,
    AnswerUnreadable,
    AnswerNewer,
    AnswerIsReview,
    KeyDamaged,
    KeyUnreadable,
    KeyDamagedInJournal,
    /// The window's own: a call that failed before it reached a command (no backend).
    IpcUnavailable,
    /// The window's own: a call that failed with something that is not a command's error.
    Unknown,
}

impl ErrorCode {
    /// Every code, for the test that each has a message in both languages.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The code as the UI and the log read it (`entry_not_found`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// An error as the UI receives it from a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommandError {
    pub code: ErrorCode,
    /// The values the UI's wording names (`{ $path }`, `{ $id }`), as text.
    pub args: BTreeMap<String, String>,
    /// The same in English, for the log (the UI words `code` and `args` itself).
    pub message: String,
    /// Every broken rule of a rejected write (code `validation`); empty otherwise.
    pub fields: Vec<FieldError>,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            args: BTreeMap::new(),
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// Adds a value the UI's wording names.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// A lock poisoned by a panic, or a background task that died: nothing the person can fix
    /// but a restart.
    pub fn internal() -> Self {
        Self::new(
            ErrorCode::Internal,
            "the app hit an internal error; please restart it",
        )
    }
}

/// Runs `work` on the blocking thread pool (file dialogs, file reads, typesetting); a task that
/// died is an internal error.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|_| CommandError::internal())
}

impl From<LibraryError> for CommandError {
    fn from(error: LibraryError) -> Self {
        let message = error.to_string();
        match error {
            LibraryError::ArticleNotFound(id) => {
                Self::new(ErrorCode::ArticleNotFound, message).with("id", id)
            }
        }
    }
}

impl From<StoreError> for CommandError {
    fn from(error: StoreError) -> Self {
        Self::from_store(&error)
    }
}

impl CommandError {
    /// A journal error as the UI words it, with the values its message names.
    pub fn from_store(error: &StoreError) -> Self {
        // The SQLite detail behind `Database` goes to the log, never to the UI.
        if let StoreError::Database { source, .. } = error {
            tracing::error!("journal database error: {error}: {source}");
        }
        let message = error.to_string();
        let shown = |path: &std::path::Path| path.display().to_string();
        let new = |code| Self::new(code, message.clone());
        match error {
            StoreError::Validation(fields) => Self {
                fields: fields.clone(),
                ..new(ErrorCode::Validation)
            },
            StoreError::EntryNotFound(id) => new(ErrorCode::EntryNotFound).with("id", id),
            StoreError::EntryInTrash(id) => new(ErrorCode::EntryInTrash).with("id", id),
            StoreError::VersionNotFound { id, version } => new(ErrorCode::VersionNotFound)
                .with("id", id)
                .with("version", version),
            StoreError::SkillNotFound(id) => new(ErrorCode::SkillNotFound).with("id", id),
            StoreError::SkillInUse { id, entries } => new(ErrorCode::SkillInUse)
                .with("id", id)
                .with("entries", entries),
            StoreError::SchemaTooNew { found, supported } => new(ErrorCode::SchemaTooNew)
                .with("found", found)
                .with("supported", supported),
            StoreError::NotAJournal { path, .. } => {
                new(ErrorCode::NotAJournal).with("path", shown(path))
            }
            StoreError::Corrupt { path, kept_as, .. } => new(ErrorCode::Corrupt)
                .with("path", shown(path))
                .with("keptAs", shown(kept_as)),
            StoreError::BackupInvalid { path, .. } => {
                new(ErrorCode::BackupInvalid).with("path", shown(path))
            }
            StoreError::Io { path, source, .. } => new(ErrorCode::Io)
                .with("path", shown(path))
                .with("detail", source),
            StoreError::Database { .. } => new(ErrorCode::Database),
            StoreError::StoredData { .. } => new(ErrorCode::StoredData),
            StoreError::ImportRefused { reason } => {
                new(ErrorCode::ImportRefused).with("detail", reason)
            }
            StoreError::InUse { path } => new(ErrorCode::JournalInUse).with("path", shown(path)),
            StoreError::RequestNotFound(id) => new(ErrorCode::RequestNotFound).with("id", id),
            StoreError::RequestWithdrawn(id) => new(ErrorCode::RequestWithdrawn).with("id", id),
            StoreError::AnswerNotForRequest(id) => {
                new(ErrorCode::AnswerNotForRequest).with("id", id)
            }
        }
    }
}

impl From<ScopeError> for CommandError {
    fn from(error: ScopeError) -> Self {
        Self::from_scope(&error)
    }
}

impl From<AskError> for CommandError {
    fn from(error: AskError) -> Self {
        Self::from_ask(&error)
    }
}

impl From<ReceiveError> for CommandError {
    fn from(error: ReceiveError) -> Self {
        Self::from_receive(&error)
    }
}

impl From<KeyError> for CommandError {
    fn from(error: KeyError) -> Self {
        Self::from_key(&error)
    }
}

impl From<ExportError> for CommandError {
    fn from(error: ExportError) -> Self {
        Self::from_export(&error)
    }
}

impl CommandError {
    /// A report's scope refused, as the UI words it.
    pub fn from_scope(error: &ScopeError) -> Self {
        let message = error.to_string();
        match error {
            ScopeError::Store(error) => Self::from_store(error),
            ScopeError::InvalidPeriod { from, to } => Self::new(ErrorCode::InvalidPeriod, message)
                .with("from", from)
                .with("to", to),
            ScopeError::Weeks { weeks } => {
                Self::new(ErrorCode::InvalidPeriod, message).with("weeks", weeks)
            }
            ScopeError::UnknownSkill { id, .. } => {
                Self::new(ErrorCode::UnknownSkill, message).with("id", id)
            }
            ScopeError::NoSkills => Self::new(ErrorCode::NoSkills, message),
        }
    }

    /// A refused answer, for the window and the command line alike.
    pub fn from_answer(error: &skills_requests::AnswerRefused) -> Self {
        use skills_requests::AnswerRefused as R;
        let message = error.to_string();
        match error {
            R::TooLarge { size, limit } => Self::new(ErrorCode::AnswerTooLarge, message)
                .with("size", size)
                .with("limit", limit),
            R::Garbled => Self::new(ErrorCode::AnswerGarbled, message),
            R::Truncated => Self::new(ErrorCode::AnswerTruncated, message),
            R::Tampered => Self::new(ErrorCode::AnswerTampered, message),
            R::Foreign => Self::new(ErrorCode::AnswerForeign, message),
            R::NotAnAnswer(detail) => {
                Self::new(ErrorCode::AnswerUnreadable, message).with("detail", detail)
            }
            R::NewerVersion(version) => {
                Self::new(ErrorCode::AnswerNewer, message).with("version", version)
            }
        }
    }

    /// The trainee's key could not be had.
    pub fn from_key(error: &skills_requests::KeyError) -> Self {
        use skills_requests::KeyError as K;
        let message = error.to_string();
        match error {
            K::Damaged { path } => {
                Self::new(ErrorCode::KeyDamaged, message).with("path", path.display())
            }
            K::Unreadable { path, source } => Self::new(ErrorCode::KeyUnreadable, message)
                .with("path", path.display())
                .with("detail", source),
            K::DamagedInJournal => Self::new(ErrorCode::KeyDamagedInJournal, message),
            K::Store(error) => Self::from_store(error),
        }
    }

    /// A request that was not made.
    pub fn from_ask(error: &AskError) -> Self {
        match error {
            AskError::Store(error) => Self::from_store(error),
            AskError::Key(error) => Self::from_key(error),
            AskError::Token(error) => Self::new(ErrorCode::Internal, error.to_string()),
            AskError::Form(UnknownSkill(id)) => {
                Self::new(ErrorCode::UnknownSkill, error.to_string()).with("id", id)
            }
            AskError::Write(error) => Self::from_write(error),
        }
    }

    /// An answer that added nothing.
    pub fn from_receive(error: &ReceiveError) -> Self {
        match error {
            ReceiveError::Key(error) => Self::from_key(error),
            ReceiveError::Refused(error) => Self::from_answer(error),
            ReceiveError::Store(error) => Self::from_store(error),
            ReceiveError::Review => Self::new(ErrorCode::AnswerIsReview, error.to_string()),
        }
    }

    /// A file that could not be written.
    pub fn from_write(error: &WriteError) -> Self {
        Self::new(ErrorCode::WriteFailed, error.to_string())
            .with("path", error.path.display())
            .with("detail", &error.source)
    }

    /// A failed export, as the UI words it.
    pub fn from_export(error: &ExportError) -> Self {
        let message = error.to_string();
        match error {
            ExportError::Store(error) => Self::from_store(error),
            ExportError::Scope(error) => Self::from_scope(error),
            ExportError::Pdf(_) => Self::new(ErrorCode::PdfFailed, message),
            ExportError::Csv(_) => Self::new(ErrorCode::CsvFailed, message),
            ExportError::Write(error) => Self::from_write(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use skills_journal_store::ValidationCode;

    use super::*;

    #[test]
    fn errors_reach_the_ui_as_code_and_message() -> Result<(), serde_json::Error> {
        let error = CommandError::from(LibraryError::ArticleNotFound("bundled/nope".into()));
        let json = serde_json::to_value(&error)?;
        assert_eq!(
            json["code"], "article_not_found",
            "the UI branches on this code"
        );
        assert!(
            json["message"]
                .as_str()
                .is_some_and(|m| m.contains("bundled/nope")),
            "the message names the missing article: {json}"
        );
        assert_eq!(
            json["fields"],
            serde_json::json!([]),
            "no field errors: {json}"
        );
        Ok(())
    }

    #[test]
    fn every_code_is_worded_in_both_languages() {
        for code in ErrorCode::ALL {
            assert_eq!(
                serde_json::to_value(code).ok(),
                Some(serde_json::Value::from(code.as_str())),
                "as_str is the code the UI receives"
            );
        }
        let mut codes: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(
            codes.len(),
            ErrorCode::ALL.len(),
            "ALL names each code once"
        );
        for code in codes {
            let id = format!("error-{}", code.replace('_', "-"));
            for lang in [skills_catalogue::Lang::Nl, skills_catalogue::Lang::En] {
                assert!(skills_i18n::has(lang, &id), "{id} is missing in {lang:?}");
            }
        }
    }

    #[test]
    fn validation_errors_keep_every_field() -> Result<(), serde_json::Error> {
        let error = CommandError::from(StoreError::Validation(vec![
            FieldError::new("skills", ValidationCode::SkillRequired, "choose a skill"),
            FieldError::new(
                "skills[0].rating",
                ValidationCode::RatingOutOfRange,
                "between 1 and 5",
            ),
        ]));
        let json = serde_json::to_value(&error)?;
        assert_eq!(json["code"], "validation");
        assert_eq!(json["fields"][0]["field"], "skills");
        assert_eq!(json["fields"][1]["code"], "rating_out_of_range");
        Ok(())
    }
}
