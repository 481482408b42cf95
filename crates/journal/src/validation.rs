//! Every write is cleaned and checked here before it reaches SQL. Steps: [`normalize_entry`]
//! (trim, drop control characters and blank texts, merge duplicate tags), then
//! [`validate_entry`], which collects every broken rule as a [`FieldError`] with the field's
//! JSON path, so a form can show all of them at once.
//!
//! The rules that need the database (custom skills, the previous self-assessment, the source
//! of an action) ask it inside the write transaction, so they see exactly what will be written
//! next to.

use std::collections::HashSet;

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{DbContext, FieldError, StoreError, ValidationCode as Code};
use crate::model::{EntryContent, EntryId, EntryInput, EntryKind};
use crate::snippets::fold;
use crate::stats::previous_assessment;
use crate::store::Catalogue;

/// Longest text field (situation, reflection, …), in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest name, tag or one-line justification, in characters.
pub const MAX_LINE_CHARS: usize = 200;
/// Longest article id, in characters.
pub const MAX_ARTICLE_ID_CHARS: usize = 1_000;
/// Most skills on one entry.
pub const MAX_SKILLS: usize = 50;
/// Most tags on one entry.
pub const MAX_TAGS: usize = 30;
/// Longest draft, in characters (a whole form of long fields).
pub const MAX_DRAFT_CHARS: usize = 250_000;
/// How far ahead an action (or its due date) may be planned, in months; other entries may be
/// dated at most 12 months ahead.
pub const ACTION_MONTHS_AHEAD: u32 = 60;

/// What an edit may keep although a new entry could not use it: skills already on the entry
/// (archived since, or gone from the catalogue).
#[derive(Debug)]
pub(crate) struct Editing {
    pub(crate) id: EntryId,
    pub(crate) kind: EntryKind,
    pub(crate) skills: HashSet<String>,
}

/// Text as stored: control characters (but tab and newline) removed, `\r\n` made `\n`,
/// trimmed; blank becomes `None`.
pub(crate) fn clean_text(text: Option<&str>) -> Option<String> {
    let text = text?;
    let cleaned: String = text
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The cleaned form of an entry; what is validated and stored.
pub(crate) fn normalize_entry(input: &EntryInput) -> EntryInput {
    let mut out = input.clone();
    out.article_id = clean_text(input.article_id.as_deref());
    let mut seen = HashSet::new();
    out.tags = input
        .tags
        .iter()
        .filter_map(|t| clean_text(Some(t)))
        .filter(|t| seen.insert(fold(t)))
        .collect();
    for skill in &mut out.skills {
        skill.skill_id = skill.skill_id.trim().to_owned();
        skill.justification = clean_text(skill.justification.as_deref());
    }
    let clean = |field: &mut Option<String>| *field = clean_text(field.as_deref());
    match &mut out.content {
        EntryContent::Feedback(f) => {
            for field in [
                &mut f.giver_name,
                &mut f.situation,
                &mut f.behaviour,
                &mut f.impact,
                &mut f.next_step,
                &mut f.keep_doing,
                &mut f.try_next,
            ] {
                clean(field);
            }
        }
        EntryContent::Reflection(r) => {
            for field in [
                &mut r.situation,
                &mut r.task,
                &mut r.action,
                &mut r.result,
                &mut r.reflection,
            ] {
                clean(field);
            }
        }
        EntryContent::SelfAssessment(s) => clean(&mut s.note),
        EntryContent::Action(a) => a.text = clean_text(Some(&a.text)).unwrap_or_default(),
    }
    out
}

/// Checks a normalised entry; `Err(StoreError::Validation)` lists every broken rule.
pub(crate) fn validate_entry(
    conn: &Connection,
    catalogue: &Catalogue,
    input: &EntryInput,
    now: DateTime<Utc>,
    editing: Option<&Editing>,
) -> Result<(), StoreError> {
    let mut errors = Vec::new();
    let kind = input.kind();
    if let Some(editing) = editing
        && editing.kind != kind
    {
        let message = format!(
            "an entry cannot change kind (it is {})",
            editing.kind.as_str()
        );
        errors.push(FieldError::new("content.kind", Code::KindChanged, message));
    }
    let months_ahead = if kind == EntryKind::Action {
        ACTION_MONTHS_AHEAD
    } else {
        12
    };
    check_date(&mut errors, "date", input.date, now, months_ahead);
    check_length(
        &mut errors,
        "articleId",
        input.article_id.as_deref(),
        MAX_ARTICLE_ID_CHARS,
    );
    if input.tags.len() > MAX_TAGS {
        errors.push(FieldError::new(
            "tags",
            Code::TooMany,
            format!("an entry can have at most {MAX_TAGS} tags"),
        ));
    }
    for (i, tag) in input.tags.iter().enumerate() {
        check_length(
            &mut errors,
            &format!("tags[{i}]"),
            Some(tag),
            MAX_LINE_CHARS,
        );
    }
    check_skills(conn, catalogue, input, editing, &mut errors)?;
    check_content(conn, input, now, &mut errors)?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Validation(errors))
    }
}

