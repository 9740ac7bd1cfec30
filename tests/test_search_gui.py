"""Find and filter in the real window (issue 14): Ctrl+F, typing, Enter / Shift+Enter,
Escape, and the filter row, through key clicks on the window's widgets."""

from __future__ import annotations

import pytest
from gui_helpers import (  # the window and gestures of the editor tests
    TEMPLATE,
    open_window,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from journeymapper.editing import edits
from journeymapper.editing.kinds import PartKind
from journeymapper.search import SearchIndex
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.search_bar import DIMMED

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot) -> MainWindow:
    return open_window(qtbot)


def opacity(w: MainWindow, card_id: str, kind: PartKind = PartKind.CARD) -> float:
    item = w.scene.item_for(kind, card_id)
    assert item is not None
    return item.opacity()


def bright(w: MainWindow) -> set[str]:
    return {c.id for c in w.scene.session.doc.cards if opacity(w, c.id) == 1.0}


def dimmed(w: MainWindow) -> set[str]:
    return {c.id for c in w.scene.session.doc.cards if opacity(w, c.id) == pytest.approx(DIMMED)}


def all_ids(w: MainWindow) -> set[str]:
    return {c.id for c in w.scene.session.doc.cards}


def in_viewport(w: MainWindow, card_id: str) -> bool:
    item = w.scene.item_for(PartKind.CARD, card_id)
    assert item is not None
    at = w.view.mapFromScene(item.sceneBoundingRect().center())
    return w.view.viewport().rect().contains(at)


def find(qtbot, w: MainWindow, text: str) -> None:
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL)
    bar = w.search_bar
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, text)


def choose(qtbot, box: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as a user tabbing through the filter row would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text


def test_ctrl_f_opens_and_typing_dims_the_cards_that_do_not_match(qtbot, window):
    w = window
    find(qtbot, w, "PRICE")  # any case
    hits = set(SearchIndex.build(w.scene.session.doc).search("price"))
    assert {"c-aw-pain1", "c-aw-opp1", "c-co-act1"} <= hits
    assert bright(w) == hits
    assert dimmed(w) == all_ids(w) - hits
    assert w.search_bar.count.text() == f"Matches: {len(hits)}"
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Z)  # "pricez": nothing
    assert bright(w) == set()
    assert w.search_bar.count.text() == "No matches"


def test_enter_steps_through_the_hits_centring_each_and_shift_enter_steps_back(qtbot, window):
    w = window
    find(qtbot, w, "price")
    hits = w.search_bar.hits
    assert len(hits) >= 3
    field = w.search_bar.field
    seen = []
    for n in range(1, 4):
        qtbot.keyClick(field, Qt.Key.Key_Return)
        card_id = hits[n - 1]
        seen.append(card_id)
        assert w.search_bar.count.text() == f"{n} of {len(hits)}"
        assert w.scene.selected_ids() == [card_id]
        assert in_viewport(w, card_id)
        # centred: its middle is near the middle of the viewport (or the scroll bars stop)
        at = w.view.mapFromScene(
            w.scene.item_for(PartKind.CARD, card_id).sceneBoundingRect().center()
        )
        centre = w.view.viewport().rect().center()
        h, v = w.view.horizontalScrollBar(), w.view.verticalScrollBar()
        assert abs(at.x() - centre.x()) <= 2 or h.value() in (h.minimum(), h.maximum())
        assert abs(at.y() - centre.y()) <= 2 or v.value() in (v.minimum(), v.maximum())
    assert QApplication.focusWidget() is field  # typing can go on
    qtbot.keyClick(field, Qt.Key.Key_Return, SHIFT)
    assert w.search_bar.count.text() == f"2 of {len(hits)}"
    assert w.scene.selected_ids() == [hits[1]]
    assert in_viewport(w, hits[1])


def test_shift_enter_first_goes_to_the_last_hit_and_enter_wraps(qtbot, window):
    w = window
    find(qtbot, w, "price")
    hits = w.search_bar.hits
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return, SHIFT)
    assert w.scene.selected_ids() == [hits[-1]]
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    assert w.scene.selected_ids() == [hits[0]]


def test_escape_clears_the_highlight_and_closes(qtbot, window):
    w = window
    find(qtbot, w, "price")
    assert dimmed(w)
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Escape)
    assert not w.search_bar.isVisible()
    assert bright(w) == all_ids(w)
    assert w.search_bar.field.text() == ""
    # opened again: empty, nothing dimmed
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL)
    assert w.search_bar.field.text() == ""
    assert bright(w) == all_ids(w)


def test_search_finds_comments_and_evidence_and_ignores_accents(qtbot):
    doc = load_template(TEMPLATE)
    doc.cards[0].title = "Café on the corner"
    w = open_window(qtbot, doc)
    evidence_card = next(c for c in doc.cards if c.evidence)
    comment_card = next(c for c in doc.cards if c.comments)
    find(qtbot, w, "cafe on")
    assert bright(w) == {doc.cards[0].id}
    w.search_bar.field.clear()
    qtbot.keyClicks(w.search_bar.field, evidence_card.evidence[0].title)
    assert evidence_card.id in bright(w)
    w.search_bar.field.clear()
    qtbot.keyClicks(w.search_bar.field, comment_card.comments[0].text[:25])
    assert comment_card.id in bright(w)


def test_an_edit_while_searching_is_searched_again(qtbot, window):
    w = window
    find(qtbot, w, "price")
    assert "c-aw-tp1" in dimmed(w)
    w.scene.push(lambda: edits.update_part(w.session.doc, PartKind.CARD, "c-aw-tp1", title="Price"))
    assert opacity(w, "c-aw-tp1") == 1.0
    assert "c-aw-tp1" in w.search_bar.hits


