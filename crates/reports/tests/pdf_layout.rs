//! The PDF holds its layout with real data: a journal with long justifications, long skill names
//! and many actions is typeset in both languages, read back word by word with
//! `pdftotext -bbox` (Debian: poppler-utils), and every word must lie inside the page's text
//! area, and no page that continues a section may be nearly empty (a section's short first page
//! is its whole content; a page a section spills onto with a line or two is a layout fault).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

mod common;

use std::path::Path;
use std::process::Command;

use common::{action, assessment, feedback, now, options};
use skills_catalogue::{Lang, LocalizedText, Skill};
use skills_journal_store::{GiverRole, JournalStore};
use skills_reports::{Report, pdf};

/// The text area's left and right edges on A4 (595.28 pt wide): `margin: (x: 2.3cm)` in
/// `report.typ`, the cover's 2.6 cm lying inside it. One point of slack for rounding.
const LEFT: f64 = 2.3 / 2.54 * 72.0 - 1.0;
const RIGHT: f64 = 595.28 - 2.3 / 2.54 * 72.0 + 1.0;
/// A page that continues a section with fewer words than this (footer included) is nearly empty.
const MIN_WORDS: usize = 25;

/// One word as pdftotext places it.
struct Word {
    page: usize,
    x_min: f64,
    x_max: f64,
    /// Its height: the section headings (19 pt) and the cover's title stand out.
    height: f64,
    text: String,
}

/// Taller than any body, table or level-2 heading text: a section heading or the cover title.
const SECTION_HEADING_HEIGHT: f64 = 16.0;

/// Every word of the PDF with its box, and the number of pages.
fn words(bytes: &[u8]) -> (Vec<Word>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (Debian: apt-get install poppler-utils)");
    assert!(output.status.success(), "pdftotext failed");
    let html = String::from_utf8(output.stdout).unwrap();
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let attr = |name: &str| -> f64 {
            let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            let end = start + rest[start..].find('"').unwrap();
            rest[start..end].parse().unwrap()
        };
        let text_start = rest.find('>').unwrap() + 1;
        let text_end = rest.rfind("</word>").unwrap();
        words.push(Word {
            page,
            x_min: attr("xMin"),
            x_max: attr("xMax"),
            height: attr("yMax") - attr("yMin"),
            text: rest[text_start..text_end].to_owned(),
        });
    }
    (words, page)
}

/// Three skills with long names, each with self-assessments whose justifications are as long
/// as the journal allows, feedback, and `actions` actions with long texts.
fn demanding_journal(actions: usize) -> JournalStore {
    let mut store = JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids([
        "listening",
        "change-resistance",
        "multidisciplinary-collaboration",
    ]);
    let why = "In de stakeholdermeeting vroeg ik door naar het doel achter elke wens en vatte ik na elk onderwerp samen wat we afspraken, zodat er aan het eind geen misverstand over de planning overbleef.";
    assert!(why.chars().count() <= 200, "within the journal's limit");
    for skill_id in [
        "listening",
        "change-resistance",
        "multidisciplinary-collaboration",
    ] {
        for (date, level) in [
            ("2026-09-02", 2),
            ("2026-09-20", 3),
            ("2026-10-04", 4),
            ("2026-10-23", 3),
        ] {
            store
                .create_entry(&assessment(date, skill_id, level, Some(why)), now())
                .unwrap();
        }
        store
            .create_entry(
                &feedback("2026-10-08", skill_id, 4, GiverRole::Stakeholder, why),
                now(),
            )
            .unwrap();
        for n in 1..=actions {
            let text = format!(
                "Actie {n}: in elke refinement minstens drie open vragen stellen en daarna hardop samenvatten wat ik gehoord heb, ook als de tijd dringt en iedereen snel verder wil"
            );
            store
                .create_entry(
                    &action("2026-10-10", skill_id, &text, "2026-12-15", n % 3 == 0),
                    now(),
                )
                .unwrap();
        }
    }
    store
}

/// Skills as long as the bundled catalogue's: names of a line, level descriptors of a sentence.
fn skills() -> Vec<Skill> {
    let level_nl = "Vat in een refinement samen wat je hebt gehoord en vraagt door naar het doel achter een wens voordat je een oplossing noemt, ook als de tijd dringt.";
    let level_en = "Summarises what you heard in a refinement and asks about the goal behind a request before proposing a solution, even when time is short.";
    [
        ("listening", "Luisteren en doorvragen", "Listening and asking follow-up questions"),
        ("change-resistance", "Omgaan met weerstand tegen verandering", "Dealing with resistance to change"),
        (
            "multidisciplinary-collaboration",
            "Samenwerken in multidisciplinaire teams met ontwerpers, testers, beheerders en de business",
            "Collaborating in multidisciplinary teams with designers, testers, operations and the business",
        ),
    ]
    .into_iter()
    .map(|(id, nl, en)| {
        let levels = vec![LocalizedText::new(level_nl, level_en); 5];
        Skill::new(id, LocalizedText::new(nl, en), LocalizedText::new("", ""), levels)
    })
    .collect()
}

/// Writes the PDF next to the test's temporary files, to look at.
fn keep(bytes: &[u8], name: &str) {
    let _ = std::fs::write(Path::new(env!("CARGO_TARGET_TMPDIR")).join(name), bytes);
}

fn check(lang: Lang) {
    // How far a skill's section runs onto its next page depends on the number of actions.
    for actions in [0, 1, 2, 5, 8] {
        check_with(lang, actions);
    }
}

fn check_with(lang: Lang, actions: usize) {
    let skills = skills();
    let report = Report::build(&demanding_journal(actions), &skills, &options(lang)).unwrap();
    let bytes = pdf(&report).unwrap();
    keep(&bytes, &format!("layout-{lang:?}-{actions}.pdf"));
    let (words, pages) = words(&bytes);
    let outside: Vec<String> = words
        .iter()
        .filter(|w| w.x_min < LEFT || w.x_max > RIGHT)
        .map(|w| {
            format!(
                "page {}: `{}` at {:.1}..{:.1} pt",
                w.page, w.text, w.x_min, w.x_max
            )
        })
        .collect();
    assert!(
        outside.is_empty(),
        "{lang:?} with {actions} actions a skill: every word lies inside the text area ({LEFT:.1}..{RIGHT:.1} pt); outside:\n{}",
        outside.join("\n")
    );
    let counts: Vec<usize> = (1..=pages)
        .map(|page| words.iter().filter(|w| w.page == page).count())
        .collect();
    println!("{lang:?} with {actions} actions a skill: words per page {counts:?}");
    for (index, &count) in counts.iter().enumerate() {
        let page = index + 1;
        let starts_a_section = words
            .iter()
            .any(|w| w.page == page && w.height > SECTION_HEADING_HEIGHT);
        if starts_a_section {
            continue;
        }
        assert!(
            count >= MIN_WORDS,
            "{lang:?} with {actions} actions a skill: page {page} of {pages} is nearly empty ({count} words)"
        );
    }
}

#[test]
fn long_justifications_names_and_many_actions_stay_inside_the_page_in_dutch() {
    check(Lang::Nl);
}

#[test]
fn long_justifications_names_and_many_actions_stay_inside_the_page_in_english() {
    check(Lang::En);
}
