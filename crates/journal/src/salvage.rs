//! Salvage: reading every entry that can still be read from a damaged journal file and bringing
//! it into the journal through the normal import path.
//!
//! SQLite keeps each table in a b-tree of pages; a few bad pages usually leave most rows
//! readable. Steps:
//!
//! 1. open the damaged file read-only, without the checks a journal gets (they would refuse it);
//! 2. find the entry ids: the table's own list while it reads, then, if it broke off, every id up
//!    to the highest the file has handed out, one by one;
//! 3. read each entry with its history through the store's own reading code; an entry that
//!    cannot be read, or that no longer passes validation, is counted and left out;
//! 4. import what was read as one [`JournalExport`]: a backup first, one transaction, no
//!    duplicates (an entry already in the journal is skipped).

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::db;
use crate::error::StoreError;
use crate::exchange::{
    EXPORT_FORMAT, EXPORT_VERSION, ExportedEntry, ExportedVersion, ImportSummary, JournalExport,
    MAX_IMPORTED_NUMBER,
};
use crate::model::EntryId;
use crate::store::JournalStore;

/// What a salvage brought back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalvageSummary {
    /// Entries read from the damaged file.
    pub recovered: u32,
    /// Entries that could not be read (bad pages) or no longer made sense (garbled values).
    pub unreadable: u32,
    /// What the import did with the recovered entries (added, or already in the journal).
    pub import: ImportSummary,
}

impl JournalStore {
    /// Reads what can be read from the damaged journal file `damaged` and imports it into this
    /// journal (see the module documentation). A backup of this journal is made first.
    pub fn salvage(
        &mut self,
        damaged: &Path,
        now: DateTime<Utc>,
    ) -> Result<SalvageSummary, StoreError> {
        let source = read_damaged(damaged)?;
        let (mut export, mut unreadable) = source.readable_entries(now);
        if self.path().is_some() {
            self.backup_before_import(now)?;
        }
        // An entry the import refuses (a garbled value) is left out and counted; at most once per
        // entry, so this ends.
        loop {
            match self.import(&export, now) {
                Ok(import) => {
                    return Ok(SalvageSummary {
                        recovered: u32::try_from(export.entries.len()).unwrap_or(u32::MAX),
                        unreadable,
                        import,
                    });
                }
                Err(StoreError::Validation(errors)) => {
                    let refused: BTreeSet<usize> = errors
                        .iter()
                        .filter_map(|e| index_in(&e.field, "entries["))
                        .collect();
                    let refused_links: BTreeSet<usize> = errors
                        .iter()
                        .filter_map(|e| index_in(&e.field, "articleLinks["))
                        .collect();
                    if refused.is_empty() && refused_links.is_empty() {
                        return Err(StoreError::Validation(errors));
                    }
                    // A link is no entry: one that cannot be imported is left out, not counted.
                    let mut link = 0;
                    export.article_links.retain(|_| {
                        let keep = !refused_links.contains(&link);
                        link += 1;
                        keep
                    });
                    unreadable += u32::try_from(refused.len()).unwrap_or(u32::MAX);
                    let mut index = 0;
                    export.entries.retain(|_| {
                        let keep = !refused.contains(&index);
                        index += 1;
                        keep
                    });
                }
                Err(other) => return Err(other),
            }
        }
    }
}

/// The damaged file as a store, for reading only.
fn read_damaged(path: &Path) -> Result<JournalStore, StoreError> {
    if !path.is_file() {
        return Err(StoreError::ImportRefused {
            reason: format!("{} is not a file", path.display()),
        });
    }
    let conn: Connection = db::open_read_only(path).map_err(|source| StoreError::Database {
        context: "open the damaged journal",
        source,
    })?;
    Ok(JournalStore::for_reading(conn))
}

impl JournalStore {
    /// Every entry of this (damaged) journal that can be read, as an export, and how many
    /// could not be read.
    fn readable_entries(&self, now: DateTime<Utc>) -> (JournalExport, u32) {
        let custom_skills = self.custom_skills().unwrap_or_default();
        let mut entries = Vec::new();
        let mut unreadable = 0u32;
        let (ids, complete) = self.entry_ids();
        let candidates: Vec<EntryId> = if complete {
            ids
        } else {
            (1..=self.highest_id(&ids)).map(EntryId).collect()
        };
        for id in candidates {
            match self
                .entry(id)
                .and_then(|entry| Ok((self.history(id)?, entry)))
            {
                Ok((versions, entry)) => {
                    let mut history: Vec<ExportedVersion> = versions
                        .into_iter()
                        .filter(|version| !version.current)
                        .map(|version| ExportedVersion {
                            version: version.version,
                            saved_at: version.saved_at,
                            input: version.input,
                        })
                        .collect();
                    history.sort_by_key(|version| version.version);
                    entries.push(ExportedEntry { entry, history });
                }
                Err(StoreError::EntryNotFound(_)) => {}
                Err(_) => unreadable += 1,
            }
        }
        // A file of an older schema has none of these; a damaged table gives what it can.
        let requests = self.requests(now.date_naive()).unwrap_or_default();
        // Feedback whose request could not be read keeps its giver's words, not the link.
        for exported in &mut entries {
            let request = exported.entry.request_id.as_ref();
            if request.is_some_and(|id| !requests.iter().any(|r| &r.id == id)) {
                exported.entry.request_id = None;
            }
        }
        let export = JournalExport {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            exported_at: now,
            custom_skills,
            entries,
            article_links: self.all_article_links().unwrap_or_default(),
            note: None,
            // The key that opens answers: above all what a salvage must not lose.
            identities: crate::identities::read_all(&self.conn).unwrap_or_default(),
            answers: crate::exchange::answers_of(&self.conn).unwrap_or_default(),
            requests,
        };
        (export, unreadable)
    }

    /// The entry ids the table lists, and whether the list read to its end.
    fn entry_ids(&self) -> (Vec<EntryId>, bool) {
        let Ok(mut statement) = self.conn.prepare("SELECT id FROM entries ORDER BY id") else {
            return (Vec::new(), false);
        };
        let Ok(rows) = statement.query_map([], |row| row.get::<_, i64>(0)) else {
            return (Vec::new(), false);
        };
        let mut ids = Vec::new();
        for row in rows {
            match row {
                Ok(id) => ids.push(EntryId(id)),
                Err(_) => return (ids, false),
            }
        }
        (ids, true)
    }

    /// The highest entry id the file may hold: what its id counter says, else the highest id
    /// read, never more than an import accepts.
    fn highest_id(&self, read: &[EntryId]) -> i64 {
        let counter: Option<i64> = self
            .conn
            .query_row(
                "SELECT seq FROM sqlite_sequence WHERE name = 'entries'",
                [],
                |row| row.get(0),
            )
            .ok();
        let seen = read.iter().map(|id| id.0).max().unwrap_or(0);
        counter
            .unwrap_or(seen)
            .max(seen)
            .clamp(0, i64::from(MAX_IMPORTED_NUMBER))
    }
}

/// `entries[12].content.impact` with prefix `entries[` → 12.
fn index_in(field: &str, prefix: &str) -> Option<usize> {
    field.strip_prefix(prefix)?.split(']').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_name_their_entry() {
        assert_eq!(index_in("entries[12].content.impact", "entries["), Some(12));
        assert_eq!(index_in("customSkills[0].name", "entries["), None);
        assert_eq!(index_in("entries[x]", "entries["), None);
        assert_eq!(
            index_in("articleLinks[3].skillId", "articleLinks["),
            Some(3)
        );
    }
}
