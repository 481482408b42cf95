//! After damage: the journal keeps saying so until the trainee chooses (restore, salvage or
//! start empty), and salvage brings back every entry that can still be read.

use std::fs;
use std::path::{Path, PathBuf};

use skills_journal_store::{EntryQuery, JournalStore, StoreError};

use super::common::{self, days_later, now};

const ENTRIES: usize = 60;

/// A closed journal of [`ENTRIES`] reflections, each with a long text holding its own token.
fn journal_with_entries(dir: &Path) -> PathBuf {
    let path = common::journal_path(dir);
    let mut store = common::file_store(dir, now());
    for n in 0..ENTRIES {
        let text = format!("UNIEK-{n:03} ").repeat(400);
        store
            .create_entry(&common::reflection("2026-10-01", &text), now())
            .unwrap();
    }
    store
        .link_article_item("bundled/luisteren", "echt luisteren", "listening", now())
        .unwrap();
    store.close().unwrap();
    path
}

/// Overwrites every 4 KiB page of `path` that holds `needle` with garbage.
fn damage_pages_holding(path: &Path, needle: &[u8]) -> usize {
    let mut bytes = fs::read(path).unwrap();
    let pages: Vec<usize> = bytes
        .chunks(4096)
        .enumerate()
        .filter(|(_, page)| page.windows(needle.len()).any(|w| w == needle))
        .map(|(index, _)| index)
        .filter(|&index| index > 0)
        .collect();
    for &index in &pages {
        let start = index * 4096;
        let end = (start + 4096).min(bytes.len());
        bytes[start..end].fill(0xA5);
    }
    fs::write(path, bytes).unwrap();
    pages.len()
}

fn kept_as(error: &StoreError) -> PathBuf {
    match error {
        StoreError::Corrupt { kept_as, .. } => kept_as.clone(),
        other => panic!("expected the damage to be reported, got {other:?}"),
    }
}

fn count(store: &JournalStore) -> usize {
    store
        .find(&EntryQuery {
            include_private: true,
            limit: Some(500),
            ..EntryQuery::default()
        })
        .unwrap()
        .items
        .len()
}

#[test]
fn damage_is_reported_again_until_the_trainee_starts_empty_on_purpose() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_entries(dir.path());
    fs::write(&path, b"not a database any more").unwrap();
    let first = JournalStore::open(&path, days_later(1)).unwrap_err();
    let kept = kept_as(&first);
    let again = JournalStore::open(&path, days_later(2)).unwrap_err();
    assert_eq!(
        kept_as(&again),
        kept,
        "the next start reports the same damage"
    );
    assert!(!path.exists(), "no empty journal was started quietly");

    let mut fresh = JournalStore::start_empty(&path, days_later(2)).unwrap();
    fresh.set_catalogue_ids(common::CATALOGUE);
    assert_eq!(count(&fresh), 0, "an empty journal, on purpose");
    fresh.close().unwrap();
    assert!(kept.exists(), "the damaged file stays where it was kept");
    JournalStore::open(&path, days_later(3)).expect("from then on it opens as usual");
}

#[test]
fn restoring_a_backup_answers_the_damage_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_entries(dir.path());
    let backup = JournalStore::list_backups(&path).unwrap().remove(0);
    fs::write(&path, b"not a database any more").unwrap();
    JournalStore::open(&path, days_later(1)).unwrap_err();
    JournalStore::restore_backup(&path, &backup.path, days_later(1)).unwrap();
    JournalStore::open(&path, days_later(2)).expect("the restored journal opens");
}

#[test]
fn salvage_recovers_every_readable_entry_once_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_entries(dir.path());
    let damaged_pages = damage_pages_holding(&path, b"UNIEK-030");
    assert!(damaged_pages > 0, "the test damaged some pages");
    let error = JournalStore::open(&path, days_later(1)).unwrap_err();
    let kept = kept_as(&error);

    let (store, summary) =
        JournalStore::salvage_into(&path, &kept, &common::catalogue(), days_later(1)).unwrap();
    assert_eq!(
        (summary.recovered + summary.unreadable) as usize,
        ENTRIES,
        "every entry is recovered or counted as unreadable, none silently lost: {summary:?}"
    );
    assert!(
        summary.recovered as usize >= ENTRIES / 2 && summary.unreadable >= 1,
        "most entries come back, the damaged ones do not: {summary:?}"
    );
    assert_eq!(summary.import.entries_added, summary.recovered);
    assert_eq!(
        store.article_links("bundled/luisteren").unwrap().len(),
        1,
        "the article link comes back too"
    );
    assert_eq!(
        count(&store),
        summary.recovered as usize,
        "they are in the journal"
    );
    assert!(
        store
            .backups()
            .unwrap()
            .iter()
            .any(|b| b.reason == skills_journal_store::BackupReason::BeforeImport),
        "a backup was made first"
    );
    store.close().unwrap();

    let (store, again) =
        JournalStore::salvage_into(&path, &kept, &common::catalogue(), days_later(2)).unwrap();
    assert_eq!(
        again.import.entries_added, 0,
        "salvaging twice adds nothing"
    );
    assert_eq!(again.import.entries_skipped, summary.recovered);
    assert_eq!(count(&store), summary.recovered as usize);
    store.close().unwrap();
    JournalStore::open(&path, days_later(3)).expect("the journal opens as usual afterwards");
}

#[test]
fn a_failed_salvage_changes_nothing_and_the_damage_stays_pending() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_entries(dir.path());
    fs::write(&path, b"not a database any more").unwrap();
    let kept = kept_as(&JournalStore::open(&path, days_later(1)).unwrap_err());
    let missing = dir.path().join("no-such-file.sqlite");
    JournalStore::salvage_into(&path, &missing, &common::catalogue(), days_later(1)).unwrap_err();
    assert!(!path.exists(), "no journal was left behind");
    assert_eq!(
        kept_as(&JournalStore::open(&path, days_later(1)).unwrap_err()),
        kept,
        "the damage is still reported"
    );
}
