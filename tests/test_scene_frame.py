"""After an edit the background is repainted where it changed (`scene_frame.frame_changes`):
a row that grows repaints it and the rows below, not the rows above. What the screen shows
must still be the whole, current map."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_helpers import open_window, screen
from image_compare import difference
from PySide6.QtWidgets import QApplication

from journeymapper.canvas.scene_frame import frame_changes
from journeymapper.editing import edits
from journeymapper.layout import DEFAULT_THEME, compute_layout
from journeymapper.templates import load_template
from journeymapper.text import map_metrics

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

LONG = "A much longer note than before, " * 12


def _grown(doc, lane_index: int):  # type: ignore[no-untyped-def]
    """The map with a card of the lane at ``lane_index`` made far taller."""
    lane = doc.lanes[lane_index]
    card = next(c for c in doc.cards if c.lane == lane.id)
    return _applied(doc, edits.update_part(doc, "cards", card.id, body=LONG))


def _applied(doc, edit):  # type: ignore[no-untyped-def]
    copy = doc.model_copy(deep=True)
    for op in edit.ops:
        op.apply(copy)
    return copy


def test_a_taller_row_changes_the_background_from_its_top_down() -> None:
    doc = load_template()
    metrics = map_metrics()
    index = next(
        i for i, lane in enumerate(doc.lanes) if i > 0 and any(c.lane == lane.id for c in doc.cards)
    )
    before = compute_layout(doc, metrics)
    after = compute_layout(_grown(doc, index), metrics)
    area = frame_changes(before, after)
    assert area is not None
    row = after.lanes[index].row
    assert area.top() <= row.y < before.lanes[index - 1].row.bottom + 4
    assert area.bottom() >= max(before.height, after.height)  # every row below
    assert area.left() <= 0 and area.right() >= after.width  # across the whole map
    # the rows above are not in it
    assert area.top() > before.lanes[index - 1].row.y


def test_a_new_title_or_look_changes_everything() -> None:
    doc = load_template()
    metrics = map_metrics()
    before = compute_layout(doc, metrics)
    renamed = _applied(doc, edits.set_map_field(doc, "title", "Another title"))
    assert frame_changes(before, compute_layout(renamed, metrics)) is None
    darker = replace(DEFAULT_THEME, page="#202020")
    assert frame_changes(before, compute_layout(doc, metrics, darker)) is None


def test_the_screen_shows_the_whole_current_map_after_a_row_grows(qtbot) -> None:
    w = open_window(qtbot)
    w.view.set_zoom(0.1)
    QApplication.processEvents()
    doc = w.session.doc
    lane = doc.lanes[1]
    card = next(c for c in doc.cards if c.lane == lane.id)
    w.session.push(edits.update_part(doc, "cards", card.id, body=LONG))
    QApplication.processEvents()
    mean, worst = difference(screen(w), w.view.viewport().grab().toImage())
    assert mean < 0.5 and worst < 12, (mean, worst)
    w.session.undo_stack.undo()
    QApplication.processEvents()
    mean, worst = difference(screen(w), w.view.viewport().grab().toImage())
    assert mean < 0.5 and worst < 12, (mean, worst)
