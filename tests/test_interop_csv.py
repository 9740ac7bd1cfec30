"""CSV: the full layout round-trips every template; the simple, grid and step sheets import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from journeymapper.interop import InteropError, import_bytes, import_file
from journeymapper.interop.csv_io import COLUMNS, detect_layout, export_csv, import_csv
from journeymapper.io import dumps
from journeymapper.model import JourneyMap
from journeymapper.templates import list_templates, load_template

DATA = Path(__file__).resolve().parent / "data" / "interop"


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_map_to_csv_to_map_is_the_same_map(name: str) -> None:
    doc = load_template(name)
    data, warnings = export_csv(doc)
    result = import_csv(data)
    assert warnings == [] and result.warnings == []
    assert result.doc == doc
    assert dumps(result.doc) == dumps(doc)


def test_export_is_utf8_with_bom_and_crlf_and_opens_as_a_table() -> None:
    data, _ = export_csv(load_template("awareness-to-loyalty-it"))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS)
    assert {row[0] for row in rows[1:]} == {"map", "persona", "stage", "lane", "card", "emotion",
                                             "connection"}  # fmt: skip
    assert all(len(row) == len(COLUMNS) for row in rows)
    # every physical line break outside quoted cells is CRLF
    assert text.count("\r\n") >= len(rows)


def test_formula_like_text_is_written_as_text_and_read_back_unchanged() -> None:
    doc = load_template("awareness-to-loyalty-en")
    risky = ['=HYPERLINK("http://x")', "+1", "-minus", "@at", "'quoted"]
    cards = [c.model_copy(update={"title": t}) for c, t in zip(doc.cards, risky, strict=False)]
    doc = doc.model_copy(update={"cards": cards + doc.cards[len(risky) :]})
    data, _ = export_csv(doc)
    rows = list(csv.reader(io.StringIO(data[3:].decode(), newline="")))
    titles = [row[COLUMNS.index("title")] for row in rows if row[0] == "card"][: len(risky)]
    assert titles == ["'" + t for t in risky]
    assert import_csv(data).doc == doc


def test_tags_with_semicolons_survive() -> None:
    doc = load_template("awareness-to-loyalty-en")
    card = doc.cards[0].model_copy(update={"tags": ["a;b", "c\\d", "e"]})
    doc = doc.model_copy(update={"cards": [card, *doc.cards[1:]]})
    assert import_csv(export_csv(doc)[0]).doc.cards[0].tags == ["a;b", "c\\d", "e"]


def test_full_layout_by_hand_with_names_instead_of_ids_and_semicolons() -> None:
    text = (
        "type;title;stage;lane;kind;score;body;tags\n"
        "map;Caffè;;;;;Una mappa;\n"
        "stage;Scelta;;;;;;\n"
        "stage;Acquisto;;;;;;\n"
        "lane;Azioni;;;cards;;;\n"
        "lane;Emozioni;;;emotion;;;\n"
        ';Cerca un bar;Scelta;Azioni;;;"riga 1\nriga 2";"a;b"\n'
        "card;Paga;Acquisto;Azioni;pain_point;;;\n"
        "emotion;;Acquisto;;;-2;;\n"
        "card;Orfana;Nessuna;Azioni;;;;\n"
        "card;Strana;Scelta;Azioni;boh;;;\n"
    )
    result = import_bytes(text.encode("utf-8"), "csv")
    doc = result.doc
    assert doc.title == "Caffè" and doc.description == "Una mappa"
    assert [c.title for c in doc.cards] == ["Cerca un bar", "Paga", "Strana"]
    assert doc.cards[0].body == "riga 1\nriga 2" and doc.cards[0].tags == ["a", "b"]
    assert doc.cards[1].kind.value == "pain_point"
    assert [(e.stage, e.lane, e.score) for e in doc.emotions] == [("stage-2", "lane-2", -2)]
    assert [str(w) for w in result.warnings] == [
        "11: stage refers to “Nessuna”, which does not exist; row skipped",
        "12: unknown card kind “boh”; a note",
    ]


def test_simple_sheet() -> None:
    doc = import_file(DATA / "simple.csv").doc
    assert [s.name for s in doc.stages] == ["Search", "Booking", "Visit"]
    assert [(lane.name, lane.kind.value) for lane in doc.lanes] == [
        ("Actions", "cards"), ("Touchpoints", "touchpoints"), ("Pain points", "cards"),
    ]  # fmt: skip
    assert doc.cards[2].body == "Nobody answers;\nleaves a message"
    assert doc.cards[3].kind.value == "pain_point"


def test_grid_sheet_with_bom_lines_and_an_emotion_row() -> None:
    result = import_file(DATA / "grid-bom.csv")
    doc = result.doc
    assert result.warnings == []
    assert [s.name for s in doc.stages] == ["Awareness", "Consideration", "Purchase"]
    actions = doc.lanes[0].id
    assert [c.title for c in doc.cards_in(doc.stages[0].id, actions)] == [
        "Sees an ad",
        "Asks a friend",
    ]
    third = doc.cards_in(doc.stages[2].id, actions)
    assert [c.title for c in third] == ["Signs up", "pays by card"]
    assert 'Hidden fees, "surprise" VAT' in [c.title for c in doc.cards]
    assert [e.score for e in doc.emotions] == [1, -2, 4]
    assert doc.lanes[-1].kind.value == "emotion"


def test_italian_step_sheet_in_windows_1252_with_semicolons() -> None:
    result = import_file(DATA / "steps-it-cp1252.csv")
    doc = result.doc
    assert [w.line("f.csv") for w in result.warnings] == [
        "f.csv:1: the file is not UTF-8 (first bad byte on this line); read as Windows-1252"
    ]
    assert [s.name for s in doc.stages] == ["Scoperta", "Iscrizione", "Prima lezione"]
    assert "Opportunità" in [lane.name for lane in doc.lanes]
    thought = next(c for c in doc.cards if c.title == "Costa troppo?")
    assert thought.body == "Chiedo a Giulia"  # a quoted newline
    assert "Sarà all’altezza?" in [c.title for c in doc.cards]
    # mood words: felice (+3) and neutro (0) in Scoperta → 1.5; frustrato −3; molto felice +5
    assert [e.score for e in doc.emotions] == [1.5, -3, 5]
    kinds = {c.title: c.kind.value for c in doc.cards}
    assert kinds["Prezzi poco chiari"] == "pain_point"
    assert kinds["Modulo in due passi"] == "opportunity"


def test_steps_numeric_emotion_on_a_1_to_5_scale_is_said() -> None:
    text = b"Stage,Action,Emotion\nA,Looks,1\nB,Buys,5\n"
    result = import_bytes(text, "csv")
    assert [e.score for e in result.doc.emotions] == [-5, 5]
    assert [str(w) for w in result.warnings] == [
        "1: “Emotion” read as a 1…5 scale (1 → −5, 3 → 0, 5 → +5)"
    ]


def test_an_emotion_column_of_free_text_stays_cards() -> None:
    result = import_bytes(b"Stage,Feelings\nA,a bit lost\n", "csv")
    assert [c.title for c in result.doc.cards] == ["a bit lost"]
    assert "kept as cards" in str(result.warnings[0])


def test_ragged_rows_are_reported_by_line() -> None:
    text = b"stage,lane,title,body\nA,L,one\nA,L,two,b,EXTRA\n"
    result = import_bytes(text, "csv")
    assert [c.title for c in result.doc.cards] == ["one", "two"]
    assert [str(w) for w in result.warnings] == [
        "2: the row has 3 fields, the header 4; the missing ones are read as empty",
        "3: the row has 5 fields, the header 4; the extra ones are ignored",
    ]


def test_layout_detection_and_the_option() -> None:
    assert detect_layout(["type", "id", "title"]) == "full"
    assert detect_layout(["stage", "lane", "title"]) == "simple"
    assert detect_layout(["fase", "azione"]) == "steps"
    assert detect_layout(["", "a", "b"]) == "grid"
    with pytest.raises(InteropError, match="--csv-layout"):
        import_bytes(b"Foo,Bar\nx,y\n", "csv")
    doc = import_bytes(b"Foo,Bar\nx,y\n", "csv", csv_layout="grid").doc
    assert [s.name for s in doc.stages] == ["Bar"] and doc.cards[0].title == "y"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b",\nLane,\n", "no stages"),
        (b"stage,lane,title\n", "nothing usable"),
        (b'type,title\nstage,"never closed\n', "never closed (the file seems to be cut off)"),
    ],
)
def test_bad_csv_is_a_clear_error(data: bytes, says: str) -> None:
    with pytest.raises(InteropError) as info:
        import_bytes(data, "csv")
    assert says in info.value.message


def test_a_full_row_that_breaks_the_rules_is_repaired_with_a_warning() -> None:
    text = b"type,id,title,kind,color\nstage,s,A,,\nlane,l,L,cards,#zzz\ncard,s,Dup,,\n"
    result = import_bytes(text, "csv")
    assert isinstance(result.doc, JourneyMap)
    joined = " | ".join(str(w) for w in result.warnings)
    assert "not a #rrggbb colour" in joined


def test_big_files_import_in_linear_time() -> None:
    import time

    rows = "".join(f"S{i % 12},L{i % 5},card {i}\n" for i in range(20000))
    tasks = "".join(f"  task {i}: 3: Me\n" for i in range(20000))
    start = time.process_time()
    sheet = import_bytes(("stage,lane,title\n" + rows).encode(), "csv").doc
    diagram = import_bytes(("journey\n section A\n" + tasks).encode(), "mermaid").doc
    # ids were once searched from 1 for each new part: 20,000 tasks took 49 s
    assert time.process_time() - start < 30
    assert len(sheet.cards) == len(diagram.cards) == 20000
    assert len({c.id for c in sheet.cards}) == 20000


def test_utf16_text_from_windows_and_cp1252_mermaid() -> None:
    sheet = "stage,lane,title\nFase 1,Azioni,Caffè\n".encode("utf-16")
    assert import_bytes(sheet, "csv").doc.cards[0].title == "Caffè"
    with pytest.raises(InteropError, match="UTF-16"):
        import_bytes(b"\xff\xfe\x00\xd8", "csv")
    diagram = "journey\n section Caffè\n  Tè: 4: Me\n".encode("cp1252")
    result = import_bytes(diagram, "mermaid")
    assert result.doc.stages[0].name == "Caffè" and result.doc.cards[0].title == "Tè"
    assert "read as Windows-1252" in str(result.warnings[0])
