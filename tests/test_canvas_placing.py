"""Far away, the card and connection items an undo moved are told where they are right
after the frame that shows it (`canvas.placing`): the frame does not wait for 1,200 items
to be filed again in Qt's index. What the user does next must find every item where it
shows: a click at once, the event loop alone, a zoom, a look-up; and the views scroll over
the map itself, not over the scene's coarser rectangle."""

from __future__ import annotations

import pytest
from gui_helpers import LEFT, TEMPLATE, open_window, vp
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from journeymapper.canvas.far import FAR_BELOW
from journeymapper.canvas.items import CardItem, ConnectionItem
from journeymapper.editing import edits
from journeymapper.editing.kinds import PartKind
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import load_template

FAR = 0.08


def _with_routes() -> JourneyMap:
    """The template with an arrow from each card of the first lane to a card of the last."""
    data = load_template(TEMPLATE).model_dump()
    lanes = [ln["id"] for ln in data["lanes"] if ln["kind"] != "emotion"]
    firsts = [c["id"] for c in data["cards"] if c["lane"] == lanes[0]]
    lasts = [c["id"] for c in data["cards"] if c["lane"] == lanes[-1]]
    for i, (a, b) in enumerate(zip(firsts, lasts, strict=False)):
        data["connections"].append({"id": f"p-{i}", "source": a, "target": b})
    return JourneyMap.model_validate(data)


def _far_window_after_a_move(qtbot):  # type: ignore[no-untyped-def]
    """A window far away whose last edit made a lane near the top taller: the undo makes
    it shorter again and moves every card and route below it."""
    w = open_window(qtbot, _with_routes())
    w.resize(1200, 900)
    w.view.set_zoom(FAR)
    w.view.centerOn(w.scene.layout.width / 2, w.scene.layout.height / 2)
    QApplication.processEvents()
    assert w.view.zoom() < FAR_BELOW
    doc, layout = w.session.doc, w.scene.layout
    card_lanes = [ln.id for ln in doc.lanes if ln.kind != LaneKind.EMOTION]
    # every card of the second lane into one cell of the first: that row grows
    movers = [c.id for c in doc.cards if c.lane == card_lanes[1]]
    w.session.push(edits.move_cards(doc, movers, layout.stages[0].id, card_lanes[0], 0))
    QApplication.processEvents()
    return w


def _misplaced(w) -> list[str]:  # type: ignore[no-untyped-def]
    """The card and connection items Qt does not have where the layout has them."""
    layout, out = w.scene.layout, []
    for (kind, part_id), it in w.scene.items_by_id.items():
        if isinstance(it, CardItem):
            r = layout.cards[part_id].rect
            if (it.pos().x(), it.pos().y()) != (r.x, r.y):
                out.append(part_id)
        elif isinstance(it, ConnectionItem) and kind == PartKind.CONNECTION:
            conn = next(c for c in layout.connections if c.id == part_id)
            ys = [y for _, y in conn.points]
            if abs(it.sceneBoundingRect().top() - (min(ys) - 10)) > 1e-6 and not conn.label_rect:
                out.append(part_id)
    return out


def _undo(w) -> None:  # type: ignore[no-untyped-def]
    """Undo, without turning the event loop."""
    w.session.undo_stack.undo()


def test_far_away_the_items_are_placed_after_the_frame_by_the_event_loop_alone(
    qtbot, monkeypatch
) -> None:
    from journeymapper.canvas import placing

    monkeypatch.setattr(placing, "LATEST_MS", 60_000)  # (the frame's paint places them)
    w = _far_window_after_a_move(qtbot)
    _undo(w)
    # the frame does not wait for them (what shows is drawn by the layers) ...
    assert w.scene.placer.pending and _misplaced(w)
    # ... and the event loop places them after it, with no input
    qtbot.waitUntil(lambda: not _misplaced(w), timeout=2000)
    assert not w.scene.placer.pending


def test_a_hidden_window_places_them_too(qtbot) -> None:
    """Nothing paints (the window is hidden): they are placed shortly all the same."""
    w = _far_window_after_a_move(qtbot)
    w.hide()
    _undo(w)
    assert _misplaced(w)
    qtbot.waitUntil(lambda: not _misplaced(w), timeout=2000)


def test_a_click_right_after_the_undo_picks_the_card_where_it_shows(qtbot) -> None:
    w = _far_window_after_a_move(qtbot)
    _undo(w)
    layout = w.scene.layout
    lane = [ln.id for ln in w.session.doc.lanes if ln.kind != LaneKind.EMOTION][-1]
    box = next(b for b in layout.cards.values() if b.lane == lane)
    assert box.id in _misplaced(w)  # (moved by the undo, not placed yet)
    # no turn of the event loop between the undo and the click
    qtbot.mouseClick(w.view.viewport(), LEFT, pos=vp(w, QPointF(box.rect.cx, box.rect.cy)))
    assert w.scene.selected_ids() == [box.id]
    assert not _misplaced(w)


