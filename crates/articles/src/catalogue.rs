//! The skill catalogue (`skills.toml`): the soft skills a trainee grows, with their Dutch and
//! English names, aliases, descriptions and five levels.
//!
//! Loading validates the rules the UI and skill detection rely on (stable ids, five levels, no
//! name shared by two skills) so a mistake in the file shows up as a clear error at start, not
//! as a wrong skill badge later.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::CatalogueError;
use crate::skill_match::{CatalogueWords, SkillMatcher};

/// The catalogue format version this crate reads.
const SUPPORTED_VERSION: u32 = 1;
/// Every skill has exactly this many levels, beginner (1) to expert (5).
const LEVELS: usize = 5;

/// A text in both languages the app speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LocalizedText {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

/// One soft skill from the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Skill {
    /// Stable id, lowercase ASCII letters, digits and `-` (for example `listening`).
    pub id: String,
    /// The skill's name.
    pub name: LocalizedText,
    /// Other ways articles name the skill (list items, table cells, headings, bold leads).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words or phrases that name the skill even amid other words ("luisteren" in "Luisteren
    /// naar wat de klant bedoelt"); see `skill_match::matcher`. Only the matcher reads them.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub keywords: Vec<String>,
    /// Per word of a name, alias or keyword: words that mean the same for matching
    /// (`zaken = ["dingen"]`). Only the matcher reads them.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub synonyms: BTreeMap<String, Vec<String>>,
    /// One line on what the skill is.
    pub description: LocalizedText,
    /// What the skill looks like at levels 1 to 5 (exactly five).
    pub levels: Vec<LocalizedText>,
}

/// The file as written.
#[derive(Debug, Deserialize)]
struct CatalogueFile {
    version: Option<u32>,
    /// Words that never count when matching (articles, pronouns, prepositions).
    #[serde(default)]
    filler_words: Vec<String>,
    /// Words that, ending a heading or the paragraph before a list, say the list names skills.
    #[serde(default)]
    skill_list_words: Vec<String>,
    #[serde(default, rename = "skill")]
    skills: Vec<Skill>,
}

/// The skills articles can name, with the matcher that finds them in list items.
#[derive(Debug, Clone, Default)]
pub struct SkillCatalogue {
    skills: Vec<Skill>,
    by_id: HashMap<String, usize>,
    matcher: SkillMatcher,
}

