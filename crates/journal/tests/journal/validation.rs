//! Every validation rule, one test each: the error names the field, a snake_case code and a
//! message, and nothing is written.

use skills_journal_store::{
    EntryContent, EntryId, EntryInput, EntryQuery, EntrySkill, FieldError, JournalStore,
    ReflectionContent, StoreError, ValidationCode,
};

use super::common::{self, days_later, memory_store, now};

/// The (field, code) pairs of a failed write, and a check that nothing was stored.
fn rejected(store: &mut JournalStore, input: &EntryInput) -> Vec<(String, ValidationCode)> {
    let before = store
        .find(&EntryQuery {
            include_private: true,
            ..Default::default()
        })
        .unwrap()
        .items
        .len();
    let errors = match store.create_entry(input, now()) {
        Err(StoreError::Validation(errors)) => errors,
        other => panic!("expected a validation error, got {other:?}"),
    };
    for error in &errors {
        assert!(
            !error.message.is_empty(),
            "every error has a message: {error:?}"
        );
    }
    let after = store
        .find(&EntryQuery {
            include_private: true,
            ..Default::default()
        })
        .unwrap()
        .items
        .len();
    assert_eq!(before, after, "nothing is written when validation fails");
    errors.into_iter().map(|e| (e.field, e.code)).collect()
}

fn one(field: &str, code: ValidationCode) -> Vec<(String, ValidationCode)> {
    vec![(field.to_owned(), code)]
}

#[test]
fn an_entry_needs_a_skill() {
    let mut store = memory_store();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills.clear();
    assert_eq!(
        rejected(&mut store, &input),
        one("skills", ValidationCode::SkillRequired)
    );
}

#[test]
fn unknown_skills_are_refused() {
    let mut store = memory_store();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills = vec![EntrySkill::new("juggling")];
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].skillId", ValidationCode::UnknownSkill)
    );
    let mut bare = JournalStore::open_in_memory().unwrap();
    let plain = common::reflection("2026-10-01", "x");
    assert_eq!(
        rejected(&mut bare, &plain),
        one("skills[0].skillId", ValidationCode::UnknownSkill),
        "no catalogue given: unknown"
    );
}

#[test]
fn archived_skills_are_refused_for_new_entries() {
    let mut store = memory_store();
    let skill = store.add_custom_skill("Netwerken", now()).unwrap();
    store
        .set_custom_skill_archived(&skill.id, true, now())
        .unwrap();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills = vec![EntrySkill::new(skill.id.clone())];
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].skillId", ValidationCode::SkillArchived)
    );
    store
        .set_custom_skill_archived(&skill.id, false, now())
        .unwrap();
    store.create_entry(&input, now()).unwrap();
}

#[test]
fn a_skill_may_be_listed_once() {
    let mut store = memory_store();
    let mut input = common::reflection("2026-10-01", "x");
    input.skills.push(EntrySkill::new("listening"));
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[1].skillId", ValidationCode::DuplicateSkill)
    );
}

#[test]
fn ratings_are_1_to_5() {
    let mut store = memory_store();
    for rating in [0, 6, 255] {
        let mut input = common::feedback("2026-10-01", "x");
        input.skills = vec![EntrySkill::rated("presentations", rating)];
        assert_eq!(
            rejected(&mut store, &input),
            one("skills[0].rating", ValidationCode::RatingOutOfRange),
            "rating {rating}"
        );
    }
    let mut input = common::reflection("2026-10-01", "x");
    input.skills = vec![EntrySkill::rated("listening", 9)];
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].rating", ValidationCode::RatingOutOfRange),
        "self-rating"
    );
    let input = common::assessment("2026-10-01", "listening", 0, None);
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].rating", ValidationCode::RatingOutOfRange),
        "level"
    );
}

#[test]
fn a_self_assessment_needs_a_level_for_every_skill() {
    let mut store = memory_store();
    let mut input = common::assessment("2026-10-01", "listening", 3, None);
    input.skills.push(EntrySkill::new("teamwork"));
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[1].rating", ValidationCode::RatingRequired)
    );
}

#[test]
fn fields_of_other_kinds_are_not_allowed() {
    let mut store = memory_store();
    let mut input = common::action("2026-10-01", "Oefenen", None);
    input.skills = vec![EntrySkill::rated("presentations", 3)];
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].rating", ValidationCode::NotAllowed),
        "actions have no rating"
    );
    let mut input = common::feedback("2026-10-01", "x");
    input.skills[0].justification = Some("omdat".into());
    assert_eq!(
        rejected(&mut store, &input),
        one("skills[0].justification", ValidationCode::NotAllowed)
    );
}

