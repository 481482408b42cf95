//! The JSON export and import: exact round trips, merges without duplicates, refused files, and
//! a property test over generated journals.

use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;
use skills_journal_store::{
    EntryContent, EntryId, EntryInput, EntrySkill, JournalExport, JournalStore, StoreError,
};

use super::common::{action, assessment, days_later, feedback, memory_store, now, reflection};

/// A journal with every kind of entry, an edit, a restored version, an entry in the trash,
/// an archived custom skill and a link from an action to later feedback.
fn sample_journal() -> JournalStore {
    let mut store = memory_store();
    let custom = store.add_custom_skill("Timeboxing", now()).unwrap();
    store.add_custom_skill("Oude vaardigheid", now()).unwrap();
    for (article, item, skill) in [
        ("bundled/luisteren", "echt luisteren", "listening"),
        ("bundled/luisteren", "de tijd bewaken", "custom-1"),
        ("user/notities", "iets ouds", "custom-2"),
    ] {
        store
            .link_article_item(article, item, skill, now())
            .unwrap();
    }
    // Archived after its link was made: the link stays, in the export and an import too.
    store
        .set_custom_skill_archived("custom-2", true, days_later(1))
        .unwrap();
    let first = store
        .create_entry(&feedback("2026-10-01", "De klant snapte het"), now())
        .unwrap();
    store
        .update_entry(
            first.id,
            &feedback("2026-10-01", "De klant snapte het meteen 👍"),
            days_later(1),
        )
        .unwrap();
    store.restore_version(first.id, 1, days_later(2)).unwrap();
    let mut timeboxed = reflection("2026-10-02", "مرحبا — שלום\r\nregel twee");
    timeboxed.skills.push(EntrySkill::new(custom.id.clone()));
    timeboxed.private = true;
    timeboxed.tags = vec!["sprint".to_owned(), "Ünïcode".to_owned()];
    store.create_entry(&timeboxed, now()).unwrap();
    store
        .create_entry(&assessment("2026-10-03", "presentations", 3, None), now())
        .unwrap();
    let act = store
        .create_entry(&action("2026-10-04", "Begin met het probleem", None), now())
        .unwrap();
    let later = store
        .create_entry(&feedback("2026-10-05", "Later"), days_later(3))
        .unwrap();
    let mut linked = action("2026-10-04", "Begin met het probleem", Some(later.id));
    if let EntryContent::Action(a) = &mut linked.content {
        a.done = true;
    }
    store.update_entry(act.id, &linked, days_later(4)).unwrap();
    let trashed = store
        .create_entry(&reflection("2026-10-06", "Weg ermee"), days_later(4))
        .unwrap();
    store.delete_entry(trashed.id, days_later(5)).unwrap();
    store
}

fn export_at(store: &JournalStore) -> JournalExport {
    store.export(days_later(10)).unwrap()
}

#[test]
fn a_round_trip_into_an_empty_journal_is_exact() {
    let original = sample_journal();
    let exported = export_at(&original);
    assert_eq!(exported.entries.len(), 6, "the trash is exported too");
    let json = exported.to_json().unwrap();
    let read = JournalExport::from_json(&json).unwrap();
    assert_eq!(read, exported, "JSON gives back the same export");

    let mut copy = memory_store();
    let summary = copy.import(&read, days_later(10)).unwrap();
    assert_eq!(summary.entries_added, 6);
    assert_eq!(summary.skills_added, 2);
    assert_eq!(summary.links_added, 3);
    assert_eq!(
        export_at(&copy),
        exported,
        "ids, versions, times, history, trash and skills come back exactly"
    );
    assert_eq!(
        copy.integrity_check().unwrap(),
        None,
        "the search index matches"
    );
    let first = copy.entry(EntryId(1)).unwrap();
    assert_eq!(first.version, 3, "the history count is kept");
    assert_eq!(copy.history(EntryId(1)).unwrap().len(), 3);
    assert_eq!(
        copy.trash().unwrap().len(),
        1,
        "the trashed entry stays in the trash"
    );
}

#[test]
fn a_file_from_before_links_existed_still_imports() {
    let mut export = serde_json::to_value(export_at(&sample_journal())).unwrap();
    export.as_object_mut().unwrap().remove("articleLinks");
    let read = JournalExport::from_json(&export.to_string()).unwrap();
    assert!(read.article_links.is_empty());
    let summary = memory_store().import(&read, days_later(10)).unwrap();
    assert_eq!((summary.entries_added, summary.links_added), (6, 0));
}

