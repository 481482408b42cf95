//! Names made unique: heading ids within an article, article ids within a library.

use std::collections::{HashMap, HashSet};

/// Hands out names that are unique after `key` (identity for heading ids; case and Unicode
/// normalisation folded for article ids). Linear overall: each name remembers the next number
/// to try, so a thousand equal names cost a thousand look-ups, not half a million. Every number
/// below the remembered one is taken (names are only ever added), so the result is the same as
/// trying from 2 each time.
pub(crate) struct UniqueNames<K> {
    key: K,
    taken: HashSet<String>,
    next: HashMap<String, u32>,
}

impl<K: Fn(&str) -> String> UniqueNames<K> {
    pub(crate) fn new(key: K) -> Self {
        Self {
            key,
            taken: HashSet::new(),
            next: HashMap::new(),
        }
    }

    /// Takes `name` if it is still free; `false` (and nothing taken) otherwise.
    pub(crate) fn try_take(&mut self, name: &str) -> bool {
        self.taken.insert((self.key)(name))
    }

    /// `name` itself when free, else `name{separator}N` for the lowest free N from 2.
    pub(crate) fn take(&mut self, name: String, separator: &str) -> String {
        if self.try_take(&name) {
            return name;
        }
        let next = self.next.entry((self.key)(&name)).or_insert(2);
        loop {
            let candidate = format!("{name}{separator}{next}");
            *next = next.saturating_add(1);
            if self.taken.insert((self.key)(&candidate)) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_names_get_numbers_and_numbered_names_are_respected() {
        let mut names = UniqueNames::new(str::to_owned);
        assert_eq!(names.take("a".into(), "-"), "a");
        assert_eq!(names.take("a-2".into(), "-"), "a-2");
        assert_eq!(
            names.take("a".into(), "-"),
            "a-3",
            "a-2 was taken by its own name"
        );
        assert_eq!(names.take("a".into(), "-"), "a-4");
        assert!(!names.try_take("a"));
    }

    #[test]
    fn the_key_decides_what_counts_as_equal() {
        let mut names = UniqueNames::new(str::to_lowercase);
        assert!(names.try_take("user/A"));
        assert!(!names.try_take("user/a"));
        assert_eq!(names.take("user/a.MD".into(), "~"), "user/a.MD");
        assert_eq!(names.take("user/A.md".into(), "~"), "user/A.md~2");
    }
}
