# Why something did not work, per error code (src-tauri/src/error.rs, ErrorCode). The window
# words a command's error with these (ui/src/lib/errors.ts); `args` fill the placeholders.

error-internal = De app liep vast op een interne fout. Start Skills Journal opnieuw.
error-article-not-found = Dit artikel is er niet meer; misschien is het verplaatst of verwijderd.
error-item-not-unplaced = Dit punt staat niet (meer) in het artikel. Open het artikel opnieuw.
error-validation = Niet alles is goed ingevuld; kijk naar de velden met een melding.
error-entry-not-found = Notitie { $id } bestaat niet (meer); misschien is ze verwijderd.
error-entry-in-trash = Notitie { $id } ligt in de prullenbak. Zet haar eerst terug.
error-version-not-found = Notitie { $id } heeft geen versie { $version }.
error-skill-not-found = Deze eigen vaardigheid bestaat niet (meer).
error-skill-in-use = Deze vaardigheid hoort bij { $entries } notities. Archiveer haar in plaats van haar te verwijderen.
error-schema-too-new = Dit dagboek is geschreven door een nieuwere versie van Skills Journal (versie { $found }; deze app kent tot { $supported }). Werk de app bij om het te openen; het bestand is niet veranderd.
error-not-a-journal = { $path } is geen dagboek van Skills Journal. Het bestand is niet veranderd.
error-corrupt = Het dagboekbestand was beschadigd; het is apart gezet als { $keptAs } (er is niets verwijderd).
error-backup-invalid = Deze back-up is niet bruikbaar: { $path }.
error-io = Het bestand { $path } kon niet worden gelezen of geschreven ({ $detail }).
error-database = Het dagboek gaf een fout. Probeer het opnieuw, en zet een back-up terug als het blijft gebeuren.
error-stored-data = Een deel van het dagboek is beschadigd. Zet een back-up terug.
error-import-refused = Dit bestand kan niet worden geïmporteerd; er is niets veranderd. ({ $detail })
error-journal-in-use = Het dagboek is open in een venster van Skills Journal. Sluit dat venster eerst.
error-journal-unavailable = Het dagboek is niet open.
error-restoring = Er wordt een back-up teruggezet. Start de app opnieuw als dit zo blijft.
error-not-damaged = Het dagboek is niet beschadigd; er is niets te redden of opnieuw te beginnen.
error-invalid-period = Deze periode kan niet: kies een begin dat niet na het einde ligt (hoogstens 1000 weken).
error-no-skills = Kies minstens één vaardigheid voor het rapport.
error-unknown-skill = De vaardigheid { $id } bestaat niet.
error-pdf-failed = De pdf kon niet worden opgemaakt.
error-csv-failed = Het CSV-bestand kon niet worden gemaakt.
error-write-failed = { $path } kon niet worden geschreven ({ $detail }). Er is niets half achtergebleven.
error-open-failed = { $path } kon niet worden geopend.
error-nothing-exported = Er is nog niets geëxporteerd.
error-invalid-url = Deze link wordt niet geopend: { $url }. Alleen http-, https- en mailto-links gaan open.
error-invalid-path = Op die plek kan de app niet lezen of schrijven.
error-backup-not-found = { $path } is geen back-up van dit dagboek.
error-settings-not-saved = De instellingen konden niet worden bewaard.
error-import-unreadable = { $path } kon niet worden gelezen.
error-import-too-large = { $path } is { $size } MB; een export van het dagboek is hoogstens { $limit } MB.
