//! Report benchmark: a generated year of 2,000 entries (8 skills, every kind, Dutch and English
//! texts, some private), and each format timed from the journal to the finished bytes: the JSON
//! export, CSV, Markdown, HTML and PDF (each including building the report model), plus the
//! model alone and importing the JSON export into an empty in-memory journal (with validation).
//! Prints the best and median of repeated runs. Goals: the PDF under 1 s, the others under 100 ms.
//!
//! Run with `cargo bench -p skills-reports --bench reports` (release build).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a panic is a failed run"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use skills_catalogue::{Lang, LocalizedText, Skill};
use skills_journal_store::{
    ActionContent, EntryContent, EntryInput, EntrySkill, FeedbackContent, FeedbackSetting,
    GiverRole, JournalStore, ReflectionContent, SelfAssessmentContent,
};
use skills_reports::{Report, ReportOptions};

const SKILLS: [&str; 8] = [
    "listening",
    "explaining",
    "change-resistance",
    "multidisciplinary-collaboration",
    "prioritising",
    "presentations",
    "stakeholder-meetings",
    "teamwork",
];

const SENTENCES: &[&str] = &[
    "Tijdens de sprint review liet ik eerst de demo zien en legde ik daarna pas uit waarom we dit gebouwd hadden.",
    "In the stakeholder meeting I summarised the decision before moving on, which kept everyone on the same page.",
    "Mijn presentatie over de nieuwe API was te technisch voor het publiek; volgende keer begin ik met het probleem.",
    "We disagreed about the priorities for the release, so I asked each person what they would drop first.",
    "Ik heb de weerstand tegen de nieuwe werkwijze serieus genomen en gevraagd wat de zorgen precies waren.",
    "My coach noticed that I interrupted twice; I will let people finish and then ask a follow-up question.",
];

const ENTRIES: usize = 2_000;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
        .unwrap()
        .to_utc()
}

fn input(i: usize, start: NaiveDate) -> EntryInput {
    let date = start + TimeDelta::days(i64::try_from(i * 365 / ENTRIES).unwrap());
    let skill = SKILLS[i % SKILLS.len()];
    let text = |k: usize| Some(SENTENCES[(i + k) % SENTENCES.len()].to_owned());
    let rating = u8::try_from(i % 5).unwrap() + 1;
    let (skills, content) = match i % 4 {
        0 => (
            vec![EntrySkill::rated(skill, rating)],
            EntryContent::Feedback(FeedbackContent {
                setting: FeedbackSetting::Teamwork,
                giver_role: GiverRole::ALL[i % GiverRole::ALL.len()],
                giver_name: None,
                situation: text(0),
                behaviour: text(1),
                impact: text(2),
                next_step: text(3),
                keep_doing: None,
                try_next: None,
            }),
        ),
        1 => (
            vec![EntrySkill::new(skill)],
            EntryContent::Reflection(ReflectionContent {
                situation: text(0),
                task: text(1),
                action: text(2),
                result: text(3),
                reflection: text(4),
            }),
        ),
        2 => (
            vec![EntrySkill {
                skill_id: skill.to_owned(),
                rating: Some(rating),
                justification: Some("Meer oefening gehad".to_owned()),
            }],
            EntryContent::SelfAssessment(SelfAssessmentContent { note: text(5) }),
        ),
        _ => (
            vec![EntrySkill::new(skill)],
            EntryContent::Action(ActionContent {
                text: SENTENCES[i % SENTENCES.len()].to_owned(),
                due: Some(date + TimeDelta::days(21)),
                done: i.is_multiple_of(3),
                source_entry_id: None,
            }),
        ),
    };
    let mut input = EntryInput::new(date, skills, content);
    input.private = i.is_multiple_of(10);
    input.tags = vec!["sprint".to_owned()];
    input
}

fn catalogue() -> Vec<Skill> {
    SKILLS
        .iter()
        .map(|id| {
            let levels = ["1", "2", "3", "4", "5"]
                .map(|level| LocalizedText::new(level, level))
                .to_vec();
            let name = LocalizedText::new(format!("Vaardigheid {id}"), format!("Skill {id}"));
            Skill::new(*id, name, LocalizedText::new("", ""), levels)
        })
        .collect()
}

fn time(name: &str, unit: &str, runs: usize, work: impl FnMut() -> usize) {
    time_with_goal(name, unit, runs, 100.0, work);
}

/// Best and median of `runs` runs of `work`, against a goal in milliseconds.
fn time_with_goal(
    name: &str,
    unit: &str,
    runs: usize,
    goal_ms: f64,
    mut work: impl FnMut() -> usize,
) {
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    let mut bytes = 0;
    for _ in 0..runs {
        let started = Instant::now();
        bytes = black_box(work());
        times.push(started.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let best = ms(times[0]);
    println!(
        "{name:<28} best {best:>8.2} ms   median {:>8.2} ms   {:>9} {unit:<7}   {}",
        ms(times[times.len() / 2]),
        bytes,
        if best < goal_ms {
            format!("ok (< {goal_ms} ms)")
        } else {
            format!("SLOW (goal < {goal_ms} ms)")
        }
    );
}

fn main() {
    let start = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
    let mut store = JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids(SKILLS);
    let inputs: Vec<EntryInput> = (0..ENTRIES).map(|i| input(i, start)).collect();
    store.create_entries(&inputs, now()).unwrap();
    let catalogue = catalogue();
    let options = ReportOptions {
        from: start,
        to: start + TimeDelta::days(364),
        skills: None,
        include_private: false,
        lang: Lang::Nl,
        compare_to: None,
        now: now(),
    };
    let runs = 11;
    println!("{ENTRIES} entries over a year, {runs} runs each, release build:");
    time("report model only", "entries", runs, || {
        Report::build(&store, &catalogue, &options)
            .unwrap()
            .entries
            .len()
    });
    time("JSON export (whole journal)", "bytes", runs, || {
        skills_reports::json(&store, now()).unwrap().len()
    });
    let export = store.export(now()).unwrap();
    time("JSON import (empty journal)", "entries", runs, || {
        let mut copy = JournalStore::open_in_memory().unwrap();
        copy.set_catalogue_ids(SKILLS);
        copy.import(&export, now()).unwrap().entries_added as usize
    });
    time("CSV", "bytes", runs, || {
        let report = Report::build(&store, &catalogue, &options).unwrap();
        skills_reports::csv(&report).unwrap().len()
    });
    time("Markdown", "bytes", runs, || {
        let report = Report::build(&store, &catalogue, &options).unwrap();
        skills_reports::markdown(&report).len()
    });
    time("HTML (with SVG charts)", "bytes", runs, || {
        let report = Report::build(&store, &catalogue, &options).unwrap();
        skills_reports::html(&report).len()
    });
    // The first PDF also parses the embedded fonts and builds typst's library (once per
    // process); the runs after it are what a user waits for each time.
    skills_reports::pdf(&Report::build(&store, &catalogue, &options).unwrap()).unwrap();
    time_with_goal(
        "PDF (typst, with SVG charts)",
        "bytes",
        runs,
        1000.0,
        || {
            let report = Report::build(&store, &catalogue, &options).unwrap();
            skills_reports::pdf(&report).unwrap().len()
        },
    );
}
