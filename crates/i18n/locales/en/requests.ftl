# Feedback requests and their answers in the window (ui/src/components/requests/).

journal-open-requests = Requests
request-ask = Ask for feedback
request-ask-title = Ask someone for feedback in their own words, through a file

## The list of requests

requests-heading = Feedback requests
requests-intro = Each request is a web page you sent to someone. They answer in their own browser and send you back a block of text that only this app can open; it becomes feedback given directly by them.
requests-loading = Loading the requests…
requests-error-title = The requests could not be loaded
requests-empty-title = No requests yet
requests-empty-body = Ask a colleague, a stakeholder or your coach for feedback in their own words: no account or server needed.
request-status-waiting = Waiting
request-status-overdue = Past its reply-by date
request-status-answered = Answered
request-status-withdrawn = Withdrawn
request-asked-on = asked { $date }
request-reply-by = answer by { $date }
request-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
request-withdraw = Withdraw
request-withdraw-question = Withdraw this request?
request-withdraw-body = Answers to it that come later will be refused. What was already imported stays in your journal.
request-withdraw-confirm = Withdraw
request-withdrawn = { $id } withdrawn: later answers are refused.

## Importing an answer

answer-import-heading = Import an answer
answer-import-hint = Paste the block of text the person sent you (from -----BEGIN AGE ENCRYPTED FILE----- to the END line), or drop their answer file here.
answer-import-label = The answer
answer-import-button = Import the answer
answer-import-file = Choose a file…
answer-import-drop = Drop the answer's file here
answer-import-error-title = The answer was not imported
answer-import-empty = Paste an answer first.
answer-import-file-too-large = { $file } is too large to be an answer.
answer-imported = Answer to { $id } imported: { $count ->
    [one] 1 entry
   *[other] { $count } entries
} given directly.
answer-already-imported = This answer to { $id } was imported before: nothing was added.
answer-imported-show = Show

## Asking for feedback

request-form-heading = Ask for feedback
request-form-intro = The app makes one web page for the person you ask. They open it in any browser, also on a phone, answer in their own words and send you back a block of text that only your app can read. No account, no server.
request-form-section-who = Who you ask
request-form-section-about = What it is about
request-form-section-send = The form
request-field-role = Their role
request-field-role-empty = Choose a role
request-field-name = Their name
request-field-email = Their e-mail address
request-field-email-hint = Only used to open your mail program with the form attached by you.
request-field-setting = Setting
request-field-setting-empty = No particular setting
request-field-date = The day it is about
request-field-context = Context
request-field-context-hint = One line that reminds them of the moment, such as "sprint demo of 12 November".
request-field-skills-hint = One to three skills; the form shows each with its description and levels.
request-field-lang = Language of the form
request-field-reply-by = Answer by
request-field-reply-to = Your e-mail address
request-field-reply-to-hint = The form offers to e-mail the answer to you here.
request-form-save = Save the form…
request-form-saving = Saving…
request-form-cancel = Cancel
request-form-errors = The request was not saved. Check:
request-too-many-skills = Choose at most { $count } skills.
request-role-required = Choose who you ask.
request-show-file = Show in folder
entry-ask-feedback = Ask them in their own words
entry-ask-feedback-title = Prepare a feedback request about this moment, with these skills
reader-ask-feedback = Ask
reader-ask-feedback-title = Ask someone for feedback on { $skill }
entry-saved-ask = Saved. Would { $who } put it in their own words?
request-written-title = The form is saved
request-written-body = Send { $file } to { $who }: by e-mail, chat or on a stick. They open it in their browser; their answer comes back as a block of text to import here.
request-written-mail = E-mail { $who }
request-written-mail-hint = Your mail program opens with a message; attach the file yourself.
request-written-close = Close
# The message to the giver, in the form's language.
request-mail-subject = A request for feedback
request-mail-subject-about = A request for feedback: { $context }
request-mail-hello = Hello { $name },
request-mail-hello-anyone = Hello,
request-mail-body = Would you give me feedback in your own words? The attached file ({ $file }) is a short form: open it in your browser, also on your phone. It takes about five minutes, needs no account, and only my app can read your answer.

    Thank you!
request-leave-question = Leave without saving the request?
request-leave-body = What you typed here is not kept.
request-show-answers = Show the answers
journal-showing-request = Answers to { $id }
