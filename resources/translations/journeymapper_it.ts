<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CompareMode</name>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="84"/>
        <source>+ added (solid outline)   ~ changed (dashed)   − removed (dotted)</source>
        <extracomment>the most changes of one kind the dock lists (then &quot;… and N more&quot;) how long the menu waits for git to say whether the map is in a work tree</extracomment>
        <translation>+ aggiunto (bordo continuo)   ~ modificato (tratteggiato)   − rimosso (punteggiato)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="94"/>
        <source>Close Comparison</source>
        <translation>Chiudi il confronto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="103"/>
        <source>Compared with {0}</source>
        <translation>Confrontata con {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="135"/>
        <source>… and {0} more (journeymapper diff lists them all)</source>
        <translation>… e altre {0} (journeymapper diff le elenca tutte)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="157"/>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="185"/>
        <source>Compare &amp;With</source>
        <translation>C&amp;onfronta con</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="188"/>
        <source>&amp;Another Map…</source>
        <translation>Un&apos;&amp;altra mappa…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="191"/>
        <source>The &amp;Saved Version</source>
        <translation>La versione &amp;salvata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="194"/>
        <source>The Last &amp;Git Commit</source>
        <translation>L&apos;ultimo commit &amp;git</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="197"/>
        <source>The As-&amp;Is Map</source>
        <translation>La mappa as-&amp;is</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="201"/>
        <source>Save as &amp;To-Be…</source>
        <translation>Salva come &amp;to-be…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="203"/>
        <source>Save a copy as the future state of this map, linked to it</source>
        <translation>Salva una copia come stato futuro di questa mappa, collegata a essa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="224"/>
        <source>Only for a map saved to a file</source>
        <translation>Solo per una mappa salvata in un file</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="231"/>
        <source>Only for a saved map inside a git work tree, with git installed</source>
        <translation>Solo per una mappa salvata dentro una copia di lavoro git, con git installato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="238"/>
        <source>Only for a to-be map (File → Save as To-Be…)</source>
        <translation>Solo per una mappa to-be (File → Salva come to-be…)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="251"/>
        <source>Compare with another map</source>
        <translation>Confronta con un&apos;altra mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="267"/>
        <location filename="../../journeymapper/ui/compare_mode.py" line="305"/>
        <source>Cannot compare with this file</source>
        <translation>Impossibile confrontare con questo file</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="276"/>
        <source>Nothing saved yet</source>
        <translation>Niente di salvato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="277"/>
        <source>This map has not been saved yet: there is no saved version.</source>
        <translation>Questa mappa non è ancora stata salvata: non c&apos;è una versione salvata.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="281"/>
        <source>the saved version of {0}</source>
        <translation>la versione salvata di {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="286"/>
        <source>Cannot compare with git</source>
        <translation>Impossibile confrontare con git</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="289"/>
        <source>This map has not been saved yet: it is not in git.</source>
        <translation>Questa mappa non è ancora stata salvata: non è in git.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="297"/>
        <source>the last git commit of {0}</source>
        <translation>l&apos;ultimo commit git di {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="315"/>
        <source>No as-is map</source>
        <translation>Nessuna mappa as-is</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="316"/>
        <source>This map is not a to-be map: it names no as-is map.</source>
        <translation>Questa non è una mappa to-be: non indica una mappa as-is.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="325"/>
        <source>As-is map not found</source>
        <translation>Mappa as-is non trovata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="326"/>
        <source>The as-is map {0} is not there any more.</source>
        <translation>La mappa as-is {0} non c&apos;è più.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="327"/>
        <source>It may have been moved or renamed; use Another Map… instead.</source>
        <translation>Forse è stata spostata o rinominata; usa Un&apos;altra mappa…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="330"/>
        <source>the as-is map {0}</source>
        <translation>la mappa as-is {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="411"/>
        <source>That part is not on the map any more.</source>
        <translation>Quell&apos;elemento non è più nella mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="441"/>
        <source>Save the as-is map first</source>
        <translation>Prima salva la mappa as-is</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="442"/>
        <source>The to-be copy is linked to the saved as-is map. Save this map first?</source>
        <translation>La copia to-be è collegata alla mappa as-is salvata. Salvare prima questa mappa?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="457"/>
        <source>Save as to-be map</source>
        <translation>Salva come mappa to-be</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="470"/>
        <source>Could not save the to-be map</source>
        <translation>Impossibile salvare la mappa to-be</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="478"/>
        <source>Choose another file: the to-be map cannot replace its as-is map.</source>
        <translation>Scegli un altro file: la mappa to-be non può sostituire la sua mappa as-is.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="494"/>
        <source>The to-be map was not saved: {0}</source>
        <translation>La mappa to-be non è stata salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_mode.py" line="498"/>
        <source>Saved the to-be map {0}; compare it with File → Compare With → The As-Is Map.</source>
        <translation>Salvata la mappa to-be {0}; confrontala con File → Confronta con → La mappa as-is.</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="48"/>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="97"/>
        <source>unreadable record: {0}</source>
        <translation>voce illeggibile: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="120"/>
        <source>Use &amp;Ours</source>
        <translation>Usa la &amp;nostra</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="121"/>
        <source>Use &amp;Theirs</source>
        <translation>Usa la &amp;loro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="122"/>
        <source>Keep the value the map has now</source>
        <translation>Mantieni il valore che la mappa ha ora</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="123"/>
        <source>Take the other side&apos;s value</source>
        <translation>Prendi il valore dell&apos;altra parte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="143"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="224"/>
        <source>Cannot take that value</source>
        <translation>Impossibile prendere quel valore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="226"/>
        <source>The map was not changed.</source>
        <translation>La mappa non è stata modificata.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="43"/>
        <source>Maps from other tools (*.ojf *.mmd *.mermaid *.md *.csv)</source>
        <translation>Mappe da altri programmi (*.ojf *.mmd *.mermaid *.md *.csv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="44"/>
        <location filename="../../journeymapper/ui/import_dialog.py" line="172"/>
        <source>Open Journey Format (*.ojf)</source>
        <translation>Open Journey Format (*.ojf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="45"/>
        <source>Mermaid journey (*.mmd *.mermaid *.md)</source>
        <translation>Journey Mermaid (*.mmd *.mermaid *.md)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="46"/>
        <location filename="../../journeymapper/ui/import_dialog.py" line="170"/>
        <source>CSV sheet (*.csv)</source>
        <extracomment>the formats File → Export to Another Format… writes: (format, suffix, filter text)</extracomment>
        <translation>Foglio CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="64"/>
        <source>Export warnings</source>
        <translation>Avvisi dell&apos;esportazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="72"/>
        <source>Import warnings</source>
        <translation>Avvisi dell&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="96"/>
        <source>full: one row per part, with a “type” column</source>
        <translation>completo: una riga per elemento, con una colonna “type”</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="97"/>
        <source>simple: stage, lane, title, body</source>
        <translation>semplice: fase, corsia, titolo, testo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="98"/>
        <source>grid: stages across, lanes down</source>
        <translation>griglia: fasi in orizzontale, corsie in verticale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="99"/>
        <source>steps: one row per step, one column per lane</source>
        <translation>passi: una riga per passo, una colonna per corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="103"/>
        <source>CSV layout</source>
        <translation>Struttura del CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="104"/>
        <source>The shape of this sheet cannot be told from its first row. Read it as:</source>
        <translation>Dalla prima riga non si capisce la struttura di questo foglio. Leggilo come:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="120"/>
        <source>Cannot import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="121"/>
        <source>“{0}” cannot be imported. The map you have open was not changed.</source>
        <translation>Impossibile importare “{0}”. La mappa aperta non è stata modificata.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="160"/>
        <source>Import a map</source>
        <translation>Importa una mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="171"/>
        <source>Mermaid journey (*.mmd)</source>
        <translation>Journey Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="183"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="188"/>
        <source>Wrote {0}</source>
        <translation>Scritto {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="207"/>
        <source>Export to another format</source>
        <translation>Esporta in un altro formato</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="50"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="54"/>
        <source>Start a new map, blank or from a template</source>
        <translation>Crea una nuova mappa, vuota o da un modello</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="57"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="59"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porta…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="61"/>
        <source>Export to Another &amp;Format…</source>
        <translation>Esporta in un altro &amp;formato…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="65"/>
        <source>Save &amp;As…</source>
        <translation>Salva con no&amp;me…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="69"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="73"/>
        <source>Export the map as a PDF poster or a PNG image</source>
        <translation>Esporta la mappa come poster PDF o immagine PNG</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="75"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>Esc&amp;i</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="77"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="78"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="79"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="81"/>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="99"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="84"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="87"/>
        <source>Select &amp;All</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="90"/>
        <source>&amp;Find…</source>
        <translation>Tro&amp;va…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="94"/>
        <source>Fi&amp;lter…</source>
        <translation>Fi&amp;ltra…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="102"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avanti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="105"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;indietro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="108"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Dimensioni reali</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="111"/>
        <source>&amp;Fit to Window</source>
        <translation>Adatta alla &amp;finestra</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="115"/>
        <source>Add &amp;Stage</source>
        <translation>Aggiungi &amp;fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="122"/>
        <source>Add &amp;Lane</source>
        <translation>Aggiungi &amp;corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="129"/>
        <source>Add &amp;Card</source>
        <translation>Aggiungi &amp;scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="135"/>
        <source>Add &amp;Persona</source>
        <translation>Aggiungi &amp;persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="83"/>
        <source>Palette</source>
        <translation>Tavolozza</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="90"/>
        <source>Inspector</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="97"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;all’apertura&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="98"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="105"/>
        <source>Insights</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="154"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="181"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="185"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="186"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="189"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="202"/>
        <source>&amp;Insert</source>
        <translation>&amp;Inserisci</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="207"/>
        <source>&amp;Map</source>
        <translation>M&amp;appa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="208"/>
        <source>&amp;Brand…</source>
        <translation>&amp;Marchio…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="210"/>
        <source>The client&apos;s logo, accent colour, typeface and palette</source>
        <translation>Logo, colore d&apos;accento, carattere e tavolozza del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="213"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="229"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="121"/>
        <location filename="../../journeymapper/ui/main_window.py" line="123"/>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="125"/>
        <source>Drag cards between cells · double-click to edit · drag from the palette to add · Ctrl+wheel zooms</source>
        <translation>Trascina le schede tra le celle · doppio clic per modificare · trascina dalla tavolozza per aggiungere · Ctrl+rotellina per lo zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="179"/>
        <source>unsaved</source>
        <translation>non salvata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="187"/>
        <source>{0} selected</source>
        <translation>Selezionati: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="199"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="200"/>
        <source>“{0}” has unsaved changes. Save them before closing?</source>
        <translation>“{0}” contiene modifiche non salvate. Vuoi salvarle prima di chiudere?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="227"/>
        <source>Open journey map</source>
        <translation>Apri mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="248"/>
        <source>Map already open</source>
        <translation>Mappa già aperta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="249"/>
        <source>“{0}” is already open in {1}.

If you edit it in both places, the last one saved wins. Open it here anyway?</source>
        <translation>Il file “{0}” è già aperto {1}.

Se lo modifichi in entrambi i posti, prevale l’ultimo salvataggio. Vuoi aprirlo qui comunque?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="267"/>
        <source>“{0}” was written in format version {1} and is upgraded to version {2}; the first save keeps the original as a .bak file.</source>
        <translation>“{0}” è stato scritto nella versione {1} del formato e viene aggiornato alla versione {2}; al primo salvataggio l’originale viene conservato come file .bak.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="291"/>
        <source>Repaired copy</source>
        <translation>Copia riparata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="367"/>
        <source>Save journey map</source>
        <translation>Salva mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="389"/>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="390"/>
        <source>The map was not saved: {0}

Your work is still open; try another folder with Save As.</source>
        <translation>La mappa non è stata salvata: {0}

Il tuo lavoro è ancora aperto: prova a salvarlo in un’altra cartella con Salva con nome.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="398"/>
        <source>Saved {0}</source>
        <translation>Salvato: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="415"/>
        <source>Exported {0}</source>
        <translation>Esportato: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="253"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="258"/>
        <source>{0} — missing</source>
        <translation>{0} — mancante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/menus.py" line="267"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Svuota il menu</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="439"/>
        <source>Whole map: {0}</source>
        <translation>Mappa intera: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="442"/>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fase {0} di {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="448"/>
        <source>read-only</source>
        <translation>sola lettura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="452"/>
        <source>→ next · ← back · 1–9 stage · L lanes · R reveal · E read-only · P pointer · T timer · Esc leave</source>
        <translation>→ avanti · ← indietro · 1–9 fase · L corsie · R svela · E sola lettura · P puntatore · T timer · Esc esci</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="99"/>
        <source>Find in cards, tags, comments, evidence</source>
        <extracomment>the opacity of a card that is not a hit or that the filter leaves out (the dimmer&apos;s)</extracomment>
        <translation>Trova in schede, tag, commenti, evidenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="105"/>
        <location filename="../../journeymapper/ui/search_bar.py" line="459"/>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="106"/>
        <location filename="../../journeymapper/ui/search_bar.py" line="461"/>
        <source>Matches: {0}</source>
        <translation>Risultati: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="107"/>
        <location filename="../../journeymapper/ui/search_bar.py" line="464"/>
        <source>{0} of {1}</source>
        <translation>{0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="112"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="114"/>
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="116"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="122"/>
        <source>Close and clear (Escape)</source>
        <translation>Chiudi e azzera (Esc)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="142"/>
        <source>Cards have no persona of their own: a card counts as a persona&apos;s when it is tagged with the persona&apos;s name or id (any case or accents). The persona&apos;s emotion points are kept too.</source>
        <translation>Le schede non hanno una persona propria: una scheda conta come di una persona quando ha come etichetta il nome o l&apos;id della persona (senza badare a maiuscole e accenti). Restano visibili anche i punti emotivi di quella persona.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="149"/>
        <source>Has votes</source>
        <translation>Con voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="151"/>
        <source>Clear filter</source>
        <translation>Azzera filtro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="343"/>
        <source>Any tag</source>
        <translation>Qualsiasi tag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="349"/>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="355"/>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="361"/>
        <source>Any persona</source>
        <translation>Qualsiasi persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="403"/>
        <source>has votes</source>
        <translation>con voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/search_bar.py" line="439"/>
        <source>Filter: {0}</source>
        <translation>Filtro: {0}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="109"/>
        <source>Welcome — journeymapper</source>
        <translation>Benvenuto — journeymapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="127"/>
        <source>Start a new map, or open one to carry on.</source>
        <translation>Inizia una nuova mappa o aprine una per continuare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="139"/>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="142"/>
        <source>Recent maps</source>
        <translation>Mappe recenti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="144"/>
        <source>&amp;Remove from List</source>
        <translation>&amp;Rimuovi dall&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="157"/>
        <source>No recent maps yet: the maps you open or save appear here.</source>
        <translation>Ancora nessuna mappa recente: qui compaiono le mappe che apri o salvi.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="184"/>
        <source>New blank map</source>
        <translation>Nuova mappa vuota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="193"/>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Lingua della mappa:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="194"/>
        <source>&amp;Stages:</source>
        <translation>&amp;Fasi:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="200"/>
        <source>&amp;Create Blank Map</source>
        <translation>&amp;Crea mappa vuota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="209"/>
        <source>&amp;Open a Map…</source>
        <translation>&amp;Apri una mappa…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="218"/>
        <source>Tab moves between the parts of this page; Enter opens the chosen map. File → Open Recent in the editor lists the recent maps too.</source>
        <translation>Tab passa da una parte all&apos;altra della pagina; Invio apre la mappa scelta. Anche File → Apri recenti nell&apos;editor elenca le mappe recenti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="234"/>
        <source>Three simple stages</source>
        <translation>Tre fasi semplici</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="236"/>
        <source>Stage 1, Stage 2, Stage 3: rename them as you go.</source>
        <translation>Fase 1, Fase 2, Fase 3: rinominale strada facendo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="339"/>
        <source>{0} — missing</source>
        <translation>{0} — mancante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="341"/>
        <source>Not found: {0}</source>
        <translation>Non trovata: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="367"/>
        <source>Map not found</source>
        <translation>Mappa non trovata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="368"/>
        <source>“{0}” is no longer there. Remove it from the recent maps?</source>
        <translation>«{0}» non c&apos;è più. Toglierla dalle mappe recenti?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_page.py" line="385"/>
        <source>Open journey map</source>
        <translation>Apri mappa del customer journey</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="87"/>
        <source>A vote needs at least one participant.</source>
        <extracomment>Okabe &amp; Ito&apos;s colour-blind-safe set (without black, which reads as text), with the ink that is readable on each (the participant&apos;s number is written in the dot)</extracomment>
        <translation>Una votazione richiede almeno un partecipante.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="90"/>
        <source>A vote can have at most {0} participants.</source>
        <translation>Una votazione può avere al massimo {0} partecipanti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="94"/>
        <source>Each participant needs between 1 and {0} dots.</source>
        <translation>Ogni partecipante deve avere da 1 a {0} punti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="100"/>
        <source>Participant {0}</source>
        <translation>Partecipante {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="166"/>
        <source>“{0}” is not part of this vote.</source>
        <extracomment>the dots on each card, as the participants who placed them, in placing order</extracomment>
        <translation>“{0}” non fa parte di questa votazione.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="173"/>
        <source>{0} has no dots left. Remove one, or pass to the next participant.</source>
        <translation>{0} non ha più punti. Togline uno, o passa al partecipante successivo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="184"/>
        <source>{0} has no dot on this card.</source>
        <translation>{0} non ha punti su questa scheda.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="242"/>
        <source>Dot voting: {0}</source>
        <translation>Votazione a punti: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="244"/>
        <source>Participants: {0} · dots each: {1} · dots placed: {2}</source>
        <translation>Partecipanti: {0} · punti a testa: {1} · punti messi: {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="250"/>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="264"/>
        <source>No dots were placed.</source>
        <translation>Non è stato messo nessun punto.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="252"/>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="252"/>
        <source>(tie)</source>
        <translation>(pari merito)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="275"/>
        <source>The saved voting session is damaged.</source>
        <translation>La sessione di voto salvata è danneggiata.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="279"/>
        <source>The saved voting session has an unknown version.</source>
        <translation>La sessione di voto salvata ha una versione sconosciuta.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="341"/>
        <source>Add dot votes</source>
        <translation>Aggiungi i voti a punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="352"/>
        <location filename="../../journeymapper/ui/voting.py" line="546"/>
        <source>No card has votes.</source>
        <translation>Nessuna scheda ha voti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/voting.py" line="353"/>
        <source>Reset votes</source>
        <translation>Azzera i voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="78"/>
        <source>Dot &amp;Voting…</source>
        <extracomment>results: the cards ranked this or better are ringed on the map the status messages this session showed (cleared when it ends)</extracomment>
        <translation>&amp;Votazione a punti…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="80"/>
        <source>Let each participant place dots on the cards that matter most</source>
        <translation>Ogni partecipante mette i suoi punti sulle schede che contano di più</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="83"/>
        <source>&amp;End Voting</source>
        <translation>Ter&amp;mina votazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="85"/>
        <source>&amp;Reset Votes…</source>
        <translation>A&amp;zzera voti…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="86"/>
        <source>Set the votes of every card to 0 (undoable)</source>
        <translation>Porta a 0 i voti di tutte le schede (si può annullare)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="109"/>
        <source>The map has no cards to vote on.</source>
        <translation>La mappa non ha schede da votare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="217"/>
        <source>Could not write the vote&apos;s recovery copy: {0}</source>
        <translation>Impossibile scrivere la copia di recupero della votazione: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="353"/>
        <location filename="../../journeymapper/ui/voting.py" line="477"/>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="334"/>
        <source>End Voting</source>
        <translation>Termina votazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="418"/>
        <source>Cancel Voting</source>
        <translation>Annulla la votazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="433"/>
        <source>Voting cancelled; the map&apos;s votes are as they were.</source>
        <translation>Votazione annullata; i voti della mappa restano com’erano.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="465"/>
        <source>Dot voting is running</source>
        <translation>È in corso una votazione a punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="478"/>
        <location filename="../../journeymapper/ui/voting.py" line="530"/>
        <source>Discard Dots</source>
        <translation>Scarta i punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="518"/>
        <source>Resume Dot Voting</source>
        <translation>Riprendi la votazione a punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="528"/>
        <source>Resume Voting</source>
        <translation>Riprendi la votazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting.py" line="551"/>
        <location filename="../../journeymapper/ui/voting.py" line="562"/>
        <source>Reset Votes</source>
        <translation>Azzera voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="107"/>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="218"/>
        <source>Dot Voting</source>
        <translation>Votazione a punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="114"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="116"/>
        <source>Optional: one name per line</source>
        <translation>Facoltativo: un nome per riga</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="120"/>
        <source>&amp;Names:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="124"/>
        <source>&amp;Dots each:</source>
        <translation>Punti a &amp;testa:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="126"/>
        <source>Card &amp;kinds:</source>
        <translation>&amp;Tipi di scheda:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="130"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Corsie:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="131"/>
        <source>&amp;Hide results until everyone has voted</source>
        <translation>&amp;Nascondi i risultati finché non hanno votato tutti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="133"/>
        <source>While the vote runs, each participant sees only their own dots; everyone&apos;s dots show once every dot is placed.</source>
        <translation>Durante la votazione ogni partecipante vede solo i propri punti; i punti di tutti compaiono quando sono stati messi tutti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="150"/>
        <source>&amp;Start Voting</source>
        <translation>&amp;Inizia la votazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="198"/>
        <source>Choose at least one card kind to vote on.</source>
        <translation>Scegli almeno un tipo di scheda da votare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="200"/>
        <source>Choose at least one lane to vote on.</source>
        <translation>Scegli almeno una corsia da votare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="202"/>
        <source>No card of the chosen kinds is in the chosen lanes.</source>
        <translation>Nelle corsie scelte non c&apos;è nessuna scheda dei tipi scelti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="239"/>
        <source>Dot Voting Results</source>
        <translation>Risultati della votazione a punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="249"/>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="249"/>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="249"/>
        <source>Dots</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="273"/>
        <source>The top cards are highlighted on the map until you close this.</source>
        <translation>Le schede in testa restano evidenziate sulla mappa finché non chiudi questa finestra.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="278"/>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copia come testo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="280"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="320"/>
        <source>Click a card to place a dot · Shift-click or right-click removes one · N or Tab: next participant</source>
        <translation>Fai clic su una scheda per mettere un punto · Maiusc+clic o clic destro ne toglie uno · N o Tab: partecipante successivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="329"/>
        <source>Previous participant (Shift+N)</source>
        <translation>Partecipante precedente (Maiusc+N)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="331"/>
        <source>Next Participant ▶</source>
        <translation>Partecipante successivo ▶</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="333"/>
        <source>Pass to the next participant (N or Tab)</source>
        <translation>Passa al partecipante successivo (N o Tab)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/voting_dialogs.py" line="335"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="56"/>
        <source>{0} (paused)</source>
        <translation>{0} (in pausa)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="123"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="126"/>
        <source>Show the map full screen, a stage at a time (Escape leaves)</source>
        <translation>Mostra la mappa a schermo intero, una fase alla volta (Esc per uscire)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="132"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="134"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="138"/>
        <source>Start {0} minutes</source>
        <translation>Avvia {0} minuti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="141"/>
        <source>Start &amp;Custom…</source>
        <translation>Avvia durata pe&amp;rsonalizzata…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="144"/>
        <location filename="../../journeymapper/ui/workshop.py" line="183"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="147"/>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Aggiungi un minuto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="149"/>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="152"/>
        <source>Sound at &amp;Zero</source>
        <translation>Suono allo &amp;zero</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="170"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="171"/>
        <source>Minutes:</source>
        <translation>Minuti:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="183"/>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop.py" line="190"/>
        <source>Timer {0}</source>
        <translation>Timer {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../journeymapper/app.py" line="116"/>
        <source>Cannot recover map</source>
        <extracomment>interface languages offered in Preferences (&quot;&quot; follows the system) every open main window (Qt does not keep Python wrappers alive by itself)</extracomment>
        <translation>Impossibile recuperare la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app.py" line="117"/>
        <source>The recovery copy of “{0}” is damaged:
{1}</source>
        <translation>La copia di recupero di “{0}” è danneggiata:
{1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app.py" line="206"/>
        <source>New map</source>
        <translation>Nuova mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app.py" line="207"/>
        <source>“{0}” does not exist yet.

Start a new map that will be saved there?</source>
        <translation>“{0}” non esiste ancora.

Iniziare una nuova mappa che verrà salvata lì?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app.py" line="220"/>
        <source>New map: Save writes it to {0}</source>
        <translation>Nuova mappa: Salva la scrive in {0}</translation>
    </message>
</context>
<context>
    <name>brand</name>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="47"/>
        <source>Brand</source>
        <translation>Marchio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="59"/>
        <source>e.g. the client&apos;s company</source>
        <extracomment>the logo shown: an asset of the map, a newly chosen one, or None</extracomment>
        <translation>ad es. l&apos;azienda del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="60"/>
        <source>Brand name</source>
        <translation>Nome del marchio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="62"/>
        <source>who the map is made for</source>
        <translation>per chi è fatta la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="63"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="65"/>
        <source>who made the map</source>
        <translation>chi ha fatto la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="66"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="72"/>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="146"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="74"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="81"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="86"/>
        <source>Choose the accent colour of the stage headers</source>
        <translation>Scegli il colore d’accento delle intestazioni delle fasi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="88"/>
        <source>No accent</source>
        <extracomment>only shown while there is an accent to take away</extracomment>
        <translation>Nessun accento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="90"/>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="157"/>
        <source>Accent colour</source>
        <translation>Colore d&apos;accento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="93"/>
        <source>Sans (DejaVu Sans)</source>
        <translation>Senza grazie (DejaVu Sans)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="94"/>
        <source>Serif (DejaVu Serif)</source>
        <translation>Con grazie (DejaVu Serif)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="98"/>
        <source>Typeface</source>
        <translation>Carattere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="100"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="101"/>
        <source>Colour-blind safe (Okabe–Ito)</source>
        <translation>Adatta ai daltonici (Okabe–Ito)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="102"/>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="107"/>
        <source>The colours of sticky notes and persona curves on the map.</source>
        <translation>I colori dei post-it e delle curve dei personaggi sulla mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="109"/>
        <source>Palette</source>
        <translation>Tavolozza</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="115"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="170"/>
        <source>(no logo)</source>
        <translation>(nessun logo)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="187"/>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="95"/>
        <source>The brand presets would take more than {0} MB; delete one first.</source>
        <translation>I marchi salvati occuperebbero più di {0} MB; eliminane prima uno.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="107"/>
        <source>A brand preset needs a name.</source>
        <translation>Un marchio salvato ha bisogno di un nome.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="110"/>
        <source>A preset name can be at most {0} characters long.</source>
        <translation>Il nome può essere lungo al massimo {0} caratteri.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="113"/>
        <source>This map has no brand to save: set one with Map → Brand…</source>
        <translation>Questa mappa non ha un marchio da salvare: impostalo con Mappa → Marchio…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="119"/>
        <source>The logo is {0:.1f} MB; a preset&apos;s logo may be at most {1} MB.</source>
        <translation>Il logo pesa {0:.1f} MB; il logo di un marchio salvato può pesare al massimo {1} MB.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="145"/>
        <source>Apply brand preset “{0}”</source>
        <translation>Applica il marchio salvato “{0}”</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="162"/>
        <source>Save This Map&apos;s Brand…</source>
        <translation>Salva il marchio di questa mappa…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="163"/>
        <source>Apply to This Map</source>
        <translation>Applica a questa mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="164"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="203"/>
        <source>Save brand preset</source>
        <translation>Salva il marchio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="203"/>
        <source>Preset name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="216"/>
        <source>Saved the preset “{0}”.</source>
        <translation>Salvato il marchio “{0}”.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="230"/>
        <source>Applied “{0}” to the map.</source>
        <translation>Applicato “{0}” alla mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="243"/>
        <source>Deleted the preset “{0}”.</source>
        <translation>Eliminato il marchio “{0}”.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_presets.py" line="247"/>
        <source>Brand presets</source>
        <translation>Marchi salvati</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../journeymapper/canvas/interactions/cards.py" line="58"/>
        <source>Cards go in a card or touchpoint lane.</source>
        <extracomment>the dragged cards and their connections, worked out on the first move (maps can hold 20,000 cards)</extracomment>
        <translation>Le schede vanno in una corsia delle schede o dei touchpoint.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/cards.py" line="158"/>
        <source>Drop the arrow on another card to connect them.</source>
        <translation>Rilascia la freccia su un’altra scheda per collegarle.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/palette.py" line="82"/>
        <source>Drop it on a cell of the map.</source>
        <translation>Rilascia l’elemento in una cella della mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/palette.py" line="88"/>
        <source>Emotion points go in an emotion lane.</source>
        <translation>I punti emotivi vanno in una corsia delle emozioni.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/palette.py" line="91"/>
        <source>Every persona already has a point in this stage.</source>
        <translation>Ogni persona ha già un punto in questa fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/clipboard.py" line="60"/>
        <source>The clipboard holds no cards.</source>
        <extracomment>the images the copied cards show (so that they paste into another map with them)</extracomment>
        <translation>Gli appunti non contengono schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/clipboard.py" line="65"/>
        <source>Select a card or click a cell to paste into.</source>
        <translation>Seleziona una scheda o fai clic su una cella in cui incollare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/clipboard.py" line="95"/>
        <source>Drop text on a cell of cards to make cards of it.</source>
        <translation>Rilascia il testo su una cella di schede per farne delle schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="79"/>
        <source>There is no card cell further that way.</source>
        <translation>In quella direzione non ci sono altre celle per le schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/image_drop.py" line="77"/>
        <source>Drop the image on a card or on a card cell of the map.</source>
        <translation>Rilascia l&apos;immagine su una scheda o su una cella di schede della mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/interactions/image_drop.py" line="97"/>
        <source>Select a card or click a cell to paste the image into.</source>
        <translation>Seleziona una scheda o fai clic su una cella in cui incollare l&apos;immagine.</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="11"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="12"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="13"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="14"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="15"/>
        <source>Ads</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="16"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="17"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="18"/>
        <source>Word of mouth</source>
        <translation>Passaparola</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="19"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="20"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="21"/>
        <source>Mobile app</source>
        <translation>App mobile</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="22"/>
        <source>Store</source>
        <translation>Punto vendita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="23"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="24"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../journeymapper/cli.py" line="70"/>
        <source>check journey map files; one line per problem</source>
        <translation>controlla i file delle mappe; una riga per ogni problema</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="73"/>
        <source>print the JSON Schema of the file format</source>
        <translation>stampa il JSON Schema del formato dei file</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="74"/>
        <source>list the built-in templates</source>
        <translation>elenca i modelli integrati</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="84"/>
        <source>template name (see &apos;journeymapper templates&apos;)</source>
        <translation>nome del modello (vedi &apos;journeymapper templates&apos;)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="89"/>
        <source>a blank map: three stages, touchpoints, actions and emotions</source>
        <translation>una mappa vuota: tre fasi, touchpoint, azioni ed emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="95"/>
        <source>with --blank: the stages of a framework ({0})</source>
        <translation>con --blank: le fasi di un modello di percorso ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="102"/>
        <source>with --blank: the map&apos;s language, e.g. en or it (default: English)</source>
        <translation>con --blank: la lingua della mappa, per esempio en o it (predefinita: inglese)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="104"/>
        <source>file to write</source>
        <translation>file da creare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="105"/>
        <source>overwrite FILE if it exists</source>
        <translation>sovrascrive FILE se esiste già</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="164"/>
        <source>PNG or SVG without a background</source>
        <translation>PNG o SVG senza sfondo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="169"/>
        <source>SVG: write text as glyph outlines (for tools without the font)</source>
        <translation>SVG: scrive il testo come contorni dei glifi (per i programmi senza il carattere)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="127"/>
        <source>page size, or fit: one page the size of the map (default)</source>
        <translation>formato pagina, oppure fit: una sola pagina grande quanto la mappa (predefinito)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="62"/>
        <source>open the editor on the built-in example map (in the interface&apos;s language) instead of the start page</source>
        <translation>apre l&apos;editor sulla mappa di esempio integrata (nella lingua dell&apos;interfaccia) invece della pagina iniziale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="108"/>
        <source>export a map as a PDF poster, a PNG image, an SVG drawing or a PowerPoint deck (format from OUT&apos;s suffix)</source>
        <translation>esporta una mappa come poster PDF, immagine PNG, disegno SVG o presentazione PowerPoint (il formato dipende dall&apos;estensione di OUT)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="120"/>
        <source>OUT.pdf, OUT.png, OUT.svg or OUT.pptx</source>
        <translation>OUT.pdf, OUT.png, OUT.svg o OUT.pptx</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="132"/>
        <source>default: the map&apos;s own orientation</source>
        <translation>predefinito: l’orientamento della mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="139"/>
        <source>page margin in millimetres (default 12)</source>
        <translation>margine della pagina in millimetri (predefinito 12)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="145"/>
        <source>print scale (1 = 100 %%); default: fit the page</source>
        <translation>scala di stampa (1 = 100 %%); predefinito: adatta alla pagina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="150"/>
        <source>PDF poster: split the map over several pages with overlap, crop marks and an overview page</source>
        <translation>poster PDF: divide la mappa su più pagine con sovrapposizione, segni di taglio e una pagina di panoramica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="161"/>
        <source>PNG resolution, 72 to 600 (default 150)</source>
        <translation>risoluzione PNG, da 72 a 600 (predefinito 150)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="178"/>
        <source>PDF: add a page for each persona</source>
        <translation>PDF: aggiunge una pagina per ogni persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="183"/>
        <source>PDF: add a page listing the evidence; cards show their sources&apos; numbers</source>
        <translation>PDF: aggiunge una pagina con l&apos;elenco delle evidenze; le schede mostrano i numeri delle loro fonti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="188"/>
        <source>PDF: the full report: cover, contents, personas, the map, a page per stage, sources (page size default A4)</source>
        <translation>PDF: il report completo: copertina, indice, personas, la mappa, una pagina per fase, fonti (formato predefinito A4)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="197"/>
        <source>PDF: the stage handouts alone, one landscape page per stage (A4 or A3)</source>
        <translation>PDF: solo le dispense delle fasi, una pagina orizzontale per fase (A4 o A3)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="202"/>
        <source>PDF: add pages comparing the map with OTHER (curves and changes)</source>
        <translation>PDF: aggiunge pagine che confrontano la mappa con OTHER (curve e modifiche)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="207"/>
        <source>PDF: add the insights page (figures, emotion curves, channels, votes)</source>
        <translation>PDF: aggiunge la pagina dell’analisi (cifre, curve delle emozioni, canali, voti)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="254"/>
        <source>this is the map being exported; choose another name for the export</source>
        <translation>coincide con la mappa da esportare; scegli un altro nome per il file esportato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="323"/>
        <location filename="../../journeymapper/cli.py" line="335"/>
        <source>valid</source>
        <translation>valido</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="355"/>
        <location filename="../../journeymapper/interop/command.py" line="60"/>
        <source>file exists; use --force to overwrite it</source>
        <translation>il file esiste già; usa --force per sovrascriverlo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="304"/>
        <location filename="../../journeymapper/cli.py" line="387"/>
        <location filename="../../journeymapper/interop/command.py" line="76"/>
        <location filename="../../journeymapper/interop/command.py" line="106"/>
        <source>wrote</source>
        <translation>salvato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="52"/>
        <source>Customer-journey map editor. With no command, opens the editor (on FILE, or on a start page that offers the built-in example map first).</source>
        <translation>Editor di customer journey map. Senza comando apre l’editor (su FILE o su una pagina iniziale che propone per prima la mappa di esempio integrata).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="77"/>
        <source>write a new journey map from a template, or a blank one</source>
        <translation>scrive una nuova mappa del customer journey da un modello, o vuota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="172"/>
        <source>PDF or deck: author shown in the title block or slide</source>
        <translation>PDF o presentazione: autore mostrato nel cartiglio o nella diapositiva del titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="175"/>
        <source>PDF or deck: client shown in the title block or slide</source>
        <translation>PDF o presentazione: cliente mostrato nel cartiglio o nella diapositiva del titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="243"/>
        <source>the output must end in .pdf, .png, .svg, .pptx, .csv, .mmd or .ojf (the format comes from the suffix)</source>
        <translation>il file di uscita deve terminare in .pdf, .png, .svg, .pptx, .csv, .mmd o .ojf (il formato dipende dall&apos;estensione)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="361"/>
        <source>--stages and --locale go with --blank</source>
        <translation>--stages e --locale si usano con --blank</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="368"/>
        <source>not a language code such as &quot;en&quot; or &quot;it-IT&quot;</source>
        <translation>non è un codice di lingua come &quot;en&quot; o &quot;it-IT&quot;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="375"/>
        <source>blank map</source>
        <translation>mappa vuota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="465"/>
        <source>no such file (commands are: {0}; see --help)</source>
        <extracomment>the form of a map&apos;s language field (as in the file format)</extracomment>
        <translation>file inesistente (i comandi sono: {0}; vedi --help)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/cli.py" line="24"/>
        <source>what the map says: path, emotions, coverage, priorities, evidence (text, or JSON with --json)</source>
        <translation>cosa dice la mappa: percorso, emozioni, copertura, priorità, evidenze (testo, o JSON con --json)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/cli.py" line="34"/>
        <source>print JSON: one key per section (map, path, emotions, coverage, priorities, evidence), each finding with the ids of the parts it is about</source>
        <translation>stampa JSON: una chiave per sezione (map, path, emotions, coverage, priorities, evidence), ogni risultato con gli id delle parti a cui si riferisce</translation>
    </message>
    <message>
        <location filename="../../journeymapper/upgrade.py" line="26"/>
        <source>upgrade map files to the current format in place, keeping a .bak copy</source>
        <translation>aggiorna i file delle mappe al formato attuale sul posto, conservando una copia .bak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/upgrade.py" line="63"/>
        <source>not upgraded: {0}</source>
        <translation>non aggiornato: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/upgrade.py" line="66"/>
        <source>already format version {0}</source>
        <translation>già nella versione {0} del formato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/upgrade.py" line="68"/>
        <source>upgraded from format version {0} to {1} (original kept as {2})</source>
        <translation>aggiornato dalla versione {0} alla versione {1} del formato (originale conservato come {2})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/present.py" line="24"/>
        <source>open FILE full screen in presentation mode (Escape leaves to the editor)</source>
        <translation>apre FILE a schermo intero in modalità presentazione (Esc torna all&apos;editor)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/present.py" line="33"/>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="26"/>
        <source>make a journey map from an .ojf, Mermaid journey or CSV file</source>
        <translation>crea una mappa del percorso da un file .ojf, da un journey Mermaid o da un CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="30"/>
        <source>the map to write</source>
        <translation>la mappa da scrivere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="36"/>
        <source>the format of IN (default: from its suffix)</source>
        <translation>il formato di IN (predefinito: dalla sua estensione)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="38"/>
        <source>overwrite OUT if it exists</source>
        <translation>sovrascrivi OUT se esiste già</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="42"/>
        <source>the shape of a CSV file (default: from its header)</source>
        <translation>la struttura di un file CSV (predefinita: dalla sua intestazione)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="54"/>
        <source>the output would replace the file being imported</source>
        <translation>il file di uscita sostituirebbe il file che si sta importando</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/command.py" line="88"/>
        <source>the output would replace the map</source>
        <translation>il file di uscita sostituirebbe la mappa</translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="295"/>
        <source>Write a comment…</source>
        <translation>Scrivi un commento…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="300"/>
        <source>your name (optional)</source>
        <translation>il tuo nome (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="301"/>
        <source>Add comment</source>
        <translation>Aggiungi commento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="303"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="36"/>
        <source>what changed between two maps, by meaning (0 same, 1 differ, 2 trouble)</source>
        <translation>cosa è cambiato tra due mappe, nel contenuto (0 uguali, 1 diverse, 2 errore)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="39"/>
        <source>Compare OLD and NEW part by part (matched by id). With --textconv, print one map as stable text for git diff.</source>
        <translation>Confronta OLD e NEW parte per parte (abbinate per id). Con --textconv stampa una mappa come testo stabile per git diff.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="45"/>
        <source>OLD NEW (or one FILE)</source>
        <translation>OLD NEW (o un solo FILE)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="46"/>
        <source>print the changes as JSON</source>
        <translation>stampa le modifiche in JSON</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="50"/>
        <source>print FILE as readable text, one line per part (for git)</source>
        <translation>stampa FILE come testo leggibile, una riga per parte (per git)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="54"/>
        <source>three-way merge of maps (0 merged, 1 conflicts, 2 trouble)</source>
        <translation>merge a tre vie delle mappe (0 unite, 1 conflitti, 2 errore)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="55"/>
        <source>Join the changes OURS and THEIRS made to BASE. The result is written to OUT, or over OURS (as git&apos;s merge driver expects).</source>
        <translation>Unisce le modifiche apportate a BASE da OURS e THEIRS. Il risultato viene scritto in OUT o sopra OURS (come si aspetta il merge driver di git).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="65"/>
        <source>file to write (default: OURS)</source>
        <translation>file da scrivere (predefinito: OURS)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="121"/>
        <source>not a valid journey map</source>
        <translation>mappa non valida</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="136"/>
        <source>diff --textconv takes one FILE (and no --json)</source>
        <translation>diff --textconv accetta un solo FILE (e non --json)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="139"/>
        <source>diff takes two files: OLD NEW</source>
        <translation>diff richiede due file: OLD NEW</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="183"/>
        <source>{0} conflicts: ours kept for them, listed in the map under extensions[{1}]; wrote {2}</source>
        <translation>{0} conflitti: mantenuta la nostra versione, elencati nella mappa in extensions[{1}]; salvato {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/command.py" line="190"/>
        <source>merged without conflicts; wrote {0}</source>
        <translation>unione senza conflitti; salvato {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="43"/>
        <source>(none)</source>
        <extracomment>characters that would break a line or reorder or recolour the terminal&apos;s text</extracomment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="60"/>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="61"/>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="62"/>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="63"/>
        <source>moved</source>
        <translation>spostato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="69"/>
        <source>map</source>
        <translation>mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="70"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="71"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="72"/>
        <source>lane</source>
        <translation>corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="73"/>
        <source>card</source>
        <translation>scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="74"/>
        <source>emotion point</source>
        <translation>punto emotivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="75"/>
        <source>connection</source>
        <translation>collegamento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="76"/>
        <source>extension</source>
        <translation>estensione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="117"/>
        <source>persona {0}</source>
        <translation>persona {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="159"/>
        <source>{0} reordered</source>
        <translation>ordine di {0} modificato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="189"/>
        <source>position {0} → {1}</source>
        <translation>posizione {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="191"/>
        <source>now first</source>
        <translation>ora al primo posto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="192"/>
        <source>after {0}</source>
        <translation>dopo {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="215"/>
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="243"/>
        <source>the maps are the same</source>
        <translation>le mappe sono uguali</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="245"/>
        <source>{0} differences: {1}</source>
        <translation>{0} differenze: {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="266"/>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="87"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="267"/>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="88"/>
        <source>ours</source>
        <translation>nostra</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="268"/>
        <location filename="../../journeymapper/ui/conflicts_dock.py" line="89"/>
        <source>theirs</source>
        <translation>loro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/text.py" line="250"/>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="31"/>
        <location filename="../../journeymapper/compare/git.py" line="78"/>
        <source>git is not installed (it was not found on the PATH).</source>
        <translation>git non è installato (non è stato trovato nel PATH).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="45"/>
        <source>git did not answer within {0} seconds.</source>
        <translation>git non ha risposto entro {0} secondi.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="49"/>
        <source>git could not be run: {0}</source>
        <translation>non è stato possibile avviare git: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="73"/>
        <source>The folder {0} does not exist.</source>
        <translation>La cartella {0} non esiste.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="75"/>
        <source>The folder {0} cannot be read.</source>
        <translation>La cartella {0} non si può leggere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="79"/>
        <source>{0} is not inside a git work tree.</source>
        <translation>{0} non è dentro una copia di lavoro git.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/compare/git.py" line="84"/>
        <source>{0} has no committed version in git (HEAD): {1}</source>
        <translation>{0} non ha una versione registrata in git (HEAD): {1}</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="46"/>
        <source>That conflict is already resolved.</source>
        <translation>Quel conflitto è già risolto.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="53"/>
        <source>The merge did not record THEIRS&apos;s value here.</source>
        <translation>La fusione non ha registrato qui il valore di THEIRS.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="69"/>
        <source>Resolve conflict: use theirs</source>
        <translation>Risolvi conflitto: usa la loro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="71"/>
        <source>Resolve conflict: use ours</source>
        <translation>Risolvi conflitto: usa la nostra</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="95"/>
        <source>THEIRS&apos;s value does not fit the map as it is now: {0}</source>
        <translation>Il valore di THEIRS non è compatibile con la mappa com&apos;è ora: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="110"/>
        <source>The map has no field {0}.</source>
        <translation>La mappa non ha il campo {0}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="114"/>
        <source>Unknown part {0}.</source>
        <translation>Elemento sconosciuto {0}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="129"/>
        <location filename="../../journeymapper/editing/conflicts.py" line="143"/>
        <source>&apos;{0}&apos; is not in this map any more.</source>
        <translation>&apos;{0}&apos; non è più in questa mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/conflicts.py" line="135"/>
        <source>Only a card&apos;s place can be taken.</source>
        <translation>Si può prendere solo la posizione di una carta.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../journeymapper/desktop.py" line="35"/>
        <source>add journeymapper to the application menu and open *.journey.json files with it (for the current user, Linux)</source>
        <translation>aggiunge journeymapper al menu delle applicazioni e apre con esso i file *.journey.json (per l&apos;utente corrente, Linux)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="44"/>
        <source>remove the menu entry, the file type and the icons again</source>
        <translation>rimuove di nuovo la voce di menu, il tipo di file e le icone</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="199"/>
        <source>install-desktop is for Linux desktops; on Windows and macOS the installer adds the menu entry and the file type</source>
        <translation>install-desktop è per i desktop Linux; su Windows e macOS la voce di menu e il tipo di file li aggiunge il programma di installazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="212"/>
        <source>journeymapper is not installed in {0}</source>
        <translation>journeymapper non è installato in {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="214"/>
        <source>removed {0} files from {1}</source>
        <translation>rimossi {0} file da {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="223"/>
        <source>installed the menu entry, the file type and the icons in {0}</source>
        <translation>installati la voce di menu, il tipo di file e le icone in {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="225"/>
        <source>the menu entry starts: {0}</source>
        <translation>la voce di menu avvia: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="226"/>
        <source>{0} files written</source>
        <translation>{0} file scritti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/desktop.py" line="228"/>
        <source>warning:</source>
        <translation>attenzione:</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="45"/>
        <source>Journey maps (*.journey.json *.json);;All files (*)</source>
        <translation>Mappe del customer journey (*.journey.json *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="151"/>
        <source>New journey map</source>
        <translation>Nuova mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="155"/>
        <source>Start from a blank map or from a complete example:</source>
        <translation>Parti da una mappa vuota o da un esempio completo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="161"/>
        <source>Blank map</source>
        <translation>Mappa vuota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="163"/>
        <source>Three stages, a touchpoint lane, an actions lane and an emotion lane.</source>
        <translation>Tre fasi, una corsia dei touchpoint, una corsia delle azioni e una corsia delle emozioni.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="190"/>
        <source>persona {0}</source>
        <translation>persona {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="191"/>
        <source>stage {0}</source>
        <translation>fase {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="192"/>
        <source>lane {0}</source>
        <translation>corsia {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="193"/>
        <source>card {0}</source>
        <translation>scheda {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="194"/>
        <source>emotion point {0}</source>
        <translation>punto emotivo {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="195"/>
        <source>connection {0}</source>
        <translation>collegamento {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="249"/>
        <location filename="../../journeymapper/ui/dialogs.py" line="254"/>
        <source>Delete</source>
        <extracomment>QSettings key: ask before deleting a stage or lane that holds cards</extracomment>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="252"/>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>Si possono ripristinare con Modifica → Annulla (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="256"/>
        <source>Don&apos;t ask again</source>
        <translation>Non chiedere più</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="257"/>
        <source>You can turn the question on again in Preferences.</source>
        <translation>Puoi riattivare la domanda nelle Preferenze.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="272"/>
        <source>… and {0} more</source>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="306"/>
        <source>Cannot open map</source>
        <translation>Impossibile aprire la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="309"/>
        <source>No map was opened. Details:</source>
        <translation>Non è stata aperta nessuna mappa. Dettagli:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="311"/>
        <source>The map you have open was not changed. Details:</source>
        <translation>La mappa aperta non è stata modificata. Dettagli:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="321"/>
        <source>Open a repaired copy</source>
        <translation>Apri una copia riparata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="324"/>
        <source>Fix or drop what breaks the rules, list each change, and open the result as a new unsaved map. The file is not changed.</source>
        <translation>Corregge o rimuove ciò che viola le regole, elenca ogni modifica e apre il risultato come nuova mappa non salvata. Il file non viene modificato.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="352"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="356"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="359"/>
        <source>Unsaved changes are copied to a recovery folder this often (never over your file).</source>
        <translation>Ogni quanto le modifiche non salvate vengono copiate in una cartella di recupero (mai sopra il tuo file).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="365"/>
        <source>Autosave every</source>
        <translation>Salvataggio automatico ogni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="366"/>
        <source>Keep the previous version as NAME.journey.json.bak</source>
        <translation>Conserva la versione precedente come NOME.journey.json.bak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="368"/>
        <source>On save</source>
        <translation>Al salvataggio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="372"/>
        <source>Like the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="376"/>
        <source>Takes effect the next time journeymapper starts.</source>
        <translation>Vale dal prossimo avvio di journeymapper.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="377"/>
        <source>Interface language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="379"/>
        <source>Ask before deleting a stage or lane that holds cards</source>
        <translation>Chiedi prima di eliminare una fase o una corsia con delle schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="382"/>
        <source>On delete</source>
        <translation>All’eliminazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="398"/>
        <source>Recover unsaved maps</source>
        <translation>Recupera mappe non salvate</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="402"/>
        <source>journeymapper did not close properly last time. These maps had unsaved changes. Tick the ones to recover; they open as unsaved maps.</source>
        <translation>L’ultima volta journeymapper non è stato chiuso correttamente. Queste mappe avevano modifiche non salvate. Spunta quelle da recuperare: verranno aperte come mappe non salvate.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="414"/>
        <source>never saved</source>
        <translation>mai salvata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="423"/>
        <source>Recover selected</source>
        <translation>Recupera selezionate</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="426"/>
        <source>Discard all</source>
        <translation>Scarta tutte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="429"/>
        <source>Decide later</source>
        <translation>Decidi dopo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="343"/>
        <source>Brand presets</source>
        <translation>Marchi salvati</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="42"/>
        <location filename="../../journeymapper/editing/edits.py" line="72"/>
        <source>&apos;{0}&apos; is not in this map</source>
        <extracomment>the evidence fields the inspector edits
----------
edits with the same non-None key merge into one undo step (typing, nudging) ids of parts to select after the edit is done</extracomment>
        <translation>&apos;{0}&apos; non fa parte di questa mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="59"/>
        <source>“{0}” is not a kind of card.</source>
        <translation>“{0}” non è un tipo di scheda.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="62"/>
        <source>Change card &apos;{0}&apos; to {1}</source>
        <translation>Cambia il tipo della scheda &apos;{0}&apos; in {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="85"/>
        <source>New source</source>
        <translation>Nuova fonte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="88"/>
        <source>Add source &apos;{0}&apos; to card &apos;{1}&apos;</source>
        <translation>Aggiungi la fonte &apos;{0}&apos; alla scheda &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="96"/>
        <source>That source is not on this card any more.</source>
        <translation>Quella fonte non è più su questa scheda.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="105"/>
        <source>Remove source &apos;{0}&apos; from card &apos;{1}&apos;</source>
        <translation>Rimuovi la fonte &apos;{0}&apos; dalla scheda &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="119"/>
        <source>Move source &apos;{0}&apos; up</source>
        <translation>Sposta su la fonte &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="119"/>
        <source>Move source &apos;{0}&apos; down</source>
        <translation>Sposta giù la fonte &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="131"/>
        <location filename="../../journeymapper/editing/content.py" line="137"/>
        <source>“{0}” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-31.</source>
        <translation>“{0}” non è una data; scrivila come AAAA-MM-GG, per esempio 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="152"/>
        <source>A source needs a title.</source>
        <translation>Una fonte deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="162"/>
        <source>“{0}” is not a kind of source.</source>
        <translation>“{0}” non è un tipo di fonte.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="169"/>
        <source>Set source &apos;{0}&apos; to {1}</source>
        <translation>Imposta il tipo della fonte &apos;{0}&apos; a {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="173"/>
        <source>Rename source to &apos;{0}&apos;</source>
        <translation>Rinomina la fonte in &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="175"/>
        <source>Edit reference of source &apos;{0}&apos;</source>
        <translation>Modifica il riferimento della fonte &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="177"/>
        <source>Set date of source &apos;{0}&apos; to {1}</source>
        <translation>Imposta la data della fonte &apos;{0}&apos; a {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="178"/>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="181"/>
        <source>Edit source &apos;{0}&apos;</source>
        <translation>Modifica la fonte &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="198"/>
        <source>Write the comment first.</source>
        <translation>Scrivi prima il commento.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="209"/>
        <source>Comment on card &apos;{0}&apos;: &apos;{1}&apos;</source>
        <translation>Commenta la scheda &apos;{0}&apos;: &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="220"/>
        <source>That comment is not on this card any more.</source>
        <translation>Quel commento non è più su questa scheda.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="222"/>
        <source>Delete comment &apos;{0}&apos; from card &apos;{1}&apos;</source>
        <translation>Elimina il commento &apos;{0}&apos; dalla scheda &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="236"/>
        <source>The image {0}.</source>
        <translation>L&apos;immagine non va bene: {0}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="242"/>
        <source>The map&apos;s images would add up to {0:.0f} MB; a map may embed at most {1} MB of images. Remove an image or use a smaller one.</source>
        <translation>Le immagini della mappa arriverebbero a {0:.0f} MB; una mappa può contenere al massimo {1} MB di immagini. Rimuovi un&apos;immagine o usane una più piccola.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="265"/>
        <source>This card has no image.</source>
        <translation>Questa scheda non ha un&apos;immagine.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="267"/>
        <source>Remove image from card &apos;{0}&apos;</source>
        <translation>Rimuovi l&apos;immagine dalla scheda &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="271"/>
        <source>Set image of card &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Imposta l&apos;immagine della scheda &apos;{0}&apos; a &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="294"/>
        <source>Add card with image &apos;{0}&apos;</source>
        <translation>Aggiungi una scheda con l&apos;immagine &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="368"/>
        <source>A persona needs a name.</source>
        <translation>Una persona deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="381"/>
        <source>Edit persona &apos;{0}&apos;</source>
        <translation>Modifica la persona &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="107"/>
        <source>A map needs a title.</source>
        <translation>La mappa deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="109"/>
        <source>A map title can be at most 200 characters long.</source>
        <translation>Il titolo della mappa può avere al massimo 200 caratteri.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="117"/>
        <source>“{0}” is not a language code such as “en” or “it-IT”.</source>
        <translation>“{0}” non è un codice lingua come “en” o “it-IT”.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="120"/>
        <source>Rename map</source>
        <translation>Rinomina la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="121"/>
        <source>Edit map description</source>
        <translation>Modifica la descrizione della mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="122"/>
        <source>Change map language</source>
        <translation>Cambia la lingua della mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="127"/>
        <source>Edit map</source>
        <translation>Modifica la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="187"/>
        <source>Resize {0} &apos;{1}&apos;</source>
        <translation>Ridimensiona {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="189"/>
        <source>Set emotion to {0:+g}</source>
        <translation>Imposta l’emozione a {0:+g}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="200"/>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation>Modifica {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="227"/>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="229"/>
        <source>Add stage &apos;{0}&apos;</source>
        <translation>Aggiungi la fase &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="234"/>
        <source>New lane</source>
        <translation>Nuova corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="235"/>
        <source>Touchpoints</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="236"/>
        <source>Emotions</source>
        <translation>Emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="241"/>
        <source>Add lane &apos;{0}&apos;</source>
        <translation>Aggiungi la corsia &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="256"/>
        <source>Move stage &apos;{0}&apos;</source>
        <translation>Sposta la fase &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="268"/>
        <source>Move lane &apos;{0}&apos;</source>
        <translation>Sposta la corsia &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="287"/>
        <source>That cell is not in this map.</source>
        <translation>Quella cella non fa parte di questa mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="290"/>
        <source>Cards cannot go in an emotion lane; drop them in a card or touchpoint lane.</source>
        <translation>Le schede non possono stare in una corsia delle emozioni: rilasciale in una corsia delle schede o dei touchpoint.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="315"/>
        <source>New touchpoint</source>
        <translation>Nuovo touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="317"/>
        <source>New card</source>
        <translation>Nuova scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="324"/>
        <source>touchpoint</source>
        <translation>il touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="139"/>
        <location filename="../../journeymapper/editing/edits.py" line="324"/>
        <source>card</source>
        <translation>la scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="136"/>
        <location filename="../../journeymapper/editing/edits.py" line="169"/>
        <source>persona</source>
        <translation>la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="137"/>
        <source>stage</source>
        <translation>la fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="138"/>
        <source>lane</source>
        <translation>la corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="140"/>
        <source>emotion point</source>
        <translation>il punto emotivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="141"/>
        <source>connection</source>
        <translation>il collegamento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="159"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="160"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="161"/>
        <source>body</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="162"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="163"/>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="164"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="165"/>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="166"/>
        <source>votes</source>
        <translation>voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="167"/>
        <source>channel</source>
        <translation>canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="168"/>
        <source>colour</source>
        <translation>colore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="170"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="192"/>
        <source>Rename {0} to &apos;{1}&apos;</source>
        <translation>Rinomina {0} in &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="198"/>
        <source>Edit {0} {1} &apos;{2}&apos;</source>
        <translation>Modifica {0} ({1}): &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="326"/>
        <source>Add {0} &apos;{1}&apos;</source>
        <translation>Aggiungi {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="340"/>
        <source>Nothing to move.</source>
        <translation>Niente da spostare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="353"/>
        <source>Move card &apos;{0}&apos;</source>
        <translation>Sposta la scheda &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="355"/>
        <source>Move {0} cards</source>
        <translation>Sposta {0} schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="370"/>
        <source>Select cards to duplicate.</source>
        <translation>Seleziona le schede da duplicare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="378"/>
        <source>Duplicate {0} card(s)</source>
        <translation>Duplica schede ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="400"/>
        <source>The clipboard holds no cards.</source>
        <translation>Gli appunti non contengono schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="401"/>
        <source>Paste {0} card(s)</source>
        <translation>Incolla schede ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="412"/>
        <source>Emotion points go in an emotion lane.</source>
        <translation>I punti emotivi vanno in una corsia delle emozioni.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="414"/>
        <source>That stage is not in this map.</source>
        <translation>Quella fase non fa parte di questa mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/content.py" line="360"/>
        <location filename="../../journeymapper/editing/edits.py" line="416"/>
        <source>That persona is not in this map.</source>
        <extracomment>what the persona editor edits</extracomment>
        <translation>Quella persona non fa parte di questa mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="418"/>
        <source>This stage already has a point for this persona.</source>
        <translation>Questa fase ha già un punto per questa persona.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="426"/>
        <source>Add emotion point {0:+g}</source>
        <translation>Aggiungi il punto emotivo {0:+g}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="432"/>
        <source>A card cannot be connected to itself.</source>
        <translation>Una scheda non può essere collegata a se stessa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="435"/>
        <source>Connections link two cards.</source>
        <translation>Un collegamento unisce due schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="437"/>
        <source>These cards are already connected.</source>
        <translation>Queste schede sono già collegate.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="442"/>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Collega &apos;{0}&apos; a &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="454"/>
        <source>New persona</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="459"/>
        <source>Add persona &apos;{0}&apos;</source>
        <translation>Aggiungi la persona &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="472"/>
        <source>A map needs at least one stage.</source>
        <translation>La mappa deve avere almeno una fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="474"/>
        <source>A map needs at least one lane.</source>
        <translation>La mappa deve avere almeno una corsia.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="507"/>
        <source>Nothing selected to delete.</source>
        <translation>Nessun elemento selezionato da eliminare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="512"/>
        <source>Delete {0} &apos;{1}&apos;</source>
        <translation>Elimina {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="514"/>
        <source>Delete {0} item(s)</source>
        <translation>Elimina elementi ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="44"/>
        <source>The client&apos;s name can be at most {0} characters long.</source>
        <translation>Il nome del cliente può essere lungo al massimo {0} caratteri.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="45"/>
        <source>The author&apos;s name can be at most {0} characters long.</source>
        <translation>Il nome dell&apos;autore può essere lungo al massimo {0} caratteri.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="49"/>
        <source>The brand&apos;s name can be at most {0} characters long.</source>
        <translation>Il nome del marchio può essere lungo al massimo {0} caratteri.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="56"/>
        <source>The logo is not an image of this map.</source>
        <translation>Il logo non è un&apos;immagine di questa mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="62"/>
        <source>Change brand</source>
        <translation>Cambia marchio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/brand.py" line="83"/>
        <source>“{0}” is not a colour such as #1F63B8.</source>
        <translation>“{0}” non è un colore come #1F63B8.</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="89"/>
        <location filename="../../journeymapper/ui/card_panels.py" line="131"/>
        <source>Title</source>
        <extracomment>the settings key of the name comments are signed with</extracomment>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="89"/>
        <location filename="../../journeymapper/ui/card_panels.py" line="128"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="89"/>
        <location filename="../../journeymapper/ui/card_panels.py" line="140"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="107"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="109"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="112"/>
        <source>Move the source up</source>
        <translation>Sposta su la fonte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="115"/>
        <source>Move the source down</source>
        <translation>Sposta giù la fonte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="133"/>
        <source>where to find it: text or a link</source>
        <translation>dove trovarla: testo o link</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="135"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="137"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-GG (facoltativa)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="272"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2024-03-31.</source>
        <translation>Scrivi la data come AAAA-MM-GG, per esempio 2024-03-31.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="317"/>
        <location filename="../../journeymapper/export/pptx.py" line="218"/>
        <location filename="../../journeymapper/export/report_pages.py" line="146"/>
        <source>Author: {0}</source>
        <translation>Autore: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="314"/>
        <location filename="../../journeymapper/export/report_pages.py" line="134"/>
        <source>Prepared for {0}</source>
        <extracomment>Largest page side a PDF viewer is required to handle (200 inches, PDF 1.7 limits). Overlap between neighbouring poster tiles, and the most tiles one export may have.</extracomment>
        <translation>Preparato per {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="332"/>
        <location filename="../../journeymapper/export/report.py" line="308"/>
        <source>page {0} of {1}</source>
        <translation>pagina {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="354"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="609"/>
        <source>Row {0}, column {1}</source>
        <translation>Riga {0}, colonna {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="361"/>
        <source>{0} × {1} pages</source>
        <translation>{0} × {1} pagine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="581"/>
        <location filename="../../journeymapper/export/report.py" line="188"/>
        <location filename="../../journeymapper/export/report_pages.py" line="118"/>
        <source>Customer journey map</source>
        <extracomment>our own pages&apos; content (all but the footer), on any `PageCanvas`: the PDF&apos;s, and the export dialog&apos;s preview</extracomment>
        <translation>Mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="586"/>
        <source>customer journey map</source>
        <translation>mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="75"/>
        <source>There is not enough memory for this export; choose a smaller page or a lower resolution.</source>
        <extracomment>what the dialog remembers, globally and per map (QSettings keys under export/)</extracomment>
        <translation>Memoria insufficiente per questa esportazione: scegli un formato pagina più piccolo o una risoluzione più bassa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="136"/>
        <source>Previous page</source>
        <extracomment>the page&apos;s own drawing (page points), or a function that records it when the page is first shown; drawn instead of the map (a report&apos;s cover, a stage handout...) what the page counter says of it instead of &quot;Page 1 of 1&quot; (&quot;Slide 3 of 21&quot;)</extracomment>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="139"/>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="142"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="143"/>
        <source>The whole page in the preview</source>
        <translation>Tutta la pagina nell’anteprima</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="145"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="146"/>
        <source>The page at its printed size</source>
        <translation>La pagina alle dimensioni di stampa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="220"/>
        <source>Page {0} of {1}</source>
        <translation>Pagina {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_preview.py" line="223"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="96"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="116"/>
        <source>PDF poster (vector)</source>
        <translation>Poster PDF (vettoriale)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="117"/>
        <source>PNG image</source>
        <translation>Immagine PNG</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="118"/>
        <source>SVG drawing (for design tools)</source>
        <translation>Disegno SVG (per programmi di grafica)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Report (PDF)</source>
        <translation>Report completo (PDF)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="120"/>
        <source>Stage handouts (PDF)</source>
        <translation>Dispense delle fasi (PDF)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="121"/>
        <source>PowerPoint deck (editable slides)</source>
        <translation>Presentazione PowerPoint (diapositive modificabili)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="127"/>
        <source>Fit to the map (one page)</source>
        <translation>Adatta alla mappa (una pagina)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Page size</source>
        <translation>Formato pagina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="131"/>
        <source>Like the map</source>
        <translation>Come la mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="132"/>
        <source>Portrait</source>
        <translation>Verticale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="133"/>
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Orientation</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="139"/>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="144"/>
        <source>Tiling</source>
        <translation>Suddivisione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="145"/>
        <source>Several pages to tape together</source>
        <translation>Più pagine da unire con nastro adesivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="155"/>
        <source>Extra pages</source>
        <translation>Pagine aggiuntive</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="159"/>
        <source>Comparison pages</source>
        <translation>Pagine di confronto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="161"/>
        <source>Both emotion curves and the list of changes, against {0}</source>
        <translation>Entrambe le curve delle emozioni e l&apos;elenco delle modifiche, rispetto a {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="165"/>
        <source>Compare the map with another first (File → Compare With)</source>
        <translation>Prima confronta la mappa con un&apos;altra (File → Confronta con)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="168"/>
        <source>Insights page</source>
        <translation>Pagina dell’analisi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="170"/>
        <source>Figures, emotion curves, channels, top votes and claims without evidence</source>
        <translation>Cifre, curve delle emozioni, canali, voti più alti e affermazioni senza evidenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="177"/>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="178"/>
        <source>Transparent background</source>
        <translation>Sfondo trasparente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="180"/>
        <source>Text as outlines</source>
        <translation>Testo come tracciati</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="182"/>
        <source>For tools without the DejaVu Sans font; the text is no longer editable</source>
        <translation>Per i programmi che non hanno il carattere DejaVu Sans; il testo non è più modificabile</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="186"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="188"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="194"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="206"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="300"/>
        <source>Always in the report (when the map has them)</source>
        <translation>Sempre nel report (quando la mappa li ha)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="302"/>
        <source>The stage handouts have the stages&apos; pages only</source>
        <translation>Le dispense delle fasi hanno solo le pagine delle fasi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="358"/>
        <source>{0} × {1} tiles plus an overview page</source>
        <translation>{0} × {1} riquadri più una pagina di panoramica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="373"/>
        <source>Slide {0} of {1}</source>
        <translation>Diapositiva {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="386"/>
        <source>{0} × {1} mm, vector, in Inkscape layers</source>
        <translation>{0} × {1} mm, vettoriale, in livelli di Inkscape</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="402"/>
        <source>{0} × {1} pixels (about {2:.0f} MB in memory)</source>
        <translation>{0} × {1} pixel (circa {2:.0f} MB in memoria)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="557"/>
        <source>“{0}” is the map you are editing; the export would replace it. Choose another name for the export.</source>
        <translation>“{0}” è la mappa che stai modificando: l&apos;esportazione la sostituirebbe. Scegli un altro nome per l&apos;esportazione.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="440"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="376"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="607"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="533"/>
        <source>Export as</source>
        <translation>Esporta come</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="140"/>
        <source>Poster tiles</source>
        <translation>Poster in più pagine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="142"/>
        <source>Several pages to tape together, with crop marks and an overview page</source>
        <translation>Più pagine da unire con nastro adesivo, con segni di taglio e una pagina d’insieme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="149"/>
        <source>Persona pages</source>
        <translation>Pagine delle personas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="150"/>
        <source>One page per persona: profile and emotion curve</source>
        <translation>Una pagina per persona: profilo e curva emotiva</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Sources page</source>
        <translation>Pagina delle fonti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="153"/>
        <source>Every evidence item, numbered; the cards show their numbers</source>
        <translation>Ogni evidenza, numerata; le schede ne mostrano i numeri</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="352"/>
        <source>fitted to the map</source>
        <translation>adattata alla mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="566"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="572"/>
        <source>Exporting {0}…</source>
        <translation>Esportazione di {0}…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="567"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="556"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="597"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="67"/>
        <source>{0} (continued)</source>
        <extracomment>how many of a finding&apos;s items a slide lists (the rest: &quot;… and N more&quot;)</extracomment>
        <translation>{0} (continua)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="389"/>
        <location filename="../../journeymapper/export/report.py" line="136"/>
        <location filename="../../journeymapper/export/report.py" line="137"/>
        <source>Insights</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="396"/>
        <source>First-party data</source>
        <translation>Dati di prima parte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="397"/>
        <source>Second-party data</source>
        <translation>Dati di seconda parte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="398"/>
        <source>Third-party data</source>
        <translation>Dati di terze parti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="399"/>
        <source>Observation</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="400"/>
        <source>Assumptions</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="423"/>
        <source>“{0}” in {1} / {2}</source>
        <translation>“{0}” in {1} / {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="439"/>
        <location filename="../../journeymapper/export/pdf_pages.py" line="100"/>
        <source>Persona</source>
        <extracomment>the most lines a persona&apos;s description, a goal or a frustration shows on its sheet draws the page&apos;s content onto a surface in page points, y down</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf_pages.py" line="147"/>
        <location filename="../../journeymapper/export/pptx.py" line="296"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf_pages.py" line="148"/>
        <location filename="../../journeymapper/export/pptx.py" line="297"/>
        <source>Frustrations</source>
        <translation>Frustrazioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf_pages.py" line="175"/>
        <location filename="../../journeymapper/export/pptx.py" line="362"/>
        <source>Emotion curve</source>
        <translation>Curva emotiva</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="382"/>
        <location filename="../../journeymapper/export/handouts.py" line="388"/>
        <location filename="../../journeymapper/export/handouts.py" line="495"/>
        <location filename="../../journeymapper/export/pptx.py" line="320"/>
        <location filename="../../journeymapper/export/pptx.py" line="480"/>
        <source>… and {0} more</source>
        <extracomment>the smallest a card title may print on a handout before the lanes go over two pages (7.5 pt bold: the layout&apos;s 13.5 pt titles at 56 %, bodies at 6.4 pt, still read at arm&apos;s length on a table; every stage of the shipped templates then fits one A4 page) titles at least this large count as large enough when a stage&apos;s pages are balanced the largest a handout enlarges the map (a stage with two cards is not a poster) widths tried for the stage&apos;s column (scene units; the model&apos;s bounds) the most side-by-side groups a page&apos;s lanes are laid out in (width is spare on a landscape page, height is not) a lane on a handout page, with the ids of the cards of it the page shows (None: all) the emotions and touchpoints beside the drawing (a stage&apos;s first page); without it, the emotion scores sit in the header (the touchpoints are in their own lane) the most ways of cutting a stage&apos;s rows into pages `_balanced` weighs</extracomment>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="396"/>
        <source>Emotions</source>
        <translation>Emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="405"/>
        <location filename="../../journeymapper/export/handouts.py" line="476"/>
        <location filename="../../journeymapper/export/pdf_pages.py" line="208"/>
        <source>No emotion scores yet.</source>
        <translation>Nessun punteggio emotivo per ora.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="433"/>
        <source>Touchpoints</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="443"/>
        <source>No touchpoints at this stage.</source>
        <translation>Nessun touchpoint in questa fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="266"/>
        <location filename="../../journeymapper/export/handouts.py" line="519"/>
        <source>Stage {0} of {1}</source>
        <extracomment>(fill, border) of each card by id, as the map&apos;s layout gives them the colour of each emotion curve by (lane id, persona id or None), as the layout draws it</extracomment>
        <translation>Fase {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="521"/>
        <source>part {0} of {1}</source>
        <translation>parte {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/handouts.py" line="541"/>
        <source>This map has no lanes for cards.</source>
        <translation>Questa mappa non ha corsie per le schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf_pages.py" line="255"/>
        <source>Card: {0}</source>
        <translation>Scheda: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck_plan.py" line="425"/>
        <location filename="../../journeymapper/export/pdf_pages.py" line="280"/>
        <location filename="../../journeymapper/export/report.py" line="145"/>
        <location filename="../../journeymapper/export/report.py" line="146"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf_pages.py" line="284"/>
        <source>The evidence behind the cards, numbered as on the map.</source>
        <translation>Le evidenze dietro le schede, numerate come sulla mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="47"/>
        <source>Background</source>
        <extracomment>the Inkscape layers, bottom to top</extracomment>
        <translation>Sfondo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="48"/>
        <source>Curves</source>
        <translation>Curve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="49"/>
        <source>Headers</source>
        <translation>Intestazioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="50"/>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="51"/>
        <source>Connections</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="52"/>
        <source>Curve points</source>
        <translation>Punti delle curve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="74"/>
        <source>Background and grid</source>
        <translation>Sfondo e griglia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="81"/>
        <source>Emotion scale</source>
        <translation>Scala delle emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="88"/>
        <source>Emotion curve: {0}</source>
        <translation>Curva delle emozioni: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/svg.py" line="98"/>
        <source>Notes of the emotion points</source>
        <translation>Note dei punti emotivi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/report.py" line="85"/>
        <location filename="../../journeymapper/export/report.py" line="126"/>
        <source>The journey map</source>
        <translation>La mappa del customer journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/report.py" line="106"/>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/report.py" line="121"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/report.py" line="162"/>
        <location filename="../../journeymapper/export/report_pages.py" line="204"/>
        <location filename="../../journeymapper/export/report_pages.py" line="232"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/report_pages.py" line="157"/>
        <source>Cover</source>
        <translation>Copertina</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pptx.py" line="216"/>
        <source>Client: {0}</source>
        <translation>Cliente: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pptx.py" line="347"/>
        <source>No emotion curve yet.</source>
        <translation>Ancora nessuna curva emotiva.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pptx.py" line="420"/>
        <source>No cards in this stage.</source>
        <translation>Nessuna scheda in questa fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pptx.py" line="468"/>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pptx.py" line="487"/>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="59"/>
        <source>this map</source>
        <translation>questa mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="112"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="114"/>
        <source>gone</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="170"/>
        <source>Comparison with {0}</source>
        <translation>Confronto con {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="193"/>
        <source>Emotion curves</source>
        <translation>Curve delle emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="201"/>
        <location filename="../../journeymapper/export/compare_page.py" line="203"/>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/compare_page.py" line="207"/>
        <source>The maps are the same.</source>
        <translation>Le mappe sono uguali.</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="47"/>
        <source>another window of this journeymapper (since {0})</source>
        <translation>in un’altra finestra di questo journeymapper (dal {0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="48"/>
        <source>journeymapper process {0} on {1} (since {2})</source>
        <translation>nel processo journeymapper {0} su {1} (dal {2})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="172"/>
        <source>“{0}” was changed by another program.

Reload it, or keep the version you have open? (Saving it later asks before replacing the newer file.)</source>
        <translation>“{0}” è stato modificato da un altro programma.

Vuoi ricaricarlo o mantenere la versione che hai aperto? (Se in seguito salvi, ti verrà chiesto prima di sostituire il file più recente.)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="180"/>
        <source>File changed on disk</source>
        <translation>File modificato sul disco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="166"/>
        <source>“{0}” was changed by another program.

Reload it (your unsaved changes here are lost), or keep the version you have open?</source>
        <translation>“{0}” è stato modificato da un altro programma.

Vuoi ricaricarlo (perdendo le modifiche non salvate qui) invece di mantenere la versione che hai aperto?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="185"/>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="186"/>
        <source>Keep mine</source>
        <translation>Mantieni la mia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="201"/>
        <source>Overwrite newer file?</source>
        <translation>Sovrascrivere il file più recente?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="202"/>
        <source>“{0}” was changed by another program since you opened it. Saving replaces those changes with your version.

Overwrite it? (Cancel and use Save As to keep both.)</source>
        <translation>“{0}” è stato modificato da un altro programma dopo che l’hai aperto. Salvando, quelle modifiche verranno sostituite dalla tua versione.

Vuoi sovrascriverlo? (Scegli Annulla e usa Salva con nome per conservarli entrambi.)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="219"/>
        <source>Read-only file</source>
        <translation>File di sola lettura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="220"/>
        <source>“{0}” is read-only. Someone may have made it so to keep it from being changed.

Save over it anyway? (Cancel and use Save As to keep it.)</source>
        <translation>“{0}” è di sola lettura: forse qualcuno lo ha reso tale per evitare che venga modificato.

Vuoi sovrascriverlo comunque? (Scegli Annulla e usa Salva con nome per conservarlo.)</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="49"/>
        <source>The image was {0} × {1} px; it was scaled down to at most {2} px.</source>
        <extracomment>pictures are scaled down to at most this many pixels on their longest side a file larger than this is not even read (it could never fit after scaling either) a picture with more pixels than this is refused (decoding it would take too much memory) (width, height) before scaling, when the picture was scaled down</extracomment>
        <translation>L&apos;immagine era di {0} × {1} px; è stata ridotta a non più di {2} px.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="72"/>
        <source>“{0}” is still {1:.1f} MB after scaling; an image may be at most {2} MB. Use a smaller or more compressed picture.</source>
        <translation>“{0}” occupa ancora {1:.1f} MB dopo la riduzione; un&apos;immagine può occupare al massimo {2} MB. Usa un&apos;immagine più piccola o più compressa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="79"/>
        <source>“{0}” cannot be used: the image {1}.</source>
        <translation>Impossibile usare “{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="143"/>
        <location filename="../../journeymapper/canvas/image_import.py" line="167"/>
        <source>“{0}” is not a PNG or JPEG image; only those can go on the map.</source>
        <translation>“{0}” non è un&apos;immagine PNG o JPEG; solo queste si possono mettere sulla mappa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="132"/>
        <source>“{0}” is a damaged image; it cannot be read.</source>
        <translation>“{0}” è un&apos;immagine danneggiata; non si può leggere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="107"/>
        <source>“{0}” is too large: {1} × {2} pixels. Use a picture of at most {3} million pixels.</source>
        <translation>“{0}” è troppo grande: {1} × {2} pixel. Usa un’immagine di al massimo {3} milioni di pixel.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="175"/>
        <source>“{0}” is {1:.0f} MB; that is too large for an image.</source>
        <translation>“{0}” occupa {1:.0f} MB; è troppo grande per un&apos;immagine.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="182"/>
        <source>“{0}” cannot be read: {1}</source>
        <translation>Impossibile leggere “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="191"/>
        <source>The clipboard holds no image.</source>
        <translation>Gli appunti non contengono un&apos;immagine.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="226"/>
        <source>Pasted image</source>
        <translation>Immagine incollata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/image_import.py" line="227"/>
        <source>There is no image to add.</source>
        <translation>Non c&apos;è nessuna immagine da aggiungere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="377"/>
        <source>Choose…</source>
        <extracomment>tell the user something (scaled down, refused): the status bar</extracomment>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="379"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="393"/>
        <source>(no image)</source>
        <translation>(nessuna immagine)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/card_panels.py" line="428"/>
        <source>Choose an image</source>
        <translation>Scegli un&apos;immagine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/brand_dialog.py" line="187"/>
        <location filename="../../journeymapper/ui/card_panels.py" line="430"/>
        <location filename="../../journeymapper/ui/persona_editor.py" line="143"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="67"/>
        <source>… and {0} more (see journeymapper insights --json)</source>
        <extracomment>Parts are named by their names: a click on the finding shows them on the canvas. A group lists at most this many items (the command line&apos;s --json has them all).</extracomment>
        <translation>… e altri {0} (vedi journeymapper insights --json)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="83"/>
        <location filename="../../journeymapper/ui/insights_dock.py" line="414"/>
        <source>No path yet: connect cards with arrows</source>
        <translation>Ancora nessun percorso: collega le schede con le frecce</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="84"/>
        <location filename="../../journeymapper/analysis/text.py" line="109"/>
        <source>{0} steps through {1} cards.</source>
        <translation>{0} passaggi attraverso {1} schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="112"/>
        <source>No card is connected to another: there is no path.</source>
        <translation>Nessuna scheda è collegata a un’altra: non c’è alcun percorso.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="85"/>
        <source>Entries ({0})</source>
        <translation>Ingressi ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="86"/>
        <source>Exits ({0})</source>
        <translation>Uscite ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="89"/>
        <source>Dead ends, exits before the last stage ({0})</source>
        <translation>Vicoli ciechi, uscite prima dell’ultima fase ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="94"/>
        <source>Cards on no path ({0})</source>
        <translation>Schede fuori da ogni percorso ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="98"/>
        <source>Reached from no entry, only in loops ({0})</source>
        <translation>Non raggiungibili da un ingresso, solo in cicli ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="102"/>
        <location filename="../../journeymapper/ui/insights_dock.py" line="102"/>
        <source>Longest path: {0}</source>
        <extracomment>Milliseconds of quiet after a change before the insights are computed again. The path box keeps room for this many characters (the rest of a route is elided). Groups with at most this many items are shown open.</extracomment>
        <translation>Percorso più lungo: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="103"/>
        <location filename="../../journeymapper/analysis/text.py" line="154"/>
        <location filename="../../journeymapper/ui/insights_dock.py" line="103"/>
        <source>Shortest path: {0}</source>
        <translation>Percorso più breve: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="109"/>
        <source>Back-steps to an earlier stage ({0})</source>
        <translation>Ritorni a una fase precedente ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="112"/>
        <source>{0} in {1} → {2} in {3}</source>
        <translation>{0} in {1} → {2} in {3}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="121"/>
        <source>Closed loops ({0})</source>
        <translation>Cicli chiusi ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="129"/>
        <source>Branches, cards with several next cards ({0})</source>
        <translation>Diramazioni, schede con più schede successive ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="130"/>
        <source>Merges, cards with several previous cards ({0})</source>
        <translation>Convergenze, schede con più schede precedenti ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="167"/>
        <location filename="../../journeymapper/analysis/text.py" line="197"/>
        <location filename="../../journeymapper/export/insights_page.py" line="197"/>
        <source>The map has no emotion points.</source>
        <translation>La mappa non ha punti emotivi.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="173"/>
        <source>lowest {0} in {1}</source>
        <translation>minimo {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="181"/>
        <source>highest {0} in {1}</source>
        <translation>massimo {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="188"/>
        <source>biggest drop: {0} from {1} to {2}</source>
        <translation>calo maggiore: {0} da {1} a {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="189"/>
        <source>biggest rise: {0} from {1} to {2}</source>
        <translation>aumento maggiore: {0} da {1} a {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="204"/>
        <source>stages with no point ({0})</source>
        <translation>fasi senza punti ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="206"/>
        <location filename="../../journeymapper/analysis/text.py" line="201"/>
        <source>{0} in lane {1}: {2} points, average {3}</source>
        <translation>{0} nella corsia {1}: {2} punti, media {3}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="214"/>
        <location filename="../../journeymapper/analysis/text.py" line="191"/>
        <source>{0}: marked as moment of truth: {1}</source>
        <translation>{0}: schede segnate come momento della verità: {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="219"/>
        <location filename="../../journeymapper/analysis/text.py" line="184"/>
        <source>{0}: the lowest point of {1}, {2}</source>
        <translation>{0}: il punto più basso di {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="223"/>
        <location filename="../../journeymapper/analysis/text.py" line="188"/>
        <source>{0}: a drop of {1} for {2} (to {3})</source>
        <translation>{0}: un calo di {1} per {2} (fino a {3})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="229"/>
        <source>Moments of truth, candidates ({0})</source>
        <translation>Possibili momenti della verità ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="240"/>
        <source>Stages without a touchpoint ({0})</source>
        <translation>Fasi senza touchpoint ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="243"/>
        <source>Touchpoints by stage and channel ({0} stages)</source>
        <translation>Touchpoint per fase e canale ({0} fasi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="249"/>
        <location filename="../../journeymapper/analysis/text.py" line="253"/>
        <source>Channel mix: {0}</source>
        <translation>Mix di canali: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="249"/>
        <location filename="../../journeymapper/analysis/findings.py" line="331"/>
        <location filename="../../journeymapper/analysis/text.py" line="68"/>
        <location filename="../../journeymapper/analysis/text.py" line="76"/>
        <location filename="../../journeymapper/analysis/text.py" line="220"/>
        <location filename="../../journeymapper/analysis/text.py" line="253"/>
        <location filename="../../journeymapper/export/insights_page.py" line="418"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="252"/>
        <location filename="../../journeymapper/analysis/text.py" line="256"/>
        <source>Online share of the touchpoints: {0}</source>
        <translation>Quota online dei touchpoint: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="257"/>
        <source>Stages with empty lanes ({0})</source>
        <translation>Fasi con corsie vuote ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="266"/>
        <source>Stages where personas&apos; scores differ by {0} or more</source>
        <translation>Fasi in cui i punteggi delle personas differiscono di {0} o più</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="272"/>
        <location filename="../../journeymapper/analysis/text.py" line="268"/>
        <source>{0} in lane {1}: {2} {3}, {4} {5} ({6} apart)</source>
        <translation>{0} nella corsia {1}: {2} {3}, {4} {5} (differenza {6})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="294"/>
        <location filename="../../journeymapper/analysis/text.py" line="306"/>
        <source>{0} cards have votes, {1} votes in all.</source>
        <translation>Schede con voti: {0}; voti in totale: {1}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="299"/>
        <source>Top voted ({0})</source>
        <translation>Più votate ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="304"/>
        <source>Pain points without an opportunity in their stage ({0})</source>
        <translation>Criticità senza un’opportunità nella stessa fase ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="309"/>
        <source>Opportunities by votes ({0})</source>
        <translation>Opportunità per voti ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="321"/>
        <location filename="../../journeymapper/analysis/text.py" line="330"/>
        <source>Cards with evidence: {0} of {1} ({2})</source>
        <translation>Schede con evidenze: {0} su {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="326"/>
        <location filename="../../journeymapper/analysis/text.py" line="336"/>
        <source>By kind: {0}</source>
        <translation>Per tipo: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="335"/>
        <location filename="../../journeymapper/analysis/text.py" line="350"/>
        <source>Cards citing each source: {0}</source>
        <translation>Schede per fonte citata: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="343"/>
        <source>Pain points, opportunities and moments of truth without evidence ({0})</source>
        <translation>Criticità, opportunità e momenti della verità senza evidenze ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="356"/>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="357"/>
        <source>Emotions</source>
        <translation>Emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="358"/>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="359"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="360"/>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="40"/>
        <location filename="../../journeymapper/analysis/text.py" line="47"/>
        <location filename="../../journeymapper/export/insights_page.py" line="168"/>
        <source>(no persona)</source>
        <translation>(nessuna persona)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="60"/>
        <source>… and {0} more (see --json)</source>
        <extracomment>How a part is named: `ref` (name and id) or `name_only`.</extracomment>
        <translation>… e altri {0} (vedi --json)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="91"/>
        <source>1 step</source>
        <translation>1 passaggio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="91"/>
        <source>{0} steps</source>
        <translation>{0} passaggi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="95"/>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="95"/>
        <source>{0} votes</source>
        <translation>{0} voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="107"/>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="115"/>
        <source>Entries ({0}): {1}</source>
        <translation>Ingressi ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="117"/>
        <source>Exits ({0}): {1}</source>
        <translation>Uscite ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="120"/>
        <source>Dead ends, exits before the last stage {0} ({1}): {2}</source>
        <translation>Vicoli ciechi, uscite prima dell’ultima fase {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="128"/>
        <source>Cards on no path in the lanes of the path ({0}): {1}</source>
        <translation>Schede fuori da ogni percorso nelle corsie dei percorsi ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="135"/>
        <source>Reached from no entry, only in loops ({0}): {1}</source>
        <translation>Non raggiungibili da un ingresso, solo in cicli ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="140"/>
        <source>{0} listed; the search stopped at its cap ({1} paths), there may be more</source>
        <translation>{0} elencati; la ricerca si è fermata al limite ({1} percorsi), potrebbero essercene altri</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="145"/>
        <source>Simple paths from an entry to an exit: {0}</source>
        <translation>Percorsi semplici da un ingresso a un’uscita: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="148"/>
        <source>Longest listed path</source>
        <translation>Percorso più lungo tra quelli elencati</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="150"/>
        <source>Longest path</source>
        <translation>Percorso più lungo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="156"/>
        <source>Back-steps to an earlier stage ({0}):</source>
        <translation>Ritorni a una fase precedente ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="160"/>
        <source>{0} in {1} → {2} in {3} [{4}]</source>
        <translation>{0} in {1} → {2} in {3} [{4}]</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="165"/>
        <source>Closed loops ({0}, the search stops at {1}):</source>
        <translation>Cicli chiusi ({0}, la ricerca si ferma a {1}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="169"/>
        <source>Closed loops ({0}):</source>
        <translation>Cicli chiusi ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="174"/>
        <source>Branches, cards with several next cards ({0}):</source>
        <translation>Diramazioni, schede con più schede successive ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="175"/>
        <source>Merges, cards with several previous cards ({0}):</source>
        <translation>Convergenze, schede con più schede precedenti ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="195"/>
        <source>EMOTIONS</source>
        <translation>EMOZIONI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="208"/>
        <source>lowest {0} in {1}; highest {2} in {3}</source>
        <translation>minimo {0} in {1}; massimo {2} in {3}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="216"/>
        <source>biggest drop</source>
        <translation>calo maggiore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="217"/>
        <source>biggest rise</source>
        <translation>aumento maggiore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="222"/>
        <source>{0} from {1} to {2}</source>
        <translation>{0} da {1} a {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="229"/>
        <source>stages with no point: {0}</source>
        <translation>fasi senza punti: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="233"/>
        <source>Moments of truth, candidates (lowest points, drops of {0} or more, marked cards):</source>
        <translation>Possibili momenti della verità (punti più bassi, cali di {0} o più, schede segnate):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="243"/>
        <source>COVERAGE</source>
        <translation>COPERTURA</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="246"/>
        <source>Stages without a touchpoint ({0}): {1}</source>
        <translation>Fasi senza touchpoint ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="250"/>
        <source>Touchpoints by stage and channel:</source>
        <translation>Touchpoint per fase e canale:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="258"/>
        <source>Lanes left empty, by stage:</source>
        <translation>Corsie vuote, per fase:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="262"/>
        <source>Stages where personas&apos; scores differ by {0} or more ({1}):</source>
        <translation>Fasi in cui i punteggi delle personas differiscono di {0} o più ({1}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="289"/>
        <source>{0}. {1}: {2} in {3} ({4})</source>
        <translation>{0}. {1}: {2} in {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="295"/>
        <source>{0} in {1} ({2})</source>
        <translation>{0} in {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="299"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="303"/>
        <source>PRIORITIES</source>
        <translation>PRIORITÀ</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="310"/>
        <source>Top voted (rank {0} or better, ties kept):</source>
        <translation>Più votate (fino al {0}° posto, pari merito inclusi):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="314"/>
        <source>Pain points without an opportunity in their stage ({0}):</source>
        <translation>Criticità senza un’opportunità nella stessa fase ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="320"/>
        <source>Opportunities by votes ({0}):</source>
        <translation>Opportunità per voti ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="327"/>
        <source>EVIDENCE</source>
        <translation>EVIDENZE</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="361"/>
        <source>Pain points, opportunities and moments of truth without evidence ({0}):</source>
        <translation>Criticità, opportunità e momenti della verità senza evidenze ({0}):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="373"/>
        <source>Insights: {0}</source>
        <translation>Analisi: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/text.py" line="375"/>
        <source>{0} stages, {1} lanes, {2} cards, {3} persona(s)</source>
        <translation>Fasi: {0}, corsie: {1}, schede: {2}, personas: {3}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="108"/>
        <source>Path {0}: {1}</source>
        <translation>Percorso {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="219"/>
        <source>Highlight path</source>
        <extracomment>emitted after a result is shown (its generation): tests and the benchmark wait on it</extracomment>
        <translation>Evidenzia percorso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="222"/>
        <source>Show the chosen path on the canvas and dim every other card</source>
        <translation>Mostra sulla mappa il percorso scelto e attenua tutte le altre schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="235"/>
        <source>Colour stages by emotion</source>
        <translation>Colora le fasi per emozione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="238"/>
        <source>Tint each stage by its average emotion score, shown as a number</source>
        <translation>Colora ogni fase secondo il punteggio medio delle emozioni, mostrato anche come numero</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="294"/>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="351"/>
        <source>The insights could not be computed: {0}</source>
        <translation>Impossibile calcolare l’analisi: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="361"/>
        <source>{0}: {1} cards, {2} connections</source>
        <translation>{0}: {1} schede, {2} collegamenti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="389"/>
        <source>There are no emotion scores on this map yet</source>
        <translation>In questa mappa non ci sono ancora punteggi di emozione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="411"/>
        <source>Highlighted path: {0}</source>
        <translation>Percorso evidenziato: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="449"/>
        <source>The highlighted path was broken by an edit: highlight off.</source>
        <translation>Una modifica ha interrotto il percorso evidenziato: evidenziazione disattivata.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/insights_dock.py" line="475"/>
        <source>All personas</source>
        <translation>Tutte le persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/mood.py" line="161"/>
        <source>all personas</source>
        <extracomment>how much of the header&apos;s own fill gives way to the average&apos;s colour the wash over a stage&apos;s column the plate with the average on the header</extracomment>
        <translation>tutte le persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/mood.py" line="162"/>
        <source>Average emotion, {0}</source>
        <translation>Emozione media, {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="104"/>
        <source>stages</source>
        <extracomment>lists (top-voted cards, unsupported claims) show at most this many items; the rest are counted (&quot;… and 12 more&quot;) where the curves fall (a colour-blind-safe vermilion) and the neutral curve of no persona</extracomment>
        <translation>fasi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="105"/>
        <source>cards</source>
        <translation>schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="106"/>
        <source>steps on the path</source>
        <translation>passi sul percorso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="107"/>
        <source>paths from entry to exit</source>
        <translation>percorsi dall&apos;ingresso all&apos;uscita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="108"/>
        <source>dead ends</source>
        <translation>vicoli ciechi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="109"/>
        <source>moments of truth (candidates)</source>
        <translation>momenti della verità (candidati)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="110"/>
        <source>votes</source>
        <translation>voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="111"/>
        <source>cards with evidence</source>
        <translation>schede con evidenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="198"/>
        <location filename="../../journeymapper/export/insights_page.py" line="205"/>
        <source>Emotion curves</source>
        <translation>Curve delle emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="256"/>
        <source>low {0}</source>
        <translation>minimo {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="276"/>
        <source>Circled: each curve&apos;s lowest point. A wide red band: a drop of {0} or more between neighbouring stages.</source>
        <translation>Cerchiato: il punto più basso di ogni curva. Fascia rossa larga: un calo di {0} o più tra fasi vicine.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="294"/>
        <source>no channel</source>
        <translation>nessun canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="320"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="329"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="334"/>
        <source>Touchpoints by stage and channel</source>
        <translation>Punti di contatto per fase e canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="337"/>
        <source>The map has no touchpoint cards.</source>
        <translation>La mappa non ha schede punto di contatto.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="365"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="402"/>
        <source>Touchpoints by stage and channel (continued)</source>
        <translation>Punti di contatto per fase e canale (continua)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="441"/>
        <source>… and {0} more</source>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="453"/>
        <source>{0} (continued)</source>
        <translation>{0} (continua)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="464"/>
        <source>{0}. “{1}”, {2} — {3}, {4}</source>
        <translation>{0}. “{1}”, {2} — {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="473"/>
        <source>“{0}” — {1}, {2}</source>
        <translation>“{0}” — {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="495"/>
        <source>Insights</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="499"/>
        <source>What “{0}” says: computed from its cards, arrows, scores, votes and evidence.</source>
        <translation>Che cosa dice “{0}”: calcolato dalle sue schede, frecce, punteggi, voti ed evidenze.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="520"/>
        <source>Top-voted cards (rank {0} or better, ties kept)</source>
        <translation>Schede più votate (fino alla posizione {0}, pari merito inclusi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="522"/>
        <source>No card has votes yet.</source>
        <translation>Nessuna scheda ha ancora voti.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="527"/>
        <source>Claims without evidence: pain points, opportunities, moments of truth</source>
        <translation>Affermazioni senza evidenze: criticità, opportunità, momenti della verità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/insights_page.py" line="529"/>
        <source>Every pain point, opportunity and moment of truth cites evidence.</source>
        <translation>Ogni criticità, opportunità e momento della verità cita delle evidenze.</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="58"/>
        <source>Click to choose a colour; right-click for the default</source>
        <extracomment>the path summary imports networkx: after the window has shown the map</extracomment>
        <translation>Fai clic per scegliere un colore; clic destro per quello predefinito</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="64"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="71"/>
        <source>Choose a colour</source>
        <translation>Scegli un colore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="235"/>
        <source>{0} items selected</source>
        <extracomment>set while the map&apos;s undo/redo runs from a field: the fields show the result</extracomment>
        <translation>{0} elementi selezionati</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="66"/>
        <source>Card</source>
        <extracomment>votes are any whole number ≥ 0 (the format sets no upper bound); Python reads at most 4300 digits of a number by default</extracomment>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="69"/>
        <location filename="../../journeymapper/ui/inspector.py" line="253"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="83"/>
        <source>Body</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="85"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="89"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="90"/>
        <location filename="../../journeymapper/ui/forms.py" line="142"/>
        <location filename="../../journeymapper/ui/forms.py" line="154"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="93"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="96"/>
        <source>comma-separated, e.g. quick-win, assumption</source>
        <translation>separati da virgole, ad es. quick-win, ipotesi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="98"/>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="107"/>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="111"/>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="114"/>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="133"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="136"/>
        <location filename="../../journeymapper/ui/forms.py" line="152"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="139"/>
        <location filename="../../journeymapper/ui/inspector.py" line="258"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="149"/>
        <source>Lane</source>
        <translation>Corsia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="82"/>
        <location filename="../../journeymapper/ui/forms.py" line="153"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="164"/>
        <source>Emotion point</source>
        <translation>Punto emotivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="172"/>
        <source>Score (−5 … +5)</source>
        <translation>Punteggio (−5 … +5)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="174"/>
        <source>(customer)</source>
        <translation>(cliente)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="178"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="179"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="186"/>
        <source>Connection</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="189"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/forms.py" line="192"/>
        <source>From → to</source>
        <translation>Da → a</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="249"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="265"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="285"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="290"/>
        <source>Add persona</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="292"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="294"/>
        <source>Colour…</source>
        <translation>Colore…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="296"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="297"/>
        <source>Edit the persona&apos;s profile</source>
        <translation>Modifica il profilo della persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="304"/>
        <source>Double-click a persona (or Edit…) to edit its profile; F2 renames it. Removing a persona removes its emotion points.</source>
        <translation>Fai doppio clic su una persona (o Modifica…) per modificarne il profilo; F2 la rinomina. Rimuovere una persona rimuove i suoi punti emotivi.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="315"/>
        <source>Customer path</source>
        <translation>Percorso del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="326"/>
        <source>{0} steps through {1} cards; {2} back to an earlier stage; {3} closed loop(s)</source>
        <translation>{0} passaggi attraverso {1} schede; {2} tornano a una fase precedente; {3} cicli chiusi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="342"/>
        <source>A persona needs a name.</source>
        <translation>La persona deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="350"/>
        <source>Select a persona to edit.</source>
        <translation>Seleziona una persona da modificare.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="377"/>
        <source>Persona colour</source>
        <translation>Colore della persona</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="97"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="98"/>
        <source>Pain point</source>
        <translation>Criticità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="99"/>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="100"/>
        <source>Moment of truth</source>
        <translation>Momento della verità</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="101"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="102"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="103"/>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="104"/>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="112"/>
        <source>First-party data</source>
        <translation>Dati di prima parte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="113"/>
        <source>Second-party data</source>
        <translation>Dati di seconda parte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="114"/>
        <source>Third-party research</source>
        <translation>Ricerche di terze parti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="115"/>
        <source>Observation</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/kinds.py" line="116"/>
        <source>Assumption</source>
        <translation>Ipotesi</translation>
    </message>
</context>
<context>
    <name>lanes</name>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="31"/>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="32"/>
        <source>Touchpoints</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/names.py" line="33"/>
        <source>Emotion curve</source>
        <translation>Curva emotiva</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="22"/>
        <source>(the file seems to be cut off)</source>
        <translation>(il file sembra troncato)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="24"/>
        <source>Expecting value</source>
        <translation>era atteso un valore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="25"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>era atteso un nome tra virgolette doppie</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="28"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>era attesa una virgola</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="29"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>erano attesi i due punti</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="30"/>
        <source>Extra data</source>
        <translation>c&apos;è altro testo dopo la fine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="43"/>
        <source>not valid JSON at line {0}, column {1}: {2}</source>
        <extracomment>(the loader&apos;s English frame, its translation from the frame&apos;s values)</extracomment>
        <translation>JSON non valido alla riga {0}, colonna {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="49"/>
        <source>not valid JSON: {0}</source>
        <translation>JSON non valido: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="51"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="52"/>
        <source>no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="55"/>
        <source>permission denied: the file cannot be read</source>
        <translation>permesso negato: il file non può essere letto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="59"/>
        <source>this is a folder, not a journey map file</source>
        <translation>questa è una cartella, non un file di mappa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="63"/>
        <source>the file is too large ({0} MB); journey maps are limited to {1} MB</source>
        <translation>il file è troppo grande ({0} MB); le mappe possono occupare al massimo {1} MB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="69"/>
        <source>the file is larger than the {0} MB limit</source>
        <translation>il file supera il limite di {0} MB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="76"/>
        <source>the file is not valid UTF-8 text (byte {0}, line {1}); journey maps are saved as UTF-8</source>
        <translation>il file non è testo UTF-8 valido (byte {0}, riga {1}); le mappe sono salvate in UTF-8</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="84"/>
        <source>a journey map must be a JSON object, not {0}</source>
        <translation>una mappa deve essere un oggetto JSON, non {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="90"/>
        <source>this is not a journeymapper document (no &apos;format&apos; field; expected &quot;{0}&quot;)</source>
        <translation>questo non è un documento di journeymapper (manca il campo &apos;format&apos;; atteso &quot;{0}&quot;)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="96"/>
        <source>this is not a journeymapper document (&apos;format&apos; is {0}; expected &quot;{1}&quot;)</source>
        <translation>questo non è un documento di journeymapper (&apos;format&apos; è {0}; atteso &quot;{1}&quot;)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="105"/>
        <source>this map was saved in format version {0}, newer than this program reads (version {1}); update journeymapper to open it</source>
        <translation>questa mappa è stata salvata nella versione di formato {0}, più recente di quella che questo programma legge (versione {1}); aggiorna journeymapper per aprirla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/load_messages.py" line="115"/>
        <source>format version {0} does not exist; this program reads versions {1} to {2}</source>
        <translation>la versione di formato {0} non esiste; questo programma legge le versioni da {1} a {2}</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="20"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="21"/>
        <source>Card lane</source>
        <translation>Corsia delle schede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="24"/>
        <source>Touchpoint lane</source>
        <translation>Corsia dei touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="27"/>
        <source>Emotion lane</source>
        <translation>Corsia delle emozioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="28"/>
        <source>Card (note)</source>
        <translation>Scheda (nota)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="36"/>
        <source>Emotion point</source>
        <translation>Punto emotivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="42"/>
        <source>Touchpoint: {0}</source>
        <translation>Touchpoint: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="60"/>
        <source>Drag onto the map to add; double-click to add next to the selection.</source>
        <extracomment>double-click or Enter on an entry: create it at a sensible place (a `NewPart`)</extracomment>
        <translation>Trascina sulla mappa per aggiungere; doppio clic per aggiungere accanto alla selezione.</translation>
    </message>
</context>
<context>
    <name>persona</name>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="45"/>
        <source>Persona: {0}</source>
        <translation>Persona: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="56"/>
        <source>Name</source>
        <extracomment>the photo shown: an asset of the map, a newly chosen one, or None</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="58"/>
        <source>e.g. Marketing manager, 35</source>
        <translation>es. Responsabile marketing, 35 anni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="59"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="62"/>
        <location filename="../../journeymapper/ui/persona_editor.py" line="110"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="64"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="70"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="72"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="80"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="82"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="84"/>
        <source>one goal per line</source>
        <translation>un obiettivo per riga</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="85"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="87"/>
        <source>one frustration per line</source>
        <translation>una frustrazione per riga</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="88"/>
        <source>Frustrations</source>
        <translation>Frustrazioni</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="90"/>
        <source>something this persona would say</source>
        <translation>una frase che questa persona direbbe</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="91"/>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="117"/>
        <source>Persona colour</source>
        <translation>Colore della persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="126"/>
        <source>(no photo)</source>
        <translation>(nessuna foto)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_editor.py" line="143"/>
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
</context>
<context>
    <name>placement</name>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="81"/>
        <source>Add an emotion lane first.</source>
        <extracomment>pasted plain text: at most this many cards, titles at most this long fields that name a part: they may not be emptied</extracomment>
        <translation>Aggiungi prima una corsia delle emozioni.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="86"/>
        <source>Every stage already has a point.</source>
        <translation>Ogni fase ha già un punto emotivo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="88"/>
        <source>This cannot be added here.</source>
        <translation>Questo elemento non si può aggiungere qui.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="90"/>
        <source>Add a card lane first.</source>
        <translation>Aggiungi prima una corsia delle schede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="94"/>
        <source>Click a cell (or select a card or a stage) to say where it goes.</source>
        <translation>Fai clic su una cella (o seleziona una scheda o una fase) per indicare dove inserirlo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/placement.py" line="179"/>
        <source>A name cannot be empty; the change was not made.</source>
        <translation>Il nome non può essere vuoto: la modifica non è stata applicata.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../journeymapper/templates.py" line="123"/>
        <source>Untitled journey</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="120"/>
        <source>Stage {0}</source>
        <extracomment>The map the editor opens when started with no file (in the interface&apos;s language when there is a version in it: see `default_template`).</extracomment>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="127"/>
        <source>Touchpoints</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="128"/>
        <source>Customer actions</source>
        <translation>Azioni del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="129"/>
        <source>Emotions</source>
        <translation>Emozioni</translation>
    </message>
</context>
</TS>
