//! Hostile Markdown: whatever an article contains, the rendered HTML holds only allow-listed
//! elements and attributes, no event handlers, only allowed URLs, and shows raw HTML as text.
//!
//! The rendered HTML is parsed with a real HTML5 parser (html5ever, through scraper), so the
//! checks see what a browser would see, not what a regular expression guesses.

use scraper::{ElementRef, Html};
use skills_articles::{is_allowed_url, render_markdown};

use super::common::catalogue;

/// Hand-written cases: the Markdown and texts that must stay visible in the rendered page.
const CASES: &[(&str, &[&str])] = &[
    // <script> in every casing and split
    ("<script>alert(1)</script>", &["<script>alert(1)</script>"]),
    ("<SCRIPT>alert(1)</SCRIPT>", &["<SCRIPT>alert(1)</SCRIPT>"]),
    ("<ScRiPt>alert(1)</sCrIpT>", &["<ScRiPt>alert(1)</sCrIpT>"]),
    (
        "<script src=//evil.example/x.js></script>",
        &["<script src=//evil.example/x.js>"],
    ),
    (
        "Tekst <scr<script>ipt>alert(1)</scr</script>ipt> tekst",
        &["<script>", "alert(1)"],
    ),
    ("<script\n>alert(1)</script\n>", &["alert(1)"]),
    ("<script/xss src=x></script>", &["<script/xss src=x>"]),
    (
        "<<script>script>alert(1)<</script>/script>",
        &["<script>", "alert(1)"],
    ),
    (
        "</script><script>alert(1)</script>",
        &["</script><script>alert(1)</script>"],
    ),
    (
        "- <script>alert(1)</script>",
        &["<script>alert(1)</script>"],
    ),
    (
        "| a |\n|---|\n| <script>alert(1)</script> |",
        &["<script>alert(1)</script>"],
    ),
    (
        "> <script>alert(1)</script>",
        &["<script>alert(1)</script>"],
    ),
    (
        "# <script>alert(1)</script>",
        &["<script>alert(1)</script>"],
    ),
    (
        "[<script>alert(1)</script>](https://example.org)",
        &["<script>alert(1)</script>"],
    ),
    (
        "`<script>alert(1)</script>`",
        &["<script>alert(1)</script>"],
    ),
    (
        "```\n<script>alert(1)</script>\n```",
        &["<script>alert(1)</script>"],
    ),
    (
        "    <script>alert(1)</script>",
        &["<script>alert(1)</script>"],
    ),
    (
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        &["<script>alert(1)</script>"],
    ),
    // event handlers
    (
        "<img src=x onerror=alert(1)>",
        &["<img src=x onerror=alert(1)>"],
    ),
    (
        "Zie <img src=x onerror=alert(1)> hier",
        &["<img src=x onerror=alert(1)>"],
    ),
    ("<body onload=alert(1)>", &["<body onload=alert(1)>"]),
    (
        "<div onclick=\"alert(1)\">klik</div>",
        &["onclick=\"alert(1)\"", "klik"],
    ),
    (
        "<a onmouseover=alert(1)>x</a>",
        &["<a onmouseover=alert(1)>"],
    ),
    (
        "Een <b onmouseover=alert(1)>vet</b> woord",
        &["<b onmouseover=alert(1)>"],
    ),
    ("<details open ontoggle=alert(1)>", &["ontoggle=alert(1)"]),
    ("<input autofocus onfocus=alert(1)>", &["onfocus=alert(1)"]),
    (
        "<video><source onerror=alert(1)></video>",
        &["<source onerror=alert(1)>"],
    ),
    (
        "<marquee onstart=alert(1)>x</marquee>",
        &["onstart=alert(1)"],
    ),
    (
        "<p onpointerenter=alert(1)>x</p>",
        &["onpointerenter=alert(1)"],
    ),
    ("<x onclick=alert(1)>tekst", &["<x onclick=alert(1)>"]),
    // SVG and MathML
    ("<svg onload=alert(1)>", &["<svg onload=alert(1)>"]),
    (
        "<svg><script>alert(1)</script></svg>",
        &["<svg><script>alert(1)</script></svg>"],
    ),
    (
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        &["xlink:href"],
    ),
    (
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        &["onbegin=alert(1)"],
    ),
    (
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        &["<math><mi xlink:href"],
    ),
    (
        "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
        &["<maction"],
    ),
    // frames, objects, document-level tags
    (
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        &["<iframe src="],
    ),
    (
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        &["srcdoc="],
    ),
    (
        "<object data=\"javascript:alert(1)\"></object>",
        &["<object data="],
    ),
    ("<embed src=\"javascript:alert(1)\">", &["<embed src="]),
    (
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        &["<meta http-equiv="],
    ),
    ("<base href=\"javascript:/\">", &["<base href="]),
    (
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        &["<form action="],
    ),
    (
        "<style>body{background:url(javascript:alert(1))}</style>",
        &["<style>body{"],
    ),
    (
        "<link rel=stylesheet href=//evil.example/x.css>",
        &["<link rel=stylesheet"],
    ),
    (
        "<a href=\"javascript:alert(1)\">x</a>",
        &["<a href=\"javascript:alert(1)\">"],
    ),
    (
        "<img src=\"javascript:alert(1)\">",
        &["<img src=\"javascript:alert(1)\">"],
    ),
    (
        "<isindex action=javascript:alert(1) type=image>",
        &["<isindex"],
    ),
    // comments, CDATA, noscript, templates and parser confusion
    (
        "<!-- <script>alert(1)</script> -->",
        &["<!-- <script>alert(1)</script> -->"],
    ),
    ("Tekst <!-- verborgen --> tekst", &["<!-- verborgen -->"]),
    (
        "<![CDATA[<script>alert(1)</script>]]>",
        &["<![CDATA[<script>alert(1)</script>]]>"],
    ),
    (
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        &["<noscript>"],
    ),
    (
        "<template><script>alert(1)</script></template>",
        &["<template>"],
    ),
    (
        "<textarea><script>alert(1)</script></textarea>",
        &["<textarea>"],
    ),
    ("<xmp><script>alert(1)</script></xmp>", &["<xmp>"]),
    ("<plaintext><script>alert(1)</script>", &["<plaintext>"]),
    (
        "<?xml version=\"1.0\"?><script>alert(1)</script>",
        &["<?xml"],
    ),
    (
        "<!DOCTYPE html><script>alert(1)</script>",
        &["<!DOCTYPE html>"],
    ),
    (
        "<html><body onload=alert(1)></body></html>",
        &["<body onload=alert(1)>"],
    ),
    (
        "<select><template><style><script>alert(1)</script>",
        &["<select>"],
    ),
    // link titles, attributes and info strings that try to break out of quotes
    ("[a](http://x \"\\\" onmouseover=alert(1)\")", &["a"]),
    ("[a](http://x 'x\\' onmouseover=alert(1)')", &["a"]),
    ("[a](http://x (\" onmouseover=alert(1)))", &["a"]),
    ("![a](http://x/y.png \"\\\" onerror=alert(1)\")", &[]),
    ("[a](http://x\"onmouseover=\"alert(1))", &["a"]),
    ("```\" onmouseover=alert(1) x\ncode\n```", &["code"]),
    (
        "Zie[^\"onmouseover=alert(1)].\n\n[^\"onmouseover=alert(1)]: noot",
        &["noot"],
    ),
    ("# Kop \" onmouseover=\"alert(1)", &["onmouseover"]),
    ("![<img src=x onerror=alert(1)>](ok.png)", &[]),
    (
        "[![plaatje](javascript:alert(1))](https://example.org)",
        &["plaatje"],
    ),
    ("![foto [link](javascript:alert(1))](ok.png)", &[]),
    (
        "[link ![foto](https://example.org/a.png)](javascript:alert(1))",
        &["link"],
    ),
    (
        "- [x] <input type=text onfocus=alert(1)>",
        &["<input type=text onfocus=alert(1)>"],
    ),
    (
        "<https://example.org/\"onmouseover=\"alert(1)>",
        &["example.org"],
    ),
    (
        "<mailto:a@example.org?subject=\"><script>alert(1)</script>>",
        &["alert(1)"],
    ),
    ("a@example.org\"><script>alert(1)</script>", &["alert(1)"]),
];

