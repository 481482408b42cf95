//! The command line. Without a subcommand the binary opens the window; with one it does the
//! job on the terminal and exits (no window, no display needed).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use skills_articles::{Article, ArticleLibrary, ArticleSource, Severity};
use skills_catalogue::Lang;

use crate::app::{self, LibraryFolders, load_catalogue};
use crate::journal::{self, Opening};
use crate::{cli_journal, cli_recovery, cli_reports, logging, paths};

/// Skills Journal: grow your soft skills during an IT traineeship.
#[derive(Debug, Parser)]
#[command(name = "skills-journal", version, about, long_about = None)]
pub struct Cli {
    /// Where your data lives (default: the OS data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// An extra folder of articles to show beside the bundled ones and your own.
    #[arg(long, global = true, value_name = "DIR")]
    pub articles_dir: Option<PathBuf>,
    /// After a damaged journal: begin a new, empty one (the damaged file and the backups stay).
    #[arg(long, global = true)]
    pub start_empty: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check and render guidance articles.
    #[command(subcommand)]
    Articles(ArticlesCommand),
    /// Record an entry in your journal and print its id.
    #[command(subcommand)]
    Log(cli_journal::LogCommand),
    /// Find entries in your journal.
    #[command(subcommand)]
    Entries(cli_journal::EntriesCommand),
    /// Make a verified backup of your journal now and print where it is.
    Backup(cli_journal::BackupArgs),
    /// Replace your journal with a backup (the current one is kept beside it).
    Restore {
        /// The backup file (see `backup --list`).
        file: PathBuf,
    },
    /// Write a report for your coach (HTML, Markdown, CSV) or the whole journal (JSON).
    Export(cli_reports::ExportArgs),
    /// Recover every entry that can still be read from a damaged journal file (a backup of
    /// your journal first, no duplicates).
    Salvage {
        /// The damaged file (named when the damage was found: `journal.corrupt-….sqlite`).
        file: PathBuf,
    },
    /// Bring in a JSON export: into an empty journal as it was, or merged without duplicates.
    Import {
        /// The JSON file written by `export --format json`.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ArticlesCommand {
    /// Load a folder of articles and report each article and every problem (exit 1 on errors).
    Check(CheckArgs),
    /// Print the safe HTML the reader would show for one article.
    Render {
        /// The Markdown file.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The folder to check (default: the bundled articles, your own and --articles-dir).
    pub dir: Option<PathBuf>,
    /// Print a JSON array instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The process entry point.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
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
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
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
        Some(Command::Articles(ArticlesCommand::Check(args))) => check(&folders, &args),
        Some(Command::Articles(ArticlesCommand::Render { file })) => render(&folders, &file),
        Some(Command::Log(command)) => {
            let mut store = cli_journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            let code = cli_journal::log(&mut store, command)?;
            store.close()?;
            Ok(code)
        }
        Some(Command::Entries(cli_journal::EntriesCommand::List(args))) => {
            let store = cli_journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            cli_journal::list(&store, &args)
        }
        Some(Command::Backup(args)) => {
            let store = cli_journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            cli_journal::backup(&store, &args)
        }
        Some(Command::Restore { file }) => {
            let _lock = journal::lock(&folders.data_dir)?;
            cli_journal::restore(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                &file,
            )
        }
        Some(Command::Export(args)) => {
            let catalogue = load_catalogue(&folders)?;
            let catalogue = catalogue.catalogue();
            let store = cli_journal::open(&folders.data_dir, catalogue, opening)?;
            cli_reports::export(&store, catalogue, &folders.data_dir, &args)
        }
        Some(Command::Salvage { file }) => {
            let _lock = journal::lock(&folders.data_dir)?;
            cli_recovery::salvage(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                &file,
            )
        }
        Some(Command::Import { file }) => {
            let _lock = journal::lock(&folders.data_dir)?;
            let mut store = cli_journal::open(
                &folders.data_dir,
                load_catalogue(&folders)?.catalogue(),
                opening,
            )?;
            let code = cli_reports::import(&mut store, &file)?;
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
        }
    }
}

/// Reads a `--lang` value: `nl` or `en` (a region such as `nl-BE` is accepted).
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text)
        .ok_or_else(|| format!("`{text}` is not a language the app speaks; use nl or en"))
}

