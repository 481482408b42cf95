# Feedbackverzoeken en hun antwoorden in het venster (ui/src/components/requests/).

journal-open-requests = Verzoeken
request-ask = Om feedback vragen
request-ask-title = Vraag iemand om feedback in eigen woorden, via een bestand

## De lijst met verzoeken

requests-heading = Feedbackverzoeken
requests-intro = Elk verzoek is een webpagina die je naar iemand stuurt. Die antwoordt in de eigen browser en stuurt je een blok tekst terug dat alleen deze app kan openen; dat wordt feedback die die persoon rechtstreeks gaf.
requests-loading = Verzoeken laden…
requests-error-title = De verzoeken konden niet worden geladen
requests-empty-title = Nog geen verzoeken
requests-empty-body = Vraag een collega, een stakeholder of je coach om feedback in eigen woorden: zonder account of server.
request-status-waiting = Wacht op antwoord
request-status-overdue = Antwoorddatum verstreken
request-status-answered = Beantwoord
request-status-withdrawn = Ingetrokken
request-asked-on = gevraagd op { $date }
request-reply-by = antwoord vóór { $date }
request-answers = { $count ->
    [one] 1 antwoord
   *[other] { $count } antwoorden
}
request-withdraw = Intrekken
request-withdraw-question = Dit verzoek intrekken?
request-withdraw-body = Antwoorden die hierna nog komen, worden geweigerd. Wat al is geïmporteerd, blijft in je dagboek.
request-withdraw-confirm = Intrekken
request-withdrawn = { $id } ingetrokken: latere antwoorden worden geweigerd.

## Een antwoord importeren

answer-import-heading = Antwoord importeren
answer-import-hint = Plak het blok tekst dat je kreeg (van -----BEGIN AGE ENCRYPTED FILE----- tot en met de END-regel), of sleep het antwoordbestand hierheen.
answer-import-label = Het antwoord
answer-import-button = Antwoord importeren
answer-import-file = Kies een bestand…
answer-import-drop = Sleep het antwoordbestand hierheen
answer-import-error-title = Het antwoord is niet geïmporteerd
answer-import-empty = Plak eerst een antwoord.
answer-import-file-too-large = { $file } is te groot voor een antwoord.
answer-imported = Antwoord op { $id } geïmporteerd: { $count ->
    [one] 1 notitie
   *[other] { $count } notities
} rechtstreeks gegeven.
answer-already-imported = Dit antwoord op { $id } was al geïmporteerd: er is niets toegevoegd.
answer-imported-show = Toon

## Om feedback vragen

request-form-heading = Om feedback vragen
request-form-intro = De app maakt één webpagina voor degene die je het vraagt. Die opent hem in elke browser, ook op een telefoon, antwoordt in eigen woorden en stuurt je een blok tekst terug dat alleen jouw app kan lezen. Geen account, geen server.
request-form-section-who = Aan wie je het vraagt
request-form-section-about = Waar het over gaat
request-form-section-send = Het formulier
request-field-role = Rol
request-field-role-empty = Kies een rol
request-field-name = Naam
request-field-email = E-mailadres
request-field-email-hint = Alleen om je mailprogramma te openen; het formulier voeg je zelf toe.
request-field-setting = Situatie
request-field-setting-empty = Geen bepaalde situatie
request-field-date = De dag waar het over gaat
request-field-context = Context
request-field-context-hint = Eén regel die het moment in herinnering brengt, zoals "sprintdemo van 12 november".
request-field-skills-hint = Eén tot drie vaardigheden; het formulier toont elk met beschrijving en niveaus.
request-field-lang = Taal van het formulier
request-field-reply-by = Antwoord graag vóór
request-field-reply-to = Jouw e-mailadres
request-field-reply-to-hint = Het formulier biedt aan het antwoord hierheen te mailen.
request-form-save = Formulier opslaan…
request-form-saving = Opslaan…
request-form-cancel = Annuleren
request-form-errors = Het verzoek is niet opgeslagen. Kijk naar:
request-too-many-skills = Kies ten hoogste { $count } vaardigheden.
request-role-required = Kies aan wie je het vraagt.
request-show-file = Toon in map
entry-ask-feedback = Vraag het in eigen woorden
entry-ask-feedback-title = Maak een feedbackverzoek over dit moment, met deze vaardigheden
reader-ask-feedback = Vragen
reader-ask-feedback-title = Vraag iemand om feedback op { $skill }
entry-saved-ask = Opgeslagen. Zet { $who } het in eigen woorden?
request-written-title = Het formulier is opgeslagen
request-written-body = Stuur { $file } naar { $who }: per e-mail, chat of op een stick. Die opent het in de browser; het antwoord komt terug als een blok tekst om hier te importeren.
request-written-mail = E-mail { $who }
request-written-mail-hint = Je mailprogramma opent met een bericht; voeg het bestand zelf toe.
request-written-close = Sluiten
# Het bericht aan de gever, in de taal van het formulier.
request-mail-subject = Een verzoek om feedback
request-mail-subject-about = Een verzoek om feedback: { $context }
request-mail-hello = Hoi { $name },
request-mail-hello-anyone = Hoi,
request-mail-body = Wil je me feedback geven in je eigen woorden? Het bijgevoegde bestand ({ $file }) is een kort formulier: open het in je browser, ook op je telefoon. Het kost ongeveer vijf minuten, je hebt geen account nodig en alleen mijn app kan je antwoord lezen.

    Dank je wel!
request-leave-question = Weggaan zonder het verzoek op te slaan?
request-leave-body = Wat je hier typte, wordt niet bewaard.
request-show-answers = Toon de antwoorden
journal-showing-request = Antwoorden op { $id }
