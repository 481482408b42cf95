//! Front matter: the `key: value` block at the top of an article, YAML between `---` lines or
//! TOML between `+++` lines.
//!
//! Steps: [`split`] finds the block (and the line the body starts on); [`parse`] reads it into a
//! loose [`Value`] tree (a fast path for simple blocks, else serde-saphyr with hard input
//! budgets on size, depth and aliases), then reads each known key leniently. Articles are written by hand, so a value of the wrong shape is a warning naming the
//! key and its line, never a crash, and unknown keys are ignored.

mod keys;
mod simple_yaml;
mod value;

use crate::problem::Problem;
use skills_catalogue::line_of;

use crate::error::ArticleError;
use crate::recogniser::SkillRecogniser;
use keys::KeyReader;
use skills_catalogue::Lang;
pub use value::Value;

/// Front matter larger than this is refused before it is parsed.
pub const MAX_FRONT_MATTER_BYTES: usize = 64 * 1024;
/// Nesting deeper than this is refused (nothing we read nests more than two levels).
const MAX_DEPTH: usize = 16;

/// The two front matter formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `---` … `---`
    Yaml,
    /// `+++` … `+++`
    Toml,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Self::Yaml => "YAML",
            Self::Toml => "TOML",
        }
    }
}

/// An article's text cut into front matter and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The front matter block and its format, if the file has one.
    pub front: Option<(Format, &'a str)>,
    /// The Markdown after the front matter.
    pub body: &'a str,
    /// The line of the file the body starts on (1-based).
    pub body_line: u32,
}

/// Finds the front matter block at the very start of `text` (a BOM already removed).
pub fn split(text: &str) -> Result<Split<'_>, ArticleError> {
    let (first, rest_start) = next_line(text, 0);
    let (format, delimiter) = match first {
        "---" => (Format::Yaml, "---"),
        "+++" => (Format::Toml, "+++"),
        _ => {
            return Ok(Split {
                front: None,
                body: text,
                body_line: 1,
            });
        }
    };
    let mut start = rest_start;
    let mut line_number: u32 = 1;
    while start < text.len() {
        let (line, next) = next_line(text, start);
        line_number = line_number.saturating_add(1);
        let closes = line == delimiter || (format == Format::Yaml && line == "...");
        if closes {
            let front = &text[rest_start..start];
            if front.len() > MAX_FRONT_MATTER_BYTES {
                return Err(ArticleError::FrontMatterTooLarge {
                    size: front.len() as u64,
                    limit: MAX_FRONT_MATTER_BYTES as u64,
                });
            }
            return Ok(Split {
                front: Some((format, front)),
                body: &text[next..],
                body_line: line_number.saturating_add(1),
            });
        }
        start = next;
    }
    Err(ArticleError::UnclosedFrontMatter { delimiter })
}

/// The line starting at byte `start` without its line ending or trailing spaces, and the byte
/// where the next line starts.
fn next_line(text: &str, start: usize) -> (&str, usize) {
    let rest = &text[start..];
    match rest.find('\n') {
        Some(end) => (rest[..end].trim_end(), start + end + 1),
        None => (rest.trim_end(), text.len()),
    }
}

/// What an article's front matter says, after lenient reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`
    pub title: Option<String>,
    /// `date`, as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `author`
    pub author: Option<String>,
    /// `summary`
    pub summary: Option<String>,
    /// `excerpt`: the text for the article list, when the writer chose one.
    pub excerpt: Option<String>,
    /// `tags`, trimmed, without duplicates.
    pub tags: Vec<String>,
    /// `lang`
    pub lang: Option<Lang>,
    /// `skills`: catalogue ids (unknown ids are dropped with a warning).
    pub skills: Vec<String>,
}

/// Parses a front matter block. `first_line` is the file line of the block's first line, so
/// errors and warnings point into the file. Errors mean the block is unusable; warnings are
/// pushed to `problems`.
pub fn parse(
    format: Format,
    text: &str,
    first_line: u32,
    recogniser: &SkillRecogniser,
    problems: &mut Vec<Problem>,
) -> Result<FrontMatter, ArticleError> {
    let value = match format {
        // Most blocks are simple; the fast path declines everything else (see `simple_yaml`).
        Format::Yaml => match simple_yaml::parse(text) {
            Some(value) => value,
            None => parse_yaml(text, first_line)?,
        },
        Format::Toml => parse_toml(text, first_line)?,
    };
    let entries = match value {
        Value::Map(entries) => entries,
        Value::Null => Vec::new(),
        _ => {
            return Err(ArticleError::FrontMatter {
                format: format.name(),
                line: Some(first_line),
                message: match format {
                    Format::Yaml => "write the front matter as `key: value` lines".to_owned(),
                    Format::Toml => "write the front matter as `key = value` lines".to_owned(),
                },
            });
        }
    };
    let mut reader = KeyReader {
        text,
        first_line,
        format,
        problems,
        front: FrontMatter::default(),
        key_lines: std::collections::HashMap::new(),
        warned: 0,
        dropped: 0,
    };
    for (key, value) in entries {
        reader.read(&key, value, recogniser);
    }
    Ok(reader.finish())
}

