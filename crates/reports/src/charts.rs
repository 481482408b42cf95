//! The two charts, as SVG written by hand: a radar of every skill (now against an earlier
//! moment) and a trend line per skill (self levels and others' ratings over the period).
//!
//! Hand-written instead of `plotters`: two simple charts need a few dozen elements, and writing
//! them ourselves keeps the output byte-for-byte deterministic (fixed one-decimal coordinates,
//! no font measuring), small, and free of anything but escaped text. The same SVG is meant for
//! the window and the exported reports. Each chart has a table equivalent for screen readers.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::escape::escape;
use crate::i18n::{self, Text, t};
use crate::report::{Report, SkillReport};

const BLUE: &str = "#1f5fa8";
const ORANGE: &str = "#c25e00";
const GREY: &str = "#8a8f98";

/// One skill in the radar chart's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RadarRow {
    /// The skill's name.
    pub skill: String,
    /// The level at the earlier moment.
    pub earlier: Option<u8>,
    /// The latest level in the period.
    pub now: Option<u8>,
}

/// The radar chart as a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RadarTable {
    /// The earlier moment.
    pub earlier: NaiveDate,
    /// One row per skill, in report order.
    pub rows: Vec<RadarRow>,
}

/// What a trend point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TrendSeries {
    /// A self-assessed level.
    SelfLevel,
    /// A rating by someone else.
    Feedback,
}

/// One point of a trend chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TrendRow {
    /// The day.
    pub date: NaiveDate,
    /// Which series.
    pub series: TrendSeries,
    /// 1 to 5.
    pub value: u8,
}

/// A trend chart as a table, by date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TrendTable {
    /// The skill's name.
    pub skill: String,
    /// Its points, by date (self levels before ratings on the same day).
    pub rows: Vec<TrendRow>,
}

/// The radar chart's table.
pub fn radar_table(report: &Report) -> RadarTable {
    RadarTable {
        earlier: report.compare_to,
        rows: report
            .skills
            .iter()
            .map(|s| RadarRow {
                skill: s.name.clone(),
                earlier: s.earlier_level,
                now: s.self_level,
            })
            .collect(),
    }
}

/// A trend chart's table.
pub fn trend_table(skill: &SkillReport) -> TrendTable {
    let mut rows: Vec<TrendRow> = skill
        .levels
        .iter()
        .map(|l| TrendRow {
            date: l.date,
            series: TrendSeries::SelfLevel,
            value: l.level,
        })
        .chain(skill.ratings.iter().map(|r| TrendRow {
            date: r.date,
            series: TrendSeries::Feedback,
            value: r.rating,
        }))
        .collect();
    rows.sort_by_key(|r| (r.date, r.series == TrendSeries::Feedback));
    TrendTable {
        skill: skill.name.clone(),
        rows,
    }
}

fn f(value: f64) -> String {
    let text = format!("{value:.1}");
    if text == "-0.0" {
        "0.0".to_owned()
    } else {
        text
    }
}

fn svg_open(out: &mut String, width: u32, height: u32, label: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{}" font-family="sans-serif" font-size="11">"#,
        escape(label)
    );
    let _ = write!(out, "<title>{}</title>", escape(label));
}

