//! The report as one self-contained HTML file: inline CSS (with print rules) and inline SVG,
//! no script, no external resource. Every piece of text from the journal goes through
//! [`escape`]; the charts are followed by their tables (visually hidden on screen in a
//! `<details>`, always available to screen readers and for copying).

use std::fmt::Write as _;

use crate::charts::{TrendSeries, radar_svg, radar_table, trend_svg, trend_table};
use crate::escape::escape;
use crate::i18n::{self, Text, t};
use crate::report::{ActionItem, ActionStatus, Lang, Rag, Report};

const CSS: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2430;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\
h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #e3e5e8;padding-bottom:.2rem;margin-top:2.2rem}\
h3{font-size:1.05rem;margin-top:1.4rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d5d8dd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#f3f5f7}.meta{color:#5a6270}\
.rag{display:inline-block;padding:0 .5rem;border-radius:.6rem;font-weight:600}\
.rag-red{background:#fbe3e1;color:#8c1d13}.rag-amber{background:#fdf0d5;color:#7a4a00}.rag-green{background:#e1f3e5;color:#1e6b2f}\
.flag{font-weight:600;color:#7a4a00}.overdue{color:#8c1d13;font-weight:600}\
blockquote{border-left:4px solid #1f5fa8;margin:.6rem 0;padding:.2rem .8rem;background:#f6f8fb}\
blockquote p{margin:.2rem 0}.by{color:#5a6270;font-size:.9rem}\
figure{margin:1rem 0}svg{max-width:100%;height:auto}details{margin:.3rem 0 1rem}\
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-before:page}h2.first{break-before:auto}\
details{display:none}section,figure,table,blockquote{break-inside:avoid}a{color:inherit}}\
";

fn rag(lang: Lang, status: Rag) -> String {
    let class = match status {
        Rag::Red => "red",
        Rag::Amber => "amber",
        Rag::Green => "green",
    };
    format!(
        r#"<span class="rag rag-{class}">{}</span>"#,
        escape(i18n::rag(lang, status))
    )
}

fn level(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// Text with its line breaks kept.
fn text(value: &str) -> String {
    escape(value).replace("\r\n", "\n").replace('\n', "<br>")
}

fn actions_table(out: &mut String, lang: Lang, actions: &[ActionItem], with_skills: bool) {
    if actions.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(t(lang, Text::NoActions)));
        return;
    }
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th>{}<th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(t(lang, Text::Action)),
        escape(t(lang, Text::Date)),
        if with_skills {
            format!("<th>{}</th>", escape(t(lang, Text::Skill)))
        } else {
            String::new()
        },
        escape(t(lang, Text::Due)),
        escape(t(lang, Text::Status))
    );
    for action in actions {
        let status_class = if action.status == ActionStatus::Overdue {
            r#" class="overdue""#
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td>{}<td>{}</td><td{status_class}>{}</td></tr>",
            text(&action.text),
            escape(&i18n::date(lang, action.date)),
            if with_skills {
                format!("<td>{}</td>", escape(&action.skills.join(", ")))
            } else {
                String::new()
            },
            action
                .due
                .map_or_else(|| "–".to_owned(), |d| escape(&i18n::date(lang, d))),
            escape(i18n::action_status(lang, action.status))
        );
    }
    out.push_str("</tbody></table>");
}

/// The report as a self-contained HTML page.
pub fn html(report: &Report) -> String {
    let lang = report.lang;
    let e = |text: Text| escape(t(lang, text));
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{CSS}</style></head><body>",
        lang.code(),
        e(Text::Title)
    );
    let _ = write!(
        out,
        "<header><h1>{}</h1><p class=\"meta\">{}: {} – {}<br>{}: {}<br>{}</p></header>",
        e(Text::Title),
        e(Text::Period),
        escape(&i18n::date(lang, report.from)),
        escape(&i18n::date(lang, report.to)),
        e(Text::Generated),
        escape(&i18n::date(lang, report.generated_at.date_naive())),
        e(if report.include_private {
            Text::PrivateIncluded
        } else {
            Text::PrivateExcluded
        })
    );

    let _ = write!(
        out,
        "<section><h2 class=\"first\">{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        e(Text::Summary),
        e(Text::Skill),
        e(Text::SelfLevel),
        e(Text::Others),
        e(Text::Gap),
        e(Text::Evidence),
        e(Text::Status)
    );
    for skill in &report.skills {
        let others = skill.others_average.map_or_else(
            || "–".to_owned(),
            |avg| format!("{} ({}×)", i18n::decimal(lang, avg), skill.others_count),
        );
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"flag\">{}</td><td>{}</td><td>{}</td></tr>",
            escape(&skill.name),
            level(skill.self_level),
            escape(&others),
            escape(i18n::flag(lang, skill.flag)),
            skill.evidence,
            rag(lang, skill.status)
        );
    }
    out.push_str("</tbody></table>");

    let radar = radar_table(report);
    let _ = write!(
        out,
        "<figure>{}<figcaption>{}</figcaption></figure><details><summary>{}</summary><table><thead><tr><th>{}</th><th>{} ({})</th><th>{}</th></tr></thead><tbody>",
        radar_svg(report),
        e(Text::Radar),
        e(Text::ChartTable),
        e(Text::Skill),
        e(Text::Earlier),
        escape(&i18n::date(lang, radar.earlier)),
        e(Text::Now)
    );
    for row in &radar.rows {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&row.skill),
            level(row.earlier),
            level(row.now)
        );
    }
    out.push_str("</tbody></table></details>");

    let _ = write!(
        out,
        "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
        e(Text::Activity),
        e(Text::WeekOf),
        e(Text::Count)
    );
    for week in &report.weeks {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            escape(&i18n::date(lang, week.week_start)),
            week.count
        );
    }
    out.push_str("</tbody></table></section>");

    for skill in &report.skills {
        let _ = write!(out, "<section><h2>{}</h2>", escape(&skill.name));
        if skill.evidence == 0 && skill.actions.is_empty() {
            let _ = write!(out, "<p>{}</p></section>", e(Text::NoData));
            continue;
        }
        let _ = write!(
            out,
            "<p>{}: {} · {}: {} · {}</p>",
            e(Text::SelfLevel),
            level(skill.self_level),
            e(Text::Others),
            skill
                .others_average
                .map_or_else(|| "–".to_owned(), |avg| escape(&i18n::decimal(lang, avg))),
            rag(lang, skill.status)
        );
        if skill.flag.is_some() {
            let _ = write!(
                out,
                "<p class=\"flag\">{}</p>",
                escape(i18n::flag(lang, skill.flag))
            );
        }
        let trend = trend_table(skill);
        let _ = write!(
            out,
            "<figure>{}</figure><details><summary>{}</summary><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            trend_svg(report, skill),
            e(Text::ChartTable),
            e(Text::Date),
            e(Text::Kind),
            e(Text::Level)
        );
        for row in &trend.rows {
            let series = match row.series {
                TrendSeries::SelfLevel => t(lang, Text::SelfAssessment),
                TrendSeries::Feedback => t(lang, Text::Feedback),
            };
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&i18n::date(lang, row.date)),
                escape(series),
                row.value
            );
        }
        out.push_str("</tbody></table></details>");

        let _ = write!(out, "<h3>{}</h3>", e(Text::LevelHistory));
        if skill.levels.is_empty() {
            let _ = write!(out, "<p>{}</p>", e(Text::NoData));
        } else {
            let _ = write!(
                out,
                "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                e(Text::Date),
                e(Text::Level),
                e(Text::Justification)
            );
            for point in &skill.levels {
                let description = point
                    .description
                    .as_deref()
                    .map(|d| format!(" – {}", escape(d)))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}{description}</td><td>{}</td></tr>",
                    escape(&i18n::date(lang, point.date)),
                    point.level,
                    text(point.justification.as_deref().unwrap_or(""))
                );
            }
            out.push_str("</tbody></table>");
        }
        let _ = write!(
            out,
            "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
            e(Text::EvidencePerMonth),
            e(Text::Month),
            e(Text::Count)
        );
        for month in &skill.evidence_per_month {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&month.month),
                month.count
            );
        }
        out.push_str("</tbody></table>");
        if !skill.quotes.is_empty() {
            let _ = write!(out, "<h3>{}</h3>", e(Text::Quotes));
            for quote in &skill.quotes {
                let _ = write!(
                    out,
                    "<blockquote><p>{}</p><p class=\"by\">— {}, {} ({}: {})</p></blockquote>",
                    text(&quote.text),
                    escape(i18n::giver(lang, quote.giver_role)),
                    escape(&i18n::date(lang, quote.date)),
                    e(Text::Rating),
                    quote.rating
                );
            }
        }
        let _ = write!(out, "<h3>{}</h3>", e(Text::Actions));
        actions_table(&mut out, lang, &skill.actions, false);
        out.push_str("</section>");
    }

    let _ = write!(out, "<section><h2>{}</h2>", e(Text::ActionPlan));
    actions_table(&mut out, lang, &report.actions, true);
    out.push_str("</section></body></html>\n");
    out
}
