"""The Insights dock in the real window: it lists the findings of the open map, follows its
edits without holding them up, and a click on a finding selects and centres its cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.render.fonts import family
from journeymapper.templates import load_template
from journeymapper.ui import insights_dock
from journeymapper.ui.main_window import MainWindow

TEMPLATE = "awareness-to-loyalty-en"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
LONELY = "Pain points without an opportunity in their stage ({0})"
GUEST_CHECKOUT = "\u201cGuest checkout\u201d in"
FIRST_BAG = "marked as moment of truth: \u201cBrews the first bag\u201d"


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))


def _forget_changes(w: MainWindow) -> None:
    w.session.undo_stack.setClean()
    w.scene.clearSelection()


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    make_app()
    family()
    w = MainWindow(DocumentSession(load_template(TEMPLATE)))
    qtbot.addWidget(w, before_close_func=_forget_changes)
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    w.view.zoom_actual()  # 100 %: the map is larger than the view, centring is visible
    w.insights_dock.raise_()
    wait_current(qtbot, w)
    return w


def wait_current(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(w.insights.is_current, timeout=10_000)


def item(w: MainWindow, text: str) -> QTreeWidgetItem:
    found = w.insights.find_items(text)
    assert len(found) >= 1, f"no finding with {text!r}"
    return found[0]


def children(it: QTreeWidgetItem) -> list[str]:
    return [it.child(n).text(0) for n in range(it.childCount())]


def click_finding(qtbot, w: MainWindow, it: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    tree = w.insights.tree
    parent = it.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    tree.scrollToItem(it)
    rect = tree.visualItemRect(it)
    assert rect.isValid() and tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(tree.viewport(), LEFT, NO_MOD, rect.center())


def centre_on_screen(w: MainWindow, card_id: str) -> QPointF:
    """Where the card's centre is in the view, relative to the view's centre."""
    bounds = w.scene.item_for("card", card_id).sceneBoundingRect()
    at = QPointF(w.view.mapFromScene(bounds.center()))
    return at - QPointF(w.view.viewport().rect().center())


def test_the_dock_lists_the_findings_of_the_template(window: MainWindow) -> None:
    w = window
    tree = w.insights.tree
    sections = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert sections == ["Path", "Emotions", "Coverage", "Priorities", "Evidence"]
    moment = item(w, FIRST_BAG)
    assert moment.data(0, insights_dock.IDS_ROLE) == ("c-pu-act2",)
    assert moment.parent().text(0) == "Moments of truth, candidates (3)"
    assert item(w, LONELY.format(0)).childCount() == 0
    unsupported = item(w, "moments of truth without evidence (12)")
    assert unsupported.childCount() == 12
    assert "Cards with evidence: 7 of 52 (13%)" in [
        tree.topLevelItem(4).child(n).text(0) for n in range(tree.topLevelItem(4).childCount())
    ]


def test_an_edit_is_drawn_first_then_the_dock_follows_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    opportunity = item(w, GUEST_CHECKOUT)
    click_finding(qtbot, w, opportunity)
    assert w.scene.selected_ids() == ["c-pu-opp1"]
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    # the edit is done and drawn at once; the insights wait for the edits to pause
    assert w.session.doc.card("c-pu-opp1") is None
    assert w.scene.item_for("card", "c-pu-opp1") is None
    assert not w.insights.is_current()
    assert w.insights.status.text() == "Updating\u2026"
    assert item(w, GUEST_CHECKOUT) is not None  # still the old findings
    wait_current(qtbot, w)
    lonely = item(w, LONELY.format(1))
    assert children(lonely) == [
        "\u201cForced account creation\u201d in \u201cPurchase\u201d (pain point)"
    ]
    assert not w.insights.find_items(GUEST_CHECKOUT)
    # undo brings the opportunity back, and the dock follows
    w.session.undo_stack.undo()
    wait_current(qtbot, w)
    assert item(w, LONELY.format(0)) is not None and item(w, GUEST_CHECKOUT) is not None


def test_the_findings_do_not_jump_while_the_dock_updates(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The summary line over the findings ("{title}: N cards, M connections") wraps on two
    lines in a narrow dock; "Updating…" fits on one. The findings stay where they are
    while the dock updates (a jump at every edit), and the line fits its text after."""
    w = window
    w.insights_dock.resize(240, w.insights_dock.height())
    w.session.push(
        edits.set_map_field(w.session.doc, "title", "A much longer title for this journey map")
    )
    wait_current(qtbot, w)
    QApplication.processEvents()
    tree_top = w.insights.tree.geometry().top()
    status = w.insights.status
    assert status.heightForWidth(status.width()) > status.fontMetrics().height() * 1.5  # wraps
    w.session.push(edits.set_map_field(w.session.doc, "title", "A much longer title for this map"))
    QApplication.processEvents()
    assert status.text() == "Updating\u2026"
    assert w.insights.tree.geometry().top() == tree_top
    wait_current(qtbot, w)
    QApplication.processEvents()
    assert status.text().startswith("A much longer title for this map:")
    assert status.minimumHeight() == 0


