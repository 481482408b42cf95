//! The one place where errors become what the UI sees: `{ code, message }`.
//! The UI branches on `code`; `message` is for people.

use serde::Serialize;
use skills_articles::LibraryError;

/// An error as the UI receives it from a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommandError {
    pub code: String,
    pub message: String,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

impl From<LibraryError> for CommandError {
    fn from(error: LibraryError) -> Self {
        let code = match &error {
            LibraryError::ArticleNotFound(_) => "article_not_found",
        };
        Self::new(code, error.to_string())
    }
}

#[cfg(test)]
mod tests {
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
            json.as_object().map(|o| o.len()),
            Some(2),
            "exactly code and message: {json}"
        );
        Ok(())
    }
}
