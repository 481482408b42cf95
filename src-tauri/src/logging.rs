//! The app's log: a daily file in the data folder (`logs/skills-journal.YYYY-MM-DD.log`, the
//! last 14 kept), so a trainee can send it when something fails, and warnings on stderr for
//! whoever started the app from a terminal. Only the app's own messages are logged (what went
//! wrong and where), never what the trainee wrote: no entry text, no names, no file contents.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::fmt;
use tracing_subscriber::prelude::*;

/// Log files kept, one per day.
pub const KEEP_DAYS: usize = 14;
/// The log folder inside the data folder.
pub const LOG_DIR: &str = "logs";

/// Starts logging; the returned guard writes what is buffered when it is dropped (keep it for
/// as long as the process runs). Without a writable log folder only stderr is used: logging
/// never stops the app.
pub fn init(data_dir: &Path) -> Option<WorkerGuard> {
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .with_filter(LevelFilter::WARN);
    let dir = data_dir.join(LOG_DIR);
    // The appender looks for old files to prune before it creates the folder (and says so on
    // stderr when it is missing): make the folder first.
    let file = std::fs::create_dir_all(&dir)
        .map_err(|error| error.to_string())
        .and_then(|()| {
            RollingFileAppender::builder()
                .rotation(Rotation::DAILY)
                .filename_prefix("skills-journal")
                .filename_suffix("log")
                .max_log_files(KEEP_DAYS)
                .build(&dir)
                .map_err(|error| error.to_string())
        });
    match file {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file = fmt::layer()
                .with_writer(writer)
                .with_ansi(false)
                .with_filter(LevelFilter::INFO);
            // A second init (tests run the CLI in-process more than once) keeps the first.
            let _ = tracing_subscriber::registry()
                .with(stderr)
                .with(file)
                .try_init();
            Some(guard)
        }
        Err(error) => {
            let _ = tracing_subscriber::registry().with(stderr).try_init();
            tracing::warn!("the log folder could not be used, logging to stderr only: {error}");
            None
        }
    }
}
