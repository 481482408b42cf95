//! Feedback requests the trainee sent, and the answers that came back. A request names who it
//! is for, what it is about and one to three skills; the form the app writes for it carries
//! only the request's id and random token (and the trainee's public key, which the requests
//! crate adds). An answer is imported here once it is opened: it must carry the request's
//! token, its request must not be withdrawn, and the same answer twice adds nothing. Each
//! skill the giver spoke about becomes a feedback entry marked as given directly
//! ([`Entry::request_id`]).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use skills_catalogue::Lang;

use crate::entries;
use crate::error::{DbContext, FieldError, StoreError, ValidationCode as Code};
use crate::model::{
    Entry, EntryContent, EntryId, EntryInput, EntrySkill, FeedbackContent, FeedbackSetting,
    GiverRole,
};
use crate::store::{Catalogue, JournalStore};
use crate::validation::{self, MAX_LINE_CHARS};

/// The most skills one request may ask about.
pub const MAX_REQUEST_SKILLS: usize = 3;
/// The most characters of a request's context (one line, "sprintdemo van 12 november").
pub const MAX_CONTEXT_CHARS: usize = 500;

/// Whether `text` is a request token as the journal keeps it: 32 lowercase hex digits (128
/// bits). The one definition, for the store and for the requests crate that makes tokens.
pub fn is_request_token(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// What the trainee asks for: the request as prepared in the window or on the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RequestInput {
    /// The language the form speaks.
    pub lang: Lang,
    /// Who it is for.
    pub giver_role: GiverRole,
    /// Their name, if the trainee gives it.
    #[serde(default)]
    pub giver_name: Option<String>,
    /// Their e-mail address, to send the request to.
    #[serde(default)]
    pub giver_email: Option<String>,
    /// The trainee's own address: the form offers to e-mail the answer there.
    #[serde(default)]
    pub reply_to: Option<String>,
    /// Where it happened.
    #[serde(default)]
    pub setting: Option<FeedbackSetting>,
    /// The day it is about.
    #[serde(default)]
    pub about_date: Option<NaiveDate>,
    /// One line of context ("sprintdemo van 12 november").
    #[serde(default)]
    pub context: Option<String>,
    /// One to three skills, in the order the form shows them.
    pub skills: Vec<String>,
    /// The day the trainee would like an answer by.
    #[serde(default)]
    pub reply_by: Option<NaiveDate>,
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RequestStatus {
    /// Sent, no answer yet, not past its reply-by date.
    Waiting,
    /// Past its reply-by date without an answer.
    Overdue,
    /// At least one answer was imported.
    Answered,
    /// Withdrawn: later answers are refused.
    Withdrawn,
}

impl RequestStatus {
    /// The status as serialised (`waiting`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Overdue => "overdue",
            Self::Answered => "answered",
            Self::Withdrawn => "withdrawn",
        }
    }
}

/// A stored request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FeedbackRequest {
    /// `request-<n>`, never reused.
    pub id: String,
    /// The token its answers must carry.
    pub token: String,
    /// What was asked.
    #[serde(flatten)]
    pub input: RequestInput,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it was withdrawn.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// How many answers were imported.
    pub answers: u32,
    /// Where it stands (on the day it was read).
    pub status: RequestStatus,
}

/// An opened answer to a feedback request, as the journal imports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenFeedback {
    /// The request it answers.
    pub request_id: String,
    /// The token it carried.
    pub token: String,
    /// The SHA-256 of the answer's JSON, in hex: the same answer twice adds nothing.
    pub digest: String,
    /// The day the giver made it.
    pub answered_on: NaiveDate,
    /// The name the giver signed with, if any.
    pub giver_name: Option<String>,
    /// What they said, per skill.
    pub skills: Vec<GivenSkill>,
}

/// The giver on one skill.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GivenSkill {
    /// The skill (one of the request's).
    pub skill_id: String,
    /// 1-5.
    pub rating: Option<u8>,
    /// Situation.
    pub situation: Option<String>,
    /// Behaviour.
    pub behaviour: Option<String>,
    /// Impact.
    pub impact: Option<String>,
    /// One thing to keep doing.
    pub keep_doing: Option<String>,
    /// One thing to try.
    pub try_next: Option<String>,
}

/// What importing an answer did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AnswerImport {
    /// The request it answered.
    pub request_id: String,
    /// The entries it added; empty when it had been imported before.
    pub added: Vec<Entry>,
    /// It had been imported before: nothing was added.
    pub already_imported: bool,
}

