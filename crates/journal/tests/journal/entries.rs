//! Creating and editing entries; every edit keeps the previous version.

use skills_journal_store::{EntryContent, EntryId, EntryQuery, EntrySkill, StoreError};

use super::common::{self, days_later, memory_store, now};

#[test]
fn each_kind_round_trips() {
    let mut store = memory_store();
    let feedback = store
        .create_entry(&common::feedback("2026-10-01", "Helder verhaal"), now())
        .unwrap();
    let inputs = [
        common::feedback("2026-10-01", "Helder verhaal"),
        common::reflection("2026-10-02", "Ik liet de ander uitpraten"),
        common::assessment("2026-10-03", "presentations", 3, None),
        common::action("2026-10-04", "Begin met het probleem", Some(feedback.id)),
    ];
    for input in inputs {
        let created = store.create_entry(&input, now()).unwrap();
        assert_eq!(created.input, input, "{:?}: stored as given", input.kind());
        assert_eq!(
            (
                created.version,
                created.created_at,
                created.updated_at,
                created.deleted_at
            ),
            (1, now(), now(), None)
        );
        assert_eq!(
            store.entry(created.id).unwrap(),
            created,
            "{:?}: read back the same",
            input.kind()
        );
    }
}

#[test]
fn input_is_cleaned_before_it_is_stored() {
    let mut store = memory_store();
    let mut input = common::reflection("2026-10-02", "  Goed gedaan\r\n\u{0}  ");
    input.tags = vec![
        " Sprint ".into(),
        "sprint".into(),
        "   ".into(),
        "Demo".into(),
    ];
    input.article_id = Some("   ".into());
    let EntryContent::Reflection(reflection) = &mut input.content else {
        unreachable!()
    };
    reflection.task = Some(" \n ".into());
    let stored = store.create_entry(&input, now()).unwrap();
    let EntryContent::Reflection(reflection) = &stored.input.content else {
        unreachable!()
    };
    assert_eq!(
        reflection.reflection.as_deref(),
        Some("Goed gedaan"),
        "trimmed, control characters removed"
    );
    assert_eq!(reflection.task, None, "blank text is no text");
    assert_eq!(
        stored.input.tags,
        ["Sprint", "Demo"],
        "tags trimmed, blank and duplicate ones dropped"
    );
    assert_eq!(stored.input.article_id, None);
}

#[test]
fn an_edit_keeps_the_previous_version() {
    let mut store = memory_store();
    let first = store
        .create_entry(&common::feedback("2026-10-01", "Eerste versie"), now())
        .unwrap();
    let second = store
        .update_entry(
            first.id,
            &common::feedback("2026-10-01", "Tweede versie"),
            days_later(1),
        )
        .unwrap();
    let third = store
        .update_entry(
            first.id,
            &common::feedback("2026-10-02", "Derde versie"),
            days_later(2),
        )
        .unwrap();
    assert_eq!(
        (second.version, third.version),
        (2, 3),
        "each edit is a new version"
    );
    assert_eq!((third.created_at, third.updated_at), (now(), days_later(2)));

    let history = store.history(first.id).unwrap();
    let versions: Vec<_> = history
        .iter()
        .map(|v| (v.version, v.saved_at, v.current))
        .collect();
    assert_eq!(
        versions,
        [
            (3, days_later(2), true),
            (2, days_later(1), false),
            (1, now(), false)
        ],
        "newest first"
    );
    assert_eq!(
        history[2].input, first.input,
        "version 1 is what was first written"
    );
    assert_eq!(history[1].input, second.input);
    assert_eq!(history[0].input, third.input);
}

#[test]
fn saving_the_same_input_adds_no_version() {
    let mut store = memory_store();
    let entry = store
        .create_entry(&common::reflection("2026-10-02", "Zelfde"), now())
        .unwrap();
    let again = store
        .update_entry(entry.id, &entry.input, days_later(1))
        .unwrap();
    assert_eq!(
        again, entry,
        "an unchanged save (autosave) is not a new version"
    );
    assert_eq!(store.history(entry.id).unwrap().len(), 1);
}

#[test]
fn restoring_a_version_makes_it_current_as_a_new_version() {
    let mut store = memory_store();
    let first = store
        .create_entry(&common::feedback("2026-10-01", "Origineel"), now())
        .unwrap();
    store
        .update_entry(
            first.id,
            &common::feedback("2026-10-01", "Aangepast"),
            days_later(1),
        )
        .unwrap();
    let restored = store.restore_version(first.id, 1, days_later(2)).unwrap();
    assert_eq!(
        (restored.version, &restored.input),
        (3, &first.input),
        "version 1's content is current again as version 3"
    );
    let history = store.history(first.id).unwrap();
    assert_eq!(
        history.len(),
        3,
        "nothing is lost: the edited version stays in the history"
    );
    assert!(
        matches!(history[1].input.content, EntryContent::Feedback(ref f) if f.impact.as_deref() == Some("Aangepast"))
    );

    let missing = store.restore_version(first.id, 9, days_later(3));
    assert!(
        matches!(missing, Err(StoreError::VersionNotFound { version: 9, .. })),
        "{missing:?}"
    );
    assert_eq!(
        store.restore_version(first.id, 3, days_later(3)).unwrap(),
        restored,
        "restoring the current version is a no-op"
    );
}