#[test]
fn the_export_json_is_camel_case_and_versioned() {
    let json = export_at(&sample_journal()).to_json().unwrap();
    for key in [
        "\"format\": \"skills-journal\"",
        "\"version\": 1",
        "\"exportedAt\"",
        "\"customSkills\"",
        "\"archivedAt\"",
        "\"deletedAt\"",
        "\"history\"",
        "\"savedAt\"",
        "\"articleLinks\"",
        "\"linkedAt\"",
    ] {
        assert!(json.contains(key), "the export should contain {key}");
    }
}

#[test]
fn merging_twice_creates_no_duplicates() {
    let source = sample_journal();
    let exported = export_at(&source);
    let mut target = memory_store();
    target.add_custom_skill("timeboxing", now()).unwrap();
    target.add_custom_skill("Eigen", now()).unwrap();
    let own = target
        .create_entry(&reflection("2026-09-01", "Mijn eigen"), now())
        .unwrap();
    target
        .link_article_item("bundled/luisteren", "echt luisteren", "teamwork", now())
        .unwrap();

    let first = target.import(&exported, days_later(10)).unwrap();
    assert_eq!(first.entries_added, 6);
    assert_eq!(first.entries_skipped, 0);
    assert_eq!(
        first.skills_matched, 1,
        "Timeboxing matches timeboxing (case ignored)"
    );
    assert_eq!(first.skills_added, 1);
    assert_eq!(
        first.links_added, 2,
        "the journal's own link of an item wins"
    );
    let links: Vec<(String, String)> = ["bundled/luisteren", "user/notities"]
        .into_iter()
        .flat_map(|article| target.article_links(article).unwrap())
        .map(|link| (link.item, link.skill_id))
        .collect();
    assert_eq!(
        links.len(),
        3,
        "the own link and the two new ones: {links:?}"
    );
    for (item, skill) in [
        ("echt luisteren", "teamwork"),
        ("de tijd bewaken", "custom-1"),
        ("iets ouds", "custom-3"),
    ] {
        assert!(
            links.contains(&(item.to_owned(), skill.to_owned())),
            "{item} → {skill} (custom skills follow their new ids): {links:?}"
        );
    }
    let second = target.import(&exported, days_later(11)).unwrap();
    assert_eq!(second.entries_added, 0, "the second merge adds nothing");
    assert_eq!(second.entries_skipped, 6);
    assert_eq!(second.skills_added, 0);
    assert_eq!(second.links_added, 0);

    let merged = export_at(&target);
    assert_eq!(
        merged.entries.len(),
        7,
        "six imported next to the journal's own"
    );
    assert_eq!(merged.custom_skills.len(), 3);
    assert_eq!(
        merged.entries[0].entry.id, own.id,
        "the journal's own entry keeps its id"
    );
    let reflection = merged
        .entries
        .iter()
        .find(|e| e.entry.input.private)
        .unwrap();
    assert!(
        reflection
            .entry
            .input
            .skills
            .iter()
            .any(|s| s.skill_id == "custom-1"),
        "the imported Timeboxing skill is the journal's custom-1"
    );
    let action = merged
        .entries
        .iter()
        .find_map(|e| match &e.entry.input.content {
            EntryContent::Action(a) => Some(a.clone()),
            _ => None,
        })
        .unwrap();
    let source_id = action.source_entry_id.unwrap();
    let source_entry = target.entry(source_id).unwrap();
    assert!(
        matches!(&source_entry.input.content, EntryContent::Feedback(f) if f.impact.as_deref() == Some("Later")),
        "the action's link follows its source to its new id"
    );
    assert_eq!(target.integrity_check().unwrap(), None);
}

#[test]
fn an_edited_entry_is_still_recognised_when_merged() {
    let mut store = sample_journal();
    let exported = export_at(&store);
    store
        .update_entry(
            EntryId(2),
            &reflection("2026-10-02", "Anders nu"),
            days_later(6),
        )
        .unwrap();
    let summary = store.import(&exported, days_later(10)).unwrap();
    assert_eq!(
        summary.entries_added, 0,
        "identity is the first version, not the latest"
    );
    assert_eq!(summary.entries_skipped, 6);
}

#[test]
fn other_formats_and_versions_are_refused_with_a_clear_message() {
    let cases = [
        ("[]", "not a JSON object"),
        ("{\"version\": 1}", "no `format` field"),
        ("{\"format\": \"other-app\", \"version\": 1}", "`other-app`"),
        (
            "{\"format\": \"skills-journal\", \"version\": 2}",
            "newer Skills Journal",
        ),
        ("{\"format\": \"skills-journal\"}", "`version` is missing"),
        (
            "{\"format\": \"skills-journal\", \"version\": 1, \"entries\": 3}",
            "does not fit format version 1",
        ),
    ];
    for (json, expected) in cases {
        match JournalExport::from_json(json) {
            Err(error @ StoreError::ImportRefused { .. }) => assert!(
                error.to_string().contains(expected),
                "{json}: the message should say {expected:?}, got {error}"
            ),
            other => panic!("{json} should be refused, got {other:?}"),
        }
    }
    let mut export = export_at(&sample_journal());
    export.version = 7;
    let mut store = memory_store();
    let error = store.import(&export, now()).unwrap_err();
    assert_eq!(error.code(), "import_refused");
}

