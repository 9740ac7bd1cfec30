"""The editor driven like a user: mouse and keyboard events on the real view.

Every gesture test checks the model after the gesture, undoes it (the document must be
exactly as before), redoes it, then saves, reloads the file and checks the change is in
it. Positions come from the layout (the same geometry the canvas draws from) and are
sent to ``view.viewport()`` at ``view.mapFromScene(...)``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from gui_helpers import (
    LEFT,
    NO_MOD,
    TEMPLATE,
    card_centre,
    card_ids_in,
    cell_centre,
    check_undo_redo,
    click,
    drag,
    dump,
    open_window,
    palette_item,
    save_and_reload,
    select_card,
    send_move,
    show_scene,
    title_pos,
    vp,
)
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.canvas.emotion_items import EmotionPointItem
from journeymapper.canvas.items import CardItem
from journeymapper.canvas.scene import PALETTE_MIME, InlineEditor
from journeymapper.editing import edits
from journeymapper.io import load
from journeymapper.model import Channel, JourneyMap, LaneKind, check_document
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")


# -- helpers -------------------------------------------------------------------------------


# -- 1. drag a card to another stage -------------------------------------------------------


def test_drag_card_to_another_stage(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    card = w.session.doc.card("c-aw-act1")
    assert card is not None and card.stage == "s-awareness"
    target = cell_centre(w, "s-familiarity", "l-actions")
    drag(qtbot, w, card_centre(w, "c-aw-act1"), target)

    moved = w.session.doc.card("c-aw-act1")
    assert moved is not None
    assert (moved.stage, moved.lane) == ("s-familiarity", "l-actions")
    assert w.session.undo_stack.count() == 1  # a drag is one step
    assert w.session.undo_stack.undoText() == "Move card 'Saves the reel for later'"
    # everything else is untouched
    others_before = [c for c in before["cards"] if c["id"] != "c-aw-act1"]
    others_after = [c for c in dump(w)["cards"] if c["id"] != "c-aw-act1"]
    assert others_before == others_after
    # the item follows the model
    item = w.scene.item_for("card", "c-aw-act1")
    box = w.scene.layout.cards["c-aw-act1"]
    assert item is not None and item.pos() == QPointF(box.rect.x, box.rect.y)
    assert w.scene.layout.cell_at(box.rect.cx, box.rect.cy) == ("s-familiarity", "l-actions")

    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.card("c-aw-act1").stage == "s-familiarity"


def test_drag_card_within_its_cell_changes_its_position(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    cell = ("s-awareness", "l-touchpoints")
    assert card_ids_in(w.session.doc, *cell) == ["c-aw-tp1", "c-aw-tp2", "c-aw-tp3"]
    last = w.scene.layout.cards["c-aw-tp3"].rect
    drag(qtbot, w, card_centre(w, "c-aw-tp1"), QPointF(last.cx, last.bottom - 2))
    assert card_ids_in(w.session.doc, *cell) == ["c-aw-tp2", "c-aw-tp3", "c-aw-tp1"]
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert card_ids_in(reloaded, *cell) == ["c-aw-tp2", "c-aw-tp3", "c-aw-tp1"]


def test_several_selected_cards_move_together(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    click(qtbot, w, card_centre(w, "c-aw-act1"))
    click(qtbot, w, card_centre(w, "c-aw-act2"), Qt.KeyboardModifier.ControlModifier)
    assert set(w.scene.selected_card_ids()) == {"c-aw-act1", "c-aw-act2"}
    drag(
        qtbot,
        w,
        card_centre(w, "c-aw-act2"),
        cell_centre(w, "s-familiarity", "l-thoughts"),
    )
    doc = w.session.doc
    for cid in ("c-aw-act1", "c-aw-act2"):
        assert (doc.card(cid).stage, doc.card(cid).lane) == ("s-familiarity", "l-thoughts")
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Move 2 cards"
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.card("c-aw-act2").lane == "l-thoughts"


def test_dropping_a_card_on_the_emotion_lane_changes_nothing(qtbot, window):
    w = window
    before = dump(w)
    drag(qtbot, w, card_centre(w, "c-pu-pain1"), cell_centre(w, "s-purchase", "l-emotions"))
    assert dump(w) == before
    assert w.session.undo_stack.count() == 0
    # the item went back to its place
    box = w.scene.layout.cards["c-pu-pain1"]
    assert w.scene.item_for("card", "c-pu-pain1").pos() == QPointF(box.rect.x, box.rect.y)


def test_a_drag_cut_short_is_put_back_at_the_next_change(qtbot, window):
    """If the mouse is taken away mid-drag (a dialog pops up), the card does not stay
    half-way: the next re-sync puts it back where the map says."""
    w = window
    start = card_centre(w, "c-pu-pain1")
    end = cell_centre(w, "s-loyalty", "l-pain-points")
    show_scene(w, start, end)
    qtbot.mousePress(w.view.viewport(), LEFT, NO_MOD, vp(w, start))
    for i in range(1, 5):
        send_move(w, start + (end - start) * (i / 4))
    item = w.scene.item_for("card", "c-pu-pain1")
    box = w.scene.layout.cards["c-pu-pain1"]
    assert item.pos() != QPointF(box.rect.x, box.rect.y)
    w.scene.mouseGrabberItem().ungrabMouse()
    w.scene.sync()
    assert w.session.undo_stack.count() == 0
    assert item.pos() == QPointF(box.rect.x, box.rect.y)


# -- 2. reorder stages by dragging a header --------------------------------------------------


def test_drag_stage_header_past_the_next_one(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    layout = w.scene.layout
    header = layout.stage_box("s-awareness").rect
    nxt = layout.stage_box("s-familiarity").column
    drag(qtbot, w, QPointF(header.cx, header.cy), QPointF(nxt.cx + 40, header.cy))

    order = [s.id for s in w.session.doc.stages]
    assert order == ["s-familiarity", "s-awareness", "s-consideration", "s-purchase", "s-loyalty"]
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Move stage 'Awareness'"
    # only the order changed
    assert sorted(dump(w)["stages"], key=lambda s: s["id"]) == sorted(
        before["stages"], key=lambda s: s["id"]
    )
    assert {k: v for k, v in dump(w).items() if k != "stages"} == {
        k: v for k, v in before.items() if k != "stages"
    }
    # the header item follows
    assert w.scene.layout.stages[1].id == "s-awareness"
    assert not w.scene.indicator.isVisible()

    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert [s.id for s in reloaded.stages][:2] == ["s-familiarity", "s-awareness"]


def test_drag_last_stage_header_to_the_front(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    layout = w.scene.layout
    last = layout.stage_box("s-loyalty").rect
    first = layout.stage_box("s-awareness").rect
    w.view.setFixedWidth(1500)  # both ends on screen
    w.resize(2000, 1000)
    qtbot.waitUntil(lambda: w.view.viewport().width() >= 1400)
    drag(qtbot, w, QPointF(last.cx, last.cy), QPointF(first.x + 20, first.cy), steps=12)
    assert next(s.id for s in w.session.doc.stages) == "s-loyalty"
    check_undo_redo(w, before)
    assert next(s.id for s in save_and_reload(w, tmp_path).stages) == "s-loyalty"


def test_a_small_jiggle_on_a_stage_header_does_not_move_it(qtbot, window):
    w = window
    header = w.scene.layout.stage_box("s-awareness").rect
    start = QPointF(header.cx, header.cy)
    drag(qtbot, w, start, start + QPointF(3, 2), steps=2)
    assert w.session.undo_stack.count() == 0
    assert w.scene.selected_ids() == ["s-awareness"]  # it was a click: it selects


# -- 3. resize a lane and a stage by dragging a border ---------------------------------------


def test_drag_lane_header_bottom_border_down_sets_its_height(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    lane = w.scene.layout.lane_box("l-actions")
    assert w.session.doc.lane("l-actions").height is None
    start = QPointF(lane.rect.cx, lane.rect.bottom - 4)
    drag(qtbot, w, start, start + QPointF(0, 80))

    height = w.session.doc.lane("l-actions").height
    assert height is not None
    assert abs(height - (lane.rect.h - 4 + 80)) <= 1.5
    assert height == round(height)  # whole units
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Resize lane 'Customer actions'"
    assert abs(w.scene.layout.lane_box("l-actions").rect.h - height) < 1e-6
    assert [ln.id for ln in w.session.doc.lanes] == [ln["id"] for ln in before["lanes"]]

    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).lane("l-actions").height == height


@pytest.mark.parametrize("offset", [-1.0, 0.0, 3.0])
def test_pressing_on_or_just_below_a_lane_border_resizes_the_lane_above(qtbot, window, offset):
    """The grip reaches RESIZE_GRIP units either side of the border, as the hover cursor
    promises; the next lane's header must not steal the press."""
    w = window
    lane = w.scene.layout.lane_box("l-actions")
    start = QPointF(lane.rect.cx, lane.rect.bottom + offset)
    drag(qtbot, w, start, start + QPointF(0, 80))
    height = w.session.doc.lane("l-actions").height
    assert height is not None, "pressing on the border did not resize the lane"
    assert abs(height - (lane.rect.h + offset + 80)) <= 1.5