@pytest.mark.parametrize("how", ["zoom", "item_for", "card_at", "next edit"])
def test_anything_that_asks_where_items_are_finds_them_placed(qtbot, how: str) -> None:
    w = _far_window_after_a_move(qtbot)
    _undo(w)
    layout = w.scene.layout
    box = next(iter(layout.cards.values()))
    assert _misplaced(w)
    if how == "zoom":  # nearer, cards draw themselves
        w.view.set_zoom(0.5)
    elif how == "item_for":  # (search, compare, voting: then read where it is)
        item = w.scene.item_for(PartKind.CARD, box.id)
        assert item is not None and item.pos() == QPointF(box.rect.x, box.rect.y)
    elif how == "card_at":
        assert w.scene.card_at(QPointF(box.rect.cx, box.rect.cy)) == box.id
    else:
        w.session.undo_stack.redo()
        w.session.undo_stack.undo()
        w.scene.placer.place()  # (what the last one left)
    assert not _misplaced(w)


def test_near_nothing_is_left_for_later(qtbot) -> None:
    """Zoomed in, cards draw themselves: they move in the same frame."""
    w = _far_window_after_a_move(qtbot)
    w.view.set_zoom(0.5)
    QApplication.processEvents()
    _undo(w)
    assert not w.scene.placer.pending and not _misplaced(w)


def test_the_view_scrolls_over_the_map_not_the_scenes_coarser_rectangle(qtbot) -> None:
    """The scene's own rectangle changes in coarse steps (a new one files every item
    again); the view scrolls over the map and its margin, which follow every edit."""
    w = open_window(qtbot)
    layout = w.scene.layout

    def map_rect_shown() -> bool:
        r, lay = w.view.sceneRect(), w.scene.layout
        return (r.width(), r.height()) == (lay.width + 400, lay.height + 400)

    assert map_rect_shown()
    assert w.scene.sceneRect().contains(w.view.sceneRect())
    height = layout.height
    last = w.session.doc.lanes[-1]
    w.session.push(edits.delete_parts(w.session.doc, [last.id]))
    assert w.scene.layout.height < height and map_rect_shown()
    # a presentation shows its own area, then the view scrolls over the map again
    presentation = w.workshop.presentation
    presentation.enter()
    QApplication.processEvents()
    assert not map_rect_shown()  # (the first step's area, beyond the map's right edge)
    presentation.leave()
    assert map_rect_shown()


def test_emphasis_ring_follows_a_card_an_undo_moved_far_away(qtbot) -> None:
    """A highlighted path (the Insights dock, a search) rings its cards: far away, after an
    undo that moved one, the ring goes where the card is now, not where it was."""
    w = _far_window_after_a_move(qtbot)
    layout = w.scene.layout
    lane = [ln.id for ln in w.session.doc.lanes if ln.kind != LaneKind.EMOTION][-1]
    box = next(b for b in layout.cards.values() if b.lane == lane)
    w.scene.dimmer.set("path", (), {(PartKind.CARD, box.id)})
    before = w.scene.layout.cards[box.id].rect
    _undo(w)
    now = w.scene.layout.cards[box.id].rect
    assert now.y != before.y  # (moved by the undo)
    QApplication.processEvents()
    ring = w.scene.dimmer.rings.path().boundingRect()
    assert ring.contains(QPointF(now.cx, now.cy)), (ring, now)


def test_a_press_that_commits_an_inline_edit_far_away_hit_tests_placed_items(
    qtbot, monkeypatch
) -> None:
    """A press while a title is being edited commits it first, inside the scene's handling
    of that press: the cards the commit moved must be placed before the same press looks
    for the item under it (an edit made while the scene handles an event leaves nothing
    for later)."""
    from journeymapper.canvas import gestures
    from journeymapper.canvas import scene as scene_module

    w = _far_window_after_a_move(qtbot)
    w.scene.placer.place()
    doc = w.session.doc
    card_lanes = [ln.id for ln in doc.lanes if ln.kind != LaneKind.EMOTION]
    first = next(c for c in doc.cards if c.lane == card_lanes[0])
    pending_at_hit_test: list[bool] = []
    real_on_press = gestures.on_press

    def on_press(host, event):  # type: ignore[no-untyped-def]
        pending_at_hit_test.append(host.placer.pending)
        return real_on_press(host, event)

    monkeypatch.setattr(scene_module.gestures, "on_press", on_press)
    w.scene.select_ids([first.id])
    w.scene.edit_selected()
    editor = w.scene.editor
    assert editor is not None
    editor.setPlainText(" ".join(["word"] * 80))  # (the card grows: the cards below move)
    other = next(c for c in doc.cards if c.lane == card_lanes[-1])
    box = w.scene.layout.cards[other.id].rect  # (a card below: the commit moves it)
    qtbot.mouseClick(w.view.viewport(), LEFT, pos=vp(w, QPointF(box.cx, box.cy)))
    assert doc.card(first.id).title.startswith("word word")  # (the press committed it)
    assert pending_at_hit_test == [False]
