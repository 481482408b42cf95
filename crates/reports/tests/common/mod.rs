//! The fixed test journal shared by the integration tests (reports.rs, pdf.rs): a period of
//! 1 September to 31 October 2026 with a fixed "now", three skills, a blind spot, a hidden
//! strength, an overdue action, a private entry and a trashed one.

#![allow(
    dead_code,
    reason = "each test crate includes this module and uses part of it"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

use chrono::{DateTime, NaiveDate, Utc};
use skills_catalogue::{Lang, LocalizedText, Skill};
use skills_journal_store::{
    ActionContent, EntryContent, EntryInput, EntrySkill, FeedbackContent, FeedbackSetting,
    GiverRole, JournalStore, ReflectionContent, SelfAssessmentContent,
};
use skills_reports::{Report, ReportOptions};

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
        .unwrap()
        .to_utc()
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn skill(id: &str, nl: &str, en: &str) -> Skill {
    let levels_nl = ["beginner", "op weg", "zelfstandig", "gevorderd", "expert"];
    let levels_en = [
        "beginner",
        "developing",
        "independent",
        "advanced",
        "expert",
    ];
    let levels = levels_nl
        .iter()
        .zip(levels_en)
        .map(|(nl, en)| LocalizedText::new(*nl, en))
        .collect();
    Skill::new(
        id,
        LocalizedText::new(nl, en),
        LocalizedText::new("", ""),
        levels,
    )
}

pub fn catalogue() -> Vec<Skill> {
    vec![
        skill(
            "listening",
            "Luisteren en doorvragen",
            "Listening and asking follow-up questions",
        ),
        skill("presentations", "Presenteren", "Presenting"),
        skill("teamwork", "Samenwerken in een team", "Teamwork"),
    ]
}

pub fn assessment(date: &str, skill: &str, level: u8, why: Option<&str>) -> EntryInput {
    EntryInput::new(
        day(date),
        vec![EntrySkill {
            skill_id: skill.to_owned(),
            rating: Some(level),
            justification: why.map(str::to_owned),
        }],
        EntryContent::SelfAssessment(SelfAssessmentContent::default()),
    )
}

pub fn feedback(date: &str, skill: &str, rating: u8, role: GiverRole, text: &str) -> EntryInput {
    EntryInput::new(
        day(date),
        vec![EntrySkill::rated(skill, rating)],
        EntryContent::Feedback(FeedbackContent {
            setting: FeedbackSetting::Presentation,
            giver_role: role,
            giver_name: None,
            situation: None,
            behaviour: Some(text.to_owned()),
            impact: None,
            next_step: None,
            keep_doing: None,
            try_next: None,
        }),
    )
}

pub fn action(date: &str, skill: &str, text: &str, due: &str, done: bool) -> EntryInput {
    EntryInput::new(
        day(date),
        vec![EntrySkill::new(skill)],
        EntryContent::Action(ActionContent {
            text: text.to_owned(),
            due: Some(day(due)),
            done,
            source_entry_id: None,
        }),
    )
}

/// Period 1 September to 31 October 2026, "now" 2 November 2026.
/// Presentations: self 4 against others 2 (a blind spot) and an overdue action.
/// Listening: self 2 against others 4.5 (a hidden strength). Teamwork: 4 and 4 (green).
pub fn journal() -> JournalStore {
    let mut store = JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids(["listening", "presentations", "teamwork"]);
    let inputs = [
        assessment("2026-08-20", "presentations", 2, None),
        assessment("2026-08-20", "listening", 3, None),
        feedback(
            "2026-09-03",
            "presentations",
            2,
            GiverRole::Coach,
            "Je begon met details; de klant haakte af",
        ),
        feedback(
            "2026-09-17",
            "presentations",
            3,
            GiverRole::Client,
            "Duidelijke demo, \"te snel\" door de cijfers",
        ),
        assessment(
            "2026-09-20",
            "presentations",
            4,
            Some("Twee demo's zelf gegeven"),
        ),
        feedback(
            "2026-09-10",
            "listening",
            4,
            GiverRole::Peer,
            "Je vatte samen wat ik zei",
        ),
        feedback(
            "2026-10-08",
            "listening",
            5,
            GiverRole::Manager,
            "Sterke vragen aan de stakeholder",
        ),
        assessment("2026-10-10", "listening", 2, Some("Ik onderbreek nog vaak")),
        feedback(
            "2026-10-12",
            "teamwork",
            4,
            GiverRole::Peer,
            "Je hielp bij de release",
        ),
        assessment("2026-10-14", "teamwork", 4, None),
        action(
            "2026-09-04",
            "presentations",
            "Begin met het probleem van de klant",
            "2026-10-15",
            false,
        ),
        action(
            "2026-10-01",
            "listening",
            "Eerst samenvatten, dan reageren",
            "2026-10-20",
            true,
        ),
        action(
            "2026-10-20",
            "teamwork",
            "Pair-programmen met een junior",
            "2026-11-30",
            false,
        ),
    ];
    for input in &inputs {
        store.create_entry(input, now()).unwrap();
    }
    let mut private = EntryInput::new(
        day("2026-10-02"),
        vec![EntrySkill::new("listening")],
        EntryContent::Reflection(ReflectionContent {
            reflection: Some("Privé: ik was moe".to_owned()),
            ..Default::default()
        }),
    );
    private.private = true;
    store.create_entry(&private, now()).unwrap();
    let trashed = store
        .create_entry(
            &feedback("2026-10-03", "teamwork", 1, GiverRole::Other, "Weggegooid"),
            now(),
        )
        .unwrap();
    store.delete_entry(trashed.id, now()).unwrap();
    store
}

pub fn options(lang: Lang) -> ReportOptions {
    ReportOptions {
        from: day("2026-09-01"),
        to: day("2026-10-31"),
        skills: None,
        include_private: false,
        lang,
        compare_to: None,
        now: now(),
    }
}

pub fn report(lang: Lang) -> Report {
    Report::build(&journal(), &catalogue(), &options(lang)).unwrap()
}
