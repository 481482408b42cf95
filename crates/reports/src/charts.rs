//! The two charts, as SVG written by hand: a radar of every skill (now against an earlier
//! moment) and a trend line per skill (self levels and others' ratings over the period).
//!
//! Hand-written instead of `plotters`: two simple charts need a few dozen elements, and writing
//! them ourselves keeps the output byte-for-byte deterministic (fixed one-decimal coordinates,
//! no font measuring), small, and free of anything but escaped text. The same SVG is meant for
//! the window and the exported reports. Each chart has a table equivalent for screen readers.

use std::fmt::Write as _;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::escape::escape;
use crate::i18n::{self, Text, t};
use crate::report::{Report, SkillReport};

const BLUE: &str = "#1f5fa8";
const ORANGE: &str = "#c25e00";
const GREY: &str = "#8a8f98";
/// Grid lines and axis text.
const GRID: &str = "#d5d8dd";
const LABEL: &str = "#3a4250";
const MUTED: &str = "#6b7280";

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

/// `text` in lines of at most `width` characters (broken at spaces, a longer word on its own
/// line), at most `max_lines` lines; what does not fit ends in an ellipsis. Characters, not
/// measured widths: the SVG is made without fonts, so this is an estimate with some margin.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let fits = current.chars().count() + 1 + word.chars().count() <= width;
        if current.is_empty() {
            current = word.to_owned();
        } else if fits {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_owned();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let cut = |line: &str, room: usize| -> String {
        let kept: String = line.chars().take(room.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    };
    let truncated = lines.len() > max_lines;
    lines.truncate(max_lines.max(1));
    for line in &mut lines {
        if line.chars().count() > width {
            *line = cut(line, width);
        }
    }
    if truncated && let Some(last) = lines.last_mut() {
        if last.chars().count() + 1 > width {
            *last = cut(last, width);
        } else if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

/// A `<text>` of one or more lines; `first_y` is the baseline of the first line.
fn multiline_text(
    out: &mut String,
    x: f64,
    first_y: f64,
    anchor: &str,
    lines: &[String],
    attrs: &str,
) {
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="{anchor}"{attrs}>"#,
        f(x),
        f(first_y)
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { LINE_HEIGHT };
        let _ = write!(
            out,
            r#"<tspan x="{}" dy="{}">{}</tspan>"#,
            f(x),
            f(dy),
            escape(line)
        );
    }
    out.push_str("</text>");
}

/// A conservative width of one character of an 11 px sans-serif label: wide fonts such as
/// DejaVu Sans (the window's on Linux) average about 6.6 px, so at 7 px no letter of a wrapped
/// label falls outside the picture.
const LABEL_CHAR_PX: f64 = 7.0;

/// How many characters a label line may have, from the room between its anchor at `x` and the
/// picture's edges (a few pixels kept free).
fn label_chars(anchor: &str, x: f64, width: f64) -> usize {
    let room = match anchor {
        "start" => width - x,
        "end" => x,
        _ => 2.0 * x.min(width - x),
    } - 6.0;
    // At least a short word's worth; the wrap ends an over-long word with an ellipsis.
    ((room / LABEL_CHAR_PX).floor().max(8.0)) as usize
}

/// The distance between the baselines of a label's lines.
const LINE_HEIGHT: f64 = 13.0;

/// Whether the radar chart says something: at least three skills (fewer make a point or a
/// line, not a shape) and at least one self-assessment, now or at the earlier moment. The
/// reports show a sentence instead when it does not.
pub(crate) fn radar_is_useful(report: &Report) -> bool {
    report.skills.len() >= 3
        && report
            .skills
            .iter()
            .any(|s| s.self_level.is_some() || s.earlier_level.is_some())
}

/// The radar chart: one axis per skill, rings for levels 1 to 5 (numbered along the first
/// axis), the earlier moment dashed grey and now blue with dots. A skill without a level has
/// no dot; the outline then connects only neighbouring skills that both have one (a missing
/// level is not drawn as zero), and is filled only when every skill has a level. Long skill
/// names are wrapped over two lines.
pub fn radar_svg(report: &Report) -> String {
    let lang = report.lang;
    // Wider than tall: skill names sit left and right of the axes.
    let (width, height) = (640, 420);
    let (cx, cy, radius) = (320.0, 215.0, 135.0);
    let mut out = String::new();
    svg_open(&mut out, width, height, t(lang, Text::Radar));
    let n = report.skills.len().max(1);
    let angle_of = |i: usize| {
        -std::f64::consts::FRAC_PI_2
            + std::f64::consts::TAU * f64::from(u32::try_from(i).unwrap_or(0))
                / f64::from(u32::try_from(n).unwrap_or(1))
    };
    let point = |i: usize, level: f64| {
        let angle = angle_of(i);
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
            r#"<polygon points="{}" fill="none" stroke="{GRID}" stroke-width="1"/>"#,
            points.join(" ")
        );
    }
    for (i, skill) in report.skills.iter().enumerate() {
        let (x, y) = point(i, 5.0);
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{GRID}"/>"#,
            f(cx),
            f(cy),
            f(x),
            f(y)
        );
        let angle = angle_of(i);
        let (dx, dy) = (angle.cos(), angle.sin());
        let (lx, ly) = (cx + (radius + 12.0) * dx, cy + (radius + 12.0) * dy);
        let anchor = if dx.abs() < 0.2 {
            "middle"
        } else if dx > 0.0 {
            "start"
        } else {
            "end"
        };
        let chars = label_chars(anchor, lx, f64::from(width));
        let lines = wrap(&skill.name, chars, 2);
        let count = lines.len() as f64;
        // Above the chart the lines grow upwards, below it downwards, beside it around the axis.
        let first_y = if dy < -0.8 {
            ly - (count - 1.0) * LINE_HEIGHT - 2.0
        } else if dy > 0.8 {
            ly + 11.0
        } else {
            ly + 4.0 - (count - 1.0) * LINE_HEIGHT / 2.0 + dy * 6.0
        };
        let colour = if skill.self_level.is_some() || skill.earlier_level.is_some() {
            LABEL
        } else {
            MUTED
        };
        multiline_text(
            &mut out,
            lx,
            first_y,
            anchor,
            &lines,
            &format!(r#" fill="{colour}""#),
        );
    }
    // The ring numbers, between the first and the last axis (where no dot sits).
    if report.skills.len() >= 3 {
        let half = std::f64::consts::PI / n as f64;
        let angle = angle_of(0) - half;
        for ring in 1..=5_u8 {
            let r = radius * f64::from(ring) / 5.0 * half.cos();
            let (x, y) = (cx + r * angle.cos(), cy + r * angle.sin());
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="9" text-anchor="middle" fill="{MUTED}">{ring}</text>"#,
                f(x),
                f(y + 3.0)
            );
        }
    }
    let series = |out: &mut String,
                  levels: &[Option<u8>],
                  stroke: &str,
                  dashed: bool,
                  fill: bool| {
        if levels.iter().all(Option::is_none) {
            return;
        }
        let dash = if dashed {
            r#" stroke-dasharray="5 4""#
        } else {
            ""
        };
        let xy = |i: usize, level: u8| {
            let (x, y) = point(i, f64::from(level));
            format!("{},{}", f(x), f(y))
        };
        if levels.iter().all(Option::is_some) && levels.len() >= 3 {
            let points: Vec<String> = levels
                .iter()
                .enumerate()
                .filter_map(|(i, l)| l.map(|l| xy(i, l)))
                .collect();
            let fill = if fill {
                format!(r#"fill="{stroke}" fill-opacity="0.18""#)
            } else {
                r#"fill="none""#.to_owned()
            };
            let _ = write!(
                out,
                r#"<polygon points="{}" {fill} stroke="{stroke}" stroke-width="2"{dash}/>"#,
                points.join(" ")
            );
        } else if levels.len() >= 2 {
            // Only the sides between two neighbouring skills that both have a level.
            let count = levels.len();
            let pairs = if count == 2 { 1 } else { count };
            for i in 0..pairs {
                let j = (i + 1) % count;
                if let (Some(a), Some(b)) = (levels[i], levels[j]) {
                    let _ = write!(
                        out,
                        r#"<polyline points="{} {}" fill="none" stroke="{stroke}" stroke-width="2"{dash}/>"#,
                        xy(i, a),
                        xy(j, b)
                    );
                }
            }
        }
        if !dashed {
            for (i, level) in levels.iter().enumerate() {
                if let Some(level) = level {
                    let (x, y) = point(i, f64::from(*level));
                    let _ = write!(
                        out,
                        r#"<circle cx="{}" cy="{}" r="3.5" fill="{stroke}"/>"#,
                        f(x),
                        f(y)
                    );
                }
            }
        } else {
            for (i, level) in levels.iter().enumerate() {
                if let Some(level) = level {
                    let (x, y) = point(i, f64::from(*level));
                    let _ = write!(
                        out,
                        r#"<circle cx="{}" cy="{}" r="2.5" fill="white" stroke="{stroke}" stroke-width="1.5"/>"#,
                        f(x),
                        f(y)
                    );
                }
            }
        }
    };
    let earlier_levels: Vec<Option<u8>> = report.skills.iter().map(|s| s.earlier_level).collect();
    let now_levels: Vec<Option<u8>> = report.skills.iter().map(|s| s.self_level).collect();
    series(&mut out, &earlier_levels, GREY, true, false);
    series(&mut out, &now_levels, BLUE, false, true);
    let earlier = format!(
        "{} ({})",
        t(lang, Text::Earlier),
        i18n::date(lang, report.compare_to)
    );
    let _ = write!(
        out,
        r#"<line x1="10" y1="14" x2="30" y2="14" stroke="{GREY}" stroke-width="2" stroke-dasharray="5 4"/><text x="36" y="18" fill="{LABEL}">{}</text>"#,
        escape(&earlier),
    );
    let _ = write!(
        out,
        r#"<line x1="10" y1="32" x2="30" y2="32" stroke="{BLUE}" stroke-width="2"/><circle cx="20" cy="32" r="3.5" fill="{BLUE}"/><text x="36" y="36" fill="{LABEL}">{}</text>"#,
        escape(t(lang, Text::Now)),
    );
    out.push_str("</svg>");
    out
}

/// A horizontal grid line across the plot from `left` to `right` at `y`, with its value at the
/// left (the level axis of the trend chart, the count axis of the activity chart).
fn grid_line(out: &mut String, left: f64, right: f64, y: f64, value: impl std::fmt::Display) {
    let _ = write!(
        out,
        r##"<line x1="{l}" y1="{y}" x2="{r}" y2="{y}" stroke="#e3e5e8"/><text x="{tx}" y="{ty}" text-anchor="end" fill="{MUTED}">{value}</text>"##,
        l = f(left),
        r = f(right),
        y = f(y),
        tx = f(left - 8.0),
        ty = f(y + 4.0)
    );
}

/// The first day of each month after `from` up to `to`.
fn month_starts(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut starts = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(from.year(), from.month(), 1)
        .and_then(|d| d.checked_add_months(Months::new(1)));
    while let Some(start) = month
        && start <= to
    {
        starts.push(start);
        month = start.checked_add_months(Months::new(1));
    }
    starts
}

/// A skill's trend over the period: self levels as a blue line with dots, others' ratings as
/// orange diamonds, level 1 to 5 upwards, months along the bottom (the first and last day when
/// the period is shorter than about six weeks). The legend is above the plot.
pub fn trend_svg(report: &Report, skill: &SkillReport) -> String {
    let lang = report.lang;
    let (width, height) = (560.0, 164.0);
    let (left, right, top, bottom) = (30.0, 12.0, 28.0, 22.0);
    let days = (report.to - report.from).num_days().max(1) as f64;
    let x = |date: NaiveDate| {
        left + (width - left - right) * ((date - report.from).num_days() as f64 / days)
    };
    let y = |value: u8| top + (height - top - bottom) * (5.0 - f64::from(value)) / 4.0;
    let mut out = String::new();
    svg_open(
        &mut out,
        560,
        164,
        &format!("{}: {}", t(lang, Text::Trend), skill.name),
    );
    for level in 1..=5_u8 {
        grid_line(&mut out, left, width - right, y(level), level);
    }
    let axis_y = height - bottom + 16.0;
    let starts = month_starts(report.from, report.to);
    if !starts.is_empty() && days >= 40.0 {
        // A tick at each month's start, the month's name in the middle of its part of the period.
        let end = report.to.succ_opt().unwrap_or(report.to);
        let step = starts.len().div_ceil(12);
        let mut bounds = vec![report.from];
        bounds.extend(starts.iter().copied());
        bounds.push(end);
        for start in &starts {
            let _ = write!(
                out,
                r#"<line x1="{x}" y1="{t}" x2="{x}" y2="{b}" stroke="{GRID}" stroke-width="0.6"/>"#,
                x = f(x(*start)),
                t = f(y(5)),
                b = f(y(1) + 4.0)
            );
        }
        for (i, pair) in bounds.windows(2).enumerate() {
            let (a, b) = (pair[0], pair[1]);
            if i % step != 0 || x(b) - x(a) < 22.0 {
                continue;
            }
            let mid = (x(a) + x(b)) / 2.0;
            let label = if i == 0 || a.month() == 1 {
                format!("{} {}", i18n::month_short(lang, a), a.year())
            } else {
                i18n::month_short(lang, a).to_owned()
            };
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
                f(mid),
                f(axis_y),
                escape(&label)
            );
        }
    } else {
        let _ = write!(
            out,
            r#"<text x="{}" y="{ty}" fill="{MUTED}">{}</text><text x="{}" y="{ty}" text-anchor="end" fill="{MUTED}">{}</text>"#,
            f(left),
            escape(&i18n::date(lang, report.from)),
            f(width - right),
            escape(&i18n::date(lang, report.to)),
            ty = f(axis_y)
        );
    }
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
    let legend_y = 12.0;
    let _ = write!(
        out,
        r#"<circle cx="{}" cy="{}" r="4" fill="{BLUE}"/><text x="{}" y="{}" fill="{LABEL}">{}</text>"#,
        f(left + 4.0),
        f(legend_y - 4.0),
        f(left + 12.0),
        f(legend_y),
        escape(t(lang, Text::SelfAssessment))
    );
    let _ = write!(
        out,
        r#"<path d="M{} {}l5 5l-5 5l-5 -5Z" fill="{ORANGE}"/><text x="{}" y="{}" fill="{LABEL}">{}</text>"#,
        f(left + 154.0),
        f(legend_y - 9.0),
        f(left + 162.0),
        f(legend_y),
        escape(t(lang, Text::Ratings))
    );
    out.push_str("</svg>");
    out
}

