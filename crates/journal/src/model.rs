//! The journal's data as the UI and the command line see it. Every type here is serialised
//! with serde (camelCase fields, snake_case enum values) and exported to TypeScript by ts-rs,
//! so the UI never writes these shapes by hand.
//!
//! An entry is split in two: [`EntryInput`] is what the trainee edits (and what a version
//! snapshot stores), [`Entry`] adds what the store keeps about it (id, version, times).

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};

/// The id of a journal entry. Never reused, even after the entry is purged from the trash.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(transparent)]
#[ts(export)]
// JSON numbers are exact up to 2^53; ids come from SQLite's rowid counter and stay far below.
pub struct EntryId(#[ts(type = "number")] pub i64);

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl ToSql for EntryId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl FromSql for EntryId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(Self)
    }
}

/// Declares a string-valued enum with its SQL text form, so the database and the JSON agree.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The value as stored and serialised.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// Parses the stored form.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                Self::parse(text).ok_or_else(|| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} `{text}`", stringify!($name)).into(),
                ))
            }
        }
    };
}

text_enum! {
    /// What kind of entry this is.
    EntryKind {
        /// Feedback someone gave the trainee.
        Feedback = "feedback",
        /// A STARR reflection on something that happened.
        Reflection = "reflection",
        /// A level 1 to 5 per skill.
        SelfAssessment = "self_assessment",
        /// Something to practise.
        Action = "action",
    }
}

text_enum! {
    /// Where feedback was given.
    FeedbackSetting {
        /// After or about a presentation or demo.
        Presentation = "presentation",
        /// In or about a meeting with stakeholders.
        StakeholderMeeting = "stakeholder_meeting",
        /// While working in the team.
        Teamwork = "teamwork",
        /// Anywhere else.
        Other = "other",
    }
}

text_enum! {
    /// Who gave feedback.
    GiverRole {
        /// The trainee's coach.
        Coach = "coach",
        /// A colleague or fellow trainee.
        Peer = "peer",
        /// A manager.
        Manager = "manager",
        /// A stakeholder of the project.
        Stakeholder = "stakeholder",
        /// A client.
        Client = "client",
        /// Someone else.
        Other = "other",
    }
}

/// A skill an entry is about, with what the entry says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntrySkill {
    /// A catalogue id (`listening`) or a custom skill id (`custom-3`).
    pub skill_id: String,
    /// 1 to 5. Feedback: the giver's rating (optional). Reflection: a self-rating (optional).
    /// Self-assessment: the level (required). Action: not allowed.
    #[serde(default)]
    pub rating: Option<u8>,
    /// Self-assessments only: why the level differs from the previous assessment (one line).
    #[serde(default)]
    pub justification: Option<String>,
}

impl EntrySkill {
    /// A skill without rating or justification.
    pub fn new(skill_id: impl Into<String>) -> Self {
        Self {
            skill_id: skill_id.into(),
            rating: None,
            justification: None,
        }
    }

    /// A skill with a rating (or, for a self-assessment, a level).
    pub fn rated(skill_id: impl Into<String>, rating: u8) -> Self {
        Self {
            skill_id: skill_id.into(),
            rating: Some(rating),
            justification: None,
        }
    }
}

/// Feedback the trainee received, in Situation / Behaviour / Impact form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FeedbackContent {
    /// Where the feedback was given.
    pub setting: FeedbackSetting,
    /// Who gave it.
    pub giver_role: GiverRole,
    /// The giver's name, if the trainee wants to note it.
    #[serde(default)]
    pub giver_name: Option<String>,
    /// The situation (at least one of situation, behaviour and impact is required).
    #[serde(default)]
    pub situation: Option<String>,
    /// The behaviour the giver saw.
    #[serde(default)]
    pub behaviour: Option<String>,
    /// The impact it had.
    #[serde(default)]
    pub impact: Option<String>,
    /// What the trainee will try next.
    #[serde(default)]
    pub next_step: Option<String>,
    /// The giver's one thing to keep doing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub keep_doing: Option<String>,
    /// The giver's one thing to try.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub try_next: Option<String>,
}

/// A reflection in STARR form (at least one field is required).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReflectionContent {
    /// Situation.
    #[serde(default)]
    pub situation: Option<String>,
    /// Task.
    #[serde(default)]
    pub task: Option<String>,
    /// Action.
    #[serde(default)]
    pub action: Option<String>,
    /// Result.
    #[serde(default)]
    pub result: Option<String>,
    /// Reflection.
    #[serde(default)]
    pub reflection: Option<String>,
}

