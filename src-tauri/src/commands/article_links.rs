//! Linking an article's unplaced list item to a skill (the reader's "not recognised" items).
//! The article says which items are unplaced; the journal remembers the links. Only links of
//! items the article still has count, so editing an article never leaves a stray skill behind
//! (the link stays stored, and applies again if the item comes back).

use chrono::Utc;
use serde::Serialize;
use skills_articles::RenderedArticle;
use skills_journal_store::ArticleLink;
use tauri::State;

use crate::commands::journal::{read, write};
use crate::error::{CommandError, ErrorCode};
use crate::state::AppState;

/// An article's links and the skills it names once they are counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArticleLinks {
    /// The links of items the article still has.
    pub links: Vec<ArticleLink>,
    /// The article's own skills, then the linked ones not among them, each once.
    pub skills: Vec<String>,
}

impl ArticleLinks {
    fn of(article: &RenderedArticle, stored: Vec<ArticleLink>) -> Self {
        let links: Vec<ArticleLink> = stored
            .into_iter()
            .filter(|link| article.unplaced.iter().any(|item| item.key == link.item))
            .collect();
        let mut skills = article.summary.skills.clone();
        for link in &links {
            if !skills.contains(&link.skill_id) {
                skills.push(link.skill_id.clone());
            }
        }
        Self { links, skills }
    }
}

/// The article `id` as the library has it (the library lock is let go before the journal's).
async fn article(state: &AppState, id: &str) -> Result<RenderedArticle, CommandError> {
    Ok(state.loaded_library().await?.article(id)?)
}

/// The item `item` of the article, or an error when the article has no such unplaced item.
fn unplaced_item(article: &RenderedArticle, item: &str) -> Result<(), CommandError> {
    if article.unplaced.iter().any(|unplaced| unplaced.key == item) {
        Ok(())
    } else {
        Err(CommandError::new(
            ErrorCode::ItemNotUnplaced,
            "the article has no such unrecognised item (it may have changed); reopen it",
        ))
    }
}

#[tauri::command]
pub async fn article_links(
    state: State<'_, AppState>,
    article_id: String,
) -> Result<ArticleLinks, CommandError> {
    let article = article(&state, &article_id).await?;
    let stored = read(&state, |store| store.article_links(&article_id))?;
    Ok(ArticleLinks::of(&article, stored))
}

#[tauri::command]
pub async fn link_article_item(
    state: State<'_, AppState>,
    article_id: String,
    item: String,
    skill_id: String,
) -> Result<ArticleLinks, CommandError> {
    let article = article(&state, &article_id).await?;
    unplaced_item(&article, &item)?;
    let stored = write(&state, |store| {
        store.link_article_item(&article_id, &item, &skill_id, Utc::now())?;
        store.article_links(&article_id)
    })?;
    Ok(ArticleLinks::of(&article, stored))
}

#[tauri::command]
pub async fn unlink_article_item(
    state: State<'_, AppState>,
    article_id: String,
    item: String,
) -> Result<ArticleLinks, CommandError> {
    let article = article(&state, &article_id).await?;
    let stored = write(&state, |store| {
        store.unlink_article_item(&article_id, &item)?;
        store.article_links(&article_id)
    })?;
    Ok(ArticleLinks::of(&article, stored))
}