impl SkillCatalogue {
    /// Reads and validates the catalogue file.
    pub fn load(path: &Path) -> Result<Self, CatalogueError> {
        let text = std::fs::read_to_string(path).map_err(|source| CatalogueError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_toml_str(&text, path)
    }

    /// Parses and validates catalogue text; `origin` names the file in errors.
    pub fn from_toml_str(text: &str, origin: &Path) -> Result<Self, CatalogueError> {
        let file: CatalogueFile = toml::from_str(text).map_err(|error| CatalogueError::Syntax {
            path: origin.to_path_buf(),
            line: error.span().map(|span| line_of(text, span.start)),
            message: error.message().trim().to_owned(),
        })?;
        let invalid = |message: String| CatalogueError::Invalid {
            path: origin.to_path_buf(),
            message,
        };
        match file.version {
            Some(SUPPORTED_VERSION) => {}
            Some(other) => {
                return Err(invalid(format!(
                    "catalogue version {other} is not supported; this app reads version {SUPPORTED_VERSION}"
                )));
            }
            None => {
                return Err(invalid(format!(
                    "add `version = {SUPPORTED_VERSION}` at the top"
                )));
            }
        }
        let words = CatalogueWords {
            filler: file.filler_words,
            list: file.skill_list_words,
        };
        Self::from_skills(file.skills, &words).map_err(invalid)
    }

    /// A catalogue without skills (articles then have no detected skills).
    pub fn empty() -> Self {
        Self::default()
    }

    /// Builds a catalogue from skills, checking the catalogue's rules.
    fn from_skills(skills: Vec<Skill>, words: &CatalogueWords) -> Result<Self, String> {
        let mut by_id = HashMap::with_capacity(skills.len());
        for (index, skill) in skills.iter().enumerate() {
            let id = &skill.id;
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "skill id `{id}` may only contain lowercase letters a-z, digits and `-`"
                ));
            }
            if by_id.insert(id.clone(), index).is_some() {
                return Err(format!("skill id `{id}` is used twice; ids must be unique"));
            }
            if skill.levels.len() != LEVELS {
                return Err(format!(
                    "skill `{id}` has {} levels; every skill needs exactly {LEVELS} (beginner to expert)",
                    skill.levels.len()
                ));
            }
            if skill.name.nl.trim().is_empty() || skill.name.en.trim().is_empty() {
                return Err(format!(
                    "skill `{id}` needs a name in both Dutch (nl) and English (en)"
                ));
            }
        }
        let matcher = SkillMatcher::build(&skills, words)?;
        Ok(Self {
            skills,
            by_id,
            matcher,
        })
    }

    /// All skills, in catalogue order.
    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The skill with this id.
    pub fn get(&self, id: &str) -> Option<&Skill> {
        self.by_id.get(id).and_then(|&index| self.skills.get(index))
    }

    /// The id of the skill a short text (a list item, table cell, heading or bold lead) names
    /// (see docs/architecture.md, "Skill detection").
    pub fn match_item(&self, text: &str) -> Option<&str> {
        self.matcher
            .find(text)
            .and_then(|index| self.skills.get(index))
            .map(|skill| skill.id.as_str())
    }

    /// The matcher behind [`match_item`](Self::match_item), for text that arrives in pieces.
    pub(crate) fn matcher(&self) -> &SkillMatcher {
        &self.matcher
    }

    /// The position of a skill in the catalogue, used to order an article's skills.
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The ids, comma-separated, for messages that list the valid choices.
    pub(crate) fn id_list(&self) -> String {
        let ids: Vec<&str> = self.skills.iter().map(|skill| skill.id.as_str()).collect();
        ids.join(", ")
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let newlines = text
        .as_bytes()
        .get(..end)
        .map_or(0, |before| before.iter().filter(|&&b| b == b'\n').count());
    u32::try_from(newlines)
        .unwrap_or(u32::MAX - 1)
        .saturating_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels() -> String {
        let level = r#"{ nl = "n", en = "e" }"#;
        format!("levels = [{level}, {level}, {level}, {level}, {level}]")
    }

    fn skill(id: &str, nl: &str, en: &str, aliases: &str) -> String {
        format!(
            "[[skill]]\nid = \"{id}\"\nname = {{ nl = \"{nl}\", en = \"{en}\" }}\naliases = [{aliases}]\n\
             description = {{ nl = \"d\", en = \"d\" }}\n{}\n",
            levels()
        )
    }

    fn parse(text: &str) -> Result<SkillCatalogue, CatalogueError> {
        SkillCatalogue::from_toml_str(text, Path::new("skills.toml"))
    }

    #[test]
    fn a_valid_catalogue_loads_and_matches() -> Result<(), CatalogueError> {
        let text = format!(
            "version = 1\n{}{}",
            skill(
                "listening",
                "Luisteren en doorvragen",
                "Listening",
                "\"actief luisteren\""
            ),
            skill("presentations", "Presentaties", "Presentations", "")
        );
        let catalogue = parse(&text)?;
        assert_eq!(catalogue.skills().len(), 2);
        assert_eq!(
            catalogue.get("presentations").map(|s| s.name.en.as_str()),
            Some("Presentations")
        );
        assert_eq!(
            catalogue.match_item("Actief luisteren: zo doe je dat"),
            Some("listening")
        );
        assert_eq!(catalogue.position("presentations"), Some(1));
        assert_eq!(catalogue.id_list(), "listening, presentations");
        Ok(())
    }

    #[test]
    fn broken_catalogues_say_what_to_fix() {
        let cases = [
            ("version = 2\n".to_owned(), "not supported"),
            (skill("x", "X", "X", ""), "version = 1"),
            (
                format!("version = 1\n{}", skill("Bad Id", "X", "X", "")),
                "lowercase",
            ),
            (
                format!(
                    "version = 1\n{}{}",
                    skill("a", "A", "A", ""),
                    skill("a", "B", "B", "")
                ),
                "used twice",
            ),
            (
                format!(
                    "version = 1\n{}{}",
                    skill("a", "A", "A", "\"samen\""),
                    skill("b", "B", "B", "\"Samen\"")
                ),
                "names both",
            ),
            (
                format!(
                    "version = 1\n{}",
                    skill("a", "A", "A", "").replace("{ nl = \"n\", en = \"e\" }]", "]")
                ),
                "levels",
            ),
        ];
        for (text, expected) in cases {
            match parse(&text) {
                Ok(_) => panic!("{text} must be refused"),
                Err(error) => assert!(
                    error.to_string().contains(expected),
                    "`{error}` should mention `{expected}`"
                ),
            }
        }
    }

    #[test]
    fn syntax_errors_carry_the_line() {
        let error = parse("version = 1\n\n[[skill]\n").err();
        assert!(
            matches!(error, Some(CatalogueError::Syntax { line: Some(3), .. })),
            "the broken table header is on line 3: {error:?}"
        );
    }

    #[test]
    fn lines_are_counted_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3, "past the end: the last line");
    }
}
