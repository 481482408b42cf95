//! Loading cases: every way an article's front matter may be written gives a sensible article.
//! One fixture per case in `tests/fixtures/front_matter/`, named after the case.

use skills_articles::Severity;
use skills_catalogue::Lang;

use super::common::{assert_clean, describe, load_fixture, problems};

#[test]
fn yaml_front_matter_fills_every_field() {
    let article = load_fixture("front_matter/yaml_all_keys.md");
    assert_clean(&article);
    let s = &article.summary;
    assert_eq!(
        s.id, "user/yaml_all_keys",
        "id is source + path without .md"
    );
    assert_eq!(
        s.title, "Feedback geven aan je team",
        "the title key wins over the first heading"
    );
    assert_eq!(s.date.as_deref(), Some("2024-03-01"));
    assert_eq!(s.author.as_deref(), Some("Sanne de Vries"));
    assert_eq!(
        s.summary.as_deref(),
        Some("Zo geef je feedback die aankomt.")
    );
    assert_eq!(s.excerpt, s.summary, "the summary is the excerpt");
    assert_eq!(s.tags, ["Feedback", "Team"]);
    assert_eq!(s.lang, Lang::Nl);
    assert_eq!(
        s.skills,
        ["listening", "teamwork"],
        "front matter skills, in catalogue order"
    );
}

#[test]
fn toml_front_matter_with_a_native_date() {
    let article = load_fixture("front_matter/toml_all_keys.md");
    assert_clean(&article);
    let s = &article.summary;
    assert_eq!(s.title, "Prioriteren in een sprint");
    assert_eq!(
        s.date.as_deref(),
        Some("2024-02-10"),
        "a TOML date is a date"
    );
    assert_eq!(s.author.as_deref(), Some("Ahmed Bakker"));
    assert_eq!(s.tags, ["Scrum", "Planning"]);
    assert_eq!(s.skills, ["prioritising"]);
}

