//! Looking back: per-skill statistics, the calendar, tags, and the context a self-assessment
//! is made in (the previous level and the evidence since, against recency bias).
//!
//! Statistics read `entry_skills` alone: it carries each entry's kind, date and trash state,
//! and its partial indexes cover these queries, so "over everything" stays fast.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, StoreError};
use crate::model::{Entry, EntryId, EntryKind};
use crate::rows::{self, ENTRY_COLUMNS};
use crate::store::JournalStore;

/// What the journal says about one skill, over every entry not in the trash (private ones too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SkillStats {
    /// The skill.
    pub skill_id: String,
    /// Entries about it.
    pub entry_count: u32,
    /// The level of the latest self-assessment.
    pub latest_level: Option<u8>,
    /// The date of that self-assessment.
    pub latest_level_date: Option<NaiveDate>,
    /// The average rating in feedback, over `feedback_rating_count` ratings.
    pub average_feedback_rating: Option<f64>,
    /// How many feedback entries rated it.
    pub feedback_rating_count: u32,
}

/// How many entries a day has, for the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DayCount {
    /// The day.
    pub date: NaiveDate,
    /// Entries on it (not in the trash; private ones included).
    pub count: u32,
}

/// A tag and how many entries carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TagCount {
    /// The tag; of spellings differing only in case, the one that sorts first.
    pub tag: String,
    /// Entries with it (not in the trash).
    pub count: u32,
}

/// A self-assessed level of a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AssessedLevel {
    /// The self-assessment entry.
    pub entry_id: EntryId,
    /// Its date.
    pub date: NaiveDate,
    /// The level, 1 to 5.
    pub level: u8,
}

/// What a form shows while assessing a skill: the previous level and what happened since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AssessmentContext {
    /// The skill.
    pub skill_id: String,
    /// The latest self-assessment on or before the date, if any.
    pub previous: Option<AssessedLevel>,
    /// Other entries about the skill after it (all before the date when there is none), up to
    /// the date, newest first; private ones included.
    pub evidence: Vec<Entry>,
}

impl JournalStore {
    /// Statistics for every catalogue skill, every custom skill and any other skill entries
    /// use, in that order.
    pub fn skill_stats(&self) -> Result<Vec<SkillStats>, StoreError> {
        let context = "count the entries per skill";
        // One read transaction: one snapshot and one WAL read lock for all the statements.
        let tx = self.conn.unchecked_transaction().ctx(context)?;
        let mut statement = tx.prepare_cached(STATS_SQL).ctx(context)?;
        let mut counted: BTreeMap<String, (u32, Option<f64>, u32)> = statement
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?))))
            .and_then(Iterator::collect)
            .ctx(context)?;
        let mut order: Vec<String> = self.catalogue.ids.clone();
        let mut custom = tx
            .prepare_cached("SELECT id FROM custom_skills ORDER BY n")
            .ctx(context)?;
        order.extend(
            custom
                .query_map([], |r| r.get(0))
                .and_then(Iterator::collect::<Result<Vec<String>, _>>)
                .ctx(context)?,
        );
        let listed: HashSet<String> = order.iter().cloned().collect();
        order.extend(
            counted
                .keys()
                .filter(|id| !listed.contains(*id))
                .cloned()
                .collect::<Vec<_>>(),
        );
        let stats = order
            .into_iter()
            .map(|skill_id| {
                let (entry_count, average_feedback_rating, feedback_rating_count) =
                    counted.remove(&skill_id).unwrap_or((0, None, 0));
                let latest = if entry_count > 0 {
                    latest_assessment(&tx, &skill_id)?
                } else {
                    None
                };
                Ok(SkillStats {
                    latest_level: latest.map(|l| l.level),
                    latest_level_date: latest.map(|l| l.date),
                    skill_id,
                    entry_count,
                    average_feedback_rating,
                    feedback_rating_count,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        drop((statement, custom));
        tx.finish().ctx(context)?;
        Ok(stats)
    }

    /// Days between `from` and `to` (inclusive) that have entries, with how many; private
    /// entries only count when `include_private` (as in [`JournalStore::find`], so the
    /// calendar and the list agree).
    pub fn days_with_entries(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        include_private: bool,
    ) -> Result<Vec<DayCount>, StoreError> {
        let context = "read the calendar";
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT date, count(*) FROM entries WHERE deleted_at IS NULL AND date BETWEEN ?1 AND ?2 \
                 AND (?3 OR private = 0) GROUP BY date ORDER BY date",
            )
            .ctx(context)?;
        statement
            .query_map(params![from, to, include_private], |r| {
                Ok(DayCount {
                    date: r.get(0)?,
                    count: r.get(1)?,
                })
            })
            .and_then(Iterator::collect)
            .ctx(context)
    }

    /// The day of the first entry on or before `to`, of `kind` when given (the start of the
    /// traineeship, or the first self-assessment); private entries count only when
    /// `include_private`. One indexed query, however long the journal.
    pub fn first_entry_day(
        &self,
        kind: Option<EntryKind>,
        to: NaiveDate,
        include_private: bool,
    ) -> Result<Option<NaiveDate>, StoreError> {
        let context = "find the first entry";
        self.conn
            .prepare_cached(
                "SELECT min(date) FROM entries WHERE deleted_at IS NULL AND date <= ?1 \
                 AND (?2 OR private = 0) AND (?3 IS NULL OR kind = ?3)",
            )
            .and_then(|mut statement| {
                statement.query_row(
                    params![to, include_private, kind.map(EntryKind::as_str)],
                    |r| r.get(0),
                )
            })
            .ctx(context)
    }

    /// Every tag in use (ignoring case), most used first, then alphabetically.
    pub fn tags(&self) -> Result<Vec<TagCount>, StoreError> {
        let context = "read the tags";
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT min(t.tag COLLATE BINARY), count(*) FROM entry_tags t JOIN entries e ON e.id = t.entry_id \
                 WHERE e.deleted_at IS NULL GROUP BY t.tag ORDER BY count(*) DESC, t.tag",
            )
            .ctx(context)?;
        statement
            .query_map([], |r| {
                Ok(TagCount {
                    tag: r.get(0)?,
                    count: r.get(1)?,
                })
            })
            .and_then(Iterator::collect)
            .ctx(context)
    }

    /// The previous level of `skill_id` as of `date` and the entries about it since, for the
    /// self-assessment form. When editing an assessment, pass its id as `editing` so it does
    /// not count as its own previous level.
    pub fn assessment_context(
        &self,
        skill_id: &str,
        date: NaiveDate,
        editing: Option<EntryId>,
    ) -> Result<AssessmentContext, StoreError> {
        let context = "read the evidence for the skill";
        let previous = previous_assessment(&self.conn, skill_id, date, editing)?;
        let (after_date, after_id) = previous.map_or(
            (
                NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
                EntryId(0),
            ),
            |p| (p.date, p.entry_id),
        );
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM entry_skills k JOIN entries e ON e.id = k.entry_id \
             WHERE k.skill_id = ?1 AND k.trashed = 0 AND k.kind <> 'self_assessment' \
             AND (k.date, k.entry_id) > (?2, ?3) AND k.date <= ?4 ORDER BY k.date DESC, k.entry_id DESC"
        );
        let mut statement = self.conn.prepare_cached(&sql).ctx(context)?;
        let mut evidence: Vec<Entry> = statement
            .query_map(
                params![skill_id, after_date, after_id, date],
                rows::entry_from_row,
            )
            .and_then(Iterator::collect)
            .ctx(context)?;
        rows::fill_children(&self.conn, &mut evidence)?;
        Ok(AssessmentContext {
            skill_id: skill_id.to_owned(),
            previous,
            evidence,
        })
    }
}

