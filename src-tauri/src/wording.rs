//! Rust's own wording of what went wrong, in the person's language, from the same Fluent
//! messages the window uses (`error-<code>` in errors.ftl, `problem-<code>` in articles.ftl).

use skills_articles::Problem;
use skills_catalogue::Lang;
use skills_journal_store::{
    EntryKind, FieldError, GiverRole, MAX_ARTICLE_ID_CHARS, MAX_LINE_CHARS, MAX_SKILLS, MAX_TAGS,
    MAX_TEXT_CHARS, ValidationCode,
};

use crate::error::CommandError;

/// The message id of a snake_case code under `prefix` (`entry_not_found` → `error-entry-not-found`).
fn id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('_', "-"))
}

/// A command's error in `lang`.
pub fn error_text(lang: Lang, error: &CommandError) -> String {
    let values = error.args.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    skills_i18n::text_with_values(lang, &id("error", error.code.as_str()), values)
}

/// An article's problem in `lang`, without its line.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let values = problem.args.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    skills_i18n::text_with_values(lang, &id("problem", problem.code.as_str()), values)
}

/// A field error of a write in `lang`, for the command line: the `validation-*` messages the
/// window's form shows (ui/src/components/entry/validation.ts words them there, with the form's
/// own codes beside), except where the form's advice (untick, unlink) means nothing on a
/// terminal. `skill` names the skill of a `skills[i]…` error.
pub fn validation_text(lang: Lang, error: &FieldError, kind: EntryKind, skill: &str) -> String {
    let field = error.field.as_str();
    let content = field.starts_with("content.");
    let limit = if field == "articleId" {
        MAX_ARTICLE_ID_CHARS
    } else if field == "content.giverName"
        || field == "name"
        || field.ends_with(".justification")
        || (field.starts_with("tags[") && field.ends_with(']'))
    {
        MAX_LINE_CHARS
    } else {
        MAX_TEXT_CHARS
    };
    let id = match error.code {
        ValidationCode::SkillRequired => "validation-skill-required",
        ValidationCode::UnknownSkill => "cli-validation-unknown-skill",
        ValidationCode::SkillArchived => "cli-validation-skill-archived",
        ValidationCode::DuplicateSkill => "validation-duplicate-skill",
        ValidationCode::RatingOutOfRange => "validation-rating-out-of-range",
        ValidationCode::RatingRequired => "validation-rating-required",
        ValidationCode::NotAllowed => "validation-not-allowed",
        ValidationCode::JustificationRequired => "validation-justification-required",
        ValidationCode::TextRequired if field == "name" => "validation-text-required-name",
        ValidationCode::TextRequired if field == "content.text" => {
            "validation-text-required-action"
        }
        ValidationCode::TextRequired if content && kind == EntryKind::Feedback => {
            "validation-text-required-sbi"
        }
        ValidationCode::TextRequired if content && kind == EntryKind::Reflection => {
            "validation-text-required-starr"
        }
        ValidationCode::TextRequired => "validation-text-required",
        ValidationCode::DateOutOfRange if kind == EntryKind::Action => {
            "validation-date-out-of-range-action"
        }
        ValidationCode::DateOutOfRange => "validation-date-out-of-range",
        ValidationCode::TooLong => "validation-too-long",
        ValidationCode::TooMany if field == "tags" => "validation-too-many-tags",
        ValidationCode::TooMany => "validation-too-many-skills",
        ValidationCode::UnknownEntry => "cli-validation-unknown-entry",
        ValidationCode::InvalidSource => "validation-invalid-source",
        ValidationCode::KindChanged => "validation-kind-changed",
        ValidationCode::DuplicateName => "validation-duplicate-name",
        ValidationCode::InvalidJson => "validation-invalid-json",
        ValidationCode::OutOfRange => "validation-out-of-range",
        ValidationCode::InvalidEmail => "validation-invalid-email",
        ValidationCode::GivenDirectly => "validation-given-directly",
    };
    let count = match error.code {
        ValidationCode::TooMany if field == "tags" => MAX_TAGS,
        ValidationCode::TooMany => MAX_SKILLS,
        _ => limit,
    }
    .to_string();
    skills_i18n::text_with_values(lang, id, [("skill", skill), ("count", count.as_str())])
}

/// The label of an entry's field named by its path (`content.nextStep` → "Next step"), or the
/// path itself where there is none.
pub fn field_label(lang: Lang, path: &str) -> String {
    let bare = path.strip_prefix("content.").unwrap_or(path);
    let mut id = String::from("label-field-");
    for c in bare.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
            id.push(c.to_ascii_lowercase());
        } else {
            id.push(c);
        }
    }
    if skills_i18n::has(lang, &id) {
        skills_i18n::text(lang, &id).to_owned()
    } else {
        path.to_owned()
    }
}

/// A giver role's label ("Stakeholder").
pub fn giver_label(lang: Lang, role: GiverRole) -> &'static str {
    skills_i18n::text(lang, &id("label-giver", role.as_str()))
}

/// An entry kind's label ("Zelfbeoordeling").
pub fn kind_label(lang: Lang, kind: EntryKind) -> &'static str {
    skills_i18n::text(lang, &id("label-kind", kind.as_str()))
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
        let seen: BTreeSet<&str> = problems.iter().map(|p| p.code.as_str()).collect();
        let all: BTreeSet<&str> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(seen, all, "the broken articles show every kind of problem");
        for code in ProblemCode::ALL {
            let json = serde_json::to_value(code).ok();
            assert_eq!(
                json,
                Some(code.as_str().into()),
                "as_str is the code the UI receives"
            );
        }
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
    fn every_validation_rule_and_kind_is_worded_in_both_languages() {
        use skills_journal_store::ValidationCode as C;
        let codes = [
            C::SkillRequired,
            C::UnknownSkill,
            C::SkillArchived,
            C::DuplicateSkill,
            C::RatingOutOfRange,
            C::RatingRequired,
            C::NotAllowed,
            C::JustificationRequired,
            C::TextRequired,
            C::DateOutOfRange,
            C::TooLong,
            C::TooMany,
            C::UnknownEntry,
            C::InvalidSource,
            C::KindChanged,
            C::DuplicateName,
            C::InvalidJson,
            C::OutOfRange,
            C::InvalidEmail,
            C::GivenDirectly,
        ];
        let kinds = EntryKind::ALL;
        for code in codes {
            for field in ["content.situation", "tags", "skills[0].rating", "name"] {
                let error = FieldError::new(field, code, "english");
                for &kind in kinds {
                    let dutch = validation_text(Lang::Nl, &error, kind, "luisteren");
                    let english = validation_text(Lang::En, &error, kind, "luisteren");
                    assert_ne!(dutch, english, "{code:?} {field}");
                    assert!(
                        !dutch.starts_with("validation-") && !dutch.contains('{'),
                        "{dutch}"
                    );
                }
            }
        }
        assert_eq!(
            validation_text(
                Lang::En,
                &FieldError::new("tags", C::TooMany, ""),
                EntryKind::Feedback,
                ""
            ),
            format!("At most {MAX_TAGS} tags per entry.")
        );
        for &kind in kinds {
            for lang in [Lang::Nl, Lang::En] {
                assert!(!kind_label(lang, kind).starts_with("label-"), "{kind:?}");
            }
        }
        assert_eq!(
            kind_label(Lang::Nl, EntryKind::SelfAssessment),
            "Zelfbeoordeling"
        );
        assert_eq!(field_label(Lang::En, "content.nextStep"), "Next step");
        assert_eq!(field_label(Lang::Nl, "content.unknown"), "content.unknown");
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
