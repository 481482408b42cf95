//! Others' voices from the window: a feedback request prepared in the window, its form answered
//! in Chromium like a giver would (the `age-encryption` package seals the answer), the answer
//! pasted into the window and found in the journal marked as given directly; the same answer
//! again adds nothing, a damaged one is refused and stays in the box.

use std::path::Path;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};

#[path = "../common/chromium.rs"]
mod chromium;

use crate::environment::{Environment, Session};
use crate::exchange::{empty_folder, files_in, replace_text};
use crate::journal::{click, count, type_into, value};
use crate::journeys::{attr, eventually, text, wait_for};

/// Words only this journey's giver writes, looked for in the window.
const BEHAVIOUR: &str = "Je begon met de vraag van de klant en liet daarna pas de code zien";

pub async fn request_answered_in_a_browser(
    environment: &Environment,
    session: &Session,
) -> Result<(), String> {
    let client = &session.client;
    let dialogs = &environment.dialog_dir;
    empty_folder(dialogs)?;

    click(client, "[data-testid=nav-journal]").await?;
    click(client, "[data-testid=ask-feedback]").await?;
    wait_for(client, "[data-testid=request-form]").await?;
    type_into(client, "[data-field=giverName]", "Sanne").await?;
    type_into(client, "[data-field=context]", "sprintdemo van 12 november").await?;
    type_into(client, "[data-field=giverEmail]", "not an address").await?;
    click(
        client,
        "[data-testid=skill-option][data-skill-id=presentations]",
    )
    .await?;
    click(client, "[data-testid=request-lang][value=en]").await?;
    // Esc with something typed asks first (the form keeps no draft); staying keeps it all.
    type_into(
        client,
        "[data-field=context]",
        &char::from(Key::Escape).to_string(),
    )
    .await?;
    wait_for(client, "dialog[open]").await?;
    click(client, "dialog[open] [data-testid=confirm-cancel]").await?;
    if value(client, "[data-field=context]").await? != "sprintdemo van 12 november" {
        return Err("staying after Esc lost the context typed".into());
    }

    // No role: the window asks for one before anything is sent.
    click(client, "[data-testid=request-save]").await?;
    let errors = text(&wait_for(client, "[data-testid=request-form-errors]").await?).await?;
    if !errors.to_lowercase().contains("rol") {
        return Err(format!("the missing role is not named: {errors:?}"));
    }
    // Rust refuses the address; everything typed stays, and no form was written.
    click(client, "[data-field=giverRole] option[value=peer]").await?;
    click(client, "[data-testid=request-save]").await?;
    wait_for(client, "[data-field=giverEmail][aria-invalid=true]").await?;
    if value(client, "[data-field=context]").await? != "sprintdemo van 12 november" {
        return Err("a refused request lost the context typed".into());
    }
    if !files_in(dialogs)?.is_empty() {
        return Err("a refused request wrote a form".into());
    }
    replace_text(client, "[data-field=giverEmail]", "sanne@example.org").await?;
    click(client, "[data-testid=request-save]").await?;
    wait_for(client, "[data-testid=requests-view]").await?;
    wait_for(client, "[data-testid=request][data-status=waiting]").await?;
    // Where the form is and how to send it: a message to the address given.
    let written = text(&wait_for(client, "[data-testid=request-written]").await?).await?;
    if !written.contains("feedback-request-")
        || count(client, "[data-testid=request-mail]").await? != 1
    {
        return Err(format!("the saved form is not explained: {written:?}"));
    }
    let forms = files_in(dialogs)?;
    let [form] = forms.as_slice() else {
        return Err(format!("one form should be written, found {forms:?}"));
    };

    let block = answer_in_chromium(form).await?;

    type_into(client, "[data-testid=answer-text]", &block).await?;
    click(client, "[data-testid=answer-import-run]").await?;
    wait_for(client, "[data-testid=request][data-status=answered]").await?;
    let notice = text(&wait_for(client, "[data-testid=notice]").await?).await?;
    if !notice.contains("request-1") {
        return Err(format!("the notice does not name the request: {notice:?}"));
    }
    // An answered request leads to the entries its answer became.
    click(client, "[data-testid=request-show-answers]").await?;
    wait_for(client, "[data-testid=journal-request]").await?;
    eventually("the journal shows the request's one answer", || async {
        Ok(count(client, "[data-testid=journal-entry]").await? == 1)
    })
    .await?;
    click(client, "[data-testid=journal-request] button").await?;
    click(client, "[data-testid=open-requests]").await?;
    wait_for(client, "[data-testid=request][data-status=answered]").await?;

    // The same answer again, as its file dropped on the journal: the window takes it to the
    // answer box, which says it was imported before and adds nothing. A damaged one is
    // refused and stays in the box.
    click(client, "[data-testid=requests-back]").await?;
    wait_for(client, "[data-testid=journal-view]").await?;
    drop_file(client, &block).await?;
    wait_for(client, "[data-testid=requests-view]").await?;
    eventually("the second import says it was imported before", || async {
        let notice = text(&wait_for(client, "[data-testid=notice]").await?).await?;
        Ok(notice.contains("before") || notice.contains("al geïmporteerd"))
    })
    .await?;
    let damaged = tamper(&block);
    type_into(client, "[data-testid=answer-text]", &damaged).await?;
    click(client, "[data-testid=answer-import-run]").await?;
    let refused = wait_for(client, "[data-testid=answer-import-error]").await?;
    let code = attr(&refused, "data-code").await?.unwrap_or_default();
    if !code.starts_with("answer_") {
        return Err(format!("a damaged answer was refused with {code:?}"));
    }
    // (Typing over WebDriver drops the line breaks; the app reads the block without them.)
    let unspaced = |text: &str| text.split_whitespace().collect::<String>();
    if unspaced(&value(client, "[data-testid=answer-text]").await?) != unspaced(&damaged) {
        return Err("the refused answer is no longer in the box".into());
    }

    click(client, "[data-testid=requests-back]").await?;
    wait_for(client, "[data-testid=journal-view]").await?;
    eventually(
        "one entry in the journal, marked as given directly",
        || async {
            Ok(count(client, "[data-testid=journal-entry]").await? == 1
                && count(client, "[data-testid=given-directly-marker]").await? == 1)
        },
    )
    .await?;
    // The journal's filter tells the giver's words from the trainee's own notes.
    click(
        client,
        "[data-testid=journal-filter-written] option[value=trainee]",
    )
    .await?;
    wait_for(client, "[data-testid=journal-empty][data-reason=filtered]").await?;
    click(
        client,
        "[data-testid=journal-filter-written] option[value=giver]",
    )
    .await?;
    eventually("the giver's entry is shown by the filter", || async {
        Ok(count(client, "[data-testid=journal-entry]").await? == 1)
    })
    .await?;
    click(client, "[data-testid=journal-entry] button").await?;
    wait_for(client, "[data-testid=entry-given-directly]").await?;
    let shown = text(&wait_for(client, "[data-testid=entry-detail]").await?).await?;
    if !shown.contains(BEHAVIOUR) || !shown.contains("Sanne") {
        return Err(format!(
            "the entry does not show the giver's words: {shown}"
        ));
    }
    Ok(())
}

