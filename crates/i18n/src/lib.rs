//! The words of Skills Journal in Dutch and English. The Fluent files in `locales/<lang>/` are
//! the one source: the UI reads them with `@fluent/bundle` (ui/src/lib/i18n/fluent.ts), Rust
//! with `fluent-bundle` through this crate (the reports, the native dialogs' titles). Both
//! languages hold the same ids (tested on both sides).
//!
//! Messages are formatted without Unicode isolation marks: both languages run left to right, and
//! the marks would end up in PDF, CSV and copied text.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use skills_catalogue::Lang;

pub use fluent_bundle::FluentArgs as Args;

/// Every .ftl file, as (name, Dutch text, English text). A test checks this list against the
/// folders, so a new file cannot be forgotten here.
const FILES: [(&str, &str, &str); 12] = [
    (
        "answer-form.ftl",
        include_str!("../locales/nl/answer-form.ftl"),
        include_str!("../locales/en/answer-form.ftl"),
    ),
    (
        "app.ftl",
        include_str!("../locales/nl/app.ftl"),
        include_str!("../locales/en/app.ftl"),
    ),
    (
        "articles.ftl",
        include_str!("../locales/nl/articles.ftl"),
        include_str!("../locales/en/articles.ftl"),
    ),
    (
        "cli.ftl",
        include_str!("../locales/nl/cli.ftl"),
        include_str!("../locales/en/cli.ftl"),
    ),
    (
        "dialogs.ftl",
        include_str!("../locales/nl/dialogs.ftl"),
        include_str!("../locales/en/dialogs.ftl"),
    ),
    (
        "errors.ftl",
        include_str!("../locales/nl/errors.ftl"),
        include_str!("../locales/en/errors.ftl"),
    ),
    (
        "exchange.ftl",
        include_str!("../locales/nl/exchange.ftl"),
        include_str!("../locales/en/exchange.ftl"),
    ),
    (
        "forms.ftl",
        include_str!("../locales/nl/forms.ftl"),
        include_str!("../locales/en/forms.ftl"),
    ),
    (
        "journal.ftl",
        include_str!("../locales/nl/journal.ftl"),
        include_str!("../locales/en/journal.ftl"),
    ),
    (
        "progress.ftl",
        include_str!("../locales/nl/progress.ftl"),
        include_str!("../locales/en/progress.ftl"),
    ),
    (
        "reports.ftl",
        include_str!("../locales/nl/reports.ftl"),
        include_str!("../locales/en/reports.ftl"),
    ),
    (
        "requests.ftl",
        include_str!("../locales/nl/requests.ftl"),
        include_str!("../locales/en/requests.ftl"),
    ),
];

/// One language's messages: the bundle, and every message without arguments already formatted
/// (the reports ask for the same few dozen words thousands of times).
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("messages", &self.plain.len())
            .finish_non_exhaustive()
    }
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    static NL: OnceLock<Catalogue> = OnceLock::new();
    static EN: OnceLock<Catalogue> = OnceLock::new();
    match lang {
        Lang::Nl => NL.get_or_init(|| build(lang)),
        Lang::En => EN.get_or_init(|| build(lang)),
    }
}

fn build(lang: Lang) -> Catalogue {
    let locale = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for (_, nl, en) in FILES {
        let source = match lang {
            Lang::Nl => nl,
            Lang::En => en,
        };
        // A syntax error drops only the broken entries; the test below keeps the files clean.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        ids.extend(message_ids(&resource));
        // A repeated id keeps its first message; the test below refuses repeats.
        let _ = bundle.add_resource(resource);
    }
    let plain = ids
        .into_iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(&id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned();
            errors.is_empty().then_some((id, text))
        })
        .collect();
    Catalogue { bundle, plain }
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = String> + '_ {
    resource.entries().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
        _ => None,
    })
}

/// The message `id` in `lang`; the id itself when there is no such message (so a missing
/// translation shows, and a test finds it).
pub fn text(lang: Lang, id: &str) -> &'static str {
    let catalogue = catalogue(lang);
    match catalogue.plain.get(id) {
        Some(text) => text,
        None => {
            // Only a message with arguments (or none at all) is not in `plain`.
            match catalogue.bundle.get_message(id) {
                Some(_) => "",
                None => leak_id(id),
            }
        }
    }
}

