//! Killing the app mid-write loses nothing it confirmed. A helper process
//! (`journal-crash-writer`) writes entries in a loop and prints each id after its commit;
//! we SIGKILL it at a random moment (0–30 ms), reopen the journal and check every printed
//! entry is there, intact, and `integrity_check` passes. `JOURNAL_CRASH_ITERATIONS` sets the
//! number of kills (default 200; `make stress` can ask for more).
//!
//! A process kill leaves the operating system's caches intact; surviving a power cut also
//! relies on `synchronous=FULL` and the disk honouring fsync, which no test here can show.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use skills_journal_store::{EntryContent, EntryId, JournalStore};

use super::common::now;

#[test]
fn acknowledged_entries_survive_being_killed() {
    let iterations: u32 = std::env::var("JOURNAL_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite");
    let mut acknowledged: Vec<(EntryId, u32, u64)> = Vec::new();
    let mut rng = fastrand::Rng::with_seed(
        std::env::var("JOURNAL_CRASH_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(7),
    );

    for run in 0..iterations {
        let mut child = Command::new(env!("CARGO_BIN_EXE_journal-crash-writer"))
            .arg(&path)
            .arg(run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        thread::sleep(Duration::from_micros(rng.u64(0..=30_000)));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        let lines = reader.join().unwrap();
        if status.success() {
            panic!("run {run}: the writer stopped by itself");
        }
        let before = acknowledged.len();
        for line in &lines {
            let fields: Vec<&str> = line.split(' ').collect();
            assert_eq!(
                fields.len(),
                3,
                "run {run}: a complete line per acknowledged entry, got {line:?}"
            );
            acknowledged.push((
                EntryId(fields[0].parse().unwrap()),
                fields[1].parse().unwrap(),
                fields[2].parse().unwrap(),
            ));
        }
        if !path.exists() {
            continue; // killed before the journal was even created
        }
        let store = JournalStore::open(&path, now())
            .unwrap_or_else(|e| panic!("run {run}: the journal reopens after a kill: {e}"));
        for &(id, entry_run, sequence) in &acknowledged[before..] {
            check_entry(&store, id, entry_run, sequence);
        }
        store.close().unwrap();
    }

    let store = JournalStore::open(&path, now()).unwrap();
    for &(id, run, sequence) in &acknowledged {
        check_entry(&store, id, run, sequence);
    }
    assert_eq!(
        store.integrity_check().unwrap(),
        None,
        "integrity_check passes after {iterations} kills"
    );
    assert!(
        !acknowledged.is_empty(),
        "some writes were acknowledged at all"
    );
    eprintln!(
        "crash test: {iterations} kills, {} acknowledged entries checked",
        acknowledged.len()
    );
}

fn check_entry(store: &JournalStore, id: EntryId, run: u32, sequence: u64) {
    let entry = store.entry(id).unwrap_or_else(|e| {
        panic!("acknowledged entry {id} (run {run}, #{sequence}) is missing: {e}")
    });
    let EntryContent::Reflection(reflection) = &entry.input.content else {
        panic!("entry {id} changed kind")
    };
    let expected = format!(
        "crash run {run} entry {sequence}: {}",
        "tekst ".repeat(20).trim_end()
    );
    assert_eq!(
        reflection.situation.as_deref(),
        Some(expected.as_str()),
        "entry {id} is intact"
    );
    assert_eq!(entry.input.skills.len(), 1, "entry {id} kept its skill");
}
