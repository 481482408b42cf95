# What is wrong in an article file, per problem code (crates/articles/src/article.rs,
# ProblemCode). The window words an article's problems with these (ui/src/lib/problems.ts).

problem-unreadable = The file could not be read ({ $detail }).
problem-too-large = The file is { $size } but an article may be at most { $limit }. Split it into smaller articles.
problem-empty = The file is empty. Write a title and some text.
problem-invalid-utf8 = The file is not valid UTF-8 text (first bad byte on line { $line }). Save it as UTF-8.
problem-unclosed-front-matter = The front matter starts with { $delimiter } but never ends. Add a closing { $delimiter } line.
problem-front-matter-too-large = The front matter is { $size } but may be at most { $limit }.
problem-invalid-front-matter = The { $format } front matter is not valid: { $detail }
problem-no-text = The article has no text yet.
problem-not-text = `{ $key }` should be text, not { $shape ->
    [nothing] nothing
    [bool] true/false
    [number] a number
    [list] a list
    [map] a mapping
   *[text] text
  }; it is ignored.
problem-item-not-text = An item of `{ $key }` is { $shape ->
    [nothing] nothing
    [bool] true/false
    [number] a number
    [list] a list
    [map] a mapping
   *[text] text
  }, not text; it is ignored.
problem-not-a-list = `{ $key }` should be a list or comma-separated text, not a mapping; it is ignored.
problem-not-a-date = `{ $key }: { $value }` is not a date. Write it as YYYY-MM-DD.
problem-unknown-lang = `{ $key }: { $value }` is not a language the app speaks. Use `nl` or `en`.
problem-unknown-skill = Unknown skill `{ $id }` in `{ $key }`. Known skills: { $known }.
problem-unknown-skill-suggest = Unknown skill `{ $id }` in `{ $key }`. Did you mean `{ $suggestion }`?
problem-link-removed = { $what ->
    [image] Image
   *[link] Link
  } to `{ $url }` removed (its text is kept): only http, https, mailto and relative links are allowed.
problem-raw-html = Raw HTML is shown as text, not rendered ({ $count ->
    [one] 1 place
   *[other] { $count } places
  }). Write it in Markdown instead.
problem-nested-too-deep = Block quotes and lists are nested more than { $max } levels deep; deeper levels are flattened.
problem-more-warnings = And { $count } more warnings like these.
