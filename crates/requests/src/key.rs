//! The trainee's age identity. It is made once, on first use, and kept in the journal itself
//! (`JournalStore::identities`), so the journal's backups and its JSON export carry it and a
//! restored journal still opens the answers to its requests. Journals of the version that kept
//! the key in a file of its own (`trainee-key.txt` in the data folder) take that key over on
//! first use; the file is only read, never changed or removed. A key the journal cannot read
//! is never replaced: the answers to every request sent so far can only be opened with it.

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use chrono::{DateTime, Utc};
use skills_journal_store::{JournalStore, StoreError, StoredIdentity};

/// The file an earlier version kept the key in, in the data folder.
pub const KEY_FILE: &str = "trainee-key.txt";

/// Why the key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The earlier version's key file is there but could not be read.
    #[error("the key file {} could not be read: {source}", path.display())]
    Unreadable {
        /// The key file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The earlier version's key file holds no age identity; it was left as it is.
    #[error("the key file {} holds no age key; it was left as it is", path.display())]
    Damaged {
        /// The key file.
        path: PathBuf,
    },
    /// The journal holds keys, none of which is an age key; they were left as they are.
    #[error("the journal's key for answers is damaged; it was left as it is")]
    DamagedInJournal,
    /// The journal could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The trainee's identities: the newest seals new requests, every one opens answers.
pub struct TraineeKey {
    /// Newest first; never empty.
    identities: Vec<age::x25519::Identity>,
}

impl std::fmt::Debug for TraineeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret half, not even in a log.
        f.debug_struct("TraineeKey")
            .field("recipient", &self.recipient())
            .field("identities", &self.identities.len())
            .finish()
    }
}

impl TraineeKey {
    /// The journal's key; on first use the earlier version's key file in `data_dir`, else a new
    /// key, kept in the journal from then on.
    pub fn of_journal(
        store: &mut JournalStore,
        data_dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<Self, KeyError> {
        let stored = store.identities()?;
        if !stored.is_empty() {
            let identities: Vec<_> = stored
                .iter()
                .filter_map(|kept| kept.secret.parse::<age::x25519::Identity>().ok())
                .collect();
            if identities.is_empty() {
                return Err(KeyError::DamagedInJournal);
            }
            return Ok(Self { identities });
        }
        let identity = match legacy_key(data_dir)? {
            Some(identity) => identity,
            None => age::x25519::Identity::generate(),
        };
        store.add_identity(&StoredIdentity {
            recipient: identity.to_public().to_string(),
            secret: identity.to_string().expose_secret().to_owned(),
            created_at: now,
        })?;
        Ok(Self {
            identities: vec![identity],
        })
    }

    /// The public half (`age1…`) of the newest identity, which a request's form seals
    /// answers to.
    pub fn recipient(&self) -> String {
        self.identities
            .first()
            .map(|identity| identity.to_public().to_string())
            .unwrap_or_default()
    }

    /// Every identity, for [`crate::open`].
    pub(crate) fn identities(&self) -> impl Iterator<Item = &dyn age::Identity> {
        self.identities
            .iter()
            .map(|identity| identity as &dyn age::Identity)
    }
}

/// The key an earlier version kept in `data_dir`, if there is one.
fn legacy_key(data_dir: &Path) -> Result<Option<age::x25519::Identity>, KeyError> {
    let path = data_dir.join(KEY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text).map(Some).ok_or(KeyError::Damaged { path }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(KeyError::Unreadable { path, source }),
    }
}

/// The key in an identity file's text (as `age-keygen` writes it): its first
/// `AGE-SECRET-KEY-1…` line.
fn parse(text: &str) -> Option<age::x25519::Identity> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .find_map(|line| line.parse::<age::x25519::Identity>().ok())
}
