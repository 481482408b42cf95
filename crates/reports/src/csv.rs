//! The report's entries as CSV, one row per entry, for spreadsheets.
//!
//! Dutch spreadsheet programs (Excel with a Dutch locale) split on `;` and read UTF-8 only with
//! a byte order mark, so the file starts with a BOM and uses `;` in both languages: one file
//! that opens correctly everywhere the trainee and the coach work. Cells that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a
//! leading `'` ([`neutralise`]).

use skills_journal_store::{EntryContent, EntryKind};

use crate::i18n;
use skills_catalogue::Lang;

use crate::report::Report;

/// The cell's text, prefixed with `'` when a spreadsheet would read it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn headers(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Nl => vec![
            "id",
            "datum",
            "soort",
            "vaardigheden",
            "beoordelingen",
            "privé",
            "setting",
            "gegeven door",
            "naam",
            "situatie",
            "gedrag",
            "impact",
            "volgende stap",
            "taak",
            "actie",
            "resultaat",
            "reflectie",
            "notitie",
            "actie-tekst",
            "uiterlijk",
            "afgerond",
            "tags",
            "blijven doen",
            "proberen",
            "rechtstreeks gegeven",
        ],
        Lang::En => vec![
            "id",
            "date",
            "kind",
            "skills",
            "ratings",
            "private",
            "setting",
            "given by",
            "name",
            "situation",
            "behaviour",
            "impact",
            "next step",
            "task",
            "action",
            "result",
            "reflection",
            "note",
            "action text",
            "due",
            "done",
            "tags",
            "keep doing",
            "try next",
            "given directly",
        ],
    }
}

/// The report's entries as CSV bytes (UTF-8 with BOM, `;`-separated).
pub fn csv(report: &Report) -> Result<Vec<u8>, ::csv::Error> {
    let lang = report.lang;
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer.write_record(headers(lang))?;
        let yes_no = |value: bool| match (lang, value) {
            (Lang::Nl, true) => "ja",
            (Lang::Nl, false) => "nee",
            (Lang::En, true) => "yes",
            (Lang::En, false) => "no",
        };
        for entry in &report.entries {
            let input = &entry.input;
            let name = |id: &str| {
                report
                    .skill_names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| id.to_owned())
            };
            let skills: Vec<String> = input.skills.iter().map(|s| name(&s.skill_id)).collect();
            let ratings: Vec<String> = input
                .skills
                .iter()
                .map(|s| s.rating.map(|r| r.to_string()).unwrap_or_default())
                .collect();
            let mut cells: Vec<String> = vec![
                entry.id.0.to_string(),
                input.date.to_string(),
                i18n::kind(lang, input.kind()).to_owned(),
                skills.join(", "),
                if input.kind() == EntryKind::Action {
                    String::new()
                } else {
                    ratings.join(", ")
                },
                yes_no(input.private).to_owned(),
            ];
            let o = |v: &Option<String>| v.clone().unwrap_or_default();
            let empty = String::new;
            match &input.content {
                EntryContent::Feedback(f) => cells.extend([
                    f.setting.as_str().to_owned(),
                    i18n::giver(lang, f.giver_role).to_owned(),
                    o(&f.giver_name),
                    o(&f.situation),
                    o(&f.behaviour),
                    o(&f.impact),
                    o(&f.next_step),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                ]),
                EntryContent::Reflection(r) => cells.extend([
                    empty(),
                    empty(),
                    empty(),
                    o(&r.situation),
                    empty(),
                    empty(),
                    empty(),
                    o(&r.task),
                    o(&r.action),
                    o(&r.result),
                    o(&r.reflection),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                ]),
                EntryContent::SelfAssessment(s) => {
                    cells.extend((0..11).map(|_| empty()));
                    cells.extend([o(&s.note), empty(), empty(), empty()]);
                }
                EntryContent::Action(a) => {
                    cells.extend((0..12).map(|_| empty()));
                    cells.extend([
                        a.text.clone(),
                        a.due.map(|d| d.to_string()).unwrap_or_default(),
                        yes_no(a.done).to_owned(),
                    ]);
                }
            }
            cells.push(input.tags.join(", "));
            // Feedback in the giver's own words: what to keep and to try, and that they wrote it.
            let (keep, try_next) = match &input.content {
                EntryContent::Feedback(f) => (o(&f.keep_doing), o(&f.try_next)),
                _ => (empty(), empty()),
            };
            cells.extend([keep, try_next]);
            cells.push(if input.kind() == EntryKind::Feedback {
                yes_no(entry.request_id.is_some()).to_owned()
            } else {
                empty()
            });
            writer.write_record(cells.iter().map(|c| neutralise(c)))?;
        }
        writer.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_starts_are_neutralised() {
        for cell in ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["gewoon", "", "1=1", " =x"] {
            assert_eq!(neutralise(cell), cell, "{cell:?}");
        }
    }
}
