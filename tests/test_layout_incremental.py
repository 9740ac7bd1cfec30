"""Issue 20: a layout made with the cache of the layouts before (cells and routes reused,
only what moved laid out again) is exactly the layout made from nothing, field by field,
after any edits of any map."""

from __future__ import annotations

from typing import Any

import pytest
from edit_strategies import operations, replay
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.layout import LayoutCache, MapLayout, compute_layout
from journeymapper.model import JourneyMap
from journeymapper.text import map_metrics

WORDS = ["pay", "order", "wait", "call", "a", "delivery tracking", "checkout", "refund", "x" * 40]
KINDS = ["cards", "cards", "touchpoints", "emotion"]


@st.composite
def maps(draw: st.DrawFn) -> JourneyMap:
    """A small random map: stages, lanes of every kind, cards of many heights (so that
    moving one changes its row's height, or not), connections with and without labels
    (labels share corridors: moving one route's label moves the next one's)."""
    n_stages = draw(st.integers(1, 5))
    n_lanes = draw(st.integers(1, 5))
    stages = [
        {"id": f"s{i}", "name": f"Stage {i}", **draw(st.sampled_from([{}, {"width": 180.0}]))}
        for i in range(n_stages)
    ]
    lanes = [
        {"id": f"l{i}", "name": f"Lane {i}", "kind": draw(st.sampled_from(KINDS))}
        for i in range(n_lanes)
    ]
    card_lanes = [ln["id"] for ln in lanes if ln["kind"] != "emotion"] or [lanes[0]["id"]]
    if all(ln["kind"] == "emotion" for ln in lanes):
        lanes[0]["kind"] = "cards"
    cards: list[dict[str, Any]] = []
    for i in range(draw(st.integers(0, 25))):
        card: dict[str, Any] = {
            "id": f"c{i}",
            "stage": draw(st.sampled_from([s["id"] for s in stages])),
            "lane": draw(st.sampled_from(card_lanes)),
            "title": " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))),
        }
        if draw(st.booleans()):
            card["body"] = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=30)))
        if draw(st.booleans()):
            card["votes"] = draw(st.integers(1, 9))
        cards.append(card)
    connections = []
    if len(cards) > 1:
        for i in range(draw(st.integers(0, 12))):
            a, b = draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique_by=id))
            conn = {"id": f"x{i}", "source": a["id"], "target": b["id"]}
            if draw(st.booleans()):
                conn["label"] = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=3)))
            connections.append(conn)
    return JourneyMap.model_validate(
        {
            "format": "journeymapper",
            "schema_version": 1,
            "title": "Random map",
            "locale": "en",
            "stages": stages,
            "lanes": lanes,
            "cards": cards,
            "emotions": [],
            "connections": connections,
        }
    )


def grid_map(cards: list[dict], connections: list[dict]) -> JourneyMap:
    """A map of 4 stages (s0–s3) and 3 card lanes (l0–l2) with these cards and arrows."""
    return JourneyMap.model_validate(
        {
            "format": "journeymapper",
            "schema_version": 1,
            "title": "Map",
            "stages": [{"id": f"s{i}", "name": f"S{i}"} for i in range(4)],
            "lanes": [{"id": f"l{i}", "name": f"L{i}", "kind": "cards"} for i in range(3)],
            "cards": cards,
            "connections": connections,
        }
    )


#: moves of one card to any cell and place: what a drag and its undo do
card_moves = st.tuples(
    st.just("move_cards"),
    st.lists(st.integers(0, 10_000), min_size=1, max_size=1),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.none() | st.integers(0, 6),
)


def field_by_field(a: MapLayout, b: MapLayout) -> list[str]:
    """The fields of two layouts that are not exactly equal (no tolerance)."""
    out = [
        name
        for name in a.__dataclass_fields__
        if name not in ("cards", "connections") and getattr(a, name) != getattr(b, name)
    ]
    if list(a.cards) != list(b.cards):
        out.append("cards (ids or their order)")
    out += [f"card {cid}" for cid in a.cards if a.cards[cid] != b.cards.get(cid)]
    if len(a.connections) != len(b.connections):
        out.append("connections (how many)")
    out += [f"route {p.id}" for p, q in zip(a.connections, b.connections, strict=False) if p != q]
    return out


def incremental_equals_full(start: JourneyMap, ops: list) -> None:
    session = DocumentSession(start)
    metrics = map_metrics()
    cache = LayoutCache()
    compute_layout(session.doc, metrics, cache=cache)
    for op in replay(session, ops):
        incremental = compute_layout(session.doc, metrics, cache=cache)
        full = compute_layout(session.doc, metrics)
        assert field_by_field(incremental, full) == [], op
        assert incremental == full, op
    session.deleteLater()


@pytest.mark.usefixtures("qapp")
@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(maps(), st.lists(card_moves | operations, min_size=1, max_size=20))
def test_after_any_edits_of_any_map_the_incremental_layout_is_the_full_one(
    doc: JourneyMap, ops: list
) -> None:
    incremental_equals_full(doc, ops)


