//! The damaged-journal screen across a restart, and salvage from the window.

use crate::environment::{Environment, Session, save_screenshot};
use crate::journal::{click, log_reflections};
use crate::journeys::{eventually, find_all, text, wait_for};

/// A screenshot for people to look at, after the webview has painted what the DOM holds.
async fn shot(client: &fantoccini::Client, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    save_screenshot(client, name).await;
}

/// Twenty reflections, then two pages in the middle of the file overwritten with garbage: most
/// rows stay readable, but the file no longer passes its check.
fn damaged_in_the_middle(data_dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(data_dir).map_err(|e| e.to_string())?;
    log_reflections(
        data_dir,
        &"Ik vroeg door tot ik het doel achter de wens begreep. ".repeat(50),
    )?;
    let journal = data_dir.join("journal.sqlite");
    let mut bytes = std::fs::read(&journal).map_err(|e| e.to_string())?;
    let middle = (bytes.len() / 2) / 4096 * 4096;
    let end = (middle + 2 * 4096).min(bytes.len());
    bytes
        .get_mut(middle..end)
        .ok_or("the journal is too small to damage")?
        .fill(0xA5);
    std::fs::write(&journal, bytes).map_err(|e| e.to_string())
}

pub async fn salvaged_journal(environment: &Environment, session: &Session) -> Result<(), String> {
    let _ = session.client.clone().close().await;
    let data_dir = session.data_dir.join("salvaged");
    damaged_in_the_middle(&data_dir)?;

    // First start: the damage is found and shown.
    let first = environment.session_on(&data_dir).await?;
    let shown = async {
        click(&first.client, "[data-testid=nav-journal]").await?;
        wait_for(
            &first.client,
            "[data-testid=journal-unavailable][data-state=corrupt]",
        )
        .await?;
        shot(&first.client, "damaged-journal-nl").await;
        Ok::<(), String>(())
    }
    .await;
    let _ = first.client.close().await;
    shown?;

    // A restart does not quietly begin an empty journal: the same screen, and salvage works.
    let second = environment.session_on(&data_dir).await?;
    let result = async {
        let client = &second.client;
        click(client, "[data-testid=lang-switch] [data-lang=en]").await?;
        click(client, "[data-testid=nav-journal]").await?;
        wait_for(
            client,
            "[data-testid=journal-unavailable][data-state=corrupt]",
        )
        .await
        .map_err(|e| format!("after a restart the damage is still shown: {e}"))?;
        eventually("the screen speaks English", || async {
            let title = wait_for(client, "[data-testid=journal-unavailable] h1").await?;
            Ok(text(&title).await? == "Your journal file was damaged")
        })
        .await?;
        shot(client, "damaged-journal-en").await;
        click(client, "[data-testid=salvage-journal]").await?;
        eventually("the salvaged reflections are listed", || async {
            let rows = find_all(client, "[data-testid=journal-entry]").await?;
            Ok(!rows.is_empty() && rows.len() <= 20)
        })
        .await?;
        shot(client, "salvaged-journal-en").await;
        let backups = std::fs::read_dir(data_dir.join("backups"))
            .map_err(|e| e.to_string())?
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().contains("before-import"))
            .count();
        if backups != 1 {
            return Err(format!("salvage makes one backup first, found {backups}"));
        }
        Ok(())
    }
    .await;
    let _ = second.client.close().await;
    result
}
