//! Folding text for search and cutting highlighted snippets out of it.
//!
//! One fold, used everywhere: what goes into the full-text index, the LIKE fallback for one-
//! and two-letter queries, and the highlighting. Folding is per character (lowercase, Unicode
//! canonical decomposition, combining marks dropped), so "Presentatie", "présentatie" and
//! "PRESENTATIE" all fold to "presentatie" and a match in folded text maps back to exact
//! characters of the original.
//!
//! Snippets come back as parts (`{ text, highlight }`), never as HTML or with markers in the
//! text: the UI renders each part as a text node, so nothing the trainee typed can become markup.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Characters of context shown before the first match.
const CONTEXT_BEFORE: usize = 40;
/// Characters a snippet shows at most (about two lines).
const SNIPPET_CHARS: usize = 160;

/// A piece of a snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SnippetPart {
    /// Plain text, to be shown as text (never parsed as HTML).
    pub text: String,
    /// Whether this part matched the search.
    pub highlight: bool,
}

/// A piece of one field of an entry around the first match in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Snippet {
    /// The field, as a path into the entry: `content.impact`, `tags[0]`, `skills[1].justification`.
    pub field: String,
    /// The text, in order; cut ends start or end with "…".
    pub parts: Vec<SnippetPart>,
}

/// Folds text for search: lowercase, accents removed.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        fold_char(ch, |folded| out.push(folded));
    }
    out
}

fn fold_char(ch: char, mut emit: impl FnMut(char)) {
    if ch.is_ascii() {
        emit(ch.to_ascii_lowercase());
        return;
    }
    for lower in ch.to_lowercase() {
        decompose_canonical(lower, |part| {
            if !is_combining_mark(part) {
                emit(part);
            }
        });
    }
}

/// The search terms of a query: folded, split on white space, empty ones dropped.
pub(crate) fn terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = query
        .split_whitespace()
        .map(fold)
        .filter(|t| !t.is_empty())
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

/// A snippet of `text` around the first match of any term, or `None` when nothing matches.
pub(crate) fn snippet(field: &str, text: &str, terms: &[String]) -> Option<Snippet> {
    // Find the first match in the whole text, then look for all matches in the window only.
    let first = match_ranges(text, terms, true).into_iter().next()?;
    let start = window_start(text, first.0);
    let longest = terms.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let shown = char_boundary_after(text, start, SNIPPET_CHARS).max(first.1);
    let searched = char_boundary_after(text, shown, longest);
    let window = text.get(start..searched).unwrap_or_default();
    let ranges: Vec<(usize, usize)> = match_ranges(window, terms, false)
        .into_iter()
        .map(|(from, to)| (start + from, start + to))
        .collect();
    let end = ranges
        .iter()
        .filter(|r| r.0 < shown)
        .map(|r| r.1)
        .fold(shown, usize::max);
    let mut parts = Vec::new();
    let mut push = |slice: &str, highlight: bool| {
        if !slice.is_empty() {
            parts.push(SnippetPart {
                text: slice.to_owned(),
                highlight,
            });
        }
    };
    if start > 0 {
        push("…", false);
    }
    let mut at = start;
    for &(from, to) in ranges.iter().filter(|r| r.0 < end) {
        push(text.get(at..from).unwrap_or_default(), false);
        push(text.get(from..to).unwrap_or_default(), true);
        at = to;
    }
    push(text.get(at..end).unwrap_or_default(), false);
    if end < text.len() {
        push("…", false);
    }
    Some(Snippet {
        field: field.to_owned(),
        parts,
    })
}

