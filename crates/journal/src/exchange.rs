//! The whole journal as one JSON document ([`JournalExport`]), and importing it back.
//!
//! The format (`format: "skills-journal"`, `version: 1`, camelCase fields):
//!
//! ```json
//! { "format": "skills-journal", "version": 1, "exportedAt": "2026-11-02T10:00:00Z",
//!   "customSkills": [{ "id": "custom-1", "name": "Timeboxing", "createdAt": "…", "archivedAt": null }],
//!   "entries": [{ "id": 1, "version": 2, "createdAt": "…", "updatedAt": "…", "deletedAt": null,
//!                 "date": "2026-10-01", "skills": [...], "articleId": null, "tags": [], "private": false,
//!                 "content": { "kind": "feedback", ... },
//!                 "history": [{ "version": 1, "savedAt": "…", "input": { ...an EntryInput... } }] }],
//!   "articleLinks": [{ "articleId": "bundled/luisteren", "item": "echt luisteren",
//!                      "skillId": "listening", "linkedAt": "…" }],
//!   "note": "This file holds your journal and the private key …",
//!   "identities": [{ "recipient": "age1…", "secret": "AGE-SECRET-KEY-1…", "createdAt": "…" }],
//!   "requests": [{ "id": "request-1", "token": "…", "lang": "nl", "giverRole": "peer", … }],
//!   "answers": [{ "digest": "…", "requestId": "request-1", "answeredOn": "…", "importedAt": "…" }] }
//! ```
//!
//! The key pairs make the export as private as the journal: they open answers to its requests
//! (`note` says so in the file). Requests are matched by token in a merge; an entry given
//! directly (`requestId`) keeps pointing at its request.
//!
//! Every entry is exported, those in the trash too (with `deletedAt`), each with its earlier
//! versions (`history`, oldest first; the current version is the entry itself), and the links
//! from articles' unrecognised list items to skills (`articleLinks`, optional when reading).
//! Drafts are not exported: they are unsaved scratch text.
//!
//! Importing, in one transaction (all or nothing):
//! 1. the format and version are checked, then ids, versions and custom skills;
//! 2. **into an empty journal** (no entries, custom skills or requests) everything keeps its
//!    id, version, times and history, so exporting
//!    again gives the same document (apart from `exportedAt`);
//! 3. **into a journal with data** (a merge) custom skills are matched by name (ignoring case and
//!    accents) and entries by identity: the same creation time (stored to the nanosecond), kind,
//!    and the date and texts of their first version. An entry that is already there is skipped
//!    (the journal's own copy, with any later edits, wins); new ones get new ids, and the links
//!    between entries (an action's source) and to custom skills follow the new ids. Importing the
//!    same file twice therefore adds nothing the second time. (Why not a uuid column: it needs a
//!    schema migration and a backfill for every existing journal and backup, while the creation
//!    time to the nanosecond already tells entries apart; only entries saved in one batch share
//!    it, and those then also need the same kind, date and texts to be taken for one another.)
//!    Import into an empty journal keeps custom skill numbers; ids of entries or skills purged
//!    before the export are not reserved in the new journal;
//! 4. every imported entry and version is validated like an edit (skills, ratings, texts, lengths,
//!    dates, an action's source). Rules that depend on the order entries were written in (a
//!    changed level's justification) or on what existed then (archived or deleted skills, purged
//!    source entries in old versions) are not re-checked: they held when the entry was saved.
//!    Problems are reported as [`StoreError::Validation`] with fields named
//!    `entries[3].content.situation` or `entries[3].history[0].skills[1].rating`.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior, params};
use serde::{Deserialize, Serialize};

use crate::article_links::{self, ArticleLink};
use crate::error::{DbContext, FieldError, StoreError, ValidationCode};
use crate::identities::StoredIdentity;
use crate::model::{Entry, EntryContent, EntryId, EntryInput};
use crate::requests::FeedbackRequest;
use crate::rows;
use crate::skills::CustomSkill;
use crate::snippets::fold;
use crate::store::JournalStore;
use crate::validation::{self, Editing};

