<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<!-- Plural messages: journeymapper.i18n.trn(context, "… %n …(s) …", None, n).
     Written by hand (lupdate's Python reader does not see plural forms); compiled into
     journeymapper_it.qm by packaging/update-translations.sh. tests/test_i18n_dialogs.py
     checks that every trn() text of the code is here. -->
<context>
    <name>export</name>
    <message numerus="yes">
        <source>%n page(s), {0}</source>
        <translation>
            <numerusform>%n pagina, {0}</numerusform>
            <numerusform>%n pagine, {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message numerus="yes">
        <source>Delete stage “{0}” and its %n card(s)?</source>
        <translation>
            <numerusform>Eliminare la fase “{0}” e la sua scheda?</numerusform>
            <numerusform>Eliminare la fase “{0}” e le sue %n schede?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete lane “{0}” and its %n card(s)?</source>
        <translation>
            <numerusform>Eliminare la corsia “{0}” e la sua scheda?</numerusform>
            <numerusform>Eliminare la corsia “{0}” e le sue %n schede?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} stages and lanes and their %n card(s)?</source>
        <translation>
            <numerusform>Eliminare {0} fasi e corsie e la loro scheda?</numerusform>
            <numerusform>Eliminare {0} fasi e corsie e le loro %n schede?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}” cannot be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>“{0}” non può essere aperto: trovato %n problema.</numerusform>
            <numerusform>“{0}” non può essere aperto: trovati %n problemi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>A repaired copy of “{0}” is open as a new, unsaved map. The file itself was not changed. %n change(s):</source>
        <translation>
            <numerusform>Una copia riparata di “{0}” è aperta come nuova mappa non salvata. Il file non è stato modificato. %n modifica:</numerusform>
            <numerusform>Una copia riparata di “{0}” è aperta come nuova mappa non salvata. Il file non è stato modificato. %n modifiche:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>“{0}” was written. %n thing(s) of the map could not be carried over exactly:</source>
        <translation>
            <numerusform>“{0}” è stato scritto. Un elemento della mappa non si è potuto riportare esattamente:</numerusform>
            <numerusform>“{0}” è stato scritto. %n elementi della mappa non si sono potuti riportare esattamente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}” is open as a new, unsaved map. %n thing(s) could not be carried over exactly:</source>
        <translation>
            <numerusform>“{0}” è aperto come nuova mappa non salvata. Un elemento non si è potuto riportare esattamente:</numerusform>
            <numerusform>“{0}” è aperto come nuova mappa non salvata. %n elementi non si sono potuti riportare esattamente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>%n slide(s), 16:9, editable in PowerPoint and Impress</source>
        <translation>
            <numerusform>%n diapositiva, 16:9, modificabile in PowerPoint e Impress</numerusform>
            <numerusform>%n diapositive, 16:9, modificabili in PowerPoint e Impress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message numerus="yes">
        <source>The merge left %n conflict(s). The map keeps ours for each until you pick.</source>
        <translation>
            <numerusform>La fusione ha lasciato %n conflitto. La mappa tiene la nostra versione finché non scegli.</numerusform>
            <numerusform>La fusione ha lasciato %n conflitti. La mappa tiene la nostra versione per ciascuno finché non scegli.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>%n dot(s) placed. Each card's dots were added to its votes (Edit → Undo takes them back).</source>
        <translation>
            <numerusform>%n punto messo. I punti di ogni scheda sono stati aggiunti ai suoi voti (Modifica → Annulla li toglie).</numerusform>
            <numerusform>%n punti messi. I punti di ogni scheda sono stati aggiunti ai suoi voti (Modifica → Annulla li toglie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>This map has %n dot(s) placed. End the vote and add the dots to the cards' votes, or discard them?</source>
        <translation>
            <numerusform>Su questa mappa è stato messo %n punto. Terminare la votazione e aggiungere i punti ai voti delle schede, o scartarli?</numerusform>
            <numerusform>Su questa mappa sono stati messi %n punti. Terminare la votazione e aggiungere i punti ai voti delle schede, o scartarli?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>This map had a dot vote running, with %n dot(s) placed. Resume it?</source>
        <translation>
            <numerusform>Su questa mappa era in corso una votazione a punti, con %n punto messo. Riprenderla?</numerusform>
            <numerusform>Su questa mappa era in corso una votazione a punti, con %n punti messi. Riprenderla?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Set the votes of %n card(s) to 0? (Edit → Undo brings them back.)</source>
        <translation>
            <numerusform>Portare a 0 i voti di %n scheda? (Modifica → Annulla li ripristina.)</numerusform>
            <numerusform>Portare a 0 i voti di %n schede? (Modifica → Annulla li ripristina.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>%n dot(s) still to place. End the vote anyway?</source>
        <translation>
            <numerusform>Resta ancora %n punto da mettere. Terminare comunque la votazione?</numerusform>
            <numerusform>Restano ancora %n punti da mettere. Terminare comunque la votazione?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Discard the %n dot(s) placed? The map's votes stay as they are.</source>
        <translation>
            <numerusform>Scartare il punto messo? I voti della mappa restano come sono.</numerusform>
            <numerusform>Scartare i %n punti messi? I voti della mappa restano come sono.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>%n punto rimasto</numerusform>
            <numerusform>%n punti rimasti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>%n card(s) can be voted on.</source>
        <translation>
            <numerusform>Si può votare %n scheda.</numerusform>
            <numerusform>Si possono votare %n schede.</numerusform>
        </translation>
    </message>
</context>
</TS>
