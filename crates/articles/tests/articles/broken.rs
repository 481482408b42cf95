//! Broken files: each appears as an article with an error problem and a title from its file
//! name, and never takes the library down. Fixtures in `tests/fixtures/broken/`; the huge and
//! deeply nested cases are generated here.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use skills_articles::{
    Article, ArticleSource, MAX_ARTICLE_BYTES, MAX_FRONT_MATTER_BYTES, MAX_NESTING, Severity,
    load_article, parse_article,
};

use super::common::{catalogue, describe, load_fixture, problems};

/// Asserts one error, with the given line and a message containing `needle`.
fn assert_one_error(article: &Article, line: Option<u32>, needle: &str) {
    let errors = problems(article, Severity::Error);
    assert_eq!(
        errors.len(),
        1,
        "exactly one error for {}:\n{}",
        article.summary.path,
        describe(article)
    );
    assert_eq!(
        errors[0].line, line,
        "error line for {}: {}",
        article.summary.path, errors[0].message
    );
    assert!(
        errors[0].message.contains(needle),
        "the message should mention `{needle}`: {}",
        errors[0].message
    );
    assert!(
        article.summary.is_broken(),
        "an error makes the article broken"
    );
}

#[test]
fn invalid_yaml_points_at_the_line_in_the_file() {
    let article = load_fixture("broken/invalid_yaml.md");
    // Line 4 of the file is line 3 of the YAML: the opening `---` counts.
    assert_one_error(&article, Some(4), "invalid YAML front matter");
    assert_eq!(
        article.summary.title, "Invalid yaml",
        "a broken file is titled after its file name"
    );
    assert!(
        article.html.contains("De rest van het artikel is prima."),
        "the body is still shown"
    );
}

#[test]
fn invalid_toml_points_at_the_line_in_the_file() {
    let article = load_fixture("broken/invalid_toml.md");
    assert_one_error(&article, Some(4), "invalid TOML front matter");
    assert_eq!(article.summary.title, "Invalid toml");
}

#[test]
fn front_matter_that_is_not_a_mapping_is_an_error() {
    let article = load_fixture("broken/yaml_not_a_mapping.md");
    assert_one_error(&article, Some(2), "`key: value`");
}

#[test]
fn unclosed_front_matter_says_how_to_fix_it() {
    let article = load_fixture("broken/unclosed_front_matter.md");
    assert_one_error(
        &article,
        Some(1),
        "front matter starts with `---` but never ends; add a closing `---` line",
    );
    assert_eq!(article.summary.title, "Unclosed front matter");
}

#[test]
fn invalid_utf8_names_the_line_of_the_first_bad_byte() {
    let article = load_fixture("broken/invalid_utf8.md");
    assert_one_error(&article, Some(4), "not valid UTF-8");
    assert_eq!(article.summary.title, "Invalid utf8");
    assert!(
        article.html.contains("Dit is geen UTF-8"),
        "the readable part is still shown: {}",
        article.html
    );
}

#[test]
fn an_empty_file_is_an_error() {
    let article = load_fixture("broken/empty.md");
    assert_one_error(&article, None, "empty");
    assert_eq!(article.summary.title, "Empty");
    assert_eq!(article.summary.reading_minutes, 0, "nothing to read");
}

#[test]
fn a_yaml_alias_bomb_is_stopped_quickly() {
    let started = Instant::now();
    let article = load_fixture("broken/alias_bomb.md");
    let errors = problems(&article, Severity::Error);
    assert_eq!(errors.len(), 1, "{}", describe(&article));
    assert!(
        errors[0].message.contains("too complex"),
        "explains the refusal: {}",
        errors[0].message
    );
    assert!(
        errors[0].line.is_some_and(|line| (2..=12).contains(&line)),
        "points into the front matter: {:?}",
        errors[0].line
    );
    // A generous bound: an unbounded expansion would take minutes and gigabytes.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the bomb is defused, not expanded"
    );
}

#[test]
fn front_matter_over_the_limit_is_refused_before_parsing() {
    let mut text = String::from("---\ntitle: Te groot\n");
    while text.len() <= MAX_FRONT_MATTER_BYTES {
        text.push_str("# een YAML-commentaarregel die alleen ruimte inneemt\n");
    }
    text.push_str("---\nTekst.\n");
    let article = parse_article(
        text.as_bytes(),
        Path::new("groot.md"),
        ArticleSource::User,
        &catalogue(),
    );
    let errors = problems(&article, Severity::Error);
    assert_eq!(errors.len(), 1, "{}", describe(&article));
    assert!(
        errors[0].message.contains("64 KiB"),
        "names the limit: {}",
        errors[0].message
    );
}

