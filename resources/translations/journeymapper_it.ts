<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="88"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="92"/>
        <source>Start a new map, blank or from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="94"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="95"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="96"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="97"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="98"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="99"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="100"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="101"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="103"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="105"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="107"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="110"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="113"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="116"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="119"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="122"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="125"/>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="128"/>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="131"/>
        <source>Add &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="134"/>
        <source>Add &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="150"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="157"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="164"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="165"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="177"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="185"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="188"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="201"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="212"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="229"/>
        <location filename="../../journeymapper/ui/main_window.py" line="231"/>
        <source>Zoom {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="233"/>
        <source>Drag cards between cells · double-click to edit · drag from the palette to add · Ctrl+wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="294"/>
        <source>unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="302"/>
        <source>{0} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="312"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="313"/>
        <source>“{0}” has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="340"/>
        <source>Open journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="357"/>
        <source>Map already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="358"/>
        <source>“{0}” is already open in {1}.

If you edit it in both places, the last one saved wins. Open it here anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="390"/>
        <source>Repaired copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="392"/>
        <source>A repaired copy of “{0}” is open as a new, unsaved map. The file itself was not changed. {1} change(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="438"/>
        <source>Save journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="454"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="455"/>
        <source>The map was not saved: {0}

Your work is still open; try another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="463"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="492"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="540"/>
        <source>Add an emotion lane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="548"/>
        <source>Every stage already has a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="556"/>
        <source>Add a card lane first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../journeymapper/app.py" line="67"/>
        <source>Cannot recover map</source>
        <extracomment>every open main window (Qt does not keep Python wrappers alive by itself)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/app.py" line="68"/>
        <source>The recovery copy of “{0}” is damaged:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="371"/>
        <source>Cards go in a card or touchpoint lane.</source>
        <extracomment>a short message for the status bar (rejected gestures, hints) the layout was recomputed (after any change)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="401"/>
        <source>Drop the arrow on another card to connect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="463"/>
        <source>A name cannot be empty; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="570"/>
        <source>Drop it on a cell of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="576"/>
        <source>Emotion points go in an emotion lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="579"/>
        <source>Every persona already has a point in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="625"/>
        <source>The clipboard holds no cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="629"/>
        <source>This map has no card lane to paste into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="723"/>
        <source>There is no card cell further that way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../journeymapper/cli.py" line="34"/>
        <source>Customer-journey map editor. With no command, opens the editor (on FILE, or on the built-in example map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="43"/>
        <source>check journey map files; one line per problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="46"/>
        <source>print the JSON Schema of the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="47"/>
        <source>list the built-in templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="49"/>
        <source>write a new journey map from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="55"/>
        <source>template name (see &apos;journeymapper templates&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="57"/>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="58"/>
        <source>overwrite FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="81"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="95"/>
        <source>file exists; use --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="109"/>
        <source>wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/cli.py" line="137"/>
        <source>no such file (commands are: {0}; see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="32"/>
        <source>New journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="36"/>
        <source>Start from a blank map or from a complete example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="42"/>
        <source>Blank map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="44"/>
        <source>Three stages, a touchpoint lane, an actions lane and an emotion lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="72"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="88"/>
        <source>Cannot open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="90"/>
        <source>“{0}” cannot be opened: {1} problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="91"/>
        <source>The map you have open was not changed. Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="99"/>
        <source>Open a repaired copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="102"/>
        <source>Fix or drop what breaks the rules, list each change, and open the result as a new unsaved map. The file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="123"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="127"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="130"/>
        <source>Unsaved changes are copied to a recovery folder this often (never over your file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="136"/>
        <source>Autosave every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="137"/>
        <source>Keep the previous version as NAME.journey.json.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="139"/>
        <source>On save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="155"/>
        <source>Recover unsaved maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="159"/>
        <source>journeymapper did not close properly last time. These maps had unsaved changes. Tick the ones to recover; they open as unsaved maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="171"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="180"/>
        <source>Recover selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="183"/>
        <source>Discard all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="186"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="65"/>
        <source>&apos;{0}&apos; is not in this map</source>
        <extracomment>edits with the same non-None key merge into one undo step (typing, nudging) ids of parts to select after the edit is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="100"/>
        <source>A map needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="102"/>
        <source>A map title can be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="106"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="107"/>
        <source>Edit map description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="108"/>
        <source>Change map language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="113"/>
        <source>Edit map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="146"/>
        <source>Resize {0} &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="148"/>
        <source>Set emotion to {0:+g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="150"/>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="159"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="161"/>
        <source>Add stage &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="166"/>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="167"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="168"/>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="173"/>
        <source>Add lane &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="186"/>
        <source>Move stage &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="198"/>
        <source>Move lane &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="215"/>
        <source>That cell is not in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="218"/>
        <source>Cards cannot go in an emotion lane; drop them in a card or touchpoint lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="241"/>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="241"/>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="246"/>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="246"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="248"/>
        <source>Add {0} &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="262"/>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="270"/>
        <source>Move card &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="272"/>
        <source>Move {0} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="316"/>
        <source>Select cards to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="324"/>
        <source>Duplicate {0} card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="345"/>
        <source>The clipboard holds no cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="346"/>
        <source>Paste {0} card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="357"/>
        <source>Emotion points go in an emotion lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="359"/>
        <source>That stage is not in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="361"/>
        <source>That persona is not in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="363"/>
        <source>This stage already has a point for this persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="371"/>
        <source>Add emotion point {0:+g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="377"/>
        <source>A card cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="380"/>
        <source>Connections link two cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="382"/>
        <source>These cards are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="387"/>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="394"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="398"/>
        <source>Add persona &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="411"/>
        <source>A map needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="413"/>
        <source>A map needs at least one lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="444"/>
        <source>Nothing selected to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="449"/>
        <source>Delete {0} &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/editing/edits.py" line="451"/>
        <source>Delete {0} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="44"/>
        <source>another window of this journeymapper (since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="45"/>
        <source>journeymapper process {0} on {1} (since {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="143"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="144"/>
        <source>“{0}” was changed by another program.

Reload it (your unsaved changes here are lost), or keep the version you have open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="168"/>
        <source>Overwrite newer file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/guard.py" line="169"/>
        <source>“{0}” was changed by another program since you opened it. Saving replaces those changes with your version.

Overwrite it? (Cancel and use Save As to keep both.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="47"/>
        <source>Click to choose a colour; right-click for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="53"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="58"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="159"/>
        <source>{0} items selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="162"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="163"/>
        <location filename="../../journeymapper/ui/inspector.py" line="251"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="165"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="168"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="172"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="175"/>
        <location filename="../../journeymapper/ui/inspector.py" line="199"/>
        <location filename="../../journeymapper/ui/inspector.py" line="208"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="179"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="184"/>
        <source>comma-separated, e.g. quick-win, assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="188"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="191"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="192"/>
        <location filename="../../journeymapper/ui/inspector.py" line="203"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="195"/>
        <location filename="../../journeymapper/ui/inspector.py" line="256"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="202"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="205"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="211"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="217"/>
        <source>Score (−5 … +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="220"/>
        <source>(customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="226"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="229"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="232"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="235"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="240"/>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="247"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="263"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="278"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="283"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="285"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="287"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="293"/>
        <source>Double-click a persona to rename it. Removing a persona removes its emotion points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="313"/>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="330"/>
        <source>Persona colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="376"/>
        <source>{0} steps through {1} cards, {2} loop(s) back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="19"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="20"/>
        <source>Card lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="21"/>
        <source>Touchpoint lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="22"/>
        <source>Emotion lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="23"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="24"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="30"/>
        <source>Touchpoint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="48"/>
        <source>Drag onto the map to add; double-click to add next to the selection.</source>
        <extracomment>double-click or Enter on an entry: create it at a sensible place</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../journeymapper/templates.py" line="72"/>
        <source>Untitled journey</source>
        <extracomment>The map the editor opens when started with no file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="74"/>
        <source>Stage {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="77"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="78"/>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/templates.py" line="79"/>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
