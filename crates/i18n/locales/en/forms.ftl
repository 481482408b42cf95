# The entry form (feedback, reflection, self-assessment, action), drafts, field errors, the
# trainee's own skills and the reader's "log feedback / reflect" buttons.
# locales/nl/forms.ftl holds the same ids. Variables are limited to the names the message test
# formats with: $count and $total (numbers), $skill (a name), $message (any other text).

## The form around every kind

form-loading = Opening the form…
form-load-error = This entry could not be opened for editing
form-back = Back
form-back-label = Back (Esc)
form-eyebrow-new = New entry
form-eyebrow-edit = Editing
form-title-new-feedback = Log feedback
form-title-new-reflection = Write a reflection
form-title-new-self-assessment = Assess your skills
form-title-new-action = Plan an action
form-title-edit-feedback = Edit feedback
form-title-edit-reflection = Edit reflection
form-title-edit-self-assessment = Edit self-assessment
form-title-edit-action = Edit action
form-intro-feedback = Write down feedback while it is fresh: where you got it, from whom, and what they saw.
form-intro-reflection = Look back on something you did, step by step, and what you take from it.
form-intro-self-assessment = Choose the level that fits you now. Read what each level looks like, and look at what you logged since last time, not only at last week.
form-intro-action = Something concrete to practise, with a date to check back on.
form-in-trash = This entry is in the trash. Restore it from the trash before saving changes.
form-section-basics = When and what about
form-section-more = Tags and privacy
form-optional = optional
form-given-directly = Its giver wrote this feedback themselves: their words, skills and ratings stay as they gave them. You can change the date, the article, the tags and whether it is private.
form-required = required
form-choose = Choose…
form-char-count = { $count } / { $total }
form-date-label = Date
form-date-hint = The day it happened.
form-date-hint-action = The day you plan it.
form-article-label = Article
form-article-hint = The article that prompted this, if any.
form-article-none = No article
form-article-missing = Article not in the library ({ $message })
form-skills-label = Skills
form-skills-hint = What was this about? Choose one or more.
form-skills-hint-assessment = Which skills do you want to assess? Each gets its own level below.
form-skills-own = Your own skills
form-skills-manage = Manage your skills
form-skills-add-own = Add a skill of your own
form-tags-label = Tags
form-tags-hint = Press Enter or type a comma after each tag.
form-tags-placeholder = e.g. sprint 4, demo
form-tag-remove = Remove tag
form-private-label = Private
form-private-hint = Left out of reports by default.
form-rating-value = { $count } out of 5
form-rating-clear = Clear rating
form-rating-low = just starting
form-rating-high = excellent
form-save = Save entry
form-save-edit = Save changes
form-saving = Saving…
form-cancel = Cancel
form-errors-title = { $count ->
    [one] 1 thing to fix before saving
   *[other] { $count } things to fix before saving
}
form-save-error = The entry could not be saved. Everything you typed is still here.
form-save-error-edit = The changes could not be saved. Everything you typed is still here.
form-leave-question = Leave this form? What you typed stays as a draft for next time.
form-leave-unsaved = Your draft could not be saved. If you leave now, what you typed is lost.
form-leave-stay = Keep writing
form-leave-discard = Discard and leave
form-leave-confirm = Leave

## Drafts

draft-hint = Your text is kept as a draft while you type.
draft-saving = Saving draft…
draft-saved = Draft saved
draft-error = The draft could not be saved.
draft-restored = Restored your unsaved draft from { $message }.
draft-restored-stale = Restored your unsaved draft from { $message }. The entry was changed after that: check it before saving.
draft-discard = Discard draft

## Feedback (SBI)

feedback-section = The feedback
feedback-setting-label = Where
feedback-giver-label = Given by
feedback-giver-name-label = Name
feedback-giver-name-placeholder = e.g. Sam
feedback-sbi-intro = SBI: the Situation (when and where), the Behaviour they saw (what you did or said) and its Impact (what it caused). One of the three is enough; all three make it useful later.
feedback-situation-label = Situation
feedback-situation-hint = When and where did it happen?
feedback-situation-placeholder = e.g. The sprint demo on Tuesday, with the product owner
feedback-behaviour-label = Behaviour
feedback-behaviour-hint = What exactly did they see you do or hear you say?
feedback-behaviour-placeholder = e.g. You explained the new login flow without jargon
feedback-impact-label = Impact
feedback-impact-hint = What did it cause, for them or for the team?
feedback-impact-placeholder = e.g. The stakeholders approved it on the spot
feedback-next-step-label = What I will try next
feedback-next-step-hint = One thing to keep doing or to do differently.
feedback-next-step-placeholder = e.g. Start the next demo with the user's problem
feedback-ratings-section = Their rating per skill
feedback-ratings-hint = Did the giver rate you? Only fill this in if they did.
feedback-rating-for = Rating for { $skill }

## Reflection (STARR)

reflection-section = Your reflection
reflection-starr-intro = STARR: Situation, Task, Action, Result and Reflection. Fill in what helps you; at least one.
reflection-situation-label = Situation
reflection-situation-hint = What was going on, and where?
reflection-task-label = Task
reflection-task-hint = What was expected of you?
reflection-action-label = Action
reflection-action-hint = What did you do, step by step?
reflection-result-label = Result
reflection-result-hint = What came of it?
reflection-reflection-label = Reflection
reflection-reflection-hint = What went well, what would you do differently, what did you learn?
reflection-ratings-section = Your rating per skill
reflection-ratings-hint = How well did you use each skill this time?
reflection-rating-for = Self-rating for { $skill }

## Self-assessment

