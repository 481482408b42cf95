//! The command line's words in its language: `--lang`, else the system's (`LANG`), from the
//! Fluent messages in crates/i18n/locales/<lang>/cli.ftl (and the window's own messages where
//! the command line says the same thing: errors, article problems, labels).

use std::ffi::OsString;
use std::sync::OnceLock;

use skills_catalogue::Lang;

use crate::settings;

static LANG: OnceLock<Lang> = OnceLock::new();

/// Chooses the language from the raw arguments, before clap reads them, so that the value
/// checks clap runs (`--setting`, `--level`, `--lang` itself) speak it too.
pub fn choose(args: impl IntoIterator<Item = OsString>) -> Lang {
    let lang = lang_in(args).unwrap_or_else(settings::os_locale);
    LANG.get_or_init(|| lang).to_owned()
}

/// The last valid `--lang X` or `--lang=X` before a bare `--`.
fn lang_in(args: impl IntoIterator<Item = OsString>) -> Option<Lang> {
    let mut found = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().and_then(|next| next.into_string().ok()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_code) {
            found = Some(lang);
        }
    }
    found
}

/// The language chosen in `main` (the system's when nothing chose one, as in unit tests).
pub fn lang() -> Lang {
    *LANG.get_or_init(settings::os_locale)
}

/// The message `id` with its values; a value of only digits counts as a number (plurals).
pub fn text(id: &str, values: &[(&str, &str)]) -> String {
    skills_i18n::text_with_values(lang(), id, values.iter().copied())
}

/// The message `id` with one number.
pub fn counted(id: &str, name: &str, count: impl std::fmt::Display) -> String {
    text(id, &[(name, &count.to_string())])
}

/// A warning line for stderr.
pub fn warning(message: &str) -> String {
    text("cli-warning", &[("message", message)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_from_either_form_of_the_option() {
        assert_eq!(
            lang_in(args(&["x", "--lang", "nl", "entries"])),
            Some(Lang::Nl)
        );
        assert_eq!(
            lang_in(args(&["x", "entries", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_in(args(&["x", "--lang=nl-BE"])), Some(Lang::Nl));
        assert_eq!(
            lang_in(args(&["x", "--lang", "de"])),
            None,
            "clap refuses it"
        );
        assert_eq!(lang_in(args(&["x", "--", "--lang", "nl"])), None);
        assert_eq!(lang_in(args(&["x", "--language", "nl"])), None);
    }
}
