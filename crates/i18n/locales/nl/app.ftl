# Every string a person reads in the Skills Journal window, in Dutch.
# locales/en/ holds the same files and message ids; a unit test keeps the two in step.

## App and top bar

app-name = Skills Journal
app-version = Versie { $version }
lang-switch-label = Taal
lang-switch-nl = NL
lang-switch-en = EN
lang-switch-nl-title = Nederlands
lang-switch-en-title = English

## Languages of articles

lang-name-nl = Nederlands
lang-name-en = Engels

## Where an article comes from

source-bundled = Meegeleverd
source-user = Eigen map
source-extra = Extra map

## Library

library-heading = Bibliotheek
library-intro = Artikelen over luisteren, uitleggen, samenwerken en meer: de vaardigheden die je naast je vakkennis nodig hebt.
search-label = Zoeken in artikelen
search-placeholder = Zoek op titel, tekst of vaardigheid
search-clear = Zoekopdracht wissen
tag-filter-label = Tag
tag-filter-all = Alle tags
skill-filter-label = Vaardigheid
skill-filter-all = Alle vaardigheden
filters-clear = Filters wissen
article-list-label = Artikelen
result-count = { $count ->
    [one] 1 artikel
   *[other] { $count } artikelen
}
result-count-filtered = { $shown } van { $total ->
    [one] 1 artikel
   *[other] { $total } artikelen
}
searching = Zoeken…
keyboard-key-enter = Enter
keyboard-hint-search = zoeken
keyboard-hint-move = kiezen
keyboard-hint-open = openen

## Article card and meta line

reading-time = { $minutes } min lezen
article-by = door { $author }
card-warnings = { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
card-skills-label = Vaardigheden
card-tags-label = Tags

## Broken articles

broken-heading = Artikelen met fouten
broken-intro = Deze bestanden konden niet worden gelezen. Herstel de fouten en sla het bestand op: de bibliotheek werkt zichzelf bij.
problem-at-line = regel { $line }: { $message }

## Empty, loading and error states

empty-library-title = Nog geen artikelen
empty-library-body = Zet Markdown-bestanden (.md) in { $folder }, of start de app met --articles-dir gevolgd door een map met .md-bestanden. Nieuwe bestanden verschijnen hier vanzelf.
empty-results-title = Geen artikelen gevonden
empty-results-body = Geen enkel artikel past bij deze zoekopdracht en filters. Probeer een ander woord of wis de filters.
loading-library = Bibliotheek laden…
loading-article = Artikel laden…
error-library-title = De bibliotheek kon niet worden geladen
error-article-title = Dit artikel kon niet worden geopend
error-search-title = Zoeken lukte niet
error-retry = Opnieuw proberen
error-code = Foutcode: { $code }
error-ipc-unavailable = De app kan haar eigen achterkant niet bereiken. Start Skills Journal opnieuw.
error-unknown = Er ging iets onverwachts mis.
error-external-link = De link kon niet worden geopend: { $message }

## Reader

reader-back = Bibliotheek
reader-back-other = Terug
reader-back-other-label = Terug naar waar je was (Esc)
reader-back-label = Terug naar de bibliotheek (Esc)
reader-toc-heading = In dit artikel
reader-toc-label = Inhoudsopgave
reader-skills-label = Vaardigheden in dit artikel
reader-skill-badge = Vaardigheid: { $skill }
reader-linked-badge = Vaardigheid: { $skill } (door jou gekoppeld)
reader-unplaced = Niet herkend
reader-unplaced-title = Dit punt uit een lijst met vaardigheden noemt geen vaardigheid die de app kent. Koppel het aan een vaardigheid om er iets over vast te leggen.
reader-unplaced-closed-title = Dit punt uit een lijst met vaardigheden noemt geen vaardigheid die de app kent. Open het dagboek om het aan een vaardigheid te koppelen.
reader-link-skill = Koppel aan een vaardigheid
reader-link-skill-title = Welke vaardigheid is ‘{ $item }’?
reader-link-choose = Kies een vaardigheid…
reader-link-cancel = Annuleren
reader-unlink = Ontkoppelen
reader-unlink-title = Je koppeling met { $skill } weghalen
reader-link-failed = De koppeling is niet bewaard: het artikel of de vaardigheid is veranderd. Probeer het opnieuw.
reader-link-failed-journal = De koppeling is niet bewaard: het dagboek is niet open.
reader-problems = { $count ->
    [one] 1 opmerking bij dit bestand
   *[other] { $count } opmerkingen bij dit bestand
}
