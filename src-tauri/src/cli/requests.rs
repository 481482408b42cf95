//! Others' voices on the command line: `request create|list|withdraw` and `answer import`.
//! The same steps as the window (`skills_requests::ask` and `receive`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Local, NaiveDate, Utc};
use clap::{Args, Subcommand};
use skills_catalogue::{Lang, SkillCatalogue};
use skills_journal_store::{
    FeedbackRequest, FeedbackSetting, GiverRole, JournalStore, RequestInput, StoreError,
};
use skills_requests::{AskError, MAX_SEALED_BYTES};

use super::journal::{CliResult, Refused, parse_giver, parse_setting};
use super::say;
use crate::{settings, wording};

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    Create(CreateArgs),
    List {
        #[arg(long)]
        json: bool,
    },
    Withdraw {
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AnswerCommand {
    Import { file: PathBuf },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long = "skill", value_name = "ID", required = true)]
    skills: Vec<String>,
    #[arg(long, value_parser = parse_giver)]
    giver_role: GiverRole,
    #[arg(long, value_name = "NAME")]
    giver_name: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    giver_email: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    reply_to: Option<String>,
    #[arg(long, value_parser = parse_setting)]
    setting: Option<FeedbackSetting>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    #[arg(long, value_name = "TEXT")]
    context: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    reply_by: Option<NaiveDate>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// `request create`: saves the request and writes its form. The form speaks `--lang`, else the
/// app's language (as reports do).
pub fn create(
    store: &mut JournalStore,
    catalogue: &SkillCatalogue,
    data_dir: &Path,
    args: CreateArgs,
    lang: Option<Lang>,
) -> CliResult {
    let lang = lang.unwrap_or_else(|| {
        settings::load(data_dir)
            .locale
            .unwrap_or_else(settings::os_locale)
    });
    let input = RequestInput {
        lang,
        giver_role: args.giver_role,
        giver_name: args.giver_name,
        giver_email: args.giver_email,
        reply_to: args.reply_to,
        setting: args.setting,
        about_date: args.date,
        context: args.context,
        skills: args.skills,
        reply_by: args.reply_by,
    };
    let request =
        match skills_requests::ask(store, catalogue, data_dir, &input, &args.out, Utc::now()) {
            Ok(request) => request,
            Err(AskError::Store(StoreError::Validation(problems))) => {
                let skills: Vec<&str> = input.skills.iter().map(String::as_str).collect();
                let refused = Refused {
                    header: "cli-request-not-saved",
                    kind: skills_journal_store::EntryKind::Feedback,
                    skills: &skills,
                    option_for,
                };
                refused.print(&problems)?;
                return Ok(ExitCode::FAILURE);
            }
            Err(error) => return Err(error.into()),
        };
    let out = args.out.display().to_string();
    println!(
        "{}",
        say::text(
            "cli-request-created",
            &[("id", &request.id), ("file", &out)]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `request list`.
pub fn list(store: &JournalStore, json: bool) -> CliResult {
    let requests = store.requests(Local::now().date_naive())?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&requests)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if requests.is_empty() {
        writeln!(out, "{}", say::text("cli-requests-none", &[]))?;
    }
    for request in &requests {
        writeln!(out, "{}", line(request))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn line(request: &FeedbackRequest) -> String {
    let lang = say::lang();
    let status = skills_i18n::text(
        lang,
        &format!("cli-request-status-{}", request.status.as_str()),
    );
    let role = wording::giver_label(lang, request.input.giver_role);
    let who = match &request.input.giver_name {
        Some(name) => format!("{role} ({name})"),
        None => role.to_owned(),
    };
    let reply_by = request
        .input
        .reply_by
        .map(|day| say::text("cli-request-reply-by", &[("date", &day.to_string())]))
        .unwrap_or_default();
    format!(
        "{}  {}  {}  {}  {}  {reply_by}",
        request.id,
        request.created_at.with_timezone(&Local).date_naive(),
        status,
        who,
        request.input.skills.join(", ")
    )
    .trim_end()
    .to_owned()
}

/// `request withdraw ID`.
pub fn withdraw(store: &mut JournalStore, id: &str) -> CliResult {
    let request = store.withdraw_request(id, Utc::now())?;
    println!(
        "{}",
        say::text("cli-request-withdrawn", &[("id", &request.id)])
    );
    Ok(ExitCode::SUCCESS)
}

/// `answer import FILE|-`: opens the answer with the trainee's key and adds what it holds.
pub fn import(store: &mut JournalStore, data_dir: &Path, file: &Path) -> CliResult {
    let sealed = read_bounded(file)?;
    let imported = skills_requests::receive(store, data_dir, &sealed, Utc::now())?;
    if imported.already_imported {
        println!(
            "{}",
            say::text("cli-answer-already", &[("id", &imported.request_id)])
        );
        return Ok(ExitCode::SUCCESS);
    }
    let ids: Vec<String> = imported.added.iter().map(|e| e.id.to_string()).collect();
    let said = say::text(
        "cli-answer-imported",
        &[
            ("id", &imported.request_id),
            ("count", &ids.len().to_string()),
            ("entries", &ids.join(", ")),
        ],
    );
    println!("{said}");
    Ok(ExitCode::SUCCESS)
}

/// The answer's bytes from a file or from stdin (`-`), never more than an answer may be (one
/// byte more, so that `open` can say it is too large).
fn read_bounded(file: &Path) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let limit = u64::try_from(MAX_SEALED_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    let read = if file == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|error| {
        let path = file.display().to_string();
        say::text(
            "cli-could-not-read",
            &[("path", &path), ("reason", &error.to_string())],
        )
    })?;
    Ok(bytes)
}

/// The option that sets a field of a request.
fn option_for(field: &str) -> String {
    let option = match field.split('[').next().unwrap_or(field) {
        "skills" => "--skill",
        "giverName" => "--giver-name",
        "giverEmail" => "--giver-email",
        "replyTo" => "--reply-to",
        "context" => "--context",
        "aboutDate" => "--date",
        "replyBy" => "--reply-by",
        _ => return field.to_owned(),
    };
    format!("{option} ({field})")
}
