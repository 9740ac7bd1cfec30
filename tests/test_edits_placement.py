"""The document decisions behind gestures and menu commands (editing/placement.py, kinds.py)."""

from __future__ import annotations

import pytest

from journeymapper.editing import EditRejected
from journeymapper.editing.kinds import NewPart, PartKind
from journeymapper.editing.placement import (
    add_new_part,
    cards_from_text,
    cell_beyond,
    field_value,
    free_persona,
    next_card,
    target_cell,
)
from journeymapper.editing.session import DocumentSession
from journeymapper.model import Channel, LaneKind
from journeymapper.templates import load_template

TEMPLATE = "awareness-to-loyalty-en"


@pytest.fixture
def doc():
    return load_template(TEMPLATE)


@pytest.mark.parametrize(
    ("code", "part"),
    [
        ("stage", NewPart(PartKind.STAGE)),
        ("card", NewPart(PartKind.CARD)),
        ("emotion", NewPart(PartKind.EMOTION)),
        ("lane:touchpoints", NewPart(PartKind.LANE, LaneKind.TOUCHPOINTS)),
        ("touchpoint:email", NewPart(PartKind.CARD, channel=Channel.EMAIL)),
    ],
)
def test_palette_codes_parse_and_print_back(code, part):
    assert NewPart.parse(code) == part
    assert part.code == code


@pytest.mark.parametrize("bad", ["", "lane:sideways", "touchpoint:pigeon", "stage:x", "cards"])
def test_unknown_palette_codes_are_refused(bad):
    with pytest.raises(ValueError):
        NewPart.parse(bad)


def test_part_kinds_name_their_lists():
    assert PartKind.CARD.list_name == "cards"
    assert PartKind.of("emotions") is PartKind.EMOTION
    assert PartKind.of("connection") is PartKind.CONNECTION
    with pytest.raises(ValueError):
        PartKind.MAP.list_name  # noqa: B018


def test_target_cell_follows_what_the_user_points_at(doc):
    card = doc.card("c-aw-act1")
    assert target_cell(doc, ["c-aw-act1"]) == (card.stage, card.lane)
    # a selected card wins over a focused cell
    assert target_cell(doc, ["c-aw-act1"], ("s-loyalty", "l-actions")) == (card.stage, card.lane)
    assert target_cell(doc, [], ("s-loyalty", "l-actions")) == ("s-loyalty", "l-actions")
    first_card_lane = next(ln.id for ln in doc.lanes if ln.kind == LaneKind.CARDS)
    assert target_cell(doc, ["s-purchase"]) == ("s-purchase", first_card_lane)
    # nothing pointed at, or only an emotion cell: no cell (never silently the first one)
    assert target_cell(doc, []) is None
    assert target_cell(doc, [], ("s-purchase", "l-emotions")) is None


def test_add_card_goes_where_the_user_points_or_nowhere(doc):
    with pytest.raises(EditRejected):
        add_new_part(doc, NewPart(PartKind.CARD), [])
    session = DocumentSession(doc)
    session.push(add_new_part(doc, NewPart(PartKind.CARD), ["s-purchase"]))
    cards_lane = next(ln.id for ln in doc.lanes if ln.kind == LaneKind.CARDS)
    new = doc.cards_in("s-purchase", cards_lane)[-1]
    assert new.title == "New card" and new.channel is None
    # a touchpoint goes to the touchpoint lane of the pointed stage
    edit = add_new_part(
        doc, NewPart(PartKind.CARD, channel=Channel.EMAIL), [], ("s-loyalty", "l-actions")
    )
    session.push(edit)
    tp = doc.card(edit.select[0])
    assert tp.stage == "s-loyalty" and tp.channel == Channel.EMAIL
    assert doc.lane(tp.lane).kind == LaneKind.TOUCHPOINTS


def test_an_emotion_point_goes_to_the_first_stage_with_room(doc):
    doc.emotions = [e for e in doc.emotions if e.stage != "s-purchase"]
    edit = add_new_part(doc, NewPart(PartKind.EMOTION), [])
    DocumentSession(doc).push(edit)
    added = [e for e in doc.emotions if e.stage == "s-purchase"]
    assert len(added) == 1 and added[0].score == 0
    assert free_persona(doc, "l-emotions", "s-purchase")[0] is (len(doc.personas) > 1)


def test_neighbour_cells_skip_emotion_lanes_and_stop_at_the_edge(doc):
    lanes = [ln.id for ln in doc.lanes]
    emotion = lanes.index("l-emotions")
    above, below = lanes[emotion - 1], lanes[emotion + 1]
    assert cell_beyond(doc, ("s-awareness", above), 0, 1) == ("s-awareness", below)
    assert cell_beyond(doc, ("s-awareness", lanes[0]), 0, -1) is None
    assert cell_beyond(doc, (doc.stages[-1].id, lanes[0]), 1, 0) is None
    assert cell_beyond(doc, ("s-awareness", lanes[0]), 1, 0) == (doc.stages[1].id, lanes[0])


def test_arrow_keys_walk_cards_within_and_across_cells(doc):
    assert next_card(doc, None, 1, 0) == doc.cards[0].id
    cell = doc.cards_in("s-awareness", "l-actions")
    assert next_card(doc, cell[0].id, 0, 1) == cell[1].id
    right = next_card(doc, cell[0].id, 1, 0)
    assert doc.card(right).lane == "l-actions" and doc.card(right).stage != "s-awareness"
    # off the last stage: nowhere to go
    last = doc.cards_in(doc.stages[-1].id, "l-actions")
    assert next_card(doc, last[0].id, 1, 0) is None


def test_pasted_text_becomes_cards():
    assert cards_from_text("First idea\nwith a body\n\n\n  Second idea  \n\n") == [
        {"title": "First idea", "body": "with a body"},
        {"title": "Second idea", "body": None},
    ]
    assert cards_from_text(" \n\n ") == []
    assert len(cards_from_text("\n\n".join(f"idea {i}" for i in range(500)))) == 200
    assert len(cards_from_text("x" * 900)[0]["title"]) == 500


def test_names_cannot_be_emptied_other_text_can():
    with pytest.raises(EditRejected):
        field_value("title", "   ")
    with pytest.raises(EditRejected):
        field_value("name", "")
    assert field_value("title", "Flyer") == "Flyer"
    assert field_value("body", "  ") is None
    assert field_value("body", "text") == "text"
