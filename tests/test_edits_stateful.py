"""Random sequences of edits through a `DocumentSession` (no view).

After every step the document is sound (`check_document` is empty) and sits exactly where
the undo stack says it should: the state recorded for the stack's index. Undoing everything
gives back the original document; redoing everything gives the final one.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journeymapper.editing import EditRejected, edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load
from journeymapper.model import Channel, JourneyMap, LaneKind, check_document
from journeymapper.templates import load_template

TEMPLATE = "awareness-to-loyalty-en"
_ORIGINAL = load_template(TEMPLATE)
_SMALL = JourneyMap.model_validate(
    {
        **_ORIGINAL.model_dump(),
        "stages": [s.model_dump() for s in _ORIGINAL.stages[:3]],
        "cards": [
            c.model_dump() for c in _ORIGINAL.cards if c.stage in {"s-awareness", "s-familiarity"}
        ][:8],
        "emotions": [e.model_dump() for e in _ORIGINAL.emotions[:3]],
        "connections": [],
    }
)
_SMALL.connections = []  # cards of the small map are a subset: drop every connection

# -- the random ingredients -------------------------------------------------------------------

# text a user could type or paste: letters, spaces, newlines, emoji, control characters
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30
) | st.sampled_from(["", " ", "New card", "Checkout", "  padded  ", "x" * 250, "a\nb"])
picks = st.integers(min_value=0, max_value=10_000)  # an index into whatever list is current
positions = st.none() | st.integers(min_value=0, max_value=12)
scores = st.one_of(
    st.integers(min_value=-7, max_value=7),
    st.floats(min_value=-6, max_value=6, allow_nan=False),
)

CARD_FIELDS = {
    "title": texts,
    "body": st.none() | texts,
    "tags": st.lists(texts, max_size=3),
    "votes": st.integers(min_value=-1, max_value=20),
    "color": st.none() | st.sampled_from(["#FFAA00", "#abcdef", "red", "#12345"]),
    "channel": st.none() | st.sampled_from([c.value for c in Channel] + ["fax"]),
}
STAGE_FIELDS = {
    "name": texts,
    "description": st.none() | texts,
    "width": st.none() | st.floats(min_value=100, max_value=1300, allow_nan=False),
    "color": st.none() | st.sampled_from(["#DCEBFA", "blue"]),
}
LANE_FIELDS = {
    "name": texts,
    "height": st.none() | st.floats(min_value=30, max_value=1300, allow_nan=False),
    "color": st.none() | st.sampled_from(["#E3F4E8", "#zzzzzz"]),
}
EMOTION_FIELDS = {"score": scores, "note": st.none() | texts}
CONNECTION_FIELDS = {"label": st.none() | texts}
PERSONA_FIELDS = {"name": texts, "description": st.none() | texts}
FIELDS = {
    "cards": CARD_FIELDS,
    "stages": STAGE_FIELDS,
    "lanes": LANE_FIELDS,
    "emotions": EMOTION_FIELDS,
    "connections": CONNECTION_FIELDS,
    "personas": PERSONA_FIELDS,
}


@st.composite
def update_ops(draw: st.DrawFn) -> tuple[Any, ...]:
    list_name = draw(st.sampled_from(sorted(FIELDS)))
    name = draw(st.sampled_from(sorted(FIELDS[list_name])))
    return ("update", list_name, draw(picks), name, draw(FIELDS[list_name][name]))


operations = st.one_of(
    st.tuples(
        st.just("move_cards"), st.lists(picks, min_size=1, max_size=3), picks, picks, positions
    ),
    st.tuples(
        st.just("add_card"),
        picks,
        picks,
        positions,
        st.none() | texts,
        st.none() | st.sampled_from([c.value for c in Channel]),
    ),
    st.tuples(st.just("add_stage"), st.integers(-1, 12), st.none() | texts),
    st.tuples(st.just("move_stage"), picks, st.integers(-1, 12)),
    st.tuples(st.just("add_lane"), st.integers(-1, 12), st.sampled_from(list(LaneKind))),
    st.tuples(st.just("move_lane"), picks, st.integers(-1, 12)),
    st.tuples(st.just("delete"), st.lists(picks, min_size=1, max_size=3)),
    update_ops(),
    st.tuples(st.just("add_emotion"), picks, picks, scores, st.booleans()),
    st.tuples(st.just("connect"), picks, picks, st.none() | texts),
    st.tuples(st.just("duplicate"), st.lists(picks, min_size=1, max_size=3)),
    st.tuples(st.just("map"), st.sampled_from(["title", "description"]), texts),
    st.tuples(
        st.just("map"),
        st.just("locale"),
        texts | st.sampled_from(["it", "i", "en-GB", "english", "it_IT", " fr "]),
    ),
    st.tuples(st.just("paste"), st.lists(picks, min_size=1, max_size=3), picks, picks),
    st.tuples(st.just("add_persona"), st.none() | texts),
    st.tuples(st.just("undo"), st.integers(1, 3)),
    st.tuples(st.just("redo"), st.integers(1, 3)),
)


def _pick(items: list[Any], n: int) -> Any:
    return items[n % len(items)] if items else None


def build_edit(doc: JourneyMap, op: tuple[Any, ...]) -> edits.Edit | None:
    """The edit for an operation on the current document (None: nothing to try)."""
    kind = op[0]
    cards = [c.id for c in doc.cards]
    stages = [s.id for s in doc.stages]
    lanes = [ln.id for ln in doc.lanes]
    if kind == "move_cards":
        _, which, s, ln, position = op
        if not cards:
            return None
        ids = list(dict.fromkeys(_pick(cards, n) for n in which))
        return edits.move_cards(doc, ids, _pick(stages, s), _pick(lanes, ln), position)
    if kind == "add_card":
        _, s, ln, position, title, channel = op
        return edits.add_card(doc, _pick(stages, s), _pick(lanes, ln), position, title, channel)
    if kind == "add_stage":
        return edits.add_stage(doc, op[1], op[2])
    if kind == "move_stage":
        return edits.move_stage(doc, _pick(stages, op[1]), op[2])
    if kind == "add_lane":
        return edits.add_lane(doc, op[1], op[2])
    if kind == "move_lane":
        return edits.move_lane(doc, _pick(lanes, op[1]), op[2])
    if kind == "delete":
        every = sorted(doc.all_ids())
        return edits.delete_parts(doc, {_pick(every, n) for n in op[1]})
    if kind == "update":
        _, list_name, n, name, value = op
        part = _pick(getattr(doc, list_name), n)
        if part is None:
            return None
        return edits.update_part(doc, list_name, part.id, **{name: value})
    if kind == "add_emotion":
        _, s, ln, score, with_persona = op
        emotion_lanes = [x.id for x in doc.lanes if x.kind == LaneKind.EMOTION] or lanes
        persona = _pick([p.id for p in doc.personas], s) if with_persona else None
        return edits.add_emotion(doc, _pick(emotion_lanes, ln), _pick(stages, s), score, persona)
    if kind == "connect":
        _, a, b, label = op
        if not cards:
            return None
        return edits.connect(doc, _pick(cards, a), _pick(cards, b), label)
    if kind == "duplicate":
        if not cards:
            return None
        return edits.duplicate_cards(doc, [_pick(cards, n) for n in op[1]])
    if kind == "map":
        return edits.set_map_field(doc, op[1], op[2])
    if kind == "paste":
        _, which, s, ln = op
        if not cards:
            return None
        clipboard = [
            doc.card(_pick(cards, n)).model_dump(mode="json", exclude_defaults=True) for n in which
        ]
        return edits.paste_cards(doc, clipboard, _pick(stages, s), _pick(lanes, ln))
    if kind == "add_persona":
        return edits.add_persona(doc, op[1])
    raise AssertionError(kind)


def run(start: JourneyMap, ops: list[tuple[Any, ...]]) -> None:
    doc = start.model_copy(deep=True)
    original = doc.model_dump()
    session = DocumentSession(doc)
    stack = session.undo_stack
    # states[i]: the document after the first i commands of the stack
    states: list[dict[str, Any]] = [original]

    def check() -> None:
        assert check_document(session.doc) == []
        assert session.doc.model_dump() == states[stack.index()]

    for op in ops:
        if op[0] == "undo":
            for _ in range(op[1]):
                stack.undo()
            check()
            continue
        if op[0] == "redo":
            for _ in range(op[1]):
                stack.redo()
            check()
            continue
        try:
            edit = build_edit(session.doc, op)
        except EditRejected:
            edit = None
        # building an edit never changes the document
        assert session.doc.model_dump() == states[stack.index()]
        if edit is not None and session.push(edit):
            event(f"pushed {op[0]}")
            states = [*states[: stack.index()], session.doc.model_dump()]
            assert len(states) == stack.index() + 1 == stack.count() + 1
        check()

    final_index = stack.count()
    while stack.canUndo():
        stack.undo()
        check()
    assert session.doc.model_dump() == original
    while stack.canRedo():
        stack.redo()
        check()
    assert stack.index() == final_index
    assert session.doc.model_dump() == states[final_index]
    session.deleteLater()


@pytest.mark.usefixtures("qapp")
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(operations, min_size=1, max_size=40))
def test_random_edits_undo_to_the_original_and_redo_to_the_final(ops):
    run(_SMALL, ops)


@pytest.mark.usefixtures("qapp")
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(operations, min_size=1, max_size=20))
def test_random_edits_on_a_full_template(ops):
    run(_ORIGINAL, ops)


# -- a few hand-picked sequences that hypothesis may take long to find ------------------------


@pytest.mark.usefixtures("qapp")
def test_delete_stage_then_undo_restores_everything_in_order():
    session = DocumentSession(_ORIGINAL.model_copy(deep=True))
    before = session.doc.model_dump()
    session.push(edits.delete_parts(session.doc, ["s-consideration", "l-thoughts"]))
    assert check_document(session.doc) == []
    assert session.doc.stage("s-consideration") is None
    assert all(c.stage != "s-consideration" and c.lane != "l-thoughts" for c in session.doc.cards)
    session.undo_stack.undo()
    assert session.doc.model_dump() == before


@pytest.mark.usefixtures("qapp")
def test_typing_merges_into_one_step_but_never_across_a_save():
    session = DocumentSession(_ORIGINAL.model_copy(deep=True))
    before = session.doc.model_dump()
    for text in ("C", "Co", "Cof", "Coff"):
        session.push(edits.update_part(session.doc, "cards", "c-aw-act1", title=text))
    assert session.undo_stack.count() == 1
    assert session.doc.card("c-aw-act1").title == "Coff"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.journey.json"
        session.save(path)
        session.push(edits.update_part(session.doc, "cards", "c-aw-act1", title="Coffee"))
        assert session.undo_stack.count() == 2
        session.undo_stack.undo()
        assert not session.modified
        assert session.doc.model_dump() == load(path).model_dump()
    session.undo_stack.undo()
    assert session.doc.model_dump() == before


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("typed", ["i", "it", "english", "it-IT", ""])
def test_typing_a_language_keeps_the_document_sound(typed):
    """The inspector pushes set_map_field("locale", ...) on every keystroke: each
    intermediate value must be refused or make a valid document."""
    session = DocumentSession(_ORIGINAL.model_copy(deep=True))
    with contextlib.suppress(EditRejected):
        session.push(edits.set_map_field(session.doc, "locale", typed))
    assert check_document(session.doc) == []


@pytest.mark.usefixtures("qapp")
def test_paste_cards_into_a_touchpoint_lane_keeps_the_document_sound():
    session = DocumentSession(_ORIGINAL.model_copy(deep=True))
    plain = session.doc.card("c-aw-act1").model_dump(mode="json", exclude_defaults=True)
    session.push(edits.paste_cards(session.doc, [plain], "s-loyalty", "l-touchpoints"))
    pasted = session.doc.cards_in("s-loyalty", "l-touchpoints")[-1]
    assert isinstance(pasted.channel, Channel)
    assert check_document(session.doc) == []


@pytest.mark.usefixtures("qapp")
@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"title": texts},
            optional={
                "body": st.none() | texts,
                "channel": st.sampled_from(["email", "fax"]),
                "votes": st.integers(-1, 5),
                "tags": st.lists(texts, max_size=2),
            },
        ),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["l-actions", "l-touchpoints"]),
)
def test_pasting_random_clipboard_cards(cards, lane):
    session = DocumentSession(_SMALL.model_copy(deep=True))
    before = session.doc.model_dump()
    try:
        edit = edits.paste_cards(session.doc, cards, "s-awareness", lane)
    except EditRejected:
        return
    assert session.push(edit)
    assert check_document(session.doc) == []
    session.undo_stack.undo()
    assert session.doc.model_dump() == before


@pytest.mark.parametrize("make", ["add_card", "move_cards"])
def test_a_negative_position_in_an_empty_cell_is_refused_or_clamped(make):
    """Positions below 0 are outside the contract, but they must not crash with IndexError."""
    doc = _ORIGINAL.model_copy(deep=True)
    doc.cards = [c for c in doc.cards if (c.stage, c.lane) != ("s-loyalty", "l-data")]
    doc.connections = [c for c in doc.connections if doc.card(c.source) and doc.card(c.target)]
    try:
        if make == "add_card":
            edit = edits.add_card(doc, "s-loyalty", "l-data", -1)
        else:
            edit = edits.move_cards(doc, ["c-aw-act1"], "s-loyalty", "l-data", -1)
    except EditRejected:
        return
    assert edit.ops
