"""The connections on the canvas: drawn by one layer, only where the screen changes, in
the colours and dashes a user reads, following a dragged card live."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from gui_helpers import (  # the window and gestures of the editor tests
    LEFT,
    NO_MOD,
    card_centre,
    cell_centre,
    open_window,
    screen,
    send_move,
    show_scene,
    vp,
)
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymapper.layout import DEFAULT_THEME, RoutePiece, route_pieces
from journeymapper.render import drawing
from journeymapper.render.drawing import clip_segment, draw_dashed_pieces
from journeymapper.render.painting import QtSurface

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

LINE = QColor(DEFAULT_THEME.connection)
SELECTED = QColor(DEFAULT_THEME.selection)


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


def longest_run(points) -> tuple[QPointF, RoutePiece]:
    """The middle of a route's longest straight run (a place its line surely shows)."""
    piece = max((p for p in route_pieces(points) if p.corner is None), key=lambda p: p.length)
    return QPointF((piece.x0 + piece.x1) / 2, (piece.y0 + piece.y1) / 2), piece


def near(point: QPointF, points) -> bool:
    return any(
        p.corner is None
        and min(p.x0, p.x1) - 4 <= point.x() <= max(p.x0, p.x1) + 4
        and min(p.y0, p.y1) - 4 <= point.y() <= max(p.y0, p.y1) + 4
        for p in route_pieces(points)
    )


def ink(image: QImage, x: int, y: int, colour: QColor, reach: int = 2) -> bool:
    """Whether a pixel within ``reach`` of (x, y) has (nearly) ``colour``."""
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            c = image.pixelColor(x + dx, y + dy)
            if (
                abs(c.red() - colour.red())
                + abs(c.green() - colour.green())
                + abs(c.blue() - colour.blue())
            ) < 60:
                return True
    return False


def on_screen(w, scene_point: QPointF, colour: QColor) -> bool:
    p = vp(w, scene_point)
    return ink(screen(w), p.x(), p.y(), colour)


def test_connections_are_drawn_and_a_selected_one_in_the_selection_colour(qtbot, window):
    w = window
    conn = next(c for c in w.scene.layout.connections if c.id == "x-2")
    middle, _ = longest_run(conn.points)
    show_scene(w, middle)
    assert on_screen(w, middle, LINE)
    assert not on_screen(w, middle, SELECTED)

    # a click on the line selects the connection (the item under the layer is hit)
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, vp(w, middle))
    assert w.scene.selected_ids() == ["x-2"]
    assert on_screen(w, middle, SELECTED)

    w.scene.clearSelection()
    assert on_screen(w, middle, LINE)
    assert not on_screen(w, middle, SELECTED)


def test_the_layer_takes_no_clicks(window):
    w = window
    card = card_centre(w, "c-aw-act1")
    assert not w.scene.connections.contains(card)
    assert w.scene.connections not in w.scene.items(card)


def test_a_dragged_card_pulls_its_connections_along_on_screen(qtbot, window):
    w = window
    layer = w.scene.connections
    before = layer.route("x-1")
    assert before == next(c for c in w.scene.layout.connections if c.id == "x-1")
    start = card_centre(w, "c-aw-tp1")
    end = cell_centre(w, "s-awareness", "l-actions")
    show_scene(w, start, end)
    qtbot.mousePress(w.view.viewport(), LEFT, NO_MOD, vp(w, start))
    for i in range(1, 9):
        send_move(w, start + (end - start) * (i / 8))
    QApplication.processEvents()

    # mid-drag: the route leaves the card where it is now, and is drawn there
    live = layer.route("x-1")
    card = w.scene.item_for("card", "c-aw-tp1")
    assert live.points[0][0] == pytest.approx(card.pos().x() + card.box.rect.w)
    assert card.pos().y() <= live.points[0][1] <= card.pos().y() + card.box.rect.h
    middle, _ = longest_run(live.points)
    assert not card.sceneBoundingRect().contains(middle)
    assert middle != longest_run(before.points)[0]
    assert on_screen(w, middle, LINE)
    # the model and the hit-tested item have not changed yet
    assert w.scene.item_for("connection", "x-1").conn == before
    assert w.session.undo_stack.count() == 0

    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, end))
    after = next(c for c in w.scene.layout.connections if c.id == "x-1")
    assert layer.route("x-1") == after
    assert w.scene.item_for("connection", "x-1").conn == after
    # the line is gone from where the card's route used to start
    old = route_pieces(before.points)[0]
    old_mid = QPointF(old.x0, old.y0)
    if all(abs(old.y0 - p.y0) > 6 for p in route_pieces(after.points) if p.corner is None):
        assert not on_screen(w, QPointF(old_mid.x(), old_mid.y()), LINE)


