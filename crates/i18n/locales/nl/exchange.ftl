# Rapporten en het dagboek exporteren, een dagboek importeren.

export-open = Exporteren…
export-open-report = Rapport exporteren…
export-title = Exporteren
export-format-label = Formaat
export-format-pdf = PDF-rapport
export-format-pdf-hint = Opgemaakt, met voorblad, samenvatting en een deel per vaardigheid. Voor je coach.
export-format-html = Webpagina
export-format-html-hint = Eén bestand met grafieken, leesbaar op het scherm en af te drukken.
export-format-md = Markdown
export-format-md-hint = Dezelfde inhoud als tekst, voor een portfolio.
export-format-csv = Spreadsheet (CSV)
export-format-csv-hint = Eén regel per notitie, veilig te openen in Excel of LibreOffice.
export-format-json = Hele dagboek (JSON)
export-format-json-hint = Alles, met geschiedenis, om opnieuw te importeren of te bewaren.
export-options-label = Wat het rapport beslaat
export-lang-label = Taal van het rapport
export-include-private = Privénotities meenemen
export-skills-summary = Vaardigheden: { $count } van { $total }
export-skills-all = Alle
export-skills-none = Geen
export-skills-required = Kies minstens één vaardigheid.
export-name-label = Je naam (op het voorblad)
export-programme-label = Programma (op het voorblad)
export-json-note = Een JSON-export bevat het hele dagboek: elke notitie met haar geschiedenis, ook de privénotities, je eigen vaardigheden, je feedbackverzoeken en de privésleutel die hun antwoorden opent. Bewaar hem even zorgvuldig als het dagboek zelf; importeer hem op een andere computer om daar verder te gaan.
export-confirm = Rapport opslaan…
export-confirm-json = Dagboek opslaan…
export-stage-gathering = Je notities verzamelen…
export-stage-choosing = Kies waar het bestand komt…
export-stage-typesetting = De PDF opmaken…
export-stage-writing = Het bestand schrijven…
export-done = { $file } opgeslagen in { $folder } ({ $size }).
export-reveal = Toon in map
export-reveal-failed = De map kon niet worden getoond: { $message }
export-error-period = De periode klopt niet.
export-error-skills = Controleer de gekozen vaardigheden.
export-error-write = Het bestand kon niet worden geschreven; er is niets opgeslagen.
export-error-journal = Het dagboek is niet open.
export-error-other = Exporteren is mislukt; er is niets opgeslagen.

import-open = Importeren…
import-title = Een dagboek importeren
import-body = Kies een JSON-export van Skills Journal. In een leeg dagboek wordt hij precies teruggezet zoals hij was; in dit dagboek worden de notities toegevoegd en notities die er al zijn overgeslagen.
import-backup = Eerst wordt een back-up van je dagboek gemaakt, zodat je altijd terug kunt.
import-confirm = Bestand kiezen…
import-done = { $file }: { $count ->
    [one] 1 notitie toegevoegd
   *[other] { $count } notities toegevoegd
}, { $total } stonden er al in.
import-error-unreadable = Het bestand kon niet worden gelezen.
import-error-refused = Dit bestand kan niet worden geïmporteerd; je dagboek is niet veranderd.
