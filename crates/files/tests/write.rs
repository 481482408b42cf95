//! The one atomic writer: whole files or the old state, with the permissions each audience needs.

#![allow(clippy::unwrap_used, reason = "test code: a panic is a failed test")]

use skills_files::{Audience, write_atomically};

#[test]
fn atomic_write_replaces_the_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.html");
    write_atomically(&path, b"eerste", Audience::Document).unwrap();
    write_atomically(&path, b"tweede", Audience::Document).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"tweede");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left behind");
}

#[cfg(unix)]
#[test]
fn a_document_gets_ordinary_file_permissions_or_keeps_the_replaced_ones() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    // What any program's new file gets under this umask.
    let ordinary = dir.path().join("ordinary");
    std::fs::File::create(&ordinary).unwrap();
    let report = dir.path().join("rapport.pdf");
    write_atomically(&report, b"%PDF-", Audience::Document).unwrap();
    assert_eq!(
        mode(&report),
        mode(&ordinary),
        "a new export is not private to its temporary file's 0600"
    );
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomically(&report, b"%PDF-2", Audience::Document).unwrap();
    assert_eq!(
        mode(&report),
        0o640,
        "replacing a file keeps its permissions"
    );
}

#[test]
fn a_failed_atomic_write_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    // The destination is a folder: the rename fails after the data was written.
    let blocked = dir.path().join("rapport.csv");
    std::fs::create_dir(&blocked).unwrap();
    let error = write_atomically(&blocked, b"data", Audience::Owner).unwrap_err();
    assert!(
        error.to_string().contains("rapport.csv"),
        "the message names the file: {error}"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("rapport.csv")],
        "only the folder that was there"
    );
    assert!(blocked.is_dir());
    // A folder that does not exist: nothing is created.
    let missing = dir.path().join("nope").join("rapport.md");
    assert!(write_atomically(&missing, b"data", Audience::Document).is_err());
    assert!(!dir.path().join("nope").exists());
}

#[cfg(unix)]
#[test]
fn the_owners_file_is_private_whatever_it_was_before() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("settings.json");
    std::fs::write(&own, b"{}").unwrap();
    std::fs::set_permissions(&own, std::fs::Permissions::from_mode(0o644)).unwrap();
    write_atomically(&own, b"{}", Audience::Owner).unwrap();
    let mode = std::fs::metadata(&own).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    write_atomically(&dir.path().join("new.json"), b"{}", Audience::Owner).unwrap();
    let mode = std::fs::metadata(dir.path().join("new.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "a new file too");
}
