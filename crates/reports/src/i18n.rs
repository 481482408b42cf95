//! Every string a report shows, in Dutch and English: one `match` per phrase, so a missing
//! translation is a compile error. (Fluent files can replace this once the window shares them.)

use chrono::NaiveDate;
use journal_store::{EntryKind, GiverRole};

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

/// The phrase in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    use Text as T;
    match (lang, text) {
        (Lang::Nl, T::Title) => "Voortgangsrapport soft skills",
        (Lang::En, T::Title) => "Soft skills progress report",
        (Lang::Nl, T::Period) => "Periode",
        (Lang::En, T::Period) => "Period",
        (Lang::Nl, T::Generated) => "Gemaakt op",
        (Lang::En, T::Generated) => "Generated on",
        (Lang::Nl, T::PrivateIncluded) => "Privénotities zijn meegenomen.",
        (Lang::En, T::PrivateIncluded) => "Private entries are included.",
        (Lang::Nl, T::PrivateExcluded) => "Privénotities zijn niet meegenomen.",
        (Lang::En, T::PrivateExcluded) => "Private entries are not included.",
        (Lang::Nl, T::Summary) => "Samenvatting",
        (Lang::En, T::Summary) => "Summary",
        (Lang::Nl, T::Skill) => "Vaardigheid",
        (Lang::En, T::Skill) => "Skill",
        (Lang::Nl, T::SelfLevel) => "Zelf",
        (Lang::En, T::SelfLevel) => "Self",
        (Lang::Nl, T::Others) => "Anderen",
        (Lang::En, T::Others) => "Others",
        (Lang::Nl, T::Status) => "Status",
        (Lang::En, T::Status) => "Status",
        (Lang::Nl, T::Evidence) => "Notities",
        (Lang::En, T::Evidence) => "Evidence",
        (Lang::Nl, T::LevelHistory) => "Niveauverloop",
        (Lang::En, T::LevelHistory) => "Level history",
        (Lang::Nl, T::Ratings) => "Beoordelingen door anderen",
        (Lang::En, T::Ratings) => "Ratings by others",
        (Lang::Nl, T::EvidencePerMonth) => "Notities per maand",
        (Lang::En, T::EvidencePerMonth) => "Evidence per month",
        (Lang::Nl, T::Month) => "Maand",
        (Lang::En, T::Month) => "Month",
        (Lang::Nl, T::Count) => "Aantal",
        (Lang::En, T::Count) => "Count",
        (Lang::Nl, T::Quotes) => "Sterkste feedback",
        (Lang::En, T::Quotes) => "Strongest evidence",
        (Lang::Nl, T::Action) => "Actie",
        (Lang::En, T::Action) => "Action",
        (Lang::Nl, T::Actions) => "Acties",
        (Lang::En, T::Actions) => "Actions",
        (Lang::Nl, T::ActionPlan) => "Actieplan",
        (Lang::En, T::ActionPlan) => "Action plan",
        (Lang::Nl, T::Due) => "Uiterlijk",
        (Lang::En, T::Due) => "Due",
        (Lang::Nl, T::Date) => "Datum",
        (Lang::En, T::Date) => "Date",
        (Lang::Nl, T::Level) => "Niveau",
        (Lang::En, T::Level) => "Level",
        (Lang::Nl, T::Rating) => "Beoordeling",
        (Lang::En, T::Rating) => "Rating",
        (Lang::Nl, T::Giver) => "Gegeven door",
        (Lang::En, T::Giver) => "Given by",
        (Lang::Nl, T::Justification) => "Toelichting",
        (Lang::En, T::Justification) => "Justification",
        (Lang::Nl, T::NoActions) => "Geen acties.",
        (Lang::En, T::NoActions) => "No actions.",
        (Lang::Nl, T::Activity) => "Activiteit per week",
        (Lang::En, T::Activity) => "Activity per week",
        (Lang::Nl, T::WeekOf) => "Week van",
        (Lang::En, T::WeekOf) => "Week of",
        (Lang::Nl, T::Radar) => "Zelfbeoordeling: nu en eerder",
        (Lang::En, T::Radar) => "Self-assessment: now and earlier",
        (Lang::Nl, T::Earlier) => "Eerder",
        (Lang::En, T::Earlier) => "Earlier",
        (Lang::Nl, T::Now) => "Nu",
        (Lang::En, T::Now) => "Now",
        (Lang::Nl, T::Trend) => "Verloop",
        (Lang::En, T::Trend) => "Trend",
        (Lang::Nl, T::SelfAssessment) => "Zelfbeoordeling",
        (Lang::En, T::SelfAssessment) => "Self-assessment",
        (Lang::Nl, T::Feedback) => "Feedback",
        (Lang::En, T::Feedback) => "Feedback",
        (Lang::Nl, T::Kind) => "Soort",
        (Lang::En, T::Kind) => "Kind",
        (Lang::Nl, T::ChartTable) => "De grafiek als tabel",
        (Lang::En, T::ChartTable) => "The chart as a table",
        (Lang::Nl, T::Contents) => "Inhoud",
        (Lang::En, T::Contents) => "Contents",
        (Lang::Nl, T::Page) => "Pagina",
        (Lang::En, T::Page) => "Page",
        (Lang::Nl, T::PageOf) => "van",
        (Lang::En, T::PageOf) => "of",
        (Lang::Nl, T::Trainee) => "Trainee",
        (Lang::En, T::Trainee) => "Trainee",
        (Lang::Nl, T::Programme) => "Opleiding",
        (Lang::En, T::Programme) => "Programme",
        (Lang::Nl, T::Flag) => "Signaal",
        (Lang::En, T::Flag) => "Signal",
        (Lang::Nl, T::BiggestChanges) => "Grootste veranderingen",
        (Lang::En, T::BiggestChanges) => "Biggest changes",
        (Lang::Nl, T::NoChanges) => {
            "Geen veranderingen in de zelfbeoordeling sinds het eerdere moment."
        }
        (Lang::En, T::NoChanges) => "No changes in self-assessment since the earlier moment.",
        (Lang::Nl, T::OpenActions) => "Open en te laat",
        (Lang::En, T::OpenActions) => "Open and overdue",
        (Lang::Nl, T::DoneActions) => "Afgerond",
        (Lang::En, T::DoneActions) => "Done",
        (Lang::Nl, T::ReadingGuide) => "Zo lees je dit rapport",
        (Lang::En, T::ReadingGuide) => "How to read this report",
        (Lang::Nl, T::SelfVersusOthers) => "Zelf tegenover anderen",
        (Lang::En, T::SelfVersusOthers) => "Self versus others",
        (Lang::Nl, T::RadarUnavailable) => {
            "Geen radargrafiek: daarvoor zijn zelfbeoordelingen van minstens drie vaardigheden \
             nodig. De tabel hieronder geeft het overzicht."
        }
        (Lang::En, T::RadarUnavailable) => {
            "No radar chart: it needs self-assessments of at least three skills. \
             The table below gives the overview."
        }
        (Lang::Nl, T::NoSelfAssessment) => "Geen zelfbeoordeling in deze periode.",
        (Lang::En, T::NoSelfAssessment) => "No self-assessment in this period.",
        (Lang::Nl, T::NoChartData) => {
            "Nog geen niveaus of beoordelingen in deze periode, dus nog geen verloop."
        }
        (Lang::En, T::NoChartData) => "No levels or ratings in this period yet, so no trend yet.",
        (Lang::Nl, T::WithoutEvidence) => "Zonder notities in deze periode",
        (Lang::En, T::WithoutEvidence) => "Without entries in this period",
        (Lang::Nl, T::NoSkills) => "Nog geen notities over vaardigheden in deze periode.",
        (Lang::En, T::NoSkills) => "No entries about skills in this period yet.",
        (Lang::Nl, T::Noted) => "genoteerd",
        (Lang::En, T::Noted) => "noted",
    }
}