def test_drag_stage_header_right_border_sets_its_width(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    stage = w.scene.layout.stage_box("s-awareness")
    start = QPointF(stage.rect.right - 4, stage.rect.cy)
    drag(qtbot, w, start, start + QPointF(100, 0))
    width = w.session.doc.stage("s-awareness").width
    assert width is not None and abs(width - (stage.rect.w - 4 + 100)) <= 1.5
    assert w.session.undo_stack.undoText() == "Resize stage 'Awareness'"
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).stage("s-awareness").width == width


@pytest.mark.parametrize("offset", [-1.0, 0.0, 3.0])
def test_pressing_on_or_just_right_of_a_stage_border_resizes_the_stage(qtbot, window, offset):
    w = window
    stage = w.scene.layout.stage_box("s-awareness")
    start = QPointF(stage.rect.right + offset, stage.rect.cy)
    drag(qtbot, w, start, start + QPointF(100, 0))
    width = w.session.doc.stage("s-awareness").width
    assert width is not None, "pressing on the border did not resize the stage"
    assert abs(width - (stage.rect.w + offset + 100)) <= 1.5


def test_drag_lane_header_to_reorder_lanes(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    layout = w.scene.layout
    src = layout.lane_box("l-thoughts").rect
    dest = layout.lane_box("l-touchpoints").row
    drag(qtbot, w, QPointF(src.cx, src.cy), QPointF(src.cx, dest.cy - 20))
    assert [ln.id for ln in w.session.doc.lanes][:3] == ["l-thoughts", "l-touchpoints", "l-actions"]
    assert w.session.undo_stack.undoText() == "Move lane 'Thoughts & what they say'"
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).lanes[0].id == "l-thoughts"


# -- 4. drag an emotion point ------------------------------------------------------------------


def emotion_pos(w: MainWindow, point_id: str) -> QPointF:
    item = w.scene.item_for("emotion", point_id)
    assert isinstance(item, EmotionPointItem) and item.point is not None
    return QPointF(item.point.x, item.point.y)


def test_drag_emotion_point_up_two_steps(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    assert w.session.doc.emotion("e-aw-sam").score == 1
    scale = w.scene.layout.scales["l-emotions"]
    start = emotion_pos(w, "e-aw-sam")
    assert abs(start.y() - scale.y_of(1)) < 1e-6
    end = QPointF(start.x(), scale.y_of(3) + 1.5)  # a little off: it snaps
    drag(qtbot, w, start, end)

    assert w.session.doc.emotion("e-aw-sam").score == 3
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Set emotion to +3"
    assert not w.scene.score_label.isVisible()
    assert abs(emotion_pos(w, "e-aw-sam").y() - scale.y_of(3)) < 1e-6
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.emotion("e-aw-sam").score == 3
    raw = json.loads((tmp_path / "m.journey.json").read_text(encoding="utf-8"))
    assert next(e for e in raw["emotions"] if e["id"] == "e-aw-sam")["score"] == 3


def test_far_away_an_emotion_point_can_still_be_seen_and_grabbed(qtbot, window):
    """Zoomed out over a big map a point would be a fraction of a pixel: it keeps a size
    on screen that a mouse can grab, and the drag still moves it by whole steps."""
    from journeymapper.canvas.emotion_items import POINT_MIN_PX

    w = window
    w.view.set_zoom(0.08)
    item = w.scene.item_for("emotion", "e-aw-sam")
    on_screen = w.view.mapFromScene(item.mapToScene(item.boundingRect())).boundingRect()
    assert on_screen.width() >= 2 * POINT_MIN_PX
    start = emotion_pos(w, "e-aw-sam")
    w.view.centerOn(start)
    viewport = w.view.viewport()
    press = vp(w, start) + QPoint(2, 2)  # a little beside its centre: still the point
    assert w.view.itemAt(press) is item
    scale = w.scene.layout.scales["l-emotions"]
    qtbot.mousePress(viewport, LEFT, NO_MOD, press)
    target = QPointF(start.x(), scale.y_of(-2))
    send_move(w, target)
    qtbot.mouseRelease(viewport, LEFT, NO_MOD, vp(w, target))
    assert w.session.doc.emotion("e-aw-sam").score == -2
    # back at 100 % the point is its own size again
    w.view.zoom_actual()
    assert item.boundingRect().width() == 28


def test_emotion_point_shows_its_value_and_stays_in_its_lane_while_dragged(qtbot, window):
    w = window
    scale = w.scene.layout.scales["l-emotions"]
    lane = w.scene.layout.lane_box("l-emotions").row
    item = w.scene.item_for("emotion", "e-fa-sam")
    start = emotion_pos(w, "e-fa-sam")
    show_scene(w, start, QPointF(start.x(), lane.y - 150))
    viewport = w.view.viewport()
    qtbot.mousePress(viewport, LEFT, NO_MOD, vp(w, start))
    for k in range(1, 9):
        send_move(w, QPointF(start.x(), start.y() - 30 * k))
        assert scale.top - 1e-6 <= item.pos().y() <= scale.bottom + 1e-6
        assert lane.y <= item.pos().y() <= lane.bottom
        assert w.scene.score_label.isVisible()
    assert w.scene.score_label.text() == "+5"
    assert w.session.undo_stack.count() == 0  # nothing is pushed before the release
    qtbot.mouseRelease(viewport, LEFT, NO_MOD, vp(w, QPointF(start.x(), start.y() - 240)))
    assert w.session.doc.emotion("e-fa-sam").score == 5


@pytest.mark.parametrize(
    ("point", "far", "expected"), [("e-co-sam", -600, 5), ("e-pu-sam", 600, -5)]
)
def test_emotion_point_dragged_far_beyond_the_lane_is_clamped(
    qtbot, window, tmp_path, point, far, expected
):
    w = window
    before = dump(w)
    start = emotion_pos(w, point)
    drag(qtbot, w, start, start + QPointF(0, far), steps=10)
    score = w.session.doc.emotion(point).score
    assert score == expected
    assert -5 <= score <= 5
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).emotion(point).score == expected


