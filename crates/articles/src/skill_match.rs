//! Skill detection: which catalogue skill a short piece of text names.
//!
//! Articles name skills the way people write them: "Presentaties", "presentatie geven",
//! "de juiste prioriteiten kiezen als het druk is", "stakeholdergesprekken", in list items,
//! table cells, headings and the bold lead of a paragraph. Steps:
//!
//! 1. [`normalize`]: accents dropped, lowercase, words separated by single spaces;
//! 2. the *head* of the text is what comes before the first separator (`:`, `;`, `(`, `–`, `—`,
//!    ` - `, or `.`/`,` before a space): what follows is a description, not the name;
//! 3. each word of the head that is not a filler word is reduced to its forms ([`words`]): the
//!    word, its Dutch and English Snowball stems, and the pieces of a Dutch compound;
//! 4. [`matcher::SkillMatcher`] looks the forms up among the catalogue's key words (names,
//!    aliases, keywords and their synonyms, all reduced the same way) and decides, per skill,
//!    whether the head names it (the rules are in that module).
//!
//! Every step is linear in the text and bounded: only the first [`matcher::MAX_HEAD_BYTES`]
//! bytes of a text are looked at.

pub(crate) mod matcher;
pub(crate) mod word_cache;
pub(crate) mod words;

pub(crate) use matcher::{ItemMatch, Outcome, SkillMatcher, Unnamed};

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Normalises `text` for matching and search: accents dropped, lowercase, words separated by
/// single spaces. `"Overleg met Stakeholders – wekelijks"` becomes
/// `"overleg met stakeholders wekelijks"`.
pub fn normalize(text: &str) -> String {
    // Two simple passes are faster than one branchy pass: map every byte (separators to
    // spaces), then collapse runs of spaces.
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut index = 0;
    while index < bytes.len() {
        let rest = bytes.get(index..).unwrap_or_default();
        let run = rest
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.extend(
            rest.iter()
                .take(run)
                .map(|&b| ASCII_FOLD_OR_SPACE[usize::from(b & 0x7F)]),
        );
        index += run;
        let Some(c) = text.get(index..).and_then(|tail| tail.chars().next()) else {
            break;
        };
        fold_char(c, &mut out);
        index += c.len_utf8();
    }
    out.dedup_by(|next, previous| *next == b' ' && *previous == b' ');
    if out.last() == Some(&b' ') {
        out.pop();
    }
    if out.first() == Some(&b' ') {
        out.remove(0);
    }
    into_string(out)
}

/// Appends the folded form of one non-ASCII character: its base letters in lowercase, or a
/// space for anything that is not a letter or digit.
fn fold_char(c: char, out: &mut Vec<u8>) {
    // Smart punctuation (quotes, dashes, ellipsis) and other general punctuation are common
    // in articles and never letters: skip the Unicode tables for them.
    if ('\u{2000}'..='\u{206F}').contains(&c) || c == '\u{00A0}' {
        out.push(b' ');
        return;
    }
    decompose_canonical(c, |part| {
        if is_combining_mark(part) {
            return;
        }
        if part.is_alphanumeric() {
            for lower in part.to_lowercase().filter(|l| !is_combining_mark(*l)) {
                let mut buffer = [0u8; 4];
                out.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
            }
        } else {
            out.push(b' ');
        }
    });
}

/// ASCII byte → its lowercase form if alphanumeric, else a space.
static ASCII_FOLD_OR_SPACE: [u8; 128] = {
    let mut table = [b' '; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() {
            table[byte] = b.to_ascii_lowercase();
        }
        byte += 1;
    }
    table
};

/// The folder only writes whole UTF-8 characters, so this never needs its fallback.
fn into_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// The catalogue's word lists that are not skills.
#[derive(Debug, Clone, Default)]
pub(crate) struct CatalogueWords {
    /// Words that never count when matching (articles, pronouns, prepositions).
    pub(crate) filler: Vec<String>,
    /// Words that say the list after a heading or paragraph names skills.
    pub(crate) list: Vec<String>,
}

/// The text before its first separator: `:`, `;`, `(`, `)`, `[`, `!`, `?`, an en or em dash,
/// a hyphen with a space before and after, or `.` / `,` followed by a space or the end. A
/// separator before the first letter or digit does not count.
pub(crate) fn head(text: &str) -> &str {
    let mut seen_word = false;
    let mut previous = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let ends_here = match c {
            ':' | ';' | '(' | ')' | '[' | '!' | '?' | '–' | '—' => true,
            '.' | ',' => next.is_none_or(char::is_whitespace),
            '-' => previous.is_whitespace() && next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if ends_here && seen_word {
            return text.get(..index).unwrap_or(text);
        }
        seen_word |= c.is_alphanumeric();
        previous = c;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_accents_case_and_punctuation() {
        assert_eq!(
            normalize("Overleg met Stakeholders – wekelijks"),
            "overleg met stakeholders wekelijks"
        );
        assert_eq!(
            normalize("  Één café, twéé! "),
            "een cafe twee",
            "accents and punctuation go"
        );
        assert_eq!(
            normalize("LUISTEREN EN DOORVRAGEN"),
            "luisteren en doorvragen"
        );
        assert_eq!(normalize("---"), "", "only separators: nothing left");
        assert_eq!(
            normalize("Straße İstanbul"),
            "straße istanbul",
            "non-ASCII letters stay letters"
        );
        assert_eq!(normalize("e-mail_adres"), "e mail adres");
    }
}