fn check_skills(
    conn: &Connection,
    catalogue: &Catalogue,
    input: &EntryInput,
    editing: Option<&Editing>,
    errors: &mut Vec<FieldError>,
) -> Result<(), StoreError> {
    let kind = input.kind();
    if input.skills.is_empty() {
        errors.push(FieldError::new(
            "skills",
            Code::SkillRequired,
            "choose at least one skill",
        ));
    }
    if input.skills.len() > MAX_SKILLS {
        errors.push(FieldError::new(
            "skills",
            Code::TooMany,
            format!("an entry can have at most {MAX_SKILLS} skills"),
        ));
    }
    let mut seen = HashSet::new();
    for (i, skill) in input.skills.iter().enumerate() {
        let field = |name: &str| format!("skills[{i}]{name}");
        let id = skill.skill_id.as_str();
        let kept = editing.is_some_and(|e| e.skills.contains(id));
        if !seen.insert(id) {
            errors.push(FieldError::new(
                field(".skillId"),
                Code::DuplicateSkill,
                format!("the skill `{id}` is listed twice"),
            ));
        } else if !catalogue.set.contains(id) {
            // Kept on an edit: archived custom skills and ids gone from the catalogue; a custom
            // skill deleted since (only possible when restoring an old version) is unknown.
            match custom_skill_archived(conn, id)? {
                Some(false) => {}
                Some(true) if kept => {}
                None if kept && !id.starts_with("custom-") => {}
                Some(true) => errors.push(FieldError::new(
                    field(".skillId"),
                    Code::SkillArchived,
                    format!(
                        "the skill `{id}` is archived; restore it from the archive to use it again"
                    ),
                )),
                None => errors.push(FieldError::new(
                    field(".skillId"),
                    Code::UnknownSkill,
                    format!("there is no skill `{id}`"),
                )),
            }
        }
        match (kind, skill.rating) {
            (EntryKind::Action, Some(_)) => {
                errors.push(FieldError::new(
                    field(".rating"),
                    Code::NotAllowed,
                    "an action has no rating",
                ));
            }
            (EntryKind::SelfAssessment, None) => {
                errors.push(FieldError::new(
                    field(".rating"),
                    Code::RatingRequired,
                    "choose a level from 1 to 5",
                ));
            }
            (_, Some(rating)) if !(1..=5).contains(&rating) => {
                errors.push(FieldError::new(
                    field(".rating"),
                    Code::RatingOutOfRange,
                    format!("{rating} is not between 1 and 5"),
                ));
            }
            _ => {}
        }
        if kind != EntryKind::SelfAssessment && skill.justification.is_some() {
            errors.push(FieldError::new(
                field(".justification"),
                Code::NotAllowed,
                "only self-assessments have a justification",
            ));
        }
        check_length(
            errors,
            &field(".justification"),
            skill.justification.as_deref(),
            MAX_LINE_CHARS,
        );
        if let (EntryKind::SelfAssessment, Some(level), None) =
            (kind, skill.rating, &skill.justification)
            && let Some(previous) =
                previous_assessment(conn, id, input.date, editing.map(|e| e.id))?
            && previous.level != level
        {
            let message = format!(
                "the level changed from {} (on {}) to {level}; say in one line why",
                previous.level, previous.date
            );
            errors.push(FieldError::new(
                field(".justification"),
                Code::JustificationRequired,
                message,
            ));
        }
    }
    Ok(())
}

