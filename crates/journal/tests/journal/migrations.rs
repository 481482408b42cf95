//! Opening files: new, empty, every earlier schema (fixtures), newer and foreign ones.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use skills_journal_store::{
    BackupReason, EntryKind, EntryQuery, JournalStore, SCHEMA_VERSION, StoreError,
};

use super::common::{self, now};

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}.sqlite"))
}

fn header_value(path: &Path, pragma: &str) -> u32 {
    let conn = Connection::open(path).unwrap();
    conn.pragma_query_value(None, pragma, |r| r.get(0)).unwrap()
}

#[test]
fn a_new_file_is_created_at_the_latest_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/journal.sqlite");
    let store = JournalStore::open(&path, now()).unwrap();
    assert_eq!(store.path(), Some(path.as_path()));
    store.close().unwrap();
    assert_eq!(
        header_value(&path, "user_version"),
        SCHEMA_VERSION,
        "a new journal is at the latest schema"
    );
    assert_eq!(
        header_value(&path, "application_id"),
        0x534A_524E,
        "a new journal carries our application id"
    );
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal", "the journal stays in WAL mode");
    assert!(
        !dir.path().join("nested/folder/backups").exists(),
        "a brand-new journal needs no backup"
    );
}

#[test]
fn an_empty_file_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    fs::write(&path, b"").unwrap();
    let mut store = JournalStore::open(&path, now()).unwrap();
    store.set_catalogue_ids(common::CATALOGUE);
    store
        .create_entry(&common::reflection("2026-11-01", "Goed geluisterd"), now())
        .unwrap();
    assert_eq!(
        store.find(&EntryQuery::default()).unwrap().items.len(),
        1,
        "an empty file becomes a working journal"
    );
}

/// Every schema a released version wrote must open, migrate and keep its entries.
#[test]
fn every_earlier_schema_opens_from_its_fixture() {
    for version in 1..=SCHEMA_VERSION {
        let source = fixture(version);
        assert!(source.exists(), "{} should be checked in", source.display());
        let dir = tempfile::tempdir().unwrap();
        let path = common::journal_path(dir.path());
        fs::copy(&source, &path).unwrap();
        let mut store = JournalStore::open(&path, now()).unwrap();
        store.set_catalogue_ids(common::CATALOGUE);
        let found = store
            .find(&EntryQuery {
                include_private: true,
                ..Default::default()
            })
            .unwrap();
        let kinds: Vec<EntryKind> = found.items.iter().map(|h| h.entry.input.kind()).collect();
        for kind in EntryKind::ALL {
            assert!(
                kinds.contains(kind),
                "fixture v{version}: an entry of kind {kind:?} survives, found {kinds:?}"
            );
        }
        let edited = found
            .items
            .iter()
            .find(|h| h.entry.version > 1)
            .expect("the fixture has an edited entry");
        assert!(
            store.history(edited.entry.id).unwrap().len() > 1,
            "fixture v{version}: history survives"
        );
        assert_eq!(
            store.custom_skills().unwrap().len(),
            1,
            "fixture v{version}: the custom skill survives"
        );
        assert_eq!(
            store.drafts().unwrap().len(),
            1,
            "fixture v{version}: the draft survives"
        );
        assert_eq!(
            store.trash().unwrap().len(),
            1,
            "fixture v{version}: the trash survives"
        );
        if version >= 2 {
            let links = store.article_links("bundled/luisteren").unwrap();
            assert_eq!(
                links
                    .iter()
                    .map(|l| l.skill_id.as_str())
                    .collect::<Vec<_>>(),
                ["listening"],
                "fixture v{version}: the article links survive"
            );
        }
        if version >= 3 {
            let requests = store.requests(common::date("2026-11-02")).unwrap();
            assert_eq!(
                requests.len(),
                1,
                "fixture v{version}: the request survives"
            );
            let given = store.entries_of_request(&requests[0].id).unwrap();
            let entry = store.entry(given[0]).unwrap();
            assert_eq!(
                entry.request_id.as_deref(),
                Some(requests[0].id.as_str()),
                "fixture v{version}: given directly survives"
            );
        }
        if version >= 4 {
            assert_eq!(
                store.identities().unwrap(),
                [fixture_identity()],
                "fixture v{version}: the key for answers survives"
            );
        }
        let searched = store.find(&EntryQuery {
            text: Some("presen".into()),
            include_private: true,
            ..Default::default()
        });
        assert!(
            !searched.unwrap().items.is_empty(),
            "fixture v{version}: the search index survives"
        );
        assert_eq!(
            store.integrity_check().unwrap(),
            None,
            "fixture v{version}: sound after migrating"
        );
        let backups = store.backups().unwrap();
        if version < SCHEMA_VERSION {
            assert!(
                backups
                    .iter()
                    .any(|b| b.reason == BackupReason::BeforeMigration
                        && b.schema_version == Some(version)),
                "fixture v{version}: a backup was made before migrating, found {backups:?}"
            );
        }
        store.close().unwrap();
        assert_eq!(
            header_value(&path, "user_version"),
            SCHEMA_VERSION,
            "fixture v{version}: migrated to the latest"
        );
    }
}

const FIXTURE_TOKEN: &str = "00112233445566778899aabbccddeeff";