/// Byte ranges of `text` where a term matches (folded), sorted and merged; with `first_only`,
/// only the first match of each term.
fn match_ranges(text: &str, terms: &[String], first_only: bool) -> Vec<(usize, usize)> {
    let take = if first_only { 1 } else { usize::MAX };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    if text.is_ascii() {
        // Folding ASCII keeps every byte in place: no map back to the original is needed.
        let folded: std::borrow::Cow<'_, str> = if text.bytes().any(|b| b.is_ascii_uppercase()) {
            text.to_ascii_lowercase().into()
        } else {
            text.into()
        };
        for term in terms {
            ranges.extend(
                folded
                    .match_indices(term.as_str())
                    .take(take)
                    .map(|(from, m)| (from, from + m.len())),
            );
        }
    } else {
        // Each folded byte remembers the original character it came from.
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(text.len());
        for (at, ch) in text.char_indices() {
            let span = (
                u32::try_from(at).unwrap_or(u32::MAX),
                u32::try_from(at + ch.len_utf8()).unwrap_or(u32::MAX),
            );
            fold_char(ch, |part| {
                folded.push(part);
                origin.extend(std::iter::repeat_n(span, part.len_utf8()));
            });
        }
        for term in terms {
            for (from, matched) in folded.match_indices(term.as_str()).take(take) {
                let last = (from + matched.len())
                    .checked_sub(1)
                    .and_then(|i| origin.get(i));
                if let (Some(first), Some(last)) = (origin.get(from), last) {
                    ranges.push((first.0 as usize, last.1 as usize));
                }
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// Where a snippet starts: some characters before the match, moved forward to a word start.
fn window_start(text: &str, match_start: usize) -> usize {
    let before = text.get(..match_start).unwrap_or_default();
    let Some((back, _)) = before
        .char_indices()
        .rev()
        .nth(CONTEXT_BEFORE.saturating_sub(1))
    else {
        return 0;
    };
    match before
        .get(back..)
        .and_then(|rest| rest.find(char::is_whitespace))
    {
        Some(space) => {
            back + space
                + before
                    .get(back + space..)
                    .and_then(|s| s.chars().next())
                    .map_or(0, char::len_utf8)
        }
        None => back,
    }
}

/// The byte index `chars` characters after `start` (or the end of the text).
fn char_boundary_after(text: &str, start: usize, chars: usize) -> usize {
    text.get(start..)
        .and_then(|rest| rest.char_indices().nth(chars).map(|(at, _)| start + at))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(snippet: &Snippet) -> String {
        snippet
            .parts
            .iter()
            .map(|p| {
                if p.highlight {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn fold_drops_case_and_accents() {
        assert_eq!(
            fold("Één Présentatie CAFÉ naïef"),
            "een presentatie cafe naief"
        );
    }

    #[test]
    fn snippet_highlights_original_characters() {
        let s = snippet("f", "De PRÉSENTATIE ging goed", &terms("presen"))
            .unwrap_or_else(|| panic!("should match"));
        assert_eq!(
            render(&s),
            "De [PRÉSEN]TATIE ging goed",
            "the accented original is highlighted"
        );
    }

    #[test]
    fn long_text_is_cut_with_ellipses() {
        let text = format!(
            "{} doel bereikt {}",
            "woord ".repeat(50),
            "rest ".repeat(60)
        );
        let s = snippet("f", &text, &terms("doel")).unwrap_or_else(|| panic!("should match"));
        let shown = render(&s);
        assert!(
            shown.starts_with('…') && shown.ends_with('…'),
            "both ends cut: {shown}"
        );
        assert!(
            shown.contains("[doel]"),
            "the match is inside the window: {shown}"
        );
        assert!(
            shown.chars().count() < SNIPPET_CHARS + 10,
            "snippet stays short: {shown}"
        );
    }

    #[test]
    fn ascii_and_non_ascii_texts_highlight_alike() {
        let plain = snippet("f", "Presentatie en presentatie", &terms("PRESENT"))
            .unwrap_or_else(|| panic!("should match"));
        assert_eq!(render(&plain), "[Present]atie en [present]atie");
        let accented = snippet("f", "Présentatie en présentatie", &terms("present"))
            .unwrap_or_else(|| panic!("should match"));
        assert_eq!(render(&accented), "[Présent]atie en [présent]atie");
    }

    #[test]
    fn a_match_at_the_window_edge_is_shown_whole() {
        let text = format!("doel {}presentatie en nog veel meer tekst", "x".repeat(150));
        let s = snippet("f", &text, &terms("doel presentatie"))
            .unwrap_or_else(|| panic!("should match"));
        assert!(
            render(&s).contains("[presentatie]"),
            "the match crossing the edge is whole: {}",
            render(&s)
        );
    }

    #[test]
    fn no_match_no_snippet() {
        assert_eq!(snippet("f", "niets", &terms("xyz")), None);
    }
}
