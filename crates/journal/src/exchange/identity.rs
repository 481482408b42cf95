//! When an imported entry is one the journal already has: its creation time, kind, date and
//! the texts of its first version (see the module documentation of exchange.rs).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use super::ExportedEntry;
use crate::error::{DbContext, StoreError};
use crate::model::{Entry, EntryId, EntryInput, EntryKind};
use crate::rows;
use crate::validation;

/// What makes two entries the same entry across journals (see the module documentation).
#[derive(Debug, PartialEq, Eq, Hash)]
pub(super) struct Identity {
    created_at: DateTime<Utc>,
    kind: EntryKind,
    date: NaiveDate,
    texts: Vec<Option<String>>,
}

fn identity_of(created_at: DateTime<Utc>, first: &EntryInput) -> Identity {
    let first = validation::normalize_entry(first);
    Identity {
        created_at,
        kind: first.kind(),
        date: first.date,
        texts: first
            .content
            .texts()
            .into_iter()
            .map(|(_, text)| text.map(str::to_owned))
            .collect(),
    }
}

/// The identity of an exported entry: its first version is the oldest in its history, or the
/// entry itself when it was never edited.
pub(super) fn identity(exported: &ExportedEntry) -> Identity {
    let first = match exported.history.first() {
        Some(old) if old.version == 1 => &old.input,
        _ => &exported.entry.input,
    };
    identity_of(exported.entry.created_at, first)
}

/// The identities of the entries already in the journal.
pub(super) fn identities(conn: &Connection) -> Result<HashMap<Identity, EntryId>, StoreError> {
    let context = "compare with the journal";
    let sql = format!(
        "SELECT {}, v.snapshot FROM entries e LEFT JOIN entry_versions v ON v.entry_id = e.id AND v.version = 1",
        rows::ENTRY_COLUMNS
    );
    let found: Vec<(Entry, Option<String>)> = conn
        .prepare(&sql)
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok((rows::entry_from_row(r)?, r.get(rows::ENTRY_COLUMN_COUNT)?))
            })?
            .collect()
        })
        .ctx(context)?;
    let mut known = HashMap::with_capacity(found.len());
    for (entry, snapshot) in found {
        let first = match snapshot {
            Some(json) => serde_json::from_str(&json)
                .map_err(|source| StoreError::StoredData { context, source })?,
            None => entry.input,
        };
        known.insert(identity_of(entry.created_at, &first), entry.id);
    }
    Ok(known)
}
