//! The command line, run as a person runs it: the real binary, real folders, no window.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;
use common::skills_journal;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/library")
}

#[test]
fn help_and_version_work_without_a_display() {
    let data = tempfile::tempdir().unwrap();
    let help = skills_journal(&["--help"], data.path());
    assert!(help.status.success(), "--help exits 0");
    for word in ["articles", "--data-dir", "--articles-dir"] {
        assert!(
            stdout(&help).contains(word),
            "--help mentions {word}: {}",
            stdout(&help)
        );
    }
    let version = skills_journal(&["--version"], data.path());
    assert_eq!(
        stdout(&version).trim(),
        format!("skills-journal {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn checking_the_bundled_articles_finds_no_errors() {
    let data = tempfile::tempdir().unwrap();
    let output = skills_journal(&["articles", "check", "--json"], data.path());
    let articles: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("--json prints JSON");
    let articles = articles.as_array().expect("an array of articles");
    assert!(
        articles.len() >= 6,
        "at least six bundled articles, got {}",
        articles.len()
    );
    for article in articles {
        assert_eq!(
            article["errors"],
            serde_json::json!([]),
            "bundled articles are clean: {article}"
        );
        assert!(
            article["skills"].as_array().is_some_and(|s| !s.is_empty()),
            "every bundled article covers a catalogue skill: {article}"
        );
    }
    assert!(
        output.status.success(),
        "exit 0 when no article has an error"
    );
    let langs: Vec<&str> = articles.iter().filter_map(|a| a["lang"].as_str()).collect();
    assert!(
        langs.iter().filter(|l| **l == "en").count() >= 2,
        "at least two English articles: {langs:?}"
    );
    assert!(
        langs.iter().filter(|l| **l == "nl").count() >= 4,
        "most articles are Dutch: {langs:?}"
    );
}

#[test]
fn check_reports_each_problem_as_file_line_message_and_exits_1() {
    let data = tempfile::tempdir().unwrap();
    let dir = fixtures();
    let output = skills_journal(&["articles", "check", dir.to_str().unwrap()], data.path());
    assert_eq!(
        output.status.code(),
        Some(1),
        "a broken article makes check fail"
    );
    let text = stdout(&output);
    let broken = dir.join("kapotte-kop.md");
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{}:", broken.display())))
        .unwrap_or_else(|| panic!("a `file:line: message` line for the broken file in:\n{text}"));
    let rest = &line[broken.display().to_string().len() + 1..];
    let (number, message) = rest.split_once(": ").expect("line: message");
    assert!(
        number.parse::<u32>().is_ok_and(|n| (2..=6).contains(&n)),
        "the YAML error is in the front matter: {line}"
    );
    assert!(
        !message.trim().is_empty(),
        "the problem is described: {line}"
    );
    assert!(
        text.contains("Mijn notities over de retro"),
        "good articles are listed too:\n{text}"
    );
}

#[test]
fn check_json_has_the_documented_shape() {
    let data = tempfile::tempdir().unwrap();
    let output = skills_journal(
        &["articles", "check", fixtures().to_str().unwrap(), "--json"],
        data.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let articles: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let good = articles
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("eigen-notities.md"))
        })
        .expect("the good fixture is listed");
    for key in [
        "path",
        "title",
        "date",
        "tags",
        "lang",
        "skills",
        "unrecognised",
        "errors",
    ] {
        assert!(good.get(key).is_some(), "key {key} in {good}");
    }
    assert_eq!(good["date"], "2026-10-02");
    assert_eq!(
        good["tags"],
        serde_json::json!(["Retro", "Eigen notities"]),
        "a comma-separated tag string is split"
    );
    assert_eq!(
        good["skills"],
        serde_json::json!(["listening", "teamwork"]),
        "list items name skills"
    );
    let practice = articles
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("vaardigheden-uit-de-praktijk.md"))
        })
        .expect("the fixture with unrecognised items is listed");
    assert_eq!(
        practice["unrecognised"],
        serde_json::json!(["Echt luisteren", "Rust bewaren als het tegenzit"]),
        "the items of its skills list that name no skill, as written"
    );
    let broken = articles
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("kapotte-kop.md"))
        })
        .expect("the broken fixture is listed");
    let error = &broken["errors"][0];
    assert!(
        error["line"].is_u64() && error["message"].is_string(),
        "errors are {{ line, message }}: {broken}"
    );
}

