//! Text folded for search, precomputed when an article loads.
//!
//! Search is accent- and case-insensitive substring search. Article text is folded once at load
//! (lowercase, accents dropped, typographic quotes and dashes made plain ASCII) and queries are
//! folded the same way, so "financien", "Financiën" and "FINANCIËN" all find "Financiën", and
//! a typed `it's` finds the smart-quoted `it’s`. Unlike skill matching, punctuation is kept:
//! a term like `e-mail` must match as written, and folding stays a cheap copy with in-place
//! ASCII lowercasing, which matters because every article body is folded at start.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The normalised search fields of one article.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchText {
    pub(crate) title: String,
    /// Excerpt, summary and tags, one per line (so no term spans two of them).
    pub(crate) meta: String,
    pub(crate) body: String,
}

/// Folds `text` for search (see the module docs).
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut index = 0;
    while index < text.len() {
        let rest = text.get(index..).unwrap_or_default();
        // ASCII runs are long in article text: copy them whole and lowercase them in place.
        let run = ascii_prefix_len(rest.as_bytes());
        let start = out.len();
        out.push_str(rest.get(..run).unwrap_or_default());
        if let Some(copied) = out.get_mut(start..) {
            copied.make_ascii_lowercase();
        }
        index += run;
        let Some(c) = text.get(index..).and_then(|tail| tail.chars().next()) else {
            break;
        };
        fold_char(c, &mut out);
        index += c.len_utf8();
    }
    out
}

/// The length of the ASCII prefix of `bytes`, eight bytes at a time.
fn ascii_prefix_len(bytes: &[u8]) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut checked = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if word & HIGH_BITS != 0 {
            break;
        }
        checked += 8;
    }
    let rest = bytes.get(checked..).unwrap_or_default();
    checked
        + rest
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len())
}

/// One non-ASCII character, folded.
fn fold_char(c: char, out: &mut String) {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '−' => out.push('-'),
        '…' => out.push_str("..."),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => out.push(' '),
        _ => decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                out.extend(
                    part.to_lowercase()
                        .filter(|lower| !is_combining_mark(*lower)),
                );
            }
        }),
    }
}

/// The terms of a query: split on whitespace, folded, punctuation trimmed from both ends
/// (`"(luisteren),"` searches for `luisteren`); terms of punctuation only are dropped.
pub(crate) fn terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|term| {
            fold(term)
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_owned()
        })
        .filter(|term| !term.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_and_plains_punctuation() {
        assert_eq!(fold("Financiën en CAFÉ"), "financien en cafe");
        assert_eq!(fold("It’s “slim” – echt…"), "it's \"slim\" - echt...");
        assert_eq!(
            fold("e-mail, stand-up"),
            "e-mail, stand-up",
            "punctuation is kept"
        );
        assert_eq!(fold("Straße\u{00A0}İstanbul"), "straße istanbul");
    }

    #[test]
    fn ascii_prefixes_are_measured_exactly() {
        assert_eq!(ascii_prefix_len(b""), 0);
        assert_eq!(ascii_prefix_len(b"abcdefghij"), 10);
        assert_eq!(ascii_prefix_len("abcdefghé".as_bytes()), 8);
        assert_eq!(ascii_prefix_len("abcé".as_bytes()), 3);
        assert_eq!(ascii_prefix_len("é".as_bytes()), 0);
    }

    #[test]
    fn query_terms_are_folded_and_trimmed() {
        assert_eq!(
            terms("  (Luisteren), E-mail IT’S ... "),
            ["luisteren", "e-mail", "it's"]
        );
        assert!(terms(" -- ").is_empty(), "punctuation alone is no term");
    }
}
