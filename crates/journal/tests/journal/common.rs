//! Helpers shared by the test modules: a fixed clock, the catalogue, and entries of each kind.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use skills_catalogue::{LocalizedText, Skill, SkillCatalogue};
use skills_journal_store::{
    ActionContent, EntryContent, EntryId, EntryInput, EntrySkill, FeedbackContent, FeedbackSetting,
    GiverRole, JournalStore, ReflectionContent, SelfAssessmentContent,
};

/// The skill ids of the bundled catalogue (docs/architecture.md).
pub const CATALOGUE: [&str; 8] = [
    "listening",
    "explaining",
    "change-resistance",
    "multidisciplinary-collaboration",
    "prioritising",
    "presentations",
    "stakeholder-meetings",
    "teamwork",
];

/// The bundled catalogue's skills as a [`SkillCatalogue`] (the texts do not matter here).
pub fn catalogue() -> SkillCatalogue {
    let text = |s: &str| LocalizedText {
        nl: s.to_owned(),
        en: s.to_owned(),
    };
    let skills = CATALOGUE
        .iter()
        .map(|id| Skill {
            id: (*id).to_owned(),
            name: text(id),
            aliases: Vec::new(),
            keywords: Vec::new(),
            synonyms: Default::default(),
            description: text(id),
            levels: (1..=5).map(|level| text(&level.to_string())).collect(),
        })
        .collect();
    SkillCatalogue::from_skills(skills).unwrap()
}

/// "Now" in every test: 2026-11-02 10:00 UTC.
pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
        .unwrap()
        .to_utc()
}

/// `now()` plus some days.
pub fn days_later(days: i64) -> DateTime<Utc> {
    now() + TimeDelta::days(days)
}

/// A date from `YYYY-MM-DD`.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// An in-memory journal that knows the catalogue.
pub fn memory_store() -> JournalStore {
    let mut store = JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids(CATALOGUE);
    store
}

/// A journal file in `dir` that knows the catalogue.
pub fn file_store(dir: &Path, at: DateTime<Utc>) -> JournalStore {
    let mut store = JournalStore::open(journal_path(dir), at).unwrap();
    store.set_catalogue_ids(CATALOGUE);
    store
}

/// Where the journal lives in a test folder.
pub fn journal_path(dir: &Path) -> PathBuf {
    dir.join("journal.sqlite")
}

/// Feedback about presentations with a situation, behaviour and impact.
pub fn feedback(day: &str, impact: &str) -> EntryInput {
    EntryInput::new(
        date(day),
        vec![EntrySkill::rated("presentations", 4)],
        EntryContent::Feedback(FeedbackContent {
            setting: FeedbackSetting::Presentation,
            giver_role: GiverRole::Coach,
            giver_name: Some("Marieke".to_owned()),
            situation: Some("Sprint review met de klant".to_owned()),
            behaviour: Some("Je liet eerst de demo zien en legde daarna uit".to_owned()),
            impact: Some(impact.to_owned()),
            next_step: Some("Volgende keer start ik met het probleem".to_owned()),
            keep_doing: None,
            try_next: None,
        }),
    )
}

/// A reflection about listening.
pub fn reflection(day: &str, text: &str) -> EntryInput {
    EntryInput::new(
        date(day),
        vec![EntrySkill::new("listening")],
        EntryContent::Reflection(ReflectionContent {
            reflection: Some(text.to_owned()),
            ..Default::default()
        }),
    )
}

/// A self-assessment of one skill.
pub fn assessment(day: &str, skill: &str, level: u8, justification: Option<&str>) -> EntryInput {
    EntryInput::new(
        date(day),
        vec![EntrySkill {
            skill_id: skill.to_owned(),
            rating: Some(level),
            justification: justification.map(str::to_owned),
        }],
        EntryContent::SelfAssessment(SelfAssessmentContent::default()),
    )
}

/// An action about presentations, optionally from a source entry.
pub fn action(day: &str, text: &str, source: Option<EntryId>) -> EntryInput {
    EntryInput::new(
        date(day),
        vec![EntrySkill::new("presentations")],
        EntryContent::Action(ActionContent {
            text: text.to_owned(),
            due: Some(date(day) + TimeDelta::days(14)),
            done: false,
            source_entry_id: source,
        }),
    )
}
