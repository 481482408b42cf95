//! Custom skills: added, renamed, archived, and deleted only while unused.

use skills_journal_store::{EntrySkill, StoreError};

use super::common::{self, memory_store, now};

#[test]
fn custom_skills_get_ids_that_are_never_reused() {
    let mut store = memory_store();
    let first = store
        .add_custom_skill("  Feedback   geven ", now())
        .unwrap();
    assert_eq!(
        (first.id.as_str(), first.name.as_str(), first.archived_at),
        ("custom-1", "Feedback geven", None)
    );
    let second = store.add_custom_skill("Netwerken", now()).unwrap();
    assert_eq!(second.id, "custom-2");
    store.delete_custom_skill(&second.id).unwrap();
    let third = store.add_custom_skill("Onderhandelen", now()).unwrap();
    assert_eq!(
        third.id, "custom-3",
        "a deleted skill's id is not handed out again"
    );
    let names: Vec<_> = store
        .custom_skills()
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["Feedback geven", "Onderhandelen"]);
}

#[test]
fn renaming_keeps_the_entries_pointing_at_it() {
    let mut store = memory_store();
    let skill = store.add_custom_skill("Feedback geven", now()).unwrap();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills = vec![EntrySkill::new(skill.id.clone())];
    let entry = store.create_entry(&input, now()).unwrap();
    let renamed = store
        .rename_custom_skill(&skill.id, "Feedback geven en ontvangen")
        .unwrap();
    assert_eq!(renamed.name, "Feedback geven en ontvangen");
    assert_eq!(
        store.entry(entry.id).unwrap().input.skills[0].skill_id,
        skill.id,
        "entries refer to the id"
    );
    store
        .rename_custom_skill(&skill.id, "feedback GEVEN en ontvangen")
        .expect("renaming to itself in another case is fine");
    assert!(matches!(
        store.rename_custom_skill("custom-99", "x"),
        Err(StoreError::SkillNotFound(_))
    ));
}

#[test]
fn archiving_hides_a_skill_from_new_entries_only() {
    let mut store = memory_store();
    let skill = store.add_custom_skill("Netwerken", now()).unwrap();
    let archived = store
        .set_custom_skill_archived(&skill.id, true, now())
        .unwrap();
    assert_eq!(archived.archived_at, Some(now()));
    let again = store
        .set_custom_skill_archived(&skill.id, true, common::days_later(1))
        .unwrap();
    assert_eq!(
        again.archived_at,
        Some(now()),
        "archiving twice keeps the first moment"
    );
    let back = store
        .set_custom_skill_archived(&skill.id, false, now())
        .unwrap();
    assert_eq!(back.archived_at, None);
}

#[test]
fn a_skill_in_use_cannot_be_deleted() {
    let mut store = memory_store();
    let skill = store.add_custom_skill("Netwerken", now()).unwrap();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills.push(EntrySkill::new(skill.id.clone()));
    let entry = store.create_entry(&input, now()).unwrap();
    store.delete_entry(entry.id, now()).unwrap();
    let error = store.delete_custom_skill(&skill.id).unwrap_err();
    assert!(
        matches!(error, StoreError::SkillInUse { entries: 1, .. }),
        "an entry in the trash still uses it: {error:?}"
    );
    assert!(
        error.to_string().contains("archive it instead"),
        "the message says what to do: {error}"
    );
    store.empty_trash().unwrap();
    store.delete_custom_skill(&skill.id).expect("unused now");
}

#[test]
fn catalogue_ids_cannot_pose_as_custom_skills() {
    let mut store = memory_store();
    store.set_catalogue_ids(["listening", "custom-1"]);
    assert_eq!(
        store.catalogue_ids(),
        ["listening"],
        "the custom- prefix is reserved"
    );
}
