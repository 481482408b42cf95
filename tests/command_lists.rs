//! The app's Tauri commands are named in five places: the handler list (`src-tauri/src/app.rs`),
//! the permission manifest (`src-tauri/build.rs`), the main window's capability
//! (`src-tauri/capabilities/main.json`), the UI's wrappers (`ui/src/lib/ipc.ts`) and the contract
//! (`docs/architecture.md`). They must name the same commands: a command missing from the
//! capability is refused at run time, one missing from the docs is a contract nobody wrote down.
//! Every command lives in `src-tauri/src/commands/` and stays thin.

#![allow(
    clippy::expect_used,
    reason = "test code: a panic is a failed test with its message"
)]

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The text between `start` and the next `end` after it.
fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found"))
        + start.len();
    let rest = &text[from..];
    &rest[..rest
        .find(end)
        .unwrap_or_else(|| panic!("`{end}` not found"))]
}

fn is_name(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

fn handlers() -> BTreeSet<String> {
    let app = read("src-tauri/src/app.rs");
    between(&app, "generate_handler![", "]")
        .split(',')
        .filter_map(|path| path.trim().rsplit("::").next())
        .filter(|name| is_name(name))
        .map(str::to_owned)
        .collect()
}

fn manifest() -> BTreeSet<String> {
    let build = read("src-tauri/build.rs");
    between(&build, ".commands(&[", "]")
        .split(',')
        .map(|name| name.trim().trim_matches('"'))
        .filter(|name| is_name(name))
        .map(str::to_owned)
        .collect()
}

fn capability() -> BTreeSet<String> {
    let json: serde_json::Value = serde_json::from_str(&read("src-tauri/capabilities/main.json"))
        .expect("the capability is JSON");
    json["permissions"]
        .as_array()
        .expect("a permissions list")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

fn ui_wrappers() -> BTreeSet<String> {
    let ipc = read("ui/src/lib/ipc.ts");
    ipc.split("call<")
        .skip(1)
        .filter_map(|after| {
            let quoted = after.split_once("(\"")?.1;
            Some(quoted.split_once('"')?.0.to_owned())
        })
        .filter(|name| is_name(name))
        .collect()
}

fn documented() -> BTreeSet<String> {
    let docs = read("docs/architecture.md");
    let mut names = BTreeSet::new();
    for line in docs.lines().filter(|line| line.starts_with("| `")) {
        let first_cell = line.trim_start_matches('|').split('|').next().unwrap_or("");
        for part in first_cell.split('/') {
            let name = part.trim().trim_matches('`');
            if is_name(name) {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

#[test]
fn every_list_of_commands_names_the_same_commands() {
    let handlers = handlers();
    assert!(
        handlers.len() > 30,
        "the handler list was read: {handlers:?}"
    );
    for (place, names) in [
        ("src-tauri/build.rs", manifest()),
        ("src-tauri/capabilities/main.json", capability()),
        ("ui/src/lib/ipc.ts", ui_wrappers()),
    ] {
        let missing: Vec<_> = handlers.difference(&names).collect();
        let extra: Vec<_> = names.difference(&handlers).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{place} disagrees with the handler list in app.rs: missing {missing:?}, not a handler {extra:?}"
        );
    }
    // The docs' tables also hold other rows (types, CLI); every command must be among them.
    let documented = documented();
    let undocumented: Vec<_> = handlers.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "docs/architecture.md does not describe {undocumented:?}"
    );
}

/// The most lines a Tauri command's body may have: a command takes what the UI sent, asks a
/// crate and maps the answer; anything longer is logic that belongs in a crate or a helper.
const MAX_COMMAND_BODY_LINES: usize = 15;

#[test]
fn every_command_is_thin() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
    let mut seen = BTreeSet::new();
    let mut long = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the commands folder") {
        let path = entry.expect("a file of the commands folder").path();
        let text = std::fs::read_to_string(&path).expect("a commands file");
        let lines: Vec<&str> = text.lines().collect();
        for (index, _) in lines
            .iter()
            .enumerate()
            .filter(|(_, line)| line.trim() == "#[tauri::command]")
        {
            // The body runs from the line after the signature's `{` to the closing `}` at
            // the start of a line (rustfmt's layout).
            let open = (index..lines.len())
                .find(|&i| lines[i].trim_end().ends_with('{'))
                .expect("the signature ends with `{`");
            let close = (open..lines.len())
                .find(|&i| lines[i] == "}")
                .expect("the body ends with `}`");
            let name = lines[index..=open]
                .iter()
                .find_map(|line| line.split("fn ").nth(1))
                .and_then(|rest| rest.split(['(', '<']).next())
                .expect("the command's name")
                .to_owned();
            let body = close - open - 1;
            if body > MAX_COMMAND_BODY_LINES {
                long.push(format!("{name} ({body} lines)"));
            }
            seen.insert(name);
        }
    }
    assert_eq!(
        seen,
        handlers(),
        "every handler is in src-tauri/src/commands/"
    );
    assert!(
        long.is_empty(),
        "commands longer than {MAX_COMMAND_BODY_LINES} lines: {long:?}"
    );
}
