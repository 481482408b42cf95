//! Decides which skill, if any, the head of a text names.
//!
//! The catalogue gives every skill *phrases*: its names, its aliases and its keywords. A phrase
//! is a set of *concepts*, one per word that is not a filler word; a concept is a word together
//! with the synonyms the skill lists for it ("zaken" with "dingen"). A concept is found in a
//! text when one of the forms of a text word ([`super::words`]) equals a form of one of its words.
//!
//! A text's head (its content words, filler dropped) names a skill when one of the skill's
//! phrases is complete (every concept found) and either
//! - every content word of the head belongs to the skill ("Presentaties", "Overleg met
//!   stakeholders": a name or alias, inflected or reordered), or
//! - the phrase is *specific* (two concepts or more, or a keyword) and either the head starts
//!   with one of the skill's words *as the catalogue writes it* (or a compound holding one), or
//!   more than half of its content words are the skill's ("Samenwerken in multidisciplinaire
//!   teams binnen je afdeling", "de juiste prioriteiten kiezen als het druk is"). Only a written
//!   form counts at the start: "Luisteren naar de klant" names the skill, the imperative
//!   "Luister morgen de podcast" (which only shares the stem) does not.
//!
//! One common word is never enough on its own: "Het team gaf een demo" names nothing, because
//! "team" and "demo" are no single-word phrase and half of its words are not a skill's. When
//! several skills qualify, the one that covers most words wins, then the longer phrase, then
//! catalogue order.

use std::collections::HashMap;

// FxHash (from the Rust compiler) for the maps looked up once per word of every list item,
// heading and table cell: its keys are short strings from our own catalogue and articles, so
// SipHash's protection against crafted collisions buys nothing here at several times the cost
// (rivals: foldhash, ahash; rustc-hash is dependency-free and already in the lockfile).
use rustc_hash::{FxHashMap, FxHashSet};

use super::word_cache::{GENERATIONS, WORD_HITS, WordHits};
use super::words::{Form, Stemmers};
use super::{CatalogueWords, head, normalize};
use skills_catalogue::Skill;

/// Only this much of a text is looked at: a skill's name comes first, and it bounds the work
/// per list item, table cell or heading.
pub(crate) const MAX_HEAD_BYTES: usize = 400;
/// A head with more content words than this is a sentence, not the name of a skill.
const MAX_HEAD_WORDS: usize = 16;
/// A head that names no skill is offered to the trainee to place only up to this many content
/// words; longer ones describe rather than name.
const MAX_UNNAMED_WORDS: usize = 8;

/// The catalogue's words, reduced to forms, and the phrases built from them.
#[derive(Debug, Clone, Default)]
pub(crate) struct SkillMatcher {
    /// Words that never count (articles, pronouns, prepositions), normalised.
    filler: FxHashSet<String>,
    /// Words that say a list names skills ("vaardigheden", "skills"), normalised.
    list_words: FxHashSet<String>,
    /// Per kind of form (the word, its Dutch stem, its English stem: [`Form`] as index), the
    /// form → the concepts that have it. Kept apart so a Dutch stem never meets an English one,
    /// and looked up by `&str`, without building a key.
    forms: [FxHashMap<String, Vec<u32>>; 3],
    /// The first four bytes of every form of four bytes or more. Snowball stems and compound
    /// pieces begin with the letters of their word, so a word (or a piece) that begins with none
    /// of these can match no form: it is neither stemmed nor looked up. Most words of an article
    /// end here, which keeps detection close to the cost of reading the text.
    starts: FxHashSet<[u8; 4]>,
    /// Concept → the skill (catalogue index) it belongs to.
    concept_skill: Vec<usize>,
    phrases: Vec<Phrase>,
    /// Per skill (catalogue index): where its phrases are in `phrases` (they are stored skill by
    /// skill), so a text is checked only against the skills its words belong to.
    phrase_ranges: Vec<std::ops::Range<usize>>,
    /// Which build this is, for the per-thread cache of what words find (0: nothing to match).
    pub(super) generation: u64,
}