def test_the_dock_waits_while_a_card_is_dragged(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A run of the insights holds Python's lock while it works: during a drag it waits
    (the scene's `idle` gate), and it finishes once the card is let go. An open text
    editor does not hold it."""
    from gui_helpers import card_centre, send_move, show_scene, vp

    w = window
    scene = w.scene
    start = card_centre(w, "c-pu-opp1")
    show_scene(w, start)
    viewport = w.view.viewport()
    w.session.push(edits.set_map_field(w.session.doc, "title", "Renamed while dragging"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=vp(w, start))
    send_move(w, start + QPointF(30, 20))
    assert w.scene.interaction is not None and not scene.idle.is_set()
    qtbot.wait(insights_dock.DEBOUNCE_MS + 700)  # the run starts, and waits at its checks
    assert w.insights._running and not w.insights.is_current()
    send_move(w, start)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=vp(w, start))
    assert scene.idle.is_set()
    wait_current(qtbot, w)  # (the card went back to its place: no edit, no new run)
    assert w.insights.status.text().startswith("Renamed while dragging:")
    # an open text editor is no gesture that needs the CPU
    scene.select_ids(["c-pu-opp1"])
    scene.edit_selected()
    assert scene.editor is not None and scene.idle.is_set()
    scene.editor.finish(False)


def test_clicking_a_finding_selects_and_centres_its_cards(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    w.view.horizontalScrollBar().setValue(0)
    w.view.verticalScrollBar().setValue(0)
    far = centre_on_screen(w, "c-pu-act2")
    assert abs(far.x()) > 200  # the Purchase stage is far to the right of the view's centre
    click_finding(qtbot, w, item(w, FIRST_BAG))
    assert w.scene.selected_ids() == ["c-pu-act2"]
    near = centre_on_screen(w, "c-pu-act2")
    assert abs(near.x()) <= 2
    v = w.view.verticalScrollBar()
    assert abs(near.y()) <= 2 or v.value() in (0, v.maximum())  # scroll bars stop at the edge
    # a group selects all its cards
    click_finding(qtbot, w, item(w, "Back-steps to an earlier stage (2)"))
    assert sorted(w.scene.selected_ids()) == sorted(
        ["c-co-tp3", "c-fa-tp3", "c-lo-tp3", "c-aw-tp1"]
    )
    # an emotion finding selects the emotion point
    click_finding(qtbot, w, item(w, "the lowest point of \u201cSam Okafor\u201d"))
    assert w.scene.selected_ids() == ["e-co-sam"]
    # a line with nothing to select leaves the selection alone
    click_finding(qtbot, w, item(w, "Channel mix:"))
    assert w.scene.selected_ids() == ["e-co-sam"]


def test_a_stale_result_is_dropped(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A result computed for a state the map has left is never shown: the newer state is."""
    w = window
    shown: list[int] = []
    w.insights.updated.connect(shown.append)
    w.insights._start()  # a computation is under way (its result is queued to this thread)
    w.scene.push(lambda: edits.delete_parts(w.session.doc, ["c-pu-opp1"]))
    stale = w.insights._generation - 1
    wait_current(qtbot, w)
    assert shown and stale not in shown and shown[-1] == w.insights._generation
    assert item(w, LONELY.format(1)) is not None


def test_the_dock_follows_another_map(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    w.set_session(DocumentSession(load_template("discovery-to-loyalty-en")))
    wait_current(qtbot, w)
    assert not w.insights.find_items(FIRST_BAG)
    title = w.session.doc.title
    assert w.insights.status.text().startswith(title)
    mot = next(c for c in w.session.doc.cards if c.kind == "moment_of_truth")
    found = item(w, f"marked as moment of truth: \u201c{mot.title}\u201d")
    assert found.data(0, insights_dock.IDS_ROLE) == (mot.id,)


def test_a_run_of_quick_edits_is_computed_once(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Typing or nudging makes many edits in a row: the insights wait until they pause."""
    w = window
    runs: list[int] = []
    real = insights_dock.compute

    def counted(doc, check):  # type: ignore[no-untyped-def]
        runs.append(len(doc.cards))
        return real(doc, check)

    monkeypatch.setattr(insights_dock, "compute", counted)
    for n in range(5):
        w.scene.push(lambda n=n: edits.update_part(w.session.doc, "cards", "c-pu-opp1", votes=n))
        qtbot.wait(insights_dock.DEBOUNCE_MS // 5)
    wait_current(qtbot, w)
    assert runs == [52]
    assert "4. 4 votes: \u201cGuest checkout\u201d" in " ".join(children(item(w, "Top voted (")))
    assert "4 votes: \u201cGuest checkout\u201d" in " ".join(children(item(w, "Opportunities by")))


def test_an_edit_cancels_the_run_in_progress(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run still going when the next edit comes is stopped (it would share the interpreter
    with the edit's redraw) at its next check; the dock then computes the new state."""
    import time

    w = window
    events: list[str] = []
    real = insights_dock.compute

    def slow_first(doc, check):  # type: ignore[no-untyped-def]
        if not events:
            events.append("started")
            try:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    sum(range(1000))
                    check()  # as the analysis does in its loops
                events.append("ran to the end")
            except insights_dock.Cancelled:
                events.append("cancelled")
                raise
        return real(doc, check)

    monkeypatch.setattr(insights_dock, "compute", slow_first)
    w.insights.schedule()
    qtbot.waitUntil(lambda: events == ["started"], timeout=5_000)
    w.scene.push(lambda: edits.update_part(w.session.doc, "cards", "c-pu-opp1", votes=9))
    qtbot.waitUntil(lambda: len(events) == 2, timeout=3_000)
    assert events == ["started", "cancelled"]
    wait_current(qtbot, w)
    assert "9 votes: \u201cGuest checkout\u201d" in " ".join(children(item(w, "Top voted (")))
