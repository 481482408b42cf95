//! Links the trainee made from an article's list item to a skill: the app could not place the
//! item ("Echt luisteren" names no catalogue skill), so the trainee says which skill it is. A
//! link is remembered per article and per item, by the item's normalised text (the articles
//! crate gives it), so it survives edits elsewhere in the article.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, StoreError};
use crate::store::JournalStore;
use crate::validation;

/// A list item of an article that the trainee linked to a skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArticleLink {
    /// The article.
    pub article_id: String,
    /// The item's normalised text (its key).
    pub item: String,
    /// The skill it names: a catalogue or custom skill id.
    pub skill_id: String,
    /// When the link was made or last changed.
    pub linked_at: DateTime<Utc>,
}

impl JournalStore {
    /// Links `item` of `article_id` to `skill_id` (a catalogue skill or a custom skill that is
    /// not archived), replacing an earlier link of the same item.
    pub fn link_article_item(
        &mut self,
        article_id: &str,
        item: &str,
        skill_id: &str,
        now: DateTime<Utc>,
    ) -> Result<ArticleLink, StoreError> {
        validation::article_link(&self.conn, &self.catalogue, article_id, item, skill_id)?;
        self.conn
            .prepare_cached(
                "INSERT INTO article_links (article_id, item, skill_id, linked_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (article_id, item) DO UPDATE \
                 SET skill_id = excluded.skill_id, linked_at = excluded.linked_at",
            )
            .and_then(|mut s| s.execute(params![article_id, item, skill_id, now]))
            .ctx("link the item to the skill")?;
        Ok(ArticleLink {
            article_id: article_id.to_owned(),
            item: item.to_owned(),
            skill_id: skill_id.to_owned(),
            linked_at: now,
        })
    }

    /// Removes the link of `item` of `article_id`; `false` when there was none.
    pub fn unlink_article_item(
        &mut self,
        article_id: &str,
        item: &str,
    ) -> Result<bool, StoreError> {
        let removed = self
            .conn
            .prepare_cached("DELETE FROM article_links WHERE article_id = ?1 AND item = ?2")
            .and_then(|mut s| s.execute(params![article_id, item]))
            .ctx("remove the link")?;
        Ok(removed > 0)
    }

    /// The links of one article, oldest first.
    pub fn article_links(&self, article_id: &str) -> Result<Vec<ArticleLink>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT article_id, item, skill_id, linked_at FROM article_links \
                 WHERE article_id = ?1 ORDER BY linked_at, item",
            )
            .ctx("read the article's links")?;
        statement
            .query_map([article_id], |r| {
                Ok(ArticleLink {
                    article_id: r.get(0)?,
                    item: r.get(1)?,
                    skill_id: r.get(2)?,
                    linked_at: r.get(3)?,
                })
            })
            .and_then(Iterator::collect)
            .ctx("read the article's links")
    }
}
