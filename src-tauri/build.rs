//! Generates the Tauri context and the permissions of the app's own commands.

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/*.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&[
            "library_snapshot",
            "search_articles",
            "open_article",
            "article_links",
            "link_article_item",
            "unlink_article_item",
            "app_settings",
            "set_locale",
            "open_external",
            "journal_status",
            "find_entries",
            "get_entry",
            "create_entry",
            "update_entry",
            "set_action_done",
            "entry_history",
            "restore_entry_version",
            "delete_entry",
            "restore_from_trash",
            "trash_entries",
            "empty_trash",
            "save_draft",
            "get_draft",
            "list_drafts",
            "discard_draft",
            "days_with_entries",
            "journal_tags",
            "skill_stats",
            "assessment_context",
            "custom_skills",
            "add_custom_skill",
            "rename_custom_skill",
            "set_custom_skill_archived",
            "delete_custom_skill",
            "list_backups",
            "backup_now",
            "restore_backup",
            "salvage_journal",
            "start_empty_journal",
            "progress_report",
            "export_report",
            "import_journal",
            "reveal_last_export",
            "feedback_requests",
            "ask_for_feedback",
            "withdraw_feedback_request",
            "import_answer",
        ]));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; the message is the whole report.
        panic!("tauri-build failed: {error:#}");
    }
}
