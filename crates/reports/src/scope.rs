//! Which report: one shape, [`ReportScope`], for the progress view, the export dialog and the
//! command line. The period presets, "since the start" (the first entry's day), the checks of
//! the period and the skills, and the radar's earlier moment are decided here, so the window and
//! the command line cannot disagree and the UI computes no rule of its own.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use skills_catalogue::{Lang, Skill};
use skills_journal_store::{EntryKind, EntryQuery, JournalStore, StoreError};

use crate::report::ReportOptions;

/// The most weeks a "last weeks" period spans (about twenty years).
pub const MAX_WEEKS: u32 = 1_000;

/// The days a report covers, as the trainee chose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum PeriodChoice {
    /// The last `weeks` weeks up to and including today (4 weeks: 28 days).
    LastWeeks {
        /// 1 to [`MAX_WEEKS`].
        weeks: u32,
    },
    /// The traineeship so far: from the day of the first entry to today (only today when the
    /// journal has no entry yet).
    SinceStart,
    /// Chosen days, both included.
    Between {
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
    },
}

/// The days of a period, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

/// Which report: the period, the skills, whether private entries count, the language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportScope {
    /// The period.
    pub period: PeriodChoice,
    /// Only these skills, in this order; `None`: all.
    pub skills: Option<Vec<String>>,
    /// Whether private entries count (the window's default: no).
    pub include_private: bool,
    /// The language of the text.
    pub lang: Lang,
}

/// The radar's earlier moment, as the trainee thinks of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RadarComparison {
    /// The levels on the day before the period starts.
    BeforePeriod,
    /// The levels of the self-assessment before the latest one in the period.
    PreviousAssessment,
    /// The levels of the first self-assessment (the start of the traineeship).
    FirstAssessment,
    /// The levels on a chosen day.
    Date,
}

/// Why a report cannot be made as asked.
#[derive(Debug, thiserror::Error)]
pub enum ScopeError {
    /// The period ends before it starts.
    #[error("the period starts ({from}) after it ends ({to})")]
    InvalidPeriod {
        /// First day asked.
        from: NaiveDate,
        /// Last day asked.
        to: NaiveDate,
    },
    /// A "last weeks" period of no weeks, or of more than [`MAX_WEEKS`].
    #[error("a period of {weeks} weeks cannot be shown; choose 1 to {MAX_WEEKS} weeks")]
    Weeks {
        /// The weeks asked.
        weeks: u32,
    },
    /// A skill that is neither in the catalogue nor one of the trainee's own.
    #[error("there is no skill `{id}`; known skills: {}", known.join(", "))]
    UnknownSkill {
        /// The id asked.
        id: String,
        /// The ids that exist.
        known: Vec<String>,
    },
    /// An empty list of skills.
    #[error("choose at least one skill for the report")]
    NoSkills,
    /// The journal could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ScopeError {
    /// The code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidPeriod { .. } => "invalid_period",
            Self::Weeks { .. } => "invalid_period",
            Self::UnknownSkill { .. } => "unknown_skill",
            Self::NoSkills => "no_skills",
            Self::Store(error) => error.code(),
        }
    }
}

impl PeriodChoice {
    /// The days this choice means on `today`; "since the start" asks the journal for its first
    /// entry (private ones counted only when `include_private`).
    pub fn resolve(
        self,
        store: &JournalStore,
        today: NaiveDate,
        include_private: bool,
    ) -> Result<Period, ScopeError> {
        let period = match self {
            Self::LastWeeks { weeks } => Period {
                from: weeks_before(today, weeks).ok_or(ScopeError::Weeks { weeks })?,
                to: today,
            },
            Self::SinceStart => Period {
                from: store
                    .first_entry_day(None, today, include_private)?
                    .unwrap_or(today),
                to: today,
            },
            Self::Between { from, to } => Period { from, to },
        };
        if period.from > period.to {
            return Err(ScopeError::InvalidPeriod {
                from: period.from,
                to: period.to,
            });
        }
        Ok(period)
    }
}

