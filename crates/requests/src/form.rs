//! The feedback form a request becomes: one self-contained HTML file. The page itself is built
//! from ui/form (TypeScript, bundled into one file by Vite) and embedded here; this module puts
//! the request's data into it as JSON, with every word in the request's language from the
//! Fluent files (answer-form.ftl), and pins the page's inline script by its hash in the
//! page's Content-Security-Policy, so the page runs its own script and loads nothing.

use base64::Engine as _;
use serde::Serialize;
use sha2::{Digest, Sha256};
use skills_catalogue::{Lang, SkillCatalogue};
use skills_journal_store::{CustomSkill, FeedbackRequest};

/// The page as Vite built it (`make ui` builds it before cargo does).
const TEMPLATE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../ui/dist-form/index.html"
));
const DATA_MARK: &str = "__REQUEST_DATA__";
const HASHES_MARK: &str = "__SCRIPT_HASHES__";
const SCRIPT_OPEN: &str = "<script type=\"module\" crossorigin>";

/// The words the page shows, by key; the message id is `answerform-<key>`.
const WORDS: [&str; 28] = [
    "title",
    "intro",
    "your-name",
    "rating",
    "rating-none",
    "situation",
    "situation-hint",
    "behaviour",
    "behaviour-hint",
    "impact",
    "impact-hint",
    "keep-doing",
    "keep-doing-hint",
    "try-next",
    "try-next-hint",
    "privacy",
    "create",
    "answer-heading",
    "answer-intro",
    "copy",
    "copied",
    "download",
    "file-name",
    "mail",
    "mail-subject",
    "error-nothing",
    "error-sbi",
    "error-seal",
];

/// One skill as the form shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct FormSkill {
    id: String,
    name: String,
    description: String,
    levels: Vec<String>,
}

/// What the page reads from its `request-data` element (ui/form/answer.ts, `FormData`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct FormData<'a> {
    kind: &'static str,
    request_id: &'a str,
    token: &'a str,
    recipient: &'a str,
    lang: Lang,
    giver_role: skills_journal_store::GiverRole,
    giver_name: Option<&'a str>,
    reply_to: Option<&'a str>,
    about: Vec<(String, String)>,
    skills: Vec<FormSkill>,
    words: std::collections::BTreeMap<&'static str, String>,
}

/// A skill of the request that is neither in the catalogue nor a custom skill any more.
#[derive(Debug, thiserror::Error)]
#[error("the request names the skill `{0}`, which this journal does not know")]
pub struct UnknownSkill(pub String);

/// The feedback form for `request`, sealed answers going to `recipient` (`age1…`).
pub fn feedback_form(
    request: &FeedbackRequest,
    recipient: &str,
    catalogue: &SkillCatalogue,
    custom: &[CustomSkill],
) -> Result<String, UnknownSkill> {
    let lang = request.input.lang;
    let word = |id: &str| skills_i18n::text(lang, &format!("answerform-{id}")).to_owned();
    let skills = request
        .input
        .skills
        .iter()
        .map(|id| form_skill(lang, id, catalogue, custom))
        .collect::<Result<Vec<_>, _>>()?;
    let data = FormData {
        kind: "feedback",
        request_id: &request.id,
        token: &request.token,
        recipient,
        lang,
        giver_role: request.input.giver_role,
        giver_name: request.input.giver_name.as_deref(),
        reply_to: request.input.reply_to.as_deref(),
        about: about(request),
        skills,
        words: WORDS.iter().map(|key| (*key, word(key))).collect(),
    };
    Ok(fill(TEMPLATE, &data))
}

/// What the request is about, as label and value, in its language.
fn about(request: &FeedbackRequest) -> Vec<(String, String)> {
    let lang = request.input.lang;
    let text = |id: &str| skills_i18n::text(lang, id).to_owned();
    let mut rows = vec![(
        text("answerform-about-role"),
        text(&format!(
            "label-giver-{}",
            request.input.giver_role.as_str().replace('_', "-")
        )),
    )];
    if let Some(setting) = request.input.setting {
        rows.push((
            text("answerform-about-setting"),
            text(&format!(
                "label-setting-{}",
                setting.as_str().replace('_', "-")
            )),
        ));
    }
    if let Some(day) = request.input.about_date {
        rows.push((
            text("answerform-about-date"),
            skills_reports::long_date(lang, day),
        ));
    }
    if let Some(context) = &request.input.context {
        rows.push((text("answerform-about-context"), context.clone()));
    }
    if let Some(day) = request.input.reply_by {
        rows.push((
            text("answerform-about-reply-by"),
            skills_reports::long_date(lang, day),
        ));
    }
    rows
}

