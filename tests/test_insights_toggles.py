"""The Insights dock's canvas toggles in the real window (issue 16): a highlighted path (the
rest dimmed, cleared when an edit breaks it) and stages coloured by their average emotion.
Checked on the items' state and on the pixels the view shows."""

from __future__ import annotations

import pytest
from gui_helpers import card_centre, click, open_window, show_scene
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolButton

from journeymapper.analysis.moods import mood_colour, mood_label, stage_moods
from journeymapper.canvas.dimming import DIMMED, EMPHASIS
from journeymapper.editing import edits
from journeymapper.editing.kinds import PartKind
from journeymapper.layout.theme import mix
from journeymapper.ui.main_window import MainWindow
from tests.insights_maps import card, journey
from tests.pixels import colour_pixels, ink_pixels

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")


def fork_map():
    """a → b → d and a → c → d (c's branch is the second path), e on no path; Ann's
    scores +2, -4 and none in the three stages, Bob's 0 and +4."""
    return journey(
        cards=[
            card("a", "s-1", "l-act", title="Sees the advert"),
            card("b", "s-2", "l-act", title="Reads reviews"),
            card("c", "s-2", "l-tp", title="Calls the shop"),
            card("d", "s-3", "l-act", title="Buys online"),
            card("e", "s-2", "l-pain", kind="pain_point", title="Lost the leaflet"),
        ],
        arrows=[("a", "b"), ("b", "d"), ("a", "c"), ("c", "d")],
        emotions=[("s-1", 2, "ann"), ("s-2", -4, "ann"), ("s-1", 0, "bob"), ("s-2", 4, "bob")],
        personas=[("ann", "Ann"), ("bob", "Bob")],
    )


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, fork_map())
    w.insights_dock.show()
    w.insights_dock.raise_()
    qtbot.waitUntil(w.insights.is_current, timeout=10_000)
    return w


def opacity(w: MainWindow, card_id: str) -> float:
    return w.scene.item_for(PartKind.CARD, card_id).opacity()


def card_rect(w: MainWindow, card_id: str, grow: int = 0) -> QRect:
    """The card's rectangle in the viewport (``grow`` pixels bigger on each side)."""
    r = w.scene.layout.cards[card_id].rect
    top_left = w.view.mapFromScene(QPointF(r.x, r.y))
    bottom_right = w.view.mapFromScene(QPointF(r.right, r.bottom))
    return QRect(top_left, bottom_right).adjusted(-grow, -grow, grow, grow)


def view_image(qtbot, w: MainWindow) -> QImage:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    return w.view.viewport().grab().toImage()


