//! Property-based fuzzing of the whole article pipeline: generated front matter and Markdown,
//! assembled from syntax pieces, hostile HTML, dangerous URLs, skill names and plain words,
//! never make loading panic and never give executable output (checked with a real HTML5 parser,
//! as in `hostile`). The number of cases is bounded so `make test` stays fast.

use std::path::Path;

use proptest::prelude::*;
use skills_articles::{ArticleSource, parse_article};

use super::common::catalogue;
use super::hostile::assert_safe_html;

/// Pieces Markdown is built from: syntax that opens and closes blocks and inlines, hostile HTML
/// and URLs, entities, skill names and words, in any order.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "# ",
    "## ",
    "### ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "    ",
    "```\n",
    "~~~",
    "| ",
    " |",
    "|---|",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "[^1]",
    "[^1]: ",
    "[^x]",
    "<",
    ">",
    "&",
    "&amp;",
    "&#x3C;",
    "&lt;script&gt;",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<svg onload=alert(1)>",
    "<iframe src=//evil.example>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "https://example.org/a?b=c",
    "mailto:a@example.org?attach=/etc/passwd",
    "#kop",
    "\"",
    "'",
    "\u{0}",
    "\u{200b}",
    "\r\n",
    "\t",
    "- [ ] ",
    "- [x] ",
    "---\n",
    "***",
    "\\",
    "Presentaties",
    "Luisteren en doorvragen",
    "stakeholdergesprekken",
    "prioriteren onder druk",
    "tekst",
    "woord",
    "é",
    "ß",
    "😀",
    "onmouseover=alert(1)",
    "style=\"x\"",
    "<!--",
    "-->",
];

/// Front matter values: ordinary, typed wrongly, hostile, deep.
const VALUES: &[&str] = &[
    "Titel",
    "\"<script>alert(1)</script>\"",
    "2024-02-30",
    "2024-01-15",
    "[a, b, c]",
    "{a: b}",
    "[[[[[[[[x]]]]]]]]",
    "&anchor x",
    "*anchor",
    "!!binary aGk=",
    "~",
    "null",
    "12",
    "-1",
    "\"javascript:alert(1)\"",
    "|\n  blok\n  tekst",
    "[listening, onbekend]",
    "nl",
    "xx",
    "true",
];
const KEYS: &[&str] = &[
    "title", "date", "author", "excerpt", "tags", "skills", "lang", "summary", "onbekend", "<x>",
];

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| pieces.concat())
}

fn front_matter() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(KEYS), prop::sample::select(VALUES)),
        0..12,
    )
    .prop_map(|pairs| {
        let mut text = String::from("---\n");
        for (key, value) in pairs {
            text.push_str(&format!("{key}: {value}\n"));
        }
        text.push_str("---\n");
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_articles_load_without_panic_and_render_safely(
        front in prop::option::of(front_matter()),
        body in markdown(),
    ) {
        let text = format!("{}{body}", front.unwrap_or_default());
        let article = parse_article(text.as_bytes(), Path::new("fuzz.md"), ArticleSource::User, &catalogue());
        assert_safe_html(&text, &article.html);
        for problem in &article.summary.problems {
            prop_assert!(!problem.message.is_empty(), "every problem says something");
        }
    }
}
