//! Reading the known front matter keys leniently: each key's value is checked for the shape we
//! expect, and anything else becomes a warning naming the key and its line in the file.

use super::{Format, FrontMatter, Value};
use crate::problem::{Problem, ProblemCode};
use crate::recogniser::SkillRecogniser;
use skills_catalogue::Lang;

/// Reads known keys one by one, collecting warnings that point at the key's line.
pub(super) struct KeyReader<'a> {
    pub(super) text: &'a str,
    pub(super) first_line: u32,
    pub(super) format: Format,
    pub(super) problems: &'a mut Vec<Problem>,
    pub(super) front: FrontMatter,
    /// The line of each key warned about, found once.
    pub(super) key_lines: std::collections::HashMap<String, Option<u32>>,
    /// Warnings pushed, and those left out past [`MAX_FRONT_MATTER_PROBLEMS`].
    pub(super) warned: usize,
    pub(super) dropped: usize,
}

/// At most this many front matter warnings are listed per article; the rest are counted.
const MAX_FRONT_MATTER_PROBLEMS: usize = 20;

impl KeyReader<'_> {
    /// Adds the count of the warnings left out, if any, and hands over what was read.
    pub(super) fn finish(self) -> FrontMatter {
        if self.dropped > 0 {
            let message = format!("and {} more front matter warnings like these", self.dropped);
            let more = Problem::warning(Some(self.first_line), ProblemCode::MoreWarnings, message);
            self.problems.push(more.with("count", self.dropped));
        }
        self.front
    }

    pub(super) fn read(&mut self, key: &str, value: Value, recogniser: &SkillRecogniser) {
        if value == Value::Null {
            return;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" => self.front.title = self.text_value(key, &value),
            "author" => self.front.author = self.text_value(key, &value),
            "summary" => self.front.summary = self.text_value(key, &value),
            "excerpt" => self.front.excerpt = self.text_value(key, &value),
            "date" => self.front.date = self.date_value(key, &value),
            "tags" => self.front.tags = dedup_case_insensitive(self.list_value(key, &value)),
            "lang" => self.front.lang = self.lang_value(key, &value),
            "skills" => self.front.skills = self.skills_value(key, &value, recogniser),
            _ => {}
        }
    }

    fn warn(&mut self, key: &str, code: ProblemCode, args: &[(&str, &str)], message: String) {
        // One scan of the block per key, however many warnings the key has (a `skills` list of
        // thousands of unknown ids would otherwise scan it thousands of times).
        let (text, format) = (self.text, self.format);
        let found = *self
            .key_lines
            .entry(key.to_owned())
            .or_insert_with(|| key_line(text, key, format));
        let line = found.map(|l| self.first_line.saturating_add(l - 1));
        if self.warned >= MAX_FRONT_MATTER_PROBLEMS {
            self.dropped += 1;
            return;
        }
        self.warned += 1;
        let problem = args.iter().fold(
            Problem::warning(line, code, message).with("key", key),
            |problem, (name, value)| problem.with(name, value),
        );
        self.problems.push(problem);
    }

    fn text_value(&mut self, key: &str, value: &Value) -> Option<String> {
        match value.scalar_text() {
            Some(text) => Some(text.trim().to_owned()).filter(|t| !t.is_empty()),
            None => {
                self.warn(
                    key,
                    ProblemCode::NotText,
                    &[("shape", value.shape_code())],
                    format!(
                        "`{key}` should be text, not {}; it is ignored",
                        value.shape()
                    ),
                );
                None
            }
        }
    }

    /// A list of scalars, or one comma-separated text.
    fn list_value(&mut self, key: &str, value: &Value) -> Vec<String> {
        let items: Vec<String> = match value {
            Value::List(items) => {
                let mut texts = Vec::with_capacity(items.len());
                for item in items {
                    match item.scalar_text() {
                        Some(text) => texts.push(text),
                        None if *item == Value::Null => {}
                        None => self.warn(
                            key,
                            ProblemCode::ItemNotText,
                            &[("shape", item.shape_code())],
                            format!(
                                "an item of `{key}` is {}, not text; it is ignored",
                                item.shape()
                            ),
                        ),
                    }
                }
                texts
            }
            Value::Map(_) => {
                self.warn(
                    key,
                    ProblemCode::NotAList,
                    &[],
                    format!("`{key}` should be a list or comma-separated text, not a mapping; it is ignored"),
                );
                Vec::new()
            }
            scalar => scalar
                .scalar_text()
                .map(|t| t.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
        };
        items
            .into_iter()
            .map(|item| item.trim().to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    }

    fn date_value(&mut self, key: &str, value: &Value) -> Option<String> {
        let text = self.text_value(key, value)?;
        let date = parse_date(&text);
        if date.is_none() {
            self.warn(
                key,
                ProblemCode::NotADate,
                &[("value", &text)],
                format!("`{key}: {text}` is not a date; write it as YYYY-MM-DD"),
            );
        }
        date
    }

    fn lang_value(&mut self, key: &str, value: &Value) -> Option<Lang> {
        let text = self.text_value(key, value)?;
        let lang = Lang::from_code(&text);
        if lang.is_none() {
            self.warn(
                key,
                ProblemCode::UnknownLang,
                &[("value", &text)],
                format!("`{key}: {text}` is not a language the app speaks; use `nl` or `en`"),
            );
        }
        lang
    }

    fn skills_value(
        &mut self,
        key: &str,
        value: &Value,
        recogniser: &SkillRecogniser,
    ) -> Vec<String> {
        let mut skills: Vec<String> = Vec::new();
        for id in self.list_value(key, value) {
            if recogniser.catalogue().get(&id).is_some() {
                if !skills.contains(&id) {
                    skills.push(id);
                }
                continue;
            }
            match recogniser.match_item(&id) {
                Some(known) => self.warn(
                    key,
                    ProblemCode::UnknownSkillSuggest,
                    &[("id", &id), ("suggestion", known)],
                    format!("unknown skill `{id}` in `{key}`; did you mean `{known}`?"),
                ),
                None => {
                    let ids = recogniser.catalogue().id_list();
                    self.warn(
                        key,
                        ProblemCode::UnknownSkill,
                        &[("id", &id), ("known", &ids)],
                        format!("unknown skill `{id}` in `{key}`; known skills: {ids}"),
                    );
                }
            }
        }
        skills
    }
}

/// The 1-based line of `key` within the block, when it starts a line.
fn key_line(text: &str, key: &str, format: Format) -> Option<u32> {
    let mut number = 0u32;
    for line in text.lines() {
        number = number.saturating_add(1);
        let Some(rest) = line.strip_prefix(key) else {
            continue;
        };
        let rest = rest.trim_start();
        let found = match format {
            Format::Yaml => rest.starts_with(':'),
            Format::Toml => rest.starts_with('='),
        };
        if found {
            return Some(number);
        }
    }
    None
}

/// A date or date-time as `YYYY-MM-DD`; a date-time keeps the date in its own offset.
fn parse_date(text: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let text = text.trim();
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|d| d.date_naive())
        })
        .or_else(|| {
            [
                "%Y-%m-%d %H:%M:%S%.f %:z",
                "%Y-%m-%d %H:%M:%S%.f%:z",
                "%Y-%m-%d %H:%M%:z",
                "%Y-%m-%d %H:%M:%S%.f %z",
            ]
            .iter()
            .find_map(|format| DateTime::parse_from_str(text, format).ok())
            .map(|d| d.date_naive())
        })
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
                "%Y-%m-%d %H:%M",
            ]
            .iter()
            .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
            .map(|d| d.date())
        })?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// Removes later duplicates that differ only in case, keeping the first spelling.
