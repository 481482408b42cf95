# Exporting reports and the journal, importing a journal.

export-open = Export…
export-open-report = Export report…
export-title = Export
export-format-label = Format
export-format-pdf = PDF report
export-format-pdf-hint = Typeset, with a cover, a summary and a section per skill. For your coach.
export-format-html = Web page
export-format-html-hint = One file with charts, readable on screen and printable.
export-format-md = Markdown
export-format-md-hint = The same content as text, for a portfolio.
export-format-csv = Spreadsheet (CSV)
export-format-csv-hint = One row per entry, safe to open in Excel or LibreOffice.
export-format-json = Whole journal (JSON)
export-format-json-hint = Everything, with history, to import again or keep.
export-options-label = What the report covers
export-lang-label = Language of the report
export-include-private = Include private entries
export-skills-summary = Skills: { $count } of { $total }
export-skills-all = All
export-skills-none = None
export-skills-required = Choose at least one skill.
export-name-label = Your name (on the cover)
export-programme-label = Programme (on the cover)
export-json-note = A JSON export holds the whole journal: every entry with its history, private ones included, your own skills, your feedback requests and the private key that opens their answers. Keep it as private as the journal itself; import it on another computer to carry on there.
export-confirm = Save report…
export-confirm-json = Save journal…
export-stage-gathering = Gathering your entries…
export-stage-choosing = Choose where to save…
export-stage-typesetting = Typesetting the PDF…
export-stage-writing = Writing the file…
export-done = Saved { $file } in { $folder } ({ $size }).
export-reveal = Show in folder
export-reveal-failed = The folder could not be shown: { $message }
export-error-period = The period does not work.
export-error-skills = Check the chosen skills.
export-error-write = The file could not be written; nothing was saved.
export-error-journal = The journal is not open.
export-error-other = The export failed; nothing was saved.

import-open = Import…
import-title = Import a journal
import-body = Choose a JSON export of Skills Journal. Into an empty journal it is restored exactly as it was; into this journal its entries are added, and entries that are already here are skipped.
import-backup = A backup of your journal is made first, so you can always go back.
import-confirm = Choose file…
import-done = { $file }: { $count ->
    [one] 1 entry added
   *[other] { $count } entries added
}, { $total } already in the journal.
import-error-unreadable = The file could not be read.
import-error-refused = This file cannot be imported; your journal is unchanged.