mod checks;
mod identity;
mod requests;

pub use checks::MAX_IMPORTED_NUMBER;
use checks::check_structure;
pub(crate) use checks::collect;
use identity::{identities, identity};
pub use requests::ImportedAnswer;
pub(crate) use requests::answers as answers_of;

/// The value of [`JournalExport::format`].
pub const EXPORT_FORMAT: &str = "skills-journal";
/// The version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;

/// The complete journal in a documented, versioned format (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct JournalExport {
    /// Always `"skills-journal"`.
    pub format: String,
    /// The format version, [`EXPORT_VERSION`].
    pub version: u32,
    /// When the export was made.
    pub exported_at: DateTime<Utc>,
    /// Every custom skill, archived ones too, in the order they were added.
    pub custom_skills: Vec<CustomSkill>,
    /// Every entry, those in the trash too, by id.
    pub entries: Vec<ExportedEntry>,
    /// The trainee's links from articles' unrecognised list items to skills (absent in files
    /// written before links existed).
    #[serde(default)]
    pub article_links: Vec<ArticleLink>,
    /// What the file holds besides entries, for a person opening it ([`KEYS_NOTE`]).
    #[serde(default)]
    pub note: Option<String>,
    /// The trainee's key pairs: they open the answers to the requests below, so whoever holds
    /// the file can read those (absent in files written before requests existed).
    #[serde(default)]
    pub identities: Vec<StoredIdentity>,
    /// The feedback requests sent, with their tokens.
    #[serde(default)]
    pub requests: Vec<FeedbackRequest>,
    /// The answers imported, by digest (so none is imported twice after a restore).
    #[serde(default)]
    pub answers: Vec<ImportedAnswer>,
}

/// The export's [`JournalExport::note`]: it holds a private key.
pub const KEYS_NOTE: &str = "This file holds your journal and the private key that opens answers \
     to your feedback requests (identities). Keep it as private as the journal itself.";

/// One entry with its earlier versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportedEntry {
    /// The entry as it is now (its current version).
    #[serde(flatten)]
    pub entry: Entry,
    /// The earlier versions, oldest first.
    #[serde(default)]
    pub history: Vec<ExportedVersion>,
}

/// An earlier version of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportedVersion {
    /// Its number (1 is the first).
    pub version: u32,
    /// When it was saved.
    pub saved_at: DateTime<Utc>,
    /// What the entry said then.
    pub input: EntryInput,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportSummary {
    /// Entries added.
    pub entries_added: u32,
    /// Entries skipped because the journal already had them.
    pub entries_skipped: u32,
    /// Custom skills added.
    pub skills_added: u32,
    /// Custom skills the journal already had (same name).
    pub skills_matched: u32,
    /// Links from articles' list items to skills added (the journal's own link of an item wins).
    #[serde(default)]
    pub links_added: u32,
    /// Feedback requests added (one with the token of a request the journal has is the same).
    #[serde(default)]
    pub requests_added: u32,
}

/// Just the header, read first so a file of another format or version gets a clear message
/// instead of a complaint about its first unexpected field.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

impl JournalExport {
    /// Reads an export from JSON, checking the format and version before anything else.
    pub fn from_json(json: &str) -> Result<Self, StoreError> {
        let refused = |reason: String| StoreError::ImportRefused { reason };
        let header: Header = serde_json::from_str(json)
            .map_err(|e| refused(format!("it is not a JSON object ({e})")))?;
        check_header(header.format.as_deref(), header.version)?;
        // serde_path_to_error names the field that did not fit (`entries[3].version`), which
        // serde_json's own errors only give as a line and column.
        let mut deserializer = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            refused(format!(
                "the JSON does not fit format version {EXPORT_VERSION}: at `{}`, {}",
                e.path(),
                e.inner()
            ))
        })
    }

    /// The export as indented JSON.
    pub fn to_json(&self) -> Result<String, StoreError> {
        serde_json::to_string_pretty(self).map_err(|source| StoreError::StoredData {
            context: "write the export",
            source,
        })
    }
}