def test_an_undone_move_puts_the_drawn_route_back(qtbot, window):
    w = window
    before = w.scene.connections.route("x-1")
    start = card_centre(w, "c-aw-tp1")
    end = cell_centre(w, "s-awareness", "l-actions")
    show_scene(w, start, end)
    qtbot.mousePress(w.view.viewport(), LEFT, NO_MOD, vp(w, start))
    for i in range(1, 9):
        send_move(w, start + (end - start) * (i / 8))
    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, end))
    assert w.scene.connections.route("x-1") != before
    w.session.undo_stack.undo()
    assert w.scene.connections.route("x-1") == before
    # ... and the old one drawn again
    middle, _ = longest_run(before.points)
    show_scene(w, middle)
    assert on_screen(w, middle, LINE)


def test_a_route_that_moves_away_is_wiped_where_it_was(window):
    w = window
    layer = w.scene.connections
    layout = w.scene.layout
    conn = layout.connections[0]
    # through the empty margin under the map, where nothing else is drawn
    y = layout.height - 6
    away = dataclasses.replace(conn, points=((40.0, y), (400.0, y)), label=None, label_rect=None)
    spot = QPointF(220, y)
    show_scene(w, spot)
    assert not on_screen(w, spot, LINE)
    layer.set_live(away)
    assert on_screen(w, spot, LINE)
    layer.set_routes(layout.connections, layout.theme)
    assert layer.route(conn.id) == conn
    assert not on_screen(w, spot, LINE)


def test_deleting_a_connection_removes_its_line(qtbot, window):
    w = window
    conn = next(c for c in w.scene.layout.connections if c.id == "x-2")
    middle, _ = longest_run(conn.points)
    show_scene(w, middle)
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, vp(w, middle))
    assert w.scene.selected_ids() == ["x-2"]
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert w.session.doc.connection("x-2") is None
    assert w.scene.connections.route("x-2") is None
    assert not any(near(middle, c.points) for c in w.scene.layout.connections)
    assert not on_screen(w, middle, LINE)


# -- pieces and dashes (no window) ---------------------------------------------------------


def test_route_pieces_cover_the_route_end_to_end():
    pts = ((0.0, 0.0), (100.0, 0.0), (100.0, 50.0), (300.0, 50.0), (300.0, 50.8))
    pieces = route_pieces(pts)
    assert (pieces[0].x0, pieces[0].y0) == pts[0]
    assert (pieces[-1].x1, pieces[-1].y1) == pts[-1]
    for a, b in itertools.pairwise(pieces):
        assert (a.x1, a.y1) == (b.x0, b.y0)  # no gap between pieces
    corners = [p for p in pieces if p.corner is not None]
    assert [p.corner for p in corners] == [(100.0, 0.0), (100.0, 50.0)]  # 0.8: too short to round
    # a rounded corner of radius 8 is close to a quarter circle (12.57)
    assert corners[0].length == pytest.approx(12.57, abs=0.4)
    straight = sum(p.length for p in pieces if p.corner is None)
    assert straight + sum(p.length for p in corners) == pytest.approx(
        100 + 50 + 200 + 0.8 - 4 * 8 + 2 * 12.57, abs=1
    )


@pytest.mark.parametrize(
    ("segment", "box", "expected"),
    [
        ((0, 5, 100, 5), (10, 0, 20, 10), (0.1, 0.2)),
        ((100, 5, 0, 5), (10, 0, 20, 10), (0.8, 0.9)),
        ((5, 0, 5, 100), (0, 50, 10, 200), (0.5, 1.0)),
        ((0, 5, 100, 5), (10, 6, 20, 10), None),  # passes above the box
        ((0, 5, 5, 5), (10, 0, 20, 10), None),  # stops before it
        ((0, 0, 10, 10), (-5, -5, 20, 20), (0.0, 1.0)),
    ],
)
def test_clip_segment(segment, box, expected):
    got = clip_segment(*segment, box)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


