# The feedback form a giver opens from a file (crates/requests/src/form.rs, ui/form).
# Rust's own: the app writes these words into the form in the request's language.
answerform-title = Feedback, in your own words
answerform-intro = A trainee asked you for feedback. Say what you saw, as concretely as you can: a situation, what they did, and what it caused. It takes about five minutes. Only the trainee's own app can read what you write.
answerform-about-role = Asked of you as
answerform-about-setting = Setting
answerform-about-date = Day
answerform-about-context = About
answerform-about-reply-by = Please answer by
answerform-your-name = Your name (optional)
answerform-rating = How far along are they? (optional)
answerform-rating-none = No rating
answerform-level-1 = Just starting
answerform-level-2 = Now and then
answerform-level-3 = Often, with some help
answerform-level-4 = Usually, on their own
answerform-level-5 = Consistently; others learn from it
answerform-situation = Situation
answerform-situation-hint = Where and when was it?
answerform-behaviour = Behaviour
answerform-behaviour-hint = What did they do or say, as you saw it?
answerform-impact = Impact
answerform-impact-hint = What did it cause, for you, the team or the result?
answerform-keep-doing = One thing to keep doing
answerform-keep-doing-hint = What works and should stay?
answerform-try-next = One thing to try
answerform-try-next-hint = What could they try next time?
answerform-privacy = Nothing leaves this page until you send it yourself. Create the answer, then paste it into an e-mail or chat message to the trainee, or send it as a file.
answerform-create = Create answer
answerform-answer-heading = Your answer
answerform-answer-intro = This block is your feedback, locked so that only the trainee's app can open it. Send the whole block, from the first line to the last.
answerform-copy = Copy
answerform-copied = Copied. Paste it into an e-mail or chat message to the trainee.
answerform-download = Download as file
answerform-file-name = feedback-answer
answerform-mail = Send by e-mail
answerform-mail-subject = My feedback for you
answerform-error-nothing = Write something about at least one skill first.
answerform-error-sbi = Describe at least the situation, the behaviour or the impact for this skill.
answerform-error-seal = The answer could not be made in this browser. Try another browser, such as a recent Firefox, Chrome, Edge or Safari.

# The name the form is saved under (the giver sees it as the attachment): <word>-2026-12-04.html
answerform-request-file-name = feedback-request
