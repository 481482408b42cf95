//! `articles check` and `articles render`: what a writer of articles runs to see every problem
//! (file and line) and the HTML the reader would show.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;
use skills_articles::{Article, ArticleLibrary, ArticleSource, ProblemCode, Severity};
use skills_catalogue::Lang;

use super::say;
use crate::app::{self, LibraryFolders, load_catalogue};
use crate::wording;

#[derive(Debug, Subcommand)]
pub enum ArticlesCommand {
    Check(CheckArgs),
    Render { file: PathBuf },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    pub dir: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// Runs an `articles` subcommand.
pub fn run(
    folders: &LibraryFolders,
    command: ArticlesCommand,
) -> Result<ExitCode, Box<dyn std::error::Error>> {
    match command {
        ArticlesCommand::Check(args) => check(folders, &args, say::lang()),
        ArticlesCommand::Render { file } => render(folders, &file),
    }
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
    code: ProblemCode,
    /// In English, as before (scripts may read it).
    message: String,
    /// In the command line's language.
    text: String,
}

fn check(
    folders: &LibraryFolders,
    args: &CheckArgs,
    lang: Lang,
) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let library = match &args.dir {
        Some(dir) => {
            if !dir.is_dir() {
                let path = dir.display().to_string();
                return Err(say::text("cli-not-a-folder", &[("path", &path)]).into());
            }
            let mut library = ArticleLibrary::new(load_catalogue(folders)?);
            library.set_source(ArticleSource::Extra, Some(dir.clone()));
            library
        }
        None => app::load_library(folders)?,
    };
    let checked: Vec<CheckedArticle> = library
        .articles()
        .map(|article| checked(&library, article, lang))
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

fn checked(library: &ArticleLibrary, article: &Article, lang: Lang) -> CheckedArticle {
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
                code: p.code,
                message: p.message.clone(),
                text: wording::problem_text(lang, p),
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
    let (ok, broken) = (
        say::text("cli-check-ok", &[]),
        say::text("cli-check-broken", &[]),
    );
    let width = ok.chars().count().max(broken.chars().count());
    let listed = |items: &[String]| {
        if items.is_empty() {
            "-".to_owned()
        } else {
            items.join(", ")
        }
    };
    for article in checked {
        let mark = if article.errors.is_empty() {
            &ok
        } else {
            &broken
        };
        writeln!(out, "{mark:<width$} {}", article.path)?;
        let no_date = say::text("cli-check-no-date", &[]);
        let details = say::text(
            "cli-check-details",
            &[
                ("title", &article.title),
                ("date", article.date.as_deref().unwrap_or(&no_date)),
                ("lang", article.lang.code()),
                ("tags", &listed(&article.tags)),
                ("skills", &listed(&article.skills)),
            ],
        );
        writeln!(out, "    {details}")?;
        if !article.unrecognised.is_empty() {
            let items = article.unrecognised.join(" | ");
            let line = say::text("cli-check-unrecognised", &[("items", &items)]);
            writeln!(out, "    {line}")?;
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
                problem.text
            )?;
        }
        for problem in &article.warnings {
            warnings += 1;
            writeln!(
                out,
                "{}: {}",
                location(&article.path, problem.line),
                say::warning(&problem.text)
            )?;
        }
    }
    let summary = say::text(
        "cli-check-summary",
        &[
            ("articles", &checked.len().to_string()),
            ("errors", &errors.to_string()),
            ("warnings", &warnings.to_string()),
        ],
    );
    writeln!(out, "{summary}")
}

fn render(folders: &LibraryFolders, file: &Path) -> Result<ExitCode, Box<dyn std::error::Error>> {
    if !file.is_file() {
        let path = file.display().to_string();
        return Err(say::text("cli-not-a-file", &[("path", &path)]).into());
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
        let text = wording::problem_text(say::lang(), problem);
        let text = if problem.severity == Severity::Warning {
            say::warning(&text)
        } else {
            text
        };
        eprintln!("{}{line}: {text}", file.display());
    }
    Ok(if article.summary.is_broken() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