/// Drops a file holding `text` on the window, as a file manager does (a drag carrying a file).
async fn drop_file(client: &Client, text: &str) -> Result<(), String> {
    let script = r#"
        const transfer = new DataTransfer();
        transfer.items.add(new File([arguments[0]], "feedback-antwoord-request-1.txt", { type: "text/plain" }));
        const target = document.querySelector("main");
        for (const type of ["dragenter", "dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        }
    "#;
    client
        .execute(script, vec![serde_json::Value::String(text.to_owned())])
        .await
        .map(drop)
        .map_err(|e| format!("dropping a file on the window: {e}"))
}

/// The answer with one character in its body changed (a base64 letter swapped for another).
fn tamper(block: &str) -> String {
    let mut lines: Vec<String> = block.lines().map(str::to_owned).collect();
    let middle = lines.len() / 2;
    let line = &mut lines[middle];
    let swapped: String = line
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 10 {
                if c == 'A' { 'B' } else { 'A' }
            } else {
                c
            }
        })
        .collect();
    *line = swapped;
    lines.join("\n")
}

/// Opens the form from disk in headless Chromium, answers it as the giver and returns the
/// sealed block the page shows. The page may ask the network for nothing.
async fn answer_in_chromium(form: &Path) -> Result<String, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let driver = chromium::start_driver();
    let browser = chromium::browser(&driver, profile.path()).await;
    let result = fill_in(&browser, form).await;
    let sent = chromium::requests_sent(&browser).await;
    let _ = browser.close().await;
    // Whatever the form's page asked for beside itself, and anything that reached a network
    // (the browser's own new-tab page loads chrome:// resources of its own).
    let page = url::Url::from_file_path(form)
        .map_err(|()| "the form's path is not absolute")?
        .to_string();
    let network: Vec<&String> = sent
        .iter()
        .filter(|(url, document)| {
            (*document == page && *url != page)
                || ["http:", "https:", "ws:", "wss:"]
                    .iter()
                    .any(|s| url.starts_with(s))
        })
        .map(|(url, _)| url)
        .collect();
    if !network.is_empty() {
        return Err(format!("the form asked the network for {network:?}"));
    }
    result
}

async fn fill_in(browser: &Client, form: &Path) -> Result<String, String> {
    let url = url::Url::from_file_path(form).map_err(|()| "the form's path is not absolute")?;
    browser
        .goto(url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    let find = |css: &'static str| async move {
        browser
            .wait()
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("`{css}` is not in the form: {e}"))
    };
    find("input[name='presentations.rating'][value='4']")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    find("textarea[name='presentations.behaviour']")
        .await?
        .send_keys(BEHAVIOUR)
        .await
        .map_err(|e| e.to_string())?;
    find("#create-answer")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    let answer = find("#answer").await?;
    let block = answer.prop("value").await.map_err(|e| e.to_string())?;
    block
        .filter(|block| block.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"))
        .ok_or_else(|| "the form made no answer block".to_owned())
}