def test_emotion_point_fine_steps_with_shift(qtbot, window):
    w = window
    scale = w.scene.layout.scales["l-emotions"]
    start = emotion_pos(w, "e-aw-sam")
    end = QPointF(start.x(), scale.y_of(1.4))
    drag(qtbot, w, start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
    score = w.session.doc.emotion("e-aw-sam").score
    assert score == pytest.approx(1.4, abs=0.11)
    assert round(score * 10) == pytest.approx(score * 10)  # tenths


def test_click_empty_stage_slot_on_the_curve_adds_a_point(qtbot, tmp_path):
    doc = load_template(TEMPLATE)
    doc.emotions = [e for e in doc.emotions if e.stage != "s-purchase"]
    w = open_window(qtbot, doc)
    before = dump(w)
    scale = w.scene.layout.scales["l-emotions"]
    column = w.scene.layout.stage_box("s-purchase").column
    click(qtbot, w, QPointF(column.cx, scale.y_of(-2)))
    added = [e for e in w.session.doc.emotions if e.stage == "s-purchase"]
    assert len(added) == 1
    assert added[0].score == -2 and added[0].persona == "p-sam" and added[0].lane == "l-emotions"
    check_undo_redo(w, before)
    assert len(save_and_reload(w, tmp_path).emotions) == len(before["emotions"]) + 1


# -- 5. create from the palette -----------------------------------------------------------------


def test_palette_mime_data_carries_the_entry(window):
    w = window
    assert PALETTE_MIME in w.palette.mimeTypes()
    for what in (
        "stage",
        "lane:cards",
        "lane:touchpoints",
        "lane:emotion",
        "card",
        "emotion",
        "touchpoint:email",
        "touchpoint:word_of_mouth",
    ):
        mime = w.palette.mimeData([palette_item(w, what)])
        assert mime.hasFormat(PALETTE_MIME)
        assert bytes(mime.data(PALETTE_MIME).data()).decode() == what


def test_create_touchpoint_from_palette_where_it_is_dropped(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    cell = ("s-purchase", "l-touchpoints")
    existing = card_ids_in(w.session.doc, *cell)
    pos = cell_centre(w, *cell)
    above = sum(1 for c in existing if w.scene.layout.cards[c].rect.cy < pos.y())
    assert w.scene.create_at("touchpoint:email", pos)

    new_ids = [c for c in card_ids_in(w.session.doc, *cell) if c not in existing]
    assert len(new_ids) == 1
    card = w.session.doc.card(new_ids[0])
    assert card.channel == "email"
    assert (card.stage, card.lane) == cell
    assert card_ids_in(w.session.doc, *cell).index(card.id) == above
    assert w.session.undo_stack.undoText() == "Add touchpoint 'New touchpoint'"
    assert w.scene.selected_ids() == [card.id]
    assert isinstance(w.scene.item_for("card", card.id), CardItem)
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.card(card.id).channel == "email"


def test_drop_palette_mime_on_the_viewport_creates_a_touchpoint(qtbot, window, tmp_path):
    """The drag-and-drop events a real drop delivers, sent to the viewport."""
    w = window
    before = dump(w)
    mime = w.palette.mimeData([palette_item(w, "touchpoint:chat")])
    cell = ("s-loyalty", "l-touchpoints")
    pos = cell_centre(w, *cell)
    show_scene(w, pos)
    at = vp(w, pos)
    copy = Qt.DropAction.CopyAction
    viewport = w.view.viewport()
    enter = QDragEnterEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    assert w.scene.indicator.isVisible()
    drop = QDropEvent(QPointF(at), copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, drop)
    assert not w.scene.indicator.isVisible()
    added = [c for c in w.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert len(added) == 1
    assert (added[0].stage, added[0].lane, added[0].channel) == (*cell, "chat")
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card(added[0].id).channel == "chat"


@pytest.mark.parametrize(
    ("what", "check"),
    [
        ("stage", lambda d, b: len(d.stages) == len(b["stages"]) + 1),
        (
            "lane:emotion",
            lambda d, b: (
                d.lanes[-1].kind == LaneKind.EMOTION
                or any(ln.kind == LaneKind.EMOTION and ln.name == "Emotions" for ln in d.lanes[:-1])
            ),
        ),
        ("card", lambda d, b: len(d.cards) == len(b["cards"]) + 1),
    ],
)
def test_create_other_palette_entries(qtbot, window, tmp_path, what, check):
    w = window
    before = dump(w)
    if what == "stage":
        pos = QPointF(w.scene.layout.stage_box("s-purchase").column.x + 3, 300)
    elif what.startswith("lane"):
        pos = QPointF(400, w.scene.layout.lane_box("l-data").row.bottom - 3)
    else:
        pos = cell_centre(w, "s-awareness", "l-data")
    assert w.scene.create_at(what, pos)
    assert check(w.session.doc, before)
    if what == "stage":
        assert w.session.doc.stages[3].name == "New stage"
    if what == "card":
        new = next(c for c in w.session.doc.cards if c.id not in {x["id"] for x in before["cards"]})
        assert (new.stage, new.lane, new.channel) == ("s-awareness", "l-data", None)
    check_undo_redo(w, before)
    save_and_reload(w, tmp_path)


def test_palette_touchpoint_dropped_on_the_emotion_lane_is_refused(window):
    w = window
    before = dump(w)
    messages: list[str] = []
    w.scene.message.connect(messages.append)
    assert not w.scene.create_at("touchpoint:email", cell_centre(w, "s-purchase", "l-emotions"))
    assert dump(w) == before
    assert messages


# -- 6. connect two cards -------------------------------------------------------------------------


def test_drag_from_card_handle_to_another_card_connects_them(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    click(qtbot, w, card_centre(w, "c-aw-act1"))
    assert w.scene.selected_ids() == ["c-aw-act1"]
    item = w.scene.item_for("card", "c-aw-act1")
    assert isinstance(item, CardItem)
    handle = item.mapToScene(item.handle_centre())
    drag(qtbot, w, handle, card_centre(w, "c-fa-act2"))

    added = [
        c for c in w.session.doc.connections if c.id not in {x["id"] for x in before["connections"]}
    ]
    assert len(added) == 1
    assert (added[0].source, added[0].target) == ("c-aw-act1", "c-fa-act2")
    # the card did not move
    assert w.session.doc.card("c-aw-act1").stage == "s-awareness"
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == (
        "Connect 'Saves the reel for later' to 'Tries the sample at home'"
    )
    assert w.scene.item_for("connection", added[0].id) is not None
    assert not w.scene.indicator.isVisible()
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.connection(added[0].id).target == "c-fa-act2"


def test_handle_drag_dropped_on_empty_space_connects_nothing(qtbot, window):
    w = window
    before = dump(w)
    click(qtbot, w, card_centre(w, "c-aw-act1"))
    item = w.scene.item_for("card", "c-aw-act1")
    handle = item.mapToScene(item.handle_centre())
    cell = w.scene.layout.cell_rect("s-familiarity", "l-actions")
    empty = QPointF(cell.cx, cell.bottom - 6)
    assert w.scene.card_at(empty) is None
    drag(qtbot, w, handle, empty)
    assert dump(w) == before
    assert not w.scene.indicator.isVisible()


def test_connection_follows_when_a_card_moves(qtbot, window):
    w = window
    conn_item = w.scene.item_for("connection", "x-1")
    old_path = w.scene.layout.connections[0].points
    drag(qtbot, w, card_centre(w, "c-aw-tp1"), cell_centre(w, "s-awareness", "l-actions"))
    assert w.session.doc.card("c-aw-tp1").lane == "l-actions"
    new = next(c for c in w.scene.layout.connections if c.id == "x-1")
    assert new.points != old_path
    box = w.scene.layout.cards["c-aw-tp1"].rect
    assert new.points[0][0] == pytest.approx(box.right)
    assert box.y <= new.points[0][1] <= box.bottom
    assert w.scene.item_for("connection", "x-1") is conn_item


# -- 7. edit text in place -------------------------------------------------------------------------


def test_double_click_card_and_type_a_new_title(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    double_click(qtbot, w, title_pos(w, "c-aw-act1"))
    assert w.scene.editor.toPlainText() == "Saves the reel for later"
    qtbot.keyClicks(w.view, "Bookmarks the reel")
    assert w.session.undo_stack.count() == 0  # nothing until Enter
    qtbot.keyClick(w.view, Qt.Key.Key_Return)

    assert w.scene.editor is None
    assert w.session.doc.card("c-aw-act1").title == "Bookmarks the reel"
    assert w.session.undo_stack.count() == 1
    # the history names the card by its new title, so the step can be found again
    assert w.session.undo_stack.undoText() == "Rename card to 'Bookmarks the reel'"
    changed = [(a, b) for a, b in zip(before["cards"], dump(w)["cards"], strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1]["title"] == "Bookmarks the reel"
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card("c-aw-act1").title == "Bookmarks the reel"


def double_click(qtbot, w: MainWindow, pos: QPointF) -> None:
    show_scene(w, pos)
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, pos))
    assert isinstance(w.scene.editor, InlineEditor)


def test_escape_cancels_in_place_editing(qtbot, window):
    w = window
    before = dump(w)
    double_click(qtbot, w, title_pos(w, "c-aw-act1"))
    editor = w.scene.editor
    qtbot.keyClicks(w.view, "Something else")
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert editor.scene() is None  # the editor is gone from the canvas
    assert dump(w) == before
    assert w.session.undo_stack.count() == 0


def test_keyboard_works_again_after_escape_cancels_editing(qtbot, window):
    """After Escape the scene must forget the cancelled editor, or it keeps routing every
    key to it: arrows, Enter and Ctrl+arrows do nothing until the next model change."""
    w = window
    double_click(qtbot, w, title_pos(w, "c-aw-act1"))
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert w.scene.editor is None
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_Down)
    assert w.scene.selected_ids() == ["c-aw-act2"]
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert isinstance(w.scene.editor, InlineEditor)
    assert w.scene.editor.scene() is w.scene


def test_double_click_card_body_edits_the_body(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    body = w.scene.layout.cards["c-aw-act1"].body
    assert body is not None
    double_click(qtbot, w, QPointF(body.x + 20, body.y + body.line_height / 2))
    assert w.scene.editor.toPlainText() == w.session.doc.card("c-aw-act1").body
    qtbot.keyClicks(w.view, "Line one")
    qtbot.keyClick(w.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(w.view, "Line two")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.card("c-aw-act1").body == "Line one\nLine two"
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card("c-aw-act1").body == "Line one\nLine two"


def test_double_click_stage_header_renames_the_stage(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    box = w.scene.layout.stage_box("s-loyalty")
    click_at = QPointF(box.name.x + 10, box.name.y + box.name.line_height / 2)
    show_scene(w, click_at)
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, click_at))
    assert w.scene.editor is not None
    qtbot.keyClicks(w.view, "Advocacy")
    qtbot.keyClick(w.view, Qt.Key.Key_Enter)
    assert w.session.doc.stage("s-loyalty").name == "Advocacy"
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).stage("s-loyalty").name == "Advocacy"


def test_emptying_a_card_title_in_place_is_refused(qtbot, window):
    w = window
    before = dump(w)
    double_click(qtbot, w, title_pos(w, "c-aw-act1"))
    assert w.scene.editor.toPlainText() == "Saves the reel for later"
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert dump(w) == before
    assert w.session.undo_stack.count() == 0


# -- 8. keyboard ----------------------------------------------------------------------------------


def test_delete_key_removes_the_card_and_its_connections(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    select_card(qtbot, w, "c-aw-tp1")
    assert {c.id for c in w.session.doc.connections if "c-aw-tp1" in (c.source, c.target)} == {
        "x-1",
        "x-6",
    }
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    doc = w.session.doc
    assert doc.card("c-aw-tp1") is None
    assert doc.connection("x-1") is None and doc.connection("x-6") is None
    assert len(doc.cards) == len(before["cards"]) - 1
    assert len(doc.connections) == len(before["connections"]) - 2
    assert w.session.undo_stack.count() == 1
    assert w.scene.item_for("card", "c-aw-tp1") is None
    assert w.scene.item_for("connection", "x-1") is None
    assert check_document(doc) == []
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.card("c-aw-tp1") is None and reloaded.connection("x-6") is None


def test_ctrl_d_duplicates_the_selected_card(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    doc = w.session.doc
    assert len(doc.cards) == len(before["cards"]) + 1
    ids = card_ids_in(doc, "s-awareness", "l-actions")
    assert len(ids) == 3 and ids[0] == "c-aw-act1"
    copy = doc.card(ids[1])
    original = doc.card("c-aw-act1")
    assert copy.id != original.id
    assert copy.model_dump(exclude={"id"}) == original.model_dump(exclude={"id"})
    assert w.scene.selected_ids() == [copy.id]
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card(copy.id).title == original.title


def test_ctrl_right_moves_the_card_to_the_next_stage(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    card = w.session.doc.card("c-aw-act1")
    assert (card.stage, card.lane) == ("s-familiarity", "l-actions")
    assert card_ids_in(w.session.doc, "s-familiarity", "l-actions")[-1] == "c-aw-act1"
    assert w.scene.selected_ids() == ["c-aw-act1"]
    assert w.session.undo_stack.undoText() == "Move card 'Saves the reel for later'"
    # again: the selection stays on the card, so it keeps going
    qtbot.keyClick(w.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card("c-aw-act1").stage == "s-consideration"
    # a run of Ctrl+arrow nudges is one undo step (issue 3: nudging merges)
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before, steps=1)
    assert save_and_reload(w, tmp_path).card("c-aw-act1").stage == "s-consideration"


def test_ctrl_down_skips_the_emotion_lane(qtbot, window):
    w = window
    select_card(qtbot, w, "c-aw-th1")
    qtbot.keyClick(w.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card("c-aw-th1").lane == "l-pain-points"


def test_arrow_keys_move_the_selection(qtbot, window):
    w = window
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_Down)
    assert w.scene.selected_ids() == ["c-aw-act2"]
    qtbot.keyClick(w.view, Qt.Key.Key_Right)
    assert w.scene.selected_card_ids()[0] in card_ids_in(
        w.session.doc, "s-familiarity", "l-actions"
    )
    assert w.session.undo_stack.count() == 0


def test_enter_edits_the_selected_card(qtbot, window):
    w = window
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.scene.editor is not None
    qtbot.keyClicks(w.view, "Typed")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.card("c-aw-act1").title == "Typed"


def test_select_all_then_delete_is_one_step(qtbot, window):
    w = window
    before = dump(w)
    click(qtbot, w, card_centre(w, "c-aw-act1"))
    qtbot.keyClick(w.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(w.scene.selected_card_ids()) == len(before["cards"])
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert w.session.doc.cards == [] and w.session.doc.connections == []
    assert w.session.undo_stack.count() == 1
    check_undo_redo(w, before)


def test_rubber_band_selects_the_cards_it_covers(qtbot, window):
    w = window
    cell = w.scene.layout.cell_rect("s-awareness", "l-actions")
    drag(qtbot, w, QPointF(cell.x + 3, cell.y + 3), QPointF(cell.right - 3, cell.bottom - 3))
    assert set(w.scene.selected_card_ids()) == {"c-aw-act1", "c-aw-act2"}
    assert w.session.undo_stack.count() == 0


# -- 9. deleting a stage ------------------------------------------------------------------------


def test_deleting_a_stage_removes_its_parts_and_one_undo_restores_them(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    doc = w.session.doc
    gone_cards = {c.id for c in doc.cards if c.stage == "s-consideration"}
    gone_emotions = {e.id for e in doc.emotions if e.stage == "s-consideration"}
    gone_conns = {c.id for c in doc.connections if c.source in gone_cards or c.target in gone_cards}
    assert gone_cards and gone_emotions and gone_conns == {"x-2", "x-3", "x-4"}

    header = w.scene.layout.stage_box("s-consideration").rect
    click(qtbot, w, QPointF(header.cx, header.cy))
    assert w.scene.selected_ids() == ["s-consideration"]
    w.settings.setValue("confirm_delete_with_cards", False)  # the question: test_confirm_delete
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    w.settings.remove("confirm_delete_with_cards")

    doc = w.session.doc
    assert doc.stage("s-consideration") is None
    assert not gone_cards & {c.id for c in doc.cards}
    assert not gone_emotions & {e.id for e in doc.emotions}
    assert not gone_conns & {c.id for c in doc.connections}
    assert len(doc.cards) == len(before["cards"]) - len(gone_cards)
    assert check_document(doc) == []
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Delete stage 'Consideration'"
    for cid in gone_cards:
        assert w.scene.item_for("card", cid) is None

    w.session.undo_stack.undo()
    assert dump(w) == before  # everything back, in the original order
    assert w.scene.item_for("stage", "s-consideration") is not None
    assert all(w.scene.item_for("card", cid) is not None for cid in gone_cards)
    w.session.undo_stack.redo()
    assert w.session.doc.stage("s-consideration") is None
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.stage("s-consideration") is None
    assert not gone_cards & {c.id for c in reloaded.cards}


def test_deleting_a_lane_removes_its_cards_and_points(qtbot, window):
    w = window
    before = dump(w)
    header = w.scene.layout.lane_box("l-emotions").rect
    click(qtbot, w, QPointF(header.cx, header.cy))
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert w.session.doc.lane("l-emotions") is None
    assert w.session.doc.emotions == []
    assert check_document(w.session.doc) == []
    w.session.undo_stack.undo()
    assert dump(w) == before


def test_the_last_stage_cannot_be_deleted(qtbot):
    doc = load_template(TEMPLATE)
    keep = doc.stages[0].id
    doc = JourneyMap.model_validate(
        {
            **doc.model_dump(),
            "stages": [doc.stages[0].model_dump()],
            "cards": [c.model_dump() for c in doc.cards if c.stage == keep],
            "emotions": [e.model_dump() for e in doc.emotions if e.stage == keep],
            "connections": [],
        }
    )
    w = open_window(qtbot, doc)
    before = dump(w)
    header = w.scene.layout.stage_box(keep).rect
    click(qtbot, w, QPointF(header.cx, header.cy))
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert dump(w) == before
    assert w.session.undo_stack.count() == 0


# -- 10. closing with unsaved changes --------------------------------------------------------------


def make_a_change(w: MainWindow) -> None:
    w.session.push(edits.update_part(w.session.doc, "cards", "c-aw-act1", title="Changed"))
    assert w.session.modified


def patch_answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[tuple]:
    calls: list[tuple] = []

    def fake_warning(*args, **kwargs):
        calls.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return calls


def test_close_with_unsaved_changes_cancel_keeps_the_window_open(qtbot, window, monkeypatch):
    w = window
    make_a_change(w)
    calls = patch_answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert w.close() is False
    assert len(calls) == 1
    assert w.isVisible()
    assert w.session.modified
    assert w.session.doc.card("c-aw-act1").title == "Changed"


def test_close_with_unsaved_changes_discard_closes(qtbot, window, monkeypatch):
    w = window
    make_a_change(w)
    calls = patch_answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert w.close() is True
    assert len(calls) == 1
    assert not w.isVisible()


def test_close_with_unsaved_changes_save_writes_the_file(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "m.journey.json"
    w = open_window(qtbot, path=path)
    make_a_change(w)
    calls = patch_answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert w.close() is True
    assert len(calls) == 1
    assert not w.isVisible()
    assert not w.session.modified
    assert load(path).card("c-aw-act1").title == "Changed"


def test_close_without_changes_does_not_ask(qtbot, window, monkeypatch):
    w = window
    calls = patch_answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert w.close() is True
    assert calls == []


def test_close_after_undoing_every_change_does_not_ask(qtbot, window, monkeypatch):
    w = window
    make_a_change(w)
    w.session.undo_stack.undo()
    calls = patch_answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert w.close() is True
    assert calls == []


def test_close_save_without_a_file_name_asks_for_one(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = window
    make_a_change(w)
    patch_answer(monkeypatch, QMessageBox.StandardButton.Save)
    target = tmp_path / "chosen"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert w.close() is True
    saved = tmp_path / "chosen.journey.json"
    assert load(saved).card("c-aw-act1").title == "Changed"
    assert w.session.path == saved


def test_close_save_cancelled_in_the_file_dialog_keeps_the_window_open(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = window
    make_a_change(w)
    patch_answer(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert w.close() is False
    assert w.isVisible()
    assert w.session.modified


# -- 11. opening a bad file ------------------------------------------------------------------------


def test_opening_a_bad_file_lists_every_problem_and_keeps_the_map(qtbot, window, tmp_path):
    w = window
    make_a_change(w)
    before = dump(w)
    session_before = w.session
    data = load_template("discovery-to-loyalty-en").model_dump(mode="json", exclude_none=True)
    data["cards"][0]["stage"] = "no-such-stage"
    data["emotions"][0]["score"] = 9
    bad = tmp_path / "bad.journey.json"
    bad.write_text(json.dumps(data), encoding="utf-8")

    assert w.open_file(bad) is False
    assert w.session is session_before
    assert dump(w) == before
    assert w.session.modified  # still the user's unsaved work
    dialog = w.last_error_dialog
    assert isinstance(dialog, QMessageBox)
    qtbot.waitUntil(dialog.isVisible)
    details = dialog.detailedText()
    assert "$.cards[0].stage" in details
    assert "$.emotions[0].score" in details
    lines = [ln for ln in details.splitlines() if ln.strip()]
    assert len(lines) == 2
    assert "2 problem" in dialog.text()
    assert str(bad) in dialog.text()
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_opening_a_file_that_is_not_json(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert w.open_file(bad) is False
    assert dump(w) == before
    dialog = w.last_error_dialog
    assert dialog is not None and "$" in dialog.detailedText()
    dialog.close()


def test_opening_a_good_file_replaces_the_map(qtbot, window, tmp_path):
    w = window
    path = tmp_path / "other.journey.json"
    doc = load_template("discovery-to-loyalty-en")
    from journeymapper.io import save

    save(doc, path)
    assert w.open_file(path) is True
    assert w.session.doc.model_dump() == doc.model_dump()
    assert w.session.path == path
    assert w.scene.session is w.session
    assert w.view.scene() is w.scene
    # the new map is editable with the mouse, and undo works on its stack
    card = doc.cards[0]
    other_stage = next(s.id for s in doc.stages if s.id != card.stage)
    drag(qtbot, w, card_centre(w, card.id), cell_centre(w, other_stage, card.lane))
    assert w.session.doc.card(card.id).stage == other_stage
    assert w.session.modified and w.isWindowModified()
    # Ctrl+Z undoes on the new map's stack
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card(card.id).stage == card.stage
    assert not w.isWindowModified()
    edit_menu = w.menuBar().actions()[1].menu()
    undo = edit_menu.actions()[0]
    assert undo.text().startswith("&Undo")
    assert not undo.isEnabled()


def test_undo_and_redo_actions_work_after_opening_another_file(qtbot, window, tmp_path):
    from journeymapper.io import save

    w = window
    path = tmp_path / "other.journey.json"
    doc = load_template("discovery-to-loyalty-en")
    save(doc, path)
    assert w.open_file(path) is True
    card = doc.cards[0]
    w.session.push(edits.update_part(w.session.doc, "cards", card.id, title="Renamed"))
    # the window's own undo/redo actions (menu, toolbar, shortcuts) drive the new stack
    assert w.act_undo.isEnabled()
    assert w.act_undo.text() == "&Undo Rename card to 'Renamed'"
    w.act_undo.trigger()
    assert w.session.doc.card(card.id).title == card.title
    w.act_redo.trigger()
    assert w.session.doc.card(card.id).title == "Renamed"


# -- 12. window title and modified marker ------------------------------------------------------


def test_window_title_and_modified_marker(qtbot, window, tmp_path):
    w = window
    title = w.session.doc.title
    assert title in w.windowTitle()
    assert not w.isWindowModified()
    make_a_change(w)
    assert w.isWindowModified()
    w.session.undo_stack.undo()
    assert not w.isWindowModified()
    w.session.undo_stack.redo()
    assert w.isWindowModified()
    path = tmp_path / "m.journey.json"
    w.session.save(path)
    assert not w.isWindowModified()
    assert "m.journey.json" in w.windowTitle()
    assert title in w.windowTitle()
    w.session.undo_stack.undo()  # back past the saved state: modified again
    assert w.isWindowModified()
    w.session.undo_stack.redo()
    assert not w.isWindowModified()
    w.session.push(edits.set_map_field(w.session.doc, "title", "Coffee journey"))
    assert w.windowTitle().startswith("Coffee journey")
    assert w.isWindowModified()
    w.session.undo_stack.undo()
    assert title in w.windowTitle()
    assert not w.isWindowModified()


def test_undo_action_text_names_the_command(qtbot, window):
    w = window
    drag(qtbot, w, card_centre(w, "c-aw-act1"), cell_centre(w, "s-familiarity", "l-actions"))
    assert "Move card 'Saves the reel for later'" in w.act_undo.text()
    w.act_undo.trigger()
    assert "Move card 'Saves the reel for later'" in w.act_redo.text()


# -- copy and paste between maps ------------------------------------------------------------------


def test_copy_paste_cards_between_two_windows(qtbot, tmp_path):
    a = open_window(qtbot)
    b = open_window(qtbot, load_template("discovery-to-loyalty-en"))
    a.scene.select_ids(["c-aw-act1", "c-aw-opp1"])
    mime = a.scene.copy_mime()
    assert isinstance(mime, QMimeData)
    assert "Saves the reel for later" in mime.text()

    before = dump(b)
    target = next(
        c for c in b.session.doc.cards if b.session.doc.lane(c.lane).kind == LaneKind.CARDS
    )
    b.scene.select_ids([target.id])
    assert b.scene.paste_mime(mime)
    new = [c for c in b.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert [c.title for c in new] == ["Saves the reel for later", "Show the price per cup"]
    for c in new:
        assert (c.stage, c.lane) == (target.stage, target.lane)
    assert b.session.undo_stack.count() == 1
    assert check_document(b.session.doc) == []
    # the source map is untouched
    assert a.session.undo_stack.count() == 0
    check_undo_redo(b, before)
    reloaded = save_and_reload(b, tmp_path)
    assert {c.title for c in reloaded.cards} >= {"Saves the reel for later"}


def test_cut_and_paste_through_the_clipboard_with_the_keyboard(qtbot, window):
    w = window
    before = dump(w)
    select_card(qtbot, w, "c-aw-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card("c-aw-act1") is None
    select_card(qtbot, w, "c-lo-act1")
    qtbot.keyClick(w.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = [c for c in w.session.doc.cards if c.title == "Saves the reel for later"]
    assert len(pasted) == 1
    assert (pasted[0].stage, pasted[0].lane) == ("s-loyalty", "l-actions")
    assert pasted[0].body == before["cards"][3]["body"]
    assert w.session.undo_stack.count() == 2
    w.session.undo_stack.undo()
    w.session.undo_stack.undo()
    assert dump(w) == before


def test_paste_plain_text_makes_cards(qtbot, window):
    w = window
    mime = QMimeData()
    mime.setText("First idea\nwith a body\n\nSecond idea")
    select_card(qtbot, w, "c-aw-opp1")
    assert w.scene.paste_mime(mime)
    new = w.session.doc.cards_in("s-awareness", "l-opportunities")[-2:]
    assert [(c.title, c.body) for c in new] == [
        ("First idea", "with a body"),
        ("Second idea", None),
    ]


def test_paste_a_plain_card_into_a_touchpoint_lane_gives_it_a_real_channel(qtbot, tmp_path):
    """Pasting a card without a channel into a touchpoint lane sets channel "other"; it must
    be a `Channel`, like every other edit makes it (a bare str breaks model_dump and the
    inspector)."""
    a = open_window(qtbot)
    b = open_window(qtbot, load_template("discovery-to-loyalty-en"))
    a.scene.select_ids(["c-aw-act1"])
    mime = a.scene.copy_mime()
    target = next(
        c for c in b.session.doc.cards if b.session.doc.lane(c.lane).kind == LaneKind.TOUCHPOINTS
    )
    b.scene.select_ids([target.id])
    assert b.scene.paste_mime(mime)
    pasted = b.session.doc.cards_in(target.stage, target.lane)[-1]
    assert pasted.title == "Saves the reel for later"
    assert pasted.channel == Channel.OTHER
    assert isinstance(pasted.channel, Channel)
    b.session.save(tmp_path / "m.journey.json")  # no serializer warning
    assert load(tmp_path / "m.journey.json").card(pasted.id).channel == Channel.OTHER


# -- drop indicators while dragging ---------------------------------------------------------------


def press_and_move(qtbot, w: MainWindow, start: QPointF, end: QPointF, steps: int = 6) -> None:
    show_scene(w, start, end)
    qtbot.mousePress(w.view.viewport(), LEFT, NO_MOD, vp(w, start))
    for i in range(1, steps + 1):
        send_move(w, start + (end - start) * (i / steps))


def test_stage_drag_shows_a_drop_indicator_at_the_landing_boundary(qtbot, window):
    w = window
    layout = w.scene.layout
    header = layout.stage_box("s-awareness").rect
    boundary = layout.stage_box("s-consideration").column.x  # between familiarity and consid.
    end = QPointF(layout.stage_box("s-familiarity").column.cx + 40, header.cy)
    press_and_move(qtbot, w, QPointF(header.cx, header.cy), end)
    assert w.scene.indicator.isVisible()
    bar = w.scene.indicator.path().boundingRect()
    assert bar.left() <= boundary <= bar.right()
    assert w.session.undo_stack.count() == 0  # nothing pushed before the release
    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, end))
    assert not w.scene.indicator.isVisible()
    assert w.session.undo_stack.count() == 1


def test_card_drag_shows_where_it_will_land(qtbot, window):
    w = window
    target = w.scene.layout.cell_rect("s-familiarity", "l-actions")
    end = QPointF(target.cx, target.bottom - 6)
    press_and_move(qtbot, w, card_centre(w, "c-aw-act1"), end)
    assert w.scene.indicator.isVisible()
    bar = w.scene.indicator.path().boundingRect()
    last = w.scene.layout.cards["c-fa-act2"].rect
    assert target.x <= bar.left() and bar.right() <= target.right
    assert bar.top() >= last.bottom - 1  # below the cell's last card
    assert w.session.undo_stack.count() == 0
    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, end))
    assert card_ids_in(w.session.doc, "s-familiarity", "l-actions")[-1] == "c-aw-act1"


def test_lane_resize_shows_the_new_border(qtbot, window):
    w = window
    lane = w.scene.layout.lane_box("l-actions")
    start = QPointF(lane.rect.cx, lane.rect.bottom - 4)
    end = start + QPointF(0, 50)
    press_and_move(qtbot, w, start, end)
    bar = w.scene.indicator.path().boundingRect()
    assert w.scene.indicator.isVisible()
    assert abs(bar.center().y() - end.y()) <= 1.5
    qtbot.mouseRelease(w.view.viewport(), LEFT, NO_MOD, vp(w, end))


# -- the inspector ---------------------------------------------------------------------------------


# Typing into the inspector has crashed the interpreter (a widget destroyed inside its own
# key handler), so these run in a child process: a crash fails one test, not the run.
_INSPECTOR_SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load
from journeymapper.model import check_document
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

select, key, clear, text, path = sys.argv[1:6]
app = make_app()
w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
w.show()
w.activateWindow()
QApplication.processEvents()
if select == "map":
    w.scene.clearSelection()
else:
    w.scene.select_ids([select])
field = w.inspector.fields[key]
if clear == "1":
    field.clear()
field.setFocus()
field.end(False)
QApplication.processEvents()
steps = []
for ch in text:
    target = QApplication.focusWidget()  # where a real keyboard's key would go
    if target is None:
        steps.append({"key": ch, "sent_to": None})
        continue
    QTest.keyClick(target, ch)
    QApplication.processEvents()
    steps.append({
        "key": ch,
        "sent_to": type(target).__name__,
        "same_field": w.inspector.fields.get(key) is field,
        "field_has_focus": w.inspector.fields.get(key) is not None
        and w.inspector.fields[key].hasFocus(),
        "problems": [str(p) for p in check_document(w.session.doc)],
        "locale": w.session.doc.locale,
    })
doc = w.session.doc
result = {
    "steps": steps,
    "title": doc.title,
    "card_title": doc.card("c-aw-act1").title,
    "locale": doc.locale,
    "undo_count": w.session.undo_stack.count(),
}
try:
    w.session.save(path)
    load(path)
    result["reload"] = "ok"
except Exception as exc:
    result["reload"] = f"{type(exc).__name__}: {exc}"
w.session.undo_stack.setClean()
print("RESULT " + json.dumps(result))
sys.stdout.flush()
os._exit(0)
"""


def type_in_inspector(tmp_path: Path, select: str, key: str, text: str, clear: bool = False):
    import subprocess
    import sys

    proc = subprocess.run(
        [
            sys.executable,
            "-X",
            "faulthandler",
            "-c",
            _INSPECTOR_SCRIPT,
            select,
            key,
            "1" if clear else "0",
            text,
            str(tmp_path / "m.journey.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 0, (
        f"typing {text!r} into the inspector's {key!r} field killed the app "
        f"(exit code {proc.returncode}):\n{proc.stderr[-1500:]}"
    )
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))
    return json.loads(line[len("RESULT ") :])


def test_typing_a_card_title_in_the_inspector(tmp_path):
    """Every key lands in the field (the form is not rebuilt and the focus does not jump
    away after the first key), and the keystrokes merge into one undo step."""
    result = type_in_inspector(tmp_path, "c-aw-act1", "title", "!!")
    for step in result["steps"]:
        assert step["sent_to"] == "QLineEdit", f"the focus left the field: {step}"
        assert step["same_field"], f"the form was rebuilt while typing: {step}"
    assert result["card_title"] == "Saves the reel for later!!"
    assert result["undo_count"] == 1
    assert result["reload"] == "ok"


def test_typing_the_map_title_in_the_inspector(tmp_path):
    result = type_in_inspector(tmp_path, "map", "title", " v2")
    for step in result["steps"]:
        assert step["sent_to"] == "QLineEdit" and step["same_field"], step
    assert result["title"].endswith(" v2")
    assert result["undo_count"] == 1
    assert result["reload"] == "ok"


def test_typing_a_language_in_the_inspector_keeps_the_map_openable(tmp_path):
    """The Language field pushes an edit on every keystroke: each intermediate value must be
    refused or valid (typing "it" passes through "i", which is no language code), and what
    gets saved must load again."""
    result = type_in_inspector(tmp_path, "map", "locale", "it", clear=True)
    for step in result["steps"]:
        assert step.get("problems") == [], f"document unsound while typing: {step}"
    assert result["locale"] == "it"
    assert result["reload"] == "ok"


def test_emotion_from_the_palette_lands_at_the_drop_height(qtbot, tmp_path):
    doc = load_template(TEMPLATE)
    doc.emotions = [e for e in doc.emotions if e.stage != "s-loyalty"]
    w = open_window(qtbot, doc)
    before = dump(w)
    scale = w.scene.layout.scales["l-emotions"]
    column = w.scene.layout.stage_box("s-loyalty").column
    assert w.scene.create_at("emotion", QPointF(column.cx + 30, scale.y_of(4)))
    added = [e for e in w.session.doc.emotions if e.stage == "s-loyalty"]
    assert [(e.score, e.lane, e.persona) for e in added] == [(4, "l-emotions", "p-sam")]
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).emotions[-1].score == 4


# -- view: zoom and pan, and a few more gestures -----------------------------------------------


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(qtbot, window):
    from PySide6.QtGui import QWheelEvent

    w = window
    viewport = w.view.viewport()
    centre = QPointF(viewport.rect().center())

    def wheel(delta: int, modifiers) -> None:
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    zooms: list[float] = []
    w.view.zoom_changed.connect(zooms.append)
    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert w.view.zoom() > 1.05
    assert zooms and zooms[-1] == pytest.approx(w.view.zoom())
    assert "%" in w.zoom_label.text()
    wheel(-240, Qt.KeyboardModifier.ControlModifier)
    assert w.view.zoom() < 1.0
    w.view.zoom_actual()
    before = w.view.verticalScrollBar().value()
    wheel(-120, NO_MOD)
    assert w.view.verticalScrollBar().value() > before
    assert abs(w.view.zoom() - 1.0) < 1e-6
    assert w.session.undo_stack.count() == 0


def test_middle_button_drag_pans_without_changing_the_map(qtbot, window):
    w = window
    viewport = w.view.viewport()
    w.view.centerOn(QPointF(800, 900))
    h, v = w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value()
    start = viewport.rect().center()
    mid = Qt.MouseButton.MiddleButton
    qtbot.mousePress(viewport, mid, NO_MOD, start)
    for k in range(1, 6):
        local = QPointF(start) + QPointF(-20 * k, -15 * k)
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                local,
                QPointF(viewport.mapToGlobal(local)),
                Qt.MouseButton.NoButton,
                mid,
                NO_MOD,
            ),
        )
    qtbot.mouseRelease(viewport, mid, NO_MOD, start + QPoint(-100, -75))
    assert w.view.horizontalScrollBar().value() == h + 100
    assert w.view.verticalScrollBar().value() == v + 75
    assert w.session.undo_stack.count() == 0


def test_space_drag_pans(qtbot, window):
    w = window
    viewport = w.view.viewport()
    w.view.centerOn(QPointF(800, 900))
    h = w.view.horizontalScrollBar().value()
    qtbot.keyPress(w.view, Qt.Key.Key_Space)
    start = QPointF(viewport.rect().center())
    qtbot.mousePress(viewport, LEFT, NO_MOD, start.toPoint())
    for k in range(1, 5):
        local = start + QPointF(-25 * k, 0)
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                local,
                QPointF(viewport.mapToGlobal(local)),
                Qt.MouseButton.NoButton,
                LEFT,
                NO_MOD,
            ),
        )
    qtbot.mouseRelease(viewport, LEFT, NO_MOD, (start + QPointF(-100, 0)).toPoint())
    qtbot.keyRelease(w.view, Qt.Key.Key_Space)
    assert w.view.horizontalScrollBar().value() == h + 100
    assert w.session.undo_stack.count() == 0
    assert w.scene.selected_ids() == []  # no rubber band, no selection


@pytest.mark.parametrize("redo_key", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_keyboard_undo_and_redo_of_a_drag(qtbot, window, redo_key):
    """Undo and redo with the platform's standard keys: every binding Qt lists for
    QKeySequence.StandardKey.Redo (Ctrl+Y and Ctrl+Shift+Z on Linux) should redo."""
    from PySide6.QtGui import QKeySequence

    bindings = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    if redo_key not in bindings:
        pytest.skip(f"{redo_key} is not a standard redo key here ({bindings})")
    w = window
    before = dump(w)
    # (to the next stage: a drag across three stages no longer fits beside the pinned headers)
    drag(qtbot, w, card_centre(w, "c-aw-act1"), cell_centre(w, "s-familiarity", "l-actions"))
    after = dump(w)
    assert after != before
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(w) == before
    combo = QKeySequence(redo_key)[0]
    qtbot.keyClick(w.view, combo.key(), combo.keyboardModifiers())
    assert dump(w) == after, f"{redo_key} did not redo"


def test_double_click_map_title_renames_the_map(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    title = w.scene.layout.title
    double_click(qtbot, w, QPointF(title.x + 40, title.y + title.line_height / 2))
    qtbot.keyClicks(w.view, "Coffee journey")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.title == "Coffee journey"
    assert w.windowTitle().startswith("Coffee journey")
    assert w.session.undo_stack.undoText() == "Rename map"
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).title == "Coffee journey"


def test_cells_grow_to_fit_their_cards(qtbot, window):
    w = window
    lane_before = w.scene.layout.lane_box("l-data").rect.h
    cell = ("s-loyalty", "l-data")
    for _ in range(5):
        assert w.scene.create_at("card", cell_centre(w, *cell))
    layout = w.scene.layout
    boxes = [layout.cards[c.id].rect for c in w.session.doc.cards_in(*cell)]
    assert len(boxes) == 6
    row = layout.cell_rect(*cell)
    assert layout.lane_box("l-data").rect.h > lane_before
    for a, b in itertools.pairwise(boxes):
        assert a.bottom <= b.y  # stacked, never overlapping
    assert all(row.y <= r.y and r.bottom <= row.bottom for r in boxes)
    assert w.session.undo_stack.count() == 5


# -- the inspector's fields (issue 10 item 12, issue 12 item 3) -----------------------------------


def inspect(qtbot, w: MainWindow, part_id: str):
    w.scene.select_ids([part_id])
    QApplication.processEvents()
    return w.inspector


def test_the_votes_field_shows_and_keeps_any_valid_number(qtbot):
    doc = load_template(TEMPLATE)
    huge = 10**300
    doc.cards = [
        c.model_copy(update={"votes": huge}) if c.id == "c-aw-act1" else c for c in doc.cards
    ]
    w = open_window(qtbot, doc)
    inspector = inspect(qtbot, w, "c-aw-act1")
    votes = inspector.fields["votes"]
    assert votes.text() == str(huge)
    # the whole form was built (an overflow used to stop it half-way)
    assert inspector.fields["title"].text() == "Saves the reel for later"
    assert {"tags", "channel", "color", "body"} <= set(inspector.fields)
    assert w.session.undo_stack.count() == 0
    # any number is kept as typed: 12345, then one key less is 1234 (not 9999, not 9998)
    votes.setFocus()
    votes.selectAll()
    qtbot.keyClicks(votes, "12345")
    assert w.session.doc.card("c-aw-act1").votes == 12345
    qtbot.keyClick(votes, Qt.Key.Key_Backspace)
    assert w.session.doc.card("c-aw-act1").votes == 1234
    qtbot.keyClicks(votes, "x-")  # not a number: refused by the field
    assert votes.text() == "1234"
    votes.selectAll()
    qtbot.keyClicks(votes, str(huge * 7))
    assert w.session.doc.card("c-aw-act1").votes == huge * 7
    w.session.undo_stack.undo()
    assert w.session.doc.card("c-aw-act1").votes == huge


def test_ctrl_z_in_an_inspector_field_is_the_maps_undo(qtbot, window):
    w = window
    before = dump(w)
    inspector = inspect(qtbot, w, "x-1")
    label = inspector.fields["label"]
    original = w.session.doc.connection("x-1").label
    assert label.text() == original
    label.setFocus()
    qtbot.waitUntil(label.hasFocus)
    label.selectAll()
    qtbot.keyClicks(label, "Council flyer")
    stack = w.session.undo_stack
    assert w.session.doc.connection("x-1").label == "Council flyer"
    assert stack.count() == 1
    # the history names the field and the final text, not the one a keystroke before
    assert stack.undoText() == "Edit connection label 'Council flyer'"
    qtbot.keyClick(label, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # the map's undo: the map is back, the stack knows it, the field shows it
    assert dump(w) == before
    assert stack.index() == 0 and stack.canRedo()
    assert label.text() == original
    assert label.hasFocus()
    qtbot.keyClick(label, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(w) == before and stack.index() == 0  # nothing more to undo: nothing changes
    qtbot.keyClick(label, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.connection("x-1").label == "Council flyer"
    assert label.text() == "Council flyer"


def test_ctrl_z_in_the_body_field_and_history_names(qtbot, window):
    w = window
    before = dump(w)
    inspector = inspect(qtbot, w, "c-aw-act1")
    body = inspector.fields["body"]
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    body.selectAll()
    qtbot.keyClicks(body, "Council flyer")
    stack = w.session.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Edit card body 'Council flyer'"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(w) == before
    assert body.toPlainText() == before["cards"][3]["body"]
    title = inspector.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Council flyer")
    assert stack.undoText() == "Rename card to 'Council flyer'"


# -- after a palette drop the keyboard is on the new part (issue 12 item 1) ---------------------


def test_after_a_palette_drop_enter_edits_the_new_card(qtbot, window):
    w = window
    w.palette.setFocus()
    qtbot.waitUntil(w.palette.hasFocus)
    mime = w.palette.mimeData([palette_item(w, "card")])
    pos = cell_centre(w, "s-loyalty", "l-actions")
    show_scene(w, pos)
    at = vp(w, pos)
    copy = Qt.DropAction.CopyAction
    viewport = w.view.viewport()
    for event in (
        QDragEnterEvent(at, copy, mime, LEFT, NO_MOD),
        QDragMoveEvent(at, copy, mime, LEFT, NO_MOD),
        QDropEvent(QPointF(at), copy, mime, LEFT, NO_MOD),
    ):
        QApplication.sendEvent(viewport, event)
    count = len(w.session.doc.cards)
    new_id = w.scene.selected_ids()[0]
    assert w.session.doc.card(new_id).title == "New card"
    qtbot.waitUntil(w.view.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert w.scene.editor is not None
    qtbot.keyClicks(w.view, "Council flyer")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert len(w.session.doc.cards) == count  # no second card
    assert w.session.doc.card(new_id).title == "Council flyer"


def test_after_a_palette_double_click_the_keyboard_is_on_the_map(qtbot, window):
    w = window
    select_card(qtbot, w, "c-aw-act1")
    w.palette.setFocus()
    item = palette_item(w, "card")
    w.palette.setCurrentItem(item)
    qtbot.keyClick(w.palette, Qt.Key.Key_Return)
    count = len(w.session.doc.cards)
    new_id = w.scene.selected_ids()[0]
    assert w.view.hasFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.scene.editor is not None
    assert len(w.session.doc.cards) == count
    w.scene.editor.finish(False)
    assert w.session.doc.card(new_id).stage == "s-awareness"


# -- Add Card goes where the user points (issue 12 item 2) ----------------------------------------


def empty_cell(w: MainWindow) -> tuple[str, str]:
    doc = w.session.doc
    for stage in doc.stages:
        for lane in doc.lanes:
            if lane.kind == LaneKind.CARDS and not doc.cards_in(stage.id, lane.id):
                return stage.id, lane.id
    raise AssertionError("no empty card cell")


def test_a_click_on_an_empty_cell_focuses_it_and_add_card_goes_there(qtbot, tmp_path):
    doc = load_template(TEMPLATE)
    doc.cards = [c for c in doc.cards if not (c.stage == "s-purchase" and c.lane == "l-actions")]
    doc.connections = [x for x in doc.connections if doc.card(x.source) and doc.card(x.target)]
    w = open_window(qtbot, doc)
    cell = ("s-purchase", "l-actions")
    click(qtbot, w, cell_centre(w, *cell))
    assert w.scene.focus_cell == cell
    assert w.scene.overlay.focus.isVisible()
    assert w.scene.selected_ids() == []
    w.act_add_card.trigger()
    new = w.session.doc.cards_in(*cell)
    assert [c.title for c in new] == ["New card"]
    # the new card is selected; the cell focus gives way to it
    assert w.scene.selected_ids() == [new[0].id]
    assert not w.scene.overlay.focus.isVisible()


def test_add_card_with_a_stage_selected_uses_its_first_cards_lane(qtbot, window):
    w = window
    w.scene.select_ids(["s-purchase"])
    w.act_add_card.trigger()
    new = w.session.doc.card(w.scene.selected_ids()[0])
    lane = w.session.doc.lane(new.lane)
    assert new.stage == "s-purchase" and lane.kind == LaneKind.CARDS
    assert new.title == "New card" and new.channel is None


def test_add_card_with_nothing_pointed_at_adds_nothing_and_says_why(qtbot, window):
    w = window
    w.scene.clearSelection()
    before = dump(w)
    w.act_add_card.trigger()
    assert dump(w) == before
    assert "cell" in w.statusBar().currentMessage()


def test_double_click_on_an_empty_cell_starts_a_card_there(qtbot, tmp_path):
    doc = load_template(TEMPLATE)
    doc.cards = [c for c in doc.cards if not (c.stage == "s-loyalty" and c.lane == "l-actions")]
    doc.connections = [x for x in doc.connections if doc.card(x.source) and doc.card(x.target)]
    w = open_window(qtbot, doc)
    before = dump(w)
    pos = cell_centre(w, "s-loyalty", "l-actions")
    show_scene(w, pos)
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, pos))
    new = w.session.doc.cards_in("s-loyalty", "l-actions")
    assert len(new) == 1
    assert w.scene.editor is not None  # typing names it
    qtbot.keyClicks(w.view, "Council flyer")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.cards_in("s-loyalty", "l-actions")[0].title == "Council flyer"
    w.session.undo_stack.undo()
    w.session.undo_stack.undo()
    assert dump(w) == before


# -- Ctrl+0 keeps the point under the mouse or the selection (issue 12 item 18) -------------------


def test_ctrl_0_keeps_the_point_under_the_mouse_in_place(qtbot, window):
    w = window
    w.view.set_zoom(0.5)
    target = card_centre(w, "c-pu-pain1")
    w.view.centerOn(target + QPointF(150, 80))
    at = vp(w, target)
    assert w.view.viewport().rect().contains(at)
    send_move(w, target, buttons=Qt.MouseButton.NoButton)
    qtbot.keyClick(w.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(w.view.zoom() - 1.0) < 1e-9
    after = vp(w, target)
    assert abs(after.x() - at.x()) <= 1 and abs(after.y() - at.y()) <= 1
    assert w.session.undo_stack.count() == 0


def test_ctrl_0_without_the_mouse_keeps_the_selection_in_place(qtbot, window):
    w = window
    w.view.set_zoom(0.6)
    w.scene.select_ids(["c-lo-act1"])
    box = w.scene.layout.cards["c-lo-act1"].rect
    centre = QPointF(box.cx, box.cy)
    w.view.centerOn(centre - QPointF(200, 100))
    QApplication.sendEvent(w.view.viewport(), QEvent(QEvent.Type.Leave))
    at = vp(w, centre)
    assert w.view.viewport().rect().contains(at)
    w.act_zoom_100.trigger()
    assert abs(w.view.zoom() - 1.0) < 1e-9
    after = vp(w, centre)
    # (the selection's frame includes the handle: its centre is a few pixels off the card's)
    assert abs(after.x() - at.x()) <= 3 and abs(after.y() - at.y()) <= 3


# -- headers pinned while scrolling (issue 12 item 17) --------------------------------------------


def _close(a: QColor, b: QColor, tol: int = 14) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_stage_and_lane_headers_stay_on_screen_while_scrolling(qtbot, window):
    w = window
    layout = w.scene.layout
    stage = layout.stage_box("s-purchase")
    lane = layout.lane_box("l-pain-points")
    # scroll right and down, past the headers, to the middle of the map
    n_items = len(w.scene.items())
    w.view.centerOn(QPointF(stage.column.x + 100, lane.row.y + 150))
    QApplication.processEvents()
    corner = w.view.mapToScene(QPoint(0, 0))
    assert corner.y() > stage.rect.bottom and corner.x() > lane.rect.right  # both out of view
    image = w.view.viewport().grab().toImage()
    zoom = w.view.zoom()
    # the stage header is drawn at the top of the view, at its own x
    x = w.view.mapFromScene(QPointF(stage.rect.x + 5, 0)).x()
    y = round((stage.rect.h / 2) * zoom)
    assert _close(image.pixelColor(x, y), QColor(stage.fill)), image.pixelColor(x, y).name()
    # the lane header at the left of the view, at its own y
    y = w.view.mapFromScene(QPointF(0, lane.rect.y + lane.rect.h - 8)).y()
    x = round((lane.rect.w / 2) * zoom)
    assert _close(image.pixelColor(x, y), QColor(layout.theme.header_fill))
    # on screen only: drawn by the view over the scene, which gains no item for it
    assert len(w.scene.items()) == n_items
    # a click on a pinned header selects that stage or lane, not the card under it
    x = w.view.mapFromScene(QPointF(stage.rect.cx, 0)).x()
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, QPoint(x, round(stage.rect.h / 2 * zoom)))
    assert w.scene.selected_ids() == ["s-purchase"]
    y = w.view.mapFromScene(QPointF(0, lane.rect.cy)).y()
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, QPoint(round(lane.rect.w / 2 * zoom), y))
    assert w.scene.selected_ids() == ["l-pain-points"]
    assert w.session.undo_stack.count() == 0
    # a double-click on one renames it, in view (no card under it is touched)
    w.view.centerOn(QPointF(stage.column.x + 100, lane.row.y + 150))
    x = w.view.mapFromScene(QPointF(stage.rect.cx, 0)).x()
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, QPoint(x, round(stage.rect.h / 2 * zoom)))
    assert w.scene.editor is not None
    assert w.view.viewport().rect().contains(vp(w, QPointF(stage.rect.x + 10, stage.rect.y + 10)))
    qtbot.keyClicks(w.view, "Checkout")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.stage("s-purchase").name == "Checkout"
    assert w.session.undo_stack.count() == 1
    # scrolled back to the top-left, the headers are where the map has them
    w.view.centerOn(QPointF(0, 0))
    QApplication.processEvents()
    assert w.view._pinned_offsets() == (0.0, 0.0)