#[derive(Debug, Clone)]
struct Phrase {
    concepts: Vec<u32>,
    /// A keyword, or two concepts or more: may name its skill amid other words.
    specific: bool,
}

impl SkillMatcher {
    /// Builds the matcher from the catalogue's skills and words. Fails with a message when a
    /// name or alias belongs to two skills, or a synonym is not a single word.
    pub(crate) fn build(skills: &[Skill], words: &CatalogueWords) -> Result<Self, String> {
        let normalized = |words: &[String]| -> FxHashSet<String> {
            words
                .iter()
                .map(|word| normalize(word))
                .filter(|word| !word.is_empty())
                .collect()
        };
        let mut matcher = Self {
            filler: normalized(&words.filler),
            list_words: normalized(&words.list),
            generation: GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ..Self::default()
        };
        let mut owner_of_name: HashMap<String, usize> = HashMap::new();
        let stemmers = Stemmers::new();
        for (index, skill) in skills.iter().enumerate() {
            let names = [&skill.name.nl, &skill.name.en]
                .into_iter()
                .chain(&skill.aliases);
            for name in names.clone() {
                let key = normalize(name);
                if let Some(&other) = owner_of_name.get(&key)
                    && other != index
                {
                    let other_id = skills.get(other).map_or("?", |s| s.id.as_str());
                    return Err(format!(
                        "`{name}` names both skill `{other_id}` and skill `{}`; a name or alias may belong to one skill only",
                        skill.id
                    ));
                }
                owner_of_name.insert(key, index);
            }
            let first_phrase = matcher.phrases.len();
            let mut concepts = ConceptTable::new(&mut matcher, index, &stemmers);
            for (word, synonyms) in &skill.synonyms {
                concepts.group(word, synonyms).map_err(|word| {
                    format!(
                        "skill `{}`: the synonym `{word}` must be one word (write a phrase as a keyword instead)",
                        skill.id
                    )
                })?;
            }
            let mut phrases: Vec<(Vec<u32>, bool)> = Vec::new();
            for name in names {
                phrases.push((concepts.phrase(name), false));
            }
            for keyword in &skill.keywords {
                phrases.push((concepts.phrase(keyword), true));
            }
            for (mut concept_ids, keyword) in phrases {
                concept_ids.sort_unstable();
                concept_ids.dedup();
                if concept_ids.is_empty() {
                    continue;
                }
                let specific = keyword || concept_ids.len() > 1;
                matcher.phrases.push(Phrase {
                    concepts: concept_ids,
                    specific,
                });
            }
            matcher
                .phrase_ranges
                .push(first_phrase..matcher.phrases.len());
        }
        Ok(matcher)
    }

    /// Whether there is anything to match.
    pub(crate) fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The skill index that `text` names, if any.
    pub(crate) fn find(&self, text: &str) -> Option<usize> {
        let mut item = self.start();
        item.feed(text);
        item.finish_skill()
    }

