## Progress

nav-progress = Progress
progress-heading = Progress
progress-intro = How your skills developed in a period: what you think of yourself next to what others said, how levels moved, what you still want to practise.
progress-controls-label = What to show
progress-period-label = Period
progress-period-4w = Last 4 weeks
progress-period-8w = Last 8 weeks
progress-period-12w = Last 12 weeks
progress-period-start = Since the start
progress-period-custom = Custom period
progress-from = From
progress-to = To
progress-period-invalid = Choose a start date on or before the end date.
progress-compare-label = Compare the radar with
progress-compare-previous-assessment = Your previous self-assessment
progress-compare-first-assessment = Your first self-assessment (start of the traineeship)
progress-compare-before-period = Just before the period
progress-compare-date = A date of my choice
progress-compare-day = Date to compare with
progress-include-private = Include private entries
progress-loading = Loading your progress…
progress-updating = Updating…
progress-error-title = Your progress could not be loaded
progress-refresh-failed = The latest update failed (error { $code }); you are seeing the previous figures.
progress-empty-title = No entries in this period
progress-empty-body = Choose a longer period, or write down feedback, a reflection or a self-assessment first.
progress-chart-unavailable = This chart could not be shown; the table below holds the same figures.
progress-show-table = Show as table

progress-self-vs-others-heading = Self versus others
progress-self-vs-others-note = Others: the average rating in feedback in this period. A gap of more than 1.3 points (a third of the scale) is flagged.
progress-col-skill = Skill
progress-col-self = Your level
progress-col-others = Others
progress-col-gap = Gap
progress-col-signal = Signal
progress-col-status = Status
progress-col-now = Now
progress-col-date = Date
progress-col-series = Kind
progress-col-value = Value
progress-ratings = { $count ->
    [one] 1 rating
   *[other] { $count } ratings
}
progress-ratings-direct = { $count } of them given directly
progress-flag-blind-spot = Possible blind spot
progress-flag-blind-spot-why = You rate yourself clearly higher than others do.
progress-flag-hidden-strength = Possible hidden strength
progress-flag-hidden-strength-why = Others rate you clearly higher than you rate yourself.
progress-rag-red = Red: needs attention
progress-rag-amber = Amber: in progress
progress-rag-green = Green: going well

progress-radar-heading = All skills at a glance
progress-radar-lead = Your latest level per skill, compared with
progress-trends-heading = Trend per skill
progress-trends-none = No self-assessments or rated feedback in this period yet.
progress-trends-quiet = No levels or ratings in this period for:
progress-series-self = Self-assessment
progress-series-feedback = Feedback rating
progress-evidence = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
progress-evidence-per-month = Entries per month

progress-activity-heading = Activity
progress-activity-summary = { $count ->
    [one] 1 entry
   *[other] { $count } entries
} in { $total ->
    [one] 1 week
   *[other] { $total } weeks
}.
progress-activity-week = Week of

progress-actions-heading = Open actions
progress-actions-none = No open actions.
progress-action-overdue = Overdue
progress-action-due = Due
progress-action-no-due = No due date
progress-action-open = Open
progress-action-failed = The action could not be marked done (error { $code }).
