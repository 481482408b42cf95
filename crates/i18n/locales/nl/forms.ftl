# Het invoerformulier (feedback, reflectie, zelfbeoordeling, actie), concepten, veldfouten,
# de eigen vaardigheden en de knoppen "Feedback vastleggen / Reflecteren" in de lezer.
# locales/en/forms.ftl heeft dezelfde ids. Variabelen alleen met de namen waarmee de
# berichtentest opmaakt: $count en $total (getallen), $skill (een naam), $message (andere tekst).

## Het formulier om elke soort heen

form-loading = Formulier openen…
form-load-error = Deze notitie kon niet worden geopend om te bewerken
form-back = Terug
form-back-label = Terug (Esc)
form-eyebrow-new = Nieuwe notitie
form-eyebrow-edit = Bewerken
form-title-new-feedback = Feedback vastleggen
form-title-new-reflection = Reflectie schrijven
form-title-new-self-assessment = Je vaardigheden beoordelen
form-title-new-action = Actie plannen
form-title-edit-feedback = Feedback bewerken
form-title-edit-reflection = Reflectie bewerken
form-title-edit-self-assessment = Zelfbeoordeling bewerken
form-title-edit-action = Actie bewerken
form-intro-feedback = Schrijf feedback op zolang die vers is: waar je hem kreeg, van wie, en wat diegene zag.
form-intro-reflection = Kijk stap voor stap terug op iets wat je deed, en wat je ervan meeneemt.
form-intro-self-assessment = Kies het niveau dat nu bij je past. Lees wat elk niveau inhoudt, en kijk naar wat je sinds de vorige keer hebt vastgelegd, niet alleen naar vorige week.
form-intro-action = Iets concreets om te oefenen, met een datum om erop terug te komen.
form-in-trash = Deze notitie staat in de prullenbak. Zet haar eerst terug voordat je wijzigingen opslaat.
form-section-basics = Wanneer en waarover
form-section-more = Tags en privacy
form-optional = optioneel
form-given-directly = De gever schreef deze feedback zelf: de woorden, vaardigheden en beoordelingen blijven zoals ze gegeven zijn. De datum, het artikel, de tags en of het privé is kun je wel veranderen.
form-required = verplicht
form-choose = Kies…
form-char-count = { $count } / { $total }
form-date-label = Datum
form-date-hint = De dag waarop het gebeurde.
form-date-hint-action = De dag waarop je het plant.
form-article-label = Artikel
form-article-hint = Het artikel dat hiertoe aanleiding gaf, als dat er is.
form-article-none = Geen artikel
form-article-missing = Artikel niet in de bibliotheek ({ $message })
form-skills-label = Vaardigheden
form-skills-hint = Waar ging het over? Kies er een of meer.
form-skills-hint-assessment = Welke vaardigheden wil je beoordelen? Elke vaardigheid krijgt hieronder een eigen niveau.
form-skills-own = Je eigen vaardigheden
form-skills-manage = Eigen vaardigheden beheren
form-skills-add-own = Een eigen vaardigheid toevoegen
form-tags-label = Tags
form-tags-hint = Druk op Enter of typ een komma na elke tag.
form-tags-placeholder = bijv. sprint 4, demo
form-tag-remove = Tag verwijderen
form-private-label = Privé
form-private-hint = Standaard niet opgenomen in rapporten.
form-rating-value = { $count } van 5
form-rating-clear = Beoordeling wissen
form-rating-low = net begonnen
form-rating-high = uitstekend
form-save = Notitie opslaan
form-save-edit = Wijzigingen opslaan
form-saving = Opslaan…
form-cancel = Annuleren
form-errors-title = { $count ->
    [one] 1 punt om te verbeteren voor het opslaan
   *[other] { $count } punten om te verbeteren voor het opslaan
}
form-save-error = De notitie kon niet worden opgeslagen. Alles wat je typte staat er nog.
form-save-error-edit = De wijzigingen konden niet worden opgeslagen. Alles wat je typte staat er nog.
form-leave-question = Dit formulier verlaten? Wat je typte blijft bewaard als concept.
form-leave-unsaved = Je concept kon niet worden opgeslagen. Als je nu weggaat, ben je kwijt wat je typte.
form-leave-stay = Verder schrijven
form-leave-discard = Weggooien en verlaten
form-leave-confirm = Verlaten

## Concepten

draft-hint = Je tekst wordt tijdens het typen als concept bewaard.
draft-saving = Concept opslaan…
draft-saved = Concept opgeslagen
draft-error = Het concept kon niet worden opgeslagen.
draft-restored = Je niet-opgeslagen concept van { $message } is teruggezet.
draft-restored-stale = Je niet-opgeslagen concept van { $message } is teruggezet. De notitie is daarna nog gewijzigd: controleer haar voor je opslaat.
draft-discard = Concept weggooien

## Feedback (SBI)

