//! Integration tests of skills-reports: the report for a fixed journal and a fixed "now"
//! (snapshots in both languages), CSV injection, HTML safety and atomic writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

use chrono::{DateTime, NaiveDate, Utc};
use journal_store::{
    ActionContent, EntryContent, EntryInput, EntrySkill, FeedbackContent, FeedbackSetting,
    GiverRole, JournalStore, ReflectionContent, SelfAssessmentContent,
};
use reports::{
    ActionStatus, GapFlag, Lang, Rag, Report, ReportOptions, SkillInfo, csv, gap_flag, html,
    markdown, radar_svg, write_atomically,
};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
        .unwrap()
        .to_utc()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn skill(id: &str, nl: &str, en: &str) -> SkillInfo {
    SkillInfo {
        id: id.to_owned(),
        name_nl: nl.to_owned(),
        name_en: en.to_owned(),
        levels_nl: ["beginner", "op weg", "zelfstandig", "gevorderd", "expert"].map(String::from),
        levels_en: [
            "beginner",
            "developing",
            "independent",
            "advanced",
            "expert",
        ]
        .map(String::from),
    }
}

fn catalogue() -> Vec<SkillInfo> {
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

fn assessment(date: &str, skill: &str, level: u8, why: Option<&str>) -> EntryInput {
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

fn feedback(date: &str, skill: &str, rating: u8, role: GiverRole, text: &str) -> EntryInput {
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
        }),
    )
}

fn action(date: &str, skill: &str, text: &str, due: &str, done: bool) -> EntryInput {
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
fn journal() -> JournalStore {
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

fn options(lang: Lang) -> ReportOptions {
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

fn report(lang: Lang) -> Report {
    Report::build(&journal(), &catalogue(), &options(lang)).unwrap()
}

#[test]
fn the_gap_rule_is_a_third_of_the_scale() {
    assert_eq!(gap_flag(4, 2.0), Some(GapFlag::BlindSpot), "2 > 4/3");
    assert_eq!(gap_flag(2, 3.5), Some(GapFlag::HiddenStrength), "1.5 > 4/3");
    assert_eq!(gap_flag(4, 2.7), None, "1.3 is not more than 4/3");
    assert_eq!(gap_flag(3, 3.0), None);
}

#[test]
fn self_versus_others_flags_and_status() {
    let report = report(Lang::En);
    let by = |id: &str| report.skills.iter().find(|s| s.id == id).unwrap();
    let presenting = by("presentations");
    assert_eq!(presenting.self_level, Some(4));
    assert_eq!(
        presenting.earlier_level,
        Some(2),
        "the assessment before the period"
    );
    assert_eq!(presenting.others_average, Some(2.5));
    assert_eq!(presenting.flag, Some(GapFlag::BlindSpot));
    assert_eq!(presenting.status, Rag::Red);
    assert_eq!(presenting.actions[0].status, ActionStatus::Overdue);
    assert_eq!(
        presenting.quotes.len(),
        2,
        "the highest and the lowest rated feedback"
    );
    let listening = by("listening");
    assert_eq!(listening.others_average, Some(4.5));
    assert_eq!(listening.flag, Some(GapFlag::HiddenStrength));
    assert_eq!(listening.evidence, 4, "the private reflection is left out");
    let teamwork = by("teamwork");
    assert_eq!(teamwork.status, Rag::Green);
    assert_eq!(teamwork.others_count, 1, "the trashed feedback is left out");
    assert_eq!(
        report.weeks.len(),
        9,
        "Monday 31 August to the week of 26 October"
    );
}

#[test]
fn private_entries_count_only_when_asked() {
    let with = Report::build(
        &journal(),
        &catalogue(),
        &ReportOptions {
            include_private: true,
            ..options(Lang::Nl)
        },
    )
    .unwrap();
    let listening = with.skills.iter().find(|s| s.id == "listening").unwrap();
    assert_eq!(listening.evidence, 5);
}

#[test]
fn markdown_snapshots() {
    insta::assert_snapshot!("markdown_nl", markdown(&report(Lang::Nl)));
    insta::assert_snapshot!("markdown_en", markdown(&report(Lang::En)));
}

#[test]
fn html_snapshots() {
    insta::assert_snapshot!("html_nl", html(&report(Lang::Nl)));
    insta::assert_snapshot!("html_en", html(&report(Lang::En)));
}

#[test]
fn output_is_deterministic() {
    assert_eq!(html(&report(Lang::Nl)), html(&report(Lang::Nl)));
    assert_eq!(radar_svg(&report(Lang::En)), radar_svg(&report(Lang::En)));
}

const HOSTILE: &str =
    r#"<script>alert(1)</script><img src=x onerror="alert(2)"> "onload=alert(3) x' onclick='y"#;

fn hostile_report() -> Report {
    let mut store = journal();
    let name = store
        .add_custom_skill("<svg onload=alert(4)>", now())
        .unwrap();
    let mut input = feedback("2026-10-05", "teamwork", 2, GiverRole::Peer, HOSTILE);
    input.skills.push(EntrySkill::rated(name.id, 5));
    input.tags = vec!["=cmd|' /C calc'!A0".to_owned()];
    store.create_entry(&input, now()).unwrap();
    store
        .create_entry(
            &action("2026-10-06", "teamwork", HOSTILE, "2026-10-30", false),
            now(),
        )
        .unwrap();
    Report::build(&store, &catalogue(), &options(Lang::En)).unwrap()
}

#[test]
fn hostile_text_in_html_stays_text() {
    let page = html(&hostile_report());
    let document = scraper::Html::parse_document(&page);
    let scripts = scraper::Selector::parse("script").unwrap();
    assert_eq!(document.select(&scripts).count(), 0, "no script element");
    let all = scraper::Selector::parse("*").unwrap();
    for element in document.select(&all) {
        for (name, _) in element.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "no event handler attributes, found {name} on <{}>",
                element.value().name()
            );
        }
        assert_ne!(
            element.value().name(),
            "img",
            "no element from the journal's text"
        );
    }
    let text: String = document.root_element().text().collect();
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the hostile text is shown as text"
    );
    assert!(
        text.contains("<svg onload=alert(4)>"),
        "skill names are shown as text"
    );
    assert!(page.contains("lang=\"en\""));
}