#[test]
fn render_prints_safe_html() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gevaarlijk.md");
    std::fs::write(
        &file,
        "# Titel\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) en [goed](https://example.org)\n",
    )
    .unwrap();
    let output = skills_journal(&["articles", "render", file.to_str().unwrap()], data.path());
    assert!(
        output.status.success(),
        "a renderable article exits 0: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let html = stdout(&output);
    assert!(!html.contains("<script"), "raw HTML never passes: {html}");
    assert!(
        html.contains("&lt;script&gt;"),
        "raw HTML is shown as text: {html}"
    );
    assert!(
        !html.contains("javascript:"),
        "javascript: links are removed: {html}"
    );
    assert!(
        html.contains("href=\"https://example.org\""),
        "https links stay: {html}"
    );
    assert!(html.contains("<h1"), "headings render: {html}");
}

#[test]
fn bad_arguments_get_a_clear_error() {
    let data = tempfile::tempdir().unwrap();
    let output = skills_journal(&["articles", "check", "/no/such/folder"], data.path());
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("/no/such/folder"),
        "the error names the folder"
    );
    let output = skills_journal(&["articles", "render", "/no/such/file.md"], data.path());
    assert!(!output.status.success());
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `log ...` and returns the printed id.
fn log(data_dir: &Path, args: &[&str]) -> i64 {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    let output = skills_journal(&all, data_dir);
    assert!(
        output.status.success(),
        "log {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("log prints the new id, got {:?}", stdout(&output)))
}

fn list_json(data_dir: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["entries", "list", "--json"];
    all.extend_from_slice(args);
    let output = skills_journal(&all, data_dir);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice::<Vec<serde_json::Value>>(&output.stdout).expect("a JSON array")
}

#[test]
fn logged_entries_are_saved_in_the_data_folder_and_found_by_part_of_a_word() {
    let data = tempfile::tempdir().unwrap();
    let feedback = log(
        data.path(),
        &[
            "feedback",
            "--skill",
            "presentations",
            "--skill",
            "listening",
            "--setting",
            "presentation",
            "--giver",
            "coach",
            "--rating",
            "4",
            "--behaviour",
            "Je opende de presentatie met de vraag van de klant",
            "--date",
            "2026-11-20",
        ],
    );
    let reflection = log(
        data.path(),
        &[
            "reflection",
            "--skill",
            "teamwork",
            "--situation",
            "Retro met het team",
            "--reflection",
            "Ik liet anderen eerst praten",
            "--date",
            "2026-11-21",
        ],
    );
    assert!(reflection > feedback, "ids go up");
    assert!(
        data.path().join("journal.sqlite").is_file(),
        "the journal is a real SQLite file in the data folder"
    );

    let found = list_json(data.path(), &["--search", "presen"]);
    assert_eq!(found.len(), 1, "only the feedback mentions a presentation");
    assert_eq!(found[0]["entry"]["id"], feedback);
    assert_eq!(found[0]["entry"]["content"]["kind"], "feedback");
    assert_eq!(found[0]["entry"]["skills"][0]["rating"], 4);
    let parts = &found[0]["snippets"][0]["parts"];
    assert!(
        parts
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["highlight"] == true && p["text"] == "presen"),
        "the match is highlighted: {parts}"
    );

    let all = list_json(data.path(), &[]);
    assert_eq!(
        all.iter()
            .map(|h| h["entry"]["id"].clone())
            .collect::<Vec<_>>(),
        vec![serde_json::json!(reflection), serde_json::json!(feedback)],
        "newest first"
    );
    assert_eq!(list_json(data.path(), &["--skill", "teamwork"]).len(), 1);
    assert_eq!(list_json(data.path(), &["--kind", "feedback"]).len(), 1);
    assert_eq!(
        list_json(data.path(), &["--from", "2026-11-21", "--to", "2026-11-30"]).len(),
        1
    );

    let text = skills_journal(&["entries", "list", "--search", "PRESEN"], data.path());
    assert!(
        stdout(&text).contains("«presen»") && stdout(&text).contains("1 entry"),
        "the text list marks the match: {}",
        stdout(&text)
    );
}

#[test]
fn invalid_entries_are_refused_with_every_problem_and_nothing_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let output = skills_journal(
        &["log", "feedback", "--skill", "juggling", "--rating", "9"],
        data.path(),
    );
    assert_eq!(output.status.code(), Some(1), "refused");
    let err = stderr(&output);
    for expected in [
        "--skill",
        "juggling",
        "--rating",
        "from 1 to 5",
        "--situation",
    ] {
        assert!(err.contains(expected), "stderr names {expected}: {err}");
    }
    assert!(stdout(&output).is_empty(), "no id is printed");
    assert!(
        list_json(data.path(), &["--include-private"]).is_empty(),
        "nothing was saved"
    );
}

