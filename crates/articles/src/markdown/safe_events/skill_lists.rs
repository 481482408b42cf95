//! Lists of skills and the items in them that name no catalogue skill.
//!
//! A list is a *skills list* when the heading or lead-in paragraph right before it says so (a
//! catalogue list word: "## Vaardigheden", "Deze skills oefen je:"), or when at least half of
//! its items name a skill. An item of a skills list whose head names no skill, but is short
//! enough to be a skill's name, is *unplaced*: the reader shows it as "not recognised" and lets
//! the trainee link it to a skill. Whether a list is one is known only at its end, after its
//! items were written, so every such item carries its number (`data-item="N"`) and the article
//! lists the numbers that turned out to be in a skills list.

use pulldown_cmark::Event;
use serde::Serialize;

use super::SafeEvents;
use crate::skill_match::{Outcome, Unnamed};

/// An item of a skills list that names no catalogue skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct UnplacedItem {
    /// Its number in the article's HTML (`<li data-item="N">`).
    pub number: u32,
    /// Its head as written (the text before the first separator).
    pub text: String,
    /// The head normalised (case, accents and punctuation dropped): a link the trainee makes is
    /// remembered by this, so it survives edits elsewhere in the article.
    pub key: String,
}

/// A list being read.
#[derive(Debug, Default)]
pub(super) struct OpenList {
    /// The heading or lead-in before it said that it names skills.
    introduced: bool,
    items: usize,
    named: usize,
    unplaced: Vec<UnplacedItem>,
}

impl OpenList {
    fn is_skills_list(&self) -> bool {
        self.introduced || (self.named > 0 && 2 * self.named >= self.items)
    }
}

impl<'a, I> SafeEvents<'a, '_, I>
where
    I: Iterator<Item = (Event<'a>, std::ops::Range<usize>)>,
{
    /// A list starts: it takes what the block before it said.
    pub(super) fn open_list(&mut self) {
        let introduced = std::mem::take(&mut self.introduces_skills);
        self.lists.push(OpenList {
            introduced,
            ..OpenList::default()
        });
    }

    /// A list ends: its unplaced items count when it was a skills list.
    pub(super) fn close_list(&mut self) {
        if let Some(list) = self.lists.pop()
            && list.is_skills_list()
        {
            self.unplaced.extend(list.unplaced);
        }
    }

    /// Notes an item of the innermost list; returns the number to write on an item that may
    /// turn out to be unplaced.
    pub(super) fn note_item(&mut self, outcome: Outcome) -> Option<u32> {
        let list = self.lists.last_mut()?;
        list.items += 1;
        if outcome.skill.is_some() {
            list.named += 1;
            return None;
        }
        let Unnamed { text, key } = outcome.unnamed?;
        let number = u32::try_from(self.items_numbered).ok()?;
        self.items_numbered += 1;
        list.unplaced.push(UnplacedItem { number, text, key });
        Some(number)
    }

    /// A heading or paragraph ends a block: whether a list right after it is introduced as a
    /// skills list. A paragraph only introduces one as a lead-in (ending with `:`).
    pub(super) fn block_text(&mut self, text: &str, heading: bool) {
        let text = text.trim_end();
        self.introduces_skills =
            (heading || text.ends_with(':')) && self.recogniser.matcher().introduces_skills(text);
    }
}