/// The message `id` in `lang` with its arguments (`{ $name }`); the id itself when there is no
/// such message.
pub fn text_with(lang: Lang, id: &str, args: &FluentArgs) -> String {
    let bundle = &catalogue(lang).bundle;
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned()
}

/// The message `id` in `lang` with arguments given as text (a command's error, an article's
/// problem); values of only digits count as numbers, so plural forms are chosen.
pub fn text_with_values<'a>(
    lang: Lang,
    id: &str,
    values: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        match value.parse::<f64>() {
            Ok(number) if value.bytes().all(|b| b.is_ascii_digit()) => args.set(name, number),
            _ => args.set(name, value),
        }
    }
    text_with(lang, id, &args)
}

/// Whether `lang` has a message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue(lang).bundle.has_message(id)
}

/// An unknown id as a `&'static str`; ids come from the code, so there are only a few.
fn leak_id(id: &str) -> &'static str {
    static UNKNOWN: OnceLock<std::sync::Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let map = UNKNOWN.get_or_init(Default::default);
    let Ok(mut map) = map.lock() else {
        return "?";
    };
    map.entry(id.to_owned())
        .or_insert_with(|| Box::leak(id.to_owned().into_boxed_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(lang: Lang) -> Vec<String> {
        let mut all: Vec<String> = FILES
            .iter()
            .flat_map(|(_, nl, en)| {
                let source = if lang == Lang::Nl { nl } else { en };
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{lang:?}: {errors:?}"));
                message_ids(&resource).collect::<Vec<_>>()
            })
            .collect();
        all.sort();
        all
    }

    #[test]
    fn the_list_of_files_is_the_folders() {
        for lang in ["nl", "en"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(lang);
            let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|entry| entry.file_name().to_string_lossy().into_owned())
                        .filter(|name| name.ends_with(".ftl"))
                        .collect()
                })
                .unwrap_or_default();
            on_disk.sort();
            let listed: Vec<&str> = FILES.iter().map(|(name, _, _)| *name).collect();
            assert_eq!(on_disk, listed, "locales/{lang} and FILES disagree");
        }
    }

    #[test]
    fn both_languages_parse_and_hold_the_same_ids_once() {
        let nl = ids(Lang::Nl);
        let en = ids(Lang::En);
        assert!(nl.len() > 100, "the files were read");
        assert_eq!(nl, en, "every Dutch message needs an English one and back");
        let mut unique = nl.clone();
        unique.dedup();
        assert_eq!(unique, nl, "an id is defined once");
    }

    /// The Rust sources of the workspace (the crates and the app shell).
    fn rust_sources() -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        walk(&root.join("src-tauri/src"), &mut out);
        for entry in std::fs::read_dir(root.join("crates"))
            .into_iter()
            .flatten()
            .flatten()
        {
            walk(&entry.path().join("src"), &mut out);
        }
        out
    }

    /// The prefixes of the messages Rust words itself.
    const RUST_PREFIXES: [&str; 4] = ["report-", "dialog-", "cli-", "answerform-"];

    #[test]
    fn every_message_id_in_the_rust_sources_exists_in_both_languages() {
        let mut seen = 0;
        let mut missing = Vec::new();
        for path in rust_sources() {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = RUST_PREFIXES
                    .iter()
                    .any(|p| literal.starts_with(p) && literal.len() > p.len())
                    && literal
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !is_id {
                    continue;
                }
                seen += 1;
                for lang in [Lang::Nl, Lang::En] {
                    if !has(lang, literal) {
                        missing.push(format!("{}: {literal} ({lang:?})", path.display()));
                    }
                }
            }
        }
        assert!(seen > 100, "the sources were read ({seen} ids)");
        assert!(missing.is_empty(), "ids without a message: {missing:#?}");
    }

    #[test]
    fn messages_are_formatted_without_isolation_marks() {
        assert_eq!(
            text(Lang::Nl, "report-title"),
            "Voortgangsrapport soft skills"
        );
        assert_eq!(
            text(Lang::En, "report-title"),
            "Soft skills progress report"
        );
        let mut args = FluentArgs::new();
        args.set("count", 7);
        let counted = text_with(Lang::Nl, "result-count", &args);
        assert_eq!(counted, "7 artikelen", "plural rules and arguments work");
        assert!(!counted.contains('\u{2068}'));
        assert_eq!(text(Lang::En, "no-such-message"), "no-such-message");
        assert!(has(Lang::En, "report-title") && !has(Lang::En, "no-such-message"));
    }
}
