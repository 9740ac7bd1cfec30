"""Issue 20: an undo or a redo of a card move re-lays out and re-syncs only what moved
(cells, lanes and routes kept from the layouts before, routes' drawings kept by the
connection layer). What the user sees and clicks must be what a fresh window on the same
document shows: the same picture (no stale card, route or gap), every card where its
box is, hit where it shows, and selectable by a click."""

from __future__ import annotations

import pytest
from gui_helpers import (
    LEFT,
    TEMPLATE,
    card_centre,
    open_window,
    screen,
    send_move,
    show_scene,
    vp,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymapper.canvas.far import FAR_BELOW
from journeymapper.canvas.items import CardItem
from journeymapper.editing.kinds import PartKind
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import load_template


def _pick_move(doc: JourneyMap) -> tuple[str, str, str]:
    """A card of the first card lane, and the fullest cell of a card lane further down
    (its lane grows: every lane below it moves, and the first one shrinks or not)."""
    lanes = [ln.id for ln in doc.lanes if ln.kind != LaneKind.EMOTION]
    first = next(c for c in doc.cards if c.lane == lanes[0])
    counts: dict[tuple[str, str], int] = {}
    for c in doc.cards:
        if c.lane in lanes[1:-1]:
            counts[(c.stage, c.lane)] = counts.get((c.stage, c.lane), 0) + 1
    stage, lane = max(counts, key=lambda k: counts[k])
    return first.id, stage, lane


def _settle(w) -> None:  # type: ignore[no-untyped-def]
    """No selection, the mouse over an empty corner of the map (no card hovered)."""
    w.scene.clearSelection()
    layout = w.scene.layout
    send_move(w, QPointF(layout.width - 4, layout.height - 4), buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()


def _fresh(qtbot, w) -> object:  # type: ignore[no-untyped-def]
    """A new window on a copy of the document, at the same zoom and scroll."""
    other = open_window(qtbot, JourneyMap.model_validate(w.session.doc.model_dump()))
    other.resize(w.size())
    QApplication.processEvents()
    other.view.set_zoom(w.view.zoom())
    other.view.setTransform(w.view.transform())  # (the very scale, to the last bit)
    QApplication.processEvents()
    other.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().value())
    other.view.verticalScrollBar().setValue(w.view.verticalScrollBar().value())
    QApplication.processEvents()
    assert other.view.transform() == w.view.transform()
    return other


def _grab(w) -> QImage:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return w.view.viewport().grab().toImage()


def _pixels_apart(a: QImage, b: QImage, tol: int = 24) -> int:
    """How many pixels of two pictures of one size differ by more than ``tol`` in a colour
    channel (the same drawing differs by 1 here and there, from antialiasing; far away a
    route left behind or missing is a few hundred pixels)."""
    assert a.size() == b.size()
    d = a.convertToFormat(QImage.Format.Format_RGB32)
    p = QPainter(d)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    p.drawImage(0, 0, b.convertToFormat(QImage.Format.Format_RGB32))
    p.end()
    far = bytes(0 if v <= tol else 1 for v in range(256))
    data = bytes(d.constBits()).translate(far)
    # (alpha stays 255: every fourth byte is left out)
    return sum(1 for i in range(0, len(data), 4) if 1 in data[i : i + 3])


def _same_as_fresh(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    _settle(w)
    other = _fresh(qtbot, w)
    _settle(other)
    # what the window shows as last painted (a stale area would show) and what a fresh
    # window paints
    assert _pixels_apart(screen(w), _grab(other)) == 0
    # every card's item where a fresh window puts it, and hit there
    for cid, box in w.scene.layout.cards.items():
        mine = w.scene.item_for(PartKind.CARD, cid)
        theirs = other.scene.item_for(PartKind.CARD, cid)
        assert isinstance(mine, CardItem) and isinstance(theirs, CardItem)
        a, b = mine.sceneBoundingRect(), theirs.sceneBoundingRect()
        assert abs(a.x() - b.x()) < 1e-6 and abs(a.y() - b.y()) < 1e-6, cid
        assert (a.width(), a.height()) == (b.width(), b.height()), cid
        assert abs(a.x() + 3 - box.rect.x) < 1e-6 and abs(a.y() + 3 - box.rect.y) < 1e-6
        assert w.scene.card_at(card_centre(w, cid)) == cid
    other.close()


def _with_routes_across_lanes() -> JourneyMap:
    """The template with more arrows: between the first card of each lane and a card of
    each other lane, forwards (solid) and backwards (dashed), labelled or not: routes
    that cross the lanes a move makes taller, and that an undo moves back."""
    data = load_template(TEMPLATE).model_dump()
    firsts: dict[str, str] = {}
    for card in data["cards"]:
        firsts.setdefault(card["lane"], card["id"])
    lasts = {card["lane"]: card["id"] for card in data["cards"]}
    ids = list(firsts.values())
    for i, a in enumerate(ids):
        for j, lane in enumerate(lasts):
            b = lasts[lane]
            if b != a and (i + j) % 2 == 0:
                label = "across" if (i + j) % 4 == 0 else None
                data["connections"].append(
                    {"id": f"x-{i}-{j}", "source": a, "target": b, "label": label}
                )
                data["connections"].append({"id": f"y-{i}-{j}", "source": b, "target": a})
    return JourneyMap.model_validate(data)


@pytest.mark.parametrize("routes", [False, True])
@pytest.mark.parametrize("zoom", [0.3, 0.11])  # (near, far)
def test_undo_and_redo_of_a_move_across_lanes_show_what_a_fresh_window_shows(
    qtbot, zoom, routes
) -> None:
    w = open_window(qtbot, _with_routes_across_lanes() if routes else None)
    w.resize(1300, 860)
    w.view.set_zoom(zoom)
    QApplication.processEvents()
    # (far away, layers draw the cards and the routes by cells and tiles)
    assert w.scene.sketches.active == (zoom < FAR_BELOW)
    doc = w.session.doc
    card_id, stage, lane = _pick_move(doc)
    below = [c.id for c in doc.cards if c.lane == doc.lanes[-1].id]
    before = {cid: w.scene.layout.cards[cid].rect for cid in below}
    # a real drag: press on the card, move with the button held, release in the cell
    start = card_centre(w, card_id)
    target = w.scene.layout.cell_rect(stage, lane)
    end = QPointF(target.cx, target.bottom - 6)
    show_scene(w, start, end)
    viewport = w.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=vp(w, start))
    for i in range(1, 9):
        send_move(w, start + (end - start) * (i / 8))
    qtbot.mouseRelease(viewport, LEFT, pos=vp(w, end))
    assert w.session.doc.card(card_id).lane == lane
    assert any(w.scene.layout.cards[cid].rect != before[cid] for cid in below)
    _same_as_fresh(qtbot, w)
    w.session.undo_stack.undo()
    assert w.session.doc.card(card_id).lane != lane
    assert {cid: w.scene.layout.cards[cid].rect for cid in below} == before
    _same_as_fresh(qtbot, w)
    w.session.undo_stack.redo()
    _same_as_fresh(qtbot, w)
    w.session.undo_stack.undo()
    # after the undo, a click on a card of a lane that moved back selects that card
    for cid in below[:3]:
        qtbot.mouseClick(viewport, LEFT, pos=vp(w, card_centre(w, cid)))
        assert w.scene.selected_ids() == [cid]
    _same_as_fresh(qtbot, w)
