//! The trainee's age identity. It is made once, on first use, and kept in the data folder as a
//! standard age identity file (`age-keygen` writes the same shape) that only the trainee's
//! account may read. A file that is there but cannot be read as a key is never replaced: the
//! answers to every request sent so far can only be opened with it.

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use skills_files::{Audience, write_atomically};

/// The key's file name in the data folder.
pub const KEY_FILE: &str = "trainee-key.txt";

/// Why the key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The file is there but could not be read.
    #[error("the key file {} could not be read: {source}", path.display())]
    Unreadable {
        /// The key file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file holds no age identity; it was left as it is.
    #[error("the key file {} holds no age key; it was left as it is", path.display())]
    Damaged {
        /// The key file.
        path: PathBuf,
    },
    /// A new key could not be written.
    #[error(transparent)]
    NotWritten(#[from] skills_files::WriteError),
}

/// The trainee's identity: opens answers sealed to its recipient.
pub struct TraineeKey {
    identity: age::x25519::Identity,
}

impl std::fmt::Debug for TraineeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret half, not even in a log.
        f.debug_struct("TraineeKey")
            .field("recipient", &self.recipient())
            .finish()
    }
}

impl TraineeKey {
    /// The key in `data_dir`, made (and written owner-only) when there is none yet.
    pub fn load_or_create(data_dir: &Path) -> Result<Self, KeyError> {
        let path = data_dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text).ok_or(KeyError::Damaged { path }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let key = Self {
                    identity: age::x25519::Identity::generate(),
                };
                std::fs::create_dir_all(data_dir).map_err(|source| KeyError::Unreadable {
                    path: data_dir.to_path_buf(),
                    source,
                })?;
                write_atomically(&path, key.file_text().as_bytes(), Audience::Owner)?;
                Ok(key)
            }
            Err(source) => Err(KeyError::Unreadable { path, source }),
        }
    }

    /// The key in an identity file's text: its first `AGE-SECRET-KEY-1…` line.
    fn parse(text: &str) -> Option<Self> {
        text.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .find_map(|line| line.parse::<age::x25519::Identity>().ok())
            .map(|identity| Self { identity })
    }

    /// The identity file as `age-keygen` writes it: two comment lines, then the secret key.
    fn file_text(&self) -> String {
        format!(
            "# Skills Journal: the key that opens answers to your feedback requests and reviews.\n\
             # Keep it private; it is part of your backups. public key: {}\n{}\n",
            self.recipient(),
            self.identity.to_string().expose_secret()
        )
    }

    /// The public half (`age1…`), which a request's form seals answers to.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// The age identity, for [`crate::open`].
    pub(crate) fn identity(&self) -> &age::x25519::Identity {
        &self.identity
    }
}
