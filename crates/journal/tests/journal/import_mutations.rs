//! Crafted imports: numbers near the integer limits are refused by field, and a property test
//! mutates valid exports at random (values, types, sizes, nesting) to show that an import never
//! panics, never half-imports, and says where the file is wrong.

use proptest::prelude::*;
use serde_json::Value;
use skills_journal_store::{
    JournalExport, JournalStore, MAX_IMPORTED_NUMBER, StoreError, ValidationCode,
};

use super::common::{days_later, feedback, memory_store, now, reflection};

/// A small journal with a custom skill, an edited entry, a second entry and an article link.
fn journal() -> JournalStore {
    let mut store = memory_store();
    let custom = store.add_custom_skill("Timeboxing", now()).unwrap();
    store
        .link_article_item("bundled/a", "de tijd bewaken", &custom.id, now())
        .unwrap();
    let first = store
        .create_entry(&feedback("2026-10-01", "De klant snapte het"), now())
        .unwrap();
    store
        .update_entry(first.id, &feedback("2026-10-01", "Meteen"), days_later(1))
        .unwrap();
    let mut second = reflection("2026-10-02", "Een reflectie");
    second
        .skills
        .push(skills_journal_store::EntrySkill::new(custom.id.clone()));
    store.create_entry(&second, now()).unwrap();
    store
}

fn export_json(store: &JournalStore) -> String {
    store.export(days_later(10)).unwrap().to_json().unwrap()
}

#[test]
fn numbers_out_of_range_are_refused_by_field_and_nothing_is_imported() {
    let base = journal().export(days_later(10)).unwrap();
    let mut export = base.clone();
    export.entries[0].entry.version = u32::MAX;
    export.entries[1].entry.id = skills_journal_store::EntryId(i64::from(MAX_IMPORTED_NUMBER) + 1);
    export.custom_skills[0].id = "custom-9223372036854775807".to_owned();
    let mut store = memory_store();
    let error = store.import(&export, days_later(10)).unwrap_err();
    let fields: Vec<(&str, ValidationCode)> = error
        .field_errors()
        .iter()
        .map(|e| (e.field.as_str(), e.code))
        .collect();
    assert_eq!(
        fields,
        [
            ("entries[0].version", ValidationCode::OutOfRange),
            ("entries[1].id", ValidationCode::OutOfRange),
            ("customSkills[0].id", ValidationCode::OutOfRange),
        ],
        "each number is named by its path: {error}"
    );
    assert!(
        store.export(days_later(10)).unwrap().entries.is_empty(),
        "nothing was imported"
    );

    // At the limit an import works, and the entry can still be edited and a skill added.
    let mut at_limit = base;
    at_limit.entries[0].entry.version = MAX_IMPORTED_NUMBER;
    let old_id = std::mem::replace(
        &mut at_limit.custom_skills[0].id,
        format!("custom-{MAX_IMPORTED_NUMBER}"),
    );
    for exported in &mut at_limit.entries {
        for skill in &mut exported.entry.input.skills {
            if skill.skill_id == old_id {
                skill.skill_id = at_limit.custom_skills[0].id.clone();
            }
        }
    }
    for link in &mut at_limit.article_links {
        if link.skill_id == old_id {
            link.skill_id = at_limit.custom_skills[0].id.clone();
        }
    }
    store.import(&at_limit, days_later(10)).unwrap();
    let id = at_limit.entries[0].entry.id;
    let edited = store
        .update_entry(id, &feedback("2026-10-01", "Nog een keer"), days_later(11))
        .unwrap();
    assert_eq!(edited.version, MAX_IMPORTED_NUMBER + 1);
    store
        .add_custom_skill("Nieuwe vaardigheid", days_later(11))
        .unwrap();
}

// ---- the property test ----------------------------------------------------------------------

