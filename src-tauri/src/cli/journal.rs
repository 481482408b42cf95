//! The journal on the command line: `log`, `backup` and `restore` (`entries list` is in
//! entries.rs). The same
//! store and the same validation as the window; validation problems are reported per field,
//! named by the option that sets it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Local, NaiveDate, Utc};
use clap::{Args, Subcommand};
use skills_catalogue::SkillCatalogue;
use skills_journal_store::{
    ActionContent, EntryContent, EntryId, EntryInput, EntryKind, EntryQuery, EntrySkill,
    FeedbackContent, FeedbackSetting, GiverRole, JournalStore, MAX_PAGE_SIZE, ReflectionContent,
    SelfAssessmentContent, StoreError,
};

use super::say;
use crate::error::CommandError;
use crate::{journal, wording};

pub(super) type CliResult = Result<ExitCode, Box<dyn std::error::Error>>;

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    Feedback(FeedbackArgs),
    Reflection(ReflectionArgs),
    Assessment(AssessmentArgs),
    Action(ActionArgs),
}

/// What every entry has.
#[derive(Debug, Args)]
pub struct CommonArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    #[arg(long)]
    private: bool,
}

#[derive(Debug, Args)]
pub struct FeedbackArgs {
    #[arg(long = "skill", value_name = "ID", required = true)]
    skills: Vec<String>,
    #[arg(long, value_parser = parse_setting, default_value = "other")]
    setting: FeedbackSetting,
    #[arg(long, value_parser = parse_giver, default_value = "other")]
    giver: GiverRole,
    #[arg(long, value_name = "NAME")]
    giver_name: Option<String>,
    #[arg(long, value_name = "N")]
    rating: Option<u8>,
    #[arg(long, value_name = "TEXT")]
    situation: Option<String>,
    #[arg(long, value_name = "TEXT")]
    behaviour: Option<String>,
    #[arg(long, value_name = "TEXT")]
    impact: Option<String>,
    #[arg(long, value_name = "TEXT")]
    next: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct ReflectionArgs {
    #[arg(long = "skill", value_name = "ID", required = true)]
    skills: Vec<String>,
    #[arg(long, value_name = "N")]
    rating: Option<u8>,
    #[arg(long, value_name = "TEXT")]
    situation: Option<String>,
    #[arg(long, value_name = "TEXT")]
    task: Option<String>,
    #[arg(long, value_name = "TEXT")]
    action: Option<String>,
    #[arg(long, value_name = "TEXT")]
    result: Option<String>,
    #[arg(long, value_name = "TEXT")]
    reflection: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct AssessmentArgs {
    #[arg(long = "level", value_name = "ID=N", value_parser = parse_level, required = true)]
    levels: Vec<(String, u8)>,
    #[arg(long = "justify", value_name = "ID=TEXT", value_parser = parse_pair)]
    justifications: Vec<(String, String)>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct ActionArgs {
    #[arg(long = "skill", value_name = "ID", required = true)]
    skills: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    text: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    due: Option<NaiveDate>,
    #[arg(long = "from-entry", value_name = "ID")]
    source: Option<i64>,
    #[arg(long)]
    done: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[arg(long)]
    list: bool,
}

pub(super) fn parse_setting(text: &str) -> Result<FeedbackSetting, String> {
    FeedbackSetting::parse(&text.replace('-', "_"))
        .ok_or_else(|| say::text("cli-expected-setting", &[]))
}

pub(super) fn parse_giver(text: &str) -> Result<GiverRole, String> {
    GiverRole::parse(text).ok_or_else(|| say::text("cli-expected-giver", &[]))
}

pub(super) fn parse_kind(text: &str) -> Result<EntryKind, String> {
    match text {
        "assessment" | "self-assessment" => Ok(EntryKind::SelfAssessment),
        other => EntryKind::parse(other).ok_or_else(|| say::text("cli-expected-kind", &[])),
    }
}

fn parse_pair(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(id, value)| (id.trim().to_owned(), value.to_owned()))
        .filter(|(id, _)| !id.is_empty())
        .ok_or_else(|| say::text("cli-expected-pair", &[]))
}

fn parse_level(text: &str) -> Result<(String, u8), String> {
    let (id, level) = parse_pair(text).map_err(|_| say::text("cli-expected-level", &[]))?;
    let level = level
        .trim()
        .parse()
        .map_err(|_| say::text("cli-not-a-level", &[("text", &level)]))?;
    Ok((id, level))
}

/// Opens the journal the way the window does; a failed automatic backup is a warning on stderr.
/// After damage it refuses (`main` names the ways on), unless `opening` says to start empty.
pub fn open(
    data_dir: &Path,
    catalogue: &SkillCatalogue,
    opening: journal::Opening,
) -> Result<JournalStore, StoreError> {
    let store = journal::open_with(data_dir, catalogue, opening)?;
    warn_about_backup(&store);
    Ok(store)
}

/// Says on stderr when the automatic backup failed (the journal itself works).
pub fn warn_about_backup(store: &JournalStore) {
    if let Some(problem) = store.backup_warning() {
        let problem = wording::error_text(say::lang(), &CommandError::from_store(problem));
        let message = say::text("cli-backup-warning", &[("problem", &problem)]);
        eprintln!("{}", say::warning(&message));
    }
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn rated(skills: &[String], rating: Option<u8>) -> Vec<EntrySkill> {
    skills
        .iter()
        .map(|id| EntrySkill {
            skill_id: id.clone(),
            rating,
            justification: None,
        })
        .collect()
}

fn input(common: CommonArgs, skills: Vec<EntrySkill>, content: EntryContent) -> EntryInput {
    EntryInput {
        date: common.date.unwrap_or_else(today),
        skills,
        article_id: common.article,
        tags: common.tags,
        private: common.private,
        content,
    }
}

/// `log <kind>`: validates and saves one entry, prints its id.
pub fn log(store: &mut JournalStore, command: LogCommand) -> CliResult {
    let entry = match command {
        LogCommand::Feedback(args) => input(
            args.common,
            rated(&args.skills, args.rating),
            EntryContent::Feedback(FeedbackContent {
                setting: args.setting,
                giver_role: args.giver,
                giver_name: args.giver_name,
                situation: args.situation,
                behaviour: args.behaviour,
                impact: args.impact,
                next_step: args.next,
                keep_doing: None,
                try_next: None,
            }),
        ),
        LogCommand::Reflection(args) => input(
            args.common,
            rated(&args.skills, args.rating),
            EntryContent::Reflection(ReflectionContent {
                situation: args.situation,
                task: args.task,
                action: args.action,
                result: args.result,
                reflection: args.reflection,
            }),
        ),
        LogCommand::Assessment(args) => {
            let skills = args
                .levels
                .iter()
                .map(|(id, level)| EntrySkill {
                    skill_id: id.clone(),
                    rating: Some(*level),
                    justification: args
                        .justifications
                        .iter()
                        .find(|(skill, _)| skill == id)
                        .map(|(_, text)| text.clone()),
                })
                .collect();
            if let Some((id, _)) = args
                .justifications
                .iter()
                .find(|(id, _)| !args.levels.iter().any(|(skill, _)| skill == id))
            {
                return Err(say::text("cli-justify-without-level", &[("id", id)]).into());
            }
            input(
                args.common,
                skills,
                EntryContent::SelfAssessment(SelfAssessmentContent { note: args.note }),
            )
        }
        LogCommand::Action(args) => input(
            args.common,
            rated(&args.skills, None),
            EntryContent::Action(ActionContent {
                text: args.text,
                due: args.due,
                done: args.done,
                source_entry_id: args.source.map(EntryId),
            }),
        ),
    };
    match store.create_entry(&entry, Utc::now()) {
        Ok(saved) => {
            // The first entry gets the journal's first backup; say so if that failed.
            warn_about_backup(store);
            println!("{}", saved.id.0);
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Validation(problems)) => {
            let skills: Vec<&str> = entry.skills.iter().map(|s| s.skill_id.as_str()).collect();
            let refused = Refused {
                header: "cli-log-not-saved",
                kind: entry.kind(),
                skills: &skills,
                option_for,
            };
            refused.print(&problems)?;
            Ok(ExitCode::FAILURE)
        }
        Err(error) => Err(error.into()),
    }
}

/// A write the store refused, printed on stderr: a header, then each problem named by the
/// option that sets its field and worded in the command line's language.
pub(super) struct Refused<'a> {
    /// The header's message id (`cli-log-not-saved`).
    pub header: &'static str,
    /// The kind of entry the rules are worded for.
    pub kind: EntryKind,
    /// The skill ids in the order `skills[i]` counts them.
    pub skills: &'a [&'a str],
    /// The option that sets a field.
    pub option_for: fn(&str) -> String,
}

impl Refused<'_> {
    pub fn print(&self, problems: &[skills_journal_store::FieldError]) -> std::io::Result<()> {
        let mut err = std::io::stderr().lock();
        let header = say::text(self.header, &[]);
        writeln!(err, "{}", say::text("cli-error", &[("message", &header)]))?;
        for problem in problems {
            let skill = self.skill_of(&problem.field);
            let text = wording::validation_text(say::lang(), problem, self.kind, skill);
            writeln!(err, "  {}: {text}", (self.option_for)(&problem.field))?;
        }
        Ok(())
    }