@pytest.mark.usefixtures("qapp")
def test_undoing_a_move_lays_out_only_the_cells_it_touched() -> None:
    """The cells a move did not touch (above the row that grew, or beside it) keep their
    very boxes: the canvas then knows at once that their items have nothing to do."""
    doc = grid_map(
        cards=[
            {"id": f"c{i}", "stage": f"s{i % 4}", "lane": f"l{i % 3}", "title": f"Card {i}"}
            for i in range(24)
        ],
        connections=[
            {"id": "x1", "source": "c0", "target": "c5", "label": "next"},
            {"id": "x2", "source": "c13", "target": "c2"},
        ],
    )
    session = DocumentSession(doc)
    metrics = map_metrics()
    cache = LayoutCache()
    before = compute_layout(session.doc, metrics, cache=cache)
    # c23 (last lane, s3) goes to the first place of the cell beside it, and back
    session.push(edits.move_cards(session.doc, ["c23"], "s2", "l2", 0))
    compute_layout(session.doc, metrics, cache=cache)
    session.undo_stack.undo()
    after = compute_layout(session.doc, metrics, cache=cache)
    assert after == compute_layout(session.doc, metrics)
    untouched = [c for c in before.cards.values() if c.lane != "l2"]
    assert untouched and all(after.cards[c.id] is c for c in untouched)
    session.deleteLater()


@pytest.mark.usefixtures("qapp")
def test_a_label_that_moves_moves_the_next_label_in_its_corridor() -> None:
    """Two labelled arrows between the same columns put their labels in the corridor under
    the first row, side by side. Moving one arrow's card moves its label: the other label
    (whose cards did not move) must take the place that is now free, as from nothing."""
    doc = grid_map(
        cards=[
            {"id": "a", "stage": "s0", "lane": "l0", "title": "A"},
            {"id": "b", "stage": "s2", "lane": "l0", "title": "B"},
            {"id": "c", "stage": "s0", "lane": "l1", "title": "C"},
            {"id": "d", "stage": "s2", "lane": "l1", "title": "D"},
        ],
        connections=[
            {"id": "x1", "source": "a", "target": "b", "label": "first label here"},
            {"id": "x2", "source": "c", "target": "d", "label": "second label"},
        ],
    )
    session = DocumentSession(doc)
    metrics = map_metrics()
    cache = LayoutCache()
    before = compute_layout(session.doc, metrics, cache=cache)
    assert before.connections[0].label_rect.y == before.connections[1].label_rect.y  # one corridor
    session.push(edits.move_cards(session.doc, ["b"], "s3", "l0", 0))
    moved = compute_layout(session.doc, metrics, cache=cache)
    assert moved.cards["c"] is before.cards["c"] and moved.cards["d"] is before.cards["d"]
    full = compute_layout(session.doc, metrics)
    assert moved.connections[1].label_rect != before.connections[1].label_rect
    assert moved == full
    session.undo_stack.undo()
    assert compute_layout(session.doc, metrics, cache=cache) == before
    session.deleteLater()


@pytest.mark.usefixtures("qapp")
def test_undo_and_redo_of_a_move_bring_back_the_boxes_and_routes_of_before() -> None:
    """A move that makes the first lane taller moves every lane below it; its undo puts
    them back where they were, and the layout is the one before the move again, down to
    the very boxes and routes (nothing below is placed or routed again), and so is the
    redo's. Both are exactly the layouts made from nothing."""
    doc = grid_map(
        cards=[
            {"id": "a", "stage": "s0", "lane": "l0", "title": "A"},
            {"id": "b", "stage": "s1", "lane": "l0", "title": "B"},
            {"id": "c", "stage": "s1", "lane": "l0", "title": "C"},
            {"id": "d", "stage": "s0", "lane": "l1", "title": "D"},
            {"id": "e", "stage": "s2", "lane": "l1", "title": "E"},
            {"id": "f", "stage": "s3", "lane": "l2", "title": "F"},
        ],
        connections=[
            {"id": "x1", "source": "d", "target": "e", "label": "below"},
            {"id": "x2", "source": "e", "target": "f"},
            {"id": "x3", "source": "a", "target": "f", "label": "across"},
        ],
    )
    session = DocumentSession(doc)
    metrics = map_metrics()
    cache = LayoutCache()
    before = compute_layout(session.doc, metrics, cache=cache)
    session.push(edits.move_cards(session.doc, ["a"], "s1", "l0", 2))
    moved = compute_layout(session.doc, metrics, cache=cache)
    assert moved.cards["d"].rect.y > before.cards["d"].rect.y  # the lanes below moved
    assert moved == compute_layout(session.doc, metrics)
    session.undo_stack.undo()
    undone = compute_layout(session.doc, metrics, cache=cache)
    assert field_by_field(undone, compute_layout(session.doc, metrics)) == []
    assert all(undone.cards[cid] is box for cid, box in before.cards.items())
    assert all(p is q for p, q in zip(undone.connections, before.connections, strict=True))
    session.undo_stack.redo()
    redone = compute_layout(session.doc, metrics, cache=cache)
    assert field_by_field(redone, compute_layout(session.doc, metrics)) == []
    assert all(redone.cards[cid] is box for cid, box in moved.cards.items())
    assert all(p is q for p, q in zip(redone.connections, moved.connections, strict=True))
    session.deleteLater()