#[test]
fn an_action_can_be_marked_done() {
    let mut store = memory_store();
    let action = store
        .create_entry(
            &common::action("2026-10-04", "Oefen de opening", None),
            now(),
        )
        .unwrap();
    let done = store
        .set_action_done(action.id, true, days_later(1))
        .unwrap();
    assert!(
        matches!(done.input.content, EntryContent::Action(ref a) if a.done),
        "marked done"
    );
    assert_eq!(done.version, 2, "marking done is an edit with history");
    let open = store
        .find(&EntryQuery {
            done: Some(false),
            ..Default::default()
        })
        .unwrap();
    assert!(open.items.is_empty(), "no open actions left");
    let reflection = store
        .create_entry(&common::reflection("2026-10-02", "Geen actie"), now())
        .unwrap();
    assert!(matches!(
        store.set_action_done(reflection.id, true, now()),
        Err(StoreError::Validation(_))
    ));
}

#[test]
fn an_edit_may_keep_an_archived_skill_it_already_had() {
    let mut store = memory_store();
    let custom = store.add_custom_skill("Feedback geven", now()).unwrap();
    let mut input = common::reflection("2026-10-02", "Met eigen vaardigheid");
    input.skills.push(EntrySkill::new(custom.id.clone()));
    let entry = store.create_entry(&input, now()).unwrap();
    store
        .set_custom_skill_archived(&custom.id, true, now())
        .unwrap();
    input.tags = vec!["later".into()];
    let edited = store.update_entry(entry.id, &input, days_later(1)).unwrap();
    assert_eq!(
        edited.version, 2,
        "the archived skill stays on the entry it was already on"
    );
}

#[test]
fn a_missing_entry_is_reported_by_id() {
    let mut store = memory_store();
    let error = store
        .update_entry(EntryId(404), &common::reflection("2026-10-02", "x"), now())
        .unwrap_err();
    assert!(
        matches!(error, StoreError::EntryNotFound(EntryId(404))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "there is no journal entry #404; it may have been deleted"
    );
    assert!(matches!(
        store.entry(EntryId(404)),
        Err(StoreError::EntryNotFound(_))
    ));
}

#[test]
fn a_batch_is_all_or_nothing() {
    let mut store = memory_store();
    let good = common::reflection("2026-10-02", "Goed");
    let bad = common::reflection("1960-01-01", "Te vroeg");
    assert!(store.create_entries(&[good.clone(), bad], now()).is_err());
    assert!(
        store.find(&EntryQuery::default()).unwrap().items.is_empty(),
        "the good entry was not saved either"
    );
    assert_eq!(
        store
            .create_entries(&[good.clone(), good], now())
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn an_entry_survives_the_process_dying_without_closing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    let entry = store
        .create_entry(&common::reflection("2026-10-02", "Niet kwijt"), now())
        .unwrap();
    std::mem::forget(store); // no close, no checkpoint: what a killed app leaves behind
    let store = common::file_store(dir.path(), now());
    assert_eq!(
        store.entry(entry.id).unwrap(),
        entry,
        "a confirmed entry is on disk when create_entry returns"
    );
}

#[test]
fn an_edit_may_keep_a_skill_gone_from_the_catalogue_but_not_a_deleted_custom_skill() {
    let mut store = memory_store();
    let entry = store
        .create_entry(&common::reflection("2026-10-02", "Luisteren"), now())
        .unwrap();
    store.set_catalogue_ids(["teamwork"]);
    let mut input = entry.input.clone();
    input.tags = vec!["later".into()];
    store
        .update_entry(entry.id, &input, days_later(1))
        .expect("`listening` left the catalogue but stays on the entry");

    let custom = store.add_custom_skill("Netwerken", now()).unwrap();
    let mut with_custom = input.clone();
    with_custom.skills.push(EntrySkill::new(custom.id.clone()));
    store
        .update_entry(entry.id, &with_custom, days_later(2))
        .unwrap();
    store.update_entry(entry.id, &input, days_later(3)).unwrap();
    store
        .delete_custom_skill(&custom.id)
        .expect("no entry uses it now");
    let error = store
        .restore_version(entry.id, 3, days_later(4))
        .unwrap_err();
    let codes: Vec<_> = error.field_errors().iter().map(|e| e.code).collect();
    assert_eq!(
        codes,
        [skills_journal_store::ValidationCode::UnknownSkill],
        "a deleted custom skill does not come back"
    );
}