#[test]
fn without_front_matter_the_first_heading_is_the_title() {
    let article = load_fixture("front_matter/no_front_matter_heading.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "Een goed gesprek voeren");
    assert_eq!(article.summary.date, None, "no date without front matter");
}

#[test]
fn without_heading_the_file_name_is_made_readable() {
    let article = load_fixture("front_matter/mijn-eerste_artikel.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.title, "Mijn eerste artikel",
        "dashes and underscores become spaces"
    );
    assert_eq!(
        article.summary.excerpt.as_deref(),
        Some("Dit artikel heeft geen kop en geen front matter, alleen tekst."),
        "the first paragraph is the excerpt"
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let article = load_fixture("front_matter/bom.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.title, "Met BOM",
        "front matter after a BOM is still front matter"
    );
    assert_eq!(article.summary.date.as_deref(), Some("2024-01-05"));
}

#[test]
fn crlf_line_endings_are_read() {
    let article = load_fixture("front_matter/crlf.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "Windows regeleinden");
    assert_eq!(
        article.summary.tags,
        ["Windows", "Regels"],
        "a block list with CRLF endings"
    );
    assert!(
        !article.html.contains('\r'),
        "no carriage returns reach the HTML: {:?}",
        article.html
    );
}

#[test]
fn crlf_and_a_bom_together_are_read() {
    let article = load_fixture("front_matter/crlf_bom.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "CRLF en BOM");
    assert_eq!(article.summary.date.as_deref(), Some("2024-01-06"));
}

#[test]
fn tags_may_be_one_comma_separated_text() {
    let article = load_fixture("front_matter/tags_comma_string.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.tags,
        ["Feedback", "team", "Scrum"],
        "split on commas, trimmed, duplicates differing in case dropped"
    );
}

#[test]
fn a_date_time_keeps_the_date_of_its_own_offset() {
    let article = load_fixture("front_matter/date_time_offset.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.date.as_deref(),
        Some("2024-03-01"),
        "00:30+02:00 is still 1 March there"
    );
}

#[test]
fn a_quoted_date_is_a_date() {
    let article = load_fixture("front_matter/date_quoted.md");
    assert_clean(&article);
    assert_eq!(article.summary.date.as_deref(), Some("2024-03-02"));
    assert_eq!(
        article.summary.title, "Datum tussen aanhalingstekens",
        "single quotes are YAML quotes"
    );
}

#[test]
fn a_toml_date_time_keeps_its_own_offset() {
    let article = load_fixture("front_matter/toml_datetime_offset.md");
    assert_clean(&article);
    assert_eq!(article.summary.date.as_deref(), Some("2024-03-01"));
}

#[test]
fn an_unreadable_date_is_a_warning() {
    let article = load_fixture("front_matter/date_invalid.md");
    assert_eq!(article.summary.date, None);
    let warnings = problems(&article, Severity::Warning);
    assert_eq!(warnings.len(), 1, "one warning:\n{}", describe(&article));
    assert_eq!(
        warnings[0].line,
        Some(3),
        "the warning points at the date line in the file"
    );
    assert!(
        warnings[0].message.contains("YYYY-MM-DD"),
        "it says how to write a date: {}",
        warnings[0].message
    );
    assert!(
        !article.summary.is_broken(),
        "a bad date does not break the article"
    );
}

#[test]
fn quoted_and_unquoted_values_read_the_same() {
    let article = load_fixture("front_matter/quoted_and_unquoted_values.md");
    assert_clean(&article);
    let s = &article.summary;
    assert_eq!(s.title, "Dubbel: aanhalingstekens");
    assert_eq!(s.author.as_deref(), Some("Enkel"));
    assert_eq!(s.summary.as_deref(), Some("Zonder aanhalingstekens"));
    assert_eq!(s.lang, Lang::En, "a quoted lang");
}

#[test]
fn numbers_and_yes_no_words_stay_text() {
    let article = load_fixture("front_matter/unquoted_scalars.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "1984", "an unquoted number as title");
    assert_eq!(
        article.summary.author.as_deref(),
        Some("No"),
        "`No` is a name, not false"
    );
    assert_eq!(article.summary.tags, ["2024", "true", "Scrum"]);
}

#[test]
fn unknown_keys_are_ignored() {
    let article = load_fixture("front_matter/unknown_keys.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "Onbekende sleutels");
}

#[test]
fn a_value_of_the_wrong_type_is_a_warning() {
    let article = load_fixture("front_matter/wrong_type_title.md");
    assert!(
        !article.summary.is_broken(),
        "a wrong type is not an error:\n{}",
        describe(&article)
    );
    assert_eq!(
        article.summary.title, "Titel uit de kop",
        "the title falls back to the first heading"
    );
    let warnings = problems(&article, Severity::Warning);
    assert_eq!(
        warnings.len(),
        2,
        "title and tags each warn:\n{}",
        describe(&article)
    );
    assert_eq!(
        warnings[0].line,
        Some(2),
        "the title warning points at its line"
    );
    assert!(
        warnings[0].message.contains("`title`"),
        "names the key: {}",
        warnings[0].message
    );
    assert!(article.summary.tags.is_empty());
}

#[test]
fn an_unknown_skill_is_a_warning_listing_the_valid_ids() {
    let article = load_fixture("front_matter/skills_unknown.md");
    assert!(!article.summary.is_broken());
    assert_eq!(article.summary.skills, ["listening"], "known ids are kept");
    let warnings = problems(&article, Severity::Warning);
    assert_eq!(warnings.len(), 2, "{}", describe(&article));
    assert!(
        warnings[0].message.contains("`dancing`"),
        "names the unknown id: {}",
        warnings[0].message
    );
    assert!(
        warnings[0]
            .message
            .contains("listening, explaining, change-resistance"),
        "lists the valid ids: {}",
        warnings[0].message
    );
    assert!(
        warnings[1].message.contains("did you mean `presentations`"),
        "a skill name instead of an id gets a suggestion: {}",
        warnings[1].message
    );
}

#[test]
fn skills_may_be_one_comma_separated_text() {
    let article = load_fixture("front_matter/skills_comma_string.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.skills,
        ["listening", "teamwork"],
        "catalogue order, not written order"
    );
}

#[test]
fn english_text_without_lang_is_detected_as_english() {
    let article = load_fixture("front_matter/lang_detected_english.md");
    assert_clean(&article);
    assert_eq!(article.summary.lang, Lang::En);
}

#[test]
fn dutch_text_without_lang_is_detected_as_dutch() {
    let article = load_fixture("front_matter/lang_detected_dutch.md");
    assert_clean(&article);
    assert_eq!(article.summary.lang, Lang::Nl);
}

#[test]
fn an_unsupported_lang_is_a_warning_and_detection_decides() {
    let article = load_fixture("front_matter/lang_invalid.md");
    assert_eq!(article.summary.lang, Lang::Nl, "the Dutch text decides");
    let warnings = problems(&article, Severity::Warning);
    assert_eq!(warnings.len(), 1, "{}", describe(&article));
    assert!(
        warnings[0].message.contains("`nl` or `en`"),
        "says the valid values: {}",
        warnings[0].message
    );
}

#[test]
fn the_summary_is_the_excerpt() {
    let article = load_fixture("front_matter/summary_as_excerpt.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.excerpt.as_deref(),
        Some("Dit is de samenvatting.")
    );
}

#[test]
fn without_summary_the_first_paragraph_is_cut_at_a_word() {
    let article = load_fixture("front_matter/excerpt_from_first_paragraph.md");
    assert_clean(&article);
    let excerpt = article.summary.excerpt.clone().unwrap_or_default();
    assert!(
        excerpt.starts_with("Een lange eerste alinea"),
        "taken from the first paragraph: {excerpt}"
    );
    assert!(excerpt.ends_with('…'), "the cut is marked: {excerpt}");
    assert!(
        (150..=201).contains(&excerpt.chars().count()),
        "about 200 characters: {}",
        excerpt.chars().count()
    );
    let paragraph = ["Een lange eerste alinea met veel woorden die doorgaat"; 10].join(" ");
    let kept = excerpt.trim_end_matches('…');
    assert!(
        paragraph.starts_with(kept),
        "the excerpt is the paragraph's start: {excerpt}"
    );
    assert!(
        paragraph[kept.len()..].starts_with(' '),
        "cut at a word boundary, not inside a word: {excerpt}"
    );
    assert_eq!(article.summary.summary, None);
}

#[test]
fn an_empty_block_is_no_front_matter() {
    let article = load_fixture("front_matter/empty_front_matter.md");
    assert_clean(&article);
    assert_eq!(article.summary.title, "Lege front matter");
}

#[test]
fn an_excerpt_key_wins_over_summary_and_first_paragraph() {
    let article = load_fixture("front_matter/excerpt_key.md");
    assert_clean(&article);
    assert_eq!(
        article.summary.excerpt.as_deref(),
        Some("Het uittreksel dat de schrijver koos."),
        "the writer's excerpt is shown in the list"
    );
    assert_eq!(
        article.summary.summary.as_deref(),
        Some("Een samenvatting."),
        "the summary stays the summary"
    );
}