/// The paragraphs explaining the columns, the signals and the colours (PDF contents page).
/// Worded so that the signals' own names (`flag`) appear only where a skill has one.
pub fn reading_guide(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Nl => [
            "Zelf is het laatste niveau (1 tot 5) dat de trainee zichzelf in de periode gaf; \
             Anderen is het gemiddelde van de beoordelingen in feedback van anderen in dezelfde periode.",
            "Verschillen zelf en anderen meer dan een derde van de schaal, dan staat er een signaal: \
             zelf hoger wijst op iets wat de trainee nog niet ziet, zelf lager op een sterkte \
             die de trainee onderschat. Een signaal is een vraag voor het gesprek, geen oordeel.",
            "Rood: een signaal met zelf hoger, een actie over de datum of een niveau onder 2,5. \
             Groen: niveau 3,5 of hoger, minstens twee notities en geen signaal. Oranje: de rest.",
        ],
        Lang::En => [
            "Self is the latest level (1 to 5) the trainee gave themself in the period; \
             Others is the mean of the ratings in feedback from others in the same period.",
            "When self and others differ by more than a third of the scale, a signal is shown: \
             self higher points to something the trainee does not see yet, self lower to a \
             strength the trainee underrates. A signal is a question for the conversation, not a verdict.",
            "Red: a signal with self higher, an action past its due date or a level below 2.5. \
             Green: level 3.5 or more, at least two pieces of evidence and no signal. Amber: the rest.",
        ],
    }
}

