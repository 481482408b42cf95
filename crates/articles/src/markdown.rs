//! The Markdown dialect and the safe rendering pipeline.
//!
//! [`parser_options`] is the one place that decides which Markdown extensions articles may use.
//! [`render_markdown`] turns an article body into HTML that is safe to insert into the app's
//! webview, in one streaming pass over pulldown-cmark's events:
//!
//! 1. parse, keeping source offsets for problem lines;
//! 2. rewrite each event ([`safe_events`]): raw HTML becomes escaped text; links and images are
//!    checked against the [URL policy](crate::url_policy) (a refused link keeps its text, a
//!    refused image becomes its alt text) and links are written as our own escaped `<a>` tags;
//!    headings get unique slug ids; list items naming a catalogue skill get
//!    `class="skill-item" data-skill="ID"`, items that may be unplaced in a list of skills
//!    `data-item="N"`; table alignment becomes a class; footnote ids get a
//!    prefix no heading id can have; containers nested deeper than [`MAX_NESTING`] are
//!    flattened. Headings and list items look ahead only as far as they need (their own text);
//! 3. collect plain text (word count, search, excerpt) and the table of contents on the way;
//! 4. write the rewritten events with pulldown-cmark's HTML writer as they come.
//!
//! The only HTML that reaches the output unescaped is the fixed tags written here. Streaming
//! (no vector of all events) keeps rendering close to the cost of plain `push_html`.

mod safe_events;

pub use safe_events::UnplacedItem;

use pulldown_cmark::{Options, Parser};

use crate::article::TocEntry;
use crate::problem::Problem;
use crate::recogniser::SkillRecogniser;
use safe_events::SafeEvents;

/// Block quotes and lists nested deeper than this are flattened (with a warning), so hostile
/// input cannot build a tree that exhausts the webview or our consumers.
pub const MAX_NESTING: usize = 32;

/// The Markdown extensions articles may use: tables, footnotes, strikethrough, task lists and
/// smart punctuation. Heading attributes are off (ids are generated) and metadata blocks are
/// off (front matter is split off before parsing).
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// An article body rendered to safe HTML, with what was learned on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderedBody {
    /// Safe HTML for the reader.
    pub html: String,
    /// The h2–h4 headings, in order.
    pub toc: Vec<TocEntry>,
    /// Catalogue ids named by list items, in catalogue order.
    pub skills: Vec<String>,
    /// Items of skills lists that name no catalogue skill, in article order.
    pub unplaced: Vec<UnplacedItem>,
    /// Words in the plain text.
    pub word_count: u32,
    /// The text without markup, blocks separated by newlines.
    pub plain_text: String,
    /// The text of the first heading (any level), a fallback title.
    pub first_heading: Option<String>,
    /// The text of the first paragraph (top level when there is one), a fallback excerpt.
    pub first_paragraph: Option<String>,
    /// Warnings about the body (raw HTML shown as text, refused links, flattened nesting).
    pub problems: Vec<Problem>,
}

/// Renders an article body; problem lines count from the body's first line.
pub fn render_markdown(markdown: &str, recogniser: &SkillRecogniser) -> RenderedBody {
    render_markdown_from_line(markdown, 1, recogniser)
}

/// Renders an article body whose first line is line `first_line` of its file.
pub(crate) fn render_markdown_from_line(
    markdown: &str,
    first_line: u32,
    recogniser: &SkillRecogniser,
) -> RenderedBody {
    let parser = Parser::new_ext(markdown, parser_options()).into_offset_iter();
    let mut events = SafeEvents::new(parser, markdown, first_line, recogniser);
    // Tags roughly double short-line Markdown; one allocation up front beats regrowing.
    let mut html = String::with_capacity(markdown.len() * 2 + 256);
    pulldown_cmark::html::push_html(&mut html, &mut events);
    events.finish(html)
}

/// Words separated by ASCII whitespace (the separators Markdown text uses): the number of
/// places where a non-space follows a space. Written so the compiler can vectorise it; loading
/// counts the words of every article.
fn count_words(text: &str) -> usize {
    // Non-short-circuit `|` keeps the loop free of branches.
    fn is_space(byte: u8) -> bool {
        (byte == b' ') | (byte == b'\t') | (byte == b'\n') | (byte == b'\r') | (byte == 0x0C)
    }
    let bytes = text.as_bytes();
    let first = usize::from(bytes.first().is_some_and(|&byte| !is_space(byte)));
    let after = bytes.get(1..).unwrap_or_default();
    // Byte-sized counters over chunks of 128 let the compiler use wide vector lanes.
    let starts: usize = bytes
        .chunks(128)
        .zip(after.chunks(128))
        .map(|(befores, nexts)| {
            let chunk = befores
                .iter()
                .zip(nexts)
                .fold(0u8, |count, (&before, &next)| {
                    count + u8::from(is_space(before) & !is_space(next))
                });
            usize::from(chunk)
        })
        .sum();
    first + starts
}

/// Appends `value` escaped for a double-quoted attribute.
fn push_attr(out: &mut String, value: &str) {
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut *out, value);
}

/// Appends `url` escaped for an `href` attribute (percent-encoding what is not URL-safe).
fn push_href(out: &mut String, url: &str) {
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut *out, url);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_separated_by_whitespace() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("  een\ttwee\ndrie  "), 3);
        assert_eq!(count_words("één-twee"), 1, "a hyphenated word is one word");
    }

    #[test]
    fn attributes_and_hrefs_are_escaped() {
        let mut out = String::new();
        push_attr(&mut out, r#"" onmouseover='x' <&>"#);
        assert_eq!(out, "&quot; onmouseover=&#39;x&#39; &lt;&amp;&gt;");
        let mut href = String::new();
        push_href(&mut href, "https://x.example/a b\"c");
        assert_eq!(href, "https://x.example/a%20b%22c");
    }
}