    /// Starts matching a text that arrives in pieces (the text events of a list item).
    pub(crate) fn start(&self) -> ItemMatch<'_> {
        ItemMatch {
            matcher: self,
            text: String::new(),
            enough: false,
        }
    }

    /// Whether `text` (a heading, or the lead-in paragraph before a list) says that what follows
    /// names skills: a word of its end (the last [`MAX_HEAD_BYTES`] bytes) is a list word.
    pub(crate) fn introduces_skills(&self, text: &str) -> bool {
        let mut start = text.len().saturating_sub(MAX_HEAD_BYTES);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let tail = normalize(text.get(start..).unwrap_or_default());
        tail.split(' ').any(|word| self.list_words.contains(word))
    }

    /// What the head of `text` names: a skill, or else (when the head is short enough to be
    /// the name of one, and `unnamed` asks for it) the head itself, for the trainee to place.
    fn outcome(&self, text: &str, unnamed: bool) -> Outcome {
        let head = head(text).trim();
        let normalized = normalize(head);
        let mut words = normalized.split(' ').filter(|word| !word.is_empty());
        let Some(first) = words.next() else {
            return Outcome::default();
        };
        let content: Vec<&str> = std::iter::once(first)
            .chain(words)
            .filter(|word| !self.filler.contains(*word))
            .take(MAX_HEAD_WORDS + 1)
            .collect();
        if content.is_empty() || content.len() > MAX_HEAD_WORDS {
            return Outcome::default();
        }
        match self.best(first, &content) {
            Some(skill) => Outcome {
                skill: Some(skill),
                unnamed: None,
            },
            None if !unnamed || content.len() > MAX_UNNAMED_WORDS => Outcome::default(),
            None => Outcome {
                skill: None,
                unnamed: Some(Unnamed {
                    text: head.to_owned(),
                    key: normalized.clone(),
                }),
            },
        }
    }

    /// The skill that the head's content words name (the rules are in the module docs);
    /// `first` is the head's first word, filler or not.
    fn best(&self, first: &str, content: &[&str]) -> Option<usize> {
        // Heads are a few words: small vectors beat hash maps here.
        let mut found: Vec<u32> = Vec::new();
        // Per skill: how many content words are its words, and whether the first word is.
        let mut covered: Vec<Covered> = Vec::new();
        WORD_HITS.with_borrow_mut(|cache| {
            cache.serve(self);
            for (position, word) in content.iter().enumerate() {
                let Some(hits) = cache.hits(self, word) else {
                    continue;
                };
                let opens = position == 0 && *word == first;
                for &skill in &hits.skills {
                    let starts = opens && hits.written_skills.contains(&skill);
                    match covered.iter_mut().find(|c| c.skill == skill) {
                        Some(c) => {
                            c.words += 1;
                            c.starts |= starts;
                        }
                        None => covered.push(Covered {
                            skill,
                            words: 1,
                            starts,
                        }),
                    }
                }
                found.extend(&hits.concepts);
            }
        });
        // Most texts name nothing: none of their words is any skill's.
        if covered.is_empty() {
            return None;
        }
        // Catalogue order, so that on a tie the earlier skill stays.
        covered.sort_unstable_by_key(|c| c.skill);
        let mut best: Option<(usize, usize, usize)> = None;
        for c in &covered {
            let phrases = self
                .phrase_ranges
                .get(c.skill)
                .and_then(|range| self.phrases.get(range.clone()))
                .unwrap_or_default();
            for phrase in phrases {
                if !phrase.concepts.iter().all(|id| found.contains(id)) {
                    continue;
                }
                let whole = c.words == content.len();
                let amid = phrase.specific && (c.starts || 2 * c.words > content.len());
                if !(whole || amid) {
                    continue;
                }
                // Most words covered, then the longer phrase.
                let candidate = (c.words, phrase.concepts.len(), c.skill);
                if best.is_none_or(|(w, l, _)| (candidate.0, candidate.1) > (w, l)) {
                    best = Some(candidate);
                }
            }
        }
        best.map(|(_, _, skill)| skill)
    }

    /// What one word of a text finds among the catalogue's forms (see [`WordHits`]).
    pub(super) fn word_hits(&self, word: &str) -> WordHits {
        let stemmers = Stemmers::new();
        let worth = |text: &str| self.could_be(text);
        // Concepts found through any form, and through the written word or compound pieces.
        let mut concepts: Vec<u32> = Vec::new();
        let mut written: Vec<u32> = Vec::new();
        if worth(word) {
            stemmers.forms(word, &mut |kind, form| {
                if let Some(ids) = self.lookup(kind, form) {
                    concepts.extend(ids);
                    if kind == Form::Word {
                        written.extend(ids);
                    }
                }
            });
        }
        stemmers.compound_pieces(word, &worth, &mut |kind, form| {
            if let Some(ids) = self.lookup(kind, form) {
                concepts.extend(ids);
                written.extend(ids);
            }
        });
        let skills_of = |ids: &[u32]| {
            let mut skills: Vec<usize> = ids
                .iter()
                .filter_map(|&id| self.concept_skill.get(id as usize).copied())
                .collect();
            skills.sort_unstable();
            skills.dedup();
            skills
        };
        concepts.sort_unstable();
        concepts.dedup();
        WordHits {
            skills: skills_of(&concepts),
            written_skills: skills_of(&written),
            concepts,
        }
    }

    /// The concepts that have this form.
    fn lookup(&self, kind: Form, form: &str) -> Option<&Vec<u32>> {
        self.forms.get(kind.index())?.get(form)
    }

    /// Whether `text` (a word or a compound piece) can begin one of the catalogue's forms.
    fn could_be(&self, text: &str) -> bool {
        match text.as_bytes().first_chunk::<4>() {
            Some(start) => self.starts.contains(start),
            // Short words are looked up as they are (few, and cheap).
            None => !text.is_empty(),
        }
    }
}

