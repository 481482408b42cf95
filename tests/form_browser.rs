//! The feedback form in a real browser: Debian's Chromium, headless, driven over WebDriver by
//! chromedriver. The form the app wrote is opened from disk, filled in like a giver would,
//! its answer made by the page (the `age-encryption` package) and imported by the app (the
//! `age` crate), in Dutch and in English; Chromium's performance log shows the page asked
//! the network for nothing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::Path;

use fantoccini::{Client, Locator};
use serde_json::Value;

#[path = "common/chromium.rs"]
mod chromium;
mod common;
#[path = "common/form.rs"]
mod form;
use chromium::{browser, requests_sent, start_driver};
use common::skills_journal;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Fills the form as a giver: a rating and behaviour and impact for the first skill, a name.
async fn answer_in_browser(client: &Client, form: &Path, lang: &str) -> String {
    let url = url::Url::from_file_path(form).unwrap();
    client.goto(url.as_str()).await.unwrap();
    let create = client
        .wait()
        .for_element(Locator::Id("create-answer"))
        .await
        .unwrap();
    let page_lang = client
        .execute("return document.documentElement.lang", vec![])
        .await
        .unwrap();
    assert_eq!(page_lang, lang);

    // Nothing typed yet: the form says so and makes no answer.
    create.click().await.unwrap();
    assert!(
        client.find(Locator::Id("answer")).await.is_err(),
        "no answer from an empty form"
    );

    let name = client
        .find(Locator::Css("input[name='giverName']"))
        .await
        .unwrap();
    name.clear().await.unwrap();
    name.send_keys("Sanne de Vries").await.unwrap();
    client
        .find(Locator::Css(
            "input[name='presentations.rating'][value='4']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for (field, words) in [
        ("behaviour", "Je liet eerst het resultaat zien <b>vet</b>"),
        ("impact", "De product owner zag meteen de waarde"),
        ("keepDoing", "Begin met het waarom"),
    ] {
        let css = format!("textarea[name='presentations.{field}']");
        client
            .find(Locator::Css(&css))
            .await
            .unwrap()
            .send_keys(words)
            .await
            .unwrap();
    }
    create.click().await.unwrap();
    let answer = client
        .wait()
        .for_element(Locator::Id("answer"))
        .await
        .unwrap();
    let block = answer.prop("value").await.unwrap().unwrap_or_default();
    let download = client.find(Locator::Id("answer-download")).await.unwrap();
    assert!(
        download
            .attr("href")
            .await
            .unwrap()
            .unwrap_or_default()
            .starts_with("blob:")
    );
    assert!(
        client.find(Locator::Id("answer-mail")).await.is_ok(),
        "a reply-to address gives a mail button"
    );
    block
}

async fn journey(lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join(format!("form-{lang}.html"));
    let made = skills_journal(
        &[
            "request",
            "create",
            "--lang",
            lang,
            "--skill",
            "presentations",
            "--skill",
            "listening",
            "--giver-role",
            "peer",
            "--reply-to",
            "trainee@example.org",
            "--context",
            "sprintdemo </script><script>alert(1)</script>",
            "--out",
            form.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    let data = form::form_data(&std::fs::read_to_string(&form).unwrap());

    let driver = start_driver();
    let client = browser(&driver, &dir.path().join("profile")).await;
    let block = answer_in_browser(&client, &form, lang).await;
    let title = client.title().await.unwrap();
    assert_eq!(title, data["words"]["title"].as_str().unwrap());
    let shown = client
        .find(Locator::Css(".about"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        shown.contains("</script><script>alert(1)</script>"),
        "the context is shown as text: {shown}"
    );
    // The page itself is the only thing it loads; and nothing in the tab reached a network.
    let page = url::Url::from_file_path(&form).unwrap().to_string();
    let sent = requests_sent(&client).await;
    assert!(
        sent.iter().any(|(url, _)| *url == page),
        "the log holds the page's own load"
    );
    let by_page: Vec<&String> = sent
        .iter()
        .filter(|(url, document)| *document == page && *url != page)
        .map(|(url, _)| url)
        .collect();
    assert!(by_page.is_empty(), "the form asked for: {by_page:?}");
    let network: Vec<&String> = sent
        .iter()
        .map(|(url, _)| url)
        .filter(|url| {
            ["http:", "https:", "ws:", "wss:"]
                .iter()
                .any(|s| url.starts_with(s))
        })
        .collect();
    assert!(network.is_empty(), "network requests: {network:?}");
    client.close().await.unwrap();

    assert!(
        block.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
        "{block}"
    );
    let file = dir.path().join("answer.txt");
    std::fs::write(&file, &block).unwrap();
    let imported = skills_journal(&["answer", "import", file.to_str().unwrap()], dir.path());
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let listed = skills_journal(&["entries", "list", "--json"], dir.path());
    let entries: Vec<Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(entries.len(), 1, "one skill answered, one entry");
    let entry = &entries[0]["entry"];
    assert_eq!(entry["requestId"], "request-1");
    assert_eq!(entry["skills"][0]["rating"], 4);
    assert_eq!(
        entry["content"]["behaviour"],
        "Je liet eerst het resultaat zien <b>vet</b>"
    );
    assert_eq!(entry["content"]["giverName"], "Sanne de Vries");
    assert_eq!(entry["content"]["giverRole"], "peer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dutch_form_filled_in_chromium_comes_back_as_feedback_given_directly() {
    journey("nl").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_english_form_filled_in_chromium_comes_back_as_feedback_given_directly() {
    journey("en").await;
}
