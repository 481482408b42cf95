//! Integration tests of skills-reports: the report for a fixed journal and a fixed "now"
//! (snapshots in both languages), CSV injection, HTML safety and atomic writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

mod common;

use common::{action, catalogue, feedback, journal, now, options, report};
use skills_catalogue::Lang;
use skills_journal_store::{EntrySkill, GiverRole};
use skills_reports::{
    ActionStatus, GapFlag, Rag, Report, ReportOptions, csv, gap_flag, html, markdown, radar_svg,
};

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
