//! The one place where errors become what the UI sees: `{ code, message, fields }`.
//! The UI branches on `code`; `message` is for people; `fields` lists, for a rejected write,
//! what is wrong with which field so the form can say it next to that field.

use journal_store::{FieldError, StoreError};
use reports::{ExportError, ScopeError};
use serde::Serialize;
use skills_articles::LibraryError;

/// An error as the UI receives it from a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    /// Every broken rule of a rejected write (code `validation`); empty otherwise.
    pub fields: Vec<FieldError>,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// A lock poisoned by a panic, or a background task that died: nothing the person can fix
    /// but a restart.
    pub fn internal() -> Self {
        Self::new(
            "internal",
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
        let code = match &error {
            LibraryError::ArticleNotFound(_) => "article_not_found",
        };
        Self::new(code, error.to_string())
    }
}

impl From<StoreError> for CommandError {
    fn from(error: StoreError) -> Self {
        // The SQLite detail behind `Database` goes to the log, never to the UI.
        if let StoreError::Database { source, .. } = &error {
            tracing::error!("journal database error: {error}: {source}");
        }
        Self {
            code: error.code().to_owned(),
            message: error.to_string(),
            fields: error.field_errors().to_vec(),
        }
    }
}

impl From<ScopeError> for CommandError {
    fn from(error: ScopeError) -> Self {
        match error {
            ScopeError::Store(error) => error.into(),
            other => CommandError::new(other.code(), other.to_string()),
        }
    }
}

impl From<ExportError> for CommandError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(error) => error.into(),
            ExportError::Scope(error) => error.into(),
            other => CommandError::new(other.code(), other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use journal_store::ValidationCode;

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