/// The first day of the last `weeks` weeks ending on `to` (`to` included); `None` for no weeks,
/// more than [`MAX_WEEKS`], or a day before the calendar's start.
pub fn weeks_before(to: NaiveDate, weeks: u32) -> Option<NaiveDate> {
    if weeks == 0 || weeks > MAX_WEEKS {
        return None;
    }
    to.checked_sub_days(Days::new(u64::from(weeks) * 7 - 1))
}

impl ReportScope {
    /// Checks the scope against the journal and the catalogue and works out its days on
    /// `today`: the options [`Report::build`](crate::Report::build) takes, comparing with the
    /// day before the period (see [`comparison_day`] for the other moments).
    pub fn resolve(
        &self,
        store: &JournalStore,
        catalogue: &[Skill],
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<ReportOptions, ScopeError> {
        let period = self.period.resolve(store, today, self.include_private)?;
        if let Some(skills) = &self.skills {
            if skills.is_empty() {
                return Err(ScopeError::NoSkills);
            }
            let known: Vec<String> = catalogue
                .iter()
                .map(|s| s.id.clone())
                .chain(store.custom_skills()?.into_iter().map(|s| s.id))
                .collect();
            if let Some(unknown) = skills.iter().find(|id| !known.contains(id)) {
                return Err(ScopeError::UnknownSkill {
                    id: unknown.clone(),
                    known,
                });
            }
        }
        Ok(ReportOptions {
            from: period.from,
            to: period.to,
            skills: self.skills.clone(),
            include_private: self.include_private,
            lang: self.lang,
            compare_to: None,
            now,
        })
    }
}

/// The day whose levels the radar compares with; `None`: the day before the period. `date` is
/// the chosen day for [`RadarComparison::Date`] (none chosen yet: the day before the period).
pub fn comparison_day(
    store: &JournalStore,
    comparison: RadarComparison,
    date: Option<NaiveDate>,
    options: &ReportOptions,
) -> Result<Option<NaiveDate>, StoreError> {
    let latest_assessment = EntryQuery {
        kind: Some(EntryKind::SelfAssessment),
        to: Some(options.to),
        include_private: options.include_private,
        limit: Some(1),
        ..EntryQuery::default()
    };
    Ok(match comparison {
        RadarComparison::BeforePeriod => None,
        RadarComparison::Date => date,
        // The latest assessment's day minus one: the levels as they stood before it.
        RadarComparison::PreviousAssessment => store
            .find(&latest_assessment)?
            .items
            .first()
            .and_then(|hit| hit.entry.input.date.pred_opt()),
        RadarComparison::FirstAssessment => store.first_entry_day(
            Some(EntryKind::SelfAssessment),
            options.to,
            options.include_private,
        )?,
    })
}

#[cfg(test)]
mod tests {
    use skills_journal_store::{
        ActionContent, EntryContent, EntryInput, EntrySkill, SelfAssessmentContent,
    };

    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn journal(days: &[&str]) -> Result<JournalStore, StoreError> {
        let mut store = JournalStore::open_in_memory()?;
        store.set_catalogue_ids(["listening"]);
        // Assessments of the same level: no justification needed.
        for date in days {
            let input = EntryInput::new(
                day(date),
                vec![EntrySkill::rated("listening", 3)],
                EntryContent::SelfAssessment(SelfAssessmentContent { note: None }),
            );
            store.create_entry(&input, Utc::now())?;
        }
        Ok(store)
    }

    fn scope(period: PeriodChoice) -> ReportScope {
        ReportScope {
            period,
            skills: None,
            include_private: false,
            lang: Lang::En,
        }
    }

    #[test]
    fn presets_end_today_and_the_start_is_the_first_entry() -> Result<(), ScopeError> {
        let today = day("2026-12-01");
        let store = journal(&["2026-03-02", "2026-10-05"])?;
        let days = |choice: PeriodChoice| choice.resolve(&store, today, false);
        let four = days(PeriodChoice::LastWeeks { weeks: 4 })?;
        assert_eq!((four.from, four.to), (day("2026-11-04"), today), "28 days");
        assert_eq!(days(PeriodChoice::SinceStart)?.from, day("2026-03-02"));
        let empty = JournalStore::open_in_memory()?;
        assert_eq!(
            PeriodChoice::SinceStart.resolve(&empty, today, false)?.from,
            today,
            "no entry yet: only today, the same for the window and the command line"
        );
        let custom = PeriodChoice::Between {
            from: day("2026-01-01"),
            to: day("2026-02-01"),
        };
        assert_eq!(days(custom)?.to, day("2026-02-01"));
        Ok(())
    }