/// One line of `articles check --json`.
#[derive(Debug, Serialize)]
struct CheckedArticle {
    path: String,
    title: String,
    date: Option<String>,
    tags: Vec<String>,
    lang: Lang,
    skills: Vec<String>,
    /// Items of skills lists that name no catalogue skill (a writer may add an alias).
    unrecognised: Vec<String>,
    errors: Vec<CheckedProblem>,
    warnings: Vec<CheckedProblem>,
}

#[derive(Debug, Serialize)]
struct CheckedProblem {
    line: Option<u32>,
    message: String,
}

fn check(
    folders: &LibraryFolders,
    args: &CheckArgs,
) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let library = match &args.dir {
        Some(dir) => {
            if !dir.is_dir() {
                return Err(format!("{} is not a folder", dir.display()).into());
            }
            let mut library = ArticleLibrary::new(load_catalogue(folders)?);
            library.set_source(ArticleSource::Extra, Some(dir.clone()));
            library
        }
        None => app::load_library(folders)?,
    };
    let checked: Vec<CheckedArticle> = library
        .articles()
        .map(|article| checked(&library, article))
        .collect();
    let has_errors = checked.iter().any(|article| !article.errors.is_empty());

    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &checked)?;
        writeln!(out)?;
    } else {
        write_check_report(&mut out, &checked)?;
    }
    Ok(if has_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn checked(library: &ArticleLibrary, article: &Article) -> CheckedArticle {
    let summary = &article.summary;
    let path = library
        .source_dir(summary.source)
        .map(|dir| dir.join(&summary.path))
        .unwrap_or_else(|| PathBuf::from(&summary.path));
    let problems = |severity: Severity| {
        summary
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .map(|p| CheckedProblem {
                line: p.line,
                message: p.message.clone(),
            })
            .collect()
    };
    CheckedArticle {
        path: path.display().to_string(),
        title: summary.title.clone(),
        date: summary.date.clone(),
        tags: summary.tags.clone(),
        lang: summary.lang,
        skills: summary.skills.clone(),
        unrecognised: article
            .unplaced
            .iter()
            .map(|item| item.text.clone())
            .collect(),
        errors: problems(Severity::Error),
        warnings: problems(Severity::Warning),
    }
}

fn write_check_report(out: &mut impl Write, checked: &[CheckedArticle]) -> std::io::Result<()> {
    let location = |path: &str, line: Option<u32>| match line {
        Some(line) => format!("{path}:{line}"),
        None => path.to_owned(),
    };
    for article in checked {
        let mark = if article.errors.is_empty() {
            "ok "
        } else {
            "ERR"
        };
        writeln!(out, "{mark} {}", article.path)?;
        writeln!(
            out,
            "    {} | {} | {} | tags: {} | skills: {}",
            article.title,
            article.date.as_deref().unwrap_or("no date"),
            article.lang.code(),
            if article.tags.is_empty() {
                "-".to_owned()
            } else {
                article.tags.join(", ")
            },
            if article.skills.is_empty() {
                "-".to_owned()
            } else {
                article.skills.join(", ")
            },
        )?;
        if !article.unrecognised.is_empty() {
            writeln!(
                out,
                "    not recognised in a skills list: {}",
                article.unrecognised.join(" | ")
            )?;
        }
    }
    let mut errors = 0;
    let mut warnings = 0;
    for article in checked {
        for problem in &article.errors {
            errors += 1;
            writeln!(
                out,
                "{}: {}",
                location(&article.path, problem.line),
                problem.message
            )?;
        }
        for problem in &article.warnings {
            warnings += 1;
            writeln!(
                out,
                "{}: warning: {}",
                location(&article.path, problem.line),
                problem.message
            )?;
        }
    }
    writeln!(
        out,
        "{} articles, {errors} errors, {warnings} warnings",
        checked.len()
    )
}

fn render(folders: &LibraryFolders, file: &Path) -> Result<ExitCode, Box<dyn std::error::Error>> {
    if !file.is_file() {
        return Err(format!("{} is not a file", file.display()).into());
    }
    let catalogue = load_catalogue(folders)?;
    let relative = file
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| file.to_path_buf());
    let article = skills_articles::load_article(file, &relative, ArticleSource::Extra, &catalogue);
    let mut out = std::io::stdout().lock();
    out.write_all(article.html.as_bytes())?;
    for problem in &article.summary.problems {
        let line = problem.line.map(|l| format!(":{l}")).unwrap_or_default();
        let severity = if problem.severity == Severity::Warning {
            "warning: "
        } else {
            ""
        };
        eprintln!("{}{line}: {severity}{}", file.display(), problem.message);
    }
    Ok(if article.summary.is_broken() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