#[test]
fn a_changed_level_needs_a_justification() {
    let data = tempfile::tempdir().unwrap();
    log(
        data.path(),
        &[
            "assessment",
            "--level",
            "listening=2",
            "--date",
            "2026-09-01",
        ],
    );
    log(
        data.path(),
        &[
            "feedback",
            "--skill",
            "listening",
            "--impact",
            "Goed doorgevraagd",
            "--date",
            "2026-10-01",
        ],
    );
    let refused = skills_journal(
        &[
            "log",
            "assessment",
            "--level",
            "listening=3",
            "--date",
            "2026-11-01",
        ],
        data.path(),
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("--justify"),
        "{}",
        stderr(&refused)
    );
    log(
        data.path(),
        &[
            "assessment",
            "--level",
            "listening=3",
            "--justify",
            "listening=De coach zag dat ik beter doorvraag",
            "--date",
            "2026-11-01",
        ],
    );
    let assessments = list_json(data.path(), &["--kind", "assessment"]);
    assert_eq!(assessments.len(), 2);
    assert_eq!(
        assessments[0]["entry"]["skills"][0]["justification"],
        "De coach zag dat ik beter doorvraag"
    );
}

#[test]
fn backup_and_restore_bring_back_the_journal_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    log(
        data.path(),
        &[
            "action",
            "--skill",
            "prioritising",
            "--text",
            "Elke ochtend drie taken kiezen",
        ],
    );
    let backup = skills_journal(&["backup"], data.path());
    assert!(backup.status.success(), "{}", stderr(&backup));
    let backup_path = PathBuf::from(stdout(&backup).trim());
    assert!(backup_path.is_file(), "backup prints the file it made");

    log(
        data.path(),
        &[
            "action",
            "--skill",
            "prioritising",
            "--text",
            "Na de backup",
        ],
    );
    assert_eq!(list_json(data.path(), &[]).len(), 2);

    let listed = skills_journal(&["backup", "--list"], data.path());
    assert!(
        stdout(&listed).contains(&backup_path.display().to_string()),
        "{}",
        stdout(&listed)
    );
    let restored = skills_journal(&["restore", backup_path.to_str().unwrap()], data.path());
    assert!(restored.status.success(), "{}", stderr(&restored));
    let after = list_json(data.path(), &[]);
    assert_eq!(after.len(), 1, "only what the backup held");
    assert_eq!(
        after[0]["entry"]["content"]["text"],
        "Elke ochtend drie taken kiezen"
    );

    let garbage = data.path().join("not-a-backup.sqlite");
    std::fs::write(&garbage, b"definitely not sqlite").unwrap();
    let refused = skills_journal(&["restore", garbage.to_str().unwrap()], data.path());
    assert_eq!(refused.status.code(), Some(1), "a bad file is refused");
    assert_eq!(
        list_json(data.path(), &[]).len(),
        1,
        "and the journal is untouched"
    );
}

/// A small journal for the report tests: an assessment, feedback and an action.
fn journal_for_reports(data_dir: &Path) {
    log(
        data_dir,
        &[
            "assessment",
            "--level",
            "presentations=2",
            "--date",
            "2026-09-01",
        ],
    );
    log(
        data_dir,
        &[
            "feedback",
            "--skill",
            "presentations",
            "--giver",
            "coach",
            "--rating",
            "4",
            "--impact",
            "=HYPERLINK(\"http://x\") de zaal luisterde",
            "--date",
            "2026-10-01",
        ],
    );
    log(
        data_dir,
        &[
            "action",
            "--skill",
            "presentations",
            "--text",
            "Demo oefenen",
            "--due",
            "2026-10-15",
        ],
    );
    log(
        data_dir,
        &[
            "reflection",
            "--skill",
            "teamwork",
            "--reflection",
            "Alleen voor mij",
            "--private",
            "--date",
            "2026-10-02",
        ],
    );
}

