//! A refused command line (an unknown option, a missing or invalid value) in the command line's
//! language. clap finds what is wrong; the words are `cli-refused-*` in cli.ftl. A refusal clap
//! does not describe in parts keeps clap's own (English) text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::say;

/// What clap refused, worded; `None` when clap's own text has to do.
pub fn text(error: &clap::Error) -> Option<String> {
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        Some(ContextValue::StyledStrs(list)) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let quoted = |list: &[String]| {
        list.iter()
            .map(|item| format!("'{item}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let suggestions = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(one)) => Some(quoted(std::slice::from_ref(one))),
        Some(ContextValue::Strings(list)) if !list.is_empty() => Some(quoted(list)),
        _ => None,
    };
    let (message, tip) = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .or_else(|| context(ContextKind::ValidValue))
                .unwrap_or_default();
            let message = say::text(
                "cli-refused-value",
                &[
                    ("value", &context(ContextKind::InvalidValue)?),
                    ("option", &context(ContextKind::InvalidArg)?),
                    ("reason", &reason),
                ],
            );
            (message, None)
        }
        ErrorKind::UnknownArgument => (
            say::text(
                "cli-refused-unknown-option",
                &[("option", &context(ContextKind::InvalidArg)?)],
            ),
            suggestions(ContextKind::SuggestedArg),
        ),
        ErrorKind::InvalidSubcommand => (
            say::text(
                "cli-refused-unknown-command",
                &[("command", &context(ContextKind::InvalidSubcommand)?)],
            ),
            suggestions(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::MissingRequiredArgument => (
            say::text(
                "cli-refused-missing",
                &[("options", &context(ContextKind::InvalidArg)?)],
            ),
            None,
        ),
        ErrorKind::ArgumentConflict => (
            say::text(
                "cli-refused-conflict",
                &[
                    ("option", &context(ContextKind::InvalidArg)?),
                    ("other", &context(ContextKind::PriorArg)?),
                ],
            ),
            None,
        ),
        _ => return None,
    };
    let mut text = say::text("cli-error", &[("message", &message)]);
    if let Some(tip) = tip {
        text.push_str("\n\n  ");
        text.push_str(&say::text(
            "cli-refused-suggestion",
            &[("suggestions", &tip)],
        ));
    }
    text.push_str("\n\n");
    text.push_str(&say::text("cli-refused-more", &[]));
    Some(text)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn refusal(args: &[&str]) -> String {
        let command = super::super::help::localised(crate::cli::Cli::command());
        let error = command
            .try_get_matches_from(args)
            .err()
            .unwrap_or_else(|| panic!("{args:?} is refused"));
        text(&error).unwrap_or_else(|| panic!("{args:?}: {error}"))
    }

    #[test]
    fn each_kind_of_refusal_names_what_was_wrong() {
        let unknown = refusal(&["x", "entries", "list", "--nope"]);
        assert!(unknown.contains("'--nope'"), "{unknown}");
        let command = refusal(&["x", "entrie"]);
        assert!(
            command.contains("'entrie'") && command.contains("'entries'"),
            "{command}"
        );
        let missing = refusal(&["x", "log", "feedback"]);
        assert!(missing.contains("--skill <ID>"), "{missing}");
        let conflict = refusal(&[
            "x",
            "export",
            "--format",
            "md",
            "--weeks",
            "3",
            "--from",
            "2026-01-01",
            "--out",
            "r",
        ]);
        assert!(
            conflict.contains("--weeks") && conflict.contains("--from"),
            "{conflict}"
        );
        let value = refusal(&["x", "log", "assessment", "--level", "listening=hoog"]);
        assert!(
            value.contains("'listening=hoog'") && value.contains("--level"),
            "{value}"
        );
        for text in [unknown, command, missing, conflict, value] {
            assert!(!text.contains("-refused-") && !text.contains('{'), "{text}");
        }
    }
}