/// A self-assessment: the levels are in the entry's skills; a note is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SelfAssessmentContent {
    /// A free note about the assessment as a whole.
    #[serde(default)]
    pub note: Option<String>,
}

/// Something to practise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ActionContent {
    /// What to practise (required).
    pub text: String,
    /// When it should be done.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
    /// The feedback or reflection entry it came from.
    #[serde(default)]
    pub source_entry_id: Option<EntryId>,
}

/// What an entry says, by kind. Serialised with a `kind` field: `{ "kind": "feedback", ... }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum EntryContent {
    /// Feedback received.
    Feedback(FeedbackContent),
    /// A STARR reflection.
    Reflection(ReflectionContent),
    /// A self-assessment.
    SelfAssessment(SelfAssessmentContent),
    /// Something to practise.
    Action(ActionContent),
}

impl EntryContent {
    /// The kind of entry this content makes.
    pub fn kind(&self) -> EntryKind {
        match self {
            Self::Feedback(_) => EntryKind::Feedback,
            Self::Reflection(_) => EntryKind::Reflection,
            Self::SelfAssessment(_) => EntryKind::SelfAssessment,
            Self::Action(_) => EntryKind::Action,
        }
    }

    /// Every text field with its path (`content.situation`), for search and validation.
    pub(crate) fn texts(&self) -> Vec<(&'static str, Option<&str>)> {
        match self {
            Self::Feedback(f) => vec![
                ("content.giverName", f.giver_name.as_deref()),
                ("content.situation", f.situation.as_deref()),
                ("content.behaviour", f.behaviour.as_deref()),
                ("content.impact", f.impact.as_deref()),
                ("content.nextStep", f.next_step.as_deref()),
                ("content.keepDoing", f.keep_doing.as_deref()),
                ("content.tryNext", f.try_next.as_deref()),
            ],
            Self::Reflection(r) => vec![
                ("content.situation", r.situation.as_deref()),
                ("content.task", r.task.as_deref()),
                ("content.action", r.action.as_deref()),
                ("content.result", r.result.as_deref()),
                ("content.reflection", r.reflection.as_deref()),
            ],
            Self::SelfAssessment(s) => vec![("content.note", s.note.as_deref())],
            Self::Action(a) => vec![("content.text", Some(a.text.as_str()))],
        }
    }
}

/// What the trainee writes: everything about an entry that can be edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryInput {
    /// The day it is about. Forms fill in today (in the trainee's own time zone, which only
    /// the caller knows).
    pub date: NaiveDate,
    /// The skills it is about (at least one), in the order the trainee chose.
    pub skills: Vec<EntrySkill>,
    /// The article that prompted it (an article id from the article library).
    #[serde(default)]
    pub article_id: Option<String>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Private entries are left out of lists unless asked for, and out of anything shared.
    #[serde(default)]
    pub private: bool,
    /// What it says.
    pub content: EntryContent,
}

impl EntryInput {
    /// An entry on `date` about `skills`, with no article, no tags, not private.
    pub fn new(date: NaiveDate, skills: Vec<EntrySkill>, content: EntryContent) -> Self {
        Self {
            date,
            skills,
            article_id: None,
            tags: Vec::new(),
            private: false,
            content,
        }
    }

    /// The kind of entry.
    pub fn kind(&self) -> EntryKind {
        self.content.kind()
    }
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Entry {
    /// Its id.
    pub id: EntryId,
    /// 1 when created, one more with every edit.
    pub version: u32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When the current version was saved.
    pub updated_at: DateTime<Utc>,
    /// When it was moved to the trash; null when it is not in the trash.
    pub deleted_at: Option<DateTime<Utc>>,
    /// Set when the giver wrote this feedback themselves, answering this request (an imported
    /// answer); absent when the trainee wrote it down. Kept by the store: no edit sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub request_id: Option<String>,
    /// What the trainee wrote.
    #[serde(flatten)]
    pub input: EntryInput,
}

/// One version of an entry, as listed by `history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryVersion {
    /// The version number (1 is the first).
    pub version: u32,
    /// When this version was saved.
    pub saved_at: DateTime<Utc>,
    /// Whether this is the entry's current version.
    pub current: bool,
    /// What the entry said in this version.
    pub input: EntryInput,
}
