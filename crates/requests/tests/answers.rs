//! Answers sealed with age, opened with the trainee's key, and every kind of bad answer refused
//! for what it is.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use chrono::NaiveDate;
use skills_journal_store::GiverRole;
use skills_requests::{
    Answer, AnswerBody, AnswerRefused, FeedbackAnswer, KEY_FILE, KeyError, MAX_SEALED_BYTES,
    RequestToken, ReviewAnswer, SignOff, SkillFeedback, SkillReview, TraineeKey, open, seal,
};

fn key() -> (tempfile::TempDir, TraineeKey) {
    let dir = tempfile::tempdir().unwrap();
    let key = TraineeKey::load_or_create(dir.path()).unwrap();
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
fn the_key_is_made_once_kept_owner_only_and_a_damaged_key_file_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let first = TraineeKey::load_or_create(dir.path()).unwrap();
    let again = TraineeKey::load_or_create(dir.path()).unwrap();
    assert_eq!(first.recipient(), again.recipient());
    assert!(first.recipient().starts_with("age1"));
    assert!(
        !format!("{first:?}").contains("AGE-SECRET-KEY"),
        "Debug hides the secret"
    );
    let path = dir.path().join(KEY_FILE);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    std::fs::write(&path, "# a comment only\n").unwrap();
    assert!(matches!(
        TraineeKey::load_or_create(dir.path()),
        Err(KeyError::Damaged { .. })
    ));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# a comment only\n",
        "left as it is"
    );
}