const REQUEST_COLUMNS: &str = "r.id, r.token, r.lang, r.giver_role, r.giver_name, r.giver_email, \
     r.setting, r.about_date, r.context, r.skills, r.reply_by, r.created_at, r.withdrawn_at, \
     (SELECT count(*) FROM answers a WHERE a.request_id = r.id), r.reply_to";

impl JournalStore {
    /// Validates and saves a request with `token` (made by the caller from the operating
    /// system's random generator).
    pub fn create_request(
        &mut self,
        input: &RequestInput,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<FeedbackRequest, StoreError> {
        let context = "save the request";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        let input = normalise(input);
        check_request(&tx, &self.catalogue, &input, Some(token), now)?;
        let id = insert(&tx, None, token, &input, now, None)?;
        let request = load(&tx, &id, now.date_naive())?;
        tx.commit().ctx(context)?;
        Ok(request)
    }

    /// Checks a request as [`Self::create_request`] would, saving nothing: the window asks
    /// where to write the form only for a request that will be accepted.
    pub fn check_request(
        &self,
        input: &RequestInput,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        check_request(&self.conn, &self.catalogue, &normalise(input), None, now)
    }

    /// Every request, newest first, with its status on `today`.
    pub fn requests(&self, today: NaiveDate) -> Result<Vec<FeedbackRequest>, StoreError> {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests r ORDER BY r.n DESC");
        let mut statement = self.conn.prepare_cached(&sql).ctx("read the requests")?;
        statement
            .query_map([], |row| request_from_row(row, today))
            .and_then(Iterator::collect)
            .ctx("read the requests")
    }

    /// One request.
    pub fn request(&self, id: &str, today: NaiveDate) -> Result<FeedbackRequest, StoreError> {
        load(&self.conn, id, today)
    }

    /// Withdraws a request: answers that come later are refused. Withdrawing twice keeps the
    /// first moment.
    pub fn withdraw_request(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<FeedbackRequest, StoreError> {
        self.conn
            .execute(
                "UPDATE requests SET withdrawn_at = ?2 WHERE id = ?1 AND withdrawn_at IS NULL",
                params![id, now],
            )
            .ctx("withdraw the request")?;
        // No such request: nothing was updated, and `load` says so.
        load(&self.conn, id, now.date_naive())
    }

    /// Imports an opened answer: one feedback entry per skill, marked as given directly, in
    /// one transaction. Refused (nothing added) when the request is unknown or withdrawn, the
    /// token is not the request's, or the answer breaks the entry rules.
    pub fn import_feedback_answer(
        &mut self,
        answer: &GivenFeedback,
        now: DateTime<Utc>,
    ) -> Result<AnswerImport, StoreError> {
        let context = "import the answer";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        let request = load(&tx, &answer.request_id, now.date_naive())?;
        if request.token != answer.token {
            return Err(StoreError::AnswerNotForRequest(request.id));
        }
        let seen: Option<String> = tx
            .query_row(
                "SELECT request_id FROM answers WHERE digest = ?1",
                [&answer.digest],
                |row| row.get(0),
            )
            .optional()
            .ctx(context)?;
        if seen.is_some() {
            return Ok(AnswerImport {
                request_id: request.id,
                added: Vec::new(),
                already_imported: true,
            });
        }
        if request.withdrawn_at.is_some() {
            return Err(StoreError::RequestWithdrawn(request.id));
        }
        check_answer_skills(&request, answer)?;
        tx.execute(
            "INSERT INTO answers (digest, request_id, answered_on, imported_at) VALUES (?1, ?2, ?3, ?4)",
            params![answer.digest, request.id, answer.answered_on, now],
        )
        .ctx(context)?;
        let mut added = Vec::new();
        for (i, given) in answer.skills.iter().enumerate() {
            let input = entry_of(&request, answer, given);
            let mut entry = entries::create_in(&tx, &self.catalogue, &input, now)
                .map_err(|error| error.within(&format!("skills[{i}].")))?;
            tx.execute(
                "UPDATE entries SET request_id = ?2 WHERE id = ?1",
                params![entry.id, request.id],
            )
            .ctx(context)?;
            entry.request_id = Some(request.id.clone());
            added.push(entry);
        }
        tx.commit().ctx(context)?;
        self.after_entry_saved(now);
        Ok(AnswerImport {
            request_id: request.id,
            added,
            already_imported: false,
        })
    }

    /// The entries given directly through `request_id`, oldest first.
    pub fn entries_of_request(&self, request_id: &str) -> Result<Vec<EntryId>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id FROM entries WHERE request_id = ?1 ORDER BY id")
            .ctx("read the request's entries")?;
        statement
            .query_map([request_id], |row| row.get(0))
            .and_then(Iterator::collect)
            .ctx("read the request's entries")
    }
}

/// The feedback entry for one skill of an answer.
fn entry_of(request: &FeedbackRequest, answer: &GivenFeedback, given: &GivenSkill) -> EntryInput {
    let skill = EntrySkill {
        skill_id: given.skill_id.clone(),
        rating: given.rating,
        justification: None,
    };
    let content = EntryContent::Feedback(FeedbackContent {
        setting: request.input.setting.unwrap_or(FeedbackSetting::Other),
        giver_role: request.input.giver_role,
        giver_name: answer
            .giver_name
            .clone()
            .or_else(|| request.input.giver_name.clone()),
        situation: given.situation.clone(),
        behaviour: given.behaviour.clone(),
        impact: given.impact.clone(),
        next_step: None,
        keep_doing: given.keep_doing.clone(),
        try_next: given.try_next.clone(),
    });
    let date = request.input.about_date.unwrap_or(answer.answered_on);
    validation::normalize_entry(&EntryInput::new(date, vec![skill], content))
}

/// An answer speaks about the request's skills only, each once, and about at least one.
fn check_answer_skills(
    request: &FeedbackRequest,
    answer: &GivenFeedback,
) -> Result<(), StoreError> {
    let mut errors = Vec::new();
    if answer.skills.is_empty() {
        errors.push(FieldError::new(
            "skills",
            Code::SkillRequired,
            "the answer says nothing about any skill",
        ));
    }
    for (i, given) in answer.skills.iter().enumerate() {
        let asked = request.input.skills.contains(&given.skill_id);
        let twice = answer.skills[..i]
            .iter()
            .any(|other| other.skill_id == given.skill_id);
        if !asked || twice {
            let (code, message) = if twice {
                (Code::DuplicateSkill, "the answer names this skill twice")
            } else {
                (Code::NotAllowed, "the request did not ask about this skill")
            };
            errors.push(FieldError::new(
                format!("skills[{i}].skillId"),
                code,
                message,
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Validation(errors))
    }
}

/// Writes a checked, normalised request: as number `n` (`request-<n>`, an import restoring
/// its ids) or the next one. Returns its id.
pub(crate) fn insert(
    conn: &Connection,
    n: Option<u32>,
    token: &str,
    input: &RequestInput,
    created_at: DateTime<Utc>,
    withdrawn_at: Option<DateTime<Utc>>,
) -> Result<String, StoreError> {
    let context = "save the request";
    let skills = serde_json::to_string(&input.skills)
        .map_err(|source| StoreError::StoredData { context, source })?;
    conn.execute(
        "INSERT INTO requests (n, token, lang, giver_role, giver_name, giver_email, setting, \
         about_date, context, skills, reply_by, created_at, reply_to, withdrawn_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            n,
            token,
            input.lang.code(),
            input.giver_role,
            input.giver_name,
            input.giver_email,
            input.setting,
            input.about_date,
            input.context,
            skills,
            input.reply_by,
            created_at,
            input.reply_to,
            withdrawn_at
        ],
    )
    .ctx(context)?;
    let n = conn.last_insert_rowid();
    let id = format!("request-{n}");
    conn.execute("UPDATE requests SET id = ?2 WHERE n = ?1", params![n, id])
        .ctx(context)?;
    Ok(id)
}

/// The request with its texts trimmed and empty ones dropped.
pub(crate) fn normalise(input: &RequestInput) -> RequestInput {
    let clean = |text: &Option<String>| validation::clean_text(text.as_deref());
    RequestInput {
        giver_name: clean(&input.giver_name),
        giver_email: clean(&input.giver_email),
        reply_to: clean(&input.reply_to),
        context: clean(&input.context),
        skills: input.skills.iter().map(|s| s.trim().to_owned()).collect(),
        ..input.clone()
    }
}

/// `token`: none when only the request's own fields are checked.
pub(crate) fn check_request(
    conn: &Connection,
    catalogue: &Catalogue,
    input: &RequestInput,
    token: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mut errors = Vec::new();
    if token.is_some_and(|token| !is_request_token(token)) {
        errors.push(FieldError::new(
            "token",
            Code::NotAllowed,
            "not a request token",
        ));
    }
    if input.skills.is_empty() {
        errors.push(FieldError::new(
            "skills",
            Code::SkillRequired,
            "ask about at least one skill",
        ));
    }
    if input.skills.len() > MAX_REQUEST_SKILLS {
        let message = format!("a request can ask about at most {MAX_REQUEST_SKILLS} skills");
        errors.push(FieldError::new("skills", Code::TooMany, message));
    }
    for (i, skill) in input.skills.iter().enumerate() {
        let field = format!("skills[{i}]");
        if input.skills[..i].contains(skill) {
            errors.push(FieldError::new(
                field,
                Code::DuplicateSkill,
                "this skill is listed twice",
            ));
        } else if !catalogue.set.contains(skill) {
            match validation::custom_skill_archived(conn, skill)? {
                None => errors.push(FieldError::new(
                    field,
                    Code::UnknownSkill,
                    format!("there is no skill `{skill}`"),
                )),
                Some(true) => errors.push(FieldError::new(
                    field,
                    Code::SkillArchived,
                    format!("the skill `{skill}` is archived"),
                )),
                Some(false) => {}
            }
        }
    }
    for (field, text, limit) in [
        ("giverName", &input.giver_name, MAX_LINE_CHARS),
        ("giverEmail", &input.giver_email, MAX_LINE_CHARS),
        ("replyTo", &input.reply_to, MAX_LINE_CHARS),
        ("context", &input.context, MAX_CONTEXT_CHARS),
    ] {
        validation::check_length(&mut errors, field, text.as_deref(), limit);
    }
    for (field, email) in [
        ("giverEmail", &input.giver_email),
        ("replyTo", &input.reply_to),
    ] {
        if let Some(email) = email
            && !plausible_email(email)
        {
            let message = "this is not an e-mail address";
            errors.push(FieldError::new(field, Code::InvalidEmail, message));
        }
    }
    if let Some(date) = input.about_date {
        validation::check_date(&mut errors, "aboutDate", date, now, 0);
    }
    if let Some(date) = input.reply_by {
        validation::check_date(&mut errors, "replyBy", date, now, 12);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Validation(errors))
    }
}

/// One `@` between a local part and a domain with a dot, no spaces or characters that would
/// break a `mailto:` address. The address is only used to open the giver's mail program.
fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let allowed =
        |c: char| !c.is_whitespace() && !c.is_control() && !"<>\"(),;:\\[]?&#%".contains(c);
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.chars().all(allowed)
}

