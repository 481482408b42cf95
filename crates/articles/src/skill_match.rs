//! Text normalisation and the list-item skill matcher.
//!
//! Trainees write skill names the way they speak them: with or without accents, in any case,
//! followed by a colon or a dash and more text. Both sides are normalised the same way (Unicode
//! NFD, combining marks dropped, lowercase, runs of non-alphanumerics become one space, trimmed),
//! so "LUISTEREN EN DOORVRAGEN" and "Luisteren en doorvragen – wekelijks" both name the skill
//! "Luisteren en doorvragen".
//!
//! Matching runs for every list item while articles load, so it works on bytes: ASCII goes
//! through a lookup table and only other characters are decoded and decomposed.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// ASCII characters that may follow a skill name at the start of a list item.
const ASCII_SEPARATORS: &[u8] = b":-(.,";
/// Other characters that may follow a skill name (en and em dash).
const OTHER_SEPARATORS: [char; 2] = ['–', '—'];

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

/// ASCII byte → its lowercase form if alphanumeric, else 0 (a separator).
static ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        byte += 1;
    }
    table
};

/// Incremental normaliser: remembers whether a separator is pending between two words.
#[derive(Debug, Clone, Copy)]
struct Folder {
    /// A separator was seen after a word: the next word starts with a space.
    pending_space: bool,
    /// A word has been written (no space before the first word).
    started: bool,
}

impl Folder {
    fn new() -> Self {
        Self {
            pending_space: false,
            started: false,
        }
    }

    #[inline(always)]
    fn push_ascii(&mut self, byte: u8, out: &mut Vec<u8>) {
        let folded = ASCII_FOLD.get(usize::from(byte)).copied().unwrap_or(0);
        if folded == 0 {
            self.pending_space = self.started;
        } else {
            if self.pending_space {
                out.push(b' ');
                self.pending_space = false;
            }
            self.started = true;
            out.push(folded);
        }
    }

    fn push_char(&mut self, c: char, out: &mut Vec<u8>) {
        // Smart punctuation (quotes, dashes, ellipsis) and other general punctuation are common
        // in articles and never letters: skip the Unicode tables for them.
        if ('\u{2000}'..='\u{206F}').contains(&c) || c == '\u{00A0}' {
            self.pending_space = self.started;
            return;
        }
        decompose_canonical(c, |part| {
            if is_combining_mark(part) {
                return;
            }
            if part.is_alphanumeric() {
                for lower in part.to_lowercase() {
                    if !is_combining_mark(lower) {
                        if self.pending_space {
                            out.push(b' ');
                            self.pending_space = false;
                        }
                        self.started = true;
                        let mut buffer = [0u8; 4];
                        out.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
                    }
                }
            } else {
                self.pending_space = self.started;
            }
        });
    }
}

/// FNV-1a: the matcher's keys are a few dozen short strings from the catalogue, looked up for
/// every list item; SipHash's protection against crafted keys buys nothing here and costs
/// several times more per lookup.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// Finds which key (a normalised skill name or alias) a list item's text starts with.
#[derive(Debug, Clone, Default)]
pub(crate) struct SkillMatcher {
    /// Normalised name or alias → index of the skill in the catalogue.
    keys: HashMap<Vec<u8>, usize, FnvBuild>,
    /// The first word of every key: an item whose first word is not one of these names no
    /// skill, and matching stops there (most list items).
    first_words: HashSet<Vec<u8>, FnvBuild>,
    /// Byte length of the longest key: longer normalised prefixes cannot match.
    longest_key: usize,
}

impl SkillMatcher {
    /// Registers `name` for the skill at `index`. Returns the index already registered for the
    /// same normalised key by another skill, if any (an ambiguous catalogue).
    pub(crate) fn insert(&mut self, name: &str, index: usize) -> Result<(), usize> {
        let key = normalize(name).into_bytes();
        if key.is_empty() {
            return Ok(());
        }
        if let Some(&existing) = self.keys.get(&key) {
            return if existing == index {
                Ok(())
            } else {
                Err(existing)
            };
        }
        self.longest_key = self.longest_key.max(key.len());
        let first_word = key
            .split(|&b| b == b' ')
            .next()
            .unwrap_or_default()
            .to_vec();
        self.first_words.insert(first_word);
        self.keys.insert(key, index);
        Ok(())
    }

    /// Whether there is anything to match.
    pub(crate) fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The skill index that `text` names: its whole normalised text equals a key, or it starts
    /// with a key followed by one of `: - – — ( . ,`.
    pub(crate) fn find(&self, text: &str) -> Option<usize> {
        let mut item = self.start();
        item.feed(text);
        item.finish()
    }

    /// Starts matching a text that arrives in pieces (the text events of a list item).
    pub(crate) fn start(&self) -> ItemMatch<'_> {
        ItemMatch {
            matcher: self,
            normalised: Vec::with_capacity(self.longest_key + 8),
            folder: Folder::new(),
            prefix_match: None,
            done: false,
            first_word_checked: false,
        }
    }
}

/// Matching in progress: fed piece by piece, stops as soon as no key can match any more.
#[derive(Debug)]
pub(crate) struct ItemMatch<'m> {
    matcher: &'m SkillMatcher,
    normalised: Vec<u8>,
    folder: Folder,
    prefix_match: Option<usize>,
    /// Matching is decided: a name followed by a separator was found, or no key can match
    /// any more (too long, or a first word no key has).
    done: bool,
    first_word_checked: bool,
}