def test_a_dashed_route_drawn_in_parts_looks_the_same_as_drawn_whole(qtbot):
    """The canvas repaints a dashed route by the parts in the area it refreshes: the
    dashes there must be exactly where a whole repaint puts them."""
    pts = ((10.0, 20.0), (380.0, 20.0), (380.0, 180.0), (30.0, 180.0))
    pieces = route_pieces(pts)
    pen = drawing.connection_stroke(DEFAULT_THEME, loops_back=True, selected=False)

    def draw(clip) -> QImage:
        img = QImage(400, 200, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if clip is not None:
            p.setClipRect(QRectF(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1]))
        draw_dashed_pieces(QtSurface(p), pieces, pen, clip)
        p.end()
        return img

    whole = draw(None)
    area = (143.0, 0.0, 257.0, 200.0)  # cuts both long runs mid-dash
    part = draw(area)
    differing = [
        (x, y)
        for x in range(int(area[0]) + 1, int(area[2]))
        for y in range(200)
        if part.pixel(x, y) != whole.pixel(x, y)
    ]
    assert differing == []
    # and there are dashes: line and gaps along the top run
    row = [whole.pixelColor(x, 20).red() < 200 for x in range(150, 250)]
    assert any(row) and not all(row)


def test_a_selected_card_lies_above_the_routes_beside_it(qtbot, window):
    """Its handle, where a new arrow starts, must win a press over a route running by."""
    w = window
    item = w.scene.item_for("card", "c-aw-act1")
    layer_z = w.scene.connections.zValue()
    assert item.zValue() < layer_z  # arrowheads and labels are drawn over cards
    handle = item.mapToScene(item.handle_centre())
    # (scrolled to the card: at the view's left edge it would lie under the pinned headers)
    show_scene(w, card_centre(w, "c-aw-act1"))
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, vp(w, card_centre(w, "c-aw-act1")))
    assert item.isSelected() and item.zValue() > layer_z
    top = next(it for it in w.scene.items(handle) if it.zValue() <= item.zValue())
    assert top is item
    w.scene.clearSelection()
    assert item.zValue() > layer_z  # still under the mouse: the handle still shows
    elsewhere = card_centre(w, "c-aw-act1") + QPointF(0, item.box.rect.h)
    send_move(w, elsewhere, buttons=Qt.MouseButton.NoButton)
    assert w.scene.card_at(elsewhere) != "c-aw-act1"
    assert item.zValue() < layer_z


@pytest.mark.parametrize("conn_id", ["x-1", "x-2", "x-3", "x-4", "x-5", "x-6"])
def test_a_click_on_a_label_picks_that_labels_arrow(qtbot, window, conn_id):
    """Labels are drawn over every line; another route may run under one (x-6 under the
    middle of x-1's): the click, and the double-click that edits, are the label's."""
    w = window
    conn = next(c for c in w.scene.layout.connections if c.id == conn_id)
    spot = QPointF(conn.label_rect.cx, conn.label_rect.cy)
    show_scene(w, spot)
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, vp(w, spot))
    assert w.scene.selected_ids() == [conn_id]
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, spot))
    assert w.scene.editor is not None
    assert w.scene.editor.toPlainText() == w.session.doc.connection(conn_id).label
    w.scene.editor.finish(False)


def test_a_route_dragged_past_the_edge_of_the_map_leaves_nothing_behind(qtbot, window):
    """What the layer draws beyond the map (a card dragged past the edge) is wiped too."""
    w = window
    w.resize(1400, 900)
    layout = w.scene.layout
    conn = next(c for c in layout.connections if c.id == "x-5")
    start = card_centre(w, conn.target)
    end = QPointF(layout.width + 120, start.y())
    show_scene(w, start, end)
    qtbot.mousePress(w.view.viewport(), LEFT, NO_MOD, vp(w, start))
    for i in range(1, 9):
        send_move(w, start + (end - start) * (i / 8))
    back = QPointF(start.x(), start.y() + 250)
    for i in range(1, 9):
        send_move(w, end + (back - end) * (i / 8))
    shown = screen(w)
    w.view.viewport().update()  # a repaint of everything, to compare with
    fresh = screen(w)
    stale = [
        (x, y)
        for x in range(0, shown.width(), 2)
        for y in range(0, shown.height(), 2)
        if shown.pixel(x, y) != fresh.pixel(x, y)
    ]
    assert stale == []
    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, back))
