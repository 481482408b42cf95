//! Feedback requests and the answers that come back: stored, listed by status, withdrawn;
//! answers become entries marked as given directly, once, and only with the request's token.

use skills_catalogue::Lang;
use skills_journal_store::{
    EntryContent, EntryQuery, FeedbackSetting, GivenFeedback, GivenSkill, GiverRole, RequestInput,
    RequestStatus, StoreError, StoredIdentity, ValidationCode,
};

use super::common::{self, date, days_later, now};

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn request() -> RequestInput {
    RequestInput {
        lang: Lang::Nl,
        giver_role: GiverRole::Stakeholder,
        giver_name: Some("  Sanne ".into()),
        giver_email: Some("sanne@example.org".into()),
        reply_to: Some("trainee@example.org".into()),
        setting: Some(FeedbackSetting::Presentation),
        about_date: Some(date("2026-11-01")),
        context: Some("sprintdemo van 1 november".into()),
        skills: vec!["presentations".into(), "listening".into()],
        reply_by: Some(date("2026-11-09")),
    }
}

fn answer(request_id: &str, token: &str, digest: &str) -> GivenFeedback {
    GivenFeedback {
        request_id: request_id.into(),
        token: token.into(),
        digest: digest.into(),
        answered_on: date("2026-11-03"),
        giver_name: Some("Sanne de Vries".into()),
        skills: vec![
            GivenSkill {
                skill_id: "presentations".into(),
                rating: Some(4),
                situation: Some("De demo voor de product owner".into()),
                behaviour: Some("Je liet eerst het resultaat zien".into()),
                impact: Some("Iedereen snapte meteen waarom".into()),
                keep_doing: Some("Begin met het waarom".into()),
                try_next: Some("Minder dia's".into()),
            },
            GivenSkill {
                skill_id: "listening".into(),
                behaviour: Some("Je vatte de vragen samen".into()),
                ..GivenSkill::default()
            },
        ],
    }
}

#[test]
fn a_request_is_kept_listed_by_status_and_can_be_withdrawn() {
    let mut store = common::memory_store();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    assert_eq!(made.id, "request-1");
    assert_eq!(made.input.giver_name.as_deref(), Some("Sanne"), "trimmed");
    assert_eq!(made.status, RequestStatus::Waiting);
    let later = date("2026-11-10");
    assert_eq!(
        store.requests(later).unwrap()[0].status,
        RequestStatus::Overdue
    );
    let withdrawn = store.withdraw_request(&made.id, days_later(1)).unwrap();
    assert_eq!(withdrawn.status, RequestStatus::Withdrawn);
    let again = store.withdraw_request(&made.id, days_later(2)).unwrap();
    assert_eq!(
        again.withdrawn_at, withdrawn.withdrawn_at,
        "the first moment is kept"
    );
    assert!(matches!(
        store.withdraw_request("request-9", now()),
        Err(StoreError::RequestNotFound(_))
    ));
}

#[test]
fn a_request_is_validated_like_every_other_write() {
    let mut store = common::memory_store();
    let mut bad = request();
    bad.skills = vec![
        "listening".into(),
        "listening".into(),
        "nope".into(),
        "teamwork".into(),
    ];
    bad.giver_email = Some("not an address".into());
    bad.about_date = Some(date("2027-06-01"));
    let Err(StoreError::Validation(errors)) = store.create_request(&bad, "guess", now()) else {
        panic!("a bad request was accepted");
    };
    let codes: Vec<(&str, ValidationCode)> =
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    for expected in [
        ("token", ValidationCode::NotAllowed),
        ("skills", ValidationCode::TooMany),
        ("skills[1]", ValidationCode::DuplicateSkill),
        ("skills[2]", ValidationCode::UnknownSkill),
        ("giverEmail", ValidationCode::InvalidEmail),
        ("aboutDate", ValidationCode::DateOutOfRange),
    ] {
        assert!(codes.contains(&expected), "{expected:?} in {codes:?}");
    }
    assert!(
        store.requests(date("2026-11-02")).unwrap().is_empty(),
        "nothing was kept"
    );
}