fn check_header(format: Option<&str>, version: Option<u32>) -> Result<(), StoreError> {
    let reason = match (format, version) {
        (Some(EXPORT_FORMAT), Some(EXPORT_VERSION)) => return Ok(()),
        (Some(EXPORT_FORMAT), Some(found)) if found > EXPORT_VERSION => format!(
            "it was written by a newer Skills Journal (export version {found}; this version reads {EXPORT_VERSION}); update the app"
        ),
        (Some(EXPORT_FORMAT), Some(found)) => {
            format!("export version {found} is unknown (this version reads {EXPORT_VERSION})")
        }
        (Some(EXPORT_FORMAT), None) => "its `version` is missing".to_owned(),
        (Some(other), _) => {
            format!("its format is `{other}`, not a Skills Journal export (`{EXPORT_FORMAT}`)")
        }
        (None, _) => "it has no `format` field, so it is not a Skills Journal export".to_owned(),
    };
    Err(StoreError::ImportRefused { reason })
}

impl JournalStore {
    /// The whole journal: custom skills, every entry (the trash too) with its history; no drafts.
    pub fn export(&self, now: DateTime<Utc>) -> Result<JournalExport, StoreError> {
        let context = "export the journal";
        let custom_skills = self.custom_skills()?;
        let sql = format!(
            "SELECT {} FROM entries e ORDER BY e.id",
            rows::ENTRY_COLUMNS
        );
        let mut entries: Vec<Entry> = self
            .conn
            .prepare(&sql)
            .and_then(|mut s| s.query_map([], rows::entry_from_row)?.collect())
            .ctx(context)?;
        rows::fill_children(&self.conn, &mut entries)?;
        let mut history: HashMap<EntryId, Vec<ExportedVersion>> = HashMap::new();
        let versions: Vec<(EntryId, u32, DateTime<Utc>, String)> = self
            .conn
            .prepare("SELECT entry_id, version, saved_at, snapshot FROM entry_versions ORDER BY entry_id, version")
            .and_then(|mut s| {
                s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect()
            })
            .ctx(context)?;
        for (id, version, saved_at, snapshot) in versions {
            let input = serde_json::from_str(&snapshot)
                .map_err(|source| StoreError::StoredData { context, source })?;
            history.entry(id).or_default().push(ExportedVersion {
                version,
                saved_at,
                input,
            });
        }
        let entries = entries
            .into_iter()
            .map(|entry| ExportedEntry {
                history: history.remove(&entry.id).unwrap_or_default(),
                entry,
            })
            .collect();
        Ok(JournalExport {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            exported_at: now,
            custom_skills,
            entries,
            article_links: self.all_article_links()?,
            note: Some(KEYS_NOTE.to_owned()),
            identities: crate::identities::read_all(&self.conn)?,
            requests: self.requests(now.date_naive())?,
            answers: answers_of(&self.conn)?,
        })
    }