/// Entries per week as bars, for the HTML report (its table follows it).
pub(crate) fn activity_svg(report: &Report) -> String {
    let lang = report.lang;
    let (width, height) = (640.0, 150.0);
    let (left, right, top, bottom) = (30.0, 8.0, 10.0, 26.0);
    let mut out = String::new();
    svg_open(&mut out, 640, 150, t(lang, Text::Activity));
    let max = report
        .weeks
        .iter()
        .map(|w| w.count)
        .max()
        .unwrap_or(0)
        .max(1);
    // Gridlines at whole numbers: every one up to 5, else a few.
    let step = match max {
        0..=5 => 1,
        6..=10 => 2,
        11..=25 => 5,
        _ => max.div_ceil(5),
    };
    let plot = height - top - bottom;
    let y = |v: u32| top + plot * (1.0 - f64::from(v) / f64::from(max));
    let mut v = 0;
    while v <= max {
        grid_line(&mut out, left, width - right, y(v), v);
        v += step;
    }
    let n = report.weeks.len().max(1) as f64;
    let slot = (width - left - right) / n;
    let bar = (slot * 0.7).min(24.0);
    let mut last_month = None;
    for (i, week) in report.weeks.iter().enumerate() {
        let x0 = left + slot * i as f64 + (slot - bar) / 2.0;
        if week.count > 0 {
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{BLUE}" fill-opacity="0.75"/>"#,
                f(x0),
                f(y(week.count)),
                f(bar),
                f(top + plot - y(week.count))
            );
        }
        // A month's name under its first week.
        let month = week
            .week_start
            .checked_add_days(chrono::Days::new(6))
            .unwrap_or(week.week_start);
        let key = (month.year(), month.month());
        if last_month != Some(key) {
            last_month = Some(key);
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" fill="{MUTED}">{}</text>"#,
                f(left + slot * i as f64),
                f(height - bottom + 16.0),
                escape(i18n::month_short(lang, month))
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn radar_labels_fit_the_room_beside_their_axis() {
        use super::{LABEL_CHAR_PX, label_chars};
        // The right-hand axis of the 640-wide radar: its label starts at x = 467.
        let chars = label_chars("start", 467.0, 640.0);
        assert!(
            467.0 + chars as f64 * LABEL_CHAR_PX <= 640.0,
            "{chars} characters from x = 467 stay inside 640 px"
        );
        assert!(
            super::wrap("Omgaan met weerstand tegen verandering", chars, 2)
                .iter()
                .all(|line| line.chars().count() <= chars),
            "the long Dutch name wraps within the room"
        );
        assert_eq!(
            label_chars("end", 10.0, 640.0),
            8,
            "never fewer than a short word"
        );
    }

    #[test]
    fn long_names_wrap_over_two_lines_and_end_in_an_ellipsis() {
        assert_eq!(wrap("Presenteren", 27, 2), ["Presenteren"]);
        assert_eq!(
            wrap("Plannen en organiseren van het eigen werk", 27, 2),
            ["Plannen en organiseren van", "het eigen werk"]
        );
        assert_eq!(
            wrap(
                "Technisch schrijven voor niet-technische lezers (documentatie)",
                27,
                2
            ),
            ["Technisch schrijven voor", "niet-technische lezers…"]
        );
        assert_eq!(wrap("Supercalifragilistic", 10, 2), ["Supercali…"]);
    }
}
