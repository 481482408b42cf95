//! The export's feedback requests, the answers imported for them and the trainee's key pairs
//! that open those answers: restored with their ids into an empty journal, merged into one with
//! data by token (a request's token is random, so the same token is the same request). Entries
//! given directly keep pointing at their request through the id this returns.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::JournalExport;
use super::checks::{MAX_IMPORTED_NUMBER, collect};
use crate::error::{DbContext, FieldError, StoreError, ValidationCode};
use crate::requests::{self, check_request, normalise};
use crate::store::Catalogue;

/// An imported answer, as the journal remembers it (so the same answer is never imported twice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportedAnswer {
    /// The SHA-256 of the answer's JSON, in hex.
    pub digest: String,
    /// The request it answered.
    pub request_id: String,
    /// The day the giver made it.
    pub answered_on: chrono::NaiveDate,
    /// When it was imported.
    pub imported_at: chrono::DateTime<chrono::Utc>,
}

/// Every imported answer, oldest first.
pub(crate) fn answers(conn: &Connection) -> Result<Vec<ImportedAnswer>, StoreError> {
    let context = "export the answers";
    conn.prepare(
        "SELECT digest, request_id, answered_on, imported_at FROM answers ORDER BY imported_at, digest",
    )
    .and_then(|mut s| {
        s.query_map([], |r| {
            Ok(ImportedAnswer {
                digest: r.get(0)?,
                request_id: r.get(1)?,
                answered_on: r.get(2)?,
                imported_at: r.get(3)?,
            })
        })?
        .collect()
    })
    .ctx(context)
}

/// Adds the export's key pairs, requests and answers; returns each exported request id with
/// the id it has in this journal. Problems are added to `errors` with where they are in the
/// file (`requests[2].giverEmail`).
pub(super) fn import(
    conn: &Connection,
    catalogue: &Catalogue,
    export: &JournalExport,
    restore: bool,
    skill_ids: &HashMap<String, String>,
    now: chrono::DateTime<chrono::Utc>,
    errors: &mut Vec<FieldError>,
) -> Result<(HashMap<String, String>, u32), StoreError> {
    let context = "import the requests";
    for (i, identity) in export.identities.iter().enumerate() {
        identity.check(&format!("identities[{i}]"), errors);
    }
    if errors.is_empty() {
        for identity in &export.identities {
            crate::identities::insert(conn, identity)?;
        }
    }
    let by_token: HashMap<String, String> = conn
        .prepare("SELECT token, id FROM requests")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .ctx(context)?;
    let mut ids = HashMap::new();
    let mut added = 0_u32;
    let mut seen = HashSet::new();
    for (i, request) in export.requests.iter().enumerate() {
        let field = format!("requests[{i}].");
        let number = request
            .id
            .strip_prefix("request-")
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=MAX_IMPORTED_NUMBER).contains(n));
        if number.is_none() || !seen.insert(request.id.as_str()) {
            let message = "not a request id, or one used twice";
            errors.push(FieldError::new(
                format!("{field}id"),
                ValidationCode::NotAllowed,
                message,
            ));
            continue;
        }
        if let Some(existing) = by_token.get(&request.token) {
            ids.insert(request.id.clone(), existing.clone());
            continue;
        }
        let mut input = normalise(&request.input);
        for skill in &mut input.skills {
            if let Some(id) = skill_ids.get(skill) {
                skill.clone_from(id);
            }
        }
        // A request is history: a skill archived or gone since then does not refuse it.
        let check = check_request(conn, catalogue, &input, Some(&request.token), now);
        collect(errors, &field, check, |code| {
            matches!(
                code,
                ValidationCode::SkillArchived | ValidationCode::UnknownSkill
            )
        })?;
        if !errors.is_empty() {
            continue;
        }
        let n = if restore { number } else { None };
        let id = requests::insert(
            conn,
            n,
            &request.token,
            &input,
            request.created_at,
            request.withdrawn_at,
        )?;
        ids.insert(request.id.clone(), id);
        added += 1;
    }
    for (i, answer) in export.answers.iter().enumerate() {
        // A SHA-256 in hex as this app writes it; any short plain text is kept as a key.
        let digest_ok = (1..=128).contains(&answer.digest.len())
            && answer.digest.bytes().all(|b| b.is_ascii_alphanumeric());
        let Some(request_id) = ids.get(&answer.request_id).filter(|_| digest_ok) else {
            let message = "an answer to no request of the file, or no answer digest";
            errors.push(FieldError::new(
                format!("answers[{i}]"),
                ValidationCode::UnknownEntry,
                message,
            ));
            continue;
        };
        conn.execute(
            "INSERT OR IGNORE INTO answers (digest, request_id, answered_on, imported_at) \
             VALUES (?1, ?2, ?3, ?4)",
            params![
                answer.digest,
                request_id,
                answer.answered_on,
                answer.imported_at
            ],
        )
        .ctx(context)?;
    }
    Ok((ids, added))
}
