"""A new persona has a colour from the start and the persona list shows it (issue 12,
item 4); a stage without its own colour keeps its colour when it moves (item 5)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import QListWidget

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import dumps
from journeymapper.layout.theme import persona_colour, stage_colour
from journeymapper.model import JourneyMap
from journeymapper.templates import blank_map, load_template
from journeymapper.ui.main_window import MainWindow


def shown_stage_colours(doc: JourneyMap) -> dict[str, str]:
    return {s.id: stage_colour(i, s.color) for i, s in enumerate(doc.stages)}


def test_a_new_persona_has_its_own_colour() -> None:
    doc = load_template("awareness-to-loyalty-en")
    session = DocumentSession(doc)
    taken = {persona_colour(i, p.color).upper() for i, p in enumerate(doc.personas)}
    for _ in range(3):
        session.push(edits.add_persona(session.doc))
        new = session.doc.personas[-1]
        assert new.color is not None, "a new persona without a colour"
        assert new.color.upper() not in taken
        taken.add(new.color.upper())


def test_the_persona_list_shows_each_colour(qtbot: Any) -> None:
    make_app()
    w = MainWindow(DocumentSession(blank_map("en")))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.add_persona()
    w.add_persona()
    w.scene.clearSelection()  # the inspector shows the map, with its personas
    w.inspector.refresh()
    personas = w.inspector.fields["personas"]
    assert isinstance(personas, QListWidget) and personas.count() == 2
    for i, p in enumerate(w.session.doc.personas):
        colour = personas.item(i).foreground().color().name().upper()
        assert colour == persona_colour(i, p.color).upper() != "#000000"


def test_a_stage_keeps_its_colour_when_it_moves() -> None:
    doc = load_template("awareness-to-loyalty-en")
    for i, s in enumerate(doc.stages):  # the template colours some stages, not all
        if i % 2:
            doc.stages[i] = s.model_copy(update={"color": None})
    session = DocumentSession(doc)
    before_doc = dumps(session.doc)
    before = shown_stage_colours(session.doc)
    first = session.doc.stages[0].id
    session.push(edits.move_stage(session.doc, first, 3))
    assert session.doc.stages[3].id == first
    assert shown_stage_colours(session.doc) == before
    # two neighbours never share a tint after a move
    colours = [stage_colour(i, s.color) for i, s in enumerate(session.doc.stages)]
    assert all(a != b for a, b in pairwise(colours))
    assert session.undo_stack.count() == 1, "the move is one undo step"
    session.undo_stack.undo()
    assert dumps(session.doc) == before_doc


def test_moving_stages_of_a_blank_map_keeps_their_colours() -> None:
    session = DocumentSession(blank_map("en"))
    before = shown_stage_colours(session.doc)
    session.push(edits.move_stage(session.doc, "stage-3", 0))
    session.push(edits.move_stage(session.doc, "stage-1", 0))
    assert shown_stage_colours(session.doc) == before


def test_adding_or_deleting_a_stage_keeps_the_others_colours() -> None:
    session = DocumentSession(blank_map("en"))
    before = shown_stage_colours(session.doc)
    session.push(edits.add_stage(session.doc, 1))
    after = shown_stage_colours(session.doc)
    assert {k: after[k] for k in before} == before
    colours = [stage_colour(i, s.color) for i, s in enumerate(session.doc.stages)]
    assert all(a != b for a, b in pairwise(colours)), "the new stage looks like a neighbour"
    session.push(edits.delete_parts(session.doc, ["stage-1"]))
    now = shown_stage_colours(session.doc)
    assert {k: now[k] for k in now} == {k: after[k] for k in now}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert shown_stage_colours(session.doc) == before
    assert all(s.color is None for s in session.doc.stages), "undo restores the file as it was"
