//! Test helper for the crash test (`tests/journal/crash.rs`): opens the journal given on the
//! command line and writes reflections in a loop until it is killed, printing
//! `<entry id> <run> <sequence>` on stdout right after each commit. Every line printed is an
//! entry the store acknowledged; the test kills this process at random moments and checks
//! that each acknowledged entry is still there, intact.
//!
//! Usage: `journal-crash-writer <journal.sqlite> <run>`

use std::io::Write;
use std::process::ExitCode;

use chrono::{NaiveDate, Utc};
use skills_journal_store::{EntryContent, EntryInput, EntrySkill, JournalStore, ReflectionContent};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(run)) = (args.next(), args.next()) else {
        eprintln!("usage: journal-crash-writer <journal.sqlite> <run>");
        return ExitCode::from(2);
    };
    match write_forever(&path, &run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("journal-crash-writer: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write_forever(path: &str, run: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = JournalStore::open(path, Utc::now())?;
    store.set_catalogue_ids(["listening"]);
    let date = NaiveDate::from_ymd_opt(2026, 11, 2).ok_or("bad date")?;
    let mut stdout = std::io::stdout().lock();
    for sequence in 0_u64.. {
        let input = EntryInput::new(
            date,
            vec![EntrySkill::rated("listening", 3)],
            EntryContent::Reflection(ReflectionContent {
                situation: Some(crash_text(run, sequence)),
                ..Default::default()
            }),
        );
        let entry = store.create_entry(&input, Utc::now())?;
        writeln!(stdout, "{} {run} {sequence}", entry.id.0)?;
        stdout.flush()?;
    }
    Ok(())
}

/// The text the writer stores for `run`/`sequence`; the test checks it back.
fn crash_text(run: &str, sequence: u64) -> String {
    format!("crash run {run} entry {sequence}: {}", "tekst ".repeat(20))
}