fn parse_yaml(text: &str, first_line: u32) -> Result<Value, ArticleError> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_reader_input_bytes: Some(MAX_FRONT_MATTER_BYTES),
            max_events: 20_000,
            max_aliases: 100,
            max_anchors: 100,
            max_depth: MAX_DEPTH,
            max_documents: 1,
            max_nodes: 10_000,
            max_total_scalar_bytes: MAX_FRONT_MATTER_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 1_000,
            max_replay_stack_depth: 8,
            max_alias_expansions_per_anchor: 20,
        },
        // Only `true`/`false` are booleans: `title: No` stays the text "No".
        strict_booleans: true,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options::<Value>(text, options).map_err(|error| {
        let location = error.location();
        let line = location
            .and_then(|l| u32::try_from(l.line()).ok())
            .filter(|&l| l > 0);
        ArticleError::FrontMatter {
            format: Format::Yaml.name(),
            line: Some(line.map_or(first_line, |l| first_line.saturating_add(l - 1))),
            message: yaml_message(&error),
        }
    })
}

/// serde-saphyr appends " at line L column C" (relative to the block) and more detail to its
/// messages; the problem carries the file line instead. Budget breaches (alias bombs, deep
/// nesting) get a sentence a writer can act on.
fn yaml_message(error: &serde_saphyr::Error) -> String {
    let rendered = error.to_string();
    let first = rendered.lines().next().unwrap_or(&rendered).trim();
    let message = first
        .find(" at line ")
        .map_or(first, |index| &first[..index]);
    // Budget and alias-replay errors come wrapped in location variants; their text is stable.
    let too_complex = ["limit", "budget", "exceeded"]
        .iter()
        .any(|word| message.contains(word));
    if too_complex {
        format!(
            "the front matter is too complex to read ({message}); write plain `key: value` lines without aliases or deep nesting"
        )
    } else {
        message.to_owned()
    }
}

fn parse_toml(text: &str, first_line: u32) -> Result<Value, ArticleError> {
    let table: toml::Table = toml::from_str(text).map_err(|error| ArticleError::FrontMatter {
        format: Format::Toml.name(),
        line: Some(error.span().map_or(first_line, |span| {
            first_line.saturating_add(line_of(text, span.start) - 1)
        })),
        message: error.message().trim().to_owned(),
    })?;
    Ok(Value::from(toml::Value::Table(table)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Number and text are the same to every key we read; compare scalars as text.
    fn as_text(value: Value) -> Value {
        match value {
            Value::Number(n) => Value::Text(n),
            Value::List(items) => Value::List(items.into_iter().map(as_text).collect()),
            Value::Map(entries) => {
                Value::Map(entries.into_iter().map(|(k, v)| (k, as_text(v))).collect())
            }
            other => other,
        }
    }

    #[test]
    fn the_fast_path_reads_what_serde_saphyr_reads() -> Result<(), ArticleError> {
        let mut blocks: Vec<String> = vec![
            "title: Gewoon\ntags: [a, b,]\nskills:\n- listening\n- teamwork\n".to_owned(),
            "title: 'Met '' quote'\nauthor: \"Dubbel\"\nlang: EN\nsummary: Het \"grote\" plan, C# en 50%\n".to_owned(),
            "title: 1984\nauthor: No\ndraft: false\nextra: null\nother: ~\nempty:\nlast: x\n".to_owned(),
            "# alleen commentaar\n\n".to_owned(),
            "tags: []\nskills: [ listening , teamwork ]\n".to_owned(),
        ];
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/front_matter");
        for entry in std::fs::read_dir(dir)
            .map_err(|e| ArticleError::Read(e.to_string()))?
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path())
                .map_err(|e| ArticleError::Read(e.to_string()))?;
            let text = text.trim_start_matches('\u{feff}').to_owned();
            if let Ok(Split {
                front: Some((Format::Yaml, block)),
                ..
            }) = split(&text)
            {
                blocks.push(block.to_owned());
            }
        }
        let mut fast = 0;
        for block in &blocks {
            if let Some(quick) = simple_yaml::parse(block) {
                fast += 1;
                let full = parse_yaml(block, 2)?;
                assert_eq!(
                    as_text(quick),
                    as_text(full),
                    "both readers agree on {block:?}"
                );
            }
        }
        assert!(
            fast >= 20,
            "the fast path takes the ordinary fixtures ({fast} of {})",
            blocks.len()
        );
        Ok(())
    }

    #[test]
    fn blocks_are_split_with_the_body_line() -> Result<(), ArticleError> {
        let split = split("---\ntitle: A\n---\n# Body\n")?;
        assert_eq!(split.front, Some((Format::Yaml, "title: A\n")));
        assert_eq!(split.body, "# Body\n");
        assert_eq!(split.body_line, 4, "the body starts after the closing line");

        let toml = super::split("+++\r\ntitle = \"A\"\r\n+++\r\nBody")?;
        assert_eq!(toml.front, Some((Format::Toml, "title = \"A\"\r\n")));
        assert_eq!(toml.body, "Body");

        let none = super::split("# Just Markdown\n---\n")?;
        assert_eq!(
            none.front, None,
            "a later `---` is a thematic break, not front matter"
        );
        Ok(())
    }

    #[test]
    fn an_unclosed_block_is_an_error_on_line_one() {
        let error = split("---\ntitle: A\n\n# Body\n").err();
        assert_eq!(
            error,
            Some(ArticleError::UnclosedFrontMatter { delimiter: "---" })
        );
        assert_eq!(error.and_then(|e| e.line()), Some(1));
    }
}
