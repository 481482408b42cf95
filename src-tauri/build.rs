//! Generates the Tauri context and the permissions of the app's own commands.

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/*.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&[
            "library_snapshot",
            "search_articles",
            "open_article",
            "app_settings",
            "set_locale",
            "open_external",
        ]));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; the message is the whole report.
        panic!("tauri-build failed: {error:#}");
    }
}
