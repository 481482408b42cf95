//! The command line after damage: it refuses to go on quietly with an empty journal, names the
//! ways on, and `salvage` and `--start-empty` do what they say.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::skills_journal;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Three reflections, then the journal file overwritten with garbage; returns a copy of the
/// journal from before (a readable file to salvage from).
fn damaged_journal(data_dir: &Path) -> PathBuf {
    for day in ["2026-11-18", "2026-11-19", "2026-11-20"] {
        let output = skills_journal(
            &[
                "log",
                "reflection",
                "--skill",
                "teamwork",
                "--situation",
                "Retro",
                "--reflection",
                "Ik liet anderen eerst praten",
                "--date",
                day,
            ],
            data_dir,
        );
        assert!(output.status.success(), "{}", text(&output.stderr));
    }
    assert!(
        data_dir
            .join("backups")
            .read_dir()
            .unwrap()
            .next()
            .is_some(),
        "the first entry made a backup"
    );
    let copy = data_dir.join("copy-from-before.sqlite");
    std::fs::copy(data_dir.join("journal.sqlite"), &copy).unwrap();
    std::fs::write(data_dir.join("journal.sqlite"), b"not a journal any more").unwrap();
    copy
}

fn entries(data_dir: &Path, extra: &[&str]) -> Output {
    let mut args = extra.to_vec();
    args.extend(["entries", "list", "--json"]);
    skills_journal(&args, data_dir)
}

#[test]
fn after_damage_the_command_line_refuses_and_names_the_ways_on_until_one_is_chosen() {
    let data = tempfile::tempdir().unwrap();
    damaged_journal(data.path());
    for attempt in 1..=2 {
        let output = entries(data.path(), &[]);
        let message = text(&output.stderr);
        assert!(
            !output.status.success(),
            "attempt {attempt} is refused: {message}"
        );
        for way in [
            "skills-journal restore",
            "skills-journal salvage",
            "--start-empty",
        ] {
            assert!(
                message.contains(way),
                "attempt {attempt} names `{way}`: {message}"
            );
        }
        assert!(
            !data.path().join("journal.sqlite").exists(),
            "no empty journal was started quietly"
        );
    }
    let started = entries(data.path(), &["--start-empty"]);
    assert!(started.status.success(), "{}", text(&started.stderr));
    assert_eq!(
        text(&started.stdout).trim(),
        "[]",
        "an empty journal, on purpose"
    );
    assert!(
        entries(data.path(), &[]).status.success(),
        "and it opens as usual afterwards"
    );
}

#[test]
fn salvage_brings_entries_back_through_the_import_and_twice_adds_nothing() {
    let data = tempfile::tempdir().unwrap();
    let source = damaged_journal(data.path());
    let salvaged = skills_journal(&["salvage", source.to_str().unwrap()], data.path());
    let said = text(&salvaged.stdout);
    assert!(salvaged.status.success(), "{}", text(&salvaged.stderr));
    assert!(
        said.contains("recovered 3 entries") && said.contains("3 added"),
        "{said}"
    );
    let listed = entries(data.path(), &[]);
    assert!(
        listed.status.success(),
        "the journal opens after salvage: {}",
        text(&listed.stderr)
    );
    let items: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(items.len(), 3, "the three entries are back");

    let again = skills_journal(&["salvage", source.to_str().unwrap()], data.path());
    assert!(
        text(&again.stdout).contains("0 added, 3 already in the journal"),
        "{}",
        text(&again.stdout)
    );

    let missing = skills_journal(&["salvage", "/no/such/file.sqlite"], data.path());
    assert!(!missing.status.success(), "a missing file is refused");
    assert!(
        text(&missing.stderr).contains("not a file"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn restore_import_and_salvage_wait_for_the_window_to_let_go_of_the_journal() {
    let data = tempfile::tempdir().unwrap();
    let source = damaged_journal(data.path());
    // The window holds this lock while it runs; here the test holds it.
    let window =
        skills_journal_store::JournalLock::acquire(&data.path().join("journal.sqlite")).unwrap();
    for args in [
        vec!["salvage", source.to_str().unwrap()],
        vec!["restore", source.to_str().unwrap()],
        vec!["import", "/no/such/export.json"],
    ] {
        let refused = skills_journal(&args, data.path());
        let message = text(&refused.stderr);
        assert!(
            !refused.status.success(),
            "{args:?} is refused while the window runs"
        );
        assert!(
            message.contains("open in a window"),
            "{args:?} says why: {message}"
        );
    }
    drop(window);
    let salvaged = skills_journal(&["salvage", source.to_str().unwrap()], data.path());
    assert!(
        salvaged.status.success(),
        "once the window is closed it works: {}",
        text(&salvaged.stderr)
    );
}
