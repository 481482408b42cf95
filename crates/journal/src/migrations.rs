//! The schema and its versions. Each migration runs in one transaction that also records the
//! new `PRAGMA user_version`, so a crash leaves the file at the old version or the new one,
//! never between. (A loop of thirty lines: `rusqlite_migration` pins an older rusqlite.)
//!
//! Rules for adding a migration: append to [`MIGRATIONS`], never edit a released one, no
//! connection pragmas here (they live in `db.rs`; most are ignored inside a transaction
//! anyway), and add a `tests/fixtures/schema-v<N>.sqlite` written by the release before it.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{DbContext, StoreError};

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[V1, V2, V3, V4];

/// Version 1: entries with typed columns per kind, their skills, tags and versions, custom
/// skills, drafts and the full-text index.
const V1: &str = r#"
-- application_id and user_version are fields of the file header, not connection settings.
PRAGMA application_id = 1397379662; -- "SJRN", see db::APPLICATION_ID

CREATE TABLE entries (
    -- AUTOINCREMENT: ids of purged entries never come back (actions and the UI refer to them).
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL CHECK (kind IN ('feedback', 'reflection', 'self_assessment', 'action')),
    date            TEXT NOT NULL,            -- YYYY-MM-DD
    article_id      TEXT,
    private         INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    -- feedback
    setting         TEXT CHECK (setting IN ('presentation', 'stakeholder_meeting', 'teamwork', 'other')),
    giver_role      TEXT CHECK (giver_role IN ('coach', 'peer', 'manager', 'stakeholder', 'client', 'other')),
    giver_name      TEXT,
    situation       TEXT,                     -- feedback and reflection
    behaviour       TEXT,
    impact          TEXT,
    next_step       TEXT,
    -- reflection (STARR; situation above)
    task            TEXT,
    action          TEXT,
    result          TEXT,
    reflection      TEXT,
    -- self-assessment (levels are in entry_skills)
    note            TEXT,
    -- action
    action_text     TEXT,
    due             TEXT,
    done            INTEGER CHECK (done IN (0, 1)),
    source_entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    -- bookkeeping
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,                     -- in the trash since
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX entries_by_date ON entries (date DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_in_trash ON entries (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX entries_by_article ON entries (article_id, date DESC, id DESC) WHERE article_id IS NOT NULL;
CREATE INDEX entries_by_source ON entries (source_entry_id) WHERE source_entry_id IS NOT NULL;

-- One row per skill of an entry. kind, date and trashed copy the entry's (written in the same
-- transaction) so per-skill lists and statistics read one index instead of every entry.
-- No partial indexes here: a partial index's `trashed = 0` makes SQLite re-prepare every
-- statement on this table that binds a parameter (it compares each bound value with the 0).
CREATE TABLE entry_skills (
    entry_id      INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    skill_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    rating        INTEGER CHECK (rating BETWEEN 1 AND 5),   -- the level for self-assessments
    justification TEXT,
    kind          TEXT NOT NULL,
    date          TEXT NOT NULL,
    trashed       INTEGER NOT NULL DEFAULT 0 CHECK (trashed IN (0, 1)),
    PRIMARY KEY (entry_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX entry_skills_by_date ON entry_skills (skill_id, trashed, date DESC, entry_id DESC);
CREATE INDEX entry_skills_by_kind ON entry_skills (skill_id, kind, trashed, date DESC, entry_id DESC, rating);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL COLLATE NOCASE,
    position INTEGER NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id);

-- Earlier versions of an entry: the EntryInput JSON as it was, and when it was saved.
CREATE TABLE entry_versions (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
    PRIMARY KEY (entry_id, version)
) WITHOUT ROWID;

CREATE TABLE custom_skills (
    n           INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused
    id          TEXT UNIQUE,                          -- 'custom-' || n, set right after the insert
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    archived_at TEXT
);

CREATE TABLE drafts (
    key      TEXT PRIMARY KEY,
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL
) WITHOUT ROWID;

-- The search text of each entry: every text field, case- and accent-folded in Rust
-- (snippets::fold) so the index, the LIKE fallback and the highlighting fold the same way.
-- `key` orders entries by date, then id (rows::search_key), so a search walks the index
-- backwards in list order and stops after one page.
CREATE TABLE entry_text (
    key      INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id),   -- no cascade: rows::purge
    text     TEXT NOT NULL                                      -- also cleans the index
);
-- Trigram index over entry_text without a second copy of the text (external content).
CREATE VIRTUAL TABLE entry_search USING fts5 (text, content = 'entry_text', content_rowid = 'key', tokenize = 'trigram');
"#;

/// Version 2: links from an article's list item (that names no catalogue skill) to a skill.
const V2: &str = r#"
CREATE TABLE article_links (
    article_id TEXT NOT NULL,
    item       TEXT NOT NULL,      -- the item's normalised text (skills_articles::UnplacedItem)
    skill_id   TEXT NOT NULL,      -- a catalogue or custom skill id
    linked_at  TEXT NOT NULL,
    PRIMARY KEY (article_id, item)
) WITHOUT ROWID;
"#;

/// Version 3: others' voices. Requests the trainee sent (a feedback form or a review pack),
/// the answers imported from them, and feedback entries that hold a giver's own words.
const V3: &str = r#"
CREATE TABLE requests (
    n            INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused
    id           TEXT UNIQUE,                         -- 'request-' || n, set right after the insert
    token        TEXT NOT NULL,                       -- 32 hex digits; an answer must carry it
    lang         TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    giver_role   TEXT NOT NULL CHECK (giver_role IN ('coach', 'peer', 'manager', 'stakeholder', 'client', 'other')),
    giver_name   TEXT,
    giver_email  TEXT,
    reply_to     TEXT,                                -- the trainee's address for the answer
    setting      TEXT CHECK (setting IN ('presentation', 'stakeholder_meeting', 'teamwork', 'other')),
    about_date   TEXT,                                -- YYYY-MM-DD: the day the feedback is about
    context      TEXT,
    skills       TEXT NOT NULL CHECK (json_valid(skills)),   -- ["listening", ...], in order
    reply_by     TEXT,
    created_at   TEXT NOT NULL,
    withdrawn_at TEXT
);

-- One row per imported answer. `digest` is the SHA-256 of the answer's JSON: the same answer
-- imported twice (pasted again, or the same file dropped twice) adds nothing.
CREATE TABLE answers (
    digest      TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES requests (id),
    answered_on TEXT NOT NULL,
    imported_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX answers_by_request ON answers (request_id);

-- Feedback: the giver's "one thing to keep doing" and "one thing to try".
ALTER TABLE entries ADD COLUMN keep_doing TEXT;
ALTER TABLE entries ADD COLUMN try_next TEXT;
-- Set when the entry holds feedback given directly by its giver, through this request (only
-- an imported answer sets it; an edit cannot).
ALTER TABLE entries ADD COLUMN request_id TEXT REFERENCES requests (id);
"#;

/// Version 4: the trainee's age key pairs, in the journal so that its backups and exports
/// carry them (see identities.rs).
const V4: &str = r#"
CREATE TABLE identities (
    recipient  TEXT PRIMARY KEY,            -- age1…, the public half the forms carry
    secret     TEXT NOT NULL,               -- AGE-SECRET-KEY-1…
    created_at TEXT NOT NULL
) WITHOUT ROWID;
"#;

/// The schema version recorded in the file.
pub(crate) fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .ctx("read the journal's version")
}

/// Brings the schema up to [`SCHEMA_VERSION`], one transaction per step. `before_step(from)`
/// runs before each step on a file that already has data (the store makes a backup there).
pub(crate) fn migrate(
    conn: &mut Connection,
    mut before_step: impl FnMut(&Connection, u32) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let found = current_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (from, sql) in (found..).zip(MIGRATIONS.iter().skip(found as usize)) {
        // A new file (version 0) has nothing to back up, however many steps it takes.
        if found > 0 {
            before_step(conn, from)?;
        }
        let context = "update the journal to the new version";
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        tx.execute_batch(sql).ctx(context)?;
        let broken: Option<String> = tx
            .query_row(
                "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                [],
                |row| row.get(0),
            )
            .map(Some)
            .or_else(|error| match error {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                error => Err(error),
            })
            .ctx(context)?;
        if let Some(table) = broken {
            return Err(StoreError::Database {
                context,
                source: rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                    Some(format!("migration {from} broke a foreign key in {table}")),
                ),
            });
        }
        tx.pragma_update(None, "user_version", from + 1)
            .ctx(context)?;
        tx.commit().ctx(context)?;
    }
    Ok(())
}
