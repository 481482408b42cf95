//! Folder watching: a new Markdown file triggers the callback (within a generous bound).

use std::sync::mpsc;
use std::time::Duration;

use skills_articles::watch::watch_folders;

#[test]
fn a_new_markdown_file_triggers_the_callback() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("bestaat-niet");
    let (sender, receiver) = mpsc::channel();
    let watch = watch_folders(&[dir.path().to_path_buf(), missing], move || {
        let _ = sender.send(());
    })
    .expect("a temporary folder can be watched");
    assert_eq!(
        watch.dirs(),
        [dir.path().to_path_buf()],
        "the missing folder is skipped"
    );
    assert!(
        format!("{watch:?}").contains("FolderWatch"),
        "FolderWatch has a Debug form"
    );

    std::fs::create_dir(dir.path().join("map")).unwrap();
    std::fs::write(dir.path().join("map").join("nieuw.md"), "# Nieuw\n").unwrap();
    assert!(
        receiver.recv_timeout(Duration::from_secs(10)).is_ok(),
        "a new .md file is noticed within ten seconds"
    );
    drop(watch);
}