#[test]
fn csv_neutralises_formulas_and_opens_in_dutch_spreadsheets() {
    let mut store = journal();
    for text in [
        "=HYPERLINK(\"http://x\")",
        "+31 6 1234",
        "-2+3",
        "@SUM(A1:A2)",
        "\tstart",
        "\rstart",
    ] {
        let input = feedback("2026-10-07", "teamwork", 3, GiverRole::Peer, text);
        store.create_entry(&input, now()).unwrap();
    }
    let report = Report::build(&store, &catalogue(), &options(Lang::Nl)).unwrap();
    let bytes = csv(&report).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a UTF-8 BOM for Excel"
    );
    let body = &bytes[3..];
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[1], "datum");
    let behaviour = headers.iter().position(|h| h == "gedrag").unwrap();
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), report.entries.len(), "one row per entry");
    let cells: Vec<&str> = rows.iter().map(|r| &r[behaviour]).collect();
    for dangerous in ["'=HYPERLINK", "'+31", "'-2+3", "'@SUM"] {
        assert!(
            cells.iter().any(|c| c.starts_with(dangerous)),
            "{dangerous} should be neutralised: {cells:?}"
        );
    }
    for cell in rows.iter().flat_map(|r| r.iter()) {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "no cell may start like a formula: {cell:?}"
        );
    }
}

#[test]
fn atomic_write_replaces_the_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.html");
    write_atomically(&path, b"eerste").unwrap();
    write_atomically(&path, b"tweede").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"tweede");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left behind");
}

#[test]
fn a_failed_atomic_write_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    // The destination is a folder: the rename fails after the data was written.
    let blocked = dir.path().join("rapport.csv");
    std::fs::create_dir(&blocked).unwrap();
    let error = write_atomically(&blocked, b"data").unwrap_err();
    assert!(
        error.to_string().contains("rapport.csv"),
        "the message names the file: {error}"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("rapport.csv")],
        "only the folder that was there"
    );
    assert!(blocked.is_dir());
    // A folder that does not exist: nothing is created.
    let missing = dir.path().join("nope").join("rapport.md");
    assert!(write_atomically(&missing, b"data").is_err());
    assert!(!dir.path().join("nope").exists());
}