/// The radar chart: one axis per skill, rings for levels 1 to 5, the earlier moment dashed
/// grey and now filled blue.
pub fn radar_svg(report: &Report) -> String {
    let lang = report.lang;
    // Wider than tall: skill names sit left and right of the axes.
    let (cx, cy, radius) = (300.0, 190.0, 140.0);
    let mut out = String::new();
    svg_open(&mut out, 600, 400, t(lang, Text::Radar));
    let n = report.skills.len().max(1);
    let point = |i: usize, level: f64| {
        let angle = -std::f64::consts::FRAC_PI_2
            + std::f64::consts::TAU * f64::from(u32::try_from(i).unwrap_or(0))
                / f64::from(u32::try_from(n).unwrap_or(1));
        let r = radius * level / 5.0;
        (cx + r * angle.cos(), cy + r * angle.sin())
    };
    for ring in 1..=5 {
        let points: Vec<String> = (0..n)
            .map(|i| {
                let (x, y) = point(i, f64::from(ring));
                format!("{},{}", f(x), f(y))
            })
            .collect();
        let _ = write!(
            out,
            r##"<polygon points="{}" fill="none" stroke="#d5d8dd" stroke-width="1"/>"##,
            points.join(" ")
        );
    }
    for (i, skill) in report.skills.iter().enumerate() {
        let (x, y) = point(i, 5.0);
        let _ = write!(
            out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#d5d8dd"/>"##,
            f(cx),
            f(cy),
            f(x),
            f(y)
        );
        let (lx, ly) = point(i, 5.6);
        let anchor = if (lx - cx).abs() < 1.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
            f(lx),
            f(ly + 4.0),
            escape(&skill.name)
        );
    }
    let polygon = |out: &mut String, levels: Vec<Option<u8>>, style: &str| {
        if levels.iter().all(Option::is_none) {
            return;
        }
        let points: Vec<String> = levels
            .iter()
            .enumerate()
            .map(|(i, level)| {
                let (x, y) = point(i, f64::from(level.unwrap_or(0)));
                format!("{},{}", f(x), f(y))
            })
            .collect();
        let _ = write!(out, r#"<polygon points="{}" {style}/>"#, points.join(" "));
    };
    polygon(
        &mut out,
        report.skills.iter().map(|s| s.earlier_level).collect(),
        &format!(r#"fill="none" stroke="{GREY}" stroke-width="2" stroke-dasharray="5 4""#),
    );
    polygon(
        &mut out,
        report.skills.iter().map(|s| s.self_level).collect(),
        &format!(r#"fill="{BLUE}" fill-opacity="0.25" stroke="{BLUE}" stroke-width="2""#),
    );
    let earlier = format!(
        "{} ({})",
        t(lang, Text::Earlier),
        i18n::date(lang, report.compare_to)
    );
    let _ = write!(
        out,
        r#"<line x1="10" y1="{y}" x2="30" y2="{y}" stroke="{GREY}" stroke-width="2" stroke-dasharray="5 4"/><text x="36" y="{ty}">{}</text>"#,
        escape(&earlier),
        y = f(14.0),
        ty = f(18.0)
    );
    let _ = write!(
        out,
        r#"<rect x="10" y="{y}" width="20" height="8" fill="{BLUE}" fill-opacity="0.25" stroke="{BLUE}"/><text x="36" y="{ty}">{}</text>"#,
        escape(t(lang, Text::Now)),
        y = f(26.0),
        ty = f(34.0)
    );
    out.push_str("</svg>");
    out
}

/// A skill's trend over the period: self levels as a blue line with dots, others' ratings as
/// orange diamonds, level 1 to 5 upwards.
pub fn trend_svg(report: &Report, skill: &SkillReport) -> String {
    let lang = report.lang;
    let (width, height) = (560.0, 200.0);
    let (left, right, top, bottom) = (30.0, 12.0, 12.0, 36.0);
    let days = (report.to - report.from).num_days().max(1) as f64;
    let x = |date: NaiveDate| {
        left + (width - left - right) * ((date - report.from).num_days() as f64 / days)
    };
    let y = |value: u8| top + (height - top - bottom) * (5.0 - f64::from(value)) / 4.0;
    let mut out = String::new();
    svg_open(
        &mut out,
        560,
        200,
        &format!("{}: {}", t(lang, Text::Trend), skill.name),
    );
    for level in 1..=5_u8 {
        let _ = write!(
            out,
            r##"<line x1="{l}" y1="{y}" x2="{r}" y2="{y}" stroke="#e3e5e8"/><text x="{tx}" y="{ty}" text-anchor="end">{level}</text>"##,
            l = f(left),
            r = f(width - right),
            y = f(y(level)),
            tx = f(left - 6.0),
            ty = f(y(level) + 4.0)
        );
    }
    let _ = write!(
        out,
        r#"<text x="{}" y="{ty}">{}</text><text x="{}" y="{ty}" text-anchor="end">{}</text>"#,
        f(left),
        escape(&i18n::date(lang, report.from)),
        f(width - right),
        escape(&i18n::date(lang, report.to)),
        ty = f(height - bottom + 16.0)
    );
    if skill.levels.len() > 1 {
        let points: Vec<String> = skill
            .levels
            .iter()
            .map(|l| format!("{},{}", f(x(l.date)), f(y(l.level))))
            .collect();
        let _ = write!(
            out,
            r#"<polyline points="{}" fill="none" stroke="{BLUE}" stroke-width="2"/>"#,
            points.join(" ")
        );
    }
    for l in &skill.levels {
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="4" fill="{BLUE}"/>"#,
            f(x(l.date)),
            f(y(l.level))
        );
    }
    for r in &skill.ratings {
        let (cx, cy) = (x(r.date), y(r.rating));
        let _ = write!(
            out,
            r#"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="{ORANGE}"/>"#,
            f(cx),
            f(cy - 5.0),
            f(cx + 5.0),
            f(cy),
            f(cx),
            f(cy + 5.0),
            f(cx - 5.0),
            f(cy)
        );
    }
    let legend_y = height - 8.0;
    let _ = write!(
        out,
        r#"<circle cx="{}" cy="{}" r="4" fill="{BLUE}"/><text x="{}" y="{}">{}</text>"#,
        f(left + 4.0),
        f(legend_y - 4.0),
        f(left + 12.0),
        f(legend_y),
        escape(t(lang, Text::SelfAssessment))
    );
    let _ = write!(
        out,
        r#"<path d="M{} {}l5 5l-5 5l-5 -5Z" fill="{ORANGE}"/><text x="{}" y="{}">{}</text>"#,
        f(left + 164.0),
        f(legend_y - 9.0),
        f(left + 172.0),
        f(legend_y),
        escape(t(lang, Text::Ratings))
    );
    out.push_str("</svg>");
    out
}
