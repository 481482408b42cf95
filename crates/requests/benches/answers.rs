//! Answers benchmark: what opening an answer costs next to age itself, and what writing a
//! request's form costs.
//!
//! Run with `cargo bench -p skills-requests --bench answers` (release build). For a small
//! answer (one skill, a few lines) and the largest the app accepts (256 KiB of JSON, 60
//! skills), it times `skills_requests::open` (size checks, rebuilding the armour, age, the JSON
//! into fixed types, the digest) next to the floor: the same armoured text decrypted with the
//! `age` crate and parsed as untyped JSON, nothing else. Also the same largest answer pasted as
//! one line (mail or chat joined its lines), the SHA-256 of the largest answer's JSON (the
//! digest `open` computes so that no answer is imported twice, which the floor does not), and
//! `feedback_form` for three skills. Runs
//! alternate; the best and median of each are printed with the ratio of the best.
//!
//! Goals (on the best run): `open` at most 1.5 times the floor for a typical answer, 3 times for
//! the largest (where rebuilding the armour and the digest, both linear, weigh most).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a panic is a failed run"
)]

use std::hint::black_box;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use sha2::{Digest, Sha256};
use skills_catalogue::{Lang, SkillCatalogue};
use skills_journal_store::{GiverRole, JournalStore, RequestInput};
use skills_requests::{
    Answer, AnswerBody, FeedbackAnswer, MAX_ANSWER_BYTES, RequestToken, SkillFeedback, TraineeKey,
    feedback_form, open, seal,
};

const RUNS: usize = 30;

fn answer(skills: usize, words: usize) -> Answer {
    let text = |i: usize| {
        Some(
            "Je vatte eerst samen wat de klant zei en vroeg daarna door; "
                .repeat(words)
                .chars()
                .take(words * 60 + i)
                .collect::<String>(),
        )
    };
    Answer {
        format: "skills-journal-answer".to_owned(),
        version: 1,
        request_id: "request-1".to_owned(),
        token: RequestToken::new().unwrap(),
        answered_on: NaiveDate::from_ymd_opt(2026, 11, 12).unwrap(),
        body: AnswerBody::Feedback(FeedbackAnswer {
            giver_name: Some("Sanne de Vries".to_owned()),
            giver_role: GiverRole::Peer,
            skills: (0..skills)
                .map(|i| SkillFeedback {
                    skill_id: format!("skill-{i}"),
                    rating: Some(4),
                    situation: text(i),
                    behaviour: text(i + 1),
                    impact: text(i + 2),
                    keep_doing: text(i + 3),
                    try_next: text(i + 4),
                })
                .collect(),
        }),
    }
}

/// Decrypts with age and parses untyped JSON: the least any reader of an answer must do.
fn floor(identity: &age::x25519::Identity, sealed: &str) -> serde_json::Value {
    let reader = age::armor::ArmoredReader::new(sealed.as_bytes());
    let decryptor = age::Decryptor::new_buffered(reader).unwrap();
    let mut plain = Vec::new();
    decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut plain)
        .unwrap();
    serde_json::from_slice(&plain).unwrap()
}

fn time(mut work: impl FnMut()) -> Duration {
    let start = Instant::now();
    work();
    start.elapsed()
}

fn summary(name: &str, times: &mut [Duration]) -> Duration {
    times.sort();
    let best = times[0];
    let median = times[times.len() / 2];
    println!(
        "{name:<44} best {:>9.3} ms   median {:>9.3} ms",
        best.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3
    );
    best
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = JournalStore::open_in_memory().unwrap();
    let key = TraineeKey::of_journal(&mut store, dir.path(), Utc::now()).unwrap();
    // The same key, as age's own type, for the floor.
    let identity: age::x25519::Identity = {
        let export = store.export(Utc::now()).unwrap();
        export.identities[0].secret.parse().unwrap()
    };
    let small = seal(&key.recipient(), &answer(1, 3)).unwrap();
    // Grow the texts until the JSON is just under the limit.
    let mut words = 1;
    let large_answer = loop {
        let candidate = answer(60, words + 1);
        if serde_json::to_vec(&candidate).unwrap().len() > MAX_ANSWER_BYTES {
            break answer(60, words);
        }
        words += 1;
    };
    let large = seal(&key.recipient(), &large_answer).unwrap();
    let large_json = serde_json::to_vec(&large_answer).unwrap();
    let joined: String = large.lines().collect();
    println!(
        "answers: small {} bytes sealed, large {} bytes sealed ({} bytes of JSON)",
        small.len(),
        large.len(),
        serde_json::to_vec(&large_answer).unwrap().len()
    );

    let mut rows: Vec<(&str, Vec<Duration>)> = [
        "open, small answer",
        "floor (age + untyped JSON), small answer",
        "open, largest answer",
        "floor (age + untyped JSON), largest answer",
        "open, largest answer pasted as one line",
        "of which: SHA-256 of the largest answer",
    ]
    .into_iter()
    .map(|name| (name, Vec::with_capacity(RUNS)))
    .collect();
    for _ in 0..RUNS {
        rows[0].1.push(time(|| {
            drop(black_box(open(&key, small.as_bytes()).unwrap()))
        }));
        rows[1]
            .1
            .push(time(|| drop(black_box(floor(&identity, &small)))));
        rows[2].1.push(time(|| {
            drop(black_box(open(&key, large.as_bytes()).unwrap()))
        }));
        rows[3]
            .1
            .push(time(|| drop(black_box(floor(&identity, &large)))));
        rows[4].1.push(time(|| {
            drop(black_box(open(&key, joined.as_bytes()).unwrap()))
        }));
        rows[5].1.push(time(|| {
            black_box(Sha256::digest(&large_json));
        }));
    }
    let best: Vec<Duration> = rows
        .iter_mut()
        .map(|(name, times)| summary(name, times))
        .collect();
    for (what, open, floor) in [("small", best[0], best[1]), ("largest", best[2], best[3])] {
        println!(
            "ratio open / floor, {what} answer: {:.2}",
            open.as_secs_f64() / floor.as_secs_f64()
        );
    }

    let catalogue_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../articles/skills.toml");
    let catalogue = SkillCatalogue::load(&catalogue_path).unwrap();
    store.set_catalogue_ids(catalogue.ids());
    let input = RequestInput {
        lang: Lang::Nl,
        giver_role: GiverRole::Stakeholder,
        giver_name: Some("Priya".into()),
        giver_email: None,
        reply_to: Some("trainee@example.org".into()),
        setting: None,
        about_date: None,
        context: Some("stuurgroep van 24 november".into()),
        skills: vec![
            "listening".into(),
            "presentations".into(),
            "teamwork".into(),
        ],
        reply_by: None,
    };
    let token = RequestToken::new().unwrap();
    let request = store
        .create_request(&input, token.as_str(), Utc::now())
        .unwrap();
    let custom = store.custom_skills().unwrap();
    let mut forms = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        forms.push(time(|| {
            drop(black_box(
                feedback_form(&request, &key.recipient(), &catalogue, &custom).unwrap(),
            ));
        }));
    }
    summary("feedback_form, three skills", &mut forms);
}
