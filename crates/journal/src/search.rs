//! Finding entries: one query type for the list, the filters and full-text search, newest
//! first, a page at a time (keyset paging: stable while entries are added).
//!
//! Steps: fold the search text into terms ([`snippets::terms`]); terms of three or more
//! characters go to the FTS5 trigram index (substring match: "presen" finds "presentatie"),
//! shorter ones to a LIKE on the entry's folded search text (the trigram index cannot look up
//! fewer than three characters); build one SQL statement with only the filters asked for,
//! walking an index that is already in list order (see [`find_sql`]) so a page costs about
//! the same however large the journal; load the page; cut highlighted snippets in Rust.

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, StoreError};
use crate::model::{Entry, EntryId, EntryKind, FeedbackSetting, GiverRole};
use crate::rows::{self, ENTRY_COLUMNS};
use crate::snippets::{self, Snippet};
use crate::store::JournalStore;

/// Entries per page when the query does not say.
pub const DEFAULT_PAGE_SIZE: u32 = 50;
/// The most entries one page may hold.
pub const MAX_PAGE_SIZE: u32 = 500;
/// Snippets per found entry: the first fields that match.
pub const MAX_SNIPPETS: usize = 3;

/// What to find. Every filter is optional; an empty query lists every entry that is not
/// private and not in the trash, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct EntryQuery {
    /// Words to find in any text of the entry (parts of words too, any case or accents).
    pub text: Option<String>,
    /// Only entries about this skill.
    pub skill_id: Option<String>,
    /// Only entries of this kind.
    pub kind: Option<EntryKind>,
    /// Only feedback given in this setting.
    pub setting: Option<FeedbackSetting>,
    /// Only feedback from someone in this role.
    pub giver_role: Option<GiverRole>,
    /// Only feedback its giver wrote (an answer to a request: `true`), or only feedback the
    /// trainee wrote down (`false`).
    pub given_directly: Option<bool>,
    /// Only the feedback given directly through this request.
    pub request_id: Option<String>,
    /// Only entries on or after this day.
    pub from: Option<NaiveDate>,
    /// Only entries on or before this day.
    pub to: Option<NaiveDate>,
    /// Only entries linked to this article.
    pub article_id: Option<String>,
    /// Only entries with this tag (ignoring case).
    pub tag: Option<String>,
    /// Only actions that came from this entry.
    pub source_entry_id: Option<EntryId>,
    /// Only actions that are (not) done.
    pub done: Option<bool>,
    /// Whether private entries are included (default: no).
    pub include_private: bool,
    /// Entries per page (default 50, at most 500).
    pub limit: Option<u32>,
    /// Continue after this entry: the `next` of the previous page.
    pub after: Option<EntryCursor>,
}

/// Where a page ended; pass it as `after` to get the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryCursor {
    /// The date of the last entry shown.
    pub date: NaiveDate,
    /// The id of the last entry shown.
    pub id: EntryId,
}

/// A found entry, with snippets where the search text matched (none without search text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryHit {
    /// The entry.
    pub entry: Entry,
    /// Snippets of the first fields that matched (at most [`MAX_SNIPPETS`]).
    pub snippets: Vec<Snippet>,
}

/// One page of found entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryPage {
    /// The entries, newest first (by date, then by id).
    pub items: Vec<EntryHit>,
    /// Where to continue; `None` when this is the last page.
    pub next: Option<EntryCursor>,
}

