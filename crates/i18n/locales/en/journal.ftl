# The journal: its list, calendar, entries, history, trash, backups and what shows when the
# journal cannot be opened. locales/nl/journal.ftl holds the same ids.

## Labels for entry kinds, feedback settings, giver roles and entry fields (lib/labels.ts)

label-kind-feedback = Feedback
label-kind-reflection = Reflection
label-kind-self-assessment = Self-assessment
label-kind-action = Action
label-setting-presentation = Presentation
label-setting-stakeholder-meeting = Stakeholder meeting
label-setting-teamwork = Teamwork
label-setting-other = Other setting
label-giver-coach = Coach
label-giver-peer = Peer
label-giver-manager = Manager
label-giver-stakeholder = Stakeholder
label-giver-client = Client
label-giver-other = Someone else
label-field-date = Date
label-field-skills = Skills
label-field-rating = Rating
label-field-level = Level
label-field-justification = Why this level
label-field-article = Article
label-field-tags = Tags
label-field-private = Private
label-field-setting = Setting
label-field-giver-role = Given by
label-field-giver-name = Name of the giver
label-field-situation = Situation
label-field-behaviour = Behaviour
label-field-impact = Impact
label-field-next-step = Next step
label-field-keep-doing = Keep doing
label-field-try-next = Try next
journal-given-directly = Given directly
journal-given-directly-title = Written by the giver in their own words, in answer to your request; not retold by you
entry-given-directly = Given directly by the giver, in answer to your request ({ $id }). Their words and ratings stay as they wrote them.
label-field-task = Task
label-field-action = Action
label-field-result = Result
label-field-reflection = Reflection
label-field-note = Note
label-field-text = What to practise
label-field-due = Due
label-field-done = Done
label-field-source = Comes from

## Top bar: sections and the New menu

nav-sections-label = Sections
nav-library = Library
nav-journal = Journal
nav-new = New
nav-new-label = New entry

## Journal list

journal-heading = Journal
journal-intro = Feedback you received, your reflections, self-assessments and the actions you set yourself, newest first.
journal-tools-label = Journal tools
journal-open-skills = Your skills
journal-open-backups = Backups
journal-open-trash = Trash
journal-new-label = New entry
journal-new-feedback = Log feedback
journal-new-reflection = Reflection
journal-new-self-assessment = Self-assessment
journal-new-action = Action
journal-search-label = Search the journal
journal-search-placeholder = Search your entries
journal-search-clear = Clear search
journal-searching = Searching…
journal-filter-skill = Skill
journal-filter-skill-all = All skills
journal-filter-kind = Kind
journal-filter-kind-all = All kinds
journal-filter-tag = Tag
journal-filter-tag-all = All tags
journal-filter-article = Article
journal-filter-article-all = All articles
journal-filter-setting = Setting
journal-filter-setting-all = Any setting
journal-filter-giver = Given by
journal-filter-giver-all = Anyone
journal-filter-written = Written by
journal-filter-written-all = Anyone
journal-filter-written-giver = The giver (given directly)
journal-filter-written-trainee = You (written down)
journal-filter-from = From
journal-filter-to = To
journal-side-label = Calendar and filters
journal-filters-heading = Filters
journal-filters-feedback = Feedback only
journal-filter-any-day = Any day
journal-filter-date-clear = Clear date
journal-filters-clear = Clear filters
journal-include-private = Show private entries
journal-private = Private
journal-private-title = Private: left out of lists unless you show private entries, and out of anything you share
journal-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
journal-count-more = The latest { $count } entries
journal-week = Week { $count }
journal-entry-no-text = No note
journal-snippets-label = Where your search was found
journal-loading = Loading your journal…
journal-loading-more = Loading…
journal-load-more = Load more
journal-error-title = The journal could not be loaded
journal-more-error-title = More entries could not be loaded
journal-empty-title = Your journal is still empty
journal-empty-body = Got feedback on a presentation, a meeting or your teamwork? Write it down while you still remember it: what happened, what the other person saw and what it did.
journal-empty-private-title = Only private entries so far
journal-empty-private-body = Your private entries are hidden from this list. Show them to read them here.
journal-empty-action = Log your first feedback
journal-empty-results-title = No entries found
journal-empty-results-body = No entry matches this search and these filters. Try another word or clear the filters.
journal-empty-day-title = No entries on this day
journal-confirm-cancel = Cancel
journal-notice-close = Close

## Calendar

calendar-previous = Previous month
calendar-next = Next month
calendar-today = This month
calendar-week-column = Week
calendar-day-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
calendar-month-entries = { $count ->
    [0] No entries this month
    [one] 1 entry this month
   *[other] { $count } entries this month
}
calendar-failed = The calendar could not be loaded.
calendar-show-all = Show all days
calendar-showing-day = Showing only

## One entry

