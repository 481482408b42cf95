//! Writing entries: create, edit (every edit keeps the previous version), the trash, and going
//! back to an earlier version. Each operation is one transaction: validation, the entry, its
//! skills, tags, search text and version snapshot commit together or not at all, and once a
//! method returns the change is on disk (`synchronous=FULL`).

use std::collections::HashSet;

use chrono::{DateTime, TimeDelta, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::error::{DbContext, FieldError, StoreError, ValidationCode};
use crate::model::{Entry, EntryContent, EntryId, EntryInput, EntryVersion};
use crate::rows;
use crate::store::{Catalogue, JournalStore};
use crate::validation::{self, Editing};

/// Entries stay in the trash this long before [`JournalStore::purge_trash`] removes them.
pub const TRASH_DAYS: i64 = 30;

impl JournalStore {
    /// Validates and saves a new entry; returns it as stored.
    pub fn create_entry(
        &mut self,
        input: &EntryInput,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("save the entry")?;
        let entry = create_in(&tx, &self.catalogue, input, now)?;
        tx.commit().ctx("save the entry")?;
        self.after_entry_saved(now);
        Ok(entry)
    }

    /// Validates and saves several entries in one transaction: all or none (imports). Later
    /// entries are validated against the earlier ones (a self-assessment sees the one before).
    pub fn create_entries(
        &mut self,
        inputs: &[EntryInput],
        now: DateTime<Utc>,
    ) -> Result<Vec<Entry>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("save the entry")?;
        let entries = inputs
            .iter()
            .map(|input| create_in(&tx, &self.catalogue, input, now))
            .collect::<Result<Vec<_>, _>>()?;
        tx.commit().ctx("save the entry")?;
        Ok(entries)
    }

    /// One entry, also when it is in the trash.
    pub fn entry(&self, id: EntryId) -> Result<Entry, StoreError> {
        load_existing(&self.conn, id)
    }

    /// Saves a new version of an entry; the previous one is kept in its history. Saving what is
    /// already stored changes nothing (autosave-friendly). Entries in the trash cannot be edited.
    pub fn update_entry(
        &mut self,
        id: EntryId,
        input: &EntryInput,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("save the entry")?;
        let entry = update_in(&tx, &self.catalogue, id, input, HashSet::new(), now)?;
        tx.commit().ctx("save the entry")?;
        Ok(entry)
    }

    /// Marks an action done or not done (a new version, like any edit).
    pub fn set_action_done(
        &mut self,
        id: EntryId,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        let mut input = self.entry(id)?.input;
        match &mut input.content {
            EntryContent::Action(action) => action.done = done,
            _ => {
                return Err(StoreError::Validation(vec![FieldError::new(
                    "content.done",
                    ValidationCode::NotAllowed,
                    "only actions can be marked done",
                )]));
            }
        }
        self.update_entry(id, &input, now)
    }

    /// Every version of an entry, newest (the current one) first.
    pub fn history(&self, id: EntryId) -> Result<Vec<EntryVersion>, StoreError> {
        let current = self.entry(id)?;
        let context = "read the entry's history";
        let mut statement = self
            .conn
            .prepare_cached("SELECT version, saved_at, snapshot FROM entry_versions WHERE entry_id = ?1 ORDER BY version DESC")
            .ctx(context)?;
        let rows: Vec<(u32, DateTime<Utc>, String)> = statement
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(Iterator::collect)
            .ctx(context)?;
        let mut versions = vec![EntryVersion {
            version: current.version,
            saved_at: current.updated_at,
            current: true,
            input: current.input,
        }];
        for (version, saved_at, snapshot) in rows {
            let input = serde_json::from_str(&snapshot)
                .map_err(|source| StoreError::StoredData { context, source })?;
            versions.push(EntryVersion {
                version,
                saved_at,
                current: false,
                input,
            });
        }
        Ok(versions)
    }

    /// Makes an earlier version current again, as a new version (the current one stays in the
    /// history). It is validated like an edit; skills the entry used before stay allowed, and
    /// a link to a source entry that was purged since is dropped.
    pub fn restore_version(
        &mut self,
        id: EntryId,
        version: u32,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("restore the version")?;
        let snapshot: Option<String> = tx
            .query_row(
                "SELECT snapshot FROM entry_versions WHERE entry_id = ?1 AND version = ?2",
                params![id, version],
                |r| r.get(0),
            )
            .optional()
            .ctx("restore the version")?;
        let current = load_existing(&tx, id)?;
        let mut input: EntryInput = match snapshot {
            Some(json) => serde_json::from_str(&json).map_err(|source| StoreError::StoredData {
                context: "restore the version",
                source,
            })?,
            None if version == current.version => return Ok(current),
            None => return Err(StoreError::VersionNotFound { id, version }),
        };
        if let EntryContent::Action(action) = &mut input.content
            && let Some(source) = action.source_entry_id
            && rows::load(&tx, source)?.is_none()
        {
            action.source_entry_id = None;
        }
        let old_skills = input.skills.iter().map(|s| s.skill_id.clone()).collect();
        let entry = update_in(&tx, &self.catalogue, id, &input, old_skills, now)?;
        tx.commit().ctx("restore the version")?;
        Ok(entry)
    }

    /// Moves an entry to the trash (again: nothing happens).
    pub fn delete_entry(&mut self, id: EntryId, now: DateTime<Utc>) -> Result<Entry, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("move the entry to the trash")?;
        let entry = load_existing(&tx, id)?;
        if entry.deleted_at.is_none() {
            rows::set_trashed(&tx, id, Some(now))?;
        }
        let entry = load_existing(&tx, id)?;
        tx.commit().ctx("move the entry to the trash")?;
        Ok(entry)
    }

    /// Takes an entry out of the trash.
    pub fn restore_from_trash(&mut self, id: EntryId) -> Result<Entry, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("restore the entry")?;
        load_existing(&tx, id)?;
        rows::set_trashed(&tx, id, None)?;
        let entry = load_existing(&tx, id)?;
        tx.commit().ctx("restore the entry")?;
        Ok(entry)
    }

    /// The entries in the trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<Entry>, StoreError> {
        let sql = format!(
            "SELECT {} FROM entries e WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.id DESC",
            rows::ENTRY_COLUMNS
        );
        let context = "read the trash";
        let mut statement = self.conn.prepare_cached(&sql).ctx(context)?;
        let mut entries: Vec<Entry> = statement
            .query_map([], rows::entry_from_row)
            .and_then(Iterator::collect)
            .ctx(context)?;
        rows::fill_children(&self.conn, &mut entries)?;
        Ok(entries)
    }

    /// Deletes for good what has been in the trash for 30 days or more; returns how many.
    pub fn purge_trash(&mut self, now: DateTime<Utc>) -> Result<u32, StoreError> {
        self.purge(Some(now - TimeDelta::days(TRASH_DAYS)))
    }

    /// Deletes everything in the trash for good; returns how many entries.
    pub fn empty_trash(&mut self) -> Result<u32, StoreError> {
        self.purge(None)
    }

    /// Purges trashed entries deleted at or before `cutoff` (all of them for `None`).
    fn purge(&mut self, cutoff: Option<DateTime<Utc>>) -> Result<u32, StoreError> {
        let context = "empty the trash";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        let ids: Vec<EntryId> = {
            let mut statement = tx
                .prepare("SELECT id FROM entries WHERE deleted_at IS NOT NULL AND (?1 IS NULL OR deleted_at <= ?1)")
                .ctx(context)?;
            statement
                .query_map([cutoff], |r| r.get(0))
                .and_then(Iterator::collect)
                .ctx(context)?
        };
        rows::purge(&tx, &ids)?;
        tx.commit().ctx(context)?;
        Ok(u32::try_from(ids.len()).unwrap_or(u32::MAX))
    }
}