impl ItemMatch<'_> {
    /// Adds the next piece of the item's text; returns whether more text can still matter.
    pub(crate) fn feed(&mut self, text: &str) -> bool {
        if self.done {
            return false;
        }
        for c in text.chars() {
            let separator = if c.is_ascii() {
                ASCII_SEPARATORS.contains(&(c as u8))
            } else {
                OTHER_SEPARATORS.contains(&c)
            };
            if separator && !self.normalised.is_empty() {
                // Pending spaces are only written before the next word, so `normalised` has no
                // trailing space here. The first name followed by a separator decides.
                self.prefix_match = self.matcher.keys.get(&self.normalised).copied();
                if self.prefix_match.is_some() {
                    self.done = true;
                    return false;
                }
            }
            if c.is_ascii() {
                self.folder.push_ascii(c as u8, &mut self.normalised);
            } else {
                self.folder.push_char(c, &mut self.normalised);
            }
            if !self.first_word_possible() {
                return false;
            }
            if self.normalised.len() > self.matcher.longest_key {
                // Neither the whole text nor any longer prefix can equal a key any more.
                self.done = true;
                return false;
            }
        }
        true
    }

    /// A space between pieces (a soft line break inside the item).
    pub(crate) fn feed_space(&mut self) {
        self.folder.pending_space = self.folder.started;
        self.first_word_possible();
    }

    /// Once the first word is complete, checks that some key starts with it; marks the match
    /// as impossible otherwise.
    fn first_word_possible(&mut self) -> bool {
        if !self.first_word_checked && self.folder.pending_space {
            self.first_word_checked = true;
            if !self.matcher.first_words.contains(&self.normalised) {
                self.done = true;
            }
        }
        !self.done
    }

    /// The matched skill index, if any.
    pub(crate) fn finish(self) -> Option<usize> {
        if self.done {
            return self.prefix_match;
        }
        self.matcher
            .keys
            .get(&self.normalised)
            .copied()
            .or(self.prefix_match)
    }
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

    fn matcher() -> SkillMatcher {
        let mut matcher = SkillMatcher::default();
        for (name, index) in [
            ("Luisteren en doorvragen", 0),
            ("active listening", 0),
            ("Presentaties", 1),
        ] {
            assert_eq!(matcher.insert(name, index), Ok(()));
        }
        matcher
    }

    #[test]
    fn items_match_whole_or_followed_by_a_separator() {
        let matcher = matcher();
        assert_eq!(matcher.find("Luisteren en doorvragen"), Some(0));
        assert_eq!(
            matcher.find("LUISTEREN EN DOORVRAGEN"),
            Some(0),
            "case does not matter"
        );
        assert_eq!(
            matcher.find("Active listening: let the other finish"),
            Some(0)
        );
        assert_eq!(matcher.find("Presentaties – elke sprint"), Some(1));
        assert_eq!(matcher.find("Presentaties (demo)"), Some(1));
        assert_eq!(
            matcher.find("Presentatiés."),
            Some(1),
            "accents do not matter"
        );
        assert_eq!(
            matcher.find("Presentaties geven"),
            None,
            "a following word is not a separator"
        );
        assert_eq!(
            matcher.find("Over presentaties"),
            None,
            "the name must come first"
        );
        assert_eq!(matcher.find(""), None);
    }

    #[test]
    fn text_in_pieces_matches_like_text_in_one() {
        let matcher = matcher();
        let mut item = matcher.start();
        assert!(item.feed("Luisteren en"));
        item.feed_space();
        assert!(item.feed("doorvragen"));
        assert_eq!(
            item.finish(),
            Some(0),
            "a soft break between pieces is a space"
        );

        let mut split_after_first_word = matcher.start();
        split_after_first_word.feed("Luisteren");
        split_after_first_word.feed_space();
        split_after_first_word.feed("en doorvragen");
        assert_eq!(
            split_after_first_word.finish(),
            Some(0),
            "a break right after the first word"
        );

        let mut other = matcher.start();
        assert!(
            !other.feed("Iets anders dan een vaardigheid"),
            "an unknown first word stops matching"
        );
        assert_eq!(other.finish(), None);

        let mut long = matcher.start();
        assert!(
            !long.feed("Presentaties: en dan nog heel veel meer tekst dan een naam lang is"),
            "stops early"
        );
        assert_eq!(
            long.finish(),
            Some(1),
            "the prefix match found before stopping counts"
        );
    }

    #[test]
    fn the_item_matcher_folds_like_normalize() {
        for text in [
            "Één–twee",
            "“Quote” test…",
            "Straße İstanbul",
            "a\u{00A0}b",
            "x.y-z",
            "ÀÉÎÕÜ çñ",
            "Ⱥ en ǅ",
        ] {
            let mut matcher = SkillMatcher::default();
            assert_eq!(matcher.insert(text, 0), Ok(()));
            assert_eq!(
                matcher.find(text),
                Some(0),
                "{text:?} finds itself ({:?})",
                normalize(text)
            );
        }
    }

    #[test]
    fn a_key_for_two_skills_is_reported() {
        let mut matcher = matcher();
        assert_eq!(
            matcher.insert("presentaties", 2),
            Err(1),
            "ambiguous names are caught"
        );
        assert_eq!(
            matcher.insert("PRESENTATIES", 1),
            Ok(()),
            "repeating a skill's own name is fine"
        );
        assert!(!matcher.is_empty());
    }
}
