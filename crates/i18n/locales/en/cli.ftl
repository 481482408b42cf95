# The command line's own words (src-tauri/src/cli.rs and src-tauri/src/cli/). Read by Rust only.
# Options, subcommands and values (--lang, presentation, ID=N) are what the person types: they
# stay as they are in both languages.

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }
cli-lang-unknown = `{ $text }` is not a language the app speaks; use nl or en
cli-not-a-folder = { $path } is not a folder
cli-not-a-file = { $path } is not a file
cli-could-not-read = could not read { $path }: { $reason }

## articles check

cli-check-ok = ok
cli-check-broken = ERR
cli-check-no-date = no date
cli-check-details = { $title } | { $date } | { $lang } | tags: { $tags } | skills: { $skills }
cli-check-unrecognised = not recognised in a skills list: { $items }
cli-check-summary = { $articles ->
        [one] 1 article
       *[other] { $articles } articles
    }, { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## log, entries, backup, restore

cli-entries-count = { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }
cli-entries-private = (private)
cli-log-not-saved = the entry was not saved:
cli-justify-without-level = --justify names `{ $id }`, which has no --level
cli-expected-setting = expected presentation, stakeholder_meeting, teamwork or other
cli-expected-giver = expected coach, peer, manager, stakeholder, client or other
cli-expected-kind = expected feedback, reflection, assessment or action
cli-expected-pair = expected ID=TEXT
cli-expected-level = expected ID=N, such as listening=3
cli-validation-unknown-skill = There is no skill “{ $skill }”: use a catalogue skill's id (`articles check` shows them per article) or one of your own skills.
cli-validation-skill-archived = “{ $skill }” is archived; unarchive it in the window under your own skills to log against it.
cli-validation-unknown-entry = The entry this action comes from (--from-entry) does not exist.
cli-not-a-level = `{ $text }` is not a level; use a number from 1 to 5
cli-backup-warning = the journal is not being backed up: { $problem } It is tried again next time.
cli-backup-size = { $size } bytes
cli-backups-count = { $count ->
        [one] 1 backup
       *[other] { $count } backups
    }
cli-restored = restored { $file } into { $journal } ({ $count ->
        [one] 1 entry
       *[other] { $count } entries
    }); the previous journal was kept beside it
cli-restored-at-least = restored { $file } into { $journal } (at least { $count } entries); the previous journal was kept beside it

## After damage

cli-ways-on = to go on, choose one:
cli-way-restore = brings back the latest backup
cli-way-salvage = recovers every entry that can still be read from the damaged file
cli-way-start-empty = begins a new, empty journal (the damaged file and the backups stay)
cli-salvaged = recovered { $recovered ->
        [one] 1 entry
       *[other] { $recovered } entries
    } from { $file } ({ $added } added, { $skipped } already in the journal); { $unreadable } could not be read

## export, import

cli-format-unknown = `{ $text }` is not a format; use one of { $formats }
cli-json-is-whole = a JSON export is always the complete journal; --from, --to, --weeks, --skill, --lang, --name and --programme do not apply
cli-imported = imported { $file }: { $added ->
        [one] 1 entry
       *[other] { $added } entries
    } added, { $skipped } already in the journal; { $skillsAdded } own skills added, { $skillsMatched } matched; { $links ->
        [one] 1 article link
       *[other] { $links } article links
    } added
