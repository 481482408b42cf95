//! Listing entries: every filter, newest first, and paging without gaps or repeats.

use skills_journal_store::{
    EntryContent, EntryInput, EntryKind, EntryQuery, EntrySkill, FeedbackSetting, GiverRole,
    JournalStore,
};

use super::common::{self, date, memory_store, now};
use super::search::{journal, note};

fn filtered_journal() -> JournalStore {
    let mut store = memory_store();
    let mut a = common::feedback("2026-09-01", "A");
    a.article_id = Some("bundled/presenteren".into());
    a.tags = vec!["Sprint".into()];
    let source = store.create_entry(&a, now()).unwrap();
    let mut b = common::feedback("2026-09-10", "B");
    if let EntryContent::Feedback(f) = &mut b.content {
        f.setting = FeedbackSetting::Teamwork;
        f.giver_role = GiverRole::Peer;
    }
    b.skills = vec![EntrySkill::rated("teamwork", 3)];
    store.create_entry(&b, now()).unwrap();
    let mut private = common::reflection("2026-09-20", "Privé");
    private.private = true;
    store.create_entry(&private, now()).unwrap();
    store
        .create_entry(
            &common::action("2026-09-25", "Actie", Some(source.id)),
            now(),
        )
        .unwrap();
    store
}

fn dates(store: &JournalStore, query: EntryQuery) -> Vec<String> {
    store
        .find(&query)
        .unwrap()
        .items
        .iter()
        .map(|h| h.entry.input.date.to_string())
        .collect()
}

#[test]
fn every_filter_narrows_the_list() {
    let store = filtered_journal();
    let all = EntryQuery::default;
    assert_eq!(
        dates(&store, all()),
        ["2026-09-25", "2026-09-10", "2026-09-01"],
        "newest first, private left out"
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                include_private: true,
                ..all()
            }
        )
        .len(),
        4,
        "private included on request"
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                skill_id: Some("teamwork".into()),
                ..all()
            }
        ),
        ["2026-09-10"]
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                kind: Some(EntryKind::Action),
                ..all()
            }
        ),
        ["2026-09-25"]
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                setting: Some(FeedbackSetting::Teamwork),
                ..all()
            }
        ),
        ["2026-09-10"]
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                giver_role: Some(GiverRole::Coach),
                ..all()
            }
        ),
        ["2026-09-01"]
    );
    let range = EntryQuery {
        from: Some(date("2026-09-10")),
        to: Some(date("2026-09-24")),
        include_private: true,
        ..all()
    };
    assert_eq!(
        dates(&store, range),
        ["2026-09-20", "2026-09-10"],
        "date range, both ends included"
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                article_id: Some("bundled/presenteren".into()),
                ..all()
            }
        ),
        ["2026-09-01"]
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                tag: Some("sprint".into()),
                ..all()
            }
        ),
        ["2026-09-01"],
        "tags ignore case"
    );
    let source = store
        .find(&EntryQuery {
            kind: Some(EntryKind::Feedback),
            ..all()
        })
        .unwrap()
        .items[1]
        .entry
        .id;
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                source_entry_id: Some(source),
                ..all()
            }
        ),
        ["2026-09-25"]
    );
    assert_eq!(
        dates(
            &store,
            EntryQuery {
                done: Some(false),
                ..all()
            }
        ),
        ["2026-09-25"]
    );
    let combined = EntryQuery {
        skill_id: Some("presentations".into()),
        kind: Some(EntryKind::Feedback),
        text: Some("sprint".into()),
        ..all()
    };
    assert_eq!(
        dates(&store, combined),
        ["2026-09-01"],
        "filters and search combine"
    );
}

#[test]
fn pages_follow_each_other_without_gaps_or_repeats() {
    let mut store = memory_store();
    let inputs: Vec<EntryInput> = (0..120)
        .map(|i| {
            note(
                &format!("2026-{:02}-{:02}", 1 + i % 9, 1 + i % 28),
                &format!("notitie {i}"),
            )
        })
        .collect();
    store.create_entries(&inputs, now()).unwrap();
    let walks = [
        (None, None),
        (Some("explaining"), None),
        (None, Some("notitie")),
        (Some("explaining"), Some("ti")),
    ];
    for (skill, text) in walks {
        let (skill, text) = (skill.map(str::to_owned), text.map(str::to_owned));
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let query = EntryQuery {
                skill_id: skill.clone(),
                text: text.clone(),
                limit: Some(50),
                after,
                ..Default::default()
            };
            let page = store.find(&query).unwrap();
            assert!(page.items.len() <= 50);
            seen.extend(page.items.iter().map(|h| (h.entry.input.date, h.entry.id)));
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        assert_eq!(
            seen.len(),
            120,
            "{skill:?} {text:?}: every entry exactly once"
        );
        let mut sorted = seen.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(
            seen, sorted,
            "{skill:?} {text:?}: newest first across pages"
        );
    }
}

#[test]
fn date_ranges_apply_to_searches_too() {
    let store = journal();
    let query = |from: &str, to: &str, text: &str| EntryQuery {
        text: Some(text.to_owned()),
        from: Some(date(from)),
        to: Some(date(to)),
        ..Default::default()
    };
    let days = |q: EntryQuery| {
        store
            .find(&q)
            .unwrap()
            .items
            .iter()
            .map(|h| h.entry.input.date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        days(query("2026-10-02", "2026-10-04", "de")),
        ["2026-10-04", "2026-10-03"],
        "short word, both ends included"
    );
    assert_eq!(
        days(query("2026-10-01", "2026-10-01", "presen")),
        ["2026-10-01"],
        "indexed word, one day"
    );
    assert_eq!(
        days(query("2026-10-02", "2026-10-02", "presen")),
        ["2026-10-02"]
    );
}
