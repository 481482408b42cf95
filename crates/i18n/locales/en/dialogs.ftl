# The titles of the native save and open dialogs (src-tauri/src/dialogs.rs). Read by Rust only.

dialog-export-journal = Export the journal
dialog-save-report = Save the report
dialog-import-journal = Import a journal
dialog-save-request = Save the feedback request
