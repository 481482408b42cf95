//! Skill detection in Dutch and English list items, with the test catalogue in
//! `tests/fixtures/skills.toml`.

use skills_articles::{SkillRecogniser, render_markdown};

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
fn a_spaced_dash_after_a_name_is_a_separator_and_a_hyphen_is_not() {
    let (skills, _) = detect("Luisteren - elke week oefenen");
    assert_eq!(
        skills,
        ["listening"],
        "` - ` ends the name, so the alias `luisteren` matches"
    );
    let (skills, _) = detect("Follow-up questions");
    assert!(
        skills.is_empty(),
        "a hyphen inside a word does not end the name: `follow up questions` is no alias of the test catalogue"
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
        rendered.html.contains("<li data-item=\"0\">Iets anders"),
        "a candidate, but the outer list is no skills list: {}",
        rendered.html
    );
    assert!(rendered.unplaced.is_empty(), "{:?}", rendered.unplaced);
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
    let rendered = render_markdown("- Presentaties\n", &SkillRecogniser::empty());
    assert!(rendered.skills.is_empty());
    assert!(!rendered.html.contains("skill-item"), "{}", rendered.html);
}

#[test]
fn the_catalogue_answers_directly() {
    let catalogue = catalogue();
    assert_eq!(
        catalogue.catalogue().skills().len(),
        8,
        "the test catalogue has the eight skills"
    );
    assert_eq!(catalogue.match_item("actief luisteren"), Some("listening"));
    assert_eq!(
        catalogue
            .catalogue()
            .get("teamwork")
            .map(|s| s.levels.len()),
        Some(5),
        "five levels"
    );
    assert_eq!(catalogue.catalogue().get("nope"), None);
}

#[test]
fn headings_table_cells_and_bold_leads_name_skills_too() {
    let markdown = "### Presentaties\n\n\
                    | Vaardigheid | Niveau |\n|:--|--|\n| Actief luisteren | 3 |\n| Teamwerk | 2 |\n\n\
                    **Prioriteren.** Wie alles tegelijk doet, maakt niets af.\n\n\
                    **Let op.** Dit is geen vaardigheid.\n\n\
                    - **Weerstand**: in een lijst telt het punt zelf\n";
    let rendered = render_markdown(markdown, &catalogue());
    assert_eq!(
        rendered.skills,
        [
            "listening",
            "change-resistance",
            "prioritising",
            "presentations",
            "teamwork"
        ],
        "every placement counts, in catalogue order: {}",
        rendered.html
    );
    let html = &rendered.html;
    assert!(
        html.contains(r#"<h3 id="presentaties" class="skill-item" data-skill="presentations">"#),
        "a heading is marked: {html}"
    );
    assert!(
        html.contains(
            r#"<td class="align-left skill-item" data-skill="listening">Actief luisteren</td>"#
        ),
        "a table cell is marked and keeps its alignment: {html}"
    );
    assert!(
        html.contains(r#"<p class="skill-item skill-lead" data-skill="prioritising"><strong>Prioriteren.</strong>"#),
        "a paragraph with a bold lead is marked: {html}"
    );
    assert!(
        html.contains("<p><strong>Let op.</strong>"),
        "a bold lead that names nothing stays a plain paragraph: {html}"
    );
    assert!(
        html.contains(
            r#"<li class="skill-item" data-skill="change-resistance"><strong>Weerstand</strong>"#
        ),
        "inside a list item the item is marked, not its paragraph: {html}"
    );
}

#[test]
fn a_thousand_identical_headings_get_the_ids_the_old_rule_gave() {
    // A heading whose slug is taken gets the first free `-N` from 2, also when another heading
    // already took `kop-2` by its own text.
    let markdown = "## Kop\n\n## Kop-2\n\n".to_owned() + &"## Kop\n\n".repeat(1_000);
    let rendered = render_markdown(&markdown, &catalogue());
    let ids: Vec<&str> = rendered.toc.iter().map(|entry| entry.id.as_str()).collect();
    assert_eq!(ids.len(), 1_002);
    assert_eq!(
        ids[..4],
        ["kop", "kop-2", "kop-3", "kop-4"],
        "the first free number"
    );
    assert_eq!(ids.last(), Some(&"kop-1002"));
    let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "every id is unique");
}