feedback-section = De feedback
feedback-setting-label = Waar
feedback-giver-label = Gegeven door
feedback-giver-name-label = Naam
feedback-giver-name-placeholder = bijv. Sam
feedback-sbi-intro = SBI: de Situatie (wanneer en waar), het Gedrag dat diegene zag (wat je deed of zei) en het effect (Impact: wat het teweegbracht). Eén van de drie is genoeg; alle drie maakt het later bruikbaar.
feedback-situation-label = Situatie
feedback-situation-hint = Wanneer en waar gebeurde het?
feedback-situation-placeholder = bijv. De sprintdemo van dinsdag, met de product owner
feedback-behaviour-label = Gedrag
feedback-behaviour-hint = Wat zag diegene je precies doen of hoorde je zeggen?
feedback-behaviour-placeholder = bijv. Je legde de nieuwe inlogflow uit zonder jargon
feedback-impact-label = Effect
feedback-impact-hint = Wat bracht het teweeg, bij hen of in het team?
feedback-impact-placeholder = bijv. De stakeholders keurden het meteen goed
feedback-next-step-label = Wat ik hierna ga proberen
feedback-next-step-hint = Eén ding om vast te houden of anders te doen.
feedback-next-step-placeholder = bijv. De volgende demo beginnen bij het probleem van de gebruiker
feedback-ratings-section = Hun beoordeling per vaardigheid
feedback-ratings-hint = Gaf de gever je een cijfer? Vul dit alleen in als dat zo is.
feedback-rating-for = Beoordeling voor { $skill }

## Reflectie (STARR)

reflection-section = Je reflectie
reflection-starr-intro = STARR: Situatie, Taak, Actie, Resultaat en Reflectie. Vul in wat je helpt; minstens één.
reflection-situation-label = Situatie
reflection-situation-hint = Wat speelde er, en waar?
reflection-task-label = Taak
reflection-task-hint = Wat werd er van je verwacht?
reflection-action-label = Actie
reflection-action-hint = Wat deed je, stap voor stap?
reflection-result-label = Resultaat
reflection-result-hint = Wat leverde het op?
reflection-reflection-label = Reflectie
reflection-reflection-hint = Wat ging goed, wat zou je anders doen, wat heb je geleerd?
reflection-ratings-section = Je eigen beoordeling per vaardigheid
reflection-ratings-hint = Hoe goed zette je elke vaardigheid deze keer in?
reflection-rating-for = Eigen beoordeling voor { $skill }

## Zelfbeoordeling

assessment-section = Je niveaus
assessment-no-skills = Kies hierboven de vaardigheden die je wilt beoordelen.
assessment-loading = Je vorige beoordeling opzoeken…
assessment-context-error = Je vorige beoordeling kon niet worden geladen.
assessment-previous-label = Vorige keer:
assessment-level-n = niveau { $count }
assessment-first = Je eerste beoordeling van deze vaardigheid.
assessment-was = vorige keer
assessment-generic-1 = Net begonnen: je doet dit nog zelden, of alleen met veel hulp.
assessment-generic-2 = Op weg: je doet het af en toe, met wat hulp.
assessment-generic-3 = Bekwaam: je doet het regelmatig, zelfstandig.
assessment-generic-4 = Sterk: je doet het goed, ook als het lastig is.
assessment-generic-5 = Expert: je doet het vanzelf en helpt anderen het te leren.
assessment-justification-label = Waarom is je niveau veranderd?
assessment-justification-optional-label = Waarom dit niveau?
assessment-justification-hint = Vorige keer koos je niveau { $count }. In één regel: waaruit blijkt de verandering? Je notities sindsdien staan hieronder.
assessment-justification-placeholder = bijv. Twee refinements geleid waarin ik samenvatte en aannames checkte
assessment-evidence-since = { $count ->
    [0] Geen notities over deze vaardigheid sinds je vorige beoordeling
    [one] 1 notitie over deze vaardigheid sinds je vorige beoordeling
   *[other] { $count } notities over deze vaardigheid sinds je vorige beoordeling
}
assessment-evidence-before = { $count ->
    [one] 1 eerdere notitie over deze vaardigheid
   *[other] { $count } eerdere notities over deze vaardigheid
}
assessment-evidence-none = Sindsdien niets vastgelegd. Is er iets wat je eerst kunt toevoegen?
assessment-evidence-rating = beoordeeld met { $count }
assessment-evidence-no-text = (geen tekst)
assessment-evidence-all = Alle { $count } tonen
assessment-evidence-fewer = Minder tonen
assessment-note-label = Toelichting
assessment-note-hint = Iets over deze beoordeling als geheel.

## Actie

action-section = De actie
action-text-label = Wat ik ga oefenen
action-text-hint = Maak het zo concreet dat je weet wanneer je het gedaan hebt.
action-text-placeholder = bijv. In elke refinement samenvatten wat ik hoorde voordat ik een oplossing noem
action-due-label = Uiterlijk
action-due-hint = Wanneer je erop terug wilt komen.
action-done-label = Gedaan
action-done-hint = Vink aan zodra je het hebt geoefend.
action-source-label = Komt voort uit
action-source-loading = Laden…
action-source-missing = Een notitie die niet kon worden geladen
action-source-unlink = Ontkoppelen

## Veldfouten (per validatiecode van Rust)

