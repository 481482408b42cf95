//! The report as one self-contained HTML file: inline CSS (with print rules) and inline SVG,
//! no script, no external resource. Every piece of text from the journal goes through
//! [`escape`]; the charts are followed by their tables (visually hidden on screen in a
//! `<details>`, always available to screen readers and for copying).

use std::fmt::Write as _;

use crate::charts::{
    TrendSeries, activity_svg, radar_is_useful, radar_svg, radar_table, trend_svg, trend_table,
};
use crate::escape::escape;
use crate::i18n::{self, Text, t};
use skills_catalogue::Lang;

use crate::report::{ActionItem, ActionStatus, Rag, Report, SkillReport};

/// The style sheet: calm on screen, A4 with page numbers when printed (the page-number margin
/// box is shown by browsers that support it and ignored by the others).
fn css(lang: Lang) -> String {
    let (page, of) = (t(lang, Text::Page), t(lang, Text::PageOf));
    format!(
        "\
:root{{--ink:#1d2430;--muted:#5a6270;--rule:#d5d8dd;--zebra:#f5f6f7;--accent:#0d6b65}}\
body{{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);max-width:52rem;margin:2rem auto;padding:0 1.2rem;line-height:1.5}}\
.eyebrow{{color:var(--accent);font-size:.75rem;font-weight:600;letter-spacing:.14em;text-transform:uppercase;margin:0}}\
h1{{font-size:1.9rem;margin:.3rem 0 .2rem}}.trainee{{font-size:1.2rem;margin:.2rem 0 0}}.programme{{color:var(--muted);margin:0}}\
dl.meta{{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;color:var(--muted);margin:1rem 0 .3rem}}dl.meta dd{{margin:0;color:var(--ink)}}\
.note{{color:var(--muted)}}.small{{font-size:.85rem}}\
nav{{background:var(--zebra);border-radius:4px;padding:.6rem 1.2rem;margin:1.5rem 0}}nav h2{{font-size:1rem;border:0;margin:.3rem 0}}nav ol{{margin:.2rem 0;padding-left:1.3rem}}nav a{{color:inherit}}\
h2{{font-size:1.45rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.6rem}}\
h3{{font-size:1.05rem;margin:1.5rem 0 .4rem}}\
table{{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.95rem}}\
th,td{{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}}\
th{{color:var(--muted);font-size:.8rem;font-weight:600;border-bottom:1.5px solid var(--rule)}}\
tbody tr:nth-child(even){{background:var(--zebra)}}table.compact{{width:auto;min-width:60%}}td.num,th.num{{text-align:center}}.d{{white-space:nowrap}}\
.rag{{display:inline-block;padding:0 .5rem;border-radius:.6rem;font-size:.85rem;font-weight:600;white-space:nowrap}}\
.rag-red{{background:#fbe3e1;color:#8c1d13}}.rag-amber{{background:#fdf0d5;color:#7a4a00}}.rag-green{{background:#e1f3e5;color:#1e6b2f}}\
.flag{{font-style:italic;color:#7a4a00}}.overdue{{color:#8c1d13;font-weight:600}}\
.stats{{display:flex;flex-wrap:wrap;gap:.4rem 2rem;margin:.6rem 0 1rem}}.stats div{{display:flex;flex-direction:column}}\
.stats .k{{color:var(--muted);font-size:.8rem}}.stats b{{font-size:1.15rem;font-weight:500}}\
blockquote{{border-left:3px solid var(--accent);margin:.6rem 0;padding:.2rem .9rem}}\
blockquote p{{margin:.2rem 0;font-style:italic}}blockquote p.by{{font-style:normal;color:var(--muted);font-size:.85rem}}\
.guide{{background:var(--zebra);border-radius:4px;padding:.4rem 1rem;font-size:.9rem;margin:1rem 0}}.guide h3{{margin:.6rem 0 .2rem}}\
figure{{margin:1rem 0}}svg{{max-width:100%;height:auto}}figure.trend svg{{width:100%;max-width:42rem}}figcaption{{color:var(--muted);font-size:.85rem}}\
details{{margin:.2rem 0 1rem;font-size:.9rem}}summary{{color:var(--muted);cursor:pointer}}\
@page{{size:A4;margin:18mm 16mm 20mm;@bottom-right{{content:'{page} ' counter(page) ' {of} ' counter(pages);font-size:8pt;color:#5a6270}}}}\
@media print{{body{{margin:0;max-width:none;padding:0;font-size:10pt}}nav{{display:none}}\
section.skill,section.plan{{break-before:page}}h2,h3{{break-after:avoid}}\
details{{display:none}}figure,tr,blockquote,.stats{{break-inside:avoid}}thead{{display:table-header-group}}a{{color:inherit;text-decoration:none}}}}\
"
    )
}

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