fn dedup_case_insensitive(items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items
        .into_iter()
        .filter(|item| seen.insert(item.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_their_own_offset() {
        assert_eq!(parse_date("2024-03-01").as_deref(), Some("2024-03-01"));
        assert_eq!(
            parse_date("2024-03-01T23:30:00+02:00").as_deref(),
            Some("2024-03-01"),
            "not shifted to UTC"
        );
        assert_eq!(
            parse_date("2024-03-01T00:30:00-05:00").as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(
            parse_date("2024-03-01 10:15:00 +01:00").as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(
            parse_date("2024-03-01T10:15:00Z").as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(
            parse_date("2024-03-01T10:15:00").as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(parse_date("1 maart 2024"), None);
        assert_eq!(parse_date("2024-02-30"), None, "no such day");
    }

    #[test]
    fn key_lines_are_found_in_both_formats() {
        assert_eq!(
            key_line("title: A\ntags: [a]\n", "tags", Format::Yaml),
            Some(2)
        );
        assert_eq!(
            key_line("title = 'A'\ntags = 'a'\n", "tags", Format::Toml),
            Some(2)
        );
        assert_eq!(key_line("tagsx: 1\n", "tags", Format::Yaml), None);
    }

    #[test]
    fn duplicates_differing_in_case_are_dropped() {
        let tags = vec!["Scrum".to_owned(), "scrum".to_owned(), "Team".to_owned()];
        assert_eq!(
            dedup_case_insensitive(tags),
            vec!["Scrum".to_owned(), "Team".to_owned()]
        );
    }
}
