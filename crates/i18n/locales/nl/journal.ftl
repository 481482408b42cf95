# Het dagboek: de lijst, de kalender, de notities, hun geschiedenis, de prullenbak, de
# back-ups en wat je ziet als het dagboek niet geopend kan worden. locales/en/journal.ftl
# heeft dezelfde ids.

## Namen van soorten notities, situaties, gevers en velden (lib/labels.ts)

label-kind-feedback = Feedback
label-kind-reflection = Reflectie
label-kind-self-assessment = Zelfbeoordeling
label-kind-action = Actie
label-setting-presentation = Presentatie
label-setting-stakeholder-meeting = Overleg met stakeholders
label-setting-teamwork = Samenwerken
label-setting-other = Andere gelegenheid
label-giver-coach = Coach
label-giver-peer = Collega
label-giver-manager = Leidinggevende
label-giver-stakeholder = Stakeholder
label-giver-client = Opdrachtgever
label-giver-other = Iemand anders
label-field-date = Datum
label-field-skills = Vaardigheden
label-field-rating = Beoordeling
label-field-level = Niveau
label-field-justification = Waarom dit niveau
label-field-article = Artikel
label-field-tags = Tags
label-field-private = Privé
label-field-setting = Gelegenheid
label-field-giver-role = Gegeven door
label-field-giver-name = Naam van de gever
label-field-situation = Situatie
label-field-behaviour = Gedrag
label-field-impact = Effect
label-field-next-step = Volgende stap
label-field-keep-doing = Blijven doen
label-field-try-next = Proberen
journal-given-directly = Rechtstreeks gegeven
journal-given-directly-title = Door de gever in eigen woorden geschreven, als antwoord op je verzoek; niet door jou naverteld
entry-given-directly = Rechtstreeks gegeven door de gever, als antwoord op je verzoek ({ $id }). De woorden en beoordelingen blijven zoals die zijn geschreven.
label-field-task = Taak
label-field-action = Actie
label-field-result = Resultaat
label-field-reflection = Reflectie
label-field-note = Toelichting
label-field-text = Wat je gaat oefenen
label-field-due = Uiterlijk
label-field-done = Gedaan
label-field-source = Komt voort uit

## Bovenbalk: onderdelen en het menu Nieuw

nav-sections-label = Onderdelen
nav-library = Bibliotheek
nav-journal = Dagboek
nav-new = Nieuw
nav-new-label = Nieuwe notitie

## Dagboek

journal-heading = Dagboek
journal-intro = Feedback die je kreeg, je reflecties, zelfbeoordelingen en de acties die je jezelf geeft, de nieuwste bovenaan.
journal-tools-label = Dagboekfuncties
journal-open-skills = Eigen vaardigheden
journal-open-backups = Back-ups
journal-open-trash = Prullenbak
journal-new-label = Nieuwe notitie
journal-new-feedback = Feedback noteren
journal-new-reflection = Reflectie
journal-new-self-assessment = Zelfbeoordeling
journal-new-action = Actie
journal-search-label = Zoeken in het dagboek
journal-search-placeholder = Zoek in je notities
journal-search-clear = Zoekopdracht wissen
journal-searching = Bezig met zoeken…
journal-filter-skill = Vaardigheid
journal-filter-skill-all = Alle vaardigheden
journal-filter-kind = Soort
journal-filter-kind-all = Alle soorten
journal-filter-tag = Tag
journal-filter-tag-all = Alle tags
journal-filter-article = Artikel
journal-filter-article-all = Alle artikelen
journal-filter-setting = Gelegenheid
journal-filter-setting-all = Elke gelegenheid
journal-filter-giver = Gegeven door
journal-filter-giver-all = Iedereen
journal-filter-written = Geschreven door
journal-filter-written-all = Iedereen
journal-filter-written-giver = De gever (rechtstreeks gegeven)
journal-filter-written-trainee = Jijzelf (opgeschreven)
journal-filter-from = Van
journal-filter-to = Tot en met
journal-side-label = Kalender en filters
journal-filters-heading = Filters
journal-filters-feedback = Alleen bij feedback
journal-filter-any-day = Elke dag
journal-filter-date-clear = Datum wissen
journal-filters-clear = Filters wissen
journal-include-private = Privénotities tonen
journal-private = Privé
journal-private-title = Privé: niet in lijsten tenzij je privénotities toont, en nooit in iets wat je deelt
journal-count = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
journal-count-more = De laatste { $count } notities
journal-week = Week { $count }
journal-entry-no-text = Geen toelichting
journal-snippets-label = Waar je zoekopdracht gevonden is
journal-loading = Dagboek laden…
journal-loading-more = Laden…
journal-load-more = Meer laden
journal-error-title = Het dagboek kon niet worden geladen
journal-more-error-title = Meer notities konden niet worden geladen
journal-empty-title = Je dagboek is nog leeg
journal-empty-body = Feedback gekregen op een presentatie, een overleg of hoe je samenwerkt? Schrijf het op zolang je het nog weet: wat er gebeurde, wat de ander zag en wat het deed.
journal-empty-private-title = Alleen privénotities tot nu toe
journal-empty-private-body = Je privénotities zijn verborgen in deze lijst. Toon ze om ze hier te lezen.
journal-empty-action = Noteer je eerste feedback
journal-empty-results-title = Geen notities gevonden
journal-empty-results-body = Geen notitie past bij deze zoekopdracht en filters. Probeer een ander woord of wis de filters.
journal-empty-day-title = Geen notities op deze dag
journal-confirm-cancel = Annuleren
journal-notice-close = Sluiten