#[test]
fn invalid_entries_are_refused_by_field_and_nothing_is_imported() {
    let mut export = export_at(&sample_journal());
    export.entries[2].entry.input.skills[0].rating = Some(9);
    if let EntryContent::Feedback(f) = &mut export.entries[0].history[0].input.content {
        f.situation = None;
        f.behaviour = None;
        f.impact = None;
    }
    export.article_links[0].skill_id = "no-such-skill".to_owned();
    export.article_links[1].item = "x".repeat(300);
    let mut store = memory_store();
    let Err(StoreError::Validation(errors)) = store.import(&export, days_later(10)) else {
        panic!("an invalid entry should be refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"entries[2].skills[0].rating"),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"entries[0].history[0].input.content.situation"),
        "{fields:?}"
    );
    assert!(fields.contains(&"articleLinks[0].skillId"), "{fields:?}");
    assert!(fields.contains(&"articleLinks[1].item"), "{fields:?}");
    let after = export_at(&store);
    assert!(
        after.entries.is_empty()
            && after.article_links.is_empty()
            && store.custom_skills().unwrap().is_empty(),
        "all or nothing: nothing was imported"
    );
}

#[test]
fn broken_structure_is_refused() {
    let base = export_at(&sample_journal());
    let mut duplicate = base.clone();
    duplicate.entries[1].entry.id = duplicate.entries[0].entry.id;
    let mut bad_history = base.clone();
    bad_history.entries[0].history[0].version = 9;
    let mut bad_skill = base.clone();
    bad_skill.custom_skills[0].id = "listening".to_owned();
    let mut unknown_skill = base;
    unknown_skill.entries[0].entry.input.skills[0].skill_id = "custom-99".to_owned();
    let mut store = memory_store();
    for (export, expected) in [
        (duplicate, "of an earlier entry"),
        (bad_history, "must rise"),
        (bad_skill, "look like `custom-3`"),
    ] {
        let error = store.import(&export, days_later(10)).unwrap_err();
        assert!(
            error.to_string().contains(expected),
            "expected {expected:?} in {error}"
        );
    }
    let error = store.import(&unknown_skill, days_later(10)).unwrap_err();
    assert_eq!(
        error.field_errors()[0].field,
        "entries[0].skills[0].skillId"
    );
    assert!(export_at(&store).entries.is_empty());
}

// ---- the property test ----------------------------------------------------------------------

/// Texts that have broken exporters before: emoji with joiners, right-to-left scripts, CRLF,
/// combining marks, quotes and markup, and long texts.
fn text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("👩🏽‍💻 🎉".to_owned()),
        Just("مرحبا بالعالم".to_owned()),
        Just("שלום עולם".to_owned()),
        Just("regel een\r\nregel twee\r\n".to_owned()),
        Just("e\u{301}e\u{301}n — “quote” <b>&amp;</b>".to_owned()),
        Just("\u{202e}omgekeerd\u{202c}".to_owned()),
        Just("lang ".repeat(800)),
        any::<char>().prop_map(String::from),
        "[a-zA-Z ]{1,12}".prop_map(|s| s),
    ];
    prop::collection::vec(fragment, 1..4).prop_map(|parts| parts.concat())
}

#[derive(Debug, Clone)]
enum Step {
    AddSkill(String),
    ArchiveSkill(usize),
    Create {
        kind: u8,
        text: String,
        skill: usize,
        rating: u8,
        day: i64,
        private: bool,
        tag: Option<String>,
    },
    Edit(usize, String),
    Delete(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        1 => text().prop_map(Step::AddSkill),
        1 => (0..4_usize).prop_map(Step::ArchiveSkill),
        5 => (0..4_u8, text(), 0..12_usize, 1..=5_u8, 0..400_i64, any::<bool>(), prop::option::of(text()))
            .prop_map(|(kind, text, skill, rating, day, private, tag)| Step::Create {
                kind, text, skill, rating, day, private, tag,
            }),
        2 => (0..8_usize, text()).prop_map(|(i, t)| Step::Edit(i, t)),
        1 => (0..8_usize).prop_map(Step::Delete),
    ]
}

