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
use crate::report::{Report, SkillReport};

mod radar;
mod trend;

pub use radar::radar_svg;
pub(crate) use trend::activity_svg;
pub use trend::trend_svg;

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
