//! Drafts: saved as the trainee types, durable once saved, listed and discarded.

use chrono::TimeDelta;

use super::common::{self, memory_store, now};

#[test]
fn drafts_are_saved_replaced_listed_and_discarded() {
    let mut store = memory_store();
    store
        .save_draft("new-feedback", r#"{"impact":"half"}"#, now())
        .unwrap();
    store
        .save_draft("entry-12", r#"{"task":"x"}"#, now() + TimeDelta::minutes(1))
        .unwrap();
    store
        .save_draft(
            "new-feedback",
            r#"{"impact":"heel"}"#,
            now() + TimeDelta::minutes(2),
        )
        .unwrap();
    let drafts = store.drafts().unwrap();
    let listed: Vec<_> = drafts
        .iter()
        .map(|d| (d.key.as_str(), d.text.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("new-feedback", r#"{"impact":"heel"}"#),
            ("entry-12", r#"{"task":"x"}"#)
        ],
        "latest first, replaced"
    );
    assert_eq!(
        store.draft("entry-12").unwrap().map(|d| d.saved_at),
        Some(now() + TimeDelta::minutes(1))
    );
    assert!(store.discard_draft("entry-12").unwrap());
    assert!(
        !store.discard_draft("entry-12").unwrap(),
        "discarding twice finds nothing"
    );
    assert_eq!(store.draft("entry-12").unwrap(), None);
}

#[test]
fn a_draft_survives_the_app_being_killed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .save_draft("new-reflection", r#"{"result":"bijna klaar"}"#, now())
        .unwrap();
    std::mem::forget(store); // no close, no checkpoint
    let store = common::file_store(dir.path(), now());
    assert_eq!(
        store.draft("new-reflection").unwrap().map(|d| d.text),
        Some(r#"{"result":"bijna klaar"}"#.to_owned())
    );
}