entry-back = Back
entry-back-title = Back (Esc)
entry-edit = Edit
entry-history = History
entry-delete = Delete
entry-restore = Restore
entry-open = Open
entry-loading = Loading entry…
entry-error-title = This entry could not be opened
entry-in-trash = This entry is in the trash
entry-deleted-at = Deleted
entry-deleted-notice = Entry moved to the trash.
entry-restored-notice = Entry restored.
entry-restore-failed = The entry could not be restored: { $message }
entry-version = Version { $version }
entry-updated = Updated
entry-created = Created
entry-private-yes = Yes
entry-private-no = No
entry-level = Level { $count }
entry-rating-giver = Rated { $count } of 5 by the giver
entry-rating-self = Your own rating: { $count } of 5
entry-rating-short = { $count }/5
entry-article-missing = This article is no longer in the library.
entry-action-done = Done
entry-action-open = Not done yet
entry-action-mark-done = Mark as done
entry-action-due-short = Due
entry-source-unknown = An entry that can no longer be found
entry-actions-heading = Actions from this entry
entry-actions-none = No actions yet. What will you practise next?
entry-add-action = Add an action

## History

history-heading = History
history-intro = Every time you save an entry, the previous version is kept. Open a version to see what it said; changed fields are marked.
history-loading = Loading history…
history-error-title = The history could not be loaded
history-current = Current
history-first = First version
history-no-changes = Nothing changed
history-changed-fields = Changed:
history-changed = changed
history-emptied = (empty)
history-restore = Restore this version
history-restore-explain = Restoring saves this text as a new version; version { $version } stays in the history, so nothing is lost.
history-restored = Version { $version } is now the current text again (saved as version { $count }).
history-back-to-entry = Back to the entry

## Trash

trash-heading = Trash
trash-intro = Deleted entries stay here for { $count } days, then they are deleted for good. Until then you can restore them.
trash-loading = Loading the trash…
trash-error-title = The trash could not be loaded
trash-none-title = The trash is empty
trash-none-body = Entries you delete wait here before they go for good.
trash-days-left = { $count ->
    [0] Deleted for good at the next start
    [one] 1 day left
   *[other] { $count } days left
}
trash-restored = Entry restored to your journal.
trash-empty = Empty trash
trash-emptied = { $count ->
    [one] 1 entry deleted for good.
   *[other] { $count } entries deleted for good.
}
trash-confirm-title = Empty the trash?
trash-confirm-body = { $count ->
    [one] The entry in the trash will be deleted for good, with its history. This cannot be undone.
   *[other] The { $count } entries in the trash will be deleted for good, with their history. This cannot be undone.
}
trash-confirm-ok = Delete for good

## Backups

backup-warning-title = Your journal is not being backed up.
backup-warning-body = Everything you write is saved, but the automatic backup failed. Skills Journal tries again at the next start.
backup-warning-open = Open backups
backup-heading = Backups
backup-intro = Skills Journal backs up your journal every day you use it and before every update, and keeps the last two weeks of daily backups plus one a week for two months.
backup-now = Back up now
backup-made = Backup made.
backup-loading = Loading backups…
backup-error-title = The backups could not be listed
backup-none-title = No backups yet
backup-none-body = The first backup is made the next time you start Skills Journal, or right now with “Back up now”.
backup-col-made = Made
backup-col-reason = Why
backup-col-size = Size
backup-col-actions = Actions
backup-latest = Latest
backup-reason-daily = Daily
backup-reason-before-migration = Before an update
backup-reason-manual = By hand
backup-reason-before-import = Before an import
backup-schema = Journal format { $version }
backup-restore = Restore
backup-confirm-title = Restore this backup?
backup-confirm-body = Your journal will be replaced by the backup made on
backup-confirm-kept = Your current journal is not deleted: it is kept aside in the same folder, so you can go back to it.
backup-confirm-ok = Restore backup
backup-restored = Restored the backup made on
backup-restored-kept = The journal it replaced was kept aside in the same folder.
backup-open-journal = Open the journal
backup-failed = The backup could not be restored.
backup-journal-file = Journal file:

## When the journal cannot be opened

journal-unavailable-corrupt-title = Your journal file was damaged
journal-unavailable-corrupt-body = Skills Journal could not read it, so it moved the file aside. Nothing was deleted.
journal-unavailable-kept-as = The damaged file is kept as
journal-unavailable-corrupt-restore = Restore the latest backup to carry on where it left off.
journal-unavailable-corrupt-no-backup = There is no backup to restore.
journal-unavailable-corrupt-salvage = You can also salvage every entry that can still be read from the damaged file, or begin a new, empty journal; the damaged file and the backups stay either way.
journal-unavailable-salvage = Salvage what can be read
journal-unavailable-start-empty = Start an empty journal
journal-salvaged = { $recovered } entries salvaged ({ $added } added); { $unreadable } could not be read.
journal-started-empty = A new, empty journal was started. The damaged file is still where it was kept.
journal-unavailable-too-new-title = This journal needs a newer Skills Journal
journal-unavailable-too-new-body = It was saved by a newer version of the app. Update Skills Journal to open it; the file has not been changed.
journal-unavailable-not-journal-title = This file is not a Skills Journal journal
journal-unavailable-not-journal-body = The journal file belongs to another program. It has been left untouched; move it away or start the app with another data folder.
journal-unavailable-failed-title = The journal could not be opened
journal-unavailable-failed-body = Something kept Skills Journal from opening your journal; nothing was changed. The details below say what went wrong. Put it right, then start Skills Journal again.
journal-unavailable-restore-latest = Restore the latest backup
journal-unavailable-choose-backup = Choose another backup
journal-unavailable-latest = Latest backup:
journal-unavailable-details = Details
journal-unavailable-file = Journal file
journal-unavailable-message = What went wrong