def test_filter_by_kind_dims_the_rest_and_shows_a_chip_and_a_status_label(qtbot, window):
    w = window
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    bar = w.search_bar
    assert bar.isVisible() and bar.filters.isVisible()
    choose(qtbot, bar.kind_box, "Pain point")
    pains = {c.id for c in w.session.doc.cards if c.kind == "pain_point"}
    assert bright(w) == pains
    assert dimmed(w) == all_ids(w) - pains
    assert bar.chip.isVisible() and bar.chip.text() == "Pain point"
    assert bar.status_label.isVisible()
    assert bar.status_label.text() == "Filter: Pain point"
    qtbot.keyClick(bar.kind_box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not bar.status_label.isVisible()
    assert bright(w) == all_ids(w)


def test_filter_by_tag_channel_and_has_votes(qtbot, window):
    w = window
    bar = w.search_bar
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    cards = w.session.doc.cards
    choose(qtbot, bar.tag_box, "quick-win")
    assert bright(w) == {c.id for c in cards if "quick-win" in c.tags}
    choose(qtbot, bar.tag_box, "Any tag")
    choose(qtbot, bar.channel_box, "Store")
    assert bright(w) == {c.id for c in cards if c.channel == "store"}
    choose(qtbot, bar.channel_box, "Any channel")
    assert bright(w) == all_ids(w)
    assert not bar.chip.isVisible()
    qtbot.keyClick(bar.votes_box, Qt.Key.Key_Space)
    assert bar.votes_box.isChecked()
    assert bright(w) == {c.id for c in cards if c.votes > 0}
    assert bar.chip.text() == "has votes"


def test_filter_by_persona_keeps_its_tagged_cards_and_its_emotion_points(qtbot):
    doc = load_template(TEMPLATE)
    doc.cards[2].tags = ["Sam Okafor"]
    w = open_window(qtbot, doc)
    bar = w.search_bar
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    choose(qtbot, bar.persona_box, "Sam Okafor")
    assert bright(w) == {doc.cards[2].id}
    for point in doc.emotions:
        expected = 1.0 if point.persona == "p-sam" else pytest.approx(DIMMED)
        assert opacity(w, point.id, PartKind.EMOTION) == expected
    assert bar.chip.text() == "Sam Okafor"


def test_search_and_filter_combine_and_stepping_stays_among_the_kept(qtbot, window):
    w = window
    bar = w.search_bar
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    choose(qtbot, bar.kind_box, "Opportunity")
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(bar.field, "price")
    assert bar.hits == ["c-aw-opp1"]
    assert bright(w) == {"c-aw-opp1"}
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "1 of 1"
    assert in_viewport(w, "c-aw-opp1")
    # clearing the text keeps the filter
    bar.field.clear()
    opportunities = {c.id for c in w.session.doc.cards if c.kind == "opportunity"}
    assert bright(w) == opportunities
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bright(w) == all_ids(w)
    assert not bar.filter.active


def test_another_map_starts_with_no_search(qtbot, window):
    w = window
    find(qtbot, w, "price")
    from journeymapper.editing.session import DocumentSession

    w.set_session(DocumentSession(load_template(TEMPLATE)))
    assert not w.search_bar.isVisible()
    assert bright(w) == all_ids(w)
    find(qtbot, w, "price")
    assert w.search_bar.hits
    assert dimmed(w)


def test_the_bar_sits_at_the_top_of_the_view(qtbot, window):
    w = window
    find(qtbot, w, "x")
    bar, vp = w.search_bar, w.view.viewport().geometry()
    assert bar.parent() is w.view
    assert vp.top() <= bar.geometry().top() <= vp.top() + 20
    assert bar.geometry().right() <= vp.right()
    assert bar.geometry().width() <= vp.width()


def test_the_search_benchmark_runs_on_the_workshop_map(tmp_path):
    """The benchmark script prints its figures (no timing is asserted)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent / "benchmarks" / "search_bench.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, str(script), "--size", "workshop", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "one more letter (search + re-dim + repaint): median" in out.stdout
    assert "choosing a filter (kind): median" in out.stdout


def test_escape_on_the_map_clears_the_filter_but_not_while_a_card_is_typed(qtbot, window):
    w = window
    bar = w.search_bar
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    choose(qtbot, bar.kind_box, "Idea")
    assert bar.filter.active
    w.view.setFocus()
    w.scene.select_ids(["c-aw-opp1"])
    qtbot.keyClick(w.view, Qt.Key.Key_F2)  # edit the selected card in place
    assert w.scene.editor is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert w.scene.editor is None
    assert bar.filter.active  # that Escape ended the typing only
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert not bar.filter.active
    assert not bar.isVisible()
    assert bright(w) == all_ids(w)


def test_undoing_a_delete_while_searching_dims_the_card_again(qtbot, window):
    w = window
    find(qtbot, w, "price")
    assert "c-aw-tp1" in dimmed(w)
    w.scene.push(lambda: edits.delete_parts(w.session.doc, ["c-aw-tp1"]))
    assert w.scene.item_for(PartKind.CARD, "c-aw-tp1") is None
    w.session.undo_stack.undo()
    assert opacity(w, "c-aw-tp1") == pytest.approx(DIMMED)
    assert bright(w) == set(w.search_bar.hits)


def test_a_tag_added_while_filtering_is_offered(qtbot, window):
    w = window
    bar = w.search_bar
    qtbot.keyClick(w.view, Qt.Key.Key_F, CTRL | SHIFT)
    assert bar.tag_box.findText("brand-new") < 0
    w.scene.push(
        lambda: edits.update_part(w.session.doc, PartKind.CARD, "c-aw-tp1", tags=["brand-new"])
    )
    choose(qtbot, bar.tag_box, "brand-new")
    assert bright(w) == {"c-aw-tp1"}
