//! The PDF report, read back as text with `pdftotext` (Debian: poppler-utils): the fixed
//! journal in both languages (cover, contents, summary with the signals, every skill, the
//! evidence quotes, the action plan, page numbers) and hostile text that must come out literally.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

mod common;

use std::process::Command;

use common::{action, catalogue, feedback, journal, now, options, report};
use skills_catalogue::Lang;
use skills_journal_store::{EntrySkill, GiverRole};
use skills_reports::{GapFlag, Rag, Report, pdf};

/// The PDF's text, one string per page (pdftotext ends each page with a form feed).
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "pdftotext could not be run ({error}): install poppler-utils \
                 (Debian: apt-get install poppler-utils)"
            )
        });
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(normalise).collect();
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    pages
}

/// Whitespace (line breaks of wrapped text included) as single spaces.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_has(text: &str, wanted: &str, what: &str) {
    assert!(
        text.contains(&normalise(wanted)),
        "{what}: {wanted:?} not found in\n{text}"
    );
}

/// The page whose text contains all of `needles`.
fn page_with<'a>(pages: &'a [String], needles: &[&str]) -> &'a str {
    pages
        .iter()
        .find(|p| needles.iter().all(|n| p.contains(n)))
        .unwrap_or_else(|| panic!("no page contains all of {needles:?}: {pages:#?}"))
}

struct Words {
    title: &'static str,
    contents: &'static str,
    summary: &'static str,
    self_versus_others: &'static str,
    action_plan: &'static str,
    quotes: &'static str,
    level_history: &'static str,
    page: &'static str,
    of: &'static str,
    blind_spot: &'static str,
    hidden_strength: &'static str,
    red: &'static str,
    green: &'static str,
    overdue: &'static str,
    coach_quote_by: &'static str,
}

const NL: Words = Words {
    title: "Voortgangsrapport soft skills",
    contents: "Inhoud",
    summary: "Samenvatting",
    self_versus_others: "Zelf tegenover anderen",
    action_plan: "Actieplan",
    quotes: "Sterkste feedback",
    level_history: "Niveauverloop",
    page: "Pagina",
    of: "van",
    blind_spot: "mogelijke blinde vlek",
    hidden_strength: "mogelijk verborgen talent",
    red: "rood",
    green: "groen",
    overdue: "te laat",
    coach_quote_by: "— coach, 3 september 2026",
};

const EN: Words = Words {
    title: "Soft skills progress report",
    contents: "Contents",
    summary: "Summary",
    self_versus_others: "Self versus others",
    action_plan: "Action plan",
    quotes: "Strongest evidence",
    level_history: "Level history",
    page: "Page",
    of: "of",
    blind_spot: "possible blind spot",
    hidden_strength: "possible hidden strength",
    red: "red",
    green: "green",
    overdue: "overdue",
    coach_quote_by: "— coach, 3 September 2026",
};

fn check_fixed_journal(lang: Lang, words: &Words) {
    let report = report(lang).with_trainee(
        Some("Sam de Vries".to_owned()),
        Some("IT-traineeship 2026".to_owned()),
    );
    let bytes = pdf(&report).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let pages = pdf_pages(&bytes);
    let all = pages.join(" ");
    let total = pages.len();
    // Cover, contents, summary, one page per skill at least, action plan.
    assert!(total > 3 + report.skills.len(), "{total} pages");

    let cover = &pages[0];
    for wanted in [
        words.title,
        "Sam de Vries",
        "IT-traineeship 2026",
        match lang {
            Lang::Nl => "1 september 2026 – 31 oktober 2026",
            Lang::En => "1 September 2026 – 31 October 2026",
        },
        match lang {
            Lang::Nl => "2 november 2026",
            Lang::En => "2 November 2026",
        },
    ] {
        assert_has(cover, wanted, "the cover");
    }
    assert!(
        !cover.contains(words.page),
        "no page number on the cover: {cover}"
    );

    // The contents: every section with its page number.
    // Leader dots and the word joiner before each page number left out.
    let contents = normalise(&page_with(&pages, &[words.contents]).replace(['.', '\u{2060}'], " "));
    assert_has(&contents, &format!("{} 3", words.summary), "the contents");
    for (i, skill) in report.skills.iter().enumerate() {
        assert_has(
            &contents,
            &format!("{} {}", skill.name, i + 4),
            "a skill and its page in the contents",
        );
    }
    assert_has(
        &contents,
        &format!("{} {total}", words.action_plan),
        "the action plan in the contents",
    );

    // Page numbers in the footer, from page 2 on.
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert_has(
            page,
            &format!("{} {} {} {total}", words.page, i + 1, words.of),
            "the footer",
        );
    }

    // The summary: self versus others with the signals and red/amber/green.
    let summary = page_with(&pages, &[words.self_versus_others]);
    assert!(summary.contains(words.summary));
    for skill in &report.skills {
        assert_has(summary, &skill.name, "a skill in the summary");
    }
    assert!(
        report
            .skills
            .iter()
            .any(|s| s.flag == Some(GapFlag::BlindSpot))
    );
    assert_has(summary, words.blind_spot, "the blind spot");
    assert_has(summary, words.hidden_strength, "the hidden strength");
    assert!(report.skills.iter().any(|s| s.status == Rag::Green));
    assert_has(summary, words.red, "a red status");
    assert_has(summary, words.green, "a green status");

    // A section per skill with its level history and quotes.
    for skill in &report.skills {
        let section = page_with(&pages, &[skill.name.as_str(), words.level_history]);
        for quote in &skill.quotes {
            assert_has(
                section,
                &quote.text,
                "an evidence quote in its skill's section",
            );
        }
        for action in &skill.actions {
            assert_has(section, &action.text, "an action in its skill's section");
        }
    }
    assert!(all.contains(words.quotes));
    assert_has(&all, words.coach_quote_by, "the date and giver of a quote");
    assert_has(
        &all,
        "Duidelijke demo, \"te snel\" door de cijfers",
        "straight quotes stay straight",
    );

    // The action plan, last: the overdue action.
    let plan = pages.last().unwrap();
    assert_has(plan, words.action_plan, "the action plan");
    assert_has(
        plan,
        "Begin met het probleem van de klant",
        "the overdue action",
    );
    assert_has(plan, words.overdue, "the overdue status");
}