#[test]
fn export_writes_each_report_format_for_the_period_and_language() {
    let data = tempfile::tempdir().unwrap();
    journal_for_reports(data.path());
    let out = |name: &str| data.path().join(name);

    let md = skills_journal(
        &[
            "export",
            "--format",
            "md",
            "--lang",
            "en",
            "--from",
            "2026-09-01",
            "--to",
            "2026-11-30",
            "--out",
            out("r.md").to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(md.status.success(), "{}", stderr(&md));
    let md = std::fs::read_to_string(out("r.md")).unwrap();
    assert!(md.starts_with("# "), "a Markdown title: {md}");
    assert!(md.contains("Presentations"), "English skill names: {md}");
    assert!(
        !md.contains("Alleen voor mij"),
        "private entries stay out by default"
    );

    let html = skills_journal(
        &[
            "export",
            "--format",
            "html",
            "--lang",
            "nl",
            "--include-private",
            "--out",
            out("r.html").to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(html.status.success(), "{}", stderr(&html));
    let html = std::fs::read_to_string(out("r.html")).unwrap();
    assert!(html.contains("lang=\"nl\"") && html.contains("Presenteren"));
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script in a report"
    );

    let csv = skills_journal(
        &[
            "export",
            "--format",
            "csv",
            "--out",
            out("r.csv").to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(csv.status.success(), "{}", stderr(&csv));
    let csv = std::fs::read(out("r.csv")).unwrap();
    assert!(
        csv.starts_with("\u{feff}".as_bytes()),
        "a BOM for spreadsheet programs"
    );
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("'=HYPERLINK"),
        "a formula-looking cell is neutralised: {csv}"
    );
    assert!(
        !csv.contains("Alleen voor mij"),
        "private entries stay out by default"
    );
    let all = skills_journal(
        &[
            "export",
            "--format",
            "csv",
            "--include-private",
            "--out",
            out("all.csv").to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(all.status.success(), "{}", stderr(&all));
    assert!(
        std::fs::read_to_string(out("all.csv"))
            .unwrap()
            .contains("Alleen voor mij"),
        "--include-private brings them in"
    );
}

/// The text of a PDF, through poppler's `pdftotext` (installed by `make test`).
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect(
            "pdftotext is not installed: install Debian's `poppler-utils` (make test does this)",
        );
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        stderr(&output)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn export_writes_a_typeset_pdf_with_the_cover_and_the_evidence() {
    let data = tempfile::tempdir().unwrap();
    journal_for_reports(data.path());
    let out = data.path().join("rapport");
    let output = skills_journal(
        &[
            "export",
            "--format",
            "pdf",
            "--lang",
            "nl",
            "--from",
            "2026-09-01",
            "--name",
            "Sanne de Vries",
            "--programme",
            "IT-traineeship 2026",
            "--out",
            out.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let text = pdf_text(&out);
    for expected in [
        "Sanne de Vries",
        "IT-traineeship 2026",
        "Presenteren",
        "de zaal luisterde",
        "Demo oefenen",
    ] {
        assert!(
            text.contains(expected),
            "the PDF says {expected:?}:\n{text}"
        );
    }
    assert!(
        !text.contains("Alleen voor mij"),
        "private entries stay out of the PDF by default"
    );
}

#[test]
fn a_json_export_imports_into_an_empty_journal_as_it_was_and_merges_without_duplicates() {
    let data = tempfile::tempdir().unwrap();
    journal_for_reports(data.path());
    let file = data.path().join("journal.json");
    let exported = skills_journal(
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(exported.status.success(), "{}", stderr(&exported));

    let other = tempfile::tempdir().unwrap();
    let first = skills_journal(&["import", file.to_str().unwrap()], other.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("4 entries added"),
        "{}",
        stdout(&first)
    );
    let again = skills_journal(&["import", file.to_str().unwrap()], other.path());
    assert!(
        stdout(&again).contains("0 entries added, 4 already"),
        "importing twice adds nothing: {}",
        stdout(&again)
    );

    let back = other.path().join("back.json");
    skills_journal(
        &[
            "export",
            "--format",
            "json",
            "--out",
            back.to_str().unwrap(),
        ],
        other.path(),
    );
    let strip = |path: &Path| {
        let mut json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("exportedAt");
        json
    };
    assert_eq!(
        strip(&file),
        strip(&back),
        "export, import, export gives the same journal"
    );
}

#[test]
fn a_failed_export_says_why_and_leaves_no_file() {
    let data = tempfile::tempdir().unwrap();
    journal_for_reports(data.path());
    let missing = data.path().join("no-such-folder").join("r.html");
    let output = skills_journal(
        &[
            "export",
            "--format",
            "html",
            "--out",
            missing.to_str().unwrap(),
        ],
        data.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no-such-folder"),
        "{}",
        stderr(&output)
    );
    assert!(!missing.exists());

    let unknown = skills_journal(
        &[
            "export",
            "--format",
            "md",
            "--skill",
            "juggling",
            "--out",
            data.path().join("x.md").to_str().unwrap(),
        ],
        data.path(),
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("juggling"),
        "{}",
        stderr(&unknown)
    );

    let garbage = data.path().join("garbage.json");
    std::fs::write(&garbage, "{\"format\": \"other-app\", \"version\": 1}").unwrap();
    let refused = skills_journal(&["import", garbage.to_str().unwrap()], data.path());
    assert_eq!(
        refused.status.code(),
        Some(1),
        "another program's JSON is refused"
    );
}

#[test]
fn every_run_writes_the_day_log_in_the_data_folder_without_arguments() {
    let data = tempfile::tempdir().unwrap();
    let output = skills_journal(
        &[
            "log",
            "feedback",
            "--skill",
            "listening",
            "--impact",
            "GEHEIM-1234",
        ],
        data.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).is_empty(),
        "a first run says nothing about the log on stderr: {}",
        stderr(&output)
    );
    let logs: Vec<_> = std::fs::read_dir(data.path().join("logs"))
        .expect("a logs folder in the data folder")
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(logs.len(), 1, "one file for the day: {logs:?}");
    let name = logs[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("skills-journal.") && name.ends_with(".log"),
        "{name}"
    );
    let text = std::fs::read_to_string(&logs[0]).unwrap();
    assert!(text.contains("started: log"), "the run is logged: {text}");
    assert!(
        !text.contains("GEHEIM-1234"),
        "nothing the trainee wrote is logged: {text}"
    );
}

#[test]
fn the_command_line_speaks_dutch_with_lang_nl_or_a_dutch_system() {
    let data = tempfile::tempdir().unwrap();
    let dir = fixtures();
    let checked = skills_journal(
        &["--lang", "nl", "articles", "check", dir.to_str().unwrap()],
        data.path(),
    );
    let text = stdout(&checked);
    let summary = text.lines().last().unwrap_or_default();
    assert!(
        summary.contains("artikelen") && summary.contains("fout"),
        "a Dutch summary: {summary}"
    );
    assert!(
        text.contains("FOUT ") && text.contains("vaardigheden: "),
        "{text}"
    );
    let english = stdout(&skills_journal(
        &["articles", "check", dir.to_str().unwrap()],
        data.path(),
    ));
    assert_ne!(
        english.lines().filter(|l| l.contains(": ")).count(),
        0,
        "the English report lists problems too"
    );
    for (dutch, english) in text.lines().zip(english.lines()) {
        if let Some((place, problem)) = dutch.split_once(".md:") {
            assert!(english.starts_with(place), "the same order: {english}");
            assert!(
                !english.ends_with(problem),
                "the problem is worded in Dutch: {dutch}"
            );
        }
    }

    let help = stdout(&common::skills_journal_in(
        "nl_NL.UTF-8",
        &["log", "feedback", "--help"],
        data.path(),
    ));
    assert!(
        help.contains("Gebruik:")
            && help.contains("Wie de feedback gaf")
            && help.contains("Toon de hulp"),
        "the help in Dutch: {help}"
    );
    let english_help = stdout(&skills_journal(&["log", "feedback", "--help"], data.path()));
    assert!(english_help.contains("Who gave it"), "{english_help}");

    let refused = skills_journal(
        &[
            "log",
            "feedback",
            "--skill",
            "juggling",
            "--rating",
            "9",
            "--lang=nl",
        ],
        data.path(),
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(
        err.starts_with("fout: de notitie is niet opgeslagen"),
        "{err}"
    );
    assert!(
        err.contains("--rating") && err.contains("Kies een waarde van 1 tot en met 5"),
        "{err}"
    );
    let wrong_value = skills_journal(
        &[
            "--lang",
            "nl",
            "log",
            "assessment",
            "--level",
            "listening=hoog",
        ],
        data.path(),
    );
    assert!(
        stderr(&wrong_value).contains("is geen niveau"),
        "{}",
        stderr(&wrong_value)
    );

    log(
        data.path(),
        &["feedback", "--skill", "listening", "--situation", "Retro"],
    );
    let listed = common::skills_journal_in(
        "nl_NL.UTF-8",
        &["entries", "list", "--search", "retr"],
        data.path(),
    );
    let listed = stdout(&listed);
    assert!(listed.trim_end().ends_with("1 notitie"), "{listed}");
    assert!(
        listed.contains("Situatie: «Retr»o"),
        "the field in Dutch: {listed}"
    );
}
