//! Entries to rows and back: the only code that knows the column layout of `entries`,
//! `entry_skills`, `entry_tags` and `entry_search`. Writers call these inside their own
//! transaction, so an entry, its skills, tags and search text always change together.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, params};

use crate::error::{DbContext, StoreError};
use crate::model::{
    ActionContent, Entry, EntryContent, EntryId, EntryInput, EntryKind, EntrySkill,
    FeedbackContent, ReflectionContent, SelfAssessmentContent,
};
use crate::snippets::fold;
use crate::timestamps::{date_column, time_column};

/// The columns [`entry_from_row`] reads, in order, for `SELECT … FROM entries e`.
pub(crate) const ENTRY_COLUMNS: &str = "e.id, e.kind, e.date, e.article_id, e.private, e.setting, e.giver_role, \
     e.giver_name, e.situation, e.behaviour, e.impact, e.next_step, e.task, e.action, e.result, e.reflection, \
     e.note, e.action_text, e.due, e.done, e.source_entry_id, e.created_at, e.updated_at, e.deleted_at, e.version, \
     e.keep_doing, e.try_next, e.request_id";

/// How many columns [`ENTRY_COLUMNS`] lists: a query's own columns come after them.
pub(crate) const ENTRY_COLUMN_COUNT: usize = 28;

/// Inserts a new entry with its skills, tags and search text.
pub(crate) fn insert(
    conn: &Connection,
    input: &EntryInput,
    now: DateTime<Utc>,
) -> Result<EntryId, StoreError> {
    insert_as(conn, None, input, now)
}

/// [`insert`] with a chosen id (`None`: the next one), for imports that keep ids.
pub(crate) fn insert_as(
    conn: &Connection,
    id: Option<EntryId>,
    input: &EntryInput,
    now: DateTime<Utc>,
) -> Result<EntryId, StoreError> {
    let context = "save the entry";
    let c = Columns::of(input);
    conn.prepare_cached(
        "INSERT INTO entries (kind, date, article_id, private, setting, giver_role, giver_name, situation, \
         behaviour, impact, next_step, task, action, result, reflection, note, action_text, due, done, \
         source_entry_id, keep_doing, try_next, created_at, updated_at, version, id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?23, 1, ?24)",
    )
    .and_then(|mut statement| {
        let kind = input.kind();
        let mut values: Vec<&dyn ToSql> = vec![&kind];
        values.extend(c.editable(input));
        values.extend([&now as &dyn ToSql, &id]);
        statement.execute(&*values)
    })
    .ctx(context)?;
    let id = EntryId(conn.last_insert_rowid());
    write_children(conn, id, input, true)?;
    Ok(id)
}

/// Overwrites an entry's editable columns and children and sets its version.
pub(crate) fn update(
    conn: &Connection,
    id: EntryId,
    input: &EntryInput,
    version: u32,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let c = Columns::of(input);
    conn.prepare_cached(
        "UPDATE entries SET date = ?2, article_id = ?3, private = ?4, setting = ?5, giver_role = ?6, \
         giver_name = ?7, situation = ?8, behaviour = ?9, impact = ?10, next_step = ?11, task = ?12, \
         action = ?13, result = ?14, reflection = ?15, note = ?16, action_text = ?17, due = ?18, done = ?19, \
         source_entry_id = ?20, keep_doing = ?21, try_next = ?22, updated_at = ?23, version = ?24 WHERE id = ?1",
    )
    .and_then(|mut statement| {
        let mut values: Vec<&dyn ToSql> = vec![&id];
        values.extend(c.editable(input));
        values.extend([&now as &dyn ToSql, &version]);
        statement.execute(&*values)
    })
    .ctx("save the entry")?;
    write_children(conn, id, input, false)
}

