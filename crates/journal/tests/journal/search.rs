//! Full-text search: parts of words (Dutch and English, any case or accents), short words,
//! query syntax taken as text, and safe snippets.

use skills_journal_store::{
    EntryContent, EntryHit, EntryInput, EntryQuery, EntrySkill, JournalStore, ReflectionContent,
};

use super::common::{self, date, memory_store, now};

pub fn note(day: &str, text: &str) -> EntryInput {
    EntryInput::new(
        date(day),
        vec![EntrySkill::new("explaining")],
        EntryContent::Reflection(ReflectionContent {
            situation: Some(text.to_owned()),
            ..Default::default()
        }),
    )
}

fn search(store: &JournalStore, text: &str) -> Vec<EntryHit> {
    store
        .find(&EntryQuery {
            text: Some(text.to_owned()),
            include_private: true,
            ..Default::default()
        })
        .unwrap()
        .items
}

/// The snippets of a hit rendered with `[` `]` around highlights, for readable assertions.
fn rendered(hit: &EntryHit) -> Vec<String> {
    hit.snippets
        .iter()
        .map(|s| {
            let text: String = s
                .parts
                .iter()
                .map(|p| {
                    if p.highlight {
                        format!("[{}]", p.text)
                    } else {
                        p.text.clone()
                    }
                })
                .collect();
            format!("{}: {text}", s.field)
        })
        .collect()
}

pub fn journal() -> JournalStore {
    let mut store = memory_store();
    for (day, text) in [
        (
            "2026-10-01",
            "De presentatie voor de stuurgroep ging beter dan verwacht.",
        ),
        (
            "2026-10-02",
            "I gave a short presentation about our API; the feedback was useful.",
        ),
        (
            "2026-10-03",
            "Één ding wil ik onthouden: eerst luisteren, dan pas uitleggen.",
        ),
        (
            "2026-10-04",
            "Koffie in het café met de product owner; we bespraken de naïeve planning.",
        ),
        (
            "2026-10-05",
            "Unrelated: a note about 50% of the sprint and a file_name.",
        ),
    ] {
        store.create_entry(&note(day, text), now()).unwrap();
    }
    store
}

#[test]
fn part_of_a_word_finds_the_whole_word() {
    let store = journal();
    let hits = search(&store, "presen");
    assert_eq!(
        hits.len(),
        2,
        "\"presen\" finds the Dutch presentatie and the English presentation"
    );
    assert_eq!(
        rendered(&hits[0]),
        [
            "content.situation: I gave a short [presen]tation about our API; the feedback was useful."
        ]
    );
    assert_eq!(
        rendered(&hits[1]),
        ["content.situation: De [presen]tatie voor de stuurgroep ging beter dan verwacht."]
    );
    assert_eq!(search(&store, "feedb").len(), 1, "English partial word");
    assert_eq!(search(&store, "stuurgr").len(), 1, "Dutch partial word");
    assert_eq!(
        search(&store, "PRESENTATIE").len(),
        1,
        "case does not matter"
    );
}

#[test]
fn accents_do_not_matter_either_way() {
    let store = journal();
    let een = search(&store, "een ding");
    assert_eq!(een.len(), 1, "\"een\" finds \"Één\"");
    assert_eq!(
        rendered(&een[0]),
        ["content.situation: [Één] [ding] wil ik onthouden: eerst luisteren, dan pas uitleggen."]
    );
    assert_eq!(search(&store, "cafe").len(), 1, "\"cafe\" finds \"café\"");
    assert_eq!(search(&store, "café").len(), 1, "\"café\" finds \"café\"");
    assert_eq!(
        search(&store, "naieve").len(),
        1,
        "\"naieve\" finds \"naïeve\""
    );
}

#[test]
fn every_word_must_match() {
    let store = journal();
    assert_eq!(search(&store, "presentatie stuurgroep").len(), 1);
    assert_eq!(
        search(&store, "presentatie koffie").len(),
        0,
        "words are combined with AND"
    );
}