fn load(conn: &Connection, id: &str, today: NaiveDate) -> Result<FeedbackRequest, StoreError> {
    let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests r WHERE r.id = ?1");
    conn.prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_row([id], |row| request_from_row(row, today))
                .optional()
        })
        .ctx("read the request")?
        .ok_or_else(|| StoreError::RequestNotFound(id.to_owned()))
}

fn request_from_row(row: &Row<'_>, today: NaiveDate) -> rusqlite::Result<FeedbackRequest> {
    let lang: String = row.get(2)?;
    let skills: String = row.get(9)?;
    let skills: Vec<String> = serde_json::from_str(&skills).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(error))
    })?;
    let reply_by: Option<NaiveDate> = row.get(10)?;
    let withdrawn_at: Option<DateTime<Utc>> = row.get(12)?;
    let answers: u32 = row.get(13)?;
    let status = if withdrawn_at.is_some() {
        RequestStatus::Withdrawn
    } else if answers > 0 {
        RequestStatus::Answered
    } else if reply_by.is_some_and(|day| day < today) {
        RequestStatus::Overdue
    } else {
        RequestStatus::Waiting
    };
    Ok(FeedbackRequest {
        id: row.get(0)?,
        token: row.get(1)?,
        input: RequestInput {
            lang: Lang::from_code(&lang).unwrap_or(Lang::En),
            giver_role: row.get(3)?,
            giver_name: row.get(4)?,
            giver_email: row.get(5)?,
            reply_to: row.get(14)?,
            setting: row.get(6)?,
            about_date: row.get(7)?,
            context: row.get(8)?,
            skills,
            reply_by,
        },
        created_at: row.get(11)?,
        withdrawn_at,
        answers,
        status,
    })
}
