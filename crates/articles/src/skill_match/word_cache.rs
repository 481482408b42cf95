//! What each word finds, cached per thread: articles share their vocabulary, so most words of a
//! library are reduced to their forms and looked up once.

use rustc_hash::FxHashMap;

use super::matcher::SkillMatcher;

/// What one word finds: the concepts it has a form of, and their skills (all, and those
/// found through the word as written or a compound piece). Sorted, without repeats.
#[derive(Debug, Default)]
pub(crate) struct WordHits {
    pub(super) concepts: Vec<u32>,
    pub(super) skills: Vec<usize>,
    pub(super) written_skills: Vec<usize>,
}

/// A cache holds at most this many words; then it starts again (bounds its memory).
const MAX_CACHED_WORDS: usize = 1 << 16;

thread_local! {
    /// What words found, per loading thread: articles share their vocabulary, so most words of
    /// a library are stemmed and looked up once. A pure function of the matcher and the word,
    /// so caching cannot change a result; the loading threads live for one load, the calling
    /// thread's cache is bounded and starts again for another matcher.
    pub(super) static WORD_HITS: std::cell::RefCell<WordCache> = std::cell::RefCell::default();
}

/// What words found with one matcher (see [`WORD_HITS`]).
#[derive(Debug, Default)]
pub(super) struct WordCache {
    /// The matcher the hits are for.
    generation: u64,
    hits: FxHashMap<String, WordHits>,
}

impl WordCache {
    /// Starts again when `matcher` is another one than the hits are for, or the cache is full.
    pub(super) fn serve(&mut self, matcher: &SkillMatcher) {
        if self.generation != matcher.generation || self.hits.len() >= MAX_CACHED_WORDS {
            self.generation = matcher.generation;
            self.hits.clear();
        }
    }

    /// What `word` finds, or `None` when it finds nothing.
    pub(super) fn hits(&mut self, matcher: &SkillMatcher, word: &str) -> Option<&WordHits> {
        if !self.hits.contains_key(word) {
            let hits = matcher.word_hits(word);
            self.hits.insert(word.to_owned(), hits);
        }
        self.hits.get(word).filter(|hits| !hits.skills.is_empty())
    }
}

/// Tells matchers apart for [`WORD_HITS`]: every build gets the next number (never 0).
pub(super) static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
