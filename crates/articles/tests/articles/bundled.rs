//! The bundled catalogue and articles in `articles/` at the top of the repository load cleanly:
//! the catalogue has the agreed skills and no bundled article has an error or a warning.

use std::path::PathBuf;
use std::sync::Arc;

use skills_articles::{ArticleLibrary, ArticleSource, Severity, SkillRecogniser};

fn bundled_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../articles")
}

#[test]
fn the_bundled_catalogue_and_articles_load_without_errors() {
    let dir = bundled_dir();
    let catalogue = SkillRecogniser::load(&dir.join("skills.toml"))
        .unwrap_or_else(|error| panic!("articles/skills.toml must load: {error}"));
    let ids: Vec<&str> = catalogue
        .catalogue()
        .skills()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    for id in [
        "listening",
        "explaining",
        "change-resistance",
        "multidisciplinary-collaboration",
        "prioritising",
        "presentations",
        "stakeholder-meetings",
        "teamwork",
    ] {
        assert!(
            ids.contains(&id),
            "the catalogue has the agreed skill `{id}`: {ids:?}"
        );
    }

    let mut library = ArticleLibrary::new(Arc::new(catalogue));
    library.set_source(ArticleSource::Bundled, Some(dir));
    let summaries = library.summaries();
    assert!(!summaries.is_empty(), "there are bundled articles");
    for summary in &summaries {
        let errors: Vec<_> = summary
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(
            errors.is_empty(),
            "bundled article {} has errors: {errors:?}",
            summary.path
        );
        // What ships should be clean: a warning (refused link, raw HTML, unknown skill) is a fix to make.
        assert!(
            summary.problems.is_empty(),
            "bundled article {} has warnings: {:?}",
            summary.path,
            summary.problems
        );
        assert!(
            summary.date.is_some(),
            "bundled article {} has a date",
            summary.path
        );
        for skill in &summary.skills {
            assert!(
                library.catalogue().get(skill).is_some(),
                "{} names a catalogue skill",
                summary.path
            );
        }
        // The catalogue knows every skill its own articles list: nothing to link by hand.
        let rendered = library.article(&summary.id).unwrap();
        assert!(
            rendered.unplaced.is_empty(),
            "bundled article {} has unrecognised skills-list items: {:?}",
            summary.path,
            rendered.unplaced
        );
    }
}
