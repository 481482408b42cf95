# De eigen woorden van de opdrachtregel (src-tauri/src/cli.rs en src-tauri/src/cli/). Alleen
# Rust leest dit. Opties, subcommando's en waarden (--lang, presentation, ID=N) typt de persoon
# zelf: die blijven in beide talen zoals ze zijn.

cli-error = fout: { $message }
cli-warning = waarschuwing: { $message }
cli-note = let op: { $message }
cli-lang-unknown = `{ $text }` is geen taal van de app; gebruik nl of en
cli-not-a-folder = { $path } is geen map
cli-not-a-file = { $path } is geen bestand
cli-could-not-read = { $path } kon niet worden gelezen: { $reason }

## articles check

cli-check-ok = ok
cli-check-broken = FOUT
cli-check-no-date = geen datum
cli-check-details = { $title } | { $date } | { $lang } | tags: { $tags } | vaardigheden: { $skills }
cli-check-unrecognised = niet herkend in een lijst met vaardigheden: { $items }
cli-check-summary = { $articles ->
        [one] 1 artikel
       *[other] { $articles } artikelen
    }, { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }

## log, entries, backup, restore

cli-entries-count = { $count ->
        [one] 1 notitie
       *[other] { $count } notities
    }
cli-entries-private = (privé)
cli-log-not-saved = de notitie is niet opgeslagen:
cli-justify-without-level = --justify noemt `{ $id }`, maar daar hoort geen --level bij
cli-expected-setting = verwacht: presentation, stakeholder_meeting, teamwork of other
cli-expected-giver = verwacht: coach, peer, manager, stakeholder, client of other
cli-expected-kind = verwacht: feedback, reflection, assessment of action
cli-expected-pair = verwacht: ID=TEKST
cli-expected-level = verwacht: ID=N, zoals listening=3
cli-validation-unknown-skill = Er is geen vaardigheid ‘{ $skill }’: gebruik de id van een vaardigheid uit de catalogus (`articles check` toont ze per artikel) of een van je eigen vaardigheden.
cli-validation-skill-archived = ‘{ $skill }’ is gearchiveerd; haal het in het venster bij je eigen vaardigheden uit het archief om er iets bij vast te leggen.
cli-validation-unknown-entry = De notitie waar deze actie uit voortkomt (--from-entry) bestaat niet.
cli-not-a-level = `{ $text }` is geen niveau; gebruik een getal van 1 tot en met 5
cli-backup-warning = er wordt geen back-up van het dagboek gemaakt: { $problem } Dat wordt de volgende keer opnieuw geprobeerd.
cli-backup-size = { $size } bytes
cli-backups-count = { $count ->
        [one] 1 back-up
       *[other] { $count } back-ups
    }
cli-restored = { $file } teruggezet in { $journal } ({ $count ->
        [one] 1 notitie
       *[other] { $count } notities
    }); het vorige dagboek staat ernaast bewaard
cli-restored-at-least = { $file } teruggezet in { $journal } (minstens { $count } notities); het vorige dagboek staat ernaast bewaard

## Na schade

cli-ways-on = kies een van deze om verder te gaan:
cli-way-restore = zet de laatste back-up terug
cli-way-salvage = redt alle notities die nog leesbaar zijn in het beschadigde bestand
cli-way-start-empty = begint een nieuw, leeg dagboek (het beschadigde bestand en de back-ups blijven bewaard)
cli-salvaged = { $recovered } notities gered uit { $file } ({ $added } toegevoegd, { $skipped ->
        [one] 1 stond
       *[other] { $skipped } stonden
    } al in het dagboek); { $unreadable ->
        [one] 1 was
       *[other] { $unreadable } waren
    } niet te lezen

## export, import

cli-format-unknown = `{ $text }` is geen formaat; gebruik een van { $formats }
cli-json-is-whole = een JSON-export is altijd het hele dagboek; --from, --to, --weeks, --skill, --lang, --name en --programme gelden er niet voor
cli-json-holds-key = de export bevat de privésleutel die antwoorden op je feedbackverzoeken opent: bewaar hem even zorgvuldig als het dagboek zelf
cli-imported = { $file } geïmporteerd: { $added } notities toegevoegd, { $skipped ->
        [one] 1 stond
       *[other] { $skipped } stonden
    } al in het dagboek; { $skillsAdded } eigen vaardigheden toegevoegd, { $skillsMatched } herkend; { $links } koppelingen met artikelen toegevoegd

## Een geweigerde opdrachtregel (cli/refusal.rs)

cli-refused-value = ongeldige waarde '{ $value }' voor '{ $option }': { $reason }
cli-refused-unknown-option = onbekende optie '{ $option }'
cli-refused-unknown-command = onbekend subcommando '{ $command }'
cli-refused-missing = deze verplichte opties ontbreken: { $options }
cli-refused-conflict = '{ $option }' kan niet samen met '{ $other }' worden gebruikt
cli-refused-suggestion = tip: bedoel je { $suggestions }?
cli-refused-more = Meer informatie: probeer '--help'.

