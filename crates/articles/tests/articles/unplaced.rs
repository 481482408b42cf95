//! Items of a skills list that name no catalogue skill: numbered in the HTML, listed in the
//! rendered body only when their list turned out to be a skills list.

use skills_articles::{UnplacedItem, render_markdown};

use super::common::catalogue;

fn unplaced(markdown: &str) -> (Vec<(u32, String, String)>, String) {
    let rendered = render_markdown(markdown, &catalogue());
    let items = rendered
        .unplaced
        .into_iter()
        .map(|UnplacedItem { number, text, key }| (number, text, key))
        .collect();
    (items, rendered.html)
}

#[test]
fn a_list_where_most_items_name_skills_reports_the_rest() {
    let (items, html) =
        unplaced("- Presentaties\n- Overleg met stakeholders\n- Écht luisteren: de klant eerst\n");
    assert_eq!(
        items,
        [(0, "Écht luisteren".to_owned(), "echt luisteren".to_owned())]
    );
    assert!(
        html.contains(r#"<li data-item="0">Écht luisteren"#),
        "{html}"
    );
    assert!(html.contains(r#"data-skill="presentations""#), "{html}");
}

#[test]
fn a_heading_or_lead_in_that_names_skills_makes_a_skills_list() {
    for markdown in [
        "## Vaardigheden\n\n- Echt luisteren\n- Rust bewaren\n",
        "Deze skills oefen je:\n\n- Echt luisteren\n- Rust bewaren\n",
        "## De *vaardigheden*\n\n1. Echt luisteren\n2. Rust bewaren\n",
    ] {
        let (items, _) = unplaced(markdown);
        let texts: Vec<&str> = items.iter().map(|(_, text, _)| text.as_str()).collect();
        assert_eq!(texts, ["Echt luisteren", "Rust bewaren"], "{markdown}");
    }
}

#[test]
fn ordinary_lists_report_nothing() {
    for markdown in [
        // No intro, no item names a skill.
        "- Melk\n- Brood\n- Kaas\n",
        // One of four names a skill: less than half.
        "- Presentaties\n- Melk\n- Brood\n- Kaas\n",
        // The paragraph mentions skills but is no lead-in, and a block stands between.
        "Over vaardigheden gesproken.\n\n- Melk\n- Brood\n",
        "## Vaardigheden\n\nEerst iets anders.\n\n- Melk\n- Brood\n",
        // A sentence is no skill's name.
        "## Skills\n\n- Dit is een hele lange zin die over van alles gaat maar zeker niet over de naam van een vaardigheid of iets dergelijks\n",
    ] {
        let (items, _) = unplaced(markdown);
        assert!(items.is_empty(), "`{markdown}`: {items:?}");
    }
}

#[test]
fn nested_lists_are_judged_on_their_own_items() {
    let markdown = "\
- Presentaties
  - Melk
  - Brood
- Overleg met stakeholders
- Echt luisteren
";
    let (items, html) = unplaced(markdown);
    let texts: Vec<&str> = items.iter().map(|(_, text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        ["Echt luisteren"],
        "the nested groceries are no skills list: {html}"
    );
    let number = items.first().map(|(number, ..)| *number);
    assert!(
        html.contains(&format!("<li data-item=\"{}\">Echt", number.unwrap_or(99))),
        "{html}"
    );
}

#[test]
fn hostile_item_text_stays_text() {
    let (items, html) =
        unplaced("## Skills\n\n- <img src=x onerror=alert(1)>\n- \"quoted\" & <b>\n");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    for (_, text, _) in &items {
        assert!(!text.is_empty());
    }
}