## Kalender

calendar-previous = Vorige maand
calendar-next = Volgende maand
calendar-today = Deze maand
calendar-week-column = Week
calendar-day-entries = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
calendar-month-entries = { $count ->
    [0] Geen notities deze maand
    [one] 1 notitie deze maand
   *[other] { $count } notities deze maand
}
calendar-failed = De kalender kon niet worden geladen.
calendar-show-all = Alle dagen tonen
calendar-showing-day = Alleen

## Eén notitie

entry-back = Terug
entry-back-title = Terug (Esc)
entry-edit = Bewerken
entry-history = Geschiedenis
entry-delete = Verwijderen
entry-restore = Terugzetten
entry-open = Openen
entry-loading = Notitie laden…
entry-error-title = Deze notitie kon niet worden geopend
entry-in-trash = Deze notitie ligt in de prullenbak
entry-deleted-at = Verwijderd
entry-deleted-notice = Notitie naar de prullenbak verplaatst.
entry-restored-notice = Notitie teruggezet.
entry-restore-failed = De notitie kon niet worden teruggezet: { $message }
entry-version = Versie { $version }
entry-updated = Bijgewerkt
entry-created = Aangemaakt
entry-private-yes = Ja
entry-private-no = Nee
entry-level = Niveau { $count }
entry-rating-giver = Door de gever beoordeeld met { $count } van 5
entry-rating-self = Je eigen beoordeling: { $count } van 5
entry-rating-short = { $count }/5
entry-article-missing = Dit artikel staat niet meer in de bibliotheek.
entry-action-done = Gedaan
entry-action-open = Nog niet gedaan
entry-action-mark-done = Markeren als gedaan
entry-action-due-short = Uiterlijk
entry-source-unknown = Een notitie die niet meer te vinden is
entry-actions-heading = Acties uit deze notitie
entry-actions-none = Nog geen acties. Wat ga je hierna oefenen?
entry-add-action = Actie toevoegen

## Geschiedenis

history-heading = Geschiedenis
history-intro = Elke keer dat je een notitie opslaat, blijft de vorige versie bewaard. Open een versie om te zien wat er stond; gewijzigde velden zijn gemarkeerd.
history-loading = Geschiedenis laden…
history-error-title = De geschiedenis kon niet worden geladen
history-current = Huidig
history-first = Eerste versie
history-no-changes = Niets gewijzigd
history-changed-fields = Gewijzigd:
history-changed = gewijzigd
history-emptied = (leeg)
history-restore = Deze versie terugzetten
history-restore-explain = Terugzetten bewaart deze tekst als nieuwe versie; versie { $version } blijft in de geschiedenis staan, er gaat dus niets verloren.
history-restored = Versie { $version } is weer de huidige tekst (opgeslagen als versie { $count }).
history-back-to-entry = Terug naar de notitie

## Prullenbak

trash-heading = Prullenbak
trash-intro = Verwijderde notities blijven hier { $count } dagen staan en worden daarna definitief verwijderd. Tot die tijd kun je ze terugzetten.
trash-loading = Prullenbak laden…
trash-error-title = De prullenbak kon niet worden geladen
trash-none-title = De prullenbak is leeg
trash-none-body = Notities die je verwijdert, wachten hier voordat ze definitief verdwijnen.
trash-days-left = { $count ->
    [0] Wordt bij de volgende start definitief verwijderd
    [one] Nog 1 dag
   *[other] Nog { $count } dagen
}
trash-restored = Notitie teruggezet in je dagboek.
trash-empty = Prullenbak legen
trash-emptied = { $count ->
    [one] 1 notitie definitief verwijderd.
   *[other] { $count } notities definitief verwijderd.
}
trash-confirm-title = Prullenbak legen?
trash-confirm-body = { $count ->
    [one] De notitie in de prullenbak wordt definitief verwijderd, met haar geschiedenis. Dit kan niet ongedaan worden gemaakt.
   *[other] De { $count } notities in de prullenbak worden definitief verwijderd, met hun geschiedenis. Dit kan niet ongedaan worden gemaakt.
}
trash-confirm-ok = Definitief verwijderen

