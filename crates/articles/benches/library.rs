//! Loading benchmark: how close does `ArticleLibrary::set_source` (read, front matter, safe
//! rendering, skill detection, search text) get to the floor of reading the same files and
//! rendering their bodies with plain pulldown-cmark `push_html`?
//!
//! Run with `cargo bench -p skills-articles --bench library` (release build). It writes 1,000
//! generated articles of about 6 KB to a temporary folder, times both paths (best of 7 runs)
//! and prints articles per second and the ratio. The goal is a ratio of at most 1.3. The library
//! loads on all cores; a third line shows the same per-file work on one thread, so a busy or
//! single-core machine can be told apart from a slower library.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a panic is a failed run"
)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pulldown_cmark::{Parser, html};
use skills_articles::{
    ArticleLibrary, ArticleSource, SkillRecogniser, load_article, parser_options,
};

const ARTICLES: usize = 1_000;
const RUNS: usize = 7;

const SKILL_ITEMS: &[&str] = &[
    "Luisteren en doorvragen: laat de ander eerst uitpraten",
    "Overleg met stakeholders – elke week een kort moment",
    "Presentaties",
    "Samenwerking binnen teams (ook op afstand)",
    "Prioriteren, ook als alles urgent lijkt",
    "Active listening",
    "Stakeholder meetings: agenda vooraf delen",
];

const PARAGRAPHS: &[&str] = &[
    "Tijdens een overleg met de opdrachtgever merk je vaak dat de vraag achter de vraag belangrijker is \
     dan wat er letterlijk gezegd wordt. Neem de tijd om *door te vragen* en vat samen wat je gehoord hebt, \
     voordat je met een oplossing komt. Zo voorkom je dat je **het verkeerde probleem** heel goed oplost.",
    "A good demo is not a tour of every screen. Start with the problem the user had, show the smallest \
     path that solves it, and stop when the point is made. Invite questions early; the questions tell you \
     what the audience *actually* cares about, which is rarely what you expected.",
    "Lees ook de [Scrum Guide](https://scrumguides.org/scrum-guide.html \"De officiële gids\") en het \
     artikel over [prioriteren](prioriteren-onder-druk.md). Twijfel je, vraag het dan aan je \
     [coach](mailto:coach@example.org). Gebruik `git log --oneline` om te laten zien wat er veranderd is.",
    "Weerstand tegen verandering is zelden onwil. Meestal gaat het om onzekerheid: wat betekent dit voor \
     mijn werk, mijn rol, mijn vakmanschap? Wie dat serieus neemt en ~~overtuigt~~ uitnodigt, krijgt \
     bondgenoten in plaats van tegenstanders.",
];

