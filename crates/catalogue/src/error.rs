//! Why the skill catalogue could not be used; each message names the file and, where known, the
//! line, and says what to fix.

use std::path::PathBuf;

/// Why the skill catalogue (`skills.toml`) could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The file could not be read.
    #[error("could not read the skill catalogue {}: {source}", path.display())]
    Read {
        /// The catalogue file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not have the catalogue's shape.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Syntax {
        /// The catalogue file.
        path: PathBuf,
        /// The line the problem is on, when known.
        line: Option<u32>,
        /// What is wrong.
        message: String,
    },
    /// The file parses but breaks a rule of the catalogue (ids, five levels, unique names).
    #[error("{}: {message}", path.display())]
    Invalid {
        /// The catalogue file.
        path: PathBuf,
        /// Which rule is broken, naming the skill.
        message: String,
    },
}
