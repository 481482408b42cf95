## Voortgang

nav-progress = Voortgang
progress-heading = Voortgang
progress-intro = Hoe je vaardigheden zich in een periode ontwikkelden: je eigen beeld naast wat anderen zeiden, hoe niveaus veranderden en wat je nog wilt oefenen.
progress-controls-label = Wat je ziet
progress-period-label = Periode
progress-period-4w = Laatste 4 weken
progress-period-8w = Laatste 8 weken
progress-period-12w = Laatste 12 weken
progress-period-start = Sinds het begin
progress-period-custom = Eigen periode
progress-from = Van
progress-to = Tot en met
progress-period-invalid = Kies een begindatum die op of vóór de einddatum ligt.
progress-compare-label = Vergelijk het radardiagram met
progress-compare-previous-assessment = Je vorige zelfbeoordeling
progress-compare-first-assessment = Je eerste zelfbeoordeling (start traineeship)
progress-compare-before-period = Vlak voor de periode
progress-compare-date = Een datum naar keuze
progress-compare-day = Datum om mee te vergelijken
progress-include-private = Privénotities meetellen
progress-loading = Je voortgang wordt geladen…
progress-updating = Bijwerken…
progress-error-title = Je voortgang kon niet worden geladen
progress-refresh-failed = Bijwerken is mislukt (fout { $code }); je ziet de vorige cijfers.
progress-empty-title = Geen items in deze periode
progress-empty-body = Kies een langere periode, of leg eerst feedback, een reflectie of een zelfbeoordeling vast.
progress-chart-unavailable = Deze grafiek kon niet worden getoond; de tabel eronder bevat dezelfde cijfers.
progress-show-table = Toon als tabel

progress-self-vs-others-heading = Zelfbeeld en beeld van anderen
progress-self-vs-others-note = Anderen: de gemiddelde beoordeling in feedback in deze periode. Een verschil van meer dan 1,3 punt (een derde van de schaal) wordt gemarkeerd.
progress-col-skill = Vaardigheid
progress-col-self = Jouw niveau
progress-col-others = Anderen
progress-col-gap = Verschil
progress-col-signal = Signaal
progress-col-status = Status
progress-col-now = Nu
progress-col-date = Datum
progress-col-series = Soort
progress-col-value = Waarde
progress-ratings = { $count ->
    [one] 1 beoordeling
   *[other] { $count } beoordelingen
}
progress-ratings-direct = waarvan { $count } rechtstreeks gegeven
progress-flag-blind-spot = Mogelijke blinde vlek
progress-flag-blind-spot-why = Je schat jezelf duidelijk hoger in dan anderen doen.
progress-flag-hidden-strength = Mogelijke verborgen kracht
progress-flag-hidden-strength-why = Anderen schatten je duidelijk hoger in dan je jezelf doet.
progress-rag-red = Rood: vraagt aandacht
progress-rag-amber = Oranje: in ontwikkeling
progress-rag-green = Groen: gaat goed

progress-radar-heading = Alle vaardigheden in één oogopslag
progress-radar-lead = Je laatste niveau per vaardigheid, vergeleken met
progress-trends-heading = Verloop per vaardigheid
progress-trends-none = Nog geen zelfbeoordelingen of beoordeelde feedback in deze periode.
progress-trends-quiet = Geen niveaus of beoordelingen in deze periode voor:
progress-series-self = Zelfbeoordeling
progress-series-feedback = Beoordeling in feedback
progress-evidence = { $count ->
    [one] 1 item
   *[other] { $count } items
}
progress-evidence-per-month = Items per maand

progress-activity-heading = Activiteit
progress-activity-summary = { $count ->
    [one] 1 item
   *[other] { $count } items
} in { $total ->
    [one] 1 week
   *[other] { $total } weken
}.
progress-activity-week = Week van

progress-actions-heading = Open acties
progress-actions-none = Geen open acties.
progress-action-overdue = Te laat
progress-action-due = Uiterlijk
progress-action-no-due = Geen einddatum
progress-action-open = Openen
progress-action-failed = De actie kon niet als gedaan worden gemarkeerd (fout { $code }).
