//! The radar chart of every skill, now against the earlier moment.

use std::fmt::Write as _;

use super::{
    BLUE, GREY, GRID, LABEL, LINE_HEIGHT, MUTED, f, label_chars, multiline_text, svg_open, wrap,
};
use crate::escape::escape;
use crate::i18n::{self, Text, t};
use crate::report::Report;

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