/// A key pair of the right shape (the journal keeps the text; only the requests crate reads it).
fn fixture_identity() -> skills_journal_store::StoredIdentity {
    skills_journal_store::StoredIdentity {
        recipient: format!("age1{}", "q".repeat(58)),
        secret: format!("AGE-SECRET-KEY-1{}", "Q".repeat(58)),
        created_at: now(),
    }
}

fn fixture_request() -> skills_journal_store::RequestInput {
    skills_journal_store::RequestInput {
        lang: skills_catalogue::Lang::Nl,
        giver_role: skills_journal_store::GiverRole::Stakeholder,
        giver_name: Some("Sanne".into()),
        giver_email: None,
        reply_to: None,
        setting: None,
        about_date: Some(common::date("2026-10-06")),
        context: Some("sprintdemo".into()),
        skills: vec!["presentations".into()],
        reply_by: None,
    }
}

/// Writes `tests/fixtures/schema-v<SCHEMA_VERSION>.sqlite`. Run once when a schema version is
/// released (`JOURNAL_WRITE_FIXTURE=1 cargo test -p skills-journal-store -- --ignored
/// write_schema_fixture`), then commit the file and never regenerate it.
#[test]
#[ignore = "writes a fixture file; run by hand when releasing a new schema version"]
fn write_schema_fixture() {
    if std::env::var_os("JOURNAL_WRITE_FIXTURE").is_none() {
        return;
    }
    let target = fixture(SCHEMA_VERSION);
    assert!(
        !target.exists(),
        "{} exists; fixtures are never regenerated",
        target.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let mut store = common::file_store(dir.path(), now());
    let custom = store.add_custom_skill("Feedback geven", now()).unwrap();
    let feedback = store
        .create_entry(
            &common::feedback("2026-10-01", "De presentatie was helder"),
            now(),
        )
        .unwrap();
    let mut edited = feedback.input.clone();
    edited.tags = vec!["sprint review".into()];
    store.update_entry(feedback.id, &edited, now()).unwrap();
    let mut reflection = common::reflection("2026-10-02", "Ik liet de ander uitpraten");
    reflection
        .skills
        .push(skills_journal_store::EntrySkill::new(custom.id.clone()));
    reflection.private = true;
    store.create_entry(&reflection, now()).unwrap();
    store
        .create_entry(
            &common::assessment("2026-10-03", "presentations", 3, None),
            now(),
        )
        .unwrap();
    store
        .create_entry(
            &common::action("2026-10-04", "Begin met het probleem", Some(feedback.id)),
            now(),
        )
        .unwrap();
    let trashed = store
        .create_entry(&common::reflection("2026-10-05", "Weggegooid"), now())
        .unwrap();
    store.delete_entry(trashed.id, now()).unwrap();
    store
        .save_draft("new-feedback", r#"{"impact":"half getypt"}"#, now())
        .unwrap();
    store
        .link_article_item("bundled/luisteren", "echt luisteren", "listening", now())
        .unwrap();
    let request = store
        .create_request(&fixture_request(), FIXTURE_TOKEN, now())
        .unwrap();
    let given = skills_journal_store::GivenFeedback {
        request_id: request.id,
        token: FIXTURE_TOKEN.into(),
        digest: "fixture".into(),
        answered_on: common::date("2026-10-07"),
        giver_name: Some("Sanne".into()),
        skills: vec![skills_journal_store::GivenSkill {
            skill_id: "presentations".into(),
            rating: Some(4),
            behaviour: Some("Je begon met het waarom".into()),
            keep_doing: Some("Blijf vragen stellen".into()),
            ..Default::default()
        }],
    };
    store.import_feedback_answer(&given, now()).unwrap();
    store.add_identity(&fixture_identity()).unwrap();
    store.close().unwrap();
    let conn = Connection::open(&path).unwrap();
    let _: String = conn
        .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))
        .unwrap();
    conn.execute_batch("VACUUM").unwrap();
    drop(conn);
    fs::copy(&path, &target).unwrap();
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::journal_path(dir.path());
    let store = common::file_store(dir.path(), now());
    store.close().unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let _: String = conn
            .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))
            .unwrap();
    }
    let bytes = fs::read(&path).unwrap();
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let listing_before = folder_listing(dir.path());

    for attempt in 0..2 {
        match JournalStore::open(&path, common::days_later(attempt)) {
            Err(StoreError::SchemaTooNew { found, supported }) => {
                assert_eq!(
                    (found, supported),
                    (SCHEMA_VERSION + 1, SCHEMA_VERSION),
                    "the error names both versions"
                );
            }
            other => panic!("a newer journal must be refused, got {other:?}"),
        }
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "the newer journal is byte-for-byte untouched"
    );
    assert_eq!(
        fs::metadata(&path).unwrap().modified().unwrap(),
        modified,
        "its modification time is unchanged"
    );
    assert_eq!(
        folder_listing(dir.path()),
        listing_before,
        "no -wal, -shm or backup files appeared next to it"
    );
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, setup) in [
        (
            "tables.sqlite",
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY);",
        ),
        (
            "app-id.sqlite",
            "PRAGMA application_id = 42; CREATE TABLE t (x);",
        ),
    ] {
        let path = dir.path().join(name);
        Connection::open(&path)
            .unwrap()
            .execute_batch(setup)
            .unwrap();
        let bytes = fs::read(&path).unwrap();
        let result = JournalStore::open(&path, now());
        assert!(
            matches!(result, Err(StoreError::NotAJournal { .. })),
            "{name}: refused, got {result:?}"
        );
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name}: left untouched");
    }
}

fn folder_listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