#[test]
fn a_changed_level_needs_a_justification() {
    let mut store = memory_store();
    store
        .create_entry(
            &common::assessment("2026-09-01", "listening", 2, None),
            now(),
        )
        .unwrap();
    for level in [1, 3] {
        let input = common::assessment("2026-10-01", "listening", level, None);
        let errors = match store.create_entry(&input, now()) {
            Err(StoreError::Validation(errors)) => errors,
            other => panic!("level {level}: expected a validation error, got {other:?}"),
        };
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0].field.as_str(), errors[0].code),
            (
                "skills[0].justification",
                ValidationCode::JustificationRequired
            )
        );
        assert!(
            errors[0].message.contains("from 2 (on 2026-09-01)"),
            "the message names the previous level: {}",
            errors[0].message
        );
    }
    store
        .create_entry(
            &common::assessment("2026-10-01", "listening", 2, None),
            now(),
        )
        .expect("same level: no justification");
    store
        .create_entry(
            &common::assessment("2026-10-02", "listening", 3, Some("Ik vat nu samen")),
            now(),
        )
        .expect("justified");
    store
        .create_entry(
            &common::assessment("2026-08-01", "listening", 5, None),
            now(),
        )
        .expect("nothing before it to compare with");
    let first = common::assessment("2026-10-01", "teamwork", 4, None);
    store
        .create_entry(&first, now())
        .expect("a first assessment needs no justification");
}

#[test]
fn editing_an_assessment_does_not_compare_it_with_itself() {
    let mut store = memory_store();
    let entry = store
        .create_entry(
            &common::assessment("2026-09-01", "listening", 2, None),
            now(),
        )
        .unwrap();
    let edited = store
        .update_entry(
            entry.id,
            &common::assessment("2026-09-01", "listening", 4, None),
            now(),
        )
        .unwrap();
    assert_eq!(
        edited.version, 2,
        "the only assessment can change level freely"
    );
}

#[test]
fn required_text_per_kind() {
    let mut store = memory_store();
    let mut feedback = common::feedback("2026-10-01", "x");
    if let EntryContent::Feedback(f) = &mut feedback.content {
        (f.situation, f.behaviour, f.impact) = (None, Some("   ".into()), None);
    }
    let fields: Vec<_> = rejected(&mut store, &feedback)
        .into_iter()
        .map(|(f, c)| (f, c == ValidationCode::TextRequired))
        .collect();
    assert_eq!(
        fields,
        [
            ("content.situation".into(), true),
            ("content.behaviour".into(), true),
            ("content.impact".into(), true)
        ],
        "feedback: at least one of situation, behaviour and impact"
    );
    let mut reflection = common::reflection("2026-10-01", "x");
    reflection.content = EntryContent::Reflection(ReflectionContent::default());
    assert_eq!(
        rejected(&mut store, &reflection),
        one("content.situation", ValidationCode::TextRequired)
    );
    let action = common::action("2026-10-01", " \n ", None);
    assert_eq!(
        rejected(&mut store, &action),
        one("content.text", ValidationCode::TextRequired)
    );
}

#[test]
fn dates_must_be_plausible() {
    let mut store = memory_store();
    let early = common::reflection("1969-12-31", "x");
    assert_eq!(
        rejected(&mut store, &early),
        one("date", ValidationCode::DateOutOfRange)
    );
    let late = common::reflection("2027-11-03", "x");
    assert_eq!(
        rejected(&mut store, &late),
        one("date", ValidationCode::DateOutOfRange),
        "more than a year ahead"
    );
    store
        .create_entry(&common::reflection("1970-01-01", "x"), now())
        .expect("1970 is fine");
    store
        .create_entry(&common::reflection("2027-11-02", "x"), now())
        .expect("exactly a year ahead is fine");
    store
        .create_entry(&common::action("2028-06-01", "Later oefenen", None), now())
        .expect("actions may be planned further ahead");
    let mut far = common::action("2026-10-01", "x", None);
    if let EntryContent::Action(a) = &mut far.content {
        a.due = Some(common::date("2040-01-01"));
    }
    assert_eq!(
        rejected(&mut store, &far),
        one("content.due", ValidationCode::DateOutOfRange)
    );
}

#[test]
fn lengths_are_bounded() {
    let mut store = memory_store();
    let long = "a".repeat(20_001);
    assert_eq!(
        rejected(&mut store, &common::reflection("2026-10-01", &long)),
        one("content.reflection", ValidationCode::TooLong)
    );
    store
        .create_entry(
            &common::reflection("2026-10-01", &"é".repeat(20_000)),
            now(),
        )
        .expect("20,000 characters, not bytes");
    let mut tag = common::reflection("2026-10-01", "x");
    tag.tags = vec!["t".repeat(201)];
    assert_eq!(
        rejected(&mut store, &tag),
        one("tags[0]", ValidationCode::TooLong)
    );
    let mut name = common::feedback("2026-10-01", "x");
    if let EntryContent::Feedback(f) = &mut name.content {
        f.giver_name = Some("n".repeat(201));
    }
    assert_eq!(
        rejected(&mut store, &name),
        one("content.giverName", ValidationCode::TooLong)
    );
    let justified = common::assessment("2026-10-01", "listening", 3, Some(&"j".repeat(201)));
    assert_eq!(
        rejected(&mut store, &justified),
        one("skills[0].justification", ValidationCode::TooLong)
    );
    let mut article = common::reflection("2026-10-01", "x");
    article.article_id = Some("a".repeat(1_001));
    assert_eq!(
        rejected(&mut store, &article),
        one("articleId", ValidationCode::TooLong)
    );
}

