//! Links from an article's unplaced list item to a skill: made, replaced, removed, kept across
//! restarts, and refused (with the field) for skills an entry could not use.

use chrono::TimeDelta;
use skills_journal_store::{StoreError, ValidationCode};

use super::common::{self, memory_store, now};

fn codes(error: StoreError) -> Vec<(String, ValidationCode)> {
    error
        .field_errors()
        .iter()
        .map(|e| (e.field.clone(), e.code))
        .collect()
}

#[test]
fn links_are_made_replaced_and_removed_per_article() {
    let mut store = memory_store();
    store
        .link_article_item("bundled/a", "echt luisteren", "listening", now())
        .unwrap();
    store
        .link_article_item("bundled/b", "echt luisteren", "teamwork", now())
        .unwrap();
    let later = now() + TimeDelta::minutes(1);
    let replaced = store
        .link_article_item("bundled/a", "echt luisteren", "presentations", later)
        .unwrap();
    assert_eq!(replaced.linked_at, later);
    let skills = |store: &skills_journal_store::JournalStore, article: &str| -> Vec<String> {
        store
            .article_links(article)
            .unwrap()
            .into_iter()
            .map(|link| link.skill_id)
            .collect()
    };
    assert_eq!(skills(&store, "bundled/a"), ["presentations"], "replaced");
    assert_eq!(skills(&store, "bundled/b"), ["teamwork"], "per article");
    assert!(
        store
            .unlink_article_item("bundled/a", "echt luisteren")
            .unwrap()
    );
    assert!(
        !store
            .unlink_article_item("bundled/a", "echt luisteren")
            .unwrap()
    );
    assert!(skills(&store, "bundled/a").is_empty());
    assert_eq!(skills(&store, "bundled/b"), ["teamwork"], "the other stays");
}

#[test]
fn links_are_kept_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = common::file_store(dir.path(), now());
    store
        .link_article_item("user/notities", "rust bewaren", "prioritising", now())
        .unwrap();
    store.close().unwrap();
    let store = common::file_store(dir.path(), now());
    let links = store.article_links("user/notities").unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links.first().map(|l| l.item.as_str()), Some("rust bewaren"));
}

#[test]
fn a_link_needs_a_usable_skill_and_sensible_text() {
    let mut store = memory_store();
    let error = store
        .link_article_item("bundled/a", "x", "no-such-skill", now())
        .unwrap_err();
    assert_eq!(
        codes(error),
        [("skillId".to_owned(), ValidationCode::UnknownSkill)]
    );
    let error = store
        .link_article_item(" ", &"x".repeat(201), "listening", now())
        .unwrap_err();
    assert_eq!(
        codes(error),
        [
            ("articleId".to_owned(), ValidationCode::TextRequired),
            ("item".to_owned(), ValidationCode::TooLong),
        ]
    );
    let custom = store.add_custom_skill("Rust bewaren", now()).unwrap();
    store
        .link_article_item("bundled/a", "kalm blijven", &custom.id, now())
        .unwrap();
    store
        .set_custom_skill_archived(&custom.id, true, now())
        .unwrap();
    let error = store
        .link_article_item("bundled/a", "stil zijn", &custom.id, now())
        .unwrap_err();
    assert_eq!(
        codes(error),
        [("skillId".to_owned(), ValidationCode::SkillArchived)]
    );
    assert_eq!(
        store.article_links("bundled/a").unwrap().len(),
        1,
        "nothing written on a refusal"
    );
}
