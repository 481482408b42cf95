//! Skills Journal: the app shell. One binary is both the window and the command line; the
//! logic lives in the crates under `crates/`, this package only wires it to Tauri and clap.

mod app;
mod article_link_commands;
mod cli;
mod cli_journal;
mod cli_recovery;
mod cli_reports;
mod commands;
mod error;
mod exports;
mod journal;
mod journal_commands;
mod logging;
mod paths;
mod recovery_commands;
mod report_commands;
mod settings;
mod state;

pub use cli::{Cli, main};
pub use error::CommandError;
pub use settings::AppSettings;