/// The flag's name.
pub fn flag(lang: Lang, flag: Option<GapFlag>) -> &'static str {
    match (lang, flag) {
        (_, None) => "",
        (Lang::Nl, Some(GapFlag::BlindSpot)) => "mogelijke blinde vlek",
        (Lang::En, Some(GapFlag::BlindSpot)) => "possible blind spot",
        (Lang::Nl, Some(GapFlag::HiddenStrength)) => "mogelijk verborgen talent",
        (Lang::En, Some(GapFlag::HiddenStrength)) => "possible hidden strength",
    }
}

/// Red, amber or green as a word.
pub fn rag(lang: Lang, rag: Rag) -> &'static str {
    match (lang, rag) {
        (Lang::Nl, Rag::Red) => "rood",
        (Lang::En, Rag::Red) => "red",
        (Lang::Nl, Rag::Amber) => "oranje",
        (Lang::En, Rag::Amber) => "amber",
        (Lang::Nl, Rag::Green) => "groen",
        (Lang::En, Rag::Green) => "green",
    }
}

/// An action's status.
pub fn action_status(lang: Lang, status: ActionStatus) -> &'static str {
    match (lang, status) {
        (Lang::Nl, ActionStatus::Open) => "open",
        (Lang::En, ActionStatus::Open) => "open",
        (Lang::Nl, ActionStatus::Done) => "afgerond",
        (Lang::En, ActionStatus::Done) => "done",
        (Lang::Nl, ActionStatus::Overdue) => "te laat",
        (Lang::En, ActionStatus::Overdue) => "overdue",
    }
}

/// Who gave feedback.
pub fn giver(lang: Lang, role: GiverRole) -> &'static str {
    match (lang, role) {
        (Lang::Nl, GiverRole::Coach) => "coach",
        (Lang::En, GiverRole::Coach) => "coach",
        (Lang::Nl, GiverRole::Peer) => "collega",
        (Lang::En, GiverRole::Peer) => "peer",
        (Lang::Nl, GiverRole::Manager) => "leidinggevende",
        (Lang::En, GiverRole::Manager) => "manager",
        (Lang::Nl, GiverRole::Stakeholder) => "stakeholder",
        (Lang::En, GiverRole::Stakeholder) => "stakeholder",
        (Lang::Nl, GiverRole::Client) => "klant",
        (Lang::En, GiverRole::Client) => "client",
        (Lang::Nl, GiverRole::Other) => "anders",
        (Lang::En, GiverRole::Other) => "other",
    }
}

/// The kind of an entry.
pub fn kind(lang: Lang, kind: EntryKind) -> &'static str {
    match (lang, kind) {
        (Lang::Nl, EntryKind::Feedback) => "feedback",
        (Lang::En, EntryKind::Feedback) => "feedback",
        (Lang::Nl, EntryKind::Reflection) => "reflectie",
        (Lang::En, EntryKind::Reflection) => "reflection",
        (Lang::Nl, EntryKind::SelfAssessment) => "zelfbeoordeling",
        (Lang::En, EntryKind::SelfAssessment) => "self-assessment",
        (Lang::Nl, EntryKind::Action) => "actie",
        (Lang::En, EntryKind::Action) => "action",
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(lang: Lang, date: NaiveDate) -> &'static str {
    use chrono::Datelike;
    let months = match lang {
        Lang::Nl => MONTHS_NL,
        Lang::En => MONTHS_EN,
    };
    months[date.month0() as usize % 12]
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
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let months = match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    };
    months[date.month0() as usize % 12]
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