#[test]
fn one_and_two_letter_queries_fall_back_to_like() {
    let store = journal();
    let hits = search(&store, "ui");
    assert_eq!(hits.len(), 1, "\"ui\" finds \"uitleggen\"");
    assert_eq!(
        rendered(&hits[0]),
        ["content.situation: Één ding wil ik onthouden: eerst l[ui]steren, dan pas [ui]tleggen."]
    );
    assert_eq!(
        search(&store, "é").len(),
        5,
        "one letter matches e and é alike, in every entry"
    );
    assert_eq!(
        search(&store, "ui presentatie").len(),
        0,
        "short and long words combine"
    );
    assert_eq!(
        search(&store, "%").len(),
        1,
        "% is a character, not a wildcard"
    );
    assert_eq!(
        search(&store, "e_").len(),
        1,
        "_ is a character, not a wildcard"
    );
}

#[test]
fn odd_queries_are_plain_text() {
    let store = journal();
    for query in [
        "\"",
        "\"presen",
        "AND",
        "presen*",
        "NEAR(a b)",
        "a OR b",
        "^de",
        "col:x",
        "'; DROP TABLE entries; --",
    ] {
        let hits = store.find(&EntryQuery {
            text: Some(query.to_owned()),
            ..Default::default()
        });
        assert!(
            hits.is_ok(),
            "{query:?} is searched as text, not as query syntax: {hits:?}"
        );
    }
    assert_eq!(
        search(&store, "   ").len(),
        5,
        "a blank search lists everything"
    );
}

#[test]
fn snippets_are_text_parts_never_html() {
    let mut store = memory_store();
    let hostile = "presentatie <script>alert(1)</script> <b>vet</b> &amp; [haakjes]";
    store
        .create_entry(&note("2026-10-01", hostile), now())
        .unwrap();
    let hits = search(&store, "presentatie");
    let parts = &hits[0].snippets[0].parts;
    let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        joined, hostile,
        "the parts join to exactly the original text: nothing escaped, nothing added"
    );
    assert_eq!(
        parts
            .iter()
            .filter(|p| p.highlight)
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        ["presentatie"]
    );
    let json = serde_json::to_value(&hits[0].snippets[0]).unwrap();
    assert_eq!(
        json["parts"][0],
        serde_json::json!({ "text": "presentatie", "highlight": true }),
        "the UI receives parts"
    );
}

#[test]
fn snippets_cover_tags_justifications_and_every_field() {
    let mut store = memory_store();
    let mut feedback = common::feedback("2026-10-01", "Het publiek bleef geboeid");
    feedback.tags = vec!["Demo-dag".into()];
    store.create_entry(&feedback, now()).unwrap();
    store
        .create_entry(
            &common::assessment("2026-10-01", "listening", 2, None),
            now(),
        )
        .unwrap();
    store
        .create_entry(
            &common::assessment("2026-10-02", "listening", 3, Some("Demo ging beter")),
            now(),
        )
        .unwrap();
    let hits = search(&store, "demo");
    let fields: Vec<Vec<String>> = hits
        .iter()
        .map(|h| h.snippets.iter().map(|s| s.field.clone()).collect())
        .collect();
    assert_eq!(
        fields,
        [
            vec!["skills[0].justification".to_owned()],
            vec!["content.behaviour".to_owned(), "tags[0]".to_owned()]
        ]
    );
}

#[test]
fn an_edited_entry_is_found_by_its_new_words_only() {
    let mut store = journal();
    let hit = search(&store, "stuurgroep").remove(0);
    store
        .update_entry(
            hit.entry.id,
            &note("2025-01-01", "Nu over de retrospective"),
            now(),
        )
        .unwrap();
    assert!(
        search(&store, "stuurgroep").is_empty(),
        "the old words are gone from the index"
    );
    let found = search(&store, "retrospect");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].entry.input.date,
        date("2025-01-01"),
        "found under its new date"
    );
    assert_eq!(
        store.integrity_check().unwrap(),
        None,
        "the index matches its texts"
    );
}