fn check_content(
    conn: &Connection,
    input: &EntryInput,
    now: DateTime<Utc>,
    errors: &mut Vec<FieldError>,
) -> Result<(), StoreError> {
    for (field, text) in input.content.texts() {
        let limit = if field == "content.giverName" {
            MAX_LINE_CHARS
        } else {
            MAX_TEXT_CHARS
        };
        check_length(errors, field, text, limit);
    }
    match &input.content {
        EntryContent::Feedback(f)
            if f.situation.is_none() && f.behaviour.is_none() && f.impact.is_none() =>
        {
            let message = "describe at least one of the situation, the behaviour or the impact";
            for field in ["content.situation", "content.behaviour", "content.impact"] {
                errors.push(FieldError::new(field, Code::TextRequired, message));
            }
        }
        EntryContent::Reflection(r)
            if [&r.situation, &r.task, &r.action, &r.result, &r.reflection]
                .iter()
                .all(|f| f.is_none()) =>
        {
            let message = "fill in at least one of situation, task, action, result or reflection";
            errors.push(FieldError::new(
                "content.situation",
                Code::TextRequired,
                message,
            ));
        }
        EntryContent::Action(a) => {
            if a.text.is_empty() {
                errors.push(FieldError::new(
                    "content.text",
                    Code::TextRequired,
                    "describe what you will practise",
                ));
            }
            if let Some(due) = a.due {
                check_date(errors, "content.due", due, now, ACTION_MONTHS_AHEAD);
            }
            if let Some(source) = a.source_entry_id {
                let kind: Option<EntryKind> = conn
                    .query_row("SELECT kind FROM entries WHERE id = ?1", [source], |row| {
                        row.get(0)
                    })
                    .optional()
                    .ctx("check the entry this action came from")?;
                match kind {
                    None => errors.push(FieldError::new(
                        "content.sourceEntryId",
                        Code::UnknownEntry,
                        format!("the entry {source} this action came from does not exist"),
                    )),
                    Some(EntryKind::Feedback | EntryKind::Reflection) => {}
                    Some(_) => errors.push(FieldError::new(
                        "content.sourceEntryId",
                        Code::InvalidSource,
                        "an action can only come from feedback or a reflection",
                    )),
                }
            }
        }
        _ => {}
    }
    Ok(())
}

pub(crate) fn check_date(
    errors: &mut Vec<FieldError>,
    field: &str,
    date: NaiveDate,
    now: DateTime<Utc>,
    months_ahead: u32,
) {
    let earliest = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    let latest = now
        .date_naive()
        .checked_add_months(Months::new(months_ahead))
        .unwrap_or(NaiveDate::MAX);
    if date < earliest || date > latest {
        let message = format!("the date {date} should be between {earliest} and {latest}");
        errors.push(FieldError::new(field, Code::DateOutOfRange, message));
    }
}

pub(crate) fn check_length(
    errors: &mut Vec<FieldError>,
    field: &str,
    text: Option<&str>,
    limit: usize,
) {
    if let Some(text) = text
        && text.chars().count() > limit
    {
        let message = format!(
            "this is {} characters long; the limit is {limit}",
            text.chars().count()
        );
        errors.push(FieldError::new(field, Code::TooLong, message));
    }
}

