//! The forms a word is looked up by: the word, its Dutch and English Snowball stems, and, for a
//! long word, the pieces of a Dutch compound ("stakeholdergesprekken" holds "stakeholder" and
//! "gesprek", "tijdsdruk" holds "druk").
//!
//! Catalogue words and the words of a text are reduced the same way, so "presentaties" and
//! "presentatie" meet at their Dutch stem. The language of a single list item is unknowable, so
//! both stemmers run on every word, but each kind of form is looked up apart ([`Form`]): a Dutch
//! stem only meets Dutch stems. Otherwise the Dutch stemmer's "list" (from the English "listen")
//! would be found in "checklist".

use rust_stemmers::{Algorithm, Stemmer};

/// A compound piece has at least this many characters (shorter pieces match by accident).
const MIN_PIECE_CHARS: usize = 4;
/// Words longer than this are not split into pieces (no real compound is, and it bounds work).
const MAX_COMPOUND_CHARS: usize = 40;

/// What a form is: the word as written, or its stem by one of the two stemmers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Word,
    Dutch,
    English,
}

impl Form {
    /// Its place among the matcher's three maps of forms.
    pub(crate) fn index(self) -> usize {
        match self {
            Self::Word => 0,
            Self::Dutch => 1,
            Self::English => 2,
        }
    }
}

/// The two Snowball stemmers. `Stemmer::create` only picks a function, so this is cheap to make
/// wherever it is needed and nothing has to be shared between threads.
pub(crate) struct Stemmers {
    nl: Stemmer,
    en: Stemmer,
}

impl std::fmt::Debug for Stemmers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmers(nl, en)")
    }
}

impl Stemmers {
    pub(crate) fn new() -> Self {
        Self {
            nl: Stemmer::create(Algorithm::Dutch),
            en: Stemmer::create(Algorithm::English),
        }
    }

    /// Calls `found` with the word (already normalised) and its two stems.
    pub(crate) fn forms(&self, word: &str, found: &mut impl FnMut(Form, &str)) {
        found(Form::Word, word);
        found(Form::Dutch, &self.nl.stem(word));
        found(Form::English, &self.en.stem(word));
    }

    /// Calls `found` with the pieces of `word` read as a compound: every prefix and suffix of at
    /// least [`MIN_PIECE_CHARS`] characters whose rest is at least as long, the prefix also
    /// without a linking `s` ("tijds|druk"), and the suffix also stemmed. Linear in the word
    /// for the bounded words it splits.
    ///
    /// `worth(piece)` says whether a piece can be a form at all (see `SkillMatcher::could_be`);
    /// pieces it refuses are neither stemmed nor looked up, which keeps this cheap.
    pub(crate) fn compound_pieces(
        &self,
        word: &str,
        worth: &impl Fn(&str) -> bool,
        found: &mut impl FnMut(Form, &str),
    ) {
        let boundaries: Vec<usize> = word.char_indices().map(|(index, _)| index).collect();
        let chars = boundaries.len();
        if !(2 * MIN_PIECE_CHARS..=MAX_COMPOUND_CHARS).contains(&chars) {
            return;
        }
        let prefixes = worth(word);
        for &split in boundaries
            .get(MIN_PIECE_CHARS..=chars - MIN_PIECE_CHARS)
            .unwrap_or_default()
        {
            let (prefix, suffix) = word.split_at(split);
            if prefixes {
                found(Form::Word, prefix);
                if let Some(without_s) = prefix.strip_suffix('s')
                    && without_s.chars().count() >= MIN_PIECE_CHARS
                {
                    found(Form::Word, without_s);
                }
            }
            if !worth(suffix) {
                continue;
            }
            self.forms(suffix, &mut |kind, form: &str| {
                if form.chars().count() >= MIN_PIECE_CHARS {
                    found(kind, form);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        let mut out = Vec::new();
        Stemmers::new().forms(word, &mut |_, form| out.push(form.to_owned()));
        out
    }

    fn pieces(word: &str) -> Vec<String> {
        let mut out = Vec::new();
        Stemmers::new().compound_pieces(word, &|_| true, &mut |_, form| out.push(form.to_owned()));
        out
    }

    #[test]
    fn each_kind_of_form_has_its_own_place() {
        assert_ne!(Form::Dutch.index(), Form::Word.index());
        assert_ne!(Form::English.index(), Form::Dutch.index());
    }

    #[test]
    fn inflections_meet_at_their_stems() {
        let stem_of = |word: &str| forms(word);
        let plural = stem_of("presentaties");
        assert!(
            stem_of("presentatie")
                .iter()
                .any(|form| plural.contains(form)),
            "Dutch singular and plural share a form: {plural:?}"
        );
        let listening = stem_of("listening");
        assert!(
            listening.contains(&"listen".to_owned()),
            "English -ing: {listening:?}"
        );
        assert_eq!(stem_of("team")[0], "team", "the word itself comes first");
    }

    #[test]
    fn compounds_give_their_pieces() {
        let pressure = pieces("tijdsdruk");
        assert!(
            pressure.contains(&"druk".to_owned()),
            "tijds|druk: {pressure:?}"
        );
        let meetings = pieces("stakeholdergesprekken");
        assert!(meetings.contains(&"stakeholder".to_owned()), "{meetings:?}");
        assert!(
            meetings.contains(&"gesprek".to_owned()),
            "the suffix is stemmed: {meetings:?}"
        );
        assert!(pieces("team").is_empty(), "short words are not split");
        assert!(
            pieces(&"a".repeat(200)).is_empty(),
            "very long words are not split"
        );
        assert!(
            !pieces("luisteraar").iter().any(|piece| piece.len() < 4),
            "no piece shorter than four characters"
        );
    }
}
