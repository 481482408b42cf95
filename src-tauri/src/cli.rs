//! The command line. Without a subcommand the binary opens the window; with one it does the
//! job on the terminal and exits (no window, no display needed).
//!
//! The clap types here and in cli/ carry no help text: every subcommand's and option's help is a
//! message in crates/i18n/locales/<lang>/cli.ftl, set by cli/help.rs in the chosen language (a
//! test finds a subcommand or option without one).

mod articles;
mod entries;
mod help;
mod journal;
mod recovery;
mod refusal;
mod reports;
mod requests;
mod say;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use skills_catalogue::Lang;

use crate::app::{self, LibraryFolders, load_catalogue};
use crate::error::CommandError;
use crate::journal::Opening;
use crate::{logging, paths, wording};

/// Skills Journal: grow your soft skills during an IT traineeship.
#[derive(Debug, Parser)]
#[command(name = "skills-journal", version, about, long_about = None)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    pub articles_dir: Option<PathBuf>,
    #[arg(long, global = true)]
    pub start_empty: bool,
    #[arg(long, global = true, value_name = "nl|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Articles(articles::ArticlesCommand),
    #[command(subcommand)]
    Log(journal::LogCommand),
    #[command(subcommand)]
    Entries(entries::EntriesCommand),
    Backup(journal::BackupArgs),
    Restore {
        file: PathBuf,
    },
    Export(reports::ExportArgs),
    Salvage {
        file: PathBuf,
    },
    Import {
        file: PathBuf,
    },
    #[command(subcommand)]
    Request(requests::RequestCommand),
    #[command(subcommand)]
    Answer(requests::AnswerCommand),
}

/// The process entry point.
pub fn main() -> ExitCode {
    let lang = say::choose(std::env::args_os());
    let parsed = help::localised(Cli::command())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => match refusal::text(&error) {
            Some(text) => {
                eprintln!("{text}");
                return ExitCode::from(2);
            }
            // --help, --version and what clap words only itself.
            None => error.exit(),
        },
    };
    match run(cli) {
        Ok(code) => code,
        // `entries list | head` closes the pipe early: that is the reader's choice, not an error.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", failure_text(lang, error.as_ref()));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
    // Messages follow --lang, else the system's language (say.rs); a report follows --lang,
    // else the app's language (the `export` subcommand reads the settings for that).
    let cli_lang = cli.lang;
    let data_dir = paths::data_dir(cli.data_dir.as_deref())?;
    let _log = logging::init(&data_dir);
    tracing::info!(
        "Skills Journal {} started: {}",
        env!("CARGO_PKG_VERSION"),
        cli.command.as_ref().map_or("window", Command::name)
    );
    let opening = if cli.start_empty {
        Opening::StartEmpty
    } else {
        Opening::AsItIs
    };
    let folders = LibraryFolders {
        bundled: paths::bundled_articles_dir()?,
        user: paths::user_articles_dir(&data_dir),
        extra: cli.articles_dir,
        data_dir,
    };
    match cli.command {
        None => app::run(folders).map(|()| ExitCode::SUCCESS),
        Some(Command::Articles(command)) => articles::run(&folders, command),
        Some(Command::Log(command)) => {
            let mut store = journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            let code = journal::log(&mut store, command)?;
            store.close()?;
            Ok(code)
        }
        Some(Command::Entries(entries::EntriesCommand::List(args))) => {
            let store = journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            entries::list(&store, &args)
        }
        Some(Command::Backup(args)) => {
            let store = journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            journal::backup(&store, &args)
        }
        Some(Command::Restore { file }) => {
            let _lock = crate::journal::lock(&folders.data_dir)?;
            journal::restore(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                &file,
            )
        }
        Some(Command::Export(args)) => {
            let catalogue = load_catalogue(&folders)?;
            let catalogue = catalogue.catalogue();
            let store = journal::open(&folders.data_dir, catalogue, opening)?;
            reports::export(&store, catalogue, &folders.data_dir, &args, cli_lang)
        }
        Some(Command::Salvage { file }) => {
            let _lock = crate::journal::lock(&folders.data_dir)?;
            recovery::salvage(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                &file,
            )
        }
        Some(Command::Import { file }) => {
            let _lock = crate::journal::lock(&folders.data_dir)?;
            let mut store = journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            let code = reports::import(&mut store, &file)?;
            store.close()?;
            Ok(code)
        }
        Some(Command::Request(command)) => {
            let catalogue = load_catalogue(&folders)?;
            let catalogue = catalogue.catalogue();
            let mut store = journal::open(&folders.data_dir, catalogue, opening)?;
            let code = match command {
                requests::RequestCommand::Create(args) => {
                    requests::create(&mut store, catalogue, &folders.data_dir, args, cli_lang)?
                }
                requests::RequestCommand::List { json } => requests::list(&store, json)?,
                requests::RequestCommand::Withdraw { id } => requests::withdraw(&mut store, &id)?,
            };
            store.close()?;
            Ok(code)
        }
        Some(Command::Answer(requests::AnswerCommand::Import { file })) => {
            let mut store = journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            let code = requests::import(&mut store, &folders.data_dir, &file)?;
            store.close()?;
            Ok(code)
        }
    }
}

impl Command {
    /// The subcommand's name, for the log (never its arguments: they may hold what the trainee
    /// wrote).
    fn name(&self) -> &'static str {
        match self {
            Self::Articles(_) => "articles",
            Self::Log(_) => "log",
            Self::Entries(_) => "entries",
            Self::Backup(_) => "backup",
            Self::Restore { .. } => "restore",
            Self::Export(_) => "export",
            Self::Salvage { .. } => "salvage",
            Self::Import { .. } => "import",
            Self::Request(_) => "request",
            Self::Answer(_) => "answer",
        }
    }
}

/// A failure in `lang` for stderr: the journal's and the reports' errors worded from the Fluent
/// messages the window uses (a damaged journal followed by the ways on); other errors (the
/// command line's own, already worded) as they are.
fn failure_text(lang: Lang, error: &(dyn std::error::Error + 'static)) -> String {
    let mut ways_on = String::new();
    let worded = if let Some(error) = error.downcast_ref::<skills_journal_store::StoreError>() {
        ways_on = recovery::ways_on(error);
        Some(CommandError::from_store(error))
    } else if let Some(error) = error.downcast_ref::<skills_reports::ExportError>() {
        Some(CommandError::from_export(error))
    } else if let Some(error) = error.downcast_ref::<skills_requests::AskError>() {
        Some(CommandError::from_ask(error))
    } else if let Some(error) = error.downcast_ref::<skills_requests::ReceiveError>() {
        Some(CommandError::from_receive(error))
    } else if let Some(error) = error.downcast_ref::<skills_requests::KeyError>() {
        Some(CommandError::from_key(error))
    } else {
        error
            .downcast_ref::<skills_reports::ScopeError>()
            .map(CommandError::from_scope)
    };
    let message = worded.map_or_else(|| error.to_string(), |e| wording::error_text(lang, &e));
    let line = skills_i18n::text_with_values(lang, "cli-error", [("message", message.as_str())]);
    line + &ways_on
}

/// Reads a `--lang` value: `nl` or `en` (a region such as `nl-BE` is accepted).
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text).ok_or_else(|| say::text("cli-lang-unknown", &[("text", text)]))
}
