//! Every string a report shows, in Dutch and English, from the Fluent files the window reads too
//! (`crates/i18n/locales/<lang>/reports.ftl`); crates/i18n's tests check that every id the Rust
//! sources ask for has a message in both languages.

use chrono::NaiveDate;
use skills_journal_store::{EntryKind, GiverRole};

use skills_catalogue::Lang;

use crate::report::{ActionStatus, GapFlag, Rag, SkillReport};

/// A phrase of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    Period,
    Generated,
    PrivateIncluded,
    PrivateExcluded,
    Summary,
    Skill,
    SelfLevel,
    Others,
    Status,
    Evidence,
    LevelHistory,
    Ratings,
    EvidencePerMonth,
    Month,
    Count,
    Quotes,
    Action,
    Actions,
    ActionPlan,
    Due,
    Date,
    Level,
    Rating,
    Giver,
    Justification,
    NoActions,
    Activity,
    WeekOf,
    Radar,
    Earlier,
    Now,
    Trend,
    SelfAssessment,
    Feedback,
    Kind,
    ChartTable,
    Contents,
    Page,
    PageOf,
    Trainee,
    Programme,
    Flag,
    BiggestChanges,
    NoChanges,
    OpenActions,
    DoneActions,
    ReadingGuide,
    SelfVersusOthers,
    RadarUnavailable,
    NoSelfAssessment,
    NoChartData,
    WithoutEvidence,
    NoSkills,
    Noted,
}

impl Text {
    /// The phrase's message id in the Fluent files (`locales/<lang>/reports.ftl`).
    fn id(self) -> &'static str {
        match self {
            Self::Title => "report-title",
            Self::Period => "report-period",
            Self::Generated => "report-generated",
            Self::PrivateIncluded => "report-private-included",
            Self::PrivateExcluded => "report-private-excluded",
            Self::Summary => "report-summary",
            Self::Skill => "report-skill",
            Self::SelfLevel => "report-self-level",
            Self::Others => "report-others",
            Self::Status => "report-status",
            Self::Evidence => "report-evidence",
            Self::LevelHistory => "report-level-history",
            Self::Ratings => "report-ratings",
            Self::EvidencePerMonth => "report-evidence-per-month",
            Self::Month => "report-month",
            Self::Count => "report-count",
            Self::Quotes => "report-quotes",
            Self::Action => "report-action",
            Self::Actions => "report-actions",
            Self::ActionPlan => "report-action-plan",
            Self::Due => "report-due",
            Self::Date => "report-date",
            Self::Level => "report-level",
            Self::Rating => "report-rating",
            Self::Giver => "report-giver",
            Self::Justification => "report-justification",
            Self::NoActions => "report-no-actions",
            Self::Activity => "report-activity",
            Self::WeekOf => "report-week-of",
            Self::Radar => "report-radar",
            Self::Earlier => "report-earlier",
            Self::Now => "report-now",
            Self::Trend => "report-trend",
            Self::SelfAssessment => "report-self-assessment",
            Self::Feedback => "report-feedback",
            Self::Kind => "report-kind",
            Self::ChartTable => "report-chart-table",
            Self::Contents => "report-contents",
            Self::Page => "report-page",
            Self::PageOf => "report-page-of",
            Self::Trainee => "report-trainee",
            Self::Programme => "report-programme",
            Self::Flag => "report-flag",
            Self::BiggestChanges => "report-biggest-changes",
            Self::NoChanges => "report-no-changes",
            Self::OpenActions => "report-open-actions",
            Self::DoneActions => "report-done-actions",
            Self::ReadingGuide => "report-reading-guide",
            Self::SelfVersusOthers => "report-self-versus-others",
            Self::RadarUnavailable => "report-radar-unavailable",
            Self::NoSelfAssessment => "report-no-self-assessment",
            Self::NoChartData => "report-no-chart-data",
            Self::WithoutEvidence => "report-without-evidence",
            Self::NoSkills => "report-no-skills",
            Self::Noted => "report-noted",
        }
    }
}

/// The phrase in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    skills_i18n::text(lang, text.id())
}

/// The paragraphs explaining the columns, the signals and the colours (PDF contents page).
/// Worded so that the signals' own names (`flag`) appear only where a skill has one.
pub fn reading_guide(lang: Lang) -> [&'static str; 3] {
    [
        "report-reading-guide-1",
        "report-reading-guide-2",
        "report-reading-guide-3",
    ]
    .map(|id| skills_i18n::text(lang, id))
}

