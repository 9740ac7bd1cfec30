"""Open Journey Format: real Ptolemy files in, flat 1.0 out, what is kept and what is said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymapper.interop import InteropError, import_bytes, import_file
from journeymapper.interop.ojf import export_ojf, import_ojf
from journeymapper.io import dumps
from journeymapper.model import check_document
from journeymapper.templates import list_templates, load_template

DATA = Path(__file__).resolve().parent / "data" / "interop"


def test_flat_1_0_file_from_ptolemy() -> None:
    result = import_file(DATA / "b2b-software-purchase.ojf")
    doc = result.doc
    assert result.warnings == []
    assert check_document(doc) == []
    assert doc.stages[0].name == "1. Awareness & Research"
    assert [(lane.name, lane.kind.value) for lane in doc.lanes] == [
        ("Customer Actions", "cards"),
        ("Vendor Touchpoints", "touchpoints"),  # the name says touchpoints
        ("Emotional State", "emotion"),  # an empty lane named for emotions holds the curve
        ("Internal Blockers", "cards"),
    ]
    assert [p.name for p in doc.personas] == ["IT Director"]
    assert doc.description == "Procuring a new project management suite for the enterprise"
    demo = next(c for c in doc.cards if c.title == "Live Product Demo")
    assert demo.kind.value == "moment_of_truth"
    assert demo.color == "#dcfce7"
    assert demo.tags == ["sales", "severity:low", "sentiment:positive", "purpose:touchpoint"]
    assert demo.body and demo.body.startswith("Account Executive")
    trust = next(c for c in doc.cards if c.title == "Trust Center")
    assert trust.kind.value == "opportunity"
    # mean node score per stage, for the persona: s1 has 0 and -1
    curve = {e.stage: e.score for e in doc.emotions}
    assert curve["stage-s1"] == -0.5 and curve["stage-s3"] == 1.0
    assert {e.persona for e in doc.emotions} == {doc.personas[0].id}
    # ids are prefixed so that stage s1 and node n1 cannot collide
    assert doc.stages[0].id == "stage-s1" and doc.cards[0].id == "card-n1"


def test_wrapped_1_1_file_with_blueprint() -> None:
    doc = import_file(DATA / "clinic-visit-blueprint.ojf").doc
    assert doc.title == "Patient Clinic Visit"
    assert doc.personas[0].name == "Returning Patient"
    names = [lane.name for lane in doc.lanes]
    assert names == ["Patient Journey", "Evidence", "Onstage", "Backstage", "Support", "Emotion"]
    onstage = doc.lanes[2].id
    first = doc.cards_in(doc.stages[0].id, onstage)
    assert [(c.title, c.body) for c in first] == [
        ("Confirms appointment and collects co-pay", "Receptionist")
    ]
    support = doc.cards_in(doc.stages[2].id, doc.lanes[4].id)
    assert [c.title for c in support] == ["Decision Support", "LIS (Lab Info)"]
    assert [e.score for e in doc.emotions] == [1, 0, 3]


def test_loose_variant_and_its_warnings() -> None:
    result = import_file(DATA / "loose-variant.ojf")
    doc = result.doc
    assert [s.name for s in doc.stages] == ["Prepare", "Apply", "Wait"]
    assert doc.lanes[1].kind.value == "touchpoints"  # "Channels"
    lines = [w.line("loose.ojf") for w in result.warnings]
    assert "loose.ojf:$.nodes[2].score: score 7 is outside −5…+5; clamped" in lines
    assert any(
        line.startswith("loose.ojf:$.nodes[3].stageId:") and "Collect" in line for line in lines
    )
    assert "loose.ojf:$.nodes[4].tags[1]: not a text tag; dropped" in lines
    # overrideEmotion wins over the node scores; the clamped 7 counts as 5
    curve = {e.stage: e.score for e in doc.emotions}
    assert curve == {"stage-p1": -1, "stage-p2": 3.5}
    url = next(c for c in doc.cards if c.title.startswith("Online form"))
    assert url.title == "Online form: https://example.org/apply"  # a URL stays text
    assert url.color == "#00aaff"
    uploads = next(c for c in doc.cards if c.title == "Uploads a photo")
    assert uploads.kind.value == "pain_point"


def test_export_back_restores_what_the_map_cannot_show() -> None:
    original = json.loads((DATA / "b2b-software-purchase.ojf").read_text())
    doc = import_file(DATA / "b2b-software-purchase.ojf").doc
    data, warnings = export_ojf(doc)
    assert warnings == []
    written = json.loads(data)
    assert written["version"] == "1.0"
    assert [s["id"] for s in written["stages"]] == [s["id"] for s in original["stages"]]
    assert [(s["id"], s["name"]) for s in written["swimlanes"]] == [
        (s["id"], s["name"]) for s in original["swimlanes"]
    ]
    assert "overrideEmotion" not in json.dumps(written["stages"])  # the means were unchanged
    for before, after in zip(original["nodes"], written["nodes"], strict=True):
        assert after == before


def test_blueprint_round_trips_into_the_nodes() -> None:
    original = json.loads((DATA / "clinic-visit-blueprint.ojf").read_text())
    doc = import_file(DATA / "clinic-visit-blueprint.ojf").doc
    written = json.loads(export_ojf(doc)[0])
    assert [n["blueprint"] for n in written["nodes"]] == [n["blueprint"] for n in original["nodes"]]
    assert [lane["name"] for lane in written["swimlanes"]] == ["Patient Journey"]


def test_an_edited_curve_is_written_as_override_emotion() -> None:
    doc = import_file(DATA / "b2b-software-purchase.ojf").doc
    point = doc.emotions[0].model_copy(update={"score": 4.0})
    doc = doc.model_copy(update={"emotions": [point, *doc.emotions[1:]]})
    written = json.loads(export_ojf(doc)[0])
    assert written["stages"][0]["overrideEmotion"] == 4
    again = import_ojf(json.dumps(written).encode()).doc
    assert again.emotions[0].score == 4


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_map_to_ojf_to_map_keeps_what_ojf_holds(name: str) -> None:
    doc = load_template(name)
    data, warnings = export_ojf(doc)
    back = import_ojf(data).doc
    assert back.title == doc.title
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    card_lanes = [lane for lane in doc.lanes if lane.kind != "emotion"]
    assert [lane.name for lane in back.lanes if lane.kind != "emotion"] == [
        lane.name for lane in card_lanes
    ]
    assert [(c.title, c.body or None, c.kind, c.color) for c in back.cards] == [
        (c.title, c.body or None, c.kind, c.color) for c in doc.cards
    ]
    assert [c.tags for c in back.cards] == [c.tags for c in doc.cards]
    persona = doc.personas[0]
    assert [p.name for p in back.personas] == [persona.name]
    lane = next(lane.id for lane in doc.lanes if lane.kind == "emotion")
    first = [e.score for e in doc.emotions if e.lane == lane and e.persona == persona.id]
    assert [e.score for e in back.emotions] == first
    # and what it cannot hold was said
    text = " ".join(str(w) for w in warnings)
    assert "connections are not kept" in text
    if len(doc.personas) > 1:
        assert "only one persona is kept" in text
    assert "channel" in text


def test_a_map_from_ojf_saves_deterministically() -> None:
    doc = import_file(DATA / "clinic-visit-blueprint.ojf").doc
    assert dumps(doc) == dumps(import_file(DATA / "clinic-visit-blueprint.ojf").doc)


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        (b'{"stages": [', "1", "cut off"),
        (b"[1, 2]", "$", "JSON object"),
        (b"", "1", "empty"),
        (b'{"stages": []}', "1", "nothing usable"),
        (b'{"stages": [{"id": "s", "name": "\\ud800"}]}', "$", "surrogate"),
        (b"[" * 5000 + b"]" * 5000, "1", "nested too deeply"),
        (b'{"x": ' + b"[" * 60 + b"]" * 60 + b', "stages": [{"name": "A"}]}', "$", "nested"),
    ],
)
def test_bad_ojf_is_a_clear_error(text: bytes, where: str, says: str) -> None:
    with pytest.raises(InteropError) as info:
        import_bytes(text, "ojf")
    assert info.value.where == where
    assert says in info.value.message


def test_icons_and_unknown_fields_come_back_on_export() -> None:
    doc = import_file(DATA / "loose-variant.ojf").doc
    written = json.loads(export_ojf(doc)[0])
    first = written["nodes"][0]
    assert (first["icon"], first["score"], first["stageId"], first["swimlaneId"]) == (
        "search", -2, "p1", "a",
    )  # fmt: skip
    assert written["theme"] == {"accent": "#123456"}
    assert written["stages"][0]["overrideEmotion"] == -1