#[test]
fn lists_are_bounded() {
    let mut store = memory_store();
    let mut tags = common::reflection("2026-10-01", "x");
    tags.tags = (0..31).map(|i| format!("tag {i}")).collect();
    assert_eq!(
        rejected(&mut store, &tags),
        one("tags", ValidationCode::TooMany)
    );
    let mut skills = common::reflection("2026-10-01", "x");
    let ids: Vec<String> = (0..51)
        .map(|i| {
            store
                .add_custom_skill(&format!("Skill {i}"), now())
                .unwrap()
                .id
        })
        .collect();
    skills.skills = ids.into_iter().map(EntrySkill::new).collect();
    assert_eq!(
        rejected(&mut store, &skills),
        one("skills", ValidationCode::TooMany)
    );
}

#[test]
fn an_action_comes_from_existing_feedback_or_a_reflection() {
    let mut store = memory_store();
    let missing = common::action("2026-10-01", "x", Some(EntryId(999)));
    assert_eq!(
        rejected(&mut store, &missing),
        one("content.sourceEntryId", ValidationCode::UnknownEntry)
    );
    let assessment = store
        .create_entry(
            &common::assessment("2026-10-01", "listening", 3, None),
            now(),
        )
        .unwrap();
    let wrong = common::action("2026-10-01", "x", Some(assessment.id));
    assert_eq!(
        rejected(&mut store, &wrong),
        one("content.sourceEntryId", ValidationCode::InvalidSource)
    );
}

#[test]
fn an_edit_cannot_change_the_kind() {
    let mut store = memory_store();
    let entry = store
        .create_entry(&common::reflection("2026-10-01", "x"), now())
        .unwrap();
    let error = store
        .update_entry(
            entry.id,
            &common::feedback("2026-10-01", "x"),
            days_later(1),
        )
        .unwrap_err();
    let codes: Vec<_> = error
        .field_errors()
        .iter()
        .map(|e| (e.field.as_str(), e.code))
        .collect();
    assert_eq!(codes, [("content.kind", ValidationCode::KindChanged)]);
    assert_eq!(
        store.entry(entry.id).unwrap(),
        entry,
        "the entry is unchanged"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut store = memory_store();
    let mut input = common::feedback("1900-01-01", "x");
    input.skills = vec![
        EntrySkill::rated("presentations", 7),
        EntrySkill::new("nope"),
    ];
    input.tags = vec!["t".repeat(300)];
    let codes: Vec<ValidationCode> = rejected(&mut store, &input)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    for code in [
        ValidationCode::DateOutOfRange,
        ValidationCode::TooLong,
        ValidationCode::RatingOutOfRange,
        ValidationCode::UnknownSkill,
    ] {
        assert!(
            codes.contains(&code),
            "{code:?} reported together with the others: {codes:?}"
        );
    }
}

#[test]
fn custom_skill_names_are_checked() {
    let mut store = memory_store();
    store.add_custom_skill("Feedback geven", now()).unwrap();
    let code = |result: Result<skills_journal_store::CustomSkill, StoreError>| {
        result.unwrap_err().field_errors()[0].code
    };
    assert_eq!(
        code(store.add_custom_skill("  FEEDBACK  géven ", now())),
        ValidationCode::DuplicateName,
        "case, accents, spaces"
    );
    assert_eq!(
        code(store.add_custom_skill("   ", now())),
        ValidationCode::TextRequired
    );
    assert_eq!(
        code(store.add_custom_skill(&"x".repeat(201), now())),
        ValidationCode::TooLong
    );
}

#[test]
fn drafts_must_be_json_under_a_key() {
    let mut store = memory_store();
    let code = |result: Result<skills_journal_store::Draft, StoreError>| {
        result.unwrap_err().field_errors()[0].clone()
    };
    assert_eq!(
        code(store.save_draft("k", "{not json", now())).code,
        ValidationCode::InvalidJson
    );
    assert_eq!(
        code(store.save_draft(" ", "{}", now())).code,
        ValidationCode::TextRequired
    );
    let huge = format!("\"{}\"", "x".repeat(250_001));
    assert_eq!(
        code(store.save_draft("k", &huge, now())).code,
        ValidationCode::TooLong
    );
}

#[test]
fn validation_errors_serialise_for_the_ui() {
    let error = FieldError::new(
        "skills[0].rating",
        ValidationCode::RatingOutOfRange,
        "7 is not between 1 and 5",
    );
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::json!({ "field": "skills[0].rating", "code": "rating_out_of_range", "message": "7 is not between 1 and 5" })
    );
    let store_error = StoreError::Validation(vec![error]);
    assert_eq!(store_error.code(), "validation");
    assert_eq!(
        store_error.to_string(),
        "skills[0].rating: 7 is not between 1 and 5"
    );
}