assessment-section = Your levels
assessment-no-skills = Choose the skills to assess above.
assessment-loading = Looking up your last assessment…
assessment-context-error = Your last assessment could not be loaded.
assessment-previous-label = Last time:
assessment-level-n = level { $count }
assessment-first = Your first assessment of this skill.
assessment-was = last time
assessment-generic-1 = Just starting: you rarely do this yet, or only with a lot of help.
assessment-generic-2 = Getting there: you do it now and then, with some help.
assessment-generic-3 = Capable: you do it regularly, on your own.
assessment-generic-4 = Strong: you do it well, also when it is difficult.
assessment-generic-5 = Expert: you do it naturally and help others learn it.
assessment-justification-label = Why did your level change?
assessment-justification-optional-label = Why this level?
assessment-justification-hint = Last time you chose level { $count }. In one line: what shows the change? Your entries since then are below.
assessment-justification-placeholder = e.g. Led two refinements where I summarised and checked assumptions
assessment-evidence-since = { $count ->
    [0] No entries on this skill since your last assessment
    [one] 1 entry on this skill since your last assessment
   *[other] { $count } entries on this skill since your last assessment
}
assessment-evidence-before = { $count ->
    [one] 1 earlier entry on this skill
   *[other] { $count } earlier entries on this skill
}
assessment-evidence-none = Nothing logged since then. Is there something you can add first?
assessment-evidence-rating = rated { $count }
assessment-evidence-no-text = (no text)
assessment-evidence-all = Show all { $count }
assessment-evidence-fewer = Show fewer
assessment-note-label = Note
assessment-note-hint = Anything about this assessment as a whole.

## Action

action-section = The action
action-text-label = What I will practise
action-text-hint = Make it concrete enough to know when you did it.
action-text-placeholder = e.g. Summarise what I heard before proposing a solution, in every refinement
action-due-label = Due
action-due-hint = When you want to check back.
action-done-label = Done
action-done-hint = Tick it once you have practised it.
action-source-label = Comes from
action-source-loading = Loading…
action-source-missing = An entry that could not be loaded
action-source-unlink = Unlink

## Field errors (by Rust's validation code)

validation-skill-required = Choose at least one skill.
validation-unknown-skill = The skill “{ $skill }” no longer exists. Untick it.
validation-skill-archived = “{ $skill }” is archived. Untick it, or unarchive it under your own skills.
validation-duplicate-skill = “{ $skill }” is chosen twice.
validation-rating-out-of-range = Choose a value from 1 to 5.
validation-rating-required = Choose a level from 1 to 5.
validation-not-allowed = This does not belong in this kind of entry.
validation-justification-required = Your level differs from last time: say in one line why.
validation-text-required = Fill this in.
validation-text-required-action = Describe what you will practise.
validation-text-required-sbi = Describe at least one of the situation, the behaviour or the impact.
validation-text-required-starr = Fill in at least one of situation, task, action, result or reflection.
validation-text-required-name = Give the skill a name.
validation-date-out-of-range = Choose a date from 1970 up to a year from today.
validation-date-out-of-range-action = Choose a date from 1970 up to five years from today.
validation-invalid-date = Enter a date as YYYY-MM-DD.
validation-too-long = Too long: at most { $count } characters.
validation-too-many-tags = At most { $count } tags per entry.
validation-too-many-skills = At most { $count } skills per entry.
validation-unknown-entry = The entry this action came from no longer exists. Unlink it.
validation-invalid-source = An action can only come from feedback or a reflection.
validation-kind-changed = An entry cannot change its kind.
validation-duplicate-name = You already have a skill with this name.
validation-invalid-json = The draft could not be stored.
validation-out-of-range = A number in the file (an id or version) is out of range.
validation-invalid-email = This is not an e-mail address.
validation-given-directly = This feedback was given directly by its giver: their words and ratings stay as they wrote them. You can still add tags or mark it private.
validation-choice-setting = Choose where you got the feedback.
validation-choice-giver = Choose who gave the feedback.
validation-unknown = Something is wrong with this field.

## Your own skills

skills-title = Your own skills
skills-intro = Skills that are not in the catalogue but matter to you, such as “Time management”. Archived skills stay on your entries but are no longer offered in forms.
skills-name-label = Skill name
skills-name-placeholder = e.g. Time management
skills-add = Add skill
skills-loading = Loading your skills…
skills-load-error = Your skills could not be loaded
skills-empty = You have not added skills of your own yet.
skills-all-archived = All your own skills are archived.
skills-list-label = Your skills
skills-added-on = Added { $message }
skills-archived-on = Archived { $message }
skills-archived-badge = archived
skills-archived-heading = Archived
skills-archived-hint = Not offered in forms; entries that use them keep them.
skills-rename = Rename
skills-rename-label = New name for { $skill }
skills-rename-save = Save
skills-rename-cancel = Cancel
skills-archive = Archive
skills-unarchive = Unarchive
skills-delete = Delete
skills-delete-question = Delete “{ $skill }” for good?
skills-delete-confirm = Delete
skills-in-use = Entries use this skill (also entries in the trash), so it cannot be deleted. Archive it instead: it stays on those entries but is no longer offered.
skills-archive-instead = Archive instead
skills-not-found = This skill no longer exists.

## Reader: from reading to recording

reader-log-feedback = Log feedback
reader-log-reflect = Reflect
reader-log-feedback-title = Log feedback you got on { $skill }
reader-log-reflect-title = Write a reflection on { $skill }
reader-log-jump = Log feedback or reflect
reader-log-heading = Put it into practice
reader-log-intro = Tried one of these skills? Record it while it is fresh: the entry is linked to this article.
reader-log-no-skills = This article names no skills from the catalogue.
reader-log-entries-heading = Your entries on these skills
reader-log-entries-empty = Nothing recorded yet on this article or its skills.
reader-log-entries-linked = this article
reader-log-entries-private = private