/// Writes an entry's skills, tags and search text, replacing the old ones unless the entry is
/// `new`. Only entries outside the trash are edited, so the skills are written untrashed.
fn write_children(
    conn: &Connection,
    id: EntryId,
    input: &EntryInput,
    new: bool,
) -> Result<(), StoreError> {
    let context = "save the entry";
    if !new {
        conn.prepare_cached("DELETE FROM entry_skills WHERE entry_id = ?1")
            .and_then(|mut s| s.execute([id]))
            .ctx(context)?;
        conn.prepare_cached("DELETE FROM entry_tags WHERE entry_id = ?1")
            .and_then(|mut s| s.execute([id]))
            .ctx(context)?;
        remove_search_text(conn, id)?;
    }
    let mut skills = conn
        .prepare_cached(
            "INSERT INTO entry_skills (entry_id, skill_id, position, rating, justification, kind, date, trashed) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .ctx(context)?;
    for (position, skill) in (0_i64..).zip(&input.skills) {
        skills
            .execute(params![
                id,
                skill.skill_id,
                position,
                skill.rating,
                skill.justification,
                input.kind(),
                input.date,
                false
            ])
            .ctx(context)?;
    }
    let mut tags = conn
        .prepare_cached("INSERT INTO entry_tags (entry_id, tag, position) VALUES (?1, ?2, ?3)")
        .ctx(context)?;
    for (position, tag) in (0_i64..).zip(&input.tags) {
        tags.execute(params![id, tag, position]).ctx(context)?;
    }
    let (key, text) = (search_key(input.date, id), search_text(input));
    conn.prepare_cached("INSERT INTO entry_text (key, entry_id, text) VALUES (?1, ?2, ?3)")
        .and_then(|mut s| s.execute(params![key, id, text]))
        .ctx(context)?;
    conn.prepare_cached("INSERT INTO entry_search (rowid, text) VALUES (?1, ?2)")
        .and_then(|mut s| s.execute(params![key, text]))
        .ctx(context)?;
    Ok(())
}

/// Removes an entry's search text and its index entries. The index keeps no copy of the
/// text (external content), so FTS5 must be told the old text to remove it.
fn remove_search_text(conn: &Connection, id: EntryId) -> Result<(), StoreError> {
    let context = "update the search index";
    let old: Option<(i64, String)> = conn
        .prepare_cached("SELECT key, text FROM entry_text WHERE entry_id = ?1")
        .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .ctx(context)?;
    if let Some((key, text)) = old {
        conn.prepare_cached(
            "INSERT INTO entry_search (entry_search, rowid, text) VALUES ('delete', ?1, ?2)",
        )
        .and_then(|mut s| s.execute(params![key, text]))
        .ctx(context)?;
        conn.prepare_cached("DELETE FROM entry_text WHERE key = ?1")
            .and_then(|mut s| s.execute([key]))
            .ctx(context)?;
    }
    Ok(())
}

/// The search key of an entry: keys in descending order list entries newest first (date
/// descending, then id descending), the order of every list. New entries mostly get the highest
/// key, so the table and the index grow at their end. Ids stay below 2^32 and days since the
/// year 1 below 2^31, so the key fits an i64.
pub(crate) fn search_key(date: NaiveDate, id: EntryId) -> i64 {
    i64::from(date.num_days_from_ce()) * 0x1_0000_0000 + (id.0 & 0xFFFF_FFFF)
}

/// Moves an entry into the trash (`Some(now)`) or out of it (`None`).
pub(crate) fn set_trashed(
    conn: &Connection,
    id: EntryId,
    deleted_at: Option<DateTime<Utc>>,
) -> Result<(), StoreError> {
    let context = "move the entry to or from the trash";
    conn.prepare_cached("UPDATE entries SET deleted_at = ?2 WHERE id = ?1")
        .and_then(|mut s| s.execute(params![id, deleted_at]))
        .ctx(context)?;
    conn.prepare_cached("UPDATE entry_skills SET trashed = ?2 WHERE entry_id = ?1")
        .and_then(|mut s| s.execute(params![id, deleted_at.is_some()]))
        .ctx(context)?;
    Ok(())
}

/// Deletes entries for good: their search text first (the index is not covered by foreign
/// keys), then the rows; skills, tags and versions follow by cascade, actions lose their link.
pub(crate) fn purge(conn: &Connection, ids: &[EntryId]) -> Result<(), StoreError> {
    let context = "empty the trash";
    for &id in ids {
        remove_search_text(conn, id)?;
        conn.prepare_cached("DELETE FROM entries WHERE id = ?1")
            .and_then(|mut s| s.execute([id]))
            .ctx(context)?;
    }
    Ok(())
}

/// Every text of an entry, folded, one per line (terms never hold a newline, so no match
/// spans two fields).
fn search_text(input: &EntryInput) -> String {
    let texts = input
        .content
        .texts()
        .into_iter()
        .filter_map(|(_, text)| text);
    let justifications = input
        .skills
        .iter()
        .filter_map(|s| s.justification.as_deref());
    let tags = input.tags.iter().map(String::as_str);
    let all: Vec<&str> = texts.chain(justifications).chain(tags).collect();
    fold(&all.join("\n"))
}

/// Loads one entry (in the trash or not).
pub(crate) fn load(conn: &Connection, id: EntryId) -> Result<Option<Entry>, StoreError> {
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id = ?1");
    let entry = conn
        .prepare_cached(&sql)
        .and_then(|mut s| s.query_row([id], entry_from_row).optional())
        .ctx("read the entry")?;
    entry.map(|entry| with_children(conn, entry)).transpose()
}

/// Fills in an entry's skills and tags (read with [`entry_from_row`]).
pub(crate) fn with_children(conn: &Connection, entry: Entry) -> Result<Entry, StoreError> {
    let mut entries = vec![entry];
    fill_children(conn, &mut entries)?;
    entries.pop().ok_or_else(|| StoreError::Database {
        context: "read the entry",
        source: rusqlite::Error::QueryReturnedNoRows,
    })
}

/// Fills in the skills and tags of several entries, preparing each statement once.
///
/// No `ORDER BY` in these statements (the order is restored from `position` here): SQLite
/// re-prepares a statement with `ORDER BY` every time a new value is bound to it, which
/// cost more than the rest of a page load together.
pub(crate) fn fill_children(conn: &Connection, entries: &mut [Entry]) -> Result<(), StoreError> {
    let context = "read the entry";
    let mut skills = conn
        .prepare_cached("SELECT position, skill_id, rating, justification FROM entry_skills WHERE entry_id = ?1")
        .ctx(context)?;
    let mut tags = conn
        .prepare_cached("SELECT position, tag FROM entry_tags WHERE entry_id = ?1")
        .ctx(context)?;
    for entry in entries {
        let mut found: Vec<(i64, EntrySkill)> = skills
            .query_map([entry.id], |row| {
                Ok((
                    row.get(0)?,
                    EntrySkill {
                        skill_id: row.get(1)?,
                        rating: row.get(2)?,
                        justification: row.get(3)?,
                    },
                ))
            })
            .and_then(Iterator::collect)
            .ctx(context)?;
        found.sort_by_key(|(position, _)| *position);
        entry.input.skills = found.into_iter().map(|(_, skill)| skill).collect();
        let mut found: Vec<(i64, String)> = tags
            .query_map([entry.id], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .ctx(context)?;
        found.sort_by_key(|(position, _)| *position);
        entry.input.tags = found.into_iter().map(|(_, tag)| tag).collect();
    }
    Ok(())
}

/// An entry from a row of [`ENTRY_COLUMNS`], without skills and tags.
pub(crate) fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    let kind: EntryKind = row.get(1)?;
    let text = |i: usize| row.get::<_, Option<String>>(i);
    let content = match kind {
        EntryKind::Feedback => EntryContent::Feedback(FeedbackContent {
            setting: row.get(5)?,
            giver_role: row.get(6)?,
            giver_name: text(7)?,
            situation: text(8)?,
            behaviour: text(9)?,
            impact: text(10)?,
            next_step: text(11)?,
            keep_doing: text(25)?,
            try_next: text(26)?,
        }),
        EntryKind::Reflection => EntryContent::Reflection(ReflectionContent {
            situation: text(8)?,
            task: text(12)?,
            action: text(13)?,
            result: text(14)?,
            reflection: text(15)?,
        }),
        EntryKind::SelfAssessment => {
            EntryContent::SelfAssessment(SelfAssessmentContent { note: text(16)? })
        }
        EntryKind::Action => EntryContent::Action(ActionContent {
            text: text(17)?.unwrap_or_default(),
            due: date_column(row, 18)?,
            done: row.get::<_, Option<bool>>(19)?.unwrap_or(false),
            source_entry_id: row.get(20)?,
        }),
    };
    Ok(Entry {
        id: row.get(0)?,
        version: row.get(24)?,
        created_at: time_column(row, 21)?.unwrap_or_default(),
        updated_at: time_column(row, 22)?.unwrap_or_default(),
        deleted_at: time_column(row, 23)?,
        request_id: row.get(27)?,
        input: EntryInput {
            date: date_column(row, 2)?.unwrap_or_default(),
            skills: Vec::new(),
            article_id: row.get(3)?,
            tags: Vec::new(),
            private: row.get(4)?,
            content,
        },
    })
}

/// The kind-specific columns of an entry; `texts` in the order of the INSERT above
/// (giver_name … action_text, then keep_doing and try_next).
struct Columns<'a> {
    setting: Option<crate::model::FeedbackSetting>,
    giver_role: Option<crate::model::GiverRole>,
    texts: [Option<&'a str>; 13],
    due: Option<chrono::NaiveDate>,
    done: Option<bool>,
    source: Option<EntryId>,
}

impl<'a> Columns<'a> {
    /// The editable columns in the order both `insert_as` and `update` list them (?2 to ?22):
    /// date, article, private, setting, giver role, eleven texts, due, done, source, and the
    /// feedback's keep doing and try next.
    fn editable(&'a self, input: &'a EntryInput) -> [&'a dyn ToSql; 21] {
        let t = &self.texts;
        [
            &input.date,
            &input.article_id,
            &input.private,
            &self.setting,
            &self.giver_role,
            &t[0],
            &t[1],
            &t[2],
            &t[3],
            &t[4],
            &t[5],
            &t[6],
            &t[7],
            &t[8],
            &t[9],
            &t[10],
            &self.due,
            &self.done,
            &self.source,
            &t[11],
            &t[12],
        ]
    }

    fn of(input: &'a EntryInput) -> Self {
        let mut c = Columns {
            setting: None,
            giver_role: None,
            texts: [None; 13],
            due: None,
            done: None,
            source: None,
        };
        match &input.content {
            EntryContent::Feedback(f) => {
                c.setting = Some(f.setting);
                c.giver_role = Some(f.giver_role);
                c.texts[..5].copy_from_slice(&[
                    f.giver_name.as_deref(),
                    f.situation.as_deref(),
                    f.behaviour.as_deref(),
                    f.impact.as_deref(),
                    f.next_step.as_deref(),
                ]);
                c.texts[11] = f.keep_doing.as_deref();
                c.texts[12] = f.try_next.as_deref();
            }
            EntryContent::Reflection(r) => {
                c.texts[1] = r.situation.as_deref();
                c.texts[5..9].copy_from_slice(&[
                    r.task.as_deref(),
                    r.action.as_deref(),
                    r.result.as_deref(),
                    r.reflection.as_deref(),
                ]);
            }
            EntryContent::SelfAssessment(s) => c.texts[9] = s.note.as_deref(),
            EntryContent::Action(a) => {
                c.texts[10] = Some(a.text.as_str());
                c.due = a.due;
                c.done = Some(a.done);
                c.source = a.source_entry_id;
            }
        }
        c
    }
}
