//! Answers sealed with age, opened with the trainee's key, and every kind of bad answer refused
//! for what it is.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use age::secrecy::ExposeSecret;
use chrono::{DateTime, NaiveDate, Utc};
use skills_journal_store::{GiverRole, JournalStore};
use skills_requests::{
    Answer, AnswerBody, AnswerRefused, FeedbackAnswer, KEY_FILE, KeyError, MAX_SEALED_BYTES,
    RequestToken, ReviewAnswer, SignOff, SkillFeedback, SkillReview, TraineeKey, open, seal,
};

fn now() -> DateTime<Utc> {
    "2026-11-12T09:00:00Z".parse().unwrap()
}

fn key() -> (tempfile::TempDir, TraineeKey) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = JournalStore::open_in_memory().unwrap();
    let key = TraineeKey::of_journal(&mut store, dir.path(), now()).unwrap();
    (dir, key)
}

fn feedback(text: &str) -> Answer {
    Answer {
        format: "skills-journal-answer".to_owned(),
        version: 1,
        request_id: "r-1".to_owned(),
        token: RequestToken::new().unwrap(),
        answered_on: NaiveDate::from_ymd_opt(2026, 11, 12).unwrap(),
        body: AnswerBody::Feedback(FeedbackAnswer {
            giver_name: Some("Priya <script>".to_owned()),
            giver_role: GiverRole::Stakeholder,
            skills: vec![SkillFeedback {
                skill_id: "listening".to_owned(),
                rating: Some(4),
                situation: Some("Sprintdemo van 12 november".to_owned()),
                behaviour: Some(text.to_owned()),
                impact: None,
                keep_doing: Some("Doorvragen".to_owned()),
                try_next: None,
            }],
        }),
    }
}

#[test]
fn an_answer_opens_whatever_mail_or_chat_did_to_its_lines() {
    let (_dir, key) = key();
    let answer = feedback("Je vatte eerst samen wat ik zei.");
    let sealed = seal(&key.recipient(), &answer).unwrap();
    let body: String = sealed
        .lines()
        .filter(|line| !line.starts_with("-----"))
        .collect();
    let (begin, end) = (
        sealed.lines().next().unwrap(),
        sealed.lines().last().unwrap(),
    );
    let rewrapped: Vec<String> = body
        .as_bytes()
        .chunks(40)
        .map(|chunk| format!("  {}", String::from_utf8_lossy(chunk)))
        .collect();
    for changed in [
        // Joined into one line, as a chat box does.
        format!("Hier is mijn antwoord: {begin}{body}{end} groet"),
        // Re-wrapped and indented, with Windows line ends.
        format!("{begin}\r\n{}\r\n{end}\r\n", rewrapped.join("\r\n")),
        // Quoted in a reply.
        sealed.lines().map(|line| format!("> {line}\n")).collect(),
        // With no-break and zero-width spaces a chat program put in.
        sealed.replacen('\n', "\u{a0}\n\u{200b}", 3),
    ] {
        let opened = open(&key, changed.as_bytes()).unwrap_or_else(|e| panic!("{e}: {changed}"));
        assert_eq!(opened.answer, answer);
    }
}

#[test]
fn a_sealed_answer_opens_with_the_trainees_key_as_it_was_made() {
    let (_dir, key) = key();
    let answer = feedback("Je vatte eerst samen wat ik zei.");
    let sealed = seal(&key.recipient(), &answer).unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!sealed.contains("samen"), "nothing readable in the block");
    let opened = open(&key, sealed.as_bytes()).unwrap();
    assert_eq!(opened.answer, answer);
    let again = open(&key, seal(&key.recipient(), &answer).unwrap().as_bytes()).unwrap();
    assert_eq!(again.digest, opened.digest, "sealed twice, the same answer");
    assert_ne!(
        again.digest,
        open(
            &key,
            seal(&key.recipient(), &feedback("Anders"))
                .unwrap()
                .as_bytes()
        )
        .unwrap()
        .digest
    );
    let given = opened.given_feedback().unwrap();
    assert_eq!(given.token, answer.token.as_str());
    assert_eq!(
        given.skills[0].behaviour.as_deref(),
        Some("Je vatte eerst samen wat ik zei.")
    );

    let review = Answer {
        body: AnswerBody::Review(ReviewAnswer {
            skills: vec![SkillReview {
                skill_id: "teamwork".to_owned(),
                level: Some(3),
                agrees: Some(false),
                comment: Some("Meer initiatief".to_owned()),
            }],
            overall: None,
            sign_off: SignOff {
                name: "Coach".to_owned(),
                role: "Traineecoach".to_owned(),
                date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            },
        }),
        ..answer
    };
    let sealed = seal(&key.recipient(), &review).unwrap();
    let opened = open(&key, sealed.as_bytes()).unwrap();
    assert_eq!(opened.answer, review);
    assert_eq!(opened.given_feedback(), None, "a review is not feedback");
}

#[test]
fn a_block_pasted_from_an_email_with_quote_marks_and_text_around_it_opens() {
    let (_dir, key) = key();
    let answer = feedback("Rustig tempo.");
    let sealed = seal(&key.recipient(), &answer).unwrap();
    let quoted: String = sealed
        .lines()
        .map(|line| format!(">  {line}  \r\n"))
        .collect();
    let mail = format!("Hoi,\n\nhier is mijn antwoord:\n\n{quoted}\nGroet,\nPriya\n");
    assert_eq!(open(&key, mail.as_bytes()).unwrap().answer, answer);
}

