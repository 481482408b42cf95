# Every string a person reads in the Skills Journal window, in English.
# locales/nl/ holds the same files and message ids; a unit test keeps the two in step.

## App and top bar

app-name = Skills Journal
app-version = Version { $version }
lang-switch-label = Language
lang-switch-nl = NL
lang-switch-en = EN
lang-switch-nl-title = Nederlands
lang-switch-en-title = English

## Languages of articles

lang-name-nl = Dutch
lang-name-en = English

## Where an article comes from

source-bundled = Bundled
source-user = Your folder
source-extra = Extra folder

## Library

library-heading = Library
library-intro = Articles on listening, explaining, working together and more: the skills you need alongside your technical know-how.
search-label = Search articles
search-placeholder = Search by title, text or skill
search-clear = Clear search
tag-filter-label = Tag
tag-filter-all = All tags
skill-filter-label = Skill
skill-filter-all = All skills
filters-clear = Clear filters
article-list-label = Articles
result-count = { $count ->
    [one] 1 article
   *[other] { $count } articles
}
result-count-filtered = { $shown } of { $total ->
    [one] 1 article
   *[other] { $total } articles
}
searching = Searching…
keyboard-key-enter = Enter
keyboard-hint-search = search
keyboard-hint-move = select
keyboard-hint-open = open

## Article card and meta line

reading-time = { $minutes } min read
article-by = by { $author }
card-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
card-skills-label = Skills
card-tags-label = Tags

## Broken articles

broken-heading = Articles with errors
broken-intro = These files could not be read. Fix the errors and save the file: the library updates by itself.
problem-at-line = line { $line }: { $message }

## Empty, loading and error states

empty-library-title = No articles yet
empty-library-body = Put Markdown files (.md) in { $folder }, or start the app with --articles-dir followed by a folder of .md files. New files show up here by themselves.
empty-results-title = No articles found
empty-results-body = No article matches this search and these filters. Try another word or clear the filters.
loading-library = Loading library…
loading-article = Loading article…
error-library-title = The library could not be loaded
error-article-title = This article could not be opened
error-search-title = Search failed
error-retry = Try again
error-code = Error code: { $code }
error-ipc-unavailable = The app cannot reach its own backend. Restart Skills Journal.
error-unknown = Something unexpected went wrong.
error-external-link = The link could not be opened: { $message }

## Reader

reader-back = Library
reader-back-other = Back
reader-back-other-label = Back to where you were (Esc)
reader-back-label = Back to the library (Esc)
reader-toc-heading = In this article
reader-toc-label = Table of contents
reader-skills-label = Skills in this article
reader-skill-badge = Skill: { $skill }
reader-linked-badge = Skill: { $skill } (you linked this item)
reader-unplaced = Not recognised
reader-unplaced-title = This item of a skills list names no skill the app knows. Link it to a skill to log against it.
reader-unplaced-closed-title = This item of a skills list names no skill the app knows. Open the journal to link it to a skill.
reader-link-skill = Link to a skill
reader-link-skill-title = Which skill is “{ $item }”?
reader-link-choose = Choose a skill…
reader-link-cancel = Cancel
reader-unlink = Unlink
reader-unlink-title = Remove your link to { $skill }
reader-link-failed = The link could not be saved: the article or the skill has changed. Try again.
reader-link-failed-journal = The link could not be saved: the journal is not open.
reader-problems = { $count ->
    [one] 1 note on this file
   *[other] { $count } notes on this file
}
