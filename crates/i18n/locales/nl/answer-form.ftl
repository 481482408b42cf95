# Het feedbackformulier dat een gever uit een bestand opent (crates/requests/src/form.rs, ui/form).
# Alleen voor Rust: de app schrijft deze woorden in de taal van het verzoek in het formulier.
answerform-title = Feedback, in je eigen woorden
answerform-intro = Een trainee vraagt je om feedback. Vertel zo concreet mogelijk wat je zag: een situatie, wat hij of zij deed, en wat dat teweegbracht. Het kost ongeveer vijf minuten. Alleen de app van de trainee kan lezen wat je schrijft.
answerform-about-role = Gevraagd aan jou als
answerform-about-setting = Setting
answerform-about-date = Dag
answerform-about-context = Over
answerform-about-reply-by = Graag antwoord vóór
answerform-your-name = Je naam (niet verplicht)
answerform-rating = Hoe ver is de trainee hierin? (niet verplicht)
answerform-rating-none = Geen beoordeling
answerform-level-1 = Net begonnen
answerform-level-2 = Af en toe
answerform-level-3 = Vaak, met wat hulp
answerform-level-4 = Meestal, zelfstandig
answerform-level-5 = Steeds; anderen leren ervan
answerform-situation = Situatie
answerform-situation-hint = Waar en wanneer was het?
answerform-behaviour = Gedrag
answerform-behaviour-hint = Wat deed of zei de trainee, zoals jij het zag?
answerform-impact = Effect
answerform-impact-hint = Wat bracht het teweeg, voor jou, het team of het resultaat?
answerform-keep-doing = Eén ding om te blijven doen
answerform-keep-doing-hint = Wat werkt en moet blijven?
answerform-try-next = Eén ding om te proberen
answerform-try-next-hint = Wat kan de trainee de volgende keer proberen?
answerform-privacy = Niets verlaat deze pagina tot je het zelf verstuurt. Maak het antwoord en plak het in een e-mail of chatbericht aan de trainee, of stuur het als bestand.
answerform-create = Antwoord maken
answerform-answer-heading = Je antwoord
answerform-answer-intro = Dit blok is je feedback, zo afgesloten dat alleen de app van de trainee het kan openen. Stuur het hele blok, van de eerste tot de laatste regel.
answerform-copy = Kopiëren
answerform-copied = Gekopieerd. Plak het in een e-mail of chatbericht aan de trainee.
answerform-download = Downloaden als bestand
answerform-file-name = feedback-antwoord
answerform-mail = Versturen per e-mail
answerform-mail-subject = Mijn feedback voor jou
answerform-error-nothing = Schrijf eerst iets over ten minste één vaardigheid.
answerform-error-sbi = Beschrijf voor deze vaardigheid ten minste de situatie, het gedrag of het effect.
answerform-error-seal = Het antwoord kon in deze browser niet worden gemaakt. Probeer een andere browser, zoals een recente Firefox, Chrome, Edge of Safari.

# De naam waaronder het formulier wordt opgeslagen (de gever ziet die als bijlage): <woord>-2026-12-04.html
answerform-request-file-name = feedbackverzoek