#[test]
fn each_kind_of_bad_answer_is_refused_for_what_it_is() {
    let (_dir, key) = key();
    let sealed = seal(&key.recipient(), &feedback("Goed gedaan.")).unwrap();

    assert_eq!(
        open(&key, b"Bedankt voor je vraag!"),
        Err(AnswerRefused::Garbled)
    );
    assert_eq!(open(&key, &[0xff, 0xfe, 0x00]), Err(AnswerRefused::Garbled));

    let cut = &sealed[..sealed.len() / 2];
    assert_eq!(open(&key, cut.as_bytes()), Err(AnswerRefused::Truncated));
    // The end line is there but lines of the body are missing.
    let mut lines: Vec<&str> = sealed.lines().collect();
    let last = lines.len() - 1;
    lines.drain(2..last.max(3) - 1);
    let shortened = lines.join("\n");
    let refused = open(&key, shortened.as_bytes()).unwrap_err();
    assert!(
        matches!(
            refused,
            AnswerRefused::Truncated | AnswerRefused::Tampered | AnswerRefused::Garbled
        ),
        "{refused:?}"
    );

    // One character of the payload changed.
    let mut lines: Vec<String> = sealed.lines().map(str::to_owned).collect();
    let middle = lines.len() / 2;
    let line = &mut lines[middle];
    let flipped = if line.starts_with('A') { "B" } else { "A" };
    line.replace_range(0..1, flipped);
    let tampered = lines.join("\n") + "\n";
    assert_eq!(
        open(&key, tampered.as_bytes()),
        Err(AnswerRefused::Tampered)
    );

    let (_other_dir, other) = self::key();
    let foreign = seal(&other.recipient(), &feedback("Voor iemand anders.")).unwrap();
    assert_eq!(open(&key, foreign.as_bytes()), Err(AnswerRefused::Foreign));

    let huge = "x".repeat(MAX_SEALED_BYTES + 1);
    assert!(matches!(
        open(&key, huge.as_bytes()),
        Err(AnswerRefused::TooLarge { .. })
    ));
    let long = seal(&key.recipient(), &feedback(&"lang ".repeat(60_000))).unwrap();
    assert!(long.len() < MAX_SEALED_BYTES, "the sealed text itself fits");
    assert!(matches!(
        open(&key, long.as_bytes()),
        Err(AnswerRefused::TooLarge { .. })
    ));

    let mut newer = feedback("Later.");
    newer.version = 2;
    let sealed_newer = seal(&key.recipient(), &newer).unwrap();
    assert_eq!(
        open(&key, sealed_newer.as_bytes()),
        Err(AnswerRefused::NewerVersion(2))
    );
    let mut other_format = feedback("Iets anders.");
    other_format.format = "skills-journal".to_owned();
    let sealed_other = seal(&key.recipient(), &other_format).unwrap();
    assert!(matches!(
        open(&key, sealed_other.as_bytes()),
        Err(AnswerRefused::NotAnAnswer(_))
    ));
}

#[test]
fn the_key_is_made_once_and_kept_in_the_journal_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = JournalStore::open(dir.path().join("journal.sqlite"), now()).unwrap();
    let first = TraineeKey::of_journal(&mut store, dir.path(), now()).unwrap();
    let again = TraineeKey::of_journal(&mut store, dir.path(), now()).unwrap();
    assert_eq!(first.recipient(), again.recipient());
    assert!(first.recipient().starts_with("age1"));
    assert!(
        !format!("{first:?}{:?}", store.identities().unwrap()).contains("AGE-SECRET-KEY"),
        "Debug hides the secret"
    );
    assert!(
        !dir.path().join(KEY_FILE).exists(),
        "no key file beside the journal"
    );
    // A backup is the journal: opened elsewhere, with no key file there, it opens the answers.
    let sealed = seal(&first.recipient(), &feedback("Goed doorgevraagd")).unwrap();
    let backup = store.backup_now(now()).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let mut restored = JournalStore::open(&backup.path, now()).unwrap();
    let key = TraineeKey::of_journal(&mut restored, elsewhere.path(), now()).unwrap();
    assert_eq!(key.recipient(), first.recipient());
    assert!(open(&key, sealed.as_bytes()).is_ok());
}

#[test]
fn an_earlier_versions_key_file_is_taken_over_and_a_damaged_one_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = age::x25519::Identity::generate();
    let path = dir.path().join(KEY_FILE);
    let text = format!(
        "# public key: {}\n{}\n",
        earlier.to_public(),
        earlier.to_string().expose_secret()
    );
    std::fs::write(&path, &text).unwrap();
    let mut store = JournalStore::open_in_memory().unwrap();
    let key = TraineeKey::of_journal(&mut store, dir.path(), now()).unwrap();
    assert_eq!(key.recipient(), earlier.to_public().to_string());
    assert_eq!(store.identities().unwrap().len(), 1, "now in the journal");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the file is left as it was"
    );

    std::fs::write(&path, "# a comment only\n").unwrap();
    let mut fresh = JournalStore::open_in_memory().unwrap();
    assert!(matches!(
        TraineeKey::of_journal(&mut fresh, dir.path(), now()),
        Err(KeyError::Damaged { .. })
    ));
    assert!(
        fresh.identities().unwrap().is_empty(),
        "no new key in its place"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# a comment only\n",
        "left as it is"
    );
}
