//! Integration tests of skills-articles: one binary, one module per topic.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

mod articles {
    pub mod common;

    mod broken;
    mod front_matter;
    mod fuzz;
    mod hostile;
    mod library;
    mod rendering;
    mod skill_corpus;
    mod skills;
    mod unplaced;
    mod watch;
    // Last: depends on the bundled articles another writer is creating.
    mod bundled;
}
