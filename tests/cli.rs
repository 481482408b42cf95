//! The command line, run as a person runs it: the real binary, real folders, no window.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn skills_journal(args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skills-journal"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("DISPLAY")
        .output()
        .expect("the binary runs")
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
    for key in ["path", "title", "date", "tags", "lang", "skills", "errors"] {
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