/// Per skill: entries, average feedback rating and number of feedback ratings. Public (hidden)
/// so the benchmark can run the same statement bare.
#[doc(hidden)]
pub const STATS_SQL: &str = "SELECT skill_id, count(*), avg(CASE WHEN kind = 'feedback' THEN rating END), \
     count(CASE WHEN kind = 'feedback' THEN rating END) FROM entry_skills WHERE trashed = 0 GROUP BY skill_id";

/// The latest self-assessment of a skill. Public (hidden) for the benchmark.
#[doc(hidden)]
pub const LATEST_LEVEL_SQL: &str = "SELECT entry_id, date, rating FROM entry_skills \
     WHERE skill_id = ?1 AND kind = 'self_assessment' AND trashed = 0 AND rating IS NOT NULL \
     ORDER BY date DESC, entry_id DESC LIMIT 1";

fn latest_assessment(
    conn: &Connection,
    skill_id: &str,
) -> Result<Option<AssessedLevel>, StoreError> {
    conn.prepare_cached(LATEST_LEVEL_SQL)
        .and_then(|mut s| {
            s.query_row([skill_id], |r| {
                Ok(AssessedLevel {
                    entry_id: r.get(0)?,
                    date: r.get(1)?,
                    level: r.get(2)?,
                })
            })
            .optional()
        })
        .ctx("read the latest self-assessment")
}

/// The latest self-assessment of `skill_id` on or before `date`, not counting `except`.
pub(crate) fn previous_assessment(
    conn: &Connection,
    skill_id: &str,
    date: NaiveDate,
    except: Option<EntryId>,
) -> Result<Option<AssessedLevel>, StoreError> {
    conn.prepare_cached(
        "SELECT entry_id, date, rating FROM entry_skills \
         WHERE skill_id = ?1 AND kind = 'self_assessment' AND trashed = 0 AND rating IS NOT NULL \
         AND date <= ?2 AND entry_id IS NOT ?3 ORDER BY date DESC, entry_id DESC LIMIT 1",
    )
    .and_then(|mut s| {
        s.query_row(params![skill_id, date, except], |r| {
            Ok(AssessedLevel {
                entry_id: r.get(0)?,
                date: r.get(1)?,
                level: r.get(2)?,
            })
        })
        .optional()
    })
    .ctx("read the previous self-assessment")
}