/// One generated article of about 6 KB: YAML front matter with `lang`, headings, paragraphs,
/// lists with skill names, a table, links and emphasis.
fn article(index: usize) -> String {
    let mut text = format!(
        "---\ntitle: \"Artikel {index}: vaardigheden in de praktijk\"\ndate: 2024-{:02}-{:02}\n\
         author: Schrijver {}\ntags: [Praktijk, Thema {}, Team]\nlang: nl\nskills: [listening, teamwork]\n\
         summary: Een voorbeeldartikel om het laden te meten.\n---\n# Artikel {index}\n\n",
        index % 12 + 1,
        index % 28 + 1,
        index % 17,
        index % 9,
    );
    let mut section = 0;
    while text.len() < 5_600 {
        section += 1;
        text.push_str(&format!("## Onderdeel {section}\n\n"));
        text.push_str(PARAGRAPHS[(index + section) % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        for item in 0..4 {
            text.push_str("- ");
            text.push_str(SKILL_ITEMS[(index + section + item) % SKILL_ITEMS.len()]);
            text.push('\n');
        }
        text.push_str("- Een gewoon punt zonder vaardigheid\n  - met een genest punt\n\n");
        text.push_str(PARAGRAPHS[(index + section + 1) % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        if section % 2 == 0 {
            text.push_str(
                "| Vaardigheid | Niveau | Toelichting |\n|:--|:--:|--:|\n| Luisteren | 3 | Goed op weg |\n\
                 | Presenteren | 2 | Oefenen in de demo |\n\n",
            );
        }
    }
    text
}

fn write_articles(dir: &Path) -> Vec<PathBuf> {
    (0..ARTICLES)
        .map(|index| {
            let path = dir.join(format!("map-{}/artikel-{index:04}.md", index % 10));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, article(index)).unwrap();
            path
        })
        .collect()
}

/// The floor: read each file, skip its front matter, render the body with plain `push_html`.
fn floor(files: &[PathBuf]) -> usize {
    let mut total = 0;
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        let body = text
            .get(4..)
            .and_then(|rest| rest.find("\n---\n").map(|end| &rest[end + 5..]))
            .unwrap_or(&text);
        let mut out = String::with_capacity(body.len() * 3 / 2);
        html::push_html(&mut out, Parser::new_ext(body, parser_options()));
        total += black_box(out).len();
    }
    total
}

/// The library's per-file work on one thread (no folder walk, no sorting): shows how much of
/// the library's speed comes from using more than one core.
fn sequential(dir: &Path, files: &[PathBuf], catalogue: &SkillRecogniser) -> usize {
    files
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(dir).unwrap_or(path);
            black_box(load_article(path, relative, ArticleSource::User, catalogue))
                .html
                .len()
        })
        .sum()
}

fn library(dir: &Path, catalogue: &Arc<SkillRecogniser>) -> usize {
    let mut library = ArticleLibrary::new(Arc::clone(catalogue));
    library.set_source(ArticleSource::User, Some(dir.to_path_buf()));
    black_box(library.articles().map(|article| article.html.len()).sum())
}

fn best(runs: &mut [Duration]) -> Duration {
    runs.sort();
    runs.first().copied().unwrap_or_default()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_articles(dir.path());
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    let catalogue = Arc::new(
        SkillRecogniser::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/skills.toml"),
        )
        .unwrap(),
    );

    // Warm the page cache and both code paths once.
    floor(&files);
    library(dir.path(), &catalogue);

    let mut floor_runs = Vec::with_capacity(RUNS);
    let mut library_runs = Vec::with_capacity(RUNS);
    let mut sequential_runs = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        floor(&files);
        floor_runs.push(started.elapsed());
        let started = Instant::now();
        library(dir.path(), &catalogue);
        library_runs.push(started.elapsed());
        let started = Instant::now();
        sequential(dir.path(), &files, &catalogue);
        sequential_runs.push(started.elapsed());
    }
    let floor_best = best(&mut floor_runs);
    let library_best = best(&mut library_runs);
    let sequential_best = best(&mut sequential_runs);
    let per_second = |d: Duration| ARTICLES as f64 / d.as_secs_f64();
    println!(
        "{ARTICLES} articles, {:.1} KB on average, best of {RUNS} runs",
        bytes as f64 / ARTICLES as f64 / 1024.0
    );
    println!(
        "floor   (read + push_html):           {:>8.1} ms  {:>9.0} articles/s",
        floor_best.as_secs_f64() * 1e3,
        per_second(floor_best)
    );
    println!(
        "library (ArticleLibrary::set_source): {:>8.1} ms  {:>9.0} articles/s (all cores)",
        library_best.as_secs_f64() * 1e3,
        per_second(library_best)
    );
    println!(
        "one thread (load_article per file):   {:>8.1} ms  {:>9.0} articles/s",
        sequential_best.as_secs_f64() * 1e3,
        per_second(sequential_best)
    );
    let ratio = library_best.as_secs_f64() / floor_best.as_secs_f64();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    println!("ratio library / floor: {ratio:.2} (goal: at most 1.30; {threads} cores available)");
    println!(
        "ratio one thread / floor: {:.2}",
        sequential_best.as_secs_f64() / floor_best.as_secs_f64()
    );
}