def toggle(qtbot, w: MainWindow, action) -> None:  # type: ignore[no-untyped-def]
    """Click the dock's button for ``action``, as a user does."""
    button = next(b for b in w.insights.findChildren(QToolButton) if b.defaultAction() is action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(w: MainWindow, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry that starts with ``text`` (the combo's `activated`, as a user's pick)."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# -- the highlighted path ----------------------------------------------------------------------


def test_the_dock_offers_the_longest_shortest_and_every_path(window: MainWindow) -> None:
    box = window.insights.path_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert texts[0].startswith("Longest path: \u201cSees the advert\u201d")
    assert texts[1].startswith("Shortest path: ")
    assert texts[2] == (
        "Path 1: \u201cSees the advert\u201d \u2192 \u201cReads reviews\u201d \u2192 "
        "\u201cBuys online\u201d (2 steps)"
    )
    assert texts[3].startswith("Path 2: \u201cSees the advert\u201d \u2192 \u201cCalls the shop")
    assert not window.insights.act_path.isChecked()


def test_highlighting_a_path_dims_every_other_card_and_arrow(qtbot, window: MainWindow) -> None:
    w = window
    show_scene(w, card_centre(w, "a"), card_centre(w, "d"), card_centre(w, "e"))
    before = view_image(qtbot, w)
    assert ink_pixels(before, card_rect(w, "b")) > 30  # the card's title, in ink
    choose(w, w.insights.path_box, "Path 2")
    toggle(qtbot, w, w.insights.act_path)
    assert w.insights.act_path.isChecked()
    assert {c: opacity(w, c) for c in "abcde"} == {
        "a": 1.0,
        "b": pytest.approx(DIMMED),
        "c": 1.0,
        "d": 1.0,
        "e": pytest.approx(DIMMED),
    }
    layer = w.scene.connections
    assert layer.is_dimmed("x-a-b") and layer.is_dimmed("x-b-d")
    assert layer.is_emphasised("x-a-c") and layer.is_emphasised("x-c-d")
    assert not layer.is_dimmed("x-a-c")
    image = view_image(qtbot, w)
    assert ink_pixels(image, card_rect(w, "b")) == 0  # dimmed: no ink left
    assert ink_pixels(image, card_rect(w, "c")) > 30
    # the ring: amber just around the path's cards, none around the others
    assert colour_pixels(image, EMPHASIS, card_rect(w, "c", 8), tol=40) > 40
    assert colour_pixels(image, EMPHASIS, card_rect(w, "e", 8), tol=40) == 0
    # off again: everything as it was
    toggle(qtbot, w, w.insights.act_path)
    assert all(opacity(w, c) == 1.0 for c in "abcde")
    assert not layer.is_dimmed("x-a-b") and not layer.is_emphasised("x-a-c")
    assert colour_pixels(view_image(qtbot, w), EMPHASIS, card_rect(w, "c", 8), tol=40) == 0


def test_an_edit_that_keeps_the_path_keeps_the_highlight(qtbot, window: MainWindow) -> None:
    w = window
    choose(w, w.insights.path_box, "Path 1")
    toggle(qtbot, w, w.insights.act_path)
    w.scene.push(lambda: edits.update_part(w.session.doc, "cards", "b", title="Reads blogs"))
    w.scene.push(lambda: edits.add_card(w.session.doc, "s-3", "l-pain", title="New worry"))
    new = next(c.id for c in w.session.doc.cards if c.title == "New worry")
    assert w.insights.act_path.isChecked()
    assert opacity(w, "b") == 1.0 and opacity(w, "c") == pytest.approx(DIMMED)
    assert opacity(w, new) == pytest.approx(DIMMED)  # a card made since: not on the path
    qtbot.waitUntil(w.insights.is_current, timeout=10_000)
    assert w.insights.path_box.currentText().startswith("Path 1: ")  # the same path, renamed
    assert "\u201cReads blogs\u201d" in w.insights.path_box.currentText()


def test_deleting_a_card_of_the_path_clears_the_highlight(qtbot, window: MainWindow) -> None:
    w = window
    choose(w, w.insights.path_box, "Path 2")
    toggle(qtbot, w, w.insights.act_path)
    show_scene(w, card_centre(w, "c"))
    click(qtbot, w, card_centre(w, "c"))
    assert w.scene.selected_ids() == ["c"]
    qtbot.keyClick(w.view.viewport(), Qt.Key.Key_Delete)
    assert "c" not in {c.id for c in w.session.doc.cards}
    assert not w.insights.act_path.isChecked()
    assert all(opacity(w, x) == 1.0 for x in "abde")
    assert not w.scene.connections.is_dimmed("x-a-b")
    assert "broken" in w.statusBar().currentMessage()
    w.session.undo_stack.undo()  # the card is back; the highlight stays off, nothing dimmed
    assert opacity(w, "c") == 1.0 and not w.insights.act_path.isChecked()


def test_the_search_and_the_path_dim_together(qtbot, window: MainWindow) -> None:
    w = window
    choose(w, w.insights.path_box, "Path 1")  # a, b, d
    toggle(qtbot, w, w.insights.act_path)
    w.search_bar.open_find()
    qtbot.keyClicks(w.search_bar.field, "Buys")  # only d is a hit
    assert opacity(w, "a") == pytest.approx(DIMMED)  # the search dims it
    assert opacity(w, "d") == 1.0
    w.search_bar.close_bar()  # the search goes; the path's dimming stays
    assert opacity(w, "a") == 1.0 and opacity(w, "c") == pytest.approx(DIMMED)
    toggle(qtbot, w, w.insights.act_path)
    assert all(opacity(w, x) == 1.0 for x in "abcde")


# -- stages coloured by emotion ----------------------------------------------------------------


def header_rect(w: MainWindow, stage_id: str) -> QRect:
    r = next(b for b in w.scene.layout.stages if b.id == stage_id).rect
    top_left = w.view.mapFromScene(QPointF(r.x + 4, r.y + 2))
    bottom_right = w.view.mapFromScene(QPointF(r.right - 4, r.bottom - 6))
    return QRect(top_left, bottom_right)


def tinted(w: MainWindow, stage_id: str, average: float) -> str:
    box = next(b for b in w.scene.layout.stages if b.id == stage_id)
    return mix(box.fill, mood_colour(average), 0.8)


def test_colouring_stages_by_their_average_emotion(qtbot, window: MainWindow) -> None:
    w = window
    w.view.centerOn(QPointF(w.scene.layout.stages[1].rect.x, 0))
    w.view.verticalScrollBar().setValue(w.view.verticalScrollBar().minimum())
    plain = view_image(qtbot, w)
    toggle(qtbot, w, w.insights.act_tint)
    tint = w.scene.tint
    # everyone: Aware (2 + 0) / 2, Consider (-4 + 4) / 2, Buy has no point
    assert [tint.average(s.id) for s in w.session.doc.stages] == [1.0, 0.0, None]
    choose(w, w.insights.persona_box, "Ann")
    assert [tint.average(s.id) for s in w.session.doc.stages] == [2.0, -4.0, None]
    image = view_image(qtbot, w)
    consider = header_rect(w, "s-2")
    assert colour_pixels(image, tinted(w, "s-2", -4.0), consider, tol=6) > 500
    assert colour_pixels(plain, tinted(w, "s-2", -4.0), consider, tol=6) == 0
    # Buy has no score: its header keeps its own colour
    buy = header_rect(w, "s-3")
    assert colour_pixels(image, tinted(w, "s-3", 0.0), buy, tol=3) == 0
    assert mood_label(-4.0) == "\u22124" and mood_label(None) == "\u2013"
    assert w.scene.tint.legend.isVisible()
    assert w.scene.tint.legend.title() == "Average emotion, Ann"
    # a score changes: the colour follows at once
    point = next(e for e in w.session.doc.emotions if e.persona == "ann" and e.stage == "s-2")
    w.scene.push(lambda: edits.update_part(w.session.doc, "emotions", point.id, score=3))
    assert tint.average("s-2") == 3.0
    image = view_image(qtbot, w)
    assert colour_pixels(image, tinted(w, "s-2", 3.0), header_rect(w, "s-2"), tol=6) > 500
    # off: the headers are plain again, the legend gone
    toggle(qtbot, w, w.insights.act_tint)
    assert tint.average("s-2") is None and not tint.legend.isVisible()
    image = view_image(qtbot, w)
    assert colour_pixels(image, tinted(w, "s-2", 3.0), header_rect(w, "s-2"), tol=6) == 0


def test_the_averages_are_computed_without_qt() -> None:
    moods = stage_moods(fork_map())
    assert [m.average for m in moods.values()] == [1.0, 0.0, None]
    assert [m.points for m in moods.values()] == [2, 2, 0]
    assert stage_moods(fork_map(), "bob")["s-2"].average == 4.0
    # the scale: red below zero, green above, grey in the middle, clamped at the ends
    assert mood_colour(-5) == "#D55E00" and mood_colour(5) == "#009E73"
    assert mood_colour(0) == "#F0F0F0" and mood_colour(-9) == mood_colour(-5)


def test_colouring_needs_emotion_scores(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Without a score the toggle is off and says why (no legend, no "–" on every stage);
    deleting the last score turns the colouring off; undo brings the toggle back."""
    w = open_window(qtbot, journey(cards=[card("a", "s-1", "l-act")]))
    w.insights_dock.show()
    w.insights_dock.raise_()
    qtbot.waitUntil(w.insights.is_current, timeout=10_000)
    act = w.insights.act_tint
    assert not act.isEnabled() and "no emotion scores" in act.toolTip()
    toggle(qtbot, w, act)  # a click on the disabled button does nothing
    assert not act.isChecked() and not w.scene.tint.legend.isVisible()
    # one score: the toggle works
    stage = w.session.doc.stages[0].id
    w.scene.push(lambda: edits.add_emotion(w.session.doc, "l-em", stage, 3))
    assert act.isEnabled() and "no emotion scores" not in act.toolTip()
    toggle(qtbot, w, act)
    assert act.isChecked() and w.scene.tint.legend.isVisible()
    assert w.scene.tint.average(stage) == 3.0
    # the last score deleted: the colouring goes off, the legend with it
    point = w.session.doc.emotions[0].id
    w.scene.push(lambda: edits.delete_parts(w.session.doc, [point]))
    assert not act.isChecked() and not act.isEnabled()
    assert not w.scene.tint.legend.isVisible() and w.scene.tint.average(stage) is None
    w.session.undo_stack.undo()
    assert act.isEnabled() and not act.isChecked()


def test_an_empty_map_says_how_to_make_a_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, journey(cards=[card("a", "s-1", "l-act")]))
    w.insights_dock.show()
    w.insights_dock.raise_()
    qtbot.waitUntil(w.insights.is_current, timeout=10_000)
    hint = "No path yet: connect cards with arrows"
    assert w.insights.find_items(hint) and not w.insights.find_items("steps through")
    assert w.insights.path_box.currentText() == hint and not w.insights.act_path.isEnabled()


def test_the_path_box_shows_the_route_s_start_and_end(qtbot, window: MainWindow) -> None:
    box = window.insights.path_box
    full = box.currentText()
    assert box.toolTip() == full  # the whole route, on hovering
    shown = box.shown_text()
    # elided in the middle: the first card's start and the number of steps both show
    assert shown.startswith("Longest path: \u201cSees") and shown.endswith("(2 steps)")
    # the box has a row of its own, as wide as the dock's toggles
    toggles = box.parentWidget()
    assert box.width() >= toggles.width() - 8
    choose(window, box, "Path 2")
    assert box.toolTip() == box.currentText() and box.toolTip().startswith("Path 2: ")
