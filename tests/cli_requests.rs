//! Feedback requests on the command line: `request create` writes a self-contained form,
//! `answer import` turns a sealed answer into feedback given directly, once, and refuses
//! tampered, withdrawn and foreign answers with a message that says which.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use serde_json::Value;
use skills_journal_store::GiverRole;
use skills_requests::{Answer, AnswerBody, FeedbackAnswer, RequestToken, SkillFeedback, seal};

mod common;
#[path = "common/form.rs"]
mod form;
use common::{skills_journal, skills_journal_in};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn create(data: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let out = out.to_str().unwrap();
    let mut args = vec![
        "request",
        "create",
        "--skill",
        "presentations",
        "--giver-role",
        "stakeholder",
        "--giver-name",
        "Sanne",
        "--setting",
        "presentation",
        "--date",
        "2026-11-12",
        "--context",
        "sprintdemo van 12 november",
        "--reply-to",
        "trainee@example.org",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    skills_journal(&args, data)
}

/// An answer to the form's request, sealed to the form's key as the page would.
fn answer_to(form: &Value, behaviour: &str) -> String {
    let answer = Answer {
        format: "skills-journal-answer".into(),
        version: 1,
        request_id: form["requestId"].as_str().unwrap().into(),
        token: RequestToken::try_from(form["token"].as_str().unwrap().to_owned()).unwrap(),
        answered_on: NaiveDate::from_ymd_opt(2026, 11, 13).unwrap(),
        body: AnswerBody::Feedback(FeedbackAnswer {
            giver_name: Some("Sanne de Vries".into()),
            giver_role: GiverRole::Stakeholder,
            skills: vec![SkillFeedback {
                skill_id: "presentations".into(),
                rating: Some(4),
                situation: None,
                behaviour: Some(behaviour.into()),
                impact: Some("De product owner zag meteen de waarde".into()),
                keep_doing: Some("Begin met het waarom".into()),
                try_next: None,
            }],
        }),
    };
    seal(form["recipient"].as_str().unwrap(), &answer).unwrap()
}

fn entries(data: &Path) -> Vec<Value> {
    let output = skills_journal(&["entries", "list", "--json"], data);
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice::<Vec<Value>>(&output.stdout).unwrap()
}

#[test]
fn a_request_makes_a_form_in_its_language_that_holds_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("verzoek.html");
    let made = create(dir.path(), &out, &["--lang", "nl", "--skill", "listening"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(
        text(&made.stdout).contains("request-1"),
        "{}",
        text(&made.stdout)
    );
    let html = std::fs::read_to_string(&out).unwrap();
    let data = form::form_data(&html);
    assert_eq!(data["lang"], "nl");
    assert_eq!(data["words"]["create"], "Antwoord maken");
    assert_eq!(
        data["skills"][0]["name"], "Presenteren",
        "{}",
        data["skills"][0]
    );
    assert_eq!(data["skills"][0]["levels"].as_array().unwrap().len(), 5);
    assert_eq!(data["skills"][1]["id"], "listening");

    // The key lives in the journal (so backups and exports carry it), never in the form.
    let exported = dir.path().join("export.json");
    let made = skills_journal(
        &[
            "export",
            "--format",
            "json",
            "--out",
            exported.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(
        text(&made.stderr).contains("private key"),
        "the command says so too"
    );
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    let identity = &export["identities"][0];
    assert!(
        identity["secret"]
            .as_str()
            .unwrap()
            .starts_with("AGE-SECRET-KEY-1")
    );
    assert!(
        !html.contains("AGE-SECRET-KEY"),
        "no private key in the form"
    );
    assert_eq!(
        identity["recipient"], data["recipient"],
        "the form seals to this key"
    );
    assert!(
        export["note"].as_str().unwrap().contains("private key"),
        "the export says so"
    );
    assert!(
        !dir.path().join("trainee-key.txt").exists(),
        "no key file beside the journal"
    );
    let policy = html.split("Content-Security-Policy").nth(1).unwrap();
    let policy = &policy[..policy.find("/>").unwrap()];
    assert!(
        policy.contains("default-src 'none'") && policy.contains("script-src 'sha256-"),
        "{policy}"
    );
    assert!(!policy.contains("script-src 'unsafe-inline'"), "{policy}");
    for loads in ["src=\"http", "href=\"http", "@import", "url(http"] {
        assert!(!html.contains(loads), "the form loads nothing: {loads}");
    }

    let english = dir.path().join("request.html");
    let made = create(dir.path(), &english, &["--lang", "en"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let data = form::form_data(&std::fs::read_to_string(&english).unwrap());
    assert_eq!(data["words"]["create"], "Create answer");
    assert_eq!(data["requestId"], "request-2");
}

#[test]
fn an_answer_is_imported_once_as_feedback_given_directly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("form.html");
    assert!(create(dir.path(), &out, &[]).status.success());
    let data = form::form_data(&std::fs::read_to_string(&out).unwrap());
    let block = answer_to(&data, "Je liet eerst het resultaat zien");
    let file = dir.path().join("answer.txt");
    std::fs::write(&file, format!("Hoi!\n\n{block}\nGroet, Sanne\n")).unwrap();

    let imported = skills_journal(&["answer", "import", file.to_str().unwrap()], dir.path());
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    assert!(
        text(&imported.stdout).contains("1 entry"),
        "{}",
        text(&imported.stdout)
    );
    let found = entries(dir.path());
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0]["entry"]["requestId"], "request-1",
        "marked as given directly"
    );
    assert_eq!(
        found[0]["entry"]["content"]["keepDoing"],
        "Begin met het waarom"
    );
    assert_eq!(found[0]["entry"]["content"]["giverName"], "Sanne de Vries");
    // The same answer again, pasted on standard input: nothing added.
    let mut child = Command::new(env!("CARGO_BIN_EXE_skills-journal"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "answer",
            "import",
            "-",
        ])
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(block.as_bytes())
        .unwrap();
    let again = child.wait_with_output().unwrap();
    assert!(again.status.success());
    assert!(
        text(&again.stdout).contains("imported before"),
        "{}",
        text(&again.stdout)
    );
    assert_eq!(entries(dir.path()).len(), 1, "importing twice adds nothing");

    let listed = skills_journal(&["request", "list"], dir.path());
    assert!(
        text(&listed.stdout).contains("answered"),
        "{}",
        text(&listed.stdout)
    );

    // The list tells what its giver wrote from what the trainee wrote down.
    let logged = skills_journal(
        &[
            "log",
            "feedback",
            "--skill",
            "listening",
            "--giver",
            "peer",
            "--impact",
            "Zelf genoteerd",
        ],
        dir.path(),
    );
    assert!(logged.status.success(), "{}", text(&logged.stderr));
    for (flag, expected) in [("--given-directly", "request-1"), ("--written-down", "")] {
        let listed = skills_journal(&["entries", "list", flag, "--json"], dir.path());
        assert!(listed.status.success(), "{}", text(&listed.stderr));
        let listed: Vec<Value> = serde_json::from_slice(&listed.stdout).unwrap();
        assert_eq!(listed.len(), 1, "{flag}");
        let request = listed[0]["entry"]["requestId"].as_str().unwrap_or_default();
        assert_eq!(request, expected, "{flag}");
    }
}

#[test]
fn bad_answers_are_refused_for_what_they_are_and_add_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("form.html");
    assert!(create(dir.path(), &out, &[]).status.success());
    let data = form::form_data(&std::fs::read_to_string(&out).unwrap());
    let block = answer_to(&data, "Rustig tempo");
    let write = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        path
    };
    let lines: Vec<&str> = block.lines().collect();
    let middle = lines.len() / 2;
    let mut tampered: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    // One base64 character in the middle of the block: always a different byte.
    let mut changed: Vec<char> = tampered[middle].chars().collect();
    let at = changed.len() / 2;
    changed[at] = if changed[at] == 'A' { 'B' } else { 'A' };
    let changed: String = changed.into_iter().collect();
    tampered[middle] = changed;
    let foreign_dir = tempfile::tempdir().unwrap();
    let foreign_form = foreign_dir.path().join("form.html");
    assert!(
        create(foreign_dir.path(), &foreign_form, &[])
            .status
            .success()
    );
    let foreign = answer_to(
        &form::form_data(&std::fs::read_to_string(&foreign_form).unwrap()),
        "x",
    );
    let cases = [
        (
            write("garbled.txt", "Bedankt, ik kijk er later naar!"),
            "not an answer block",
            "geen antwoordblok",
        ),
        (
            write("cut.txt", &lines[..middle].join("\n")),
            "cut off",
            "afgebroken",
        ),
        (
            write("tampered.txt", &tampered.join("\n")),
            "changed after it was made",
            "veranderd nadat",
        ),
        (
            write("foreign.txt", &foreign),
            "another journal",
            "ander dagboek",
        ),
        (
            write("huge.txt", &"A".repeat(600 * 1024)),
            "more than an answer can be",
            "meer dan een antwoord",
        ),
    ];
    for (file, english, dutch) in &cases {
        let file = file.to_str().unwrap();
        let refused = skills_journal(&["answer", "import", file], dir.path());
        assert!(!refused.status.success(), "{file} was accepted");
        assert!(
            text(&refused.stderr).contains(english),
            "{file}: {}",
            text(&refused.stderr)
        );
        let refused = skills_journal_in("nl_NL.UTF-8", &["answer", "import", file], dir.path());
        assert!(
            text(&refused.stderr).contains(dutch),
            "{file}: {}",
            text(&refused.stderr)
        );
    }
    assert!(entries(dir.path()).is_empty(), "nothing was added");

    let withdrawn = skills_journal(&["request", "withdraw", "request-1"], dir.path());
    assert!(withdrawn.status.success(), "{}", text(&withdrawn.stderr));
    let late = write("late.txt", &block);
    let refused = skills_journal(&["answer", "import", late.to_str().unwrap()], dir.path());
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("withdrew"),
        "{}",
        text(&refused.stderr)
    );
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn a_bad_request_is_refused_by_option_and_keeps_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("form.html");
    let refused = create(
        dir.path(),
        &out,
        &[
            "--skill",
            "listening",
            "--skill",
            "teamwork",
            "--skill",
            "nope",
            "--giver-email",
            "no address",
        ],
    );
    assert!(!refused.status.success());
    let said = text(&refused.stderr);
    assert!(
        said.contains("--skill") && said.contains("--giver-email"),
        "{said}"
    );
    assert!(!out.exists(), "no form for a refused request");
    let listed = skills_journal(&["request", "list", "--json"], dir.path());
    assert_eq!(text(&listed.stdout).trim(), "[]");
}