/// Builds one skill's concepts: synonym groups first, then one concept per other word.
struct ConceptTable<'m, 's> {
    matcher: &'m mut SkillMatcher,
    skill: usize,
    stemmers: &'s Stemmers,
    by_word: HashMap<String, u32>,
}

impl<'m, 's> ConceptTable<'m, 's> {
    fn new(matcher: &'m mut SkillMatcher, skill: usize, stemmers: &'s Stemmers) -> Self {
        Self {
            matcher,
            skill,
            stemmers,
            by_word: HashMap::new(),
        }
    }

    /// One concept for `word` and its synonyms; `Err(word)` for a synonym of several words.
    fn group(&mut self, word: &str, synonyms: &[String]) -> Result<(), String> {
        let members: Vec<String> = std::iter::once(word)
            .chain(synonyms.iter().map(String::as_str))
            .map(normalize)
            .collect();
        if let Some(bad) = members.iter().position(|member| member.contains(' ')) {
            let shown = std::iter::once(word)
                .chain(synonyms.iter().map(String::as_str))
                .nth(bad)
                .unwrap_or(word);
            return Err(shown.to_owned());
        }
        let id = members
            .iter()
            .find_map(|member| self.by_word.get(member).copied())
            .unwrap_or_else(|| self.new_concept());
        for member in members.into_iter().filter(|member| !member.is_empty()) {
            self.register(&member, id);
            self.by_word.insert(member, id);
        }
        Ok(())
    }

    /// The concepts of a phrase's content words.
    fn phrase(&mut self, phrase: &str) -> Vec<u32> {
        let normalized = normalize(phrase);
        let words: Vec<String> = normalized
            .split(' ')
            .filter(|word| !word.is_empty() && !self.matcher.filler.contains(*word))
            .map(str::to_owned)
            .collect();
        words
            .into_iter()
            .map(|word| match self.by_word.get(&word) {
                Some(&id) => id,
                None => {
                    let id = self.new_concept();
                    self.register(&word, id);
                    self.by_word.insert(word, id);
                    id
                }
            })
            .collect()
    }

    fn new_concept(&mut self) -> u32 {
        let id = u32::try_from(self.matcher.concept_skill.len()).unwrap_or(u32::MAX);
        self.matcher.concept_skill.push(self.skill);
        id
    }

    fn register(&mut self, word: &str, id: u32) {
        let forms = &mut self.matcher.forms;
        let starts = &mut self.matcher.starts;
        self.stemmers.forms(word, &mut |kind, form| {
            if let Some(start) = form.as_bytes().first_chunk::<4>() {
                starts.insert(*start);
            }
            let Some(map) = forms.get_mut(kind.index()) else {
                return;
            };
            let ids = map.entry(form.to_owned()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        });
    }
}

/// Matching in progress: fed piece by piece, stops once the head is complete.
#[derive(Debug)]
pub(crate) struct ItemMatch<'m> {
    matcher: &'m SkillMatcher,
    text: String,
    /// The head has ended (a separator) or the text is long enough.
    enough: bool,
}

