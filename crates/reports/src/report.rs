//! The report model: what a coach report says, computed once from the journal and written by
//! each format (Markdown, HTML, CSV) without further logic.
//!
//! Steps: read every entry (through the journal's export, so the trash is visible and skipped
//! here), keep those in the period (and not private unless asked), then per skill: self level
//! versus others, level history, ratings, evidence per month, quotes, actions and a status.
//!
//! Rules, in one place:
//! - **self versus others**: the latest self-assessed level in the period against the mean
//!   rating in feedback from others in the period. A gap larger than a third of the scale,
//!   `|self − others| > (5 − 1) / 3`, is flagged: [`GapFlag::BlindSpot`] when self is higher,
//!   [`GapFlag::HiddenStrength`] when self is lower.
//! - **earlier moment** (radar): the latest self-assessment on or before `compare_to`
//!   (default: the day before the period starts).
//! - **status** ([`Rag`]): red when there is a blind spot or an overdue action, or the level
//!   (the mean of self and others where present) is below 2.5; green when the level is 3.5 or
//!   more with at least two pieces of evidence in the period and no flag or overdue action;
//!   amber otherwise (including no data).
//! - **actions**: done, overdue (not done and due before `now`'s day) or open.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, NaiveDate};
use skills_catalogue::Skill;
use skills_journal_store::{
    ActionContent, Entry, EntryContent, EntryKind, JournalStore, StoreError,
};

mod model;

pub use model::{
    ActionItem, ActionStatus, GapFlag, LevelPoint, MonthCount, Quote, Rag, RatingPoint, Report,
    ReportOptions, SkillReport, WeekCount,
};

/// `|self − others| > (5 − 1) / 3`, in integers: `3 × |self − others| > 4`.
pub fn gap_flag(self_level: u8, others_average: f64) -> Option<GapFlag> {
    let gap = f64::from(self_level) - others_average;
    if 3.0 * gap > 4.0 {
        Some(GapFlag::BlindSpot)
    } else if 3.0 * gap < -4.0 {
        Some(GapFlag::HiddenStrength)
    } else {
        None
    }
}

impl SkillReport {
    /// Whether the skill has anything to show in a section of its own: entries in the period
    /// or actions. The reports name the others together instead of an empty section each.
    pub(crate) fn has_data(&self) -> bool {
        self.evidence > 0 || !self.actions.is_empty()
    }
}

impl Report {
    /// The (at most three) largest changes in self-assessment since the earlier moment,
    /// largest first: the skill, the earlier level and the level now.
    pub(crate) fn biggest_changes(&self) -> Vec<(&SkillReport, u8, u8)> {
        let mut changes: Vec<(&SkillReport, u8, u8)> = self
            .skills
            .iter()
            .filter_map(|skill| {
                let (earlier, now) = skill.earlier_level.zip(skill.self_level)?;
                (earlier != now).then_some((skill, earlier, now))
            })
            .collect();
        changes.sort_by_key(|(_, earlier, now)| std::cmp::Reverse(now.abs_diff(*earlier)));
        changes.truncate(3);
        changes
    }

    /// Builds the report from the journal.
    pub fn build(
        store: &JournalStore,
        catalogue: &[Skill],
        options: &ReportOptions,
    ) -> Result<Self, StoreError> {
        let export = store.export(options.now)?;
        let mut names: HashMap<String, String> = catalogue
            .iter()
            .map(|s| (s.id.clone(), s.name(options.lang).to_owned()))
            .collect();
        for custom in &export.custom_skills {
            names.insert(custom.id.clone(), custom.name.clone());
        }
        let all: Vec<Entry> = export
            .entries
            .into_iter()
            .map(|e| e.entry)
            .filter(|e| e.deleted_at.is_none() && (options.include_private || !e.input.private))
            .collect();
        Ok(Self::from_entries(all, catalogue, names, options))
    }

