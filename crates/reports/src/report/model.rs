//! The shapes of a report: what [`Report::build`](super::Report) computes and every writer reads
//! (the rules that fill them are in report.rs).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use skills_catalogue::Lang;
use skills_journal_store::{Entry, EntryId, GiverRole};

/// What to report on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Only these skills, in this order; `None`: every catalogue skill and the custom skills
    /// with entries in the period.
    pub skills: Option<Vec<String>>,
    /// Whether private entries count (default: no).
    pub include_private: bool,
    /// The language of the text.
    pub lang: Lang,
    /// The earlier moment of the radar chart; `None`: the day before `from`.
    pub compare_to: Option<NaiveDate>,
    /// When the report is made (actions are overdue relative to this).
    pub now: DateTime<Utc>,
}

/// A self-versus-others gap larger than a third of the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum GapFlag {
    /// The trainee rates themself higher than others do.
    BlindSpot,
    /// The trainee rates themself lower than others do.
    HiddenStrength,
}

/// Red, amber or green (see the module documentation for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Rag {
    /// Needs attention now.
    Red,
    /// Worth watching.
    Amber,
    /// Going well.
    Green,
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActionStatus {
    /// Not done, not overdue.
    Open,
    /// Done.
    Done,
    /// Not done and its due date has passed.
    Overdue,
}

/// A self-assessed level on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LevelPoint {
    /// The day.
    pub date: NaiveDate,
    /// 1 to 5.
    pub level: u8,
    /// The catalogue's description of the level.
    pub description: Option<String>,
    /// Why it changed, if the trainee said.
    pub justification: Option<String>,
}

/// A rating in feedback from someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RatingPoint {
    /// The day.
    pub date: NaiveDate,
    /// 1 to 5.
    pub rating: u8,
    /// Who gave it.
    pub giver_role: GiverRole,
    /// The giver wrote it themselves (an answer to a request), not the trainee.
    pub given_directly: bool,
}

/// Entries about a skill in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    /// How many entries.
    pub count: u32,
}

/// Entries in one week (Monday to Sunday).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeekCount {
    /// The Monday the week starts.
    pub week_start: NaiveDate,
    /// How many entries.
    pub count: u32,
}

/// Feedback quoted as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Quote {
    /// The day.
    pub date: NaiveDate,
    /// Who gave it.
    pub giver_role: GiverRole,
    /// The giver wrote it themselves (an answer to a request), not the trainee.
    pub given_directly: bool,
    /// Their rating.
    pub rating: u8,
    /// What they said (situation, behaviour, impact joined).
    pub text: String,
}

/// An action to practise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ActionItem {
    /// The action's entry, for opening it or marking it done.
    pub entry_id: EntryId,
    /// The day it was written down.
    pub date: NaiveDate,
    /// What to practise.
    pub text: String,
    /// When it should be done.
    pub due: Option<NaiveDate>,
    /// Where it stands.
    pub status: ActionStatus,
    /// The skills' names.
    pub skills: Vec<String>,
}

/// Everything the report says about one skill.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SkillReport {
    /// The skill id.
    pub id: String,
    /// Its name in the report's language.
    pub name: String,
    /// The latest self-assessed level in the period.
    pub self_level: Option<u8>,
    /// The latest self-assessed level at the earlier moment.
    pub earlier_level: Option<u8>,
    /// The mean rating others gave in the period.
    pub others_average: Option<f64>,
    /// How many ratings that mean is of.
    pub others_count: u32,
    /// How many of those the givers wrote themselves (answers to requests).
    pub others_given_directly: u32,
    /// A blind spot or hidden strength.
    pub flag: Option<GapFlag>,
    /// Red, amber or green.
    pub status: Rag,
    /// Entries about the skill in the period.
    pub evidence: u32,
    /// Self-assessments in the period, oldest first.
    pub levels: Vec<LevelPoint>,
    /// Ratings from others in the period, oldest first.
    pub ratings: Vec<RatingPoint>,
    /// Entries per month in the period.
    pub evidence_per_month: Vec<MonthCount>,
    /// The highest and lowest rated feedback.
    pub quotes: Vec<Quote>,
    /// Actions about the skill written in the period or still open.
    pub actions: Vec<ActionItem>,
}

/// A coach report.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Report {
    /// The language.
    pub lang: Lang,
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// The radar's earlier moment.
    pub compare_to: NaiveDate,
    /// When it was made.
    pub generated_at: DateTime<Utc>,
    /// Whether private entries were counted.
    pub include_private: bool,
    /// Per skill.
    pub skills: Vec<SkillReport>,
    /// Entries per week in the period.
    pub weeks: Vec<WeekCount>,
    /// The action plan: actions not done (overdue first), then done ones.
    pub actions: Vec<ActionItem>,
    /// The entries the report is made of, by date (for the CSV).
    #[serde(skip)]
    pub entries: Vec<Entry>,
    /// Skill id → name, for writers that list an entry's skills.
    #[serde(skip)]
    pub skill_names: HashMap<String, String>,
    /// The trainee's name for the PDF's cover; `None` (the default from [`Report::build`]):
    /// not shown. Set it with [`Report::with_trainee`].
    #[serde(skip)]
    pub trainee: Option<String>,
    /// The traineeship programme for the PDF's cover; `None`: not shown.
    #[serde(skip)]
    pub programme: Option<String>,
}
