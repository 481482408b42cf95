# Why something did not work, per error code (src-tauri/src/error.rs, ErrorCode). The window
# words a command's error with these (ui/src/lib/errors.ts); `args` fill the placeholders.

error-internal = The app hit an internal error. Please restart Skills Journal.
error-article-not-found = This article is no longer there; it may have been moved or deleted.
error-item-not-unplaced = This item is not (or no longer) in the article. Open the article again.
error-validation = Not everything is filled in correctly; see the fields with a message.
error-entry-not-found = Entry { $id } does not exist (any more); it may have been deleted.
error-entry-in-trash = Entry { $id } is in the trash. Restore it first.
error-version-not-found = Entry { $id } has no version { $version }.
error-skill-not-found = This skill of your own does not exist (any more).
error-skill-in-use = This skill belongs to { $entries } entries. Archive it instead of deleting it.
error-schema-too-new = This journal was written by a newer version of Skills Journal (version { $found }; this app knows up to { $supported }). Update the app to open it; the file was not changed.
error-not-a-journal = { $path } is not a Skills Journal file. It was not changed.
error-corrupt = The journal file was damaged; it was set aside as { $keptAs } (nothing was deleted).
error-backup-invalid = This backup cannot be used: { $path }.
error-io = The file { $path } could not be read or written ({ $detail }).
error-database = The journal reported an error. Try again, and restore a backup if it keeps happening.
error-stored-data = Part of the journal is damaged. Restore a backup.
error-import-refused = This file cannot be imported; nothing was changed. ({ $detail })
error-journal-in-use = The journal is open in a window of Skills Journal. Close that window first.
error-journal-unavailable = The journal is not open.
error-restoring = A backup is being restored. Restart the app if this stays.
error-not-damaged = The journal is not damaged; there is nothing to salvage or start anew.
error-invalid-period = This period is not possible: choose a start that is not after the end (at most 1000 weeks).
error-no-skills = Choose at least one skill for the report.
error-unknown-skill = There is no skill { $id }.
error-pdf-failed = The PDF could not be typeset.
error-csv-failed = The CSV file could not be made.
error-write-failed = { $path } could not be written ({ $detail }). Nothing was left half-written.
error-open-failed = { $path } could not be opened.
error-nothing-exported = Nothing has been exported yet.
error-invalid-url = This link is not opened: { $url }. Only http, https and mailto links open.
error-invalid-path = The app cannot read or write in that place.
error-backup-not-found = { $path } is not a backup of this journal.
error-settings-not-saved = The settings could not be saved.
error-import-unreadable = { $path } could not be read.
error-import-too-large = { $path } is { $size } MB; a journal export is at most { $limit } MB.
