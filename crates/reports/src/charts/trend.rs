//! The charts over time: a skill's trend (self levels and others' ratings over the period) and
//! the entries per week.

use std::fmt::Write as _;

use chrono::{Datelike, Months, NaiveDate};

use super::{BLUE, GRID, LABEL, MUTED, ORANGE, f, svg_open};
use crate::escape::escape;
use crate::i18n::{self, Text, t};
use crate::report::{Report, SkillReport};

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
