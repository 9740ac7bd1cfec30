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
from edit_strategies import ORIGINAL as _ORIGINAL
from edit_strategies import SMALL as _SMALL
from edit_strategies import build_edit, operations, texts
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journeymapper.editing import EditRejected, edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load
from journeymapper.model import Channel, JourneyMap, check_document


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