    /// Restores `export` into an empty journal, or merges it into one with data without
    /// duplicates; all or nothing (see the module documentation for the rules).
    pub fn import(
        &mut self,
        export: &JournalExport,
        now: DateTime<Utc>,
    ) -> Result<ImportSummary, StoreError> {
        check_header(Some(&export.format), Some(export.version))?;
        check_structure(export)?;
        let context = "import the journal";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        // An action may come from an entry with a higher id (linked by a later edit).
        tx.pragma_update(None, "defer_foreign_keys", true)
            .ctx(context)?;
        let existing_entries: i64 = tx
            .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
            .ctx(context)?;
        let existing_skills: i64 = tx
            .query_row("SELECT count(*) FROM custom_skills", [], |r| r.get(0))
            .ctx(context)?;
        let existing_requests: i64 = tx
            .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))
            .ctx(context)?;
        let restore = existing_entries == 0 && existing_skills == 0 && existing_requests == 0;
        let mut summary = ImportSummary::default();

        let skill_ids = import_skills(&tx, export, restore, &mut summary)?;
        let mut errors = Vec::new();
        let (request_ids, requests_added) = requests::import(
            &tx,
            &self.catalogue,
            export,
            restore,
            &skill_ids,
            now,
            &mut errors,
        )?;
        summary.requests_added = requests_added;
        let known = if restore {
            HashMap::new()
        } else {
            identities(&tx)?
        };
        // Decide every entry's id first, so links can be rewritten before anything is written.
        let mut next_id: i64 = tx
            .query_row(
                "SELECT max(coalesce((SELECT max(id) FROM entries), 0), \
                 coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entries'), 0)) + 1",
                [],
                |r| r.get(0),
            )
            .ctx(context)?;
        let mut entry_ids: HashMap<EntryId, EntryId> = HashMap::new();
        let mut added: Vec<(usize, EntryId)> = Vec::new();
        for (i, exported) in export.entries.iter().enumerate() {
            let old = exported.entry.id;
            if restore {
                entry_ids.insert(old, old);
                added.push((i, old));
            } else if let Some(&id) = known.get(&identity(exported)) {
                entry_ids.insert(old, id);
                summary.entries_skipped += 1;
            } else {
                let id = EntryId(next_id);
                next_id += 1;
                entry_ids.insert(old, id);
                added.push((i, id));
            }
        }
        let remap = |input: &EntryInput, in_history: bool| {
            let mut input = validation::normalize_entry(input);
            for skill in &mut input.skills {
                if let Some(id) = skill_ids.get(&skill.skill_id) {
                    skill.skill_id.clone_from(id);
                }
            }
            if let EntryContent::Action(action) = &mut input.content
                && let Some(source) = action.source_entry_id
            {
                action.source_entry_id = match entry_ids.get(&source) {
                    Some(&id) => Some(id),
                    // A source purged before the export: kept as it was in a restore (the
                    // history is copied exactly), dropped in a merge where the id means another entry.
                    None if restore || !in_history => Some(source),
                    None => None,
                };
            }
            input
        };

        // Each entry is validated before it is written (the table's CHECKs must never be what
        // refuses it); links to other entries once all are in, as they may point forward.
        const LINKS: &[ValidationCode] =
            &[ValidationCode::UnknownEntry, ValidationCode::InvalidSource];
        const HISTORY: &[ValidationCode] = &[
            ValidationCode::JustificationRequired,
            ValidationCode::UnknownEntry,
            ValidationCode::InvalidSource,
            ValidationCode::UnknownSkill,
            ValidationCode::SkillArchived,
        ];
        let mut links = Vec::with_capacity(added.len());
        for &(i, id) in &added {
            let exported = &export.entries[i];
            let entry = &exported.entry;
            let input = remap(&entry.input, false);
            let versions: Vec<EntryInput> = exported
                .history
                .iter()
                .map(|old| remap(&old.input, true))
                .collect();
            let mut skills: HashSet<String> =
                input.skills.iter().map(|s| s.skill_id.clone()).collect();
            for old in &versions {
                skills.extend(old.skills.iter().map(|s| s.skill_id.clone()));
            }
            let editing = Editing {
                id,
                kind: input.kind(),
                skills,
            };
            let prefix = format!("entries[{i}].");
            let ignore_current = |code: &ValidationCode| {
                *code == ValidationCode::JustificationRequired || LINKS.contains(code)
            };
            let check =
                validation::validate_entry(&tx, &self.catalogue, &input, now, Some(&editing));
            collect(&mut errors, &prefix, check, ignore_current)?;
            for (j, old) in versions.iter().enumerate() {
                let check =
                    validation::validate_entry(&tx, &self.catalogue, old, now, Some(&editing));
                collect(
                    &mut errors,
                    &format!("{prefix}history[{j}].input."),
                    check,
                    |code| HISTORY.contains(code),
                )?;
            }
            if !errors.is_empty() {
                continue;
            }
            rows::insert_as(&tx, Some(id), &input, entry.created_at)?;
            tx.execute(
                "UPDATE entries SET updated_at = ?2, version = ?3 WHERE id = ?1",
                params![id, entry.updated_at, entry.version],
            )
            .ctx(context)?;
            if entry.deleted_at.is_some() {
                rows::set_trashed(&tx, id, entry.deleted_at)?;
            }
            if let Some(request) = &entry.request_id {
                let Some(request) = request_ids.get(request) else {
                    let message = "given directly through a request the file does not hold";
                    let field = format!("{prefix}requestId");
                    errors.push(FieldError::new(
                        field,
                        ValidationCode::UnknownEntry,
                        message,
                    ));
                    continue;
                };
                tx.execute(
                    "UPDATE entries SET request_id = ?2 WHERE id = ?1",
                    params![id, request],
                )
                .ctx(context)?;
            }
            for (old, old_input) in exported.history.iter().zip(&versions) {
                let snapshot = serde_json::to_string(old_input)
                    .map_err(|source| StoreError::StoredData { context, source })?;
                tx.execute(
                    "INSERT INTO entry_versions (entry_id, version, saved_at, snapshot) VALUES (?1, ?2, ?3, ?4)",
                    params![id, old.version, old.saved_at, snapshot],
                )
                .ctx(context)?;
            }
            links.push((prefix, input, editing));
        }
        if errors.is_empty() {
            for (prefix, input, editing) in &links {
                let check =
                    validation::validate_entry(&tx, &self.catalogue, input, now, Some(editing));
                collect(&mut errors, prefix, check, |code| !LINKS.contains(code))?;
            }
        }
        summary.links_added = article_links::import(
            &tx,
            &self.catalogue,
            &export.article_links,
            &skill_ids,
            &mut errors,
        )?;
        if !errors.is_empty() {
            return Err(StoreError::Validation(errors));
        }
        summary.entries_added = u32::try_from(added.len()).unwrap_or(u32::MAX);
        tx.commit().ctx(context)?;
        Ok(summary)
    }
}

