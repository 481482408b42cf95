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
cli-imported = { $file } geïmporteerd: { $added } notities toegevoegd, { $skipped ->
        [one] 1 stond
       *[other] { $skipped } stonden
    } al in het dagboek; { $skillsAdded } eigen vaardigheden toegevoegd, { $skillsMatched } herkend; { $links } koppelingen met artikelen toegevoegd
