//! Helpers shared by the test modules: fixtures, the test catalogue, summaries of problems.

use std::path::{Path, PathBuf};

use skills_articles::{Article, ArticleSource, Problem, Severity, SkillRecogniser, load_article};

/// `crates/articles/tests/fixtures/<relative>`.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// The small skill catalogue in `tests/fixtures/skills.toml`.
pub fn catalogue() -> SkillRecogniser {
    SkillRecogniser::load(&fixture("skills.toml")).expect("the test catalogue loads")
}

/// Loads `tests/fixtures/<relative>` as a user article.
pub fn load_fixture(relative: &str) -> Article {
    let path = fixture(relative);
    let name = path
        .file_name()
        .map(PathBuf::from)
        .expect("fixtures have file names");
    load_article(&path, &name, ArticleSource::User, &catalogue())
}

/// The problems of one severity.
pub fn problems(article: &Article, severity: Severity) -> Vec<&Problem> {
    article
        .summary
        .problems
        .iter()
        .filter(|p| p.severity == severity)
        .collect()
}

/// The article's problems, one per line, for assertion messages.
pub fn describe(article: &Article) -> String {
    article
        .summary
        .problems
        .iter()
        .map(|p| format!("{:?} line {:?}: {}", p.severity, p.line, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts the article loaded without any problem.
pub fn assert_clean(article: &Article) {
    assert!(
        article.summary.problems.is_empty(),
        "{} should load without problems, got:\n{}",
        article.summary.path,
        describe(article)
    );
}
