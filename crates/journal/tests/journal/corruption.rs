//! Damaged files are detected at start, kept aside (never overwritten or deleted) and the
//! error names the backup to offer.

use std::fs;
use std::io::{Seek, SeekFrom, Write};

use skills_journal_store::{EntryQuery, JournalStore, StoreError};

use super::common::{self, days_later, now};

#[test]
fn a_file_that_is_not_sqlite_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let garbage = b"this is a shopping list, not a database\n".repeat(10);
    fs::write(&path, &garbage).unwrap();

    let error = JournalStore::open(&path, now()).unwrap_err();
    let StoreError::Corrupt {
        kept_as,
        latest_backup,
        reason,
        ..
    } = &error
    else {
        panic!("a file that is not SQLite is reported as corrupt, got {error:?}");
    };
    assert_eq!(
        kept_as,
        &dir.path().join("journal.corrupt-20261102-100000.sqlite"),
        "named after the time"
    );
    assert_eq!(
        fs::read(kept_as).unwrap(),
        garbage,
        "the damaged file is kept as it was"
    );
    assert!(
        !path.exists(),
        "the journal's name is free for a backup or a new journal"
    );
    assert_eq!(latest_backup, &None, "there is no backup to offer");
    assert!(
        reason.contains("not an SQLite database"),
        "the reason says why: {reason}"
    );
    let message = error.to_string();
    assert!(
        message.contains("journal.corrupt-20261102-100000.sqlite"),
        "the message says where the file went: {message}"
    );
    assert_eq!(error.code(), "corrupt");

    assert!(
        matches!(
            JournalStore::open(&path, now()),
            Err(StoreError::Corrupt { .. })
        ),
        "opening again reports the damage again instead of quietly starting an empty journal"
    );
    let store = JournalStore::start_empty(&path, now()).unwrap();
    assert!(
        store.find(&EntryQuery::default()).unwrap().items.is_empty(),
        "starting empty on purpose gives a new journal"
    );
}

#[test]
fn a_kept_file_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let mut kept = Vec::new();
    for round in 0..3 {
        fs::write(&path, format!("garbage number {round}").repeat(20)).unwrap();
        match JournalStore::open(&path, now()) {
            Err(StoreError::Corrupt { kept_as, .. }) => kept.push(kept_as),
            other => panic!("round {round}: expected corrupt, got {other:?}"),
        }
    }
    kept.dedup();
    assert_eq!(
        kept.len(),
        3,
        "each damaged file gets its own name at the same moment: {kept:?}"
    );
    for (round, file) in kept.iter().enumerate() {
        assert_eq!(
            fs::read_to_string(file).unwrap(),
            format!("garbage number {round}").repeat(20),
            "{} intact",
            file.display()
        );
    }
}

#[test]
fn damaged_pages_are_found_by_quick_check_and_the_latest_backup_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let mut store = common::file_store(dir.path(), now());
    let long = "Ik heb goed geluisterd en doorgevraagd. ".repeat(100);
    for day in 1..=28 {
        store
            .create_entry(
                &common::reflection(&format!("2026-10-{day:02}"), &long),
                now(),
            )
            .unwrap();
    }
    store.close().unwrap();
    // The next day's open makes the daily backup of these 28 entries.
    let store = common::file_store(dir.path(), days_later(1));
    let backup = store
        .backups()
        .unwrap()
        .first()
        .cloned()
        .expect("a daily backup");
    store.close().unwrap();

    let length = fs::metadata(&path).unwrap().len();
    let mut file = fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.seek(SeekFrom::Start(4096 * 2)).unwrap();
    file.write_all(&vec![0xA5; usize::try_from(length).unwrap() - 4096 * 2])
        .unwrap();
    drop(file);

    let error = JournalStore::open(&path, days_later(2)).unwrap_err();
    let StoreError::Corrupt {
        kept_as,
        latest_backup,
        ..
    } = &error
    else {
        panic!("damaged pages are reported as corrupt, got {error:?}");
    };
    assert!(
        kept_as.exists() && !path.exists(),
        "the damaged file was moved aside"
    );
    assert_eq!(
        latest_backup.as_ref(),
        Some(&backup.path),
        "the latest backup is offered"
    );
    assert!(
        error
            .to_string()
            .contains(&backup.path.display().to_string()),
        "the message names the backup: {error}"
    );

    let mut restored = JournalStore::restore_backup(&path, &backup.path, days_later(2)).unwrap();
    restored.set_catalogue_ids(common::CATALOGUE);
    let page = restored
        .find(&EntryQuery {
            limit: Some(100),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.items.len(), 28, "every entry is back from the backup");
}
