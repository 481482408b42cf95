//! What the PDF template reads: the report formatted for the reader (dates, decimals, labels in
//! the report's language) as the JSON behind `/data.json`, and the charts as SVG files.

use serde::Serialize;
use skills_catalogue::Lang;

use crate::charts::{radar_is_useful, radar_svg, trend_svg};
use crate::i18n::{self, Text, t};
use crate::report::{ActionItem, ActionStatus, Rag, Report, SkillReport};

/// Every phrase the template shows, in the report's language.
#[derive(Serialize)]
struct Labels {
    title: &'static str,
    contents: &'static str,
    page: &'static str,
    page_of: &'static str,
    trainee: &'static str,
    programme: &'static str,
    period: &'static str,
    generated: &'static str,
    reading_guide: &'static str,
    guide: [&'static str; 3],
    summary: &'static str,
    radar: &'static str,
    self_versus_others: &'static str,
    skill: &'static str,
    self_level: &'static str,
    others: &'static str,
    flag: &'static str,
    evidence: &'static str,
    status: &'static str,
    biggest_changes: &'static str,
    no_changes: &'static str,
    trend: &'static str,
    level_history: &'static str,
    ratings: &'static str,
    date: &'static str,
    level: &'static str,
    justification: &'static str,
    giver: &'static str,
    rating: &'static str,
    quotes: &'static str,
    actions: &'static str,
    action: &'static str,
    due: &'static str,
    no_actions: &'static str,
    action_plan: &'static str,
    open_actions: &'static str,
    done_actions: &'static str,
    radar_unavailable: &'static str,
    no_self_assessment: &'static str,
    no_chart_data: &'static str,
    without_evidence: &'static str,
    no_skills: &'static str,
}

impl Labels {
    fn new(lang: Lang) -> Self {
        let t = |text| t(lang, text);
        Self {
            title: t(Text::Title),
            contents: t(Text::Contents),
            page: t(Text::Page),
            page_of: t(Text::PageOf),
            trainee: t(Text::Trainee),
            programme: t(Text::Programme),
            period: t(Text::Period),
            generated: t(Text::Generated),
            reading_guide: t(Text::ReadingGuide),
            guide: i18n::reading_guide(lang),
            summary: t(Text::Summary),
            radar: t(Text::Radar),
            self_versus_others: t(Text::SelfVersusOthers),
            skill: t(Text::Skill),
            self_level: t(Text::SelfLevel),
            others: t(Text::Others),
            flag: t(Text::Flag),
            evidence: t(Text::Evidence),
            status: t(Text::Status),
            biggest_changes: t(Text::BiggestChanges),
            no_changes: t(Text::NoChanges),
            trend: t(Text::Trend),
            level_history: t(Text::LevelHistory),
            ratings: t(Text::Ratings),
            date: t(Text::Date),
            level: t(Text::Level),
            justification: t(Text::Justification),
            giver: t(Text::Giver),
            rating: t(Text::Rating),
            quotes: t(Text::Quotes),
            actions: t(Text::Actions),
            action: t(Text::Action),
            due: t(Text::Due),
            no_actions: t(Text::NoActions),
            action_plan: t(Text::ActionPlan),
            open_actions: t(Text::OpenActions),
            done_actions: t(Text::DoneActions),
            radar_unavailable: t(Text::RadarUnavailable),
            no_self_assessment: t(Text::NoSelfAssessment),
            no_chart_data: t(Text::NoChartData),
            without_evidence: t(Text::WithoutEvidence),
            no_skills: t(Text::NoSkills),
        }
    }
}

#[derive(Serialize)]
struct Cover {
    name: Option<String>,
    programme: Option<String>,
    period: String,
    generated: String,
    private_note: &'static str,
}

/// Red, amber or green: the key picks the colours, the label is the word shown.
#[derive(Serialize)]
struct Status {
    key: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct SummaryRow {
    name: String,
    self_level: String,
    others: String,
    flag: &'static str,
    evidence: u32,
    status: Status,
}

#[derive(Serialize)]
struct Change {
    name: String,
    earlier: u8,
    now: u8,
    delta: String,
}

#[derive(Serialize)]
struct LevelRow {
    date: String,
    level: String,
    justification: String,
}

#[derive(Serialize)]
struct RatingRow {
    date: String,
    giver: String,
    rating: u8,
}

#[derive(Serialize)]
struct QuoteData {
    text: String,
    by: String,
}

#[derive(Serialize)]
struct ActionRow {
    text: String,
    skills: String,
    /// "noted 3 October 2026", under the action's text.
    noted: String,
    due: String,
    overdue: bool,
    status: &'static str,
}

#[derive(Serialize)]
struct SkillData {
    name: String,
    self_level: String,
    others: String,
    evidence: u32,
    flag: &'static str,
    status: Status,
    /// The trend chart's file; `None` when there is nothing to draw.
    chart: Option<String>,
    chart_alt: String,
    levels: Vec<LevelRow>,
    ratings: Vec<RatingRow>,
    quotes: Vec<QuoteData>,
    actions: Vec<ActionRow>,
}

#[derive(Serialize)]
pub(super) struct Data {
    lang: &'static str,
    labels: Labels,
    cover: Cover,
    footer: String,
    /// The radar chart's file; `None` when it would say nothing ([`radar_is_useful`]).
    radar: Option<&'static str>,
    summary: Vec<SummaryRow>,
    /// Skills without entries or actions in the period: named under the summary, no section.
    without_evidence: String,
    changes: Vec<Change>,
    skills: Vec<SkillData>,
    open_actions: Vec<ActionRow>,
    done_actions: Vec<ActionRow>,
}

const RADAR_PATH: &str = "/charts/radar.svg";

fn status(lang: Lang, rag: Rag) -> Status {
    Status {
        key: match rag {
            Rag::Red => "red",
            Rag::Amber => "amber",
            Rag::Green => "green",
        },
        label: i18n::rag(lang, rag),
    }
}

fn action_row(lang: Lang, action: &ActionItem) -> ActionRow {
    ActionRow {
        text: action.text.clone(),
        skills: action.skills.join(", "),
        noted: format!("{} {}", t(lang, Text::Noted), i18n::date(lang, action.date)),
        due: action
            .due
            .map_or_else(|| "–".to_owned(), |d| i18n::date(lang, d)),
        overdue: action.status == ActionStatus::Overdue,
        status: i18n::action_status(lang, action.status),
    }
}

fn skill_data(report: &Report, skill: &SkillReport, chart: Option<String>) -> SkillData {
    let lang = report.lang;
    SkillData {
        name: skill.name.clone(),
        self_level: i18n::level(skill.self_level),
        others: i18n::others(lang, skill),
        evidence: skill.evidence,
        flag: i18n::flag(lang, skill.flag),
        status: status(lang, skill.status),
        chart,
        chart_alt: format!("{}: {}", t(lang, Text::Trend), skill.name),
        levels: skill
            .levels
            .iter()
            .map(|point| LevelRow {
                date: i18n::date(lang, point.date),
                level: match &point.description {
                    Some(description) => format!("{} – {description}", point.level),
                    None => point.level.to_string(),
                },
                justification: point.justification.clone().unwrap_or_default(),
            })
            .collect(),
        ratings: skill
            .ratings
            .iter()
            .map(|rating| RatingRow {
                date: i18n::date(lang, rating.date),
                giver: i18n::giver_of(lang, rating.giver_role, rating.given_directly),
                rating: rating.rating,
            })
            .collect(),
        quotes: skill
            .quotes
            .iter()
            .map(|quote| QuoteData {
                text: quote.text.clone(),
                by: format!(
                    "— {}, {} · {} {}",
                    i18n::giver_of(lang, quote.giver_role, quote.given_directly),
                    i18n::date(lang, quote.date),
                    t(lang, Text::Rating).to_lowercase(),
                    quote.rating
                ),
            })
            .collect(),
        actions: skill.actions.iter().map(|a| action_row(lang, a)).collect(),
    }
}

/// The data the template reads, and the chart files it shows.
pub(super) fn data(report: &Report) -> (Data, Vec<(String, String)>) {
    let lang = report.lang;
    let mut charts = Vec::new();
    let radar = radar_is_useful(report).then(|| {
        charts.push((RADAR_PATH.to_owned(), radar_svg(report)));
        RADAR_PATH
    });
    let mut skills = Vec::with_capacity(report.skills.len());
    for (i, skill) in report.skills.iter().enumerate() {
        if !skill.has_data() {
            continue;
        }
        let chart = (!skill.levels.is_empty() || !skill.ratings.is_empty()).then(|| {
            let path = format!("/charts/skill-{i}.svg");
            charts.push((path.clone(), trend_svg(report, skill)));
            path
        });
        skills.push(skill_data(report, skill, chart));
    }
    let without_evidence = report
        .skills
        .iter()
        .filter(|s| !s.has_data())
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let changes: Vec<Change> = report
        .biggest_changes()
        .into_iter()
        .map(|(skill, earlier, now)| Change {
            name: skill.name.clone(),
            earlier,
            now,
            delta: format!("{:+}", i16::from(now) - i16::from(earlier)).replace('-', "−"),
        })
        .collect();
    let period = format!(
        "{} – {}",
        i18n::date(lang, report.from),
        i18n::date(lang, report.to)
    );
    let footer = match &report.trainee {
        Some(name) => format!("{} · {name}", t(lang, Text::Title)),
        None => t(lang, Text::Title).to_owned(),
    };
    let data = Data {
        lang: lang.code(),
        labels: Labels::new(lang),
        cover: Cover {
            name: report.trainee.clone(),
            programme: report.programme.clone(),
            period,
            generated: i18n::date(lang, report.generated_at.date_naive()),
            private_note: t(
                lang,
                if report.include_private {
                    Text::PrivateIncluded
                } else {
                    Text::PrivateExcluded
                },
            ),
        },
        footer,
        radar,
        without_evidence,
        summary: report
            .skills
            .iter()
            .map(|skill| SummaryRow {
                name: skill.name.clone(),
                self_level: i18n::level(skill.self_level),
                others: i18n::others(lang, skill),
                flag: i18n::flag(lang, skill.flag),
                evidence: skill.evidence,
                status: status(lang, skill.status),
            })
            .collect(),
        changes,
        skills,
        open_actions: report
            .actions
            .iter()
            .filter(|a| a.status != ActionStatus::Done)
            .map(|a| action_row(lang, a))
            .collect(),
        done_actions: report
            .actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done)
            .map(|a| action_row(lang, a))
            .collect(),
    };
    (data, charts)
}