/// URL spellings that must be refused wherever a URL goes.
const BAD_URLS: &[&str] = &[
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "&#106avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#x6Aavascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "jav&#x61;script:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#x0A;script:alert(1)",
    "java&#x0D;script:alert(1)",
    "java&Tab;script:alert(1)",
    "javascript&colon;alert(1)",
    "&#x20;javascript:alert(1)",
    "%6Aavascript:alert(1)",
    "javascript%3Aalert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E",
    "file:///etc/passwd",
    "//evil.example/x",
    "/%5Cevil.example",
    "tauri://localhost/index.html",
];

/// The ways Markdown puts a URL into an element, with the text that must stay visible.
fn url_forms(url: &str) -> Vec<(String, String)> {
    // An autolink that is refused (or is no autolink at all) shows its URL as text.
    let tail: String = url
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    vec![
        (format!("[klik]({url})"), "klik".to_owned()),
        (format!("[klik](<{url}>)"), "klik".to_owned()),
        (format!("[klik][ref]\n\n[ref]: {url}"), "klik".to_owned()),
        (format!("![plaatje]({url})"), "plaatje".to_owned()),
        (format!("[klik]({url} \"titel\")"), "klik".to_owned()),
        (format!("<{url}>"), tail),
    ]
}

const ELEMENTS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "img",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "del",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "input",
    "sup",
    "div",
    "section",
    "span",
];
const ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "alt",
    "title",
    "id",
    "class",
    "rel",
    "data-skill",
    "data-item",
    "type",
    "checked",
    "disabled",
    "start",
];