/// Text with its line breaks kept.
fn text(value: &str) -> String {
    escape(value).replace("\r\n", "\n").replace('\n', "<br>")
}

fn date(lang: Lang, day: chrono::NaiveDate) -> String {
    escape(&i18n::date(lang, day))
}

/// Actions with what to do (and when it was noted), the skills when asked, due date and status.
fn actions_table(out: &mut String, lang: Lang, actions: &[ActionItem], with_skills: bool) {
    if actions.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            escape(t(lang, Text::NoActions))
        );
        return;
    }
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th>{}<th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(t(lang, Text::Action)),
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
            "<tr><td>{}<br><span class=\"note small\">{} {}</span></td>{}<td class=\"d\">{}</td><td{status_class}>{}</td></tr>",
            text(&action.text),
            escape(t(lang, Text::Noted)),
            date(lang, action.date),
            if with_skills {
                format!("<td>{}</td>", escape(&action.skills.join(", ")))
            } else {
                String::new()
            },
            action.due.map_or_else(|| "–".to_owned(), |d| date(lang, d)),
            escape(i18n::action_status(lang, action.status))
        );
    }
    out.push_str("</tbody></table>");
}

fn header(out: &mut String, report: &Report) {
    let lang = report.lang;
    let e = |text: Text| escape(t(lang, text));
    out.push_str("<header><p class=\"eyebrow\">Skills Journal</p>");
    let _ = write!(out, "<h1>{}</h1>", e(Text::Title));
    if let Some(name) = &report.trainee {
        let _ = write!(out, "<p class=\"trainee\">{}</p>", escape(name));
    }
    if let Some(programme) = &report.programme {
        let _ = write!(out, "<p class=\"programme\">{}</p>", escape(programme));
    }
    let _ = write!(
        out,
        "<dl class=\"meta\"><dt>{}</dt><dd>{} – {}</dd><dt>{}</dt><dd>{}</dd></dl><p class=\"note small\">{}</p></header>",
        e(Text::Period),
        date(lang, report.from),
        date(lang, report.to),
        e(Text::Generated),
        date(lang, report.generated_at.date_naive()),
        e(if report.include_private {
            Text::PrivateIncluded
        } else {
            Text::PrivateExcluded
        })
    );
    let _ = write!(
        out,
        "<nav><h2>{}</h2><ol><li><a href=\"#summary\">{}</a></li>",
        e(Text::Contents),
        e(Text::Summary)
    );
    for (i, skill) in report.skills.iter().enumerate() {
        if skill.has_data() {
            let _ = write!(
                out,
                "<li><a href=\"#skill-{i}\">{}</a></li>",
                escape(&skill.name)
            );
        }
    }
    let _ = write!(
        out,
        "<li><a href=\"#action-plan\">{}</a></li></ol></nav>",
        e(Text::ActionPlan)
    );
}

