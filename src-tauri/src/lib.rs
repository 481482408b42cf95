//! Skills Journal: the app shell. One binary is both the window and the command line; the
//! logic lives in the crates under `crates/`, this package only wires it to Tauri and clap.

mod app;
mod cli;
mod commands;
mod dialogs;
mod error;
mod journal;
mod logging;
mod paths;
mod settings;
mod state;
mod wording;

pub use cli::{Cli, main};
pub use error::CommandError;
pub use settings::AppSettings;