/// The flag's name.
pub fn flag(lang: Lang, flag: Option<GapFlag>) -> &'static str {
    match flag {
        None => "",
        Some(GapFlag::BlindSpot) => skills_i18n::text(lang, "report-flag-blind-spot"),
        Some(GapFlag::HiddenStrength) => skills_i18n::text(lang, "report-flag-hidden-strength"),
    }
}

/// Red, amber or green as a word.
pub fn rag(lang: Lang, rag: Rag) -> &'static str {
    skills_i18n::text(
        lang,
        match rag {
            Rag::Red => "report-rag-red",
            Rag::Amber => "report-rag-amber",
            Rag::Green => "report-rag-green",
        },
    )
}

/// An action's status.
pub fn action_status(lang: Lang, status: ActionStatus) -> &'static str {
    skills_i18n::text(
        lang,
        match status {
            ActionStatus::Open => "report-action-open",
            ActionStatus::Done => "report-action-done",
            ActionStatus::Overdue => "report-action-overdue",
        },
    )
}

/// Who gave feedback.
pub fn giver(lang: Lang, role: GiverRole) -> &'static str {
    skills_i18n::text(
        lang,
        match role {
            GiverRole::Coach => "report-giver-coach",
            GiverRole::Peer => "report-giver-peer",
            GiverRole::Manager => "report-giver-manager",
            GiverRole::Stakeholder => "report-giver-stakeholder",
            GiverRole::Client => "report-giver-client",
            GiverRole::Other => "report-giver-other",
        },
    )
}

/// Who gave feedback, and whether they wrote it themselves: `stakeholder` or
/// `stakeholder, given directly`.
pub fn giver_of(lang: Lang, role: GiverRole, given_directly: bool) -> String {
    if given_directly {
        skills_i18n::text_with_values(
            lang,
            "report-given-directly",
            [("giver", giver(lang, role))],
        )
    } else {
        giver(lang, role).to_owned()
    }
}

/// The kind of an entry.
pub fn kind(lang: Lang, kind: EntryKind) -> &'static str {
    skills_i18n::text(
        lang,
        match kind {
            EntryKind::Feedback => "report-kind-feedback",
            EntryKind::Reflection => "report-kind-reflection",
            EntryKind::SelfAssessment => "report-kind-self-assessment",
            EntryKind::Action => "report-kind-action",
        },
    )
}

/// The ids of the month names, January first.
const MONTHS: [&str; 12] = [
    "report-month-1",
    "report-month-2",
    "report-month-3",
    "report-month-4",
    "report-month-5",
    "report-month-6",
    "report-month-7",
    "report-month-8",
    "report-month-9",
    "report-month-10",
    "report-month-11",
    "report-month-12",
];

/// The ids of the short month names, January first.
const MONTHS_SHORT: [&str; 12] = [
    "report-month-short-1",
    "report-month-short-2",
    "report-month-short-3",
    "report-month-short-4",
    "report-month-short-5",
    "report-month-short-6",
    "report-month-short-7",
    "report-month-short-8",
    "report-month-short-9",
    "report-month-short-10",
    "report-month-short-11",
    "report-month-short-12",
];

fn month_name(lang: Lang, date: NaiveDate) -> &'static str {
    use chrono::Datelike;
    skills_i18n::text(lang, MONTHS[date.month0() as usize % 12])
}

/// A month as people read it: `september 2026` / `September 2026`.
pub fn month(lang: Lang, date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", month_name(lang, date), date.year())
}

/// A `YYYY-MM` month key as [`month`]; the key itself when it is not one.
pub fn month_key(lang: Lang, key: &str) -> String {
    NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d")
        .map_or_else(|_| key.to_owned(), |d| month(lang, d))
}

/// A month's short name for chart axes: `sep` / `Sep`, `mei` / `May`.
pub fn month_short(lang: Lang, date: NaiveDate) -> &'static str {
    use chrono::Datelike;
    skills_i18n::text(lang, MONTHS_SHORT[date.month0() as usize % 12])
}

/// A date as people read it: `2 november 2026` / `2 November 2026`.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", date.day(), month(lang, date))
}

/// A level, or a dash when there is none.
pub fn level(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// Others' average rating and how many ratings it is of ("4,5 (2×)"), or a dash.
pub fn others(lang: Lang, skill: &SkillReport) -> String {
    skill.others_average.map_or_else(
        || "–".to_owned(),
        |avg| format!("{} ({}×)", decimal(lang, avg), skill.others_count),
    )
}

/// A mean rating with one decimal, with the language's decimal separator.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}