fn form_skill(
    lang: Lang,
    id: &str,
    catalogue: &SkillCatalogue,
    custom: &[CustomSkill],
) -> Result<FormSkill, UnknownSkill> {
    if let Some(skill) = catalogue.get(id) {
        return Ok(FormSkill {
            id: id.to_owned(),
            name: skill.name(lang).to_owned(),
            description: skill.description.get(lang).to_owned(),
            levels: skill
                .levels
                .iter()
                .map(|l| l.get(lang).to_owned())
                .collect(),
        });
    }
    let own = custom
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| UnknownSkill(id.to_owned()))?;
    Ok(FormSkill {
        id: id.to_owned(),
        name: own.name.clone(),
        description: String::new(),
        levels: (1..=5)
            .map(|level| skills_i18n::text(lang, &format!("answerform-level-{level}")).to_owned())
            .collect(),
    })
}

/// The page with `data` in its data element and its scripts' hashes in its policy.
fn fill(template: &str, data: &FormData<'_>) -> String {
    let hashes = script_hashes(template);
    // The JSON sits inside a <script> element: no `<`, `>` or `&` may close or open anything
    // there, whatever a skill name or a context line holds.
    let json = serde_json::to_string(data)
        .unwrap_or_else(|_| "{}".to_owned())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    template
        .replacen(HASHES_MARK, &hashes, 1)
        .replacen(DATA_MARK, &json, 1)
}

/// `'sha256-…'` of every inline module script of the page.
fn script_hashes(page: &str) -> String {
    let mut hashes = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(SCRIPT_OPEN) {
        let body = &rest[start + SCRIPT_OPEN.len()..];
        let end = body.find("</script>").unwrap_or(body.len());
        let digest = Sha256::digest(&body.as_bytes()[..end]);
        hashes.push(format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        ));
        rest = &body[end..];
    }
    if hashes.is_empty() {
        // No script to allow: the page shows nothing interactive rather than allow any.
        "'none'".to_owned()
    } else {
        hashes.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_page_has_one_data_slot_one_policy_slot_and_its_script() {
        assert_eq!(TEMPLATE.matches(DATA_MARK).count(), 1);
        assert_eq!(TEMPLATE.matches(HASHES_MARK).count(), 1);
        assert!(script_hashes(TEMPLATE).starts_with("'sha256-"));
    }

    #[test]
    fn every_word_exists_in_both_languages_and_differs() {
        for key in WORDS {
            let id = format!("answerform-{key}");
            assert!(
                skills_i18n::has(Lang::Nl, &id) && skills_i18n::has(Lang::En, &id),
                "{id}"
            );
        }
    }

    #[test]
    fn hostile_text_cannot_leave_the_data_element() {
        let page = "<head>__SCRIPT_HASHES__</head><script type=\"application/json\">__REQUEST_DATA__</script>";
        let data = FormData {
            kind: "feedback",
            request_id: "request-1",
            token: "t",
            recipient: "age1",
            lang: Lang::En,
            giver_role: skills_journal_store::GiverRole::Peer,
            giver_name: Some("</script><script>alert(1)</script>"),
            reply_to: None,
            about: vec![("a".into(), "__SCRIPT_HASHES__ & \u{2028}".into())],
            skills: Vec::new(),
            words: Default::default(),
        };
        let filled = fill(page, &data);
        assert_eq!(filled.matches("</script>").count(), 1, "{filled}");
        assert!(filled.starts_with("<head>'none'</head>"));
        assert!(
            filled.contains("__SCRIPT_HASHES__ \\u0026 \\u2028"),
            "marks in the data stay data"
        );
    }
}