fn summary(out: &mut String, report: &Report) {
    let lang = report.lang;
    let e = |text: Text| escape(t(lang, text));
    let _ = write!(out, "<section id=\"summary\"><h2>{}</h2>", e(Text::Summary));
    if radar_is_useful(report) {
        let radar = radar_table(report);
        let _ = write!(
            out,
            "<figure>{}<figcaption>{}</figcaption></figure><details><summary>{}</summary><table><thead><tr><th>{}</th><th>{} ({})</th><th>{}</th></tr></thead><tbody>",
            radar_svg(report),
            e(Text::Radar),
            e(Text::ChartTable),
            e(Text::Skill),
            e(Text::Earlier),
            date(lang, radar.earlier),
            e(Text::Now)
        );
        for row in &radar.rows {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&row.skill),
                i18n::level(row.earlier),
                i18n::level(row.now)
            );
        }
        out.push_str("</tbody></table></details>");
    } else {
        let _ = write!(out, "<p class=\"note\">{}</p>", e(Text::RadarUnavailable));
    }

    let _ = write!(out, "<h3>{}</h3>", e(Text::SelfVersusOthers));
    if report.skills.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", e(Text::NoSkills));
    } else {
        let _ = write!(
            out,
            "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            e(Text::Skill),
            e(Text::SelfLevel),
            e(Text::Others),
            e(Text::Flag),
            e(Text::Evidence),
            e(Text::Status)
        );
        for skill in &report.skills {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num d\">{}</td><td class=\"flag\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                escape(&skill.name),
                i18n::level(skill.self_level),
                escape(&i18n::others(lang, skill)),
                escape(i18n::flag(lang, skill.flag)),
                skill.evidence,
                rag(lang, skill.status)
            );
        }
        out.push_str("</tbody></table>");
    }
    let without: Vec<&str> = report
        .skills
        .iter()
        .filter(|s| !s.has_data())
        .map(|s| s.name.as_str())
        .collect();
    if !without.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note small\">{}: {}.</p>",
            e(Text::WithoutEvidence),
            escape(&without.join(", "))
        );
    }

    let _ = write!(out, "<h3>{}</h3>", e(Text::BiggestChanges));
    let changes = report.biggest_changes();
    if changes.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", e(Text::NoChanges));
    } else {
        out.push_str("<ul>");
        for (skill, earlier, now) in changes {
            let _ = write!(
                out,
                "<li>{}: {earlier} → {now} ({})</li>",
                escape(&skill.name),
                format!("{:+}", i16::from(now) - i16::from(earlier)).replace('-', "−")
            );
        }
        out.push_str("</ul>");
    }

    let _ = write!(
        out,
        "<div class=\"guide\"><h3>{}</h3>",
        e(Text::ReadingGuide)
    );
    for paragraph in i18n::reading_guide(lang) {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out.push_str("</div>");

    let _ = write!(
        out,
        "<h3>{}</h3><figure>{}</figure><details><summary>{}</summary><table><thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        e(Text::Activity),
        activity_svg(report),
        e(Text::ChartTable),
        e(Text::WeekOf),
        e(Text::Count)
    );
    for week in &report.weeks {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            date(lang, week.week_start),
            week.count
        );
    }
    out.push_str("</tbody></table></details></section>");
}