/// Every JSON pointer in `value`, parents before children.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// What a mutation puts in place of a value.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Value),
    Nest(usize),
    Long(usize),
    Remove,
    Duplicate,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        prop::sample::select(vec![
            Value::Null,
            Value::Bool(true),
            Value::from(0),
            Value::from(-1),
            Value::from(u32::MAX),
            Value::from(i64::MAX),
            Value::from(u64::MAX),
            Value::from(1.5),
            Value::from(""),
            Value::from("custom-0"),
            Value::from("custom-99999999999"),
            Value::from("9999-99-99"),
            Value::from("2026-10-01"),
            Value::from("listening"),
            Value::from("<script>alert(1)</script>"),
            Value::Array(Vec::new()),
            Value::Object(serde_json::Map::new()),
        ])
        .prop_map(Mutation::Replace),
        (1usize..200).prop_map(Mutation::Nest),
        (1usize..200_000).prop_map(Mutation::Long),
        Just(Mutation::Remove),
        Just(Mutation::Duplicate),
    ]
}

/// Applies `mutation` at `pointer`; returns false when it cannot apply there.
fn apply(root: &mut Value, pointer: &str, mutation: &Mutation) -> bool {
    let (parent_pointer, last) = pointer.rsplit_once('/').unwrap_or(("", ""));
    match mutation {
        Mutation::Remove | Mutation::Duplicate if pointer.is_empty() => false,
        Mutation::Remove => match root.pointer_mut(parent_pointer) {
            Some(Value::Object(map)) => map
                .remove(&last.replace("~1", "/").replace("~0", "~"))
                .is_some(),
            Some(Value::Array(items)) => last
                .parse::<usize>()
                .ok()
                .filter(|&i| i < items.len())
                .map(|i| items.remove(i))
                .is_some(),
            _ => false,
        },
        Mutation::Duplicate => match root.pointer_mut(parent_pointer) {
            Some(Value::Array(items)) => match last
                .parse::<usize>()
                .ok()
                .and_then(|i| items.get(i).cloned())
            {
                Some(item) => {
                    items.push(item);
                    true
                }
                None => false,
            },
            _ => false,
        },
        Mutation::Replace(value) => root
            .pointer_mut(pointer)
            .map(|slot| *slot = value.clone())
            .is_some(),
        Mutation::Nest(depth) => root
            .pointer_mut(pointer)
            .map(|slot| {
                let mut nested = slot.take();
                for _ in 0..*depth {
                    nested = Value::Array(vec![nested]);
                }
                *slot = nested;
            })
            .is_some(),
        Mutation::Long(length) => root
            .pointer_mut(pointer)
            .map(|slot| *slot = Value::from("é".repeat(*length)))
            .is_some(),
    }
}

/// Whether a refusal says where the file is wrong: a field path, or for a file that is not an
/// export at all, its header.
fn names_a_place(error: &StoreError) -> bool {
    match error {
        StoreError::Validation(fields) => {
            !fields.is_empty() && fields.iter().all(|field| !field.field.is_empty())
        }
        StoreError::ImportRefused { reason } => {
            reason.contains("at `")
                || reason.contains("entries[")
                || reason.contains("customSkills[")
                || reason.contains("format")
                || reason.contains("version")
                || reason.contains("JSON object")
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_export_imports_whole_or_not_at_all(
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4),
        into_data in any::<bool>(),
    ) {
        let source = journal();
        let mut value: Value = serde_json::from_str(&export_json(&source)).unwrap();
        for (pick, mutation) in &picks {
            let mut all = Vec::new();
            pointers(&value, String::new(), &mut all);
            let pointer = pick.get(&all).clone();
            apply(&mut value, &pointer, mutation);
        }
        let json = value.to_string();
        let mut target = if into_data { journal() } else { memory_store() };
        let before = target.export(days_later(10)).unwrap();
        let result = JournalExport::from_json(&json).and_then(|export| target.import(&export, days_later(10)));
        let after = target.export(days_later(10)).unwrap();
        match result {
            Ok(_) => {}
            Err(error) => {
                prop_assert!(names_a_place(&error), "the refusal names where: {error}");
                prop_assert_eq!(&before.entries, &after.entries, "a refused import changes no entry");
                prop_assert_eq!(&before.custom_skills, &after.custom_skills, "nor any skill");
                prop_assert_eq!(&before.article_links, &after.article_links, "nor any link");
            }
        }
    }
}
