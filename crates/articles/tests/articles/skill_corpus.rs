//! The skill matcher against the team's corpus (`tests/fixtures/skill_corpus/`): phrasings that
//! name a skill, in list items, table cells, headings and bold leads, and texts that name none.
//! Runs with the bundled catalogue (`articles/skills.toml`), the one the app ships, prints
//! recall and precision and fails below 95% recall or 98% precision.

use std::path::Path;

use skills_articles::{SkillRecogniser, render_markdown};

use super::common::fixture;

const MIN_RECALL: f64 = 0.95;
const MIN_PRECISION: f64 = 0.98;

fn bundled_catalogue() -> SkillRecogniser {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../articles/skills.toml");
    SkillRecogniser::load(&path).expect("the bundled catalogue loads")
}

/// The Markdown that puts `text` where the corpus says it stands.
fn markdown(place: &str, text: &str) -> String {
    match place {
        "list" => format!("- {text}\n- Nog een punt zonder vaardigheid erin\n"),
        "cell" => format!("| Vaardigheid | Niveau |\n|---|---|\n| {text} | 3 |\n"),
        "heading" => format!("### {text}\n\nEen alinea eronder.\n"),
        "lead" => format!("**{text}.** Hierover gaat de rest van deze alinea.\n"),
        other => panic!("unknown place `{other}` in the corpus"),
    }
}

/// The corpus lines of a file, without comments and blank lines, split on `|`.
fn lines(name: &str) -> Vec<(usize, Vec<String>)> {
    let text = std::fs::read_to_string(fixture(&format!("skill_corpus/{name}")))
        .expect("the corpus file is readable");
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            (
                index + 1,
                line.split(" | ")
                    .map(|part| part.trim().to_owned())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_matcher_finds_skills_as_people_write_them() {
    let catalogue = bundled_catalogue();
    let positives = lines("positives.txt");
    let negatives = lines("negatives.txt");
    assert!(
        positives.len() >= 200,
        "at least 200 phrasings: {}",
        positives.len()
    );
    assert!(
        negatives.len() >= 150,
        "at least 150 negatives: {}",
        negatives.len()
    );

    let (mut hits, mut wrong, mut missed, mut false_alarms) = (0u32, 0u32, 0u32, 0u32);
    let mut report = Vec::new();
    for (line, parts) in &positives {
        let [skill, place, text] = parts.as_slice() else {
            panic!("positives.txt:{line}: expected `skill | where | text`");
        };
        assert!(
            catalogue.catalogue().get(skill).is_some(),
            "positives.txt:{line}: no skill `{skill}`"
        );
        let found = render_markdown(&markdown(place, text), &catalogue).skills;
        match found.as_slice() {
            [one] if one == skill => hits += 1,
            [] => {
                missed += 1;
                report.push(format!(
                    "positives.txt:{line} missed: {place} `{text}` ({skill})"
                ));
            }
            other => {
                wrong += 1;
                report.push(format!(
                    "positives.txt:{line} wrong: {place} `{text}` is {other:?}, not {skill}"
                ));
            }
        }
    }
    for (line, parts) in &negatives {
        let [place, text] = parts.as_slice() else {
            panic!("negatives.txt:{line}: expected `where | text`");
        };
        let found = render_markdown(&markdown(place, text), &catalogue).skills;
        if !found.is_empty() {
            false_alarms += 1;
            report.push(format!(
                "negatives.txt:{line} marked: {place} `{text}` as {found:?}"
            ));
        }
    }
    let recall = f64::from(hits) / f64::from(hits + wrong + missed);
    let precision = f64::from(hits) / f64::from(hits + wrong + false_alarms).max(1.0);
    println!(
        "skill matcher: recall {:.1}% ({hits} of {} phrasings), precision {:.1}% ({} wrong, {false_alarms} of {} negatives marked)",
        recall * 100.0,
        positives.len(),
        precision * 100.0,
        wrong,
        negatives.len()
    );
    for line in &report {
        println!("  {line}");
    }
    assert!(
        recall >= MIN_RECALL && precision >= MIN_PRECISION,
        "recall {recall:.3} (at least {MIN_RECALL}) and precision {precision:.3} (at least {MIN_PRECISION}):\n{}",
        report.join("\n")
    );
}
