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
cli-json-holds-key = the export holds the private key that opens answers to your feedback requests: keep it as private as the journal itself
cli-imported = imported { $file }: { $added ->
        [one] 1 entry
       *[other] { $added } entries
    } added, { $skipped } already in the journal; { $skillsAdded } own skills added, { $skillsMatched } matched; { $links ->
        [one] 1 article link
       *[other] { $links } article links
    } added

## A refused command line (cli/refusal.rs)

cli-refused-value = invalid value '{ $value }' for '{ $option }': { $reason }
cli-refused-unknown-option = unexpected option '{ $option }'
cli-refused-unknown-command = unknown subcommand '{ $command }'
cli-refused-missing = these required options were not given: { $options }
cli-refused-conflict = '{ $option }' cannot be used together with '{ $other }'
cli-refused-suggestion = tip: did you mean { $suggestions }?
cli-refused-more = For more information, try '--help'.

## --help (cli/help.rs: cli-help-<subcommand path>, its options cli-help-<path>--<option>, shared
## options cli-help-arg-<option>)

cli-help-heading-usage = Usage
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-heading-global = Global options
cli-help-value-command = COMMAND
cli-help = A journal for growing soft skills during an IT traineeship
cli-help--data-dir = Where your data lives (default: the OS data folder)
cli-help--articles-dir = An extra folder of articles to show beside the bundled ones and your own
cli-help--start-empty = After a damaged journal: begin a new, empty one (the damaged file and the backups stay)
cli-help--lang = The language of messages and reports (default: the system's language, from LANG; for reports the app's language)
cli-help-articles = Check and render guidance articles
cli-help-articles-check = Load a folder of articles and report each article and every problem (exit 1 on errors)
cli-help-articles-check--dir = The folder to check (default: the bundled articles, your own and --articles-dir)
cli-help-articles-render = Print the safe HTML the reader would show for one article
cli-help-articles-render--file = The Markdown file
cli-help-log = Record an entry in your journal and print its id
cli-help-log-feedback = Record feedback you received (Situation / Behaviour / Impact; at least one)
cli-help-log-feedback--skills = A skill id the feedback is about (repeat for more; see `articles check`)
cli-help-log-feedback--setting = Where it was given: presentation, stakeholder_meeting, teamwork or other (default: other)
cli-help-log-feedback--giver = Who gave it: coach, peer, manager, stakeholder, client or other (default: other)
cli-help-log-feedback--giver-name = Their name (optional)
cli-help-log-feedback--rating = The giver's rating, 1-5, for every skill given
cli-help-log-feedback--situation = The situation
cli-help-log-feedback--behaviour = The behaviour the giver saw
cli-help-log-feedback--impact = The impact it had
cli-help-log-feedback--next = What you will try next
cli-help-log-reflection = Record a STARR reflection (at least one of the five parts)
cli-help-log-reflection--skills = A skill id the reflection is about (repeat for more)
cli-help-log-reflection--rating = Your own rating, 1-5, for every skill given
cli-help-log-reflection--situation = Situation
cli-help-log-reflection--task = Task
cli-help-log-reflection--action = Action
cli-help-log-reflection--result = Result
cli-help-log-reflection--reflection = Reflection
cli-help-log-assessment = Record a self-assessment: a level 1-5 per skill
cli-help-log-assessment--levels = A skill and your level, 1-5 (repeat for more skills)
cli-help-log-assessment--justifications = Why a level changed since your previous assessment (one line; required when it did)
cli-help-log-assessment--note = A note about the assessment as a whole
cli-help-log-action = Record something to practise
cli-help-log-action--skills = A skill id the action practises (repeat for more)
cli-help-log-action--text = What to practise
cli-help-log-action--due = When it should be done
cli-help-log-action--source = The feedback or reflection it comes from (its id)
cli-help-log-action--done = Already done
cli-help-entries = Find entries in your journal
cli-help-entries-list = List entries, newest first
cli-help-entries-list--skill = Only entries about this skill
cli-help-entries-list--kind = Only entries of this kind: feedback, reflection, assessment or action
cli-help-entries-list--search = Only entries with these words (parts of words too) in any text
cli-help-entries-list--from = Only entries on or after this day
cli-help-entries-list--to = Only entries on or before this day
cli-help-entries-list--setting = Only feedback given in this setting
cli-help-entries-list--giver = Only feedback from someone in this role
cli-help-entries-list--given-directly = Only feedback its giver wrote themselves (answers to your requests)
cli-help-entries-list--written-down = Only feedback you wrote down yourself
cli-help-entries-list--tag = Only entries with this tag
cli-help-entries-list--article = Only entries linked to this article
cli-help-entries-list--include-private = Include private entries
cli-help-entries-list--limit = At most this many entries (default: all)
cli-help-backup = Make a verified backup of your journal now and print where it is
cli-help-backup--list = List the backups instead of making one
cli-help-restore = Replace your journal with a backup (the current one is kept beside it)
cli-help-restore--file = The backup file (see `backup --list`)
cli-help-export = Write a report for your coach (PDF, HTML, Markdown, CSV) or the whole journal (JSON)
cli-help-export--format = What to write
cli-help-export--from = First day of the period (default: the day of your first entry)
cli-help-export--to = Last day of the period (default: today)
cli-help-export--weeks = The last N weeks up to --to, instead of --from
cli-help-export--skills = Only this skill (repeat for more; default: all)
cli-help-export--include-private = Include entries marked private (left out by default)
cli-help-export--name = Your name, for the PDF's cover
cli-help-export--programme = Your traineeship programme, for the PDF's cover
cli-help-export--out = The file to write (written whole or not at all)
cli-help-salvage = Recover every entry that can still be read from a damaged journal file (a backup of your journal first, no duplicates)
cli-help-salvage--file = The damaged file (named when the damage was found: `journal.corrupt-….sqlite`)
cli-help-import = Bring in a JSON export: into an empty journal as it was, or merged without duplicates
cli-help-import--file = The JSON file written by `export --format json`
cli-help-request = Ask someone for feedback in their own words, through a form file (no account, no server)
cli-help-request-create = Make a feedback request and write its form: one HTML file that works offline in any browser
cli-help-request-create--skills = A skill to ask about (one to three; repeat the option)
cli-help-request-create--giver-role = Who you ask: coach, peer, manager, stakeholder, client or other
cli-help-request-create--giver-name = Their name, shown in the form
cli-help-request-create--giver-email = Their e-mail address, kept with the request
cli-help-request-create--reply-to = Your own e-mail address: the form offers to send the answer there
cli-help-request-create--setting = Where it happened: presentation, stakeholder-meeting, teamwork or other
cli-help-request-create--date = The day it is about
cli-help-request-create--context = One line of context, such as "sprint demo of 12 November"
cli-help-request-create--reply-by = The day you would like an answer by
cli-help-request-create--out = The form file to write (.html)
cli-help-request-list = List your requests: waiting, past their reply-by date, answered, withdrawn
cli-help-request-withdraw = Withdraw a request: answers that come later are refused
cli-help-request-withdraw--id = The request's id (see `request list`)
cli-help-answer = Answers to your requests
cli-help-answer-import = Import an answer: it becomes feedback given directly by its giver
cli-help-answer-import--file = The file with the answer block, or - to read it from standard input
cli-help-arg-date = The day it is about (default: today)
cli-help-arg-article = The article that prompted it (an article id such as `bundled/luisteren.md`)
cli-help-arg-tags = A tag (repeat for more)
cli-help-arg-private = Keep it out of lists and reports unless asked for
cli-help-arg-json = Print a JSON array instead of text
cli-help-arg-help = Print help
cli-help-arg-version = Print the version

## Feedback requests and answers (cli/requests.rs)

cli-request-not-saved = the request was not saved:
cli-request-created = { $id }: the form is in { $file }. Send it to the person you asked; their answer comes back as a block of text for `answer import`.
cli-requests-none = no requests yet (make one with `request create`)
cli-request-status-waiting = waiting
cli-request-status-overdue = past its reply-by date
cli-request-status-answered = answered
cli-request-status-withdrawn = withdrawn
cli-request-reply-by = answer by { $date }
cli-request-withdrawn = { $id } withdrawn: its answers are no longer accepted
cli-answer-already = this answer to { $id } was imported before: nothing added
cli-answer-imported = answer to { $id } imported: { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } of feedback given directly ({ $entries })
