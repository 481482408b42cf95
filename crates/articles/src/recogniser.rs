//! The skill catalogue as the articles crate uses it: the catalogue (crates/catalogue) with the
//! matcher built from it, which finds skills in list items, table cells, headings and bold leads.
//!
//! Building the matcher adds the one catalogue rule only skill detection can check: no name,
//! alias or keyword may name two skills once its words are reduced to their stems.

use std::path::Path;
use std::sync::Arc;

use skills_catalogue::{CatalogueError, SkillCatalogue};

use crate::skill_match::{CatalogueWords, SkillMatcher};

/// A skill catalogue with its matcher.
#[derive(Debug, Clone, Default)]
pub struct SkillRecogniser {
    catalogue: Arc<SkillCatalogue>,
    matcher: SkillMatcher,
}

impl SkillRecogniser {
    /// Builds the matcher for `catalogue`; `origin` names the catalogue file in errors.
    pub fn new(catalogue: Arc<SkillCatalogue>, origin: &Path) -> Result<Self, CatalogueError> {
        let words = CatalogueWords {
            filler: catalogue.filler_words().to_vec(),
            list: catalogue.skill_list_words().to_vec(),
        };
        let matcher = SkillMatcher::build(catalogue.skills(), &words).map_err(|message| {
            CatalogueError::Invalid {
                path: origin.to_path_buf(),
                message,
            }
        })?;
        Ok(Self { catalogue, matcher })
    }

    /// Reads the catalogue file and builds its matcher.
    pub fn load(path: &Path) -> Result<Self, CatalogueError> {
        Self::new(Arc::new(SkillCatalogue::load(path)?), path)
    }

    /// No skills: articles then have no detected skills.
    pub fn empty() -> Self {
        Self::default()
    }

    /// The catalogue the matcher was built from.
    pub fn catalogue(&self) -> &SkillCatalogue {
        &self.catalogue
    }

    /// The shared catalogue, for the parts of the app that need it beside the library.
    pub fn shared_catalogue(&self) -> Arc<SkillCatalogue> {
        Arc::clone(&self.catalogue)
    }

    /// The id of the skill a short text (a list item, table cell, heading or bold lead) names
    /// (see docs/architecture.md, "Skill detection").
    pub fn match_item(&self, text: &str) -> Option<&str> {
        self.matcher
            .find(text)
            .and_then(|index| self.catalogue.skills().get(index))
            .map(|skill| skill.id.as_str())
    }

    /// The matcher behind [`match_item`](Self::match_item), for text that arrives in pieces.
    pub(crate) fn matcher(&self) -> &SkillMatcher {
        &self.matcher
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels() -> String {
        let level = r#"{ nl = "n", en = "e" }"#;
        format!("levels = [{level}, {level}, {level}, {level}, {level}]")
    }

    fn skill(id: &str, nl: &str, aliases: &str) -> String {
        format!(
            "[[skill]]\nid = \"{id}\"\nname = {{ nl = \"{nl}\", en = \"{nl}\" }}\naliases = [{aliases}]\n\
             description = {{ nl = \"d\", en = \"d\" }}\n{}\n",
            levels()
        )
    }

    fn build(text: &str) -> Result<SkillRecogniser, CatalogueError> {
        let origin = Path::new("skills.toml");
        let catalogue = SkillCatalogue::from_toml_str(text, origin)?;
        SkillRecogniser::new(Arc::new(catalogue), origin)
    }

    #[test]
    fn items_are_matched_against_the_catalogue() -> Result<(), CatalogueError> {
        let text = format!(
            "version = 1\n{}{}",
            skill(
                "listening",
                "Luisteren en doorvragen",
                "\"actief luisteren\""
            ),
            skill("presentations", "Presentaties", "")
        );
        let recogniser = build(&text)?;
        assert_eq!(
            recogniser.match_item("Actief luisteren: zo doe je dat"),
            Some("listening")
        );
        assert_eq!(recogniser.match_item("Plannen"), None);
        Ok(())
    }

    #[test]
    fn a_name_shared_by_two_skills_is_refused_with_the_file() {
        let text = format!(
            "version = 1\n{}{}",
            skill("a", "A", "\"samen\""),
            skill("b", "B", "\"Samen\"")
        );
        match build(&text) {
            Ok(_) => panic!("a shared alias must be refused"),
            Err(error) => {
                let message = error.to_string();
                assert!(message.contains("names both"), "{message}");
                assert!(message.starts_with("skills.toml"), "{message}");
            }
        }
    }
}
