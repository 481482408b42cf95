//! The report as a typeset A4 PDF, made by typst used as a library: no browser, no network, no
//! system fonts (typst-kit's embedded fonts are compiled in).
//!
//! Safety of the journal's text: the template (`report.typ`) is fixed; everything from the
//! report, already formatted for the reader (dates, decimals, labels in the report's language),
//! reaches it as JSON through a virtual file (`/data.json`, read with `json(..)`), so text such
//! as `#`, `$`, `*`, `]` or `\` is a string value and never parsed as markup. The charts are the
//! SVGs of [`crate::charts`], handed over as virtual image files.
//!
//! Typst's API changes with every 0.x release: it is used only in this module, pinned exactly.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

use crate::report::Report;

mod data;

use data::data;

/// The template; the data comes from `/data.json`.
const TEMPLATE: &str = include_str!("report.typ");

/// Why no PDF was made. Both mean a bug (the template is fixed and the data is JSON), but the
/// user is told instead of the app crashing.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// Typst could not lay out the report; typst's messages.
    #[error("the PDF report could not be typeset: {}", .0.join("; "))]
    Typeset(Vec<String>),
    /// The laid-out report could not be written as PDF; typst's messages.
    #[error("the PDF report could not be written: {}", .0.join("; "))]
    Export(Vec<String>),
    /// The report's data could not be handed to the template.
    #[error("the PDF report's data could not be prepared: {0}")]
    Data(String),
}

/// The fonts shipped in the build (Libertinus Serif, New Computer Modern, DejaVu Sans Mono),
/// parsed once per process.
static FONTS: LazyLock<FontStore> = LazyLock::new(|| {
    let mut fonts = FontStore::new();
    fonts.extend(typst_kit::fonts::embedded());
    fonts
});

/// Typst's standard library, built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(<Library as LibraryExt>::default()));

fn file_id(path: &str) -> Result<FileId, PdfError> {
    let vpath = VirtualPath::new(path).map_err(|e| PdfError::Data(format!("{path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// A world of one source (the template) and a few virtual files (data and charts).
struct ReportWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        FONTS.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // The template does not ask: the report's own date is in the data.
        None
    }
}

/// Whether one of the embedded fonts has a glyph for `c`.
fn in_fonts(c: char) -> bool {
    static COVERED: LazyLock<Vec<typst::text::Coverage>> = LazyLock::new(|| {
        let book = FONTS.book();
        (0..)
            .map_while(|i| book.info(i))
            .map(|info| info.coverage.clone())
            .collect()
    });
    COVERED
        .iter()
        .any(|coverage| coverage.contains(u32::from(c)))
}

/// Emoji and what only shapes emoji: pictographs, dingbats, flags, skin tones, the joiner,
/// variation selectors and tag characters.
fn is_emoji_part(c: char) -> bool {
    matches!(
        u32::from(c),
        0x200D
            | 0x20E3
            | 0x2300..=0x23FF
            | 0x2600..=0x27BF
            | 0x2B00..=0x2BFF
            | 0xFE00..=0xFE0F
            | 0x1F000..=0x1FAFF
            | 0xE0000..=0xE007F
    )
}

/// `text` with what the embedded fonts cannot draw taken out, instead of the empty boxes
/// ("tofu") a PDF viewer would show: emoji are left out (they decorate; the words around them
/// carry the message), and a run of other characters no font has (a script such as Arabic or
/// Japanese) becomes `[…]`, the mark for words left out of a quote. The HTML report keeps
/// everything: the reader's browser has the fonts.
fn printable(text: &str) -> String {
    if text.chars().all(|c| c.is_ascii() || in_fonts(c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut dropped = false;
    let mut omitted = false;
    for c in text.chars() {
        if c.is_ascii() || c.is_whitespace() || in_fonts(c) {
            if omitted {
                // Spaces and marks between two unknown words stay inside one `[…]`.
                if c.is_whitespace() {
                    continue;
                }
                out.push_str("[…]");
                if !c.is_ascii_punctuation() {
                    out.push(' ');
                }
                omitted = false;
            }
            out.push(c);
        } else if is_emoji_part(c) {
            dropped = true;
        } else {
            if !omitted && !out.is_empty() && !out.ends_with(char::is_whitespace) {
                out.push(' ');
            }
            omitted = true;
        }
    }
    if omitted {
        out.push_str("[…]");
    }
    if dropped {
        // The space an emoji stood between stays single, and none is left at the ends.
        let mut tidy = String::with_capacity(out.len());
        for c in out.chars() {
            if c == ' ' && (tidy.is_empty() || tidy.ends_with(' ')) {
                continue;
            }
            tidy.push(c);
        }
        tidy.truncate(tidy.trim_end().len());
        out = tidy;
    }
    out
}

/// [`printable`] on every string of the template's data.
fn printable_value(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => *text = printable(text),
        serde_json::Value::Array(items) => items.iter_mut().for_each(printable_value),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(printable_value),
        _ => {}
    }
}

fn messages(diagnostics: &EcoVec<SourceDiagnostic>) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            let mut message = d.message.to_string();
            for hint in &d.hints {
                message.push_str(" (hint: ");
                message.push_str(&hint.v);
                message.push(')');
            }
            message
        })
        .collect()
}