#[test]
fn the_fixed_journal_in_dutch() {
    check_fixed_journal(Lang::Nl, &NL);
}

#[test]
fn the_fixed_journal_in_english() {
    check_fixed_journal(Lang::En, &EN);
}

#[test]
fn without_name_and_programme_the_cover_shows_the_rest() {
    let bytes = pdf(&report(Lang::En)).unwrap();
    let pages = pdf_pages(&bytes);
    assert_has(&pages[0], EN.title, "the cover");
    assert!(!pages[0].contains("Trainee"), "{}", pages[0]);
    assert!(!pages[0].contains("Programme"), "{}", pages[0]);
}

/// Markup characters of typst, HTML and a backslash, each of which must be printed as is.
const HOSTILE: [&str; 9] = [
    "#set page(fill: red)",
    "#{panic(\"boom\")}",
    "$x^2$",
    "*bold* _italic_",
    "a] b[ c) d( e}",
    "back\\slash \\",
    "<script>alert(1)</script>",
    "@label <label> // not a comment /* nor this */",
    "`raw` = heading - list + enum ~ nbsp",
];

#[test]
fn hostile_text_compiles_and_is_printed_literally() {
    let mut store = journal();
    let custom = store.add_custom_skill("#skill $name$ ]*", now()).unwrap();
    let text = HOSTILE.join("\n");
    let mut input = feedback("2026-10-05", "teamwork", 5, GiverRole::Peer, &text);
    input.skills.push(EntrySkill::rated(custom.id, 5));
    store.create_entry(&input, now()).unwrap();
    store
        .create_entry(
            &action("2026-10-06", "teamwork", &text, "2026-10-30", false),
            now(),
        )
        .unwrap();
    let report = Report::build(&store, &catalogue(), &options(Lang::En))
        .unwrap()
        .with_trainee(Some("#Name *x* ]".to_owned()), Some("$prog$ \\".to_owned()));
    let bytes = pdf(&report).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = pdf_pages(&bytes);
    let all = pages.join(" ");
    for piece in HOSTILE {
        assert_has(&all, piece, "hostile text printed literally");
    }
    assert_has(&all, "#skill $name$ ]*", "a hostile skill name");
    assert_has(&pages[0], "#Name *x* ]", "a hostile trainee name");
    assert_has(&pages[0], "$prog$ \\", "a hostile programme");
}

#[test]
fn emoji_and_right_to_left_text_compile() {
    let mut store = journal();
    let text = "Goed gedaan 😀👍🏽 — שלום עולם — مرحبا بالعالم — 日本語";
    store
        .create_entry(
            &feedback("2026-10-05", "teamwork", 4, GiverRole::Peer, text),
            now(),
        )
        .unwrap();
    let report = Report::build(&store, &catalogue(), &options(Lang::Nl)).unwrap();
    let bytes = pdf(&report).unwrap();
    let all = pdf_pages(&bytes).join(" ");
    assert_has(&all, "Goed gedaan", "the text around them");
    // The embedded fonts have no emoji: they are left out rather than shown as empty boxes,
    // and a script no font has becomes the mark for words left out.
    assert!(!all.contains('😀') && !all.contains('👍'), "{all}");
    // (Inside right-to-left text pdftotext reads the brackets mirrored.)
    assert!(
        all.contains('…') && !all.contains('日'),
        "the Japanese left out visibly: {all}"
    );
}