fn skill_ids(store: &JournalStore) -> Vec<String> {
    let mut ids: Vec<String> = store.catalogue_ids().to_vec();
    ids.extend(store.custom_skills().unwrap().into_iter().map(|s| s.id));
    ids
}

fn input_for(store: &JournalStore, step: &Step, ids: &[EntryId]) -> Option<EntryInput> {
    let Step::Create {
        kind,
        text,
        skill,
        rating,
        day,
        private,
        tag,
    } = step
    else {
        return None;
    };
    let skills = skill_ids(store);
    let skill_id = skills[skill % skills.len()].clone();
    let date = now().date_naive() - TimeDelta::days(*day);
    let (skill, content) = match kind {
        0 => (
            EntrySkill::rated(skill_id, *rating),
            EntryContent::Feedback(skills_journal_store::FeedbackContent {
                setting: skills_journal_store::FeedbackSetting::Teamwork,
                giver_role: skills_journal_store::GiverRole::Peer,
                giver_name: Some(text.chars().take(50).collect()),
                situation: Some(text.clone()),
                behaviour: None,
                impact: Some("impact".to_owned()),
                next_step: None,
                keep_doing: None,
                try_next: None,
            }),
        ),
        1 => (
            EntrySkill::new(skill_id),
            EntryContent::Reflection(skills_journal_store::ReflectionContent {
                result: Some(text.clone()),
                reflection: Some("r".to_owned()),
                ..Default::default()
            }),
        ),
        2 => (
            EntrySkill {
                skill_id,
                rating: Some(*rating),
                justification: Some(text.chars().take(100).collect()),
            },
            EntryContent::SelfAssessment(skills_journal_store::SelfAssessmentContent {
                note: Some(text.clone()),
            }),
        ),
        _ => (
            EntrySkill::new(skill_id),
            EntryContent::Action(skills_journal_store::ActionContent {
                text: format!("doe {text}"),
                due: Some(date + TimeDelta::days(7)),
                done: *private,
                source_entry_id: ids.first().copied(),
            }),
        ),
    };
    let mut input = EntryInput::new(date, vec![skill], content);
    input.private = *private;
    input.tags = tag.iter().map(|t| t.chars().take(40).collect()).collect();
    Some(input)
}

/// Builds a journal from the steps; steps the store refuses (blank names, invalid links)
/// are simply skipped, as a trainee's refused form would be.
fn build(steps: &[Step]) -> JournalStore {
    let mut store = memory_store();
    let mut ids: Vec<EntryId> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let at: DateTime<Utc> = now()
            + TimeDelta::seconds(i64::try_from(i).unwrap() * 61)
            + TimeDelta::nanoseconds(123_457 * i64::try_from(i).unwrap());
        match step {
            Step::AddSkill(name) => {
                let _ = store.add_custom_skill(&name.chars().take(60).collect::<String>(), at);
            }
            Step::ArchiveSkill(n) => {
                let _ = store.set_custom_skill_archived(&format!("custom-{}", n + 1), true, at);
            }
            Step::Create { .. } => {
                if let Some(input) = input_for(&store, step, &ids)
                    && let Ok(entry) = store.create_entry(&input, at)
                {
                    ids.push(entry.id);
                }
            }
            Step::Edit(n, text) => {
                if let Some(&id) = ids.get(n % ids.len().max(1)) {
                    let mut input = store.entry(id).unwrap().input;
                    match &mut input.content {
                        EntryContent::Feedback(f) => f.behaviour = Some(text.clone()),
                        EntryContent::Reflection(r) => r.task = Some(text.clone()),
                        EntryContent::SelfAssessment(s) => s.note = Some(text.clone()),
                        EntryContent::Action(a) => a.done = !a.done,
                    }
                    let _ = store.update_entry(id, &input, at);
                }
            }
            Step::Delete(n) => {
                if let Some(&id) = ids.get(n % ids.len().max(1)) {
                    let _ = store.delete_entry(id, at);
                }
            }
        }
    }
    store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_identity(steps in prop::collection::vec(step(), 0..16)) {
        let original = build(&steps);
        let exported = original.export(days_later(30)).unwrap();
        let json = exported.to_json().unwrap();
        let read = JournalExport::from_json(&json).unwrap();
        let mut copy = memory_store();
        copy.import(&read, days_later(30)).unwrap();
        prop_assert_eq!(copy.export(days_later(30)).unwrap(), exported);
        // Merging the same file again adds nothing.
        let again = copy.import(&read, days_later(30)).unwrap();
        prop_assert_eq!(again.entries_added, 0);
    }
}
