//! Running the app's binary the way a person does in a terminal, shared by the command-line tests.

use std::path::Path;
use std::process::{Command, Output};

/// `skills-journal --data-dir DATA ARGS...`, without a display, on an English system (the
/// messages follow `LANG` unless `--lang` says otherwise).
pub fn skills_journal(args: &[&str], data_dir: &Path) -> Output {
    skills_journal_in("en_US.UTF-8", args, data_dir)
}

/// The same on a system whose language is `locale` (`nl_NL.UTF-8`).
pub fn skills_journal_in(locale: &str, args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skills-journal"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .expect("the binary runs")
}
