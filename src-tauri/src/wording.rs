//! Rust's own wording of what went wrong, in the person's language, from the same Fluent
//! messages the window uses (`error-<code>` in errors.ftl, `problem-<code>` in articles.ftl).

use skills_articles::Problem;
use skills_catalogue::Lang;

use crate::error::CommandError;

/// The message id of a snake_case code under `prefix` (`entry_not_found` → `error-entry-not-found`).
fn id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('_', "-"))
}

/// A code as serde writes it (`"entry_not_found"`).
fn code_of(code: impl serde::Serialize) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A command's error in `lang`.
pub fn error_text(lang: Lang, error: &CommandError) -> String {
    let values = error.args.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    skills_i18n::text_with_values(lang, &id("error", &error.code.as_str()), values)
}

/// An article's problem in `lang`, without its line.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let values = problem.args.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    skills_i18n::text_with_values(lang, &id("problem", &code_of(problem.code)), values)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use skills_articles::{
        ArticleSource, MAX_ARTICLE_BYTES, MAX_FRONT_MATTER_BYTES, ProblemCode, SkillRecogniser,
        load_article, parse_article,
    };

    use super::*;

    /// One broken article (or file) for each kind of problem.
    fn broken_articles(dir: &Path) -> Vec<Problem> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let recogniser = SkillRecogniser::load(&root.join("articles/skills.toml"))
            .unwrap_or_else(|error| panic!("the bundled catalogue loads: {error}"));
        let body = "Een tekst.\n";
        let mut texts: Vec<Vec<u8>> = [
            String::new(),
            "---\ntitle: x\n".to_owned(),
            format!(
                "---\n{}---\n{body}",
                "a: b\n".repeat(MAX_FRONT_MATTER_BYTES / 4)
            ),
            "---\ntitle: [open\n---\ntekst".to_owned(),
            "---\ntitle: Alleen kop\n---\n".to_owned(),
            format!("---\ntitle: [a, b]\ntags: [a, [b]]\nauthor: x\n---\n{body}"),
            format!("---\ntags: {{a: b}}\ndate: gisteren\nlang: de\n---\n{body}"),
            format!("---\nskills: [jongleren, presentaties]\n---\n{body}"),
            "[x](javascript:alert(1))\n\n<b>vet</b>\n".to_owned(),
            format!("{}diep\n", "> ".repeat(40)),
            "[x](javascript:1)\n\n".repeat(200),
        ]
        .into_iter()
        .map(String::into_bytes)
        .collect();
        texts.push(b"---\ntitle: x\n---\n\xff\xfe tekst\n".to_vec());
        let mut problems: Vec<Problem> = texts
            .iter()
            .flat_map(|text| {
                parse_article(text, Path::new("a.md"), ArticleSource::User, &recogniser)
                    .summary
                    .problems
            })
            .collect();
        let large = dir.join("groot.md");
        let too_large = usize::try_from(MAX_ARTICLE_BYTES).unwrap_or(usize::MAX) + 1;
        std::fs::write(&large, "a".repeat(too_large)).unwrap_or_default();
        for file in [large, dir.join("bestaat-niet.md")] {
            let relative = Path::new("x.md");
            problems.extend(
                load_article(&file, relative, ArticleSource::User, &recogniser)
                    .summary
                    .problems,
            );
        }
        problems
    }

    #[test]
    fn every_kind_of_broken_article_is_worded_differently_in_dutch_and_english() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("a temporary folder: {error}"));
        let problems = broken_articles(dir.path());
        let seen: BTreeSet<String> = problems.iter().map(|p| code_of(p.code)).collect();
        let all: BTreeSet<String> = ProblemCode::ALL.iter().map(|&c| code_of(c)).collect();
        assert_eq!(seen, all, "the broken articles show every kind of problem");
        for problem in &problems {
            let dutch = problem_text(Lang::Nl, problem);
            let english = problem_text(Lang::En, problem);
            assert_ne!(dutch, english, "{problem:?}");
            for text in [&dutch, &english] {
                assert!(!text.starts_with("problem-"), "{text}: a message exists");
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{text}: all values given"
                );
            }
        }
    }

    #[test]
    fn errors_are_worded_in_the_chosen_language_with_their_values() {
        let error =
            CommandError::new(crate::error::ErrorCode::EntryNotFound, "no entry 7").with("id", 7);
        let dutch = error_text(Lang::Nl, &error);
        assert!(
            dutch.contains('7') && dutch.starts_with("Notitie"),
            "{dutch}"
        );
        assert_ne!(dutch, error_text(Lang::En, &error));
    }
}