#[test]
fn an_answer_becomes_feedback_given_directly_once() {
    let mut store = common::memory_store();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    let imported = store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(1))
        .unwrap();
    assert!(!imported.already_imported);
    assert_eq!(imported.added.len(), 2, "one entry per skill");
    let first = store.entry(imported.added[0].id).unwrap();
    assert_eq!(
        first.request_id.as_deref(),
        Some("request-1"),
        "given directly, in the store"
    );
    assert_eq!(
        first.input.date,
        date("2026-11-01"),
        "the day the feedback is about"
    );
    assert_eq!(first.input.skills[0].rating, Some(4));
    let EntryContent::Feedback(feedback) = &first.input.content else {
        panic!("not feedback");
    };
    assert_eq!(feedback.giver_role, GiverRole::Stakeholder);
    assert_eq!(feedback.giver_name.as_deref(), Some("Sanne de Vries"));
    assert_eq!(feedback.keep_doing.as_deref(), Some("Begin met het waarom"));
    assert_eq!(feedback.try_next.as_deref(), Some("Minder dia's"));
    assert_eq!(
        store.request(&made.id, date("2026-11-20")).unwrap().status,
        RequestStatus::Answered
    );

    let twice = store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(2))
        .unwrap();
    assert!(
        twice.already_imported && twice.added.is_empty(),
        "the same answer adds nothing"
    );
    let page = store.find(&EntryQuery::default()).unwrap();
    assert_eq!(page.items.len(), 2);
    let found = store
        .find(&EntryQuery {
            text: Some("waarom".into()),
            ..EntryQuery::default()
        })
        .unwrap();
    assert_eq!(found.items.len(), 1, "keep doing is searchable");
}

#[test]
fn the_givers_words_cannot_be_reworded_but_the_entry_can_be_tagged() {
    let mut store = common::memory_store();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    let imported = store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(1))
        .unwrap();
    let entry = &imported.added[0];
    let mut tagged = entry.input.clone();
    tagged.tags = vec!["demo".into()];
    let saved = store
        .update_entry(entry.id, &tagged, days_later(2))
        .unwrap();
    assert_eq!(
        saved.request_id.as_deref(),
        Some("request-1"),
        "an edit keeps the origin"
    );
    let mut reworded = saved.input.clone();
    if let EntryContent::Feedback(f) = &mut reworded.content {
        f.impact = Some("Iedereen was enthousiast".into());
    }
    let Err(StoreError::Validation(errors)) =
        store.update_entry(entry.id, &reworded, days_later(3))
    else {
        panic!("the giver's words were changed");
    };
    assert_eq!(errors[0].code, ValidationCode::GivenDirectly);
}

#[test]
fn a_guessed_replayed_or_late_answer_is_refused_and_adds_nothing() {
    let mut store = common::memory_store();
    let one = store.create_request(&request(), TOKEN, now()).unwrap();
    let other_token = "ffffffffffffffffffffffffffffffff";
    let two = store
        .create_request(&request(), other_token, now())
        .unwrap();
    // Guessed token, and an answer to request one replayed against request two.
    assert!(matches!(
        store.import_feedback_answer(&answer(&one.id, other_token, "d1"), now()),
        Err(StoreError::AnswerNotForRequest(_))
    ));
    assert!(matches!(
        store.import_feedback_answer(&answer(&two.id, TOKEN, "d1"), now()),
        Err(StoreError::AnswerNotForRequest(_))
    ));
    assert!(matches!(
        store.import_feedback_answer(&answer("request-7", TOKEN, "d1"), now()),
        Err(StoreError::RequestNotFound(_))
    ));
    // A skill the request did not ask about.
    let mut off_topic = answer(&one.id, TOKEN, "d2");
    off_topic.skills[1].skill_id = "teamwork".into();
    assert!(matches!(
        store.import_feedback_answer(&off_topic, now()),
        Err(StoreError::Validation(_))
    ));
    // An answer that breaks the entry rules names the skill it is about.
    let mut empty = answer(&one.id, TOKEN, "d3");
    empty.skills[1].behaviour = None;
    let Err(StoreError::Validation(errors)) = store.import_feedback_answer(&empty, now()) else {
        panic!("an empty answer was accepted");
    };
    assert!(errors[0].field.starts_with("skills[1]."), "{errors:?}");
    store.withdraw_request(&one.id, now()).unwrap();
    assert!(matches!(
        store.import_feedback_answer(&answer(&one.id, TOKEN, "d4"), now()),
        Err(StoreError::RequestWithdrawn(_))
    ));
    assert!(store.find(&EntryQuery::default()).unwrap().items.is_empty());
    assert_eq!(
        store.request(&one.id, date("2026-11-02")).unwrap().answers,
        0
    );
}

