//! The report as Markdown, for pasting into a portfolio: title, period, a summary table (self
//! versus others with flags and status), activity, a section per skill (level history, ratings,
//! evidence per month, quotes, actions) and the action plan. The charts appear as their tables.

use std::fmt::Write as _;

use crate::charts::radar_table;
use crate::i18n::{self, Text, t};
use skills_catalogue::Lang;

use crate::report::{ActionItem, Report};

/// Text that Markdown shows as typed: markup characters escaped, line breaks kept as breaks.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn actions_table(out: &mut String, lang: Lang, actions: &[ActionItem], with_skills: bool) {
    if actions.is_empty() {
        let _ = writeln!(out, "{}\n", t(lang, Text::NoActions));
        return;
    }
    let skill_head = if with_skills {
        format!(" {} |", t(lang, Text::Skill))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "| {} | {} |{skill_head} {} | {} |",
        t(lang, Text::Action),
        t(lang, Text::Date),
        t(lang, Text::Due),
        t(lang, Text::Status)
    );
    let _ = writeln!(
        out,
        "|---|---|{}---|---|",
        if with_skills { "---|" } else { "" }
    );
    for action in actions {
        let skills = if with_skills {
            format!(" {} |", md(&action.skills.join(", ")))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} |{skills} {} | {} |",
            md(&action.text),
            i18n::date(lang, action.date),
            action
                .due
                .map_or_else(|| "–".to_owned(), |d| i18n::date(lang, d)),
            i18n::action_status(lang, action.status)
        );
    }
    out.push('\n');
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t(lang, Text::Title));
    if let Some(name) = &report.trainee {
        let _ = writeln!(out, "**{}:** {}  ", t(lang, Text::Trainee), md(name));
    }
    if let Some(programme) = &report.programme {
        let _ = writeln!(out, "**{}:** {}  ", t(lang, Text::Programme), md(programme));
    }
    let _ = writeln!(
        out,
        "**{}:** {} – {}  \n**{}:** {}  \n{}\n",
        t(lang, Text::Period),
        i18n::date(lang, report.from),
        i18n::date(lang, report.to),
        t(lang, Text::Generated),
        i18n::date(lang, report.generated_at.date_naive()),
        t(
            lang,
            if report.include_private {
                Text::PrivateIncluded
            } else {
                Text::PrivateExcluded
            }
        )
    );

    let _ = writeln!(out, "## {}\n", t(lang, Text::Summary));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        t(lang, Text::Skill),
        t(lang, Text::SelfLevel),
        t(lang, Text::Others),
        t(lang, Text::Flag),
        t(lang, Text::Evidence),
        t(lang, Text::Status)
    );
    out.push_str("|---|---|---|---|---|---|\n");
    for skill in &report.skills {
        let others = i18n::others(lang, skill);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            md(&skill.name),
            i18n::level(skill.self_level),
            others,
            i18n::flag(lang, skill.flag),
            skill.evidence,
            i18n::rag(lang, skill.status)
        );
    }
    out.push('\n');

    let radar = radar_table(report);
    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} ({}) | {} |\n|---|---|---|",
        t(lang, Text::Radar),
        t(lang, Text::Skill),
        t(lang, Text::Earlier),
        i18n::date(lang, radar.earlier),
        t(lang, Text::Now)
    );
    for row in &radar.rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&row.skill),
            i18n::level(row.earlier),
            i18n::level(row.now)
        );
    }
    out.push('\n');

    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} |\n|---|---|",
        t(lang, Text::Activity),
        t(lang, Text::WeekOf),
        t(lang, Text::Count)
    );
    for week in &report.weeks {
        let _ = writeln!(
            out,
            "| {} | {} |",
            i18n::date(lang, week.week_start),
            week.count
        );
    }
    out.push('\n');

    let without: Vec<String> = report
        .skills
        .iter()
        .filter(|s| !s.has_data())
        .map(|s| md(&s.name))
        .collect();
    if !without.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}.\n",
            t(lang, Text::WithoutEvidence),
            without.join(", ")
        );
    }

    for skill in report.skills.iter().filter(|s| s.has_data()) {
        let _ = writeln!(out, "## {}\n", md(&skill.name));
        if let Some(flag) = skill.flag {
            let _ = writeln!(out, "> **{}**\n", i18n::flag(lang, Some(flag)));
        }
        let _ = writeln!(out, "### {}\n", t(lang, Text::LevelHistory));
        if skill.levels.is_empty() {
            let _ = writeln!(out, "{}\n", t(lang, Text::NoSelfAssessment));
        } else {
            let _ = writeln!(
                out,
                "| {} | {} | {} |\n|---|---|---|",
                t(lang, Text::Date),
                t(lang, Text::Level),
                t(lang, Text::Justification)
            );
            for point in &skill.levels {
                let description = point
                    .description
                    .as_deref()
                    .map(|d| format!(" ({})", md(d)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "| {} | {}{description} | {} |",
                    i18n::date(lang, point.date),
                    point.level,
                    md(point.justification.as_deref().unwrap_or(""))
                );
            }
            out.push('\n');
        }
        if !skill.ratings.is_empty() {
            let _ = writeln!(
                out,
                "### {}\n\n| {} | {} | {} |\n|---|---|---|",
                t(lang, Text::Ratings),
                t(lang, Text::Date),
                t(lang, Text::Rating),
                t(lang, Text::Giver)
            );
            for rating in &skill.ratings {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    i18n::date(lang, rating.date),
                    rating.rating,
                    i18n::giver_of(lang, rating.giver_role, rating.given_directly)
                );
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "### {}\n\n| {} | {} |\n|---|---|",
            t(lang, Text::EvidencePerMonth),
            t(lang, Text::Month),
            t(lang, Text::Count)
        );
        for month in &skill.evidence_per_month {
            let _ = writeln!(
                out,
                "| {} | {} |",
                i18n::month_key(lang, &month.month),
                month.count
            );
        }
        out.push('\n');
        if !skill.quotes.is_empty() {
            let _ = writeln!(out, "### {}\n", t(lang, Text::Quotes));
            for quote in &skill.quotes {
                let _ = writeln!(
                    out,
                    "> {}  \n> — {}, {} · {} {}\n",
                    md(&quote.text),
                    i18n::giver_of(lang, quote.giver_role, quote.given_directly),
                    i18n::date(lang, quote.date),
                    t(lang, Text::Rating).to_lowercase(),
                    quote.rating
                );
            }
        }
        let _ = writeln!(out, "### {}\n", t(lang, Text::Actions));
        actions_table(&mut out, lang, &skill.actions, false);
    }

    let _ = writeln!(out, "## {}\n", t(lang, Text::ActionPlan));
    actions_table(&mut out, lang, &report.actions, true);
    out
}
