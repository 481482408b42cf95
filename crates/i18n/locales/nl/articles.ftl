# What is wrong in an article file, per problem code (crates/articles/src/article.rs,
# ProblemCode). The window words an article's problems with these (ui/src/lib/problems.ts).

problem-unreadable = Het bestand kon niet worden gelezen ({ $detail }).
problem-too-large = Het bestand is { $size }, maar een artikel mag hoogstens { $limit } zijn. Verdeel het over kleinere artikelen.
problem-empty = Het bestand is leeg. Schrijf een titel en wat tekst.
problem-invalid-utf8 = Het bestand is geen geldige UTF-8-tekst (eerste foute byte op regel { $line }). Sla het op als UTF-8.
problem-unclosed-front-matter = De front matter begint met { $delimiter } maar sluit nergens af. Voeg een regel { $delimiter } toe.
problem-front-matter-too-large = De front matter is { $size }, maar mag hoogstens { $limit } zijn.
problem-invalid-front-matter = De { $format }-front matter klopt niet: { $detail }
problem-no-text = Het artikel heeft nog geen tekst.
problem-not-text = `{ $key }` hoort tekst te zijn, niet { $shape ->
    [nothing] niets
    [bool] waar/onwaar
    [number] een getal
    [list] een lijst
    [map] een lijst van sleutels
   *[text] tekst
  }; het wordt overgeslagen.
problem-item-not-text = Een onderdeel van `{ $key }` is { $shape ->
    [nothing] niets
    [bool] waar/onwaar
    [number] een getal
    [list] een lijst
    [map] een lijst van sleutels
   *[text] tekst
  }, geen tekst; het wordt overgeslagen.
problem-not-a-list = `{ $key }` hoort een lijst of tekst met komma's te zijn, geen lijst van sleutels; het wordt overgeslagen.
problem-not-a-date = `{ $key }: { $value }` is geen datum. Schrijf die als JJJJ-MM-DD.
problem-unknown-lang = `{ $key }: { $value }` is geen taal die de app spreekt. Gebruik `nl` of `en`.
problem-unknown-skill = Onbekende vaardigheid `{ $id }` in `{ $key }`. Bekende vaardigheden: { $known }.
problem-unknown-skill-suggest = Onbekende vaardigheid `{ $id }` in `{ $key }`. Bedoel je `{ $suggestion }`?
problem-link-removed = { $what ->
    [image] Afbeelding
   *[link] Link
  } naar `{ $url }` weggehaald (de tekst blijft staan): alleen http-, https-, mailto- en relatieve links mogen.
problem-raw-html = Ruwe HTML wordt als tekst getoond, niet uitgevoerd ({ $count ->
    [one] 1 plek
   *[other] { $count } plekken
  }). Schrijf het in Markdown.
problem-nested-too-deep = Citaten en lijsten zijn meer dan { $max } niveaus diep genest; diepere niveaus worden platgemaakt.
problem-more-warnings = En nog { $count } waarschuwingen van dezelfde soort.
