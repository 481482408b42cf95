//! The Tauri commands, the UI's whole surface, by area. Each is a thin wrapper: it takes what
//! the UI sent, asks a crate (under the state's locks, see `state.rs`) and maps the answer or
//! the error; the rules live in the crates.

pub mod article_links;
pub mod articles;
pub mod journal;
pub mod recovery;
pub mod reports;
pub mod requests;
