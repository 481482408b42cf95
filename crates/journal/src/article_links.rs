//! Links the trainee made from an article's list item to a skill: the app could not place the
//! item ("Echt luisteren" names no catalogue skill), so the trainee says which skill it is. A
//! link is remembered per article and per item, by the item's normalised text (the articles
//! crate gives it), so it survives edits elsewhere in the article.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, FieldError, StoreError};
use crate::exchange::collect;
use crate::store::{Catalogue, JournalStore};
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
        let link = (article_id, item, skill_id);
        validation::article_link(&self.conn, &self.catalogue, link, false)?;
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
            .query_map([article_id], link_from_row)
            .and_then(Iterator::collect)
            .ctx("read the article's links")
    }

    /// Every link, for the export, by article and item.
    pub(crate) fn all_article_links(&self) -> Result<Vec<ArticleLink>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT article_id, item, skill_id, linked_at FROM article_links \
                 ORDER BY article_id, item",
            )
            .ctx("read the article links")?;
        statement
            .query_map([], link_from_row)
            .and_then(Iterator::collect)
            .ctx("read the article links")
    }
}

/// Imports the links of an export (inside the import's transaction): custom skill ids follow
/// `skill_ids` (export id → journal id); a link the journal already has for the same item wins.
/// Problems go to `errors` as `articleLinks[i].field`; returns how many links were added.
pub(crate) fn import(
    conn: &Connection,
    catalogue: &Catalogue,
    links: &[ArticleLink],
    skill_ids: &HashMap<String, String>,
    errors: &mut Vec<FieldError>,
) -> Result<u32, StoreError> {
    let mut added = 0u32;
    for (i, link) in links.iter().enumerate() {
        let skill_id = skill_ids.get(&link.skill_id).unwrap_or(&link.skill_id);
        let fields = (
            link.article_id.as_str(),
            link.item.as_str(),
            skill_id.as_str(),
        );
        let before = errors.len();
        let check = validation::article_link(conn, catalogue, fields, true);
        collect(errors, &format!("articleLinks[{i}]."), check, |_| false)?;
        if errors.len() > before {
            continue;
        }
        let inserted = conn
            .prepare_cached(
                "INSERT INTO article_links (article_id, item, skill_id, linked_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (article_id, item) DO NOTHING",
            )
            .and_then(|mut s| {
                s.execute(params![
                    link.article_id,
                    link.item,
                    skill_id,
                    link.linked_at
                ])
            })
            .ctx("import the article links")?;
        added += u32::from(inserted > 0);
    }
    Ok(added)
}

fn link_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleLink> {
    Ok(ArticleLink {
        article_id: r.get(0)?,
        item: r.get(1)?,
        skill_id: r.get(2)?,
        linked_at: r.get(3)?,
    })
}
