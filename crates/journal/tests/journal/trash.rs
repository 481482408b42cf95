//! The trash: deleting, restoring, the 30-day purge and emptying it.

use chrono::TimeDelta;
use skills_journal_store::{EntryContent, EntryQuery, StoreError};

use super::common::{self, days_later, memory_store, now};

#[test]
fn a_deleted_entry_goes_to_the_trash_and_can_come_back() {
    let mut store = memory_store();
    let entry = store
        .create_entry(&common::feedback("2026-10-01", "Weg en terug"), now())
        .unwrap();
    let trashed = store.delete_entry(entry.id, days_later(1)).unwrap();
    assert_eq!(trashed.deleted_at, Some(days_later(1)));
    assert!(
        store.find(&EntryQuery::default()).unwrap().items.is_empty(),
        "trashed entries are not listed"
    );
    let text = EntryQuery {
        text: Some("terug".into()),
        ..Default::default()
    };
    assert!(
        store.find(&text).unwrap().items.is_empty(),
        "nor found by search"
    );
    let skill = EntryQuery {
        skill_id: Some("presentations".into()),
        ..Default::default()
    };
    assert!(
        store.find(&skill).unwrap().items.is_empty(),
        "nor listed under their skill"
    );
    assert_eq!(
        store
            .skill_stats()
            .unwrap()
            .iter()
            .find(|s| s.skill_id == "presentations")
            .unwrap()
            .entry_count,
        0
    );
    assert_eq!(
        store.trash().unwrap(),
        std::slice::from_ref(&trashed),
        "the trash lists it"
    );
    assert!(
        matches!(
            store.update_entry(entry.id, &entry.input, now()),
            Err(StoreError::EntryInTrash(_))
        ),
        "no edits in the trash"
    );

    let back = store.restore_from_trash(entry.id).unwrap();
    assert_eq!(back, entry, "restored exactly as it was");
    assert_eq!(store.find(&text).unwrap().items.len(), 1, "found again");
    assert_eq!(store.find(&skill).unwrap().items.len(), 1);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn the_trash_is_purged_after_30_days() {
    let mut store = memory_store();
    let feedback = store
        .create_entry(&common::feedback("2026-10-01", "Bron van een actie"), now())
        .unwrap();
    store
        .update_entry(
            feedback.id,
            &common::feedback("2026-10-01", "Bron, aangepast"),
            now(),
        )
        .unwrap();
    let action = store
        .create_entry(
            &common::action("2026-10-02", "Oefenen", Some(feedback.id)),
            now(),
        )
        .unwrap();
    let young = store
        .create_entry(&common::reflection("2026-10-03", "Pas weggegooid"), now())
        .unwrap();
    store.delete_entry(feedback.id, now()).unwrap();
    store.delete_entry(young.id, days_later(10)).unwrap();

    assert_eq!(
        store
            .purge_trash(days_later(30) - TimeDelta::seconds(1))
            .unwrap(),
        0,
        "29 days and a bit: kept"
    );
    assert_eq!(
        store.purge_trash(days_later(30)).unwrap(),
        1,
        "30 days: purged"
    );
    assert!(
        matches!(store.entry(feedback.id), Err(StoreError::EntryNotFound(_))),
        "gone for good"
    );
    assert!(
        matches!(
            store.history(feedback.id),
            Err(StoreError::EntryNotFound(_))
        ),
        "its history too"
    );
    assert_eq!(store.trash().unwrap().len(), 1, "the younger one waits");
    let action = store.entry(action.id).unwrap();
    assert!(
        matches!(action.input.content, EntryContent::Action(ref a) if a.source_entry_id.is_none()),
        "the action stays, without its link to the purged entry"
    );
    let search = EntryQuery {
        text: Some("bron".into()),
        include_private: true,
        ..Default::default()
    };
    assert!(
        store.find(&search).unwrap().items.is_empty(),
        "the search index forgot it"
    );
    assert_eq!(store.integrity_check().unwrap(), None);
}

#[test]
fn emptying_the_trash_removes_everything_in_it() {
    let mut store = memory_store();
    let kept = store
        .create_entry(&common::reflection("2026-10-01", "Blijft"), now())
        .unwrap();
    for day in 2..5 {
        let entry = store
            .create_entry(
                &common::reflection(&format!("2026-10-0{day}"), "Weg"),
                now(),
            )
            .unwrap();
        store.delete_entry(entry.id, now()).unwrap();
    }
    assert_eq!(store.empty_trash().unwrap(), 3);
    assert!(store.trash().unwrap().is_empty());
    assert_eq!(
        store.entry(kept.id).unwrap(),
        kept,
        "entries outside the trash are untouched"
    );
}