    #[test]
    fn impossible_periods_are_refused() -> Result<(), StoreError> {
        let store = journal(&[])?;
        let today = day("2026-12-01");
        let refused = |choice: PeriodChoice| choice.resolve(&store, today, false).err();
        assert!(matches!(
            refused(PeriodChoice::Between {
                from: day("2026-12-02"),
                to: today
            }),
            Some(ScopeError::InvalidPeriod { .. })
        ));
        for weeks in [0, MAX_WEEKS + 1, u32::MAX] {
            assert!(
                matches!(
                    refused(PeriodChoice::LastWeeks { weeks }),
                    Some(ScopeError::Weeks { .. })
                ),
                "{weeks} weeks"
            );
        }
        let week_in = NaiveDate::MIN.checked_add_days(Days::new(6));
        assert_eq!(
            week_in.and_then(|d| weeks_before(d, 1)),
            Some(NaiveDate::MIN)
        );
        assert_eq!(weeks_before(NaiveDate::MIN, 1), None, "before the calendar");
        Ok(())
    }

    #[test]
    fn skills_are_checked_against_the_catalogue_and_the_own_skills() -> Result<(), StoreError> {
        let mut store = journal(&[])?;
        let own = store.add_custom_skill("Feedback geven", Utc::now())?;
        let catalogue = [Skill::new(
            "listening",
            skills_catalogue::LocalizedText::new("Luisteren", "Listening"),
            skills_catalogue::LocalizedText::new("", ""),
            Vec::new(),
        )];
        let today = day("2026-12-01");
        let with = |skills: &[&str]| ReportScope {
            skills: Some(skills.iter().map(|s| (*s).to_owned()).collect()),
            ..scope(PeriodChoice::SinceStart)
        };
        let resolve = |scope: ReportScope| scope.resolve(&store, &catalogue, today, Utc::now());
        assert!(resolve(with(&["listening", &own.id])).is_ok());
        assert!(matches!(resolve(with(&[])), Err(ScopeError::NoSkills)));
        match resolve(with(&["listening", "juggling"])) {
            Err(ScopeError::UnknownSkill { id, known }) => {
                assert_eq!(id, "juggling");
                assert_eq!(known, vec!["listening".to_owned(), own.id.clone()]);
            }
            other => panic!("an unknown skill must be refused: {other:?}"),
        }
        Ok(())
    }

    #[test]
    fn the_radar_compares_with_the_moment_the_trainee_chose() -> Result<(), ScopeError> {
        // Three assessments in or before the period, one after it.
        let store = journal(&["2026-03-02", "2026-10-05", "2026-11-20", "2026-12-10"])?;
        let period = PeriodChoice::Between {
            from: day("2026-10-01"),
            to: day("2026-11-30"),
        };
        let options = scope(period).resolve(&store, &[], day("2026-12-01"), Utc::now())?;
        let chosen = Some(day("2026-09-15"));
        let answer = |compare| comparison_day(&store, compare, chosen, &options);
        assert_eq!(answer(RadarComparison::BeforePeriod)?, None);
        assert_eq!(answer(RadarComparison::Date)?, chosen);
        assert_eq!(
            answer(RadarComparison::PreviousAssessment)?,
            Some(day("2026-11-19")),
            "the day before the latest assessment in the period"
        );
        assert_eq!(
            answer(RadarComparison::FirstAssessment)?,
            Some(day("2026-03-02")),
            "the first assessment ever, however long ago"
        );
        let mut actions = journal(&[])?;
        let action = EntryInput::new(
            day("2026-01-05"),
            vec![EntrySkill::new("listening")],
            EntryContent::Action(ActionContent {
                text: "Samenvatten".into(),
                due: None,
                done: false,
                source_entry_id: None,
            }),
        );
        actions.create_entry(&action, Utc::now())?;
        assert_eq!(
            comparison_day(&actions, RadarComparison::FirstAssessment, None, &options)?,
            None,
            "no assessment yet (an action is not one): the day before the period"
        );
        Ok(())
    }
}
