//! Integration tests of skills-journal-store: one binary, one module per topic.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a panic is a failed test with its message"
)]

mod journal {
    pub mod common;

    mod article_links;
    mod backups;
    mod corruption;
    mod crash;
    mod drafts;
    mod entries;
    mod exchange;
    mod filters;
    mod import_mutations;
    mod migrations;
    mod recovery;
    mod requests;
    mod search;
    mod skills;
    mod stats;
    mod trash;
    mod validation;
}