/// The report as a typeset A4 PDF in the report's language: a cover (title, trainee and
/// programme when set with [`Report::with_trainee`], period, date made), contents and a reading
/// guide, a one-page summary (radar chart, self versus others with signals and red/amber/green,
/// biggest changes), a section per skill (trend chart, level history, ratings, the strongest
/// evidence, actions) and the action plan, with page numbers.
pub fn pdf(report: &Report) -> Result<Vec<u8>, PdfError> {
    typeset(TEMPLATE, report)
}

/// [`pdf`] with another template (the tests give it a broken one).
fn typeset(template: &str, report: &Report) -> Result<Vec<u8>, PdfError> {
    let (data, charts) = data(report);
    let mut value = serde_json::to_value(&data).map_err(|e| PdfError::Data(e.to_string()))?;
    printable_value(&mut value);
    let json = serde_json::to_vec(&value).map_err(|e| PdfError::Data(e.to_string()))?;
    let mut files = HashMap::with_capacity(charts.len() + 1);
    files.insert(file_id("/data.json")?, Bytes::new(json));
    for (path, svg) in charts {
        files.insert(file_id(&path)?, Bytes::new(printable(&svg).into_bytes()));
    }
    let world = ReportWorld {
        main: Source::new(file_id("/report.typ")?, template.to_owned()),
        files,
    };
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| PdfError::Typeset(messages(&errors)));
    // Typst memoises across compilations; keep only what the last few reports can reuse.
    typst::comemo::evict(4);
    let document = document?;
    let generated = report.generated_at.naive_utc();
    let timestamp = Datetime::from_ymd_hms(
        chrono::Datelike::year(&generated),
        u8::try_from(chrono::Datelike::month(&generated)).unwrap_or(1),
        u8::try_from(chrono::Datelike::day(&generated)).unwrap_or(1),
        u8::try_from(chrono::Timelike::hour(&generated)).unwrap_or(0),
        u8::try_from(chrono::Timelike::minute(&generated)).unwrap_or(0),
        u8::try_from(chrono::Timelike::second(&generated)).unwrap_or(0),
    )
    .map(typst_pdf::Timestamp::new_utc);
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom("skills-journal-report".to_owned()),
        creator: Smart::Custom(Some("Skills Journal (typst)".to_owned())),
        timestamp,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError::Export(messages(&errors)))
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        reason = "tests: a panic is a failed test with its message"
    )]

    use chrono::{NaiveDate, TimeZone, Utc};
    use skills_journal_store::JournalStore;

    use skills_catalogue::Lang;

    use super::*;
    use crate::report::ReportOptions;

    fn empty_report() -> Report {
        let store = JournalStore::open_in_memory().unwrap();
        let from = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let options = ReportOptions {
            from,
            to: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
            skills: None,
            include_private: false,
            lang: Lang::En,
            compare_to: None,
            now: Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap(),
        };
        Report::build(&store, &[], &options).unwrap()
    }

    #[test]
    fn a_typst_error_becomes_a_pdf_error_with_typst_message() {
        let error = typeset(
            "#let x = json(\"/data.json\")\n#panic(\"kapot\")",
            &empty_report(),
        )
        .unwrap_err();
        assert!(
            matches!(&error, PdfError::Typeset(messages) if messages.iter().any(|m| m.contains("kapot"))),
            "{error:?}"
        );
        assert!(error.to_string().contains("kapot"), "{error}");
    }

    #[test]
    fn what_the_fonts_cannot_draw_is_left_out_tidily() {
        assert_eq!(
            printable("Heldere demo, goed tempo 👍"),
            "Heldere demo, goed tempo"
        );
        assert_eq!(printable("Goed 😀👍🏽 gedaan"), "Goed gedaan");
        assert_eq!(printable("Klant: 日本語 ok"), "Klant: […] ok");
        assert_eq!(printable("日本語, ok"), "[…], ok");
        assert_eq!(
            printable("Gewoon · “tekst” – 1 → 2"),
            "Gewoon · “tekst” – 1 → 2"
        );
    }

    #[test]
    fn an_empty_report_is_a_pdf() {
        let bytes = pdf(&empty_report()).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }
}