/// Validates and inserts one entry inside the caller's transaction.
pub(crate) fn create_in(
    conn: &Connection,
    catalogue: &Catalogue,
    input: &EntryInput,
    now: DateTime<Utc>,
) -> Result<Entry, StoreError> {
    let input = validation::normalize_entry(input);
    validation::validate_entry(conn, catalogue, &input, now, None)?;
    let id = rows::insert(conn, &input, now)?;
    // Built, not read back: the row holds exactly this (times are stored with nanoseconds).
    Ok(Entry {
        id,
        version: 1,
        created_at: now,
        updated_at: now,
        deleted_at: None,
        request_id: None,
        input,
    })
}

/// Loads an entry or fails with [`StoreError::EntryNotFound`].
fn load_existing(conn: &Connection, id: EntryId) -> Result<Entry, StoreError> {
    rows::load(conn, id)?.ok_or(StoreError::EntryNotFound(id))
}

/// The body of an edit, inside the caller's transaction. `also_allowed`: skills that may stay
/// although they are archived or gone from the catalogue (besides the entry's current ones).
fn update_in(
    conn: &Connection,
    catalogue: &Catalogue,
    id: EntryId,
    input: &EntryInput,
    mut also_allowed: HashSet<String>,
    now: DateTime<Utc>,
) -> Result<Entry, StoreError> {
    let current = load_existing(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(StoreError::EntryInTrash(id));
    }
    let input = validation::normalize_entry(input);
    if input == current.input {
        return Ok(current);
    }
    if current.request_id.is_some()
        && (input.content != current.input.content || input.skills != current.input.skills)
    {
        // The giver's own words: the trainee may tag, link or hide the entry, not reword it.
        return Err(StoreError::Validation(vec![FieldError::new(
            "content",
            ValidationCode::GivenDirectly,
            "this feedback was given directly by its giver; its words and ratings cannot be changed",
        )]));
    }
    also_allowed.extend(current.input.skills.iter().map(|s| s.skill_id.clone()));
    let editing = Editing {
        id,
        kind: current.input.kind(),
        skills: also_allowed,
    };
    validation::validate_entry(conn, catalogue, &input, now, Some(&editing))?;
    // Imports keep versions far below this; checked all the same, as the number is stored.
    let version = current.version.checked_add(1).ok_or_else(|| {
        StoreError::Validation(vec![FieldError::new(
            "version",
            ValidationCode::OutOfRange,
            "this entry has reached the highest version number and cannot be edited again",
        )])
    })?;
    let snapshot =
        serde_json::to_string(&current.input).map_err(|source| StoreError::StoredData {
            context: "keep the previous version",
            source,
        })?;
    conn.prepare_cached("INSERT INTO entry_versions (entry_id, version, saved_at, snapshot) VALUES (?1, ?2, ?3, ?4)")
        .and_then(|mut s| s.execute(params![id, current.version, current.updated_at, snapshot]))
        .ctx("keep the previous version")?;
    rows::update(conn, id, &input, version, now)?;
    Ok(Entry {
        version,
        updated_at: now,
        input,
        ..current
    })
}
