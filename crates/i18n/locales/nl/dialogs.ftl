# The titles of the native save and open dialogs (src-tauri/src/dialogs.rs). Read by Rust only.

dialog-export-journal = Dagboek exporteren
dialog-save-report = Rapport opslaan
dialog-import-journal = Dagboek importeren
dialog-save-request = Feedbackverzoek opslaan
