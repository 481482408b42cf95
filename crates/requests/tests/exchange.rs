//! Asking and receiving as the window and the command line do it: a request whose form cannot
//! be written is withdrawn, and the answer to a request comes back in through `receive`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use skills_catalogue::{Lang, SkillCatalogue};
use skills_journal_store::{GiverRole, JournalStore, RequestInput, RequestStatus};
use skills_requests::{
    Answer, AnswerBody, AskError, FeedbackAnswer, ReceiveError, ReviewAnswer, SignOff,
    SkillFeedback, TraineeKey, ask, form_file_name, receive, seal,
};

fn now() -> DateTime<Utc> {
    "2026-11-12T09:00:00Z".parse().unwrap()
}

fn catalogue() -> SkillCatalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../articles/skills.toml");
    SkillCatalogue::load(&path).unwrap()
}

fn store(catalogue: &SkillCatalogue) -> JournalStore {
    let mut store = JournalStore::open_in_memory().unwrap();
    store.set_catalogue_ids(catalogue.ids());
    store
}

fn input() -> RequestInput {
    RequestInput {
        lang: Lang::Nl,
        giver_role: GiverRole::Peer,
        giver_name: Some("Sanne".into()),
        giver_email: None,
        reply_to: None,
        setting: None,
        about_date: None,
        context: Some("sprintdemo".into()),
        skills: vec!["listening".into()],
        reply_by: None,
    }
}

fn answer_to(request_id: &str, token: &str, body: AnswerBody) -> Answer {
    Answer {
        format: "skills-journal-answer".to_owned(),
        version: 1,
        request_id: request_id.to_owned(),
        token: token.to_owned().try_into().unwrap(),
        answered_on: NaiveDate::from_ymd_opt(2026, 11, 13).unwrap(),
        body,
    }
}

#[test]
fn a_request_whose_form_cannot_be_written_is_withdrawn() {
    let catalogue = catalogue();
    let mut store = store(&catalogue);
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("no such folder").join("form.html");
    let refused = ask(
        &mut store,
        &catalogue,
        dir.path(),
        &input(),
        &nowhere,
        now(),
    );
    assert!(matches!(refused, Err(AskError::Write(_))), "{refused:?}");
    let kept = store.requests(now().date_naive()).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        kept[0].status,
        RequestStatus::Withdrawn,
        "nobody could answer it"
    );
}

#[test]
fn an_answer_comes_back_through_receive_and_a_review_is_refused_for_now() {
    let catalogue = catalogue();
    let mut store = store(&catalogue);
    let dir = tempfile::tempdir().unwrap();
    let form = dir
        .path()
        .join(form_file_name(Lang::Nl, now().date_naive()));
    assert!(
        form.to_string_lossy()
            .ends_with("feedbackverzoek-2026-11-12.html")
    );
    let request = ask(&mut store, &catalogue, dir.path(), &input(), &form, now()).unwrap();
    assert!(
        std::fs::read_to_string(&form)
            .unwrap()
            .contains(&request.token)
    );
    let recipient = TraineeKey::of_journal(&mut store, dir.path(), now())
        .unwrap()
        .recipient();

    let feedback = AnswerBody::Feedback(FeedbackAnswer {
        giver_name: Some("Sanne de Vries".into()),
        giver_role: GiverRole::Peer,
        skills: vec![SkillFeedback {
            skill_id: "listening".into(),
            rating: Some(4),
            situation: None,
            behaviour: Some("Je vatte samen".into()),
            impact: None,
            keep_doing: None,
            try_next: None,
        }],
    });
    let sealed = seal(
        &recipient,
        &answer_to(&request.id, &request.token, feedback),
    )
    .unwrap();
    let imported = receive(&mut store, dir.path(), sealed.as_bytes(), now()).unwrap();
    assert_eq!(imported.added.len(), 1);
    assert_eq!(
        imported.added[0].request_id.as_deref(),
        Some(request.id.as_str())
    );

    let review = AnswerBody::Review(ReviewAnswer {
        skills: Vec::new(),
        overall: None,
        sign_off: SignOff {
            name: "Coach".into(),
            role: "Coach".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 13).unwrap(),
        },
    });
    let sealed = seal(&recipient, &answer_to(&request.id, &request.token, review)).unwrap();
    assert!(matches!(
        receive(&mut store, dir.path(), sealed.as_bytes(), now()),
        Err(ReceiveError::Review)
    ));
}