    /// The skill id a `skills[i]…` field is about, or "".
    fn skill_of(&self, field: &str) -> &str {
        field
            .strip_prefix("skills[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| self.skills.get(index))
            .copied()
            .unwrap_or("")
    }
}

/// The option that sets a field, so a validation message points at what to change.
fn option_for(field: &str) -> String {
    let bare = field.split('[').next().unwrap_or(field);
    let option = match bare {
        "date" => "--date",
        "skills" if field.ends_with(".rating") => "--rating / --level",
        "skills" if field.ends_with(".justification") => "--justify",
        "skills" => "--skill / --level",
        "articleId" => "--article",
        "tags" => "--tag",
        "content.giverName" => "--giver-name",
        "content.situation" => "--situation",
        "content.behaviour" => "--behaviour",
        "content.impact" => "--impact",
        "content.nextStep" => "--next",
        "content.task" => "--task",
        "content.action" => "--action",
        "content.result" => "--result",
        "content.reflection" => "--reflection",
        "content.note" => "--note",
        "content.text" => "--text",
        "content.due" => "--due",
        "content.sourceEntryId" => "--from-entry",
        _ => return field.to_owned(),
    };
    format!("{option} ({field})")
}

/// `backup`: makes a verified backup now and prints its path; `backup --list` lists them.
pub fn backup(store: &JournalStore, args: &BackupArgs) -> CliResult {
    let mut out = std::io::stdout().lock();
    if args.list {
        let backups = store.backups()?;
        for backup in &backups {
            let size = say::counted("cli-backup-size", "size", backup.size_bytes);
            writeln!(
                out,
                "{}  {:<16}  {size:>15}  {}",
                backup.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
                backup.reason.code(),
                backup.path.display()
            )?;
        }
        writeln!(
            out,
            "{}",
            say::counted("cli-backups-count", "count", backups.len())
        )?;
    } else {
        let made = store.backup_now(Utc::now())?;
        writeln!(out, "{}", made.path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `restore FILE`: verifies the backup, keeps the current journal aside and puts the backup
/// in its place.
pub fn restore(data_dir: &Path, catalogue: &SkillCatalogue, file: &PathBuf) -> CliResult {
    if !file.is_file() {
        let path = file.display().to_string();
        return Err(say::text("cli-not-a-file", &[("path", &path)]).into());
    }
    let path = journal::journal_path(data_dir);
    let mut store = JournalStore::restore_backup(&path, file, Utc::now())?;
    store.set_catalogue(catalogue);
    let count = store
        .find(&EntryQuery {
            include_private: true,
            limit: Some(MAX_PAGE_SIZE),
            ..EntryQuery::default()
        })?
        .items
        .len();
    let id = if count == MAX_PAGE_SIZE as usize {
        "cli-restored-at-least"
    } else {
        "cli-restored"
    };
    let said = say::text(
        id,
        &[
            ("file", &file.display().to_string()),
            ("journal", &path.display().to_string()),
            ("count", &count.to_string()),
        ],
    );
    println!("{said}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_messages_name_the_option_to_change() {
        assert_eq!(
            option_for("content.situation"),
            "--situation (content.situation)"
        );
        assert_eq!(
            option_for("skills[1].justification"),
            "--justify (skills[1].justification)"
        );
        assert_eq!(
            option_for("skills[0].rating"),
            "--rating / --level (skills[0].rating)"
        );
        assert_eq!(option_for("somethingElse"), "somethingElse");
    }

    #[test]
    fn levels_and_pairs_parse_with_clear_errors() {
        assert_eq!(parse_level("listening=3"), Ok(("listening".to_owned(), 3)));
        assert!(parse_level("listening").is_err());
        assert!(
            parse_level("listening=high").is_err_and(|e| e.contains("number from 1 to 5")),
            "a word is not a level"
        );
        assert_eq!(
            parse_pair("teamwork=Meer gevraagd = beter"),
            Ok(("teamwork".to_owned(), "Meer gevraagd = beter".to_owned()))
        );
        assert_eq!(parse_kind("assessment"), Ok(EntryKind::SelfAssessment));
        assert!(parse_setting("stakeholder-meeting").is_ok());
    }
}
