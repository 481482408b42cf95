//! The "not recognised" journey: an article's skills list holds items the app cannot place; the
//! trainee links one to a skill, sees it marked like any skill (with the skill among the
//! article's skills), finds the link again after a restart, and undoes it.

use crate::environment::{Environment, Session, save_screenshot};
use crate::journal::{click, count};
use crate::journeys::{eventually, find_all, text, wait_for};

const ARTICLE: &str = "extra/vaardigheden-uit-de-praktijk";
const UNPLACED: &str = "[data-testid=reader-unplaced]";
const LINKED: &str = "li.skill-linked[data-skill=listening]";

async fn open_article(client: &fantoccini::Client) -> Result<(), String> {
    click(
        client,
        &format!("[data-testid=article-card][data-article-id=\"{ARTICLE}\"]"),
    )
    .await?;
    wait_for(client, "[data-testid=reader-title]").await?;
    Ok(())
}

async fn article_skills(client: &fantoccini::Client) -> Result<Vec<String>, String> {
    let mut skills = Vec::new();
    for chip in find_all(client, ".skills-row .skill-chip").await? {
        skills.extend(chip.attr("data-skill").await.map_err(|e| e.to_string())?);
    }
    Ok(skills)
}

pub async fn link_an_unrecognised_item(
    environment: &Environment,
    session: &Session,
) -> Result<(), String> {
    let client = &session.client;
    open_article(client).await?;
    eventually("both unrecognised items are shown as such", || async {
        Ok(count(client, UNPLACED).await? == 2)
    })
    .await?;
    let first = wait_for(client, "li.skill-unplaced").await?;
    let first_text = text(&first).await?;
    if !first_text.contains("Echt luisteren") {
        return Err(format!(
            "the first unrecognised item is “Echt luisteren”: {first_text:?}"
        ));
    }
    if article_skills(client)
        .await?
        .contains(&"listening".to_owned())
    {
        return Err("listening is not yet among the article's skills".into());
    }
    click(client, "li.skill-unplaced [data-testid=reader-link-skill]").await?;
    let choice = wait_for(client, "[data-testid=reader-link-choice]").await?;
    choice
        .select_by_value("listening")
        .await
        .map_err(|e| format!("choosing the skill: {e}"))?;
    wait_for(client, LINKED).await?;
    eventually("one item is left unrecognised", || async {
        Ok(count(client, UNPLACED).await? == 1)
    })
    .await?;
    eventually("the linked skill joins the article's skills", || async {
        Ok(article_skills(client)
            .await?
            .contains(&"listening".to_owned()))
    })
    .await?;
    save_screenshot(client, "linked-item").await;
    let _ = session.client.clone().close().await;

    let again = environment.session_on(&session.data_dir).await?;
    let result = async {
        let client = &again.client;
        open_article(client).await?;
        wait_for(client, LINKED).await?;
        click(client, &format!("{LINKED} [data-testid=reader-unlink]")).await?;
        eventually(
            "undoing the link shows the item as unrecognised again",
            || async {
                Ok(count(client, UNPLACED).await? == 2 && count(client, LINKED).await? == 0)
            },
        )
        .await?;
        if article_skills(client)
            .await?
            .contains(&"listening".to_owned())
        {
            return Err("after undoing, listening is no longer among the article's skills".into());
        }
        Ok(())
    }
    .await;
    if result.is_err() {
        save_screenshot(&again.client, "link_an_unrecognised_item-after-restart").await;
    }
    let _ = again.client.clone().close().await;
    result
}