validation-skill-required = Kies minstens één vaardigheid.
validation-unknown-skill = De vaardigheid ‘{ $skill }’ bestaat niet meer. Vink haar uit.
validation-skill-archived = ‘{ $skill }’ is gearchiveerd. Vink haar uit, of haal haar uit het archief bij je eigen vaardigheden.
validation-duplicate-skill = ‘{ $skill }’ is twee keer gekozen.
validation-rating-out-of-range = Kies een waarde van 1 tot en met 5.
validation-rating-required = Kies een niveau van 1 tot en met 5.
validation-not-allowed = Dit hoort niet bij deze soort notitie.
validation-justification-required = Je niveau verschilt van de vorige keer: zeg in één regel waarom.
validation-text-required = Vul dit in.
validation-text-required-action = Beschrijf wat je gaat oefenen.
validation-text-required-sbi = Beschrijf minstens de situatie, het gedrag of het effect.
validation-text-required-starr = Vul minstens één van situatie, taak, actie, resultaat of reflectie in.
validation-text-required-name = Geef de vaardigheid een naam.
validation-date-out-of-range = Kies een datum vanaf 1970 tot uiterlijk een jaar na vandaag.
validation-date-out-of-range-action = Kies een datum vanaf 1970 tot uiterlijk vijf jaar na vandaag.
validation-invalid-date = Vul een datum in als JJJJ-MM-DD.
validation-too-long = Te lang: maximaal { $count } tekens.
validation-too-many-tags = Maximaal { $count } tags per notitie.
validation-too-many-skills = Maximaal { $count } vaardigheden per notitie.
validation-unknown-entry = De notitie waar deze actie uit voortkwam bestaat niet meer. Ontkoppel haar.
validation-invalid-source = Een actie kan alleen voortkomen uit feedback of een reflectie.
validation-kind-changed = Een notitie kan niet van soort veranderen.
validation-duplicate-name = Je hebt al een vaardigheid met deze naam.
validation-invalid-json = Het concept kon niet worden bewaard.
validation-out-of-range = Een getal in het bestand (een id of versie) valt buiten het bereik.
validation-invalid-email = Dit is geen e-mailadres.
validation-given-directly = Deze feedback is rechtstreeks door de gever gegeven: de woorden en beoordelingen blijven zoals die zijn geschreven. Tags toevoegen of de notitie privé maken kan wel.
validation-choice-setting = Kies waar je de feedback kreeg.
validation-choice-giver = Kies wie de feedback gaf.
validation-unknown = Er klopt iets niet met dit veld.

## Eigen vaardigheden

skills-title = Je eigen vaardigheden
skills-intro = Vaardigheden die niet in de catalogus staan maar voor jou tellen, zoals ‘Timemanagement’. Gearchiveerde vaardigheden blijven op je notities staan, maar worden niet meer aangeboden in formulieren.
skills-name-label = Naam van de vaardigheid
skills-name-placeholder = bijv. Timemanagement
skills-add = Toevoegen
skills-loading = Je vaardigheden laden…
skills-load-error = Je vaardigheden konden niet worden geladen
skills-empty = Je hebt nog geen eigen vaardigheden toegevoegd.
skills-all-archived = Al je eigen vaardigheden zijn gearchiveerd.
skills-list-label = Je vaardigheden
skills-added-on = Toegevoegd op { $message }
skills-archived-on = Gearchiveerd op { $message }
skills-archived-badge = gearchiveerd
skills-archived-heading = Gearchiveerd
skills-archived-hint = Niet aangeboden in formulieren; notities die ze gebruiken houden ze.
skills-rename = Hernoemen
skills-rename-label = Nieuwe naam voor { $skill }
skills-rename-save = Opslaan
skills-rename-cancel = Annuleren
skills-archive = Archiveren
skills-unarchive = Uit archief halen
skills-delete = Verwijderen
skills-delete-question = ‘{ $skill }’ definitief verwijderen?
skills-delete-confirm = Verwijderen
skills-in-use = Notities gebruiken deze vaardigheid (ook notities in de prullenbak), dus ze kan niet worden verwijderd. Archiveer haar in plaats daarvan: ze blijft op die notities staan maar wordt niet meer aangeboden.
skills-archive-instead = Archiveren
skills-not-found = Deze vaardigheid bestaat niet meer.

## Lezer: van lezen naar vastleggen

reader-log-feedback = Feedback vastleggen
reader-log-reflect = Reflecteren
reader-log-feedback-title = Feedback vastleggen die je kreeg op { $skill }
reader-log-reflect-title = Een reflectie schrijven over { $skill }
reader-log-jump = Feedback vastleggen of reflecteren
reader-log-heading = Aan de slag
reader-log-intro = Een van deze vaardigheden geoefend? Leg het vast zolang het vers is: de notitie wordt aan dit artikel gekoppeld.
reader-log-no-skills = Dit artikel noemt geen vaardigheden uit de catalogus.
reader-log-entries-heading = Je notities over deze vaardigheden
reader-log-entries-empty = Nog niets vastgelegd over dit artikel of zijn vaardigheden.
reader-log-entries-linked = dit artikel
reader-log-entries-private = privé
