//! `entries list`: the journal's entries, newest first, filtered like the window's list, as
//! text or JSON.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use skills_journal_store::{
    EntryContent, EntryHit, EntryKind, EntryQuery, FeedbackSetting, GiverRole, JournalStore,
    MAX_PAGE_SIZE,
};

use super::journal::{CliResult, parse_giver, parse_kind, parse_setting};
use super::say;
use crate::wording;

#[derive(Debug, Subcommand)]
pub enum EntriesCommand {
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_name = "ID")]
    skill: Option<String>,
    #[arg(long, value_parser = parse_kind)]
    kind: Option<EntryKind>,
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    #[arg(long, value_parser = parse_setting)]
    setting: Option<FeedbackSetting>,
    #[arg(long, value_parser = parse_giver)]
    giver: Option<GiverRole>,
    #[arg(long, conflicts_with = "written_down")]
    given_directly: bool,
    #[arg(long)]
    written_down: bool,
    #[arg(long, value_name = "TAG")]
    tag: Option<String>,
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    #[arg(long)]
    include_private: bool,
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    #[arg(long)]
    json: bool,
}

pub fn list(store: &JournalStore, args: &ListArgs) -> CliResult {
    let mut query = EntryQuery {
        text: args.search.clone(),
        skill_id: args.skill.clone(),
        kind: args.kind,
        setting: args.setting,
        giver_role: args.giver,
        given_directly: (args.given_directly || args.written_down).then_some(args.given_directly),
        from: args.from,
        to: args.to,
        article_id: args.article.clone(),
        tag: args.tag.clone(),
        include_private: args.include_private,
        limit: Some(MAX_PAGE_SIZE),
        ..EntryQuery::default()
    };
    let wanted = args.limit.unwrap_or(usize::MAX);
    let mut hits: Vec<EntryHit> = Vec::new();
    while hits.len() < wanted {
        let page = store.find(&query)?;
        hits.extend(page.items);
        match page.next {
            Some(next) => query.after = Some(next),
            None => break,
        }
    }
    hits.truncate(wanted);

    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &hits)?;
        writeln!(out)?;
    } else {
        for hit in &hits {
            write_hit(&mut out, hit)?;
        }
        writeln!(
            out,
            "{}",
            say::counted("cli-entries-count", "count", hits.len())
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_hit(out: &mut impl Write, hit: &EntryHit) -> std::io::Result<()> {
    let entry = &hit.entry;
    let skills: Vec<String> = entry
        .input
        .skills
        .iter()
        .map(|skill| match skill.rating {
            Some(rating) => format!("{} {rating}/5", skill.skill_id),
            None => skill.skill_id.clone(),
        })
        .collect();
    let lang = say::lang();
    let kind = wording::kind_label(lang, entry.input.kind());
    let width = EntryKind::ALL
        .iter()
        .map(|&kind| wording::kind_label(lang, kind).chars().count())
        .max()
        .unwrap_or_default();
    let private = if entry.input.private {
        format!(" {}", say::text("cli-entries-private", &[]))
    } else {
        String::new()
    };
    writeln!(
        out,
        "{:>6}  {}  {kind:<width$}  {}{private}",
        entry.id.0,
        entry.input.date,
        skills.join(", ")
    )?;
    if hit.snippets.is_empty() {
        if let Some(line) = first_text(&entry.input.content) {
            writeln!(out, "        {}", shorten(line, 100))?;
        }
    } else {
        // Highlights in «» so they show in any terminal and survive copying.
        for snippet in &hit.snippets {
            let text: String = snippet
                .parts
                .iter()
                .map(|part| {
                    if part.highlight {
                        format!("«{}»", part.text)
                    } else {
                        part.text.clone()
                    }
                })
                .collect();
            writeln!(
                out,
                "        {}: {}",
                wording::field_label(lang, &snippet.field),
                text.replace('\n', " ")
            )?;
        }
    }
    Ok(())
}

fn first_text(content: &EntryContent) -> Option<&str> {
    let texts: Vec<Option<&str>> = match content {
        EntryContent::Feedback(f) => vec![
            f.situation.as_deref(),
            f.behaviour.as_deref(),
            f.impact.as_deref(),
            f.next_step.as_deref(),
        ],
        EntryContent::Reflection(r) => vec![
            r.situation.as_deref(),
            r.task.as_deref(),
            r.action.as_deref(),
            r.result.as_deref(),
            r.reflection.as_deref(),
        ],
        EntryContent::SelfAssessment(s) => vec![s.note.as_deref()],
        EntryContent::Action(a) => vec![Some(a.text.as_str())],
    };
    texts
        .into_iter()
        .flatten()
        .find(|text| !text.trim().is_empty())
        .and_then(|text| text.lines().find(|line| !line.trim().is_empty()))
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_shortened_on_a_character_boundary() {
        assert_eq!(shorten("kort", 10), "kort");
        assert_eq!(shorten("ééééééééééé", 5), "éééé…");
    }
}
