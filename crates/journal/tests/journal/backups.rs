//! Automatic backups: verified, at most one a day, rotated 14 daily + 8 weekly, restorable.

use std::collections::BTreeSet;
use std::fs;

use chrono::{Datelike, TimeDelta};
use rusqlite::Connection;
use skills_journal_store::{
    BackupReason, EntryQuery, JournalStore, KEEP_DAILY, KEEP_WEEKLY, StoreError, verify_backup,
};

use super::common::{self, days_later, now};

#[test]
fn the_daily_backup_is_made_once_a_day_and_verified() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-02", "Eerste dag"), now())
        .unwrap();
    assert_eq!(
        store.backups().unwrap().len(),
        1,
        "the first entry of a new journal gets a backup at once"
    );
    store.close().unwrap();

    let mut store = common::file_store(dir.path(), now() + TimeDelta::hours(1));
    let backups = store.backups().unwrap();
    assert_eq!(
        backups.len(),
        1,
        "reopening the same day makes no second daily backup"
    );
    assert_eq!(
        store.backup_if_due(now() + TimeDelta::hours(5)).unwrap(),
        None,
        "at most one a day"
    );
    let next = store
        .backup_if_due(days_later(1))
        .unwrap()
        .expect("a new day, a new backup");
    assert_eq!(next.reason, BackupReason::Daily);
    assert_eq!(store.backups().unwrap().len(), 2);

    for backup in store.backups().unwrap() {
        verify_backup(&backup.path).unwrap();
        let bytes = fs::read(&backup.path).unwrap();
        assert_eq!(
            (bytes[18], bytes[19]),
            (1, 1),
            "{}: one self-contained file (rollback journal)",
            backup.path.display()
        );
        assert_eq!(backup.size_bytes, bytes.len() as u64);
        let conn = Connection::open(&backup.path).unwrap();
        let count: u32 = conn
            .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 1, "the backup holds the entry");
    }
    let leftovers: Vec<_> = fs::read_dir(skills_journal_store::backups_dir(&common::journal_path(
        dir.path(),
    )))
    .unwrap()
    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
    .filter(|name| name.ends_with(".tmp"))
    .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files stay behind: {leftovers:?}"
    );
}

#[test]
fn rotation_keeps_14_daily_and_8_weekly_over_200_days() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    for day in 0..200 {
        let at = days_later(day) + TimeDelta::hours(day % 7);
        if day % 10 == 0 {
            store
                .create_entry(&common::reflection("2026-11-01", &format!("dag {day}")), at)
                .unwrap();
        }
        let made = store.backup_if_due(at).unwrap();
        // Day 0's backup was made by the journal's first entry.
        assert_eq!(made.is_some(), day > 0, "one backup per day (day {day})");
    }
    let backups = store.backups().unwrap();
    assert!(backups.iter().all(|b| b.reason == BackupReason::Daily));
    let days: Vec<_> = backups.iter().map(|b| b.created_at.date_naive()).collect();
    let last = days_later(199).date_naive();
    let expected_daily: Vec<_> = (0..14).map(|back| last - TimeDelta::days(back)).collect();
    assert_eq!(
        &days[..KEEP_DAILY],
        expected_daily.as_slice(),
        "the newest 14 days are all kept"
    );
    let weeks: BTreeSet<_> = days
        .iter()
        .map(|d| (d.iso_week().year(), d.iso_week().week()))
        .collect();
    assert_eq!(
        weeks.len(),
        KEEP_WEEKLY,
        "exactly 8 ISO weeks are represented: {days:?}"
    );
    for older in &days[KEEP_DAILY..] {
        let week = older.iso_week();
        let newest_of_week = days.iter().filter(|d| d.iso_week() == week).max().unwrap();
        assert_eq!(
            older, newest_of_week,
            "beyond 14 days only the newest backup of a week stays"
        );
    }
    assert!(
        days.len() <= KEEP_DAILY + KEEP_WEEKLY,
        "{} backups kept",
        days.len()
    );
    let oldest = *days.last().unwrap();
    assert_eq!(
        oldest.iso_week(),
        (last - TimeDelta::weeks(7)).iso_week(),
        "the oldest kept is from 7 weeks back: {oldest}"
    );
    for backup in &backups {
        verify_backup(&backup.path).unwrap();
    }
}

#[test]
fn backups_made_before_a_migration_are_never_rotated_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    let daily = store.backup_if_due(now()).unwrap().unwrap();
    let kept = daily
        .path
        .with_file_name("journal-20200101T000000Z-before-migration-v1.sqlite");
    fs::copy(&daily.path, &kept).unwrap();
    for day in 1..40 {
        store.backup_if_due(days_later(day)).unwrap();
    }
    let listed = store.backups().unwrap();
    let found = listed
        .iter()
        .find(|b| b.path == kept)
        .expect("the pre-migration backup is still there");
    assert_eq!(
        (found.reason, found.schema_version),
        (BackupReason::BeforeMigration, Some(1))
    );
}

#[test]
fn a_manual_backup_is_made_on_request_and_outlives_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    let manual = store.backup_now(now()).unwrap();
    assert_eq!(manual.reason, BackupReason::Manual);
    verify_backup(&manual.path).unwrap();
    store
        .create_entry(&common::reflection("2026-11-02", "Voor de coach"), now())
        .unwrap();
    assert!(
        store
            .backups()
            .unwrap()
            .iter()
            .any(|b| b.reason == BackupReason::Daily),
        "a manual backup does not count as the day's automatic one: the first entry still makes it"
    );
    for day in 1..40 {
        store.backup_if_due(days_later(day)).unwrap();
    }
    let listed = store.backups().unwrap();
    assert!(
        listed
            .iter()
            .any(|b| b.path == manual.path && b.reason == BackupReason::Manual),
        "rotation never removes a manual backup: {listed:?}"
    );
    assert!(
        JournalStore::open_in_memory()
            .unwrap()
            .backup_now(now())
            .is_err(),
        "an in-memory journal has nothing to back up beside"
    );
}

