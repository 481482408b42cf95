//! The skill catalogue (`skills.toml`): the soft skills a trainee grows, with their Dutch and
//! English names, aliases, descriptions and five levels.
//!
//! Loading validates the rules the UI, the journal and the reports rely on (stable ids, five
//! levels, names in both languages) so a mistake in the file shows up as a clear error at start,
//! not as a wrong skill badge later. Skill detection (the articles crate) adds its own rule: no
//! name may be shared by two skills once words are reduced to their stems.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::CatalogueError;
use crate::lang::Lang;

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

impl LocalizedText {
    /// A text from its Dutch and English wording.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
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
    /// naar wat de klant bedoelt"); only skill detection (the articles crate) reads them.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub keywords: Vec<String>,
    /// Per word of a name, alias or keyword: words that mean the same for matching
    /// (`zaken = ["dingen"]`). Only skill detection reads them.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub synonyms: BTreeMap<String, Vec<String>>,
    /// One line on what the skill is.
    pub description: LocalizedText,
    /// What the skill looks like at levels 1 to 5 (exactly five).
    pub levels: Vec<LocalizedText>,
}

impl Skill {
    /// A skill with a name, a description and its levels, and no extra words for matching
    /// (for callers that build a catalogue in code).
    pub fn new(
        id: impl Into<String>,
        name: LocalizedText,
        description: LocalizedText,
        levels: Vec<LocalizedText>,
    ) -> Self {
        Self {
            id: id.into(),
            name,
            aliases: Vec::new(),
            keywords: Vec::new(),
            synonyms: BTreeMap::new(),
            description,
            levels,
        }
    }

    /// The skill's name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }

    /// What level 1 to 5 looks like, in `lang`; `None` for any other number.
    pub fn level(&self, lang: Lang, level: u8) -> Option<&str> {
        let index = usize::from(level).checked_sub(1)?;
        self.levels.get(index).map(|text| text.get(lang))
    }
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

/// The skills a trainee grows, in catalogue order, with the words skill detection needs.
#[derive(Debug, Clone, Default)]
pub struct SkillCatalogue {
    skills: Vec<Skill>,
    by_id: HashMap<String, usize>,
    filler_words: Vec<String>,
    skill_list_words: Vec<String>,
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
        let mut catalogue = Self::from_skills(file.skills).map_err(invalid)?;
        catalogue.filler_words = file.filler_words;
        catalogue.skill_list_words = file.skill_list_words;
        Ok(catalogue)
    }

    /// A catalogue without skills (articles then have no detected skills).
    pub fn empty() -> Self {
        Self::default()
    }

    /// A catalogue of these skills, checking the catalogue's rules (ids, five levels, names in
    /// both languages); the message says which rule a skill breaks.
    pub fn from_skills(skills: Vec<Skill>) -> Result<Self, String> {
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
        Ok(Self {
            skills,
            by_id,
            ..Self::default()
        })
    }

    /// All skills, in catalogue order.
    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The skill ids, in catalogue order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.skills.iter().map(|skill| skill.id.as_str())
    }

    /// The skill with this id.
    pub fn get(&self, id: &str) -> Option<&Skill> {
        self.by_id.get(id).and_then(|&index| self.skills.get(index))
    }

    /// Words that never count when matching skill names (articles, pronouns, prepositions).
    pub fn filler_words(&self) -> &[String] {
        &self.filler_words
    }

    /// Words that, ending a heading or the paragraph before a list, say the list names skills.
    pub fn skill_list_words(&self) -> &[String] {
        &self.skill_list_words
    }

    /// The position of a skill in the catalogue, used to order an article's skills.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The ids, comma-separated, for messages that list the valid choices.
    pub fn id_list(&self) -> String {
        self.ids().collect::<Vec<_>>().join(", ")
    }
}

/// The 1-based line of byte `offset` in `text`, for errors that point into a file (the
/// catalogue here, front matter in the articles crate).
pub fn line_of(text: &str, offset: usize) -> u32 {
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
    fn a_valid_catalogue_loads() -> Result<(), CatalogueError> {
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
            catalogue
                .get("listening")
                .and_then(|s| s.level(Lang::En, 5)),
            Some("e")
        );
        assert_eq!(
            catalogue.get("listening").map(|s| s.name(Lang::Nl)),
            Some("Luisteren en doorvragen")
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
