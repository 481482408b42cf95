//! Adversarial scaling: for each hostile shape of article, the time to load one article of
//! about n bytes and of 8n bytes through the whole library path (read, front matter, safe
//! rendering, skill detection, search text), and their ratio. Linear work gives a ratio near 8;
//! the goal is at most 10 (quadratic work would give 64).
//!
//! A second ratio times pulldown-cmark alone (`push_html` on the same text): where it is high
//! too, the parser underneath sets the pace, not this crate's stages.
//!
//! Run with `cargo bench -p skills-articles --bench scaling` (release build; `make bench` runs
//! it). Each size is timed as the best of a few runs, so a busy machine inflates both sides.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a panic is a failed run"
)]

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use pulldown_cmark::{Parser, html};
use skills_articles::{ArticleLibrary, ArticleSource, SkillRecogniser, parser_options};

/// The smaller size; the larger is eight times this (both well inside the 2 MiB cap).
const SMALL: usize = 96 * 1024;
/// Front matter is capped at 64 KiB, so its shape is measured at a smaller n.
const SMALL_FRONT_MATTER: usize = 7 * 1024;
const RUNS: usize = 9;
const GOAL: f64 = 10.0;

/// A hostile shape: its name and a generator of about `bytes` bytes of article.
struct Shape {
    name: &'static str,
    small: usize,
    make: fn(usize) -> String,
}

/// Repeats `unit(i)` until the text is `bytes` long, after a minimal front matter.
fn repeat(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut text = String::from("---\ntitle: Scaling\n---\n");
    let mut index = 0;
    while text.len() < bytes {
        text.push_str(&unit(index));
        index += 1;
    }
    text
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "identical headings",
            small: SMALL,
            make: |n| repeat(n, |_| "## Dezelfde kop\n\n".to_owned()),
        },
        Shape {
            name: "deep lists",
            small: SMALL,
            make: |n| repeat(n, |i| format!("{}- punt {i}\n", "  ".repeat(i % 64))),
        },
        Shape {
            name: "footnote definitions and references",
            small: SMALL,
            make: |n| {
                repeat(n, |i| {
                    format!("Zin met een noot[^n{i}] en nog een[^same].\n\n[^n{i}]: Noot {i}.\n\n")
                })
            },
        },
        Shape {
            name: "one long line",
            small: SMALL,
            make: |n| repeat(n, |i| format!("woord{i} ")),
        },
        Shape {
            name: "many links",
            small: SMALL,
            make: |n| repeat(n, |i| format!("[link {i}](https://example.org/{i}) ")),
        },
        Shape {
            name: "wide table",
            small: SMALL,
            make: |n| {
                let columns = n / 40;
                let row = |cell: &str| {
                    let mut line = String::from("|");
                    for c in 0..columns {
                        line.push_str(&format!(" {cell}{c} |"));
                    }
                    line.push('\n');
                    line
                };
                let mut text = String::from("---\ntitle: Scaling\n---\n");
                text.push_str(&row("kop"));
                text.push_str(&"|---".repeat(columns));
                text.push_str("|\n");
                text.push_str(&row("cel"));
                text
            },
        },
        Shape {
            name: "runs of emphasis delimiters",
            small: SMALL,
            make: |n| repeat(n, |_| "*a **b _c __d ".to_owned()),
        },
        Shape {
            name: "unclosed link brackets",
            small: SMALL,
            make: |n| repeat(n, |_| "[a ".to_owned()),
        },
        Shape {
            name: "front matter with thousands of keys",
            small: SMALL_FRONT_MATTER,
            make: |n| {
                let mut text = String::from("---\ntitle: Scaling\n");
                let mut index = 0;
                while text.len() < n {
                    text.push_str(&format!("key{index}: value {index}\n"));
                    index += 1;
                }
                text.push_str("---\nTekst.\n");
                text
            },
        },
        Shape {
            name: "front matter lists of thousands of items",
            small: SMALL_FRONT_MATTER,
            make: |n| {
                let mut text = String::from("---\ntitle: Scaling\ntags:\n");
                let mut index = 0;
                while text.len() < n / 2 {
                    text.push_str(&format!("  - tag {index}\n"));
                    index += 1;
                }
                text.push_str("skills:\n");
                while text.len() < n {
                    text.push_str(&format!("  - onbekend-{index}\n"));
                    index += 1;
                }
                text.push_str("---\nTekst.\n");
                text
            },
        },
        Shape {
            name: "list items naming skills",
            small: SMALL,
            make: |n| {
                repeat(n, |i| match i % 4 {
                    0 => "- Presentaties geven aan stakeholders\n".to_owned(),
                    1 => "- De juiste prioriteiten kiezen als het druk is\n".to_owned(),
                    2 => "- Stakeholdergesprekken voorbereiden\n".to_owned(),
                    _ => "- Een gewoon punt over de planning van vrijdag\n".to_owned(),
                })
            },
        },
        Shape {
            name: "table cells and headings naming skills",
            small: SMALL,
            make: |n| {
                repeat(n, |i| {
                    format!(
                        "### Presentaties {i}\n\n| Vaardigheid | Niveau |\n|---|---|\n| Luisteren | 3 |\n\n"
                    )
                })
            },
        },
    ]
}

/// The best of [`RUNS`] loads of one article file holding `text`.
fn load_time(dir: &Path, text: &str, catalogue: &Arc<SkillRecogniser>) -> Duration {
    std::fs::write(dir.join("article.md"), text).unwrap();
    (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            let mut library = ArticleLibrary::new(Arc::clone(catalogue));
            library.set_source(ArticleSource::User, Some(dir.to_path_buf()));
            black_box(library.articles().count());
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The best of [`RUNS`] plain pulldown-cmark renderings of `text`.
fn parser_time(text: &str) -> Duration {
    (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            let mut out = String::with_capacity(text.len() * 2);
            html::push_html(&mut out, Parser::new_ext(text, parser_options()));
            black_box(out);
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let catalogue = Arc::new(
        SkillRecogniser::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../articles/skills.toml"),
        )
        .unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    println!("Adversarial scaling: one article of n and of 8n bytes, best of {RUNS} loads");
    println!();
    println!("| shape | n | time at n | time at 8n | ratio | pulldown-cmark alone: ratio |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut worst: f64 = 0.0;
    for shape in shapes() {
        let small = (shape.make)(shape.small);
        let large = (shape.make)(shape.small * 8);
        let t_small = load_time(dir.path(), &small, &catalogue);
        let t_large = load_time(dir.path(), &large, &catalogue);
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        let parser_ratio =
            parser_time(&large).as_secs_f64() / parser_time(&small).as_secs_f64().max(1e-9);
        worst = worst.max(ratio);
        println!(
            "| {} | {} KB | {:.2} ms | {:.2} ms | {ratio:.1} | {parser_ratio:.1} |",
            shape.name,
            small.len() / 1024,
            t_small.as_secs_f64() * 1e3,
            t_large.as_secs_f64() * 1e3,
        );
    }
    println!();
    println!("worst ratio: {worst:.1} (goal: at most {GOAL:.0}; linear is 8, quadratic 64)");
}