/// `Some(archived)` for a custom skill, `None` when there is none with this id.
pub(crate) fn custom_skill_archived(
    conn: &Connection,
    id: &str,
) -> Result<Option<bool>, StoreError> {
    conn.prepare_cached("SELECT archived_at IS NOT NULL FROM custom_skills WHERE id = ?1")
        .and_then(|mut statement| statement.query_row([id], |row| row.get(0)).optional())
        .ctx("check the skill")
}

/// A cleaned custom skill name, unique (ignoring case and accents) among custom skills.
pub(crate) fn skill_name(
    conn: &Connection,
    name: &str,
    except_id: Option<&str>,
) -> Result<String, StoreError> {
    let invalid = |code, message: String| {
        StoreError::Validation(vec![FieldError::new("name", code, message)])
    };
    let name = clean_text(Some(name)).map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "));
    let Some(name) = name else {
        return Err(invalid(
            Code::TextRequired,
            "give the skill a name".to_owned(),
        ));
    };
    if name.chars().count() > MAX_LINE_CHARS {
        return Err(invalid(
            Code::TooLong,
            format!("a skill name can be at most {MAX_LINE_CHARS} characters"),
        ));
    }
    let mut statement = conn
        .prepare("SELECT id, name FROM custom_skills")
        .ctx("check the skill name")?;
    let existing: Vec<(String, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .and_then(Iterator::collect)
        .ctx("check the skill name")?;
    let folded = fold(&name);
    if existing
        .iter()
        .any(|(id, other)| Some(id.as_str()) != except_id && fold(other) == folded)
    {
        return Err(invalid(
            Code::DuplicateName,
            format!("there is already a custom skill called “{name}”"),
        ));
    }
    Ok(name)
}

/// Checks a link from an article's list item to a skill: an article id and an item key of
/// sensible length, and a skill an entry could use (catalogue, or a custom skill not archived;
/// an import keeps links to skills archived since, `archived_ok`).
pub(crate) fn article_link(
    conn: &Connection,
    catalogue: &Catalogue,
    link: (&str, &str, &str),
    archived_ok: bool,
) -> Result<(), StoreError> {
    let (article_id, item, skill_id) = link;
    let mut errors = Vec::new();
    for (field, text, limit) in [
        ("articleId", article_id, MAX_ARTICLE_ID_CHARS),
        ("item", item, MAX_LINE_CHARS),
    ] {
        if text.trim().is_empty() {
            errors.push(FieldError::new(
                field,
                Code::TextRequired,
                format!("a link needs {field}"),
            ));
        }
        check_length(&mut errors, field, Some(text), limit);
    }
    if !catalogue.set.contains(skill_id) {
        match custom_skill_archived(conn, skill_id)? {
            Some(false) => {}
            Some(true) if archived_ok => {}
            Some(true) => errors.push(FieldError::new(
                "skillId",
                Code::SkillArchived,
                format!("the skill `{skill_id}` is archived; restore it from the archive to use it again"),
            )),
            None => errors.push(FieldError::new(
                "skillId",
                Code::UnknownSkill,
                format!("there is no skill `{skill_id}`"),
            )),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Validation(errors))
    }
}

/// Checks a draft's key and text.
pub(crate) fn draft(key: &str, text: &str) -> Result<(), StoreError> {
    let mut errors = Vec::new();
    if key.trim().is_empty() {
        errors.push(FieldError::new(
            "key",
            Code::TextRequired,
            "a draft needs a key",
        ));
    }
    check_length(&mut errors, "key", Some(key), MAX_LINE_CHARS);
    if text.chars().count() > MAX_DRAFT_CHARS {
        errors.push(FieldError::new(
            "text",
            Code::TooLong,
            format!("a draft can be at most {MAX_DRAFT_CHARS} characters"),
        ));
    } else if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
        errors.push(FieldError::new(
            "text",
            Code::InvalidJson,
            "a draft must be JSON",
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Validation(errors))
    }
}
