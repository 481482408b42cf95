//! The progress view's command: the same report model and the same SVG charts as the exported
//! reports, so a chart looks the same in the window and in a report.

use chrono::{NaiveDate, Utc};
use reports::{RadarTable, Report, ReportOptions, TrendTable};
use serde::{Deserialize, Serialize};
use skills_articles::Lang;
use tauri::State;

use crate::cli_reports::{report_lang, skill_infos};
use crate::error::CommandError;
use crate::journal::JournalSlot;
use crate::state::AppState;

/// What the progress view asks for.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgressRequest {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Only these skills; null: all.
    pub skills: Option<Vec<String>>,
    /// Whether private entries count.
    pub include_private: bool,
    /// The language of the chart labels.
    pub lang: Lang,
    /// The earlier moment of the radar chart; null: the day before `from`.
    pub compare_to: Option<NaiveDate>,
}

/// A skill's trend chart and its table.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SkillTrend {
    pub skill_id: String,
    /// SVG made in Rust (every text escaped; presentation attributes only, no script, no
    /// style), for the UI to insert as SVG nodes.
    pub svg: String,
    pub table: TrendTable,
}

/// Everything the progress view shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgressView {
    pub report: Report,
    /// The radar chart: every skill, now against the earlier moment (SVG, as `svg` above).
    pub radar_svg: String,
    pub radar_table: RadarTable,
    pub trends: Vec<SkillTrend>,
}

#[tauri::command]
pub async fn progress_report(
    state: State<'_, AppState>,
    request: ProgressRequest,
) -> Result<ProgressView, CommandError> {
    if request.from > request.to {
        return Err(CommandError::new(
            "invalid_period",
            format!(
                "the period starts ({}) after it ends ({})",
                request.from, request.to
            ),
        ));
    }
    let skills = {
        let library = state
            .library
            .read()
            .map_err(|_| CommandError::new("internal", "the app hit an internal error"))?;
        skill_infos(library.catalogue())
    };
    let options = ReportOptions {
        from: request.from,
        to: request.to,
        skills: request.skills,
        include_private: request.include_private,
        lang: report_lang(request.lang),
        compare_to: request.compare_to,
        now: Utc::now(),
    };
    let slot = state
        .journal
        .lock()
        .map_err(|_| CommandError::new("internal", "the app hit an internal error"))?;
    let JournalSlot::Ready(open) = &*slot else {
        return Err(CommandError::new(
            "journal_unavailable",
            "the journal is not open",
        ));
    };
    let report = Report::build(&open.store, &skills, &options)?;
    drop(slot);
    let trends = report
        .skills
        .iter()
        .map(|skill| SkillTrend {
            skill_id: skill.id.clone(),
            svg: reports::trend_svg(&report, skill),
            table: reports::trend_table(skill),
        })
        .collect();
    Ok(ProgressView {
        radar_svg: reports::radar_svg(&report),
        radar_table: reports::radar_table(&report),
        trends,
        report,
    })
}