#[test]
fn an_almost_empty_journal_reads_well() {
    let mut store = skills_journal_store::JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids(["listening", "presentations", "teamwork"]);
    store
        .create_entry(
            &feedback(
                "2026-10-05",
                "teamwork",
                4,
                GiverRole::Peer,
                "Goed samengewerkt",
            ),
            now(),
        )
        .unwrap();
    let report = Report::build(&store, &catalogue(), &options(Lang::En)).unwrap();
    let pages = pdf_pages(&pdf(&report).unwrap());
    // Cover, contents, summary, the one skill with an entry, the action plan: no empty pages.
    assert_eq!(pages.len(), 5, "{pages:#?}");
    let summary = page_with(&pages, &[EN.self_versus_others]);
    assert_has(
        summary,
        "No radar chart",
        "a sentence instead of an empty radar",
    );
    assert_has(
        summary,
        "Without entries in this period: Listening and asking follow-up questions, Presenting.",
        "the skills without entries, named once",
    );
    let teamwork = page_with(&pages, &["Teamwork", EN.level_history]);
    assert_has(
        teamwork,
        "No self-assessment in this period.",
        "the level history",
    );
    assert_has(teamwork, "Goed samengewerkt", "the one quote");
}

/// Feedback a giver wrote themselves (an imported answer) beside feedback the trainee wrote
/// down: every format shows which is which.
#[test]
fn feedback_given_directly_is_marked_in_every_format() {
    use skills_journal_store::{GivenFeedback, GivenSkill, RequestInput};
    let mut store = journal();
    let token = "0123456789abcdef0123456789abcdef";
    let request = store
        .create_request(
            &RequestInput {
                lang: Lang::Nl,
                giver_role: GiverRole::Stakeholder,
                giver_name: None,
                giver_email: None,
                reply_to: None,
                setting: None,
                about_date: Some(common::day("2026-10-05")),
                context: None,
                skills: vec!["teamwork".into()],
                reply_by: None,
            },
            token,
            now(),
        )
        .unwrap();
    let given = GivenFeedback {
        request_id: request.id,
        token: token.into(),
        digest: "one".into(),
        answered_on: common::day("2026-10-06"),
        giver_name: Some("Sanne".into()),
        skills: vec![GivenSkill {
            skill_id: "teamwork".into(),
            rating: Some(5),
            behaviour: Some("Je nam de overdracht rustig door".into()),
            keep_doing: Some("Blijf samenvatten".into()),
            ..GivenSkill::default()
        }],
    };
    store.import_feedback_answer(&given, now()).unwrap();
    for (lang, marker, plain) in [
        (Lang::Nl, "stakeholder, rechtstreeks gegeven", "collega"),
        (Lang::En, "stakeholder, given directly", "peer"),
    ] {
        let report = Report::build(&store, &catalogue(), &options(lang)).unwrap();
        let teamwork = report.skills.iter().find(|s| s.id == "teamwork").unwrap();
        assert!(teamwork.ratings.iter().any(|r| r.given_directly));
        assert!(teamwork.ratings.iter().any(|r| !r.given_directly));
        let markdown = skills_reports::markdown(&report);
        let html = skills_reports::html(&report);
        let csv = String::from_utf8(skills_reports::csv(&report).unwrap()).unwrap();
        let pdf_text = normalise(&pdf_pages(&pdf(&report).unwrap()).join("\n"));
        for (format, text) in [("markdown", &markdown), ("html", &html), ("pdf", &pdf_text)] {
            assert!(
                text.to_lowercase().contains(marker),
                "{format} ({lang:?}) marks it"
            );
            assert!(
                text.to_lowercase().contains(plain),
                "{format} ({lang:?}) keeps the rest"
            );
        }
        let row = csv.lines().find(|l| l.contains("rustig door")).unwrap();
        let yes = if lang == Lang::Nl { ";ja" } else { ";yes" };
        assert!(
            row.ends_with(yes) && row.contains("Blijf samenvatten"),
            "{row}"
        );
        let other = csv
            .lines()
            .find(|l| l.contains("hielp bij de release"))
            .unwrap();
        assert!(!other.ends_with(yes), "{other}");
    }
    let json = String::from_utf8(skills_reports::json(&store, now()).unwrap()).unwrap();
    assert!(
        json.contains("\"requestId\": \"request-1\""),
        "the JSON export keeps the origin"
    );
}