pub(super) fn custom_number(id: &str) -> Option<i64> {
    id.strip_prefix("custom-")?
        .parse()
        .ok()
        .filter(|&n: &i64| n > 0)
}

/// Adds or matches the export's custom skills; returns export id → journal id.
fn import_skills(
    conn: &Connection,
    export: &JournalExport,
    restore: bool,
    summary: &mut ImportSummary,
) -> Result<HashMap<String, String>, StoreError> {
    let context = "import the skills";
    let existing: Vec<(String, String)> = conn
        .prepare("SELECT id, name FROM custom_skills")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .ctx(context)?;
    let by_name: HashMap<String, String> = existing
        .into_iter()
        .map(|(id, name)| (fold(&name), id))
        .collect();
    let mut ids = HashMap::new();
    for (i, skill) in export.custom_skills.iter().enumerate() {
        if let Some(id) = by_name.get(&fold(&skill.name)) {
            ids.insert(skill.id.clone(), id.clone());
            summary.skills_matched += 1;
            continue;
        }
        let name =
            validation::skill_name(conn, &skill.name, None).map_err(|error| match error {
                StoreError::Validation(found) => StoreError::Validation(
                    found
                        .into_iter()
                        .map(|e| FieldError {
                            field: format!("customSkills[{i}].{}", e.field),
                            ..e
                        })
                        .collect(),
                ),
                other => other,
            })?;
        let n = if restore {
            custom_number(&skill.id)
        } else {
            None
        };
        conn.execute(
            "INSERT INTO custom_skills (n, name, created_at, archived_at) VALUES (?1, ?2, ?3, ?4)",
            params![n, name, skill.created_at, skill.archived_at],
        )
        .ctx(context)?;
        let n = conn.last_insert_rowid();
        let id = format!("custom-{n}");
        conn.execute(
            "UPDATE custom_skills SET id = ?2 WHERE n = ?1",
            params![n, id],
        )
        .ctx(context)?;
        ids.insert(skill.id.clone(), id);
        summary.skills_added += 1;
    }
    Ok(ids)
}
