//! End-to-end tests: the real app in its real webview, driven through `tauri-driver` and
//! WebKitWebDriver under a private Xvfb display. One test per user journey; each asserts what a
//! person would see. Missing tools fail the tests with what to install: they never skip.
//!
//! Steps: start Xvfb on a free display, start tauri-driver on free ports, then for each journey
//! open a WebDriver session (which starts the app binary cargo built for these tests), act, assert,
//! close the session. The processes are killed when the run ends, also after a failure.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

mod environment;
mod exchange;
mod journal;
mod journeys;
mod links;
mod recovery;
mod requests;

use std::sync::Arc;

use libtest_mimic::{Arguments, Trial};

fn main() {
    let args = Arguments::from_args();
    // One app at a time: two webviews on two cores make every journey slow and flaky.
    let args = Arguments {
        test_threads: Some(1),
        ..args
    };
    let environment = Arc::new(environment::Environment::start());
    let trials = journeys::ALL
        .iter()
        .map(|&(name, journey)| {
            let environment = Arc::clone(&environment);
            Trial::test(name, move || {
                environment.run(name, journey).map_err(Into::into)
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    drop(environment);
    conclusion.exit();
}
