//! Drafts: what the trainee is typing, saved as they type, so nothing is lost when the app is
//! killed. The UI decides the key (`new-feedback`, `entry-12`) and the JSON; the store only
//! keeps it. A draft is on disk when `save_draft` returns (`synchronous=FULL`, one commit).

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, StoreError};
use crate::store::JournalStore;
use crate::validation;

/// A saved draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Draft {
    /// The key the UI chose.
    pub key: String,
    /// The JSON the UI saved.
    pub text: String,
    /// When it was last saved.
    pub saved_at: DateTime<Utc>,
}

impl JournalStore {
    /// Saves (or replaces) the draft under `key`. `json_text` must be JSON.
    pub fn save_draft(
        &mut self,
        key: &str,
        json_text: &str,
        now: DateTime<Utc>,
    ) -> Result<Draft, StoreError> {
        validation::draft(key, json_text)?;
        self.conn
            .prepare_cached(
                "INSERT INTO drafts (key, body, saved_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
            )
            .and_then(|mut s| s.execute(params![key, json_text, now]))
            .ctx("save the draft")?;
        Ok(Draft {
            key: key.to_owned(),
            text: json_text.to_owned(),
            saved_at: now,
        })
    }

    /// Every draft, most recently saved first.
    pub fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT key, body, saved_at FROM drafts ORDER BY saved_at DESC, key")
            .ctx("read the drafts")?;
        statement
            .query_map([], |r| {
                Ok(Draft {
                    key: r.get(0)?,
                    text: r.get(1)?,
                    saved_at: r.get(2)?,
                })
            })
            .and_then(Iterator::collect)
            .ctx("read the drafts")
    }

    /// The draft under `key`, if any.
    pub fn draft(&self, key: &str) -> Result<Option<Draft>, StoreError> {
        self.conn
            .prepare_cached("SELECT key, body, saved_at FROM drafts WHERE key = ?1")
            .and_then(|mut s| {
                s.query_row([key], |r| {
                    Ok(Draft {
                        key: r.get(0)?,
                        text: r.get(1)?,
                        saved_at: r.get(2)?,
                    })
                })
                .optional()
            })
            .ctx("read the draft")
    }

    /// Removes the draft under `key` (after saving the entry, or when the trainee discards
    /// it); `false` when there was none.
    pub fn discard_draft(&mut self, key: &str) -> Result<bool, StoreError> {
        let removed = self
            .conn
            .execute("DELETE FROM drafts WHERE key = ?1", [key])
            .ctx("discard the draft")?;
        Ok(removed > 0)
    }
}
