//! The trainee's age key pairs, kept in the journal so that its backups and its JSON export
//! carry them: a journal restored from either still opens the answers to its requests. The
//! newest pair seals new requests; every pair still opens answers (an import may bring an
//! older one). The journal only keeps the text; the requests crate makes and reads the keys.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, FieldError, StoreError, ValidationCode};
use crate::store::JournalStore;

/// The longest key text kept (an X25519 age secret key is 74 characters).
const MAX_KEY_CHARS: usize = 200;

/// One key pair.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StoredIdentity {
    /// The public half (`age1…`), which a request's form seals answers to.
    pub recipient: String,
    /// The secret half (`AGE-SECRET-KEY-1…`).
    pub secret: String,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

impl std::fmt::Debug for StoredIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret half, not even in a log or a test failure.
        f.debug_struct("StoredIdentity")
            .field("recipient", &self.recipient)
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

impl StoredIdentity {
    /// The shape of a key pair (the requests crate checks that the secret is a key); `field`
    /// names it in the errors (`identities[0]`).
    pub(crate) fn check(&self, field: &str, errors: &mut Vec<FieldError>) {
        let shaped = |text: &str, prefix: &str| {
            text.starts_with(prefix)
                && text.len() <= MAX_KEY_CHARS
                && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        };
        if !shaped(&self.recipient, "age1") || !shaped(&self.secret, "AGE-SECRET-KEY-1") {
            errors.push(FieldError::new(
                field,
                ValidationCode::NotAllowed,
                "not an age key pair",
            ));
        }
    }
}

impl JournalStore {
    /// Every key pair, newest first.
    pub fn identities(&self) -> Result<Vec<StoredIdentity>, StoreError> {
        read_all(&self.conn)
    }

    /// Keeps a key pair (a pair already kept is left as it is).
    pub fn add_identity(&mut self, identity: &StoredIdentity) -> Result<(), StoreError> {
        let mut errors = Vec::new();
        identity.check("identity", &mut errors);
        if !errors.is_empty() {
            return Err(StoreError::Validation(errors));
        }
        insert(&self.conn, identity).map(drop)
    }
}

pub(crate) fn read_all(conn: &rusqlite::Connection) -> Result<Vec<StoredIdentity>, StoreError> {
    let context = "read the journal's keys";
    let mut statement = conn
        .prepare_cached(
            "SELECT recipient, secret, created_at FROM identities ORDER BY created_at DESC, recipient",
        )
        .ctx(context)?;
    statement
        .query_map([], |row| {
            Ok(StoredIdentity {
                recipient: row.get(0)?,
                secret: row.get(1)?,
                created_at: row.get(2)?,
            })
        })
        .and_then(Iterator::collect)
        .ctx(context)
}

/// Inserts a pair unless the journal has it; returns whether it was added.
pub(crate) fn insert(
    conn: &rusqlite::Connection,
    identity: &StoredIdentity,
) -> Result<bool, StoreError> {
    let added = conn
        .execute(
            "INSERT OR IGNORE INTO identities (recipient, secret, created_at) VALUES (?1, ?2, ?3)",
            params![identity.recipient, identity.secret, identity.created_at],
        )
        .ctx("keep the key")?;
    Ok(added > 0)
}