impl ItemMatch<'_> {
    /// Adds the next piece of the text; returns whether more text can still matter.
    pub(crate) fn feed(&mut self, piece: &str) -> bool {
        if self.enough {
            return false;
        }
        let room = MAX_HEAD_BYTES.saturating_sub(self.text.len());
        let mut end = piece.len().min(room);
        while !piece.is_char_boundary(end) {
            end -= 1;
        }
        let taken = piece.get(..end).unwrap_or_default();
        self.text.push_str(taken);
        let ended = self.text.chars().any(|c| c.is_alphanumeric())
            && taken.contains([':', ';', '(', '–', '—', '!', '?']);
        self.enough = ended || end < piece.len() || self.text.len() >= MAX_HEAD_BYTES;
        !self.enough
    }

    /// A space between pieces (a soft line break inside the item).
    pub(crate) fn feed_space(&mut self) {
        self.feed(" ");
    }

    /// What the text names.
    pub(crate) fn finish(self) -> Outcome {
        self.matcher.outcome(&self.text, true)
    }

    /// Only the skill the text names (no unnamed head is kept: cheaper).
    pub(crate) fn finish_skill(self) -> Option<usize> {
        self.matcher.outcome(&self.text, false).skill
    }
}

/// What a short text names: a skill, or a head that names none (a candidate for the trainee
/// to place when it stands in a list of skills).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// The catalogue index of the skill named.
    pub(crate) skill: Option<usize>,
    /// The head, when it names no skill but is short enough to be a skill's name.
    pub(crate) unnamed: Option<Unnamed>,
}

/// One skill's share of a head.
struct Covered {
    skill: usize,
    /// Content words of the head that are the skill's.
    words: usize,
    /// The head's first word is one of the skill's as written.
    starts: bool,
}