impl JournalStore {
    /// Finds entries (not in the trash) matching `query`, newest first, one page at a time.
    pub fn find(&self, query: &EntryQuery) -> Result<EntryPage, StoreError> {
        let context = "search the journal";
        let terms = query
            .text
            .as_deref()
            .map(snippets::terms)
            .unwrap_or_default();
        let limit = query
            .limit
            .unwrap_or(DEFAULT_PAGE_SIZE)
            .clamp(1, MAX_PAGE_SIZE);
        let (sql, values) = find_sql(query, &terms, limit);
        // One read transaction: the page and its skills and tags come from one snapshot, and
        // the WAL read lock is taken once instead of once per statement.
        let tx = self.conn.unchecked_transaction().ctx(context)?;
        let mut statement = tx.prepare_cached(&sql).ctx(context)?;
        let mut found: Vec<Entry> = statement
            .query_map(rusqlite::params_from_iter(values), rows::entry_from_row)
            .and_then(Iterator::collect)
            .ctx(context)?;
        let next = if found.len() > limit as usize {
            found.truncate(limit as usize);
            found.last().map(|e| EntryCursor {
                date: e.input.date,
                id: e.id,
            })
        } else {
            None
        };
        drop(statement);
        rows::fill_children(&tx, &mut found)?;
        tx.finish().ctx(context)?;
        let items = found
            .into_iter()
            .map(|entry| {
                let snippets = if terms.is_empty() {
                    Vec::new()
                } else {
                    entry_snippets(&entry, &terms)
                };
                EntryHit { entry, snippets }
            })
            .collect();
        Ok(EntryPage { items, next })
    }
}