/// Renders `markdown` and checks the output; returns the page's visible text.
pub(super) fn assert_safe(markdown: &str) -> String {
    assert_safe_html(markdown, &render_markdown(markdown, &catalogue()).html)
}

/// Checks rendered `html` (of `markdown`, for messages) with a real HTML5 parser; returns its text.
pub(super) fn assert_safe_html(markdown: &str, html: &str) -> String {
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "no script tag for {markdown:?}:\n{html}"
    );
    let fragment = Html::parse_fragment(html);
    for node in fragment.root_element().descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        if node.parent().is_none() || element.value().name() == "html" {
            continue;
        }
        let name = element.value().name();
        assert!(
            ELEMENTS.contains(&name),
            "<{name}> is not allowed, for {markdown:?}:\n{html}"
        );
        for (attribute, value) in element.value().attrs() {
            assert!(
                !attribute.to_ascii_lowercase().starts_with("on"),
                "event handler {attribute} for {markdown:?}:\n{html}"
            );
            assert!(
                ATTRIBUTES.contains(&attribute),
                "attribute {attribute} on <{name}> for {markdown:?}:\n{html}"
            );
            if attribute == "href" || attribute == "src" {
                assert!(
                    is_allowed_url(value),
                    "{attribute}={value:?} breaks the URL policy, for {markdown:?}:\n{html}"
                );
            }
            if attribute == "start" {
                assert_eq!(name, "ol", "only ordered lists have a start number");
            }
        }
        if name == "input" {
            assert_eq!(
                element.value().attr("type"),
                Some("checkbox"),
                "only checkboxes, for {markdown:?}"
            );
            assert!(
                element.value().attr("disabled").is_some(),
                "checkboxes are disabled, for {markdown:?}"
            );
        }
    }
    fragment.root_element().text().collect()
}

#[test]
fn hand_written_hostile_inputs_render_safely_and_stay_visible() {
    for (markdown, visible) in CASES {
        let text = assert_safe(markdown);
        for needle in *visible {
            assert!(
                text.contains(needle),
                "{needle:?} must stay visible for {markdown:?}; the page shows {text:?}"
            );
        }
    }
}

#[test]
fn dangerous_urls_are_refused_in_every_form_and_their_text_kept() {
    for url in BAD_URLS {
        for (markdown, visible) in url_forms(url) {
            let text = assert_safe(&markdown);
            let rendered = render_markdown(&markdown, &catalogue());
            assert!(
                !rendered.html.contains("<a "),
                "no link is made for {markdown:?}:\n{}",
                rendered.html
            );
            assert!(
                !rendered.html.contains("<img"),
                "no image is made for {markdown:?}:\n{}",
                rendered.html
            );
            assert!(
                text.contains(&visible),
                "{visible:?} must stay visible for {markdown:?}; the page shows {text:?}"
            );
        }
    }
}

#[test]
fn there_are_at_least_a_hundred_hostile_inputs() {
    let total = CASES.len() + BAD_URLS.len() * url_forms("x").len();
    assert!(total >= 100, "the hostile suite has {total} inputs");
}

#[test]
fn safe_links_keep_working() {
    let rendered = render_markdown(
        "[web](https://example.org) [mail](mailto:a@example.org) [lokaal](stuk.md#kop) <b@example.org>",
        &catalogue(),
    );
    assert!(
        rendered.html.contains(
            r#"<a href="https://example.org" rel="noopener noreferrer" class="external">web</a>"#
        ),
        "external links are marked: {}",
        rendered.html
    );
    assert!(
        rendered
            .html
            .contains(r#"<a href="mailto:a@example.org">mail</a>"#),
        "{}",
        rendered.html
    );
    assert!(
        rendered
            .html
            .contains(r#"<a href="stuk.md#kop">lokaal</a>"#),
        "{}",
        rendered.html
    );
    assert!(
        rendered
            .html
            .contains(r#"<a href="mailto:b@example.org">b@example.org</a>"#),
        "email autolinks get mailto: {}",
        rendered.html
    );
    assert!(
        rendered.problems.is_empty(),
        "safe links give no warnings: {:?}",
        rendered.problems
    );
    assert_safe("[web](https://example.org)");
}

#[test]
fn a_quote_in_a_title_cannot_open_an_attribute() {
    let rendered = render_markdown("[a](http://x \"\\\" onmouseover=alert(1)\")", &catalogue());
    assert!(
        rendered
            .html
            .contains(r#"title="&quot; onmouseover=alert(1)""#),
        "the quote is escaped inside the title: {}",
        rendered.html
    );
}