fn identity(n: char) -> StoredIdentity {
    StoredIdentity {
        recipient: format!("age1{}", n.to_string().repeat(58)),
        secret: format!(
            "AGE-SECRET-KEY-1{}",
            n.to_ascii_uppercase().to_string().repeat(58)
        ),
        created_at: now(),
    }
}

#[test]
fn requests_answers_and_keys_travel_in_the_export_and_come_back_once() {
    let mut store = common::memory_store();
    store.add_identity(&identity('q')).unwrap();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(1))
        .unwrap();
    let export = store.export(days_later(2)).unwrap();
    assert!(
        export
            .note
            .as_deref()
            .is_some_and(|note| note.contains("private key"))
    );
    assert_eq!(export.identities, [identity('q')]);
    assert_eq!(export.requests.len(), 1);
    assert_eq!(export.answers.len(), 1);
    let json = export.to_json().unwrap();

    // Restored into an empty journal: the same ids, the entries still given directly, and the
    // same answer is still known (importing it again adds nothing).
    let mut restored = common::memory_store();
    let summary = restored
        .import(
            &skills_journal_store::JournalExport::from_json(&json).unwrap(),
            days_later(3),
        )
        .unwrap();
    assert_eq!(summary.requests_added, 1);
    assert_eq!(restored.identities().unwrap(), [identity('q')]);
    let back = restored.request(&made.id, date("2026-11-04")).unwrap();
    assert_eq!(
        (back.token.as_str(), back.status),
        (TOKEN, RequestStatus::Answered)
    );
    assert_eq!(restored.entries_of_request(&made.id).unwrap().len(), 2);
    let again = restored
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(4))
        .unwrap();
    assert!(again.already_imported);

    // Merged into a journal with a request of its own: matched by token, renumbered, and the
    // given-directly entries point at the request's new id. A second merge adds nothing.
    let mut other = common::memory_store();
    other.add_identity(&identity('p')).unwrap();
    other
        .create_request(&request(), "ffffffffffffffffffffffffffffffff", now())
        .unwrap();
    let merged = other.import(&export, days_later(3)).unwrap();
    assert_eq!(merged.requests_added, 1);
    assert_eq!(
        other.identities().unwrap().len(),
        2,
        "both keys open answers"
    );
    let moved = other.requests(date("2026-11-04")).unwrap();
    let moved = moved.iter().find(|r| r.token == TOKEN).unwrap();
    assert_eq!(moved.id, "request-2");
    assert_eq!(other.entries_of_request("request-2").unwrap().len(), 2);
    let twice = other.import(&export, days_later(4)).unwrap();
    assert_eq!((twice.requests_added, twice.entries_added), (0, 0));
}

#[test]
fn an_entry_given_through_a_request_the_file_lacks_is_refused() {
    let mut store = common::memory_store();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(1))
        .unwrap();
    let mut export = store.export(days_later(2)).unwrap();
    export.requests.clear();
    export.answers.clear();
    let mut target = common::memory_store();
    let Err(StoreError::Validation(errors)) = target.import(&export, days_later(3)) else {
        panic!("an entry pointing at no request was imported");
    };
    assert!(
        errors.iter().any(|e| e.field.ends_with("requestId")),
        "{errors:?}"
    );
    assert!(
        target
            .find(&EntryQuery::default())
            .unwrap()
            .items
            .is_empty(),
        "nothing imported"
    );
}

#[test]
fn the_list_tells_feedback_given_directly_from_feedback_written_down() {
    let mut store = common::memory_store();
    let made = store.create_request(&request(), TOKEN, now()).unwrap();
    let given = store
        .import_feedback_answer(&answer(&made.id, TOKEN, "d1"), days_later(1))
        .unwrap();
    let written = store
        .create_entry(&common::feedback("2026-11-02", "Zelf opgeschreven"), now())
        .unwrap();
    store
        .create_entry(&common::reflection("2026-11-02", "Een reflectie"), now())
        .unwrap();
    let ids = |given_directly| {
        let query = EntryQuery {
            given_directly: Some(given_directly),
            ..EntryQuery::default()
        };
        let mut ids: Vec<_> = store
            .find(&query)
            .unwrap()
            .items
            .iter()
            .map(|h| h.entry.id)
            .collect();
        ids.sort();
        ids
    };
    let mut expected: Vec<_> = given.added.iter().map(|e| e.id).collect();
    expected.sort();
    assert_eq!(ids(true), expected);
    assert_eq!(
        ids(false),
        [written.id],
        "only feedback, only the trainee's own"
    );
}