## Back-ups

backup-warning-title = Je dagboek wordt niet geback-upt.
backup-warning-body = Alles wat je schrijft wordt bewaard, maar de automatische back-up is mislukt. Skills Journal probeert het opnieuw bij de volgende start.
backup-warning-open = Back-ups openen
backup-heading = Back-ups
backup-intro = Skills Journal maakt elke dag dat je het gebruikt een back-up van je dagboek, en voor elke update. De back-ups van de laatste twee weken blijven bewaard, en twee maanden lang één per week.
backup-now = Nu een back-up maken
backup-made = Back-up gemaakt.
backup-loading = Back-ups laden…
backup-error-title = De back-ups konden niet worden opgehaald
backup-none-title = Nog geen back-ups
backup-none-body = De eerste back-up wordt gemaakt als je Skills Journal de volgende keer start, of meteen met “Nu een back-up maken”.
backup-col-made = Gemaakt
backup-col-reason = Waarom
backup-col-size = Grootte
backup-col-actions = Acties
backup-latest = Nieuwste
backup-reason-daily = Dagelijks
backup-reason-before-migration = Voor een update
backup-reason-manual = Met de hand
backup-reason-before-import = Voor een import
backup-schema = Dagboekformaat { $version }
backup-restore = Terugzetten
backup-confirm-title = Deze back-up terugzetten?
backup-confirm-body = Je dagboek wordt vervangen door de back-up van
backup-confirm-kept = Je huidige dagboek wordt niet verwijderd: het wordt apart bewaard in dezelfde map, zodat je er altijd naar terug kunt.
backup-confirm-ok = Back-up terugzetten
backup-restored = De back-up is teruggezet van
backup-restored-kept = Het dagboek dat vervangen is, staat apart bewaard in dezelfde map.
backup-open-journal = Dagboek openen
backup-failed = De back-up kon niet worden teruggezet.
backup-journal-file = Dagboekbestand:

## Als het dagboek niet geopend kan worden

journal-unavailable-corrupt-title = Je dagboekbestand was beschadigd
journal-unavailable-corrupt-body = Skills Journal kon het niet lezen en heeft het bestand daarom apart gezet. Er is niets verwijderd.
journal-unavailable-kept-as = Het beschadigde bestand staat nu hier:
journal-unavailable-corrupt-restore = Zet de laatste back-up terug om verder te gaan waar je was.
journal-unavailable-corrupt-no-backup = Er is geen back-up om terug te zetten.
journal-unavailable-corrupt-salvage = Je kunt ook alle notities redden die nog leesbaar zijn in het beschadigde bestand, of met een nieuw, leeg dagboek beginnen; het beschadigde bestand en de back-ups blijven in beide gevallen bewaard.
journal-unavailable-salvage = Red wat leesbaar is
journal-unavailable-start-empty = Begin een leeg dagboek
journal-salvaged = { $recovered } notities gered ({ $added } toegevoegd); { $unreadable } waren niet te lezen.
journal-started-empty = Er is een nieuw, leeg dagboek begonnen. Het beschadigde bestand staat nog waar het bewaard is.
journal-unavailable-too-new-title = Dit dagboek vraagt om een nieuwere Skills Journal
journal-unavailable-too-new-body = Het is opgeslagen door een nieuwere versie van de app. Werk Skills Journal bij om het te openen; het bestand is niet gewijzigd.
journal-unavailable-not-journal-title = Dit bestand is geen dagboek van Skills Journal
journal-unavailable-not-journal-body = Het dagboekbestand hoort bij een ander programma. Het is niet aangeraakt; zet het ergens anders neer of start de app met een andere gegevensmap.
journal-unavailable-failed-title = Het dagboek kon niet worden geopend
journal-unavailable-failed-body = Iets hield Skills Journal tegen bij het openen van je dagboek; er is niets gewijzigd. Bij de details staat wat er misging. Los dat op en start Skills Journal opnieuw.
journal-unavailable-restore-latest = Laatste back-up terugzetten
journal-unavailable-choose-backup = Andere back-up kiezen
journal-unavailable-latest = Laatste back-up:
journal-unavailable-details = Details
journal-unavailable-file = Dagboekbestand
journal-unavailable-message = Wat er misging