## --help (cli/help.rs: cli-help-<pad van subcommando's>, de opties cli-help-<pad>--<optie>, gedeelde
## opties cli-help-arg-<optie>)

cli-help-heading-usage = Gebruik
cli-help-heading-commands = Opdrachten
cli-help-heading-arguments = Argumenten
cli-help-heading-options = Opties
cli-help-heading-global = Algemene opties
cli-help-value-command = OPDRACHT
cli-help = Een dagboek om tijdens een IT-traineeship je soft skills te laten groeien
cli-help--data-dir = Waar je gegevens staan (standaard: de gegevensmap van het systeem)
cli-help--articles-dir = Een extra map met artikelen, naast de meegeleverde en je eigen artikelen
cli-help--start-empty = Na een beschadigd dagboek: begin een nieuw, leeg dagboek (het beschadigde bestand en de back-ups blijven bewaard)
cli-help--lang = De taal van meldingen en rapporten (standaard: de taal van het systeem, uit LANG; voor rapporten de taal van de app)
cli-help-articles = Artikelen met advies controleren en weergeven
cli-help-articles-check = Laad een map met artikelen en meld elk artikel en elk probleem (afsluitcode 1 bij fouten)
cli-help-articles-check--dir = De map om te controleren (standaard: de meegeleverde artikelen, je eigen en --articles-dir)
cli-help-articles-render = Toon de veilige HTML die de lezer voor één artikel zou laten zien
cli-help-articles-render--file = Het Markdown-bestand
cli-help-log = Leg een notitie vast in je dagboek en toon de id ervan
cli-help-log-feedback = Leg feedback vast die je kreeg (situatie / gedrag / effect; minstens één)
cli-help-log-feedback--skills = De id van een vaardigheid waar de feedback over gaat (herhaal voor meer; zie `articles check`)
cli-help-log-feedback--setting = Waar je de feedback kreeg: presentation, stakeholder_meeting, teamwork of other (standaard: other)
cli-help-log-feedback--giver = Wie de feedback gaf: coach, peer, manager, stakeholder, client of other (standaard: other)
cli-help-log-feedback--giver-name = Diens naam (niet verplicht)
cli-help-log-feedback--rating = Het cijfer van de gever, 1-5, voor elke genoemde vaardigheid
cli-help-log-feedback--situation = De situatie
cli-help-log-feedback--behaviour = Het gedrag dat de gever zag
cli-help-log-feedback--impact = Het effect dat het had
cli-help-log-feedback--next = Wat je hierna gaat proberen
cli-help-log-reflection = Leg een STARR-reflectie vast (minstens één van de vijf delen)
cli-help-log-reflection--skills = De id van een vaardigheid waar de reflectie over gaat (herhaal voor meer)
cli-help-log-reflection--rating = Je eigen cijfer, 1-5, voor elke genoemde vaardigheid
cli-help-log-reflection--situation = Situatie
cli-help-log-reflection--task = Taak
cli-help-log-reflection--action = Actie
cli-help-log-reflection--result = Resultaat
cli-help-log-reflection--reflection = Reflectie
cli-help-log-assessment = Leg een zelfbeoordeling vast: een niveau 1-5 per vaardigheid
cli-help-log-assessment--levels = Een vaardigheid en je niveau, 1-5 (herhaal voor meer vaardigheden)
cli-help-log-assessment--justifications = Waarom een niveau veranderde sinds je vorige zelfbeoordeling (één regel; verplicht als het veranderde)
cli-help-log-assessment--note = Een opmerking over de zelfbeoordeling als geheel
cli-help-log-action = Leg iets vast om te oefenen
cli-help-log-action--skills = De id van een vaardigheid die de actie oefent (herhaal voor meer)
cli-help-log-action--text = Wat je gaat oefenen
cli-help-log-action--due = Wanneer het klaar moet zijn
cli-help-log-action--source = De feedback of reflectie waar het uit voortkomt (de id ervan)
cli-help-log-action--done = Al gedaan
cli-help-entries = Notities in je dagboek vinden
cli-help-entries-list = Notities tonen, nieuwste eerst
cli-help-entries-list--skill = Alleen notities over deze vaardigheid
cli-help-entries-list--kind = Alleen notities van deze soort: feedback, reflection, assessment of action
cli-help-entries-list--search = Alleen notities met deze woorden (ook delen van woorden) in een van de teksten
cli-help-entries-list--from = Alleen notities op of na deze dag
cli-help-entries-list--to = Alleen notities op of voor deze dag
cli-help-entries-list--setting = Alleen feedback uit deze situatie
cli-help-entries-list--giver = Alleen feedback van iemand in deze rol
cli-help-entries-list--given-directly = Alleen feedback die de gever zelf schreef (antwoorden op je verzoeken)
cli-help-entries-list--written-down = Alleen feedback die je zelf opschreef
cli-help-entries-list--tag = Alleen notities met deze tag
cli-help-entries-list--article = Alleen notities die aan dit artikel gekoppeld zijn
cli-help-entries-list--include-private = Ook privénotities
cli-help-entries-list--limit = Hoogstens zoveel notities (standaard: alle)
cli-help-backup = Maak nu een gecontroleerde back-up van je dagboek en toon waar die staat
cli-help-backup--list = Toon de back-ups in plaats van er een te maken
cli-help-restore = Vervang je dagboek door een back-up (het huidige blijft ernaast bewaard)
cli-help-restore--file = Het back-upbestand (zie `backup --list`)
cli-help-export = Schrijf een rapport voor je coach (PDF, HTML, Markdown, CSV) of het hele dagboek (JSON)
cli-help-export--format = Wat er geschreven wordt
cli-help-export--from = Eerste dag van de periode (standaard: de dag van je eerste notitie)
cli-help-export--to = Laatste dag van de periode (standaard: vandaag)
cli-help-export--weeks = De laatste N weken tot en met --to, in plaats van --from
cli-help-export--skills = Alleen deze vaardigheid (herhaal voor meer; standaard: alle)
cli-help-export--include-private = Ook notities die als privé gemarkeerd zijn (standaard weggelaten)
cli-help-export--name = Je naam, voor het voorblad van de PDF
cli-help-export--programme = Je traineeship, voor het voorblad van de PDF
cli-help-export--out = Het bestand om te schrijven (helemaal of helemaal niet)
cli-help-salvage = Red alle notities die nog leesbaar zijn in een beschadigd dagboekbestand (eerst een back-up van je dagboek, geen dubbele)
cli-help-salvage--file = Het beschadigde bestand (genoemd toen de schade werd gevonden: `journal.corrupt-….sqlite`)
cli-help-import = Haal een JSON-export binnen: in een leeg dagboek zoals het was, of samengevoegd zonder dubbele
cli-help-import--file = Het JSON-bestand dat `export --format json` schreef
cli-help-request = Vraag iemand om feedback in eigen woorden, via een formulierbestand (geen account, geen server)
cli-help-request-create = Maak een feedbackverzoek en schrijf het formulier: één HTML-bestand dat offline in elke browser werkt
cli-help-request-create--skills = Een vaardigheid om naar te vragen (één tot drie; herhaal de optie)
cli-help-request-create--giver-role = Wie je het vraagt: coach, peer, manager, stakeholder, client of other
cli-help-request-create--giver-name = Diens naam, getoond in het formulier
cli-help-request-create--giver-email = Diens e-mailadres, bewaard bij het verzoek
cli-help-request-create--reply-to = Je eigen e-mailadres: het formulier biedt aan het antwoord daarheen te sturen
cli-help-request-create--setting = Waar het gebeurde: presentation, stakeholder-meeting, teamwork of other
cli-help-request-create--date = De dag waarover het gaat
cli-help-request-create--context = Eén regel context, zoals "sprintdemo van 12 november"
cli-help-request-create--reply-by = De dag waarvoor je graag antwoord hebt
cli-help-request-create--out = Het formulierbestand om te schrijven (.html)
cli-help-request-list = Toon je verzoeken: wachtend, antwoorddatum voorbij, beantwoord, ingetrokken
cli-help-request-withdraw = Trek een verzoek in: antwoorden die later komen worden geweigerd
cli-help-request-withdraw--id = Het id van het verzoek (zie `request list`)
cli-help-answer = Antwoorden op je verzoeken
cli-help-answer-import = Importeer een antwoord: het wordt feedback die rechtstreeks door de gever is gegeven
cli-help-answer-import--file = Het bestand met het antwoordblok, of - om het van standaardinvoer te lezen
cli-help-arg-date = De dag waar het over gaat (standaard: vandaag)
cli-help-arg-article = Het artikel dat de aanleiding was (een artikel-id zoals `bundled/luisteren.md`)
cli-help-arg-tags = Een tag (herhaal voor meer)
cli-help-arg-private = Houd het buiten lijsten en rapporten, tenzij erom gevraagd wordt
cli-help-arg-json = Toon een JSON-array in plaats van tekst
cli-help-arg-help = Toon de hulp
cli-help-arg-version = Toon de versie

## Feedbackverzoeken en antwoorden (cli/requests.rs)

cli-request-not-saved = het verzoek is niet bewaard:
cli-request-created = { $id }: het formulier staat in { $file }. Stuur het naar wie je het vraagt; het antwoord komt terug als een blok tekst voor `answer import`.
cli-requests-none = nog geen verzoeken (maak er een met `request create`)
cli-request-status-waiting = wacht op antwoord
cli-request-status-overdue = antwoorddatum voorbij
cli-request-status-answered = beantwoord
cli-request-status-withdrawn = ingetrokken
cli-request-reply-by = antwoord vóór { $date }
cli-request-withdrawn = { $id } ingetrokken: antwoorden erop worden niet meer aangenomen
cli-answer-already = dit antwoord op { $id } is al eerder geïmporteerd: niets toegevoegd
cli-answer-imported = antwoord op { $id } geïmporteerd: { $count ->
        [one] 1 notitie
       *[other] { $count } notities
    } met feedback die rechtstreeks is gegeven ({ $entries })