fn skill_section(out: &mut String, report: &Report, i: usize, skill: &SkillReport) {
    let lang = report.lang;
    let e = |text: Text| escape(t(lang, text));
    let _ = write!(
        out,
        "<section class=\"skill\" id=\"skill-{i}\"><h2>{}</h2><div class=\"stats\"><div><span class=\"k\">{}</span><b>{}</b></div><div><span class=\"k\">{}</span><b>{}</b></div><div><span class=\"k\">{}</span><b>{}</b></div><div><span class=\"k\">{}</span>{}</div>",
        escape(&skill.name),
        e(Text::SelfLevel),
        i18n::level(skill.self_level),
        e(Text::Others),
        escape(&i18n::others(lang, skill)),
        e(Text::Evidence),
        skill.evidence,
        e(Text::Status),
        rag(lang, skill.status)
    );
    if skill.flag.is_some() {
        let _ = write!(
            out,
            "<div><span class=\"k\">{}</span><em class=\"flag\">{}</em></div>",
            e(Text::Flag),
            escape(i18n::flag(lang, skill.flag))
        );
    }
    out.push_str("</div>");

    let trend = trend_table(skill);
    if trend.rows.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", e(Text::NoChartData));
    } else {
        let _ = write!(
            out,
            "<figure class=\"trend\">{}</figure><details><summary>{}</summary><table><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
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
                "<tr><td class=\"d\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                date(lang, row.date),
                escape(series),
                row.value
            );
        }
        out.push_str("</tbody></table></details>");
    }

    let _ = write!(out, "<h3>{}</h3>", e(Text::LevelHistory));
    if skill.levels.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", e(Text::NoSelfAssessment));
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
                "<tr><td class=\"d\">{}</td><td class=\"d\">{}{description}</td><td>{}</td></tr>",
                date(lang, point.date),
                point.level,
                text(point.justification.as_deref().unwrap_or(""))
            );
        }
        out.push_str("</tbody></table>");
    }
    if !skill.ratings.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><table class=\"compact\"><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
            e(Text::Ratings),
            e(Text::Date),
            e(Text::Giver),
            e(Text::Rating)
        );
        for rating in &skill.ratings {
            let _ = write!(
                out,
                "<tr><td class=\"d\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                date(lang, rating.date),
                escape(&i18n::giver_of(
                    lang,
                    rating.giver_role,
                    rating.given_directly
                )),
                rating.rating
            );
        }
        out.push_str("</tbody></table>");
    }
    if !skill.evidence_per_month.is_empty() {
        let months: Vec<String> = skill
            .evidence_per_month
            .iter()
            .map(|m| format!("{} ({})", escape(&i18n::month_key(lang, &m.month)), m.count))
            .collect();
        let _ = write!(
            out,
            "<p class=\"note small\">{}: {}</p>",
            e(Text::EvidencePerMonth),
            months.join(" · ")
        );
    }
    if !skill.quotes.is_empty() {
        let _ = write!(out, "<h3>{}</h3>", e(Text::Quotes));
        for quote in &skill.quotes {
            let _ = write!(
                out,
                "<blockquote><p>{}</p><p class=\"by\">— {}, {} · {} {}</p></blockquote>",
                text(&quote.text),
                escape(&i18n::giver_of(
                    lang,
                    quote.giver_role,
                    quote.given_directly
                )),
                date(lang, quote.date),
                escape(&t(lang, Text::Rating).to_lowercase()),
                quote.rating
            );
        }
    }
    let _ = write!(out, "<h3>{}</h3>", e(Text::Actions));
    actions_table(out, lang, &skill.actions, false);
    out.push_str("</section>");
}

/// The report as a self-contained HTML page: a header with the trainee, period and contents,
/// the summary (radar, self versus others, biggest changes, reading guide, activity), a
/// section per skill with entries or actions, and the action plan.
pub fn html(report: &Report) -> String {
    let lang = report.lang;
    let e = |text: Text| escape(t(lang, text));
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{}</style></head><body>",
        lang.code(),
        match &report.trainee {
            Some(name) => format!("{} · {}", e(Text::Title), escape(name)),
            None => e(Text::Title),
        },
        css(lang)
    );
    header(&mut out, report);
    summary(&mut out, report);
    for (i, skill) in report.skills.iter().enumerate() {
        if skill.has_data() {
            skill_section(&mut out, report, i, skill);
        }
    }

    let _ = write!(
        out,
        "<section class=\"plan\" id=\"action-plan\"><h2>{}</h2><h3>{}</h3>",
        e(Text::ActionPlan),
        e(Text::OpenActions)
    );
    let (done, open): (Vec<ActionItem>, Vec<ActionItem>) = report
        .actions
        .iter()
        .cloned()
        .partition(|a| a.status == ActionStatus::Done);
    actions_table(&mut out, lang, &open, true);
    if !done.is_empty() {
        let _ = write!(out, "<h3>{}</h3>", e(Text::DoneActions));
        actions_table(&mut out, lang, &done, true);
    }
    out.push_str("</section></body></html>\n");
    out
}