    /// Builds the report from entries already read (not in the trash, private ones filtered).
    fn from_entries(
        mut all: Vec<Entry>,
        catalogue: &[Skill],
        skill_names: HashMap<String, String>,
        options: &ReportOptions,
    ) -> Self {
        all.sort_by_key(|e| (e.input.date, e.id));
        let in_period = |e: &Entry| e.input.date >= options.from && e.input.date <= options.to;
        let compare_to = options
            .compare_to
            .or_else(|| options.from.checked_sub_days(Days::new(1)))
            .unwrap_or(options.from);
        let today = options.now.date_naive();
        let by_id: HashMap<&str, &Skill> = catalogue.iter().map(|s| (s.id.as_str(), s)).collect();

        let skill_ids: Vec<String> = match &options.skills {
            Some(ids) => ids.clone(),
            None => {
                let mut ids: Vec<String> = catalogue.iter().map(|s| s.id.clone()).collect();
                for entry in all.iter().filter(|e| in_period(e)) {
                    for skill in &entry.input.skills {
                        if !ids.contains(&skill.skill_id) {
                            ids.push(skill.skill_id.clone());
                        }
                    }
                }
                ids
            }
        };
        let name_of = |id: &str| {
            skill_names
                .get(id)
                .cloned()
                .unwrap_or_else(|| id.to_owned())
        };
        let action_item = |entry: &Entry, action: &ActionContent| ActionItem {
            entry_id: entry.id,
            date: entry.input.date,
            text: action.text.clone(),
            due: action.due,
            status: if action.done {
                ActionStatus::Done
            } else if action.due.is_some_and(|due| due < today) {
                ActionStatus::Overdue
            } else {
                ActionStatus::Open
            },
            skills: entry
                .input
                .skills
                .iter()
                .map(|s| name_of(&s.skill_id))
                .collect(),
        };
        // An action belongs in the report when it was written in the period, or before it and
        // still not done at its end.
        let reported_action = |entry: &Entry| match &entry.input.content {
            EntryContent::Action(action) if entry.input.date <= options.to => {
                (in_period(entry) || !action.done).then(|| action_item(entry, action))
            }
            _ => None,
        };

        let mut skills = Vec::with_capacity(skill_ids.len());
        for id in &skill_ids {
            let about = |e: &&Entry| e.input.skills.iter().any(|s| &s.skill_id == id);
            let rating_of = |e: &Entry| {
                e.input
                    .skills
                    .iter()
                    .find(|s| &s.skill_id == id)
                    .and_then(|s| s.rating)
            };
            let mut levels = Vec::new();
            let mut ratings = Vec::new();
            let mut quotes_pool = Vec::new();
            let mut months: BTreeMap<String, u32> = BTreeMap::new();
            let mut earlier_level = None;
            let mut actions = Vec::new();
            let mut evidence = 0;
            for entry in all.iter().filter(about) {
                if entry.input.kind() == EntryKind::SelfAssessment && entry.input.date <= compare_to
                {
                    earlier_level = rating_of(entry).or(earlier_level);
                }
                if let Some(item) = reported_action(entry) {
                    actions.push(item);
                }
                if !in_period(entry) {
                    continue;
                }
                evidence += 1;
                *months
                    .entry(entry.input.date.format("%Y-%m").to_string())
                    .or_default() += 1;
                match &entry.input.content {
                    EntryContent::SelfAssessment(_) => {
                        if let Some(level) = rating_of(entry) {
                            let justification = entry
                                .input
                                .skills
                                .iter()
                                .find(|s| &s.skill_id == id)
                                .and_then(|s| s.justification.clone());
                            levels.push(LevelPoint {
                                date: entry.input.date,
                                level,
                                description: by_id
                                    .get(id.as_str())
                                    .and_then(|s| s.level(options.lang, level))
                                    .map(str::to_owned),
                                justification,
                            });
                        }
                    }
                    EntryContent::Feedback(feedback) => {
                        if let Some(rating) = rating_of(entry) {
                            ratings.push(RatingPoint {
                                date: entry.input.date,
                                rating,
                                giver_role: feedback.giver_role,
                                given_directly: entry.request_id.is_some(),
                            });
                            let text = [&feedback.situation, &feedback.behaviour, &feedback.impact]
                                .into_iter()
                                .flatten()
                                .map(String::as_str)
                                .collect::<Vec<_>>()
                                .join(" — ");
                            quotes_pool.push(Quote {
                                date: entry.input.date,
                                giver_role: feedback.giver_role,
                                given_directly: entry.request_id.is_some(),
                                rating,
                                text,
                            });
                        }
                    }
                    _ => {}
                }
            }
            let self_level = levels.last().map(|l| l.level);
            let others_count = u32::try_from(ratings.len()).unwrap_or(u32::MAX);
            let direct = ratings.iter().filter(|r| r.given_directly).count();
            let others_given_directly = u32::try_from(direct).unwrap_or(u32::MAX);
            let others_average = (!ratings.is_empty()).then(|| {
                ratings.iter().map(|r| f64::from(r.rating)).sum::<f64>() / f64::from(others_count)
            });
            let flag = self_level
                .zip(others_average)
                .and_then(|(s, o)| gap_flag(s, o));
            let overdue = actions.iter().any(|a| a.status == ActionStatus::Overdue);
            let level = match (self_level.map(f64::from), others_average) {
                (Some(s), Some(o)) => Some((s + o) / 2.0),
                (Some(s), None) => Some(s),
                (None, Some(o)) => Some(o),
                (None, None) => None,
            };
            let status =
                if flag == Some(GapFlag::BlindSpot) || overdue || level.is_some_and(|l| l < 2.5) {
                    Rag::Red
                } else if level.is_some_and(|l| l >= 3.5) && evidence >= 2 && flag.is_none() {
                    Rag::Green
                } else {
                    Rag::Amber
                };
            // Highest rated first (the earliest of equals), then the lowest if it differs.
            let mut quotes = Vec::new();
            if let Some(best) = quotes_pool
                .iter()
                .max_by(|a, b| a.rating.cmp(&b.rating).then(b.date.cmp(&a.date)))
            {
                quotes.push(best.clone());
            }
            if let Some(worst) = quotes_pool
                .iter()
                .min_by(|a, b| a.rating.cmp(&b.rating).then(a.date.cmp(&b.date)))
                && quotes
                    .first()
                    .is_none_or(|best| best.rating != worst.rating)
            {
                quotes.push(worst.clone());
            }
            skills.push(SkillReport {
                id: id.clone(),
                name: name_of(id),
                self_level,
                earlier_level,
                others_average,
                others_count,
                others_given_directly,
                flag,
                status,
                evidence,
                levels,
                ratings,
                evidence_per_month: months
                    .into_iter()
                    .map(|(month, count)| MonthCount { month, count })
                    .collect(),
                quotes,
                actions,
            });
        }

        let entries: Vec<Entry> = all.iter().filter(|e| in_period(e)).cloned().collect();
        let mut weeks = Vec::new();
        let monday = |d: NaiveDate| {
            d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
                .unwrap_or(d)
        };
        let mut week = monday(options.from);
        while week <= options.to {
            let end = week
                .checked_add_days(Days::new(7))
                .unwrap_or(NaiveDate::MAX);
            let count = entries
                .iter()
                .filter(|e| e.input.date >= week && e.input.date < end)
                .count();
            weeks.push(WeekCount {
                week_start: week,
                count: u32::try_from(count).unwrap_or(u32::MAX),
            });
            week = end;
        }
        let mut actions: Vec<ActionItem> = all.iter().filter_map(reported_action).collect();
        actions.sort_by_key(|a| {
            let rank = match a.status {
                ActionStatus::Overdue => 0,
                ActionStatus::Open => 1,
                ActionStatus::Done => 2,
            };
            (rank, a.due.unwrap_or(NaiveDate::MAX), a.date)
        });
        Self {
            lang: options.lang,
            from: options.from,
            to: options.to,
            compare_to,
            generated_at: options.now,
            include_private: options.include_private,
            skills,
            weeks,
            actions,
            entries,
            skill_names,
            trainee: None,
            programme: None,
        }
    }

    /// The report with the trainee's name and programme for the PDF's cover (either may be
    /// `None`; blank text counts as absent).
    #[must_use]
    pub fn with_trainee(mut self, name: Option<String>, programme: Option<String>) -> Self {
        let present = |text: Option<String>| text.filter(|t| !t.trim().is_empty());
        self.trainee = present(name);
        self.programme = present(programme);
        self
    }
}
