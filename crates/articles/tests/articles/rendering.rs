//! Rendering: the HTML, table of contents, word count and warnings of rendered articles.

use skills_articles::{Severity, TocEntry, parser_options, render_markdown};

use super::common::{catalogue, describe, load_fixture};

#[test]
fn the_rich_article_renders_as_reviewed() {
    let article = load_fixture("rich_article.md");
    insta::assert_snapshot!("rich_article_html", article.html);
}

#[test]
fn the_rich_article_summary() {
    let article = load_fixture("rich_article.md");
    let s = &article.summary;
    assert_eq!(s.title, "Een rijk artikel: alles wat Markdown kan");
    assert_eq!(
        s.skills,
        [
            "listening",
            "explaining",
            "presentations",
            "stakeholder-meetings",
            "teamwork"
        ],
        "front matter `explaining` plus the detected items, in catalogue order"
    );
    let warnings: Vec<_> = s
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 3, "{}", describe(&article));
    assert_eq!(
        warnings[0].line,
        Some(27),
        "the refused link's line in the file"
    );
    assert_eq!(
        warnings[1].line,
        Some(31),
        "the refused image's line in the file"
    );
    assert_eq!(
        warnings[2].line,
        Some(54),
        "the first raw HTML's line in the file"
    );
    assert!(
        warnings[2].message.contains("5 places"),
        "{}",
        warnings[2].message
    );
    assert!(!s.is_broken());
}

#[test]
fn headings_get_unique_accent_free_ids_and_h2_to_h4_make_the_toc() {
    let rendered = render_markdown(
        "# Titel\n## Aanpak\n### Één stap\n#### Details\n##### Te diep\n## Aanpak\n## Aanpak-2\n## !!!\n",
        &catalogue(),
    );
    let toc: Vec<(u8, &str, &str)> = rendered
        .toc
        .iter()
        .map(|TocEntry { level, id, text }| (*level, id.as_str(), text.as_str()))
        .collect();
    assert_eq!(
        toc,
        [
            (2, "aanpak", "Aanpak"),
            (3, "een-stap", "Één stap"),
            (4, "details", "Details"),
            (2, "aanpak-2", "Aanpak"),
            (2, "aanpak-2-2", "Aanpak-2"),
            (2, "section", "!!!"),
        ],
        "h1 and h5 stay out; duplicates get -2; a written `-2` does not collide"
    );
    assert!(
        rendered.html.contains(r#"<h1 id="titel">Titel</h1>"#),
        "every heading gets an id: {}",
        rendered.html
    );
    assert!(
        rendered.html.contains(r#"<h5 id="te-diep">"#),
        "{}",
        rendered.html
    );
    assert_eq!(rendered.first_heading.as_deref(), Some("Titel"));
}

#[test]
fn footnote_ids_cannot_collide_with_heading_ids() {
    let rendered = render_markdown(
        "## Bron\n\nTekst[^bron].\n\n[^bron]: Een boek.\n",
        &catalogue(),
    );
    assert!(
        rendered.html.contains(r#"<h2 id="bron">"#),
        "the heading keeps its slug: {}",
        rendered.html
    );
    assert!(
        rendered.html.contains(r#"id="fn_bron""#),
        "footnotes get the fn_ prefix: {}",
        rendered.html
    );
    assert!(
        rendered.html.contains(r##"<a href="#fn_bron">1</a>"##),
        "references point at it: {}",
        rendered.html
    );
}

#[test]
fn words_are_counted_over_the_plain_text() {
    let rendered = render_markdown(
        "# Twee woorden\n\nEn *nog* **drie** [woorden](https://x.example).\n",
        &catalogue(),
    );
    assert_eq!(
        rendered.word_count, 6,
        "markup is not counted: {:?}",
        rendered.plain_text
    );
    assert!(
        !rendered.plain_text.contains('*'),
        "plain text has no markup: {:?}",
        rendered.plain_text
    );
}

#[test]
fn reading_time_is_words_over_two_hundred_rounded_up() {
    let text = "woord ".repeat(401);
    let article = skills_articles::parse_article(
        text.as_bytes(),
        std::path::Path::new("lang.md"),
        skills_articles::ArticleSource::User,
        &catalogue(),
    );
    assert_eq!(article.summary.word_count, 401);
    assert_eq!(
        article.summary.reading_minutes, 3,
        "401 words take three minutes"
    );
}

#[test]
fn front_matter_without_body_warns_that_there_is_no_text() {
    let article = skills_articles::parse_article(
        b"---\ntitle: Leeg\n---\n",
        std::path::Path::new("leeg.md"),
        skills_articles::ArticleSource::User,
        &catalogue(),
    );
    assert!(!article.summary.is_broken());
    assert_eq!(article.summary.reading_minutes, 0);
    assert!(
        article
            .summary
            .problems
            .iter()
            .any(|p| p.message.contains("no text")),
        "{}",
        describe(&article)
    );
}

#[test]
fn table_alignment_is_a_class_not_a_style() {
    let rendered = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |\n", &catalogue());
    assert!(
        !rendered.html.contains("style="),
        "no inline styles: {}",
        rendered.html
    );
    assert!(
        rendered.html.contains(r#"<td class="align-right">2</td>"#),
        "{}",
        rendered.html
    );
}

#[test]
fn the_dialect_is_the_agreed_one() {
    use pulldown_cmark::Options;
    let options = parser_options();
    for wanted in [
        Options::ENABLE_TABLES,
        Options::ENABLE_FOOTNOTES,
        Options::ENABLE_STRIKETHROUGH,
        Options::ENABLE_TASKLISTS,
        Options::ENABLE_SMART_PUNCTUATION,
    ] {
        assert!(options.contains(wanted), "{wanted:?} is on");
    }
    for unwanted in [
        Options::ENABLE_HEADING_ATTRIBUTES,
        Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
        Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS,
    ] {
        assert!(!options.contains(unwanted), "{unwanted:?} is off");
    }
}

#[test]
fn many_refused_links_give_a_bounded_number_of_warnings() {
    let markdown = "[x](javascript:alert(1)) ".repeat(500);
    let rendered = render_markdown(&markdown, &catalogue());
    assert!(
        rendered.problems.len() <= 21,
        "warnings are capped: {}",
        rendered.problems.len()
    );
    assert!(
        rendered
            .problems
            .last()
            .is_some_and(|p| p.message.contains("480 more")),
        "the rest is counted: {:?}",
        rendered.problems.last()
    );
}