#[test]
fn a_file_over_the_size_limit_is_not_read() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("enorm.md");
    let mut file = std::fs::File::create(&path)?;
    let line = "Een regel tekst die steeds herhaald wordt om het bestand groot te maken.\n";
    let mut written = 0;
    while written < 10_000_000 {
        file.write_all(line.as_bytes())?;
        written += line.len();
    }
    drop(file);

    let article = load_article(
        &path,
        Path::new("enorm.md"),
        ArticleSource::User,
        &catalogue(),
    );
    let errors = problems(&article, Severity::Error);
    assert_eq!(errors.len(), 1, "{}", describe(&article));
    assert!(
        errors[0].message.contains("9.5 MiB"),
        "names the file's size: {}",
        errors[0].message
    );
    assert!(
        errors[0].message.contains("2 MiB"),
        "names the limit: {}",
        errors[0].message
    );
    assert_eq!(article.summary.title, "Enorm");
    assert!(article.html.is_empty(), "nothing of it is rendered");
    assert_eq!(MAX_ARTICLE_BYTES, 2 * 1024 * 1024);
    Ok(())
}

#[test]
fn a_hundred_thousand_nested_quotes_are_flattened() {
    let text = format!("{} diep\n", ">".repeat(100_000));
    let started = Instant::now();
    let article = parse_article(
        text.as_bytes(),
        Path::new("diep.md"),
        ArticleSource::User,
        &catalogue(),
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "no hang on deep nesting"
    );
    let depth = article.html.matches("<blockquote>").count();
    assert_eq!(depth, MAX_NESTING, "nesting is capped at {MAX_NESTING}");
    assert_eq!(
        depth,
        article.html.matches("</blockquote>").count(),
        "tags stay balanced"
    );
    assert!(article.html.contains("diep"), "the text is kept");
    let warnings = problems(&article, Severity::Warning);
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("flattened") && w.line == Some(1)),
        "the flattening is reported on its line:\n{}",
        describe(&article)
    );
    assert!(
        !article.summary.is_broken(),
        "deep nesting is a warning, not an error"
    );
}

#[test]
fn deeply_nested_lists_are_flattened() {
    // `- - - item` nests a list in each item; 50,000 levels on one line.
    let mut text = format!("{}item\n", "- ".repeat(50_000));
    for depth in 0..300 {
        text.push_str(&"  ".repeat(depth));
        text.push_str("- item\n");
    }
    let article = parse_article(
        text.as_bytes(),
        Path::new("lijst.md"),
        ArticleSource::User,
        &catalogue(),
    );
    let opened = article.html.matches("<ul>").count();
    assert!(
        opened <= MAX_NESTING,
        "at most {MAX_NESTING} container levels: {opened} lists"
    );
    assert_eq!(
        opened,
        article.html.matches("</ul>").count(),
        "lists stay balanced"
    );
    assert_eq!(
        article.html.matches("<li").count(),
        article.html.matches("</li>").count(),
        "items stay balanced"
    );
    assert!(
        article
            .summary
            .problems
            .iter()
            .any(|p| p.message.contains("flattened")),
        "{}",
        describe(&article)
    );
}

#[test]
fn deep_toml_nesting_is_refused_without_crashing() {
    let text = format!(
        "+++\nx = {}{}\n+++\nTekst.\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let article = parse_article(
        text.as_bytes(),
        Path::new("toml.md"),
        ArticleSource::User,
        &catalogue(),
    );
    assert!(
        article.summary.is_broken(),
        "refused: {}",
        describe(&article)
    );
}

#[test]
fn deep_yaml_nesting_is_refused_without_crashing() {
    let text = format!(
        "---\nx: {}{}\n---\nTekst.\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let article = parse_article(
        text.as_bytes(),
        Path::new("yaml.md"),
        ArticleSource::User,
        &catalogue(),
    );
    assert!(
        article.summary.is_broken(),
        "refused: {}",
        describe(&article)
    );
}