/// A head that names no catalogue skill.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Unnamed {
    /// As written (trimmed).
    pub(crate) text: String,
    /// Normalised: what a link to a skill is remembered by.
    pub(crate) key: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use skills_catalogue::LocalizedText;

    fn skill(id: &str, nl: &str, en: &str, aliases: &[&str], keywords: &[&str]) -> Skill {
        let text = |s: &str| LocalizedText {
            nl: s.to_owned(),
            en: s.to_owned(),
        };
        Skill {
            id: id.to_owned(),
            name: LocalizedText {
                nl: nl.to_owned(),
                en: en.to_owned(),
            },
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            keywords: keywords.iter().map(|k| (*k).to_owned()).collect(),
            synonyms: std::collections::BTreeMap::new(),
            description: text("d"),
            levels: vec![text("l"); 5],
        }
    }

    fn matcher() -> SkillMatcher {
        let mut explaining = skill(
            "explaining",
            "Complexe zaken eenvoudig uitleggen",
            "Explaining complex matters simply",
            &[],
            &[],
        );
        explaining
            .synonyms
            .insert("zaken".into(), vec!["dingen".into(), "onderwerpen".into()]);
        explaining
            .synonyms
            .insert("complexe".into(), vec!["ingewikkelde".into()]);
        explaining
            .synonyms
            .insert("eenvoudig".into(), vec!["simpel".into()]);
        let skills = [
            skill(
                "listening",
                "Luisteren en doorvragen",
                "Listening",
                &["actief luisteren"],
                &["luisteren"],
            ),
            skill("presentations", "Presentaties", "Presentations", &[], &[]),
            explaining,
            skill(
                "teamwork",
                "Samenwerking binnen teams",
                "Teamwork",
                &[],
                &[],
            ),
        ];
        let owned = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect();
        let words = CatalogueWords {
            filler: owned(&["de", "het", "een", "en", "in", "binnen", "the", "a", "is"]),
            list: owned(&["vaardigheden", "skills"]),
        };
        match SkillMatcher::build(&skills, &words) {
            Ok(matcher) => matcher,
            Err(error) => panic!("the test catalogue builds: {error}"),
        }
    }

    #[test]
    fn names_match_inflected_reordered_and_with_synonyms() {
        let matcher = matcher();
        for (text, expected) in [
            ("Luisteren en doorvragen", 0),
            ("LUISTEREN EN DOORVRAGEN", 0),
            ("Luisteren naar wat de klant bedoelt", 0),
            ("Presentatie", 1),
            ("Presentaties – elke sprint", 1),
            ("Presentatiés.", 1),
            ("Ingewikkelde dingen simpel uitleggen", 2),
            ("Teams binnen samenwerking", 3),
        ] {
            assert_eq!(matcher.find(text), Some(expected), "`{text}`");
        }
    }

    #[test]
    fn a_common_word_alone_names_nothing() {
        let matcher = matcher();
        for text in [
            "Het team gaf een demo",
            "Presentaties van de afdeling staan op de wiki",
            "",
            "...",
            "Over de presentaties van vorig jaar en de cijfers",
        ] {
            assert_eq!(matcher.find(text), None, "`{text}`");
        }
    }

    #[test]
    fn the_head_ends_at_the_first_separator() {
        assert_eq!(head("Presentaties: oefen hardop"), "Presentaties");
        assert_eq!(
            head("Asking follow-up questions"),
            "Asking follow-up questions"
        );
        assert_eq!(
            head("Prioriteren, ook als alles urgent lijkt"),
            "Prioriteren"
        );
        assert_eq!(head("Teamwork - lastig"), "Teamwork ");
        assert_eq!(head("v1.2 release"), "v1.2 release");
        assert_eq!(
            head("— Presentaties"),
            "— Presentaties",
            "a dash before the first word does not count"
        );
    }

    #[test]
    fn text_in_pieces_matches_like_text_in_one() {
        let matcher = matcher();
        let mut item = matcher.start();
        assert!(item.feed("Luisteren en"));
        item.feed_space();
        item.feed("doorvragen");
        assert_eq!(item.finish().skill, Some(0));
        let mut long = matcher.start();
        assert!(
            !long.feed("Presentaties: en dan nog veel meer tekst"),
            "stops at the separator"
        );
        assert_eq!(long.finish().skill, Some(1));
    }

    #[test]
    fn a_short_head_that_names_nothing_is_kept_for_the_trainee() {
        let matcher = matcher();
        let mut item = matcher.start();
        item.feed("Écht luisteren: de klant eerst");
        let outcome = item.finish();
        assert_eq!(outcome.skill, None);
        let unnamed = outcome.unnamed.map(|u| (u.text, u.key));
        assert_eq!(
            unnamed,
            Some(("Écht luisteren".to_owned(), "echt luisteren".to_owned())),
            "the head as written, and its normalised key"
        );
        let mut sentence = matcher.start();
        sentence.feed(&"woord ".repeat(40));
        assert_eq!(
            sentence.finish(),
            Outcome::default(),
            "a sentence is no skill's name"
        );
        let mut named = matcher.start();
        named.feed("Presentaties");
        assert_eq!(
            named.finish().unnamed,
            None,
            "a named skill is not a candidate"
        );
    }

    #[test]
    fn a_heading_or_lead_in_can_introduce_skills() {
        let matcher = matcher();
        assert!(matcher.introduces_skills("Vaardigheden"));
        assert!(matcher.introduces_skills("In dit traject oefen je deze skills:"));
        assert!(!matcher.introduces_skills("Wat je nodig hebt"));
        let long = format!("vaardigheden {}", "woord ".repeat(200));
        assert!(
            !matcher.introduces_skills(&long),
            "only the end of a long paragraph is read"
        );
    }

    #[test]
    fn a_name_for_two_skills_is_reported() {
        let skills = [
            skill("a", "Samen", "Together", &[], &[]),
            skill("b", "B", "B", &["samen"], &[]),
        ];
        let error = SkillMatcher::build(&skills, &CatalogueWords::default())
            .err()
            .unwrap_or_default();
        assert!(error.contains("names both"), "{error}");
    }

    #[test]
    fn long_texts_are_cut_at_a_character_boundary() {
        let matcher = matcher();
        let text = format!("{}{}", "é".repeat(300), " presentaties");
        assert_eq!(matcher.find(&text), None, "no panic, nothing past the cap");
    }
}
