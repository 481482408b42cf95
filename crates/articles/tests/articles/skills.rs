//! Skill detection in Dutch and English list items, with the test catalogue in
//! `tests/fixtures/skills.toml`.

use skills_articles::{SkillCatalogue, render_markdown};

use super::common::catalogue;

/// The skill a single list item is detected as, and its rendered `<li>`.
fn detect(item: &str) -> (Vec<String>, String) {
    let rendered = render_markdown(&format!("- {item}\n"), &catalogue());
    (rendered.skills, rendered.html)
}

#[test]
fn dutch_and_english_items_name_their_skill() {
    let cases = [
        ("Overleg met stakeholders", "stakeholder-meetings"),
        ("Samenwerking binnen teams", "teamwork"),
        ("Presentaties", "presentations"),
        ("Luisteren en doorvragen", "listening"),
        ("Active listening", "listening"),
        (
            "Stakeholder meetings: agenda vooraf delen",
            "stakeholder-meetings",
        ),
        ("LUISTEREN EN DOORVRAGEN", "listening"),
        (
            "Overleg met Stakeholders – wekelijks",
            "stakeholder-meetings",
        ),
        (
            "Overleg met stakeholders — maandelijks",
            "stakeholder-meetings",
        ),
        (
            "Presentaties (demo aan het eind van de sprint)",
            "presentations",
        ),
        ("Prioriteren, ook als alles urgent lijkt", "prioritising"),
        ("Teamwork.", "teamwork"),
        (
            "Omgaan met wéérstand tegen verandering - lastig",
            "change-resistance",
        ),
        ("**Presentaties**: oefen hardop", "presentations"),
        (
            "Multidisciplinary collaboration",
            "multidisciplinary-collaboration",
        ),
    ];
    for (item, skill) in cases {
        let (skills, html) = detect(item);
        assert_eq!(skills, [skill], "`{item}` names {skill}");
        assert!(
            html.contains(&format!(r#"<li class="skill-item" data-skill="{skill}">"#)),
            "`{item}` is rendered as a skill item: {html}"
        );
    }
}

#[test]
fn items_that_only_mention_a_skill_are_not_skill_items() {
    for item in [
        "Presentaties geven is spannend",
        "Tips voor presentaties",
        "Iets heel anders",
        "",
    ] {
        let (skills, html) = detect(item);
        assert!(skills.is_empty(), "`{item}` names no skill: {skills:?}");
        assert!(
            !html.contains("skill-item"),
            "`{item}` is a plain item: {html}"
        );
    }
}

#[test]
fn a_dash_right_after_a_name_is_a_separator() {
    let (skills, _) = detect("Luisteren-oefening");
    assert_eq!(
        skills,
        ["listening"],
        "`-` is one of the separators, so the alias `luisteren` matches"
    );
}

#[test]
fn only_the_items_own_text_counts_not_its_nested_list() {
    let markdown = "- Iets anders\n  - Presentaties\n";
    let rendered = render_markdown(markdown, &catalogue());
    assert_eq!(
        rendered.skills,
        ["presentations"],
        "the nested item is detected on its own"
    );
    assert_eq!(
        rendered.html.matches("skill-item").count(),
        1,
        "the outer item is not a skill item: {}",
        rendered.html
    );
    assert!(
        rendered.html.contains("<li>Iets anders"),
        "{}",
        rendered.html
    );
}

#[test]
fn loose_items_use_their_first_paragraph() {
    let markdown =
        "- Samenwerking binnen teams\n\n  Uitleg in een tweede alinea.\n\n- Iets anders\n";
    let rendered = render_markdown(markdown, &catalogue());
    assert_eq!(rendered.skills, ["teamwork"]);
    assert!(
        rendered
            .html
            .contains(r#"<li class="skill-item" data-skill="teamwork">"#),
        "{}",
        rendered.html
    );
}

#[test]
fn ordered_lists_and_task_items_are_detected_too() {
    let rendered = render_markdown("1. Presentaties\n2. [ ] Teamwork\n", &catalogue());
    assert_eq!(
        rendered.skills,
        ["presentations", "teamwork"],
        "catalogue order"
    );
}

#[test]
fn article_skills_are_front_matter_and_items_in_catalogue_order_once() {
    let markdown = b"---\nskills: [teamwork, listening]\n---\n- Presentaties\n- Teamwork\n- Active listening\n";
    let article = skills_articles::parse_article(
        markdown,
        std::path::Path::new("mix.md"),
        skills_articles::ArticleSource::User,
        &catalogue(),
    );
    assert_eq!(
        article.summary.skills,
        ["listening", "presentations", "teamwork"],
        "union of both, deduplicated, in catalogue order"
    );
}

#[test]
fn without_a_catalogue_nothing_is_detected() {
    let rendered = render_markdown("- Presentaties\n", &SkillCatalogue::empty());
    assert!(rendered.skills.is_empty());
    assert!(!rendered.html.contains("skill-item"), "{}", rendered.html);
}

#[test]
fn the_catalogue_answers_directly() {
    let catalogue = catalogue();
    assert_eq!(
        catalogue.skills().len(),
        8,
        "the test catalogue has the eight skills"
    );
    assert_eq!(catalogue.match_item("actief luisteren"), Some("listening"));
    assert_eq!(
        catalogue.get("teamwork").map(|s| s.levels.len()),
        Some(5),
        "five levels"
    );
    assert_eq!(catalogue.get("nope"), None);
}
