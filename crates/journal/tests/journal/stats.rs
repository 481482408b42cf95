//! Looking back: per-skill statistics, the calendar, tags and the self-assessment context.

use skills_journal_store::{AssessedLevel, EntrySkill, SkillStats};

use super::common::{self, date, memory_store, now};

#[test]
fn skill_statistics_cover_everything_not_in_the_trash() {
    let mut store = memory_store();
    let custom = store.add_custom_skill("Netwerken", now()).unwrap();
    let mut f1 = common::feedback("2026-09-01", "a");
    f1.skills = vec![
        EntrySkill::rated("presentations", 2),
        EntrySkill::new("listening"),
    ];
    store.create_entry(&f1, now()).unwrap();
    let mut f2 = common::feedback("2026-09-02", "b");
    f2.private = true;
    f2.skills = vec![EntrySkill::rated("presentations", 5)];
    store.create_entry(&f2, now()).unwrap();
    let trashed = store
        .create_entry(&common::feedback("2026-09-03", "c"), now())
        .unwrap();
    store.delete_entry(trashed.id, now()).unwrap();
    store
        .create_entry(
            &common::assessment("2026-09-04", "presentations", 2, None),
            now(),
        )
        .unwrap();
    store
        .create_entry(
            &common::assessment(
                "2026-09-05",
                "presentations",
                3,
                Some("Twee demo's gegeven"),
            ),
            now(),
        )
        .unwrap();
    store
        .create_entry(&common::action("2026-09-06", "Oefenen", None), now())
        .unwrap();

    let stats = store.skill_stats().unwrap();
    let ids: Vec<&str> = stats.iter().map(|s| s.skill_id.as_str()).collect();
    let mut expected: Vec<&str> = common::CATALOGUE.to_vec();
    expected.push(&custom.id);
    assert_eq!(ids, expected, "catalogue order, then custom skills");
    let presentations = stats
        .iter()
        .find(|s| s.skill_id == "presentations")
        .unwrap();
    assert_eq!(
        presentations,
        &SkillStats {
            skill_id: "presentations".into(),
            entry_count: 5,
            latest_level: Some(3),
            latest_level_date: Some(date("2026-09-05")),
            average_feedback_rating: Some(3.5),
            feedback_rating_count: 2,
        },
        "private entries count, the trashed one does not"
    );
    let listening = stats.iter().find(|s| s.skill_id == "listening").unwrap();
    assert_eq!(
        (
            listening.entry_count,
            listening.latest_level,
            listening.average_feedback_rating
        ),
        (1, None, None)
    );
}

#[test]
fn skills_outside_catalogue_and_custom_list_still_show() {
    let mut store = memory_store();
    store
        .create_entry(&common::reflection("2026-09-01", "x"), now())
        .unwrap();
    store.set_catalogue_ids(["teamwork"]);
    let ids: Vec<String> = store
        .skill_stats()
        .unwrap()
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    assert_eq!(
        ids,
        ["teamwork", "listening"],
        "a skill dropped from the catalogue keeps its statistics"
    );
}

#[test]
fn the_calendar_counts_entries_per_day() {
    let mut store = memory_store();
    for day in ["2026-09-01", "2026-09-01", "2026-09-03", "2026-10-01"] {
        store
            .create_entry(&common::reflection(day, "x"), now())
            .unwrap();
    }
    let mut private = common::reflection("2026-09-05", "alleen voor mij");
    private.private = true;
    store.create_entry(&private, now()).unwrap();
    let days = |include_private| -> Vec<(String, u32)> {
        store
            .days_with_entries(date("2026-09-01"), date("2026-09-30"), include_private)
            .unwrap()
            .into_iter()
            .map(|d| (d.date.to_string(), d.count))
            .collect()
    };
    assert_eq!(
        days(false),
        [("2026-09-01".to_owned(), 2), ("2026-09-03".to_owned(), 1)],
        "private entries stay hidden, as in the list"
    );
    assert_eq!(
        days(true),
        [
            ("2026-09-01".to_owned(), 2),
            ("2026-09-03".to_owned(), 1),
            ("2026-09-05".to_owned(), 1)
        ]
    );
}

#[test]
fn tags_are_counted_ignoring_case() {
    let mut store = memory_store();
    for tags in [vec!["Sprint", "demo"], vec!["sprint"], vec!["Retro"]] {
        let mut input = common::reflection("2026-09-01", "x");
        input.tags = tags.into_iter().map(str::to_owned).collect();
        store.create_entry(&input, now()).unwrap();
    }
    let tags: Vec<_> = store
        .tags()
        .unwrap()
        .into_iter()
        .map(|t| (t.tag, t.count))
        .collect();
    assert_eq!(
        tags,
        [
            ("Sprint".to_owned(), 2),
            ("demo".to_owned(), 1),
            ("Retro".to_owned(), 1)
        ]
    );
}

#[test]
fn the_assessment_context_shows_the_previous_level_and_the_evidence_since() {
    let mut store = memory_store();
    store
        .create_entry(
            &common::reflection("2026-08-01", "Voor de vorige beoordeling"),
            now(),
        )
        .unwrap();
    let previous = store
        .create_entry(
            &common::assessment("2026-08-15", "listening", 2, None),
            now(),
        )
        .unwrap();
    let mut evidence_ids = Vec::new();
    for day in ["2026-09-01", "2026-09-10"] {
        evidence_ids.push(
            store
                .create_entry(&common::reflection(day, "Sindsdien"), now())
                .unwrap()
                .id,
        );
    }
    let mut private = common::reflection("2026-09-05", "Privé bewijs");
    private.private = true;
    evidence_ids.push(store.create_entry(&private, now()).unwrap().id);
    store
        .create_entry(&common::reflection("2026-10-15", "Na de datum"), now())
        .unwrap();
    store
        .create_entry(
            &common::feedback("2026-09-02", "Over een andere vaardigheid"),
            now(),
        )
        .unwrap();

    let context = store
        .assessment_context("listening", date("2026-10-01"), None)
        .unwrap();
    assert_eq!(
        context.previous,
        Some(AssessedLevel {
            entry_id: previous.id,
            date: date("2026-08-15"),
            level: 2
        })
    );
    let found: Vec<_> = context.evidence.iter().map(|e| e.id).collect();
    assert_eq!(
        found,
        [evidence_ids[1], evidence_ids[2], evidence_ids[0]],
        "entries since the previous level, newest first"
    );

    let editing = store
        .assessment_context("listening", date("2026-08-15"), Some(previous.id))
        .unwrap();
    assert_eq!(
        editing.previous, None,
        "an assessment being edited is not its own previous level"
    );
    assert_eq!(editing.evidence.len(), 1, "so all earlier evidence counts");
}