#[test]
fn the_backup_before_an_import_is_listed_as_such_and_outlives_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(
            &common::reflection("2026-11-02", "Van voor de import"),
            now(),
        )
        .unwrap();
    let before = store.backup_before_import(now()).unwrap();
    assert_eq!(before.reason, BackupReason::BeforeImport);
    verify_backup(&before.path).unwrap();
    for day in 1..40 {
        store.backup_if_due(days_later(day)).unwrap();
    }
    let listed = store.backups().unwrap();
    assert!(
        listed
            .iter()
            .any(|b| b.path == before.path && b.reason == BackupReason::BeforeImport),
        "the name is read back as a before-import backup, and rotation keeps it: {listed:?}"
    );
}

#[test]
fn restore_replaces_the_journal_and_keeps_the_current_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-01", "In de backup"), now())
        .unwrap();
    // The first entry made the journal's first backup.
    let backup = store.backups().unwrap().remove(0);
    store
        .create_entry(&common::reflection("2026-11-02", "Na de backup"), now())
        .unwrap();
    drop(store);

    let listed = JournalStore::list_backups(&path).unwrap();
    assert_eq!(
        listed.first().map(|b| &b.path),
        Some(&backup.path),
        "backups are listed without opening the journal"
    );
    let mut restored = JournalStore::restore_backup(&path, &backup.path, days_later(1)).unwrap();
    restored.set_catalogue_ids(common::CATALOGUE);
    let texts: Vec<String> = restored
        .find(&EntryQuery::default())
        .unwrap()
        .items
        .iter()
        .map(|h| format!("{:?}", h.entry.input.content))
        .collect();
    assert_eq!(texts.len(), 1, "only what was in the backup: {texts:?}");
    assert!(texts[0].contains("In de backup"));

    let aside = dir.path().join("journal.replaced-20261103-100000.sqlite");
    assert!(aside.exists(), "the replaced journal is kept aside");
    let conn = Connection::open(&aside).unwrap();
    let count: u32 = conn
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 2, "the file kept aside still has both entries");
}

#[test]
fn a_damaged_backup_is_refused_and_the_journal_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-01", "Blijft staan"), now())
        .unwrap();
    store.close().unwrap();
    let bytes = fs::read(&path).unwrap();

    let bad = dir.path().join("bad-backup.sqlite");
    fs::write(&bad, b"not a backup at all".repeat(50)).unwrap();
    let missing = dir.path().join("missing.sqlite");
    let other = dir.path().join("other.sqlite");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    for candidate in [&bad, &missing, &other] {
        let result = JournalStore::restore_backup(&path, candidate, now());
        assert!(
            matches!(result, Err(StoreError::BackupInvalid { .. })),
            "{}: refused, got {result:?}",
            candidate.display()
        );
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "the journal was not touched"
    );
}

#[test]
fn the_last_backup_before_damage_is_never_rotated_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-02", "Voor de schade"), now())
        .unwrap();
    let before_damage = store.backups().unwrap()[0].path.clone();
    // A damaged file kept aside a day later (named as the store names it), then two months of
    // daily backups of a new journal.
    let damaged_at = days_later(1).format("%Y%m%d-%H%M%S");
    fs::write(
        dir.path()
            .join(format!("journal.corrupt-{damaged_at}.sqlite")),
        b"damaged",
    )
    .unwrap();
    for day in 2..70 {
        store.backup_if_due(days_later(day)).unwrap();
    }
    let left: Vec<_> = store
        .backups()
        .unwrap()
        .into_iter()
        .map(|b| b.path)
        .collect();
    assert!(
        left.contains(&before_damage),
        "the last good backup before the damage survives rotation: {left:?}"
    );
    assert!(
        left.len() <= KEEP_DAILY + KEEP_WEEKLY + 1,
        "the rest is still rotated: {} left",
        left.len()
    );
}

#[test]
fn a_backups_folder_that_cannot_be_written_is_a_warning_not_a_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-02", "Eerste"), now())
        .unwrap();
    store.close().unwrap();
    fs::remove_dir_all(dir.path().join("backups")).unwrap();
    fs::write(
        dir.path().join("backups"),
        b"a file where the folder should be",
    )
    .unwrap();

    let store = JournalStore::open(common::journal_path(dir.path()), days_later(1))
        .expect("the journal opens although it cannot be backed up");
    let warning = store
        .backup_warning()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(!warning.is_empty(), "the failed backup is reported");
    assert_eq!(
        store.find(&EntryQuery::default()).unwrap().items.len(),
        1,
        "and the history is all there"
    );
}

#[test]
fn a_backup_reason_is_written_as_its_json_says() {
    for reason in [
        BackupReason::Daily,
        BackupReason::BeforeMigration,
        BackupReason::Manual,
        BackupReason::BeforeImport,
    ] {
        assert_eq!(
            serde_json::to_value(reason).unwrap(),
            serde_json::Value::from(reason.code()),
            "{reason:?}"
        );
    }
}

/// The journal holds candid entries and the key that opens answers: only its owner reads it,
/// its write-ahead log and its backups.
#[cfg(unix)]
#[test]
fn the_journal_its_log_and_its_backups_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .create_entry(&common::reflection("2026-11-02", "Eerlijk"), now())
        .unwrap();
    let backup = store.backup_now(now()).unwrap();
    let journal = common::journal_path(dir.path());
    let mut wal = journal.as_os_str().to_owned();
    wal.push("-wal");
    for file in [journal.clone(), wal.into(), backup.path] {
        let mode = fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
}