/// The SQL and its parameters for a query; `limit + 1` rows, to know whether there is more.
/// Public (hidden) so the benchmark can run the same statement bare.
///
/// Four ways to walk the journal, each already in list order so SQLite stops after one page:
/// the trigram index (search words of 3+ characters), the search texts (only shorter words),
/// one skill's rows (`entry_skills_by_date`), or all entries by date (`entries_by_date`).
/// `CROSS JOIN` keeps SQLite from putting another table first.
#[doc(hidden)]
pub fn find_sql(query: &EntryQuery, terms: &[String], limit: u32) -> (String, Vec<Value>) {
    let mut values: Vec<Value> = Vec::new();
    let mut bind = |value: Value| {
        values.push(value);
        format!("?{}", values.len())
    };
    let (long, short): (Vec<&String>, Vec<&String>) =
        terms.iter().partition(|t| t.chars().count() >= 3);
    let mut conditions: Vec<String> = vec!["e.deleted_at IS NULL".to_owned()];
    let day = |date: NaiveDate| Value::Text(date.format("%F").to_string());
    // The walk: its tables, the column it is ordered by, and how it takes the cursor and dates.
    let (from, order) = if !long.is_empty() || !short.is_empty() {
        let (from, key) = if long.is_empty() {
            (
                "FROM entry_text t CROSS JOIN entries e ON e.id = t.entry_id".to_owned(),
                "t.key",
            )
        } else {
            let phrases: Vec<String> = long
                .iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect();
            conditions.push(format!(
                "entry_search MATCH {}",
                bind(Value::Text(phrases.join(" ")))
            ));
            let from = "FROM entry_search s CROSS JOIN entry_text t ON t.key = s.rowid CROSS JOIN entries e ON e.id = t.entry_id";
            (from.to_owned(), "s.rowid")
        };
        for term in short {
            let pattern = format!(
                "%{}%",
                term.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            conditions.push(format!(
                "t.text LIKE {} ESCAPE '\\'",
                bind(Value::Text(pattern))
            ));
        }
        if let Some(skill) = &query.skill_id {
            let skill = bind(Value::Text(skill.clone()));
            conditions.push(format!("EXISTS (SELECT 1 FROM entry_skills k WHERE k.entry_id = e.id AND k.skill_id = {skill})"));
        }
        // Dates and the cursor become a range of keys, which the index walk can skip to.
        if let Some(to) = query.to {
            conditions.push(format!(
                "{key} <= {}",
                bind(Value::Integer(rows::search_key(to, EntryId(0xFFFF_FFFF))))
            ));
        }
        if let Some(from) = query.from {
            conditions.push(format!(
                "{key} >= {}",
                bind(Value::Integer(rows::search_key(from, EntryId(0))))
            ));
        }
        if let Some(after) = query.after {
            conditions.push(format!(
                "{key} < {}",
                bind(Value::Integer(rows::search_key(after.date, after.id)))
            ));
        }
        (from, format!("{key} DESC"))
    } else {
        let (from, date, id) = match &query.skill_id {
            Some(skill) => {
                let skill = bind(Value::Text(skill.clone()));
                conditions.push(format!("k.skill_id = {skill} AND k.trashed = 0"));
                (
                    "FROM entry_skills k CROSS JOIN entries e ON e.id = k.entry_id",
                    "k.date",
                    "k.entry_id",
                )
            }
            None => ("FROM entries e", "e.date", "e.id"),
        };
        if let Some(from) = query.from {
            conditions.push(format!("{date} >= {}", bind(day(from))));
        }
        if let Some(to) = query.to {
            conditions.push(format!("{date} <= {}", bind(day(to))));
        }
        if let Some(after) = query.after {
            let (d, i) = (bind(day(after.date)), bind(Value::Integer(after.id.0)));
            conditions.push(format!("({date}, {id}) < ({d}, {i})"));
        }
        (from.to_owned(), format!("{date} DESC, {id} DESC"))
    };
    if !query.include_private {
        conditions.push("e.private = 0".to_owned());
    }
    let text = |s: &str| Value::Text(s.to_owned());
    if let Some(kind) = query.kind {
        conditions.push(format!("e.kind = {}", bind(text(kind.as_str()))));
    }
    if let Some(setting) = query.setting {
        conditions.push(format!("e.setting = {}", bind(text(setting.as_str()))));
    }
    if let Some(role) = query.giver_role {
        conditions.push(format!("e.giver_role = {}", bind(text(role.as_str()))));
    }
    if let Some(request) = &query.request_id {
        conditions.push(format!("e.request_id = {}", bind(text(request))));
    }
    match query.given_directly {
        Some(true) => conditions.push("e.request_id IS NOT NULL".to_owned()),
        Some(false) => {
            conditions.push("e.kind = 'feedback' AND e.request_id IS NULL".to_owned());
        }
        None => {}
    }
    if let Some(article) = &query.article_id {
        conditions.push(format!("e.article_id = {}", bind(text(article))));
    }
    if let Some(tag) = &query.tag {
        conditions.push(format!(
            "e.id IN (SELECT entry_id FROM entry_tags WHERE tag = {})",
            bind(text(tag.trim()))
        ));
    }
    if let Some(source) = query.source_entry_id {
        conditions.push(format!(
            "e.source_entry_id = {}",
            bind(Value::Integer(source.0))
        ));
    }
    if let Some(done) = query.done {
        conditions.push(format!(
            "e.done = {}",
            bind(Value::Integer(i64::from(done)))
        ));
    }
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} {from} WHERE {} ORDER BY {order} LIMIT {}",
        conditions.join(" AND "),
        limit + 1
    );
    (sql, values)
}

/// Snippets of the first [`MAX_SNIPPETS`] fields of `entry` that match a term: content fields
/// in form order, then justifications, then tags.
fn entry_snippets(entry: &Entry, terms: &[String]) -> Vec<Snippet> {
    let content = entry
        .input
        .content
        .texts()
        .into_iter()
        .filter_map(|(field, text)| Some((field.to_owned(), text?)));
    let justifications = entry
        .input
        .skills
        .iter()
        .enumerate()
        .filter_map(|(i, skill)| {
            skill
                .justification
                .as_deref()
                .map(|text| (format!("skills[{i}].justification"), text))
        });
    let tags = entry
        .input
        .tags
        .iter()
        .enumerate()
        .map(|(i, tag)| (format!("tags[{i}]"), tag.as_str()));
    content
        .chain(justifications)
        .chain(tags)
        .filter_map(|(field, text)| snippets::snippet(&field, text, terms))
        .take(MAX_SNIPPETS)
        .collect()
}
