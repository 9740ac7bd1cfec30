"""The editor's GUI tests' shared helpers: a window on a map, and gestures sent like a user's
(mouse and keyboard events on the real view, at positions taken from the layout).

The fixtures that go with them (``window``, ``no_blocking_dialogs``) are in conftest.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load
from journeymapper.model import JourneyMap, check_document
from journeymapper.render.fonts import family
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

TEMPLATE = "awareness-to-loyalty-en"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def open_window(qtbot, doc: JourneyMap | None = None, path: Path | None = None) -> MainWindow:
    make_app()
    family()
    session = DocumentSession(doc if doc is not None else load_template(TEMPLATE), path)
    w = MainWindow(session)
    qtbot.addWidget(w, before_close_func=_forget_changes)
    w.show()
    qtbot.waitExposed(w)
    # the window fits the map to itself on the first turn of the event loop: let it
    # happen before the tests set the zoom
    QApplication.processEvents()
    w.view.zoom_actual()
    assert abs(w.view.zoom() - 1.0) < 1e-6
    w.activateWindow()
    w.view.setFocus()
    qtbot.waitUntil(lambda: w.isActiveWindow() and w.view.hasFocus())
    return w


def _forget_changes(w: MainWindow) -> None:
    """Before pytest-qt closes the window: no unsaved-changes prompt (it would block), and
    no selection left for the scene's destructor to report to a half-destroyed window."""
    w.session.undo_stack.setClean()
    if w.scene.editor is not None:
        w.scene.editor.finish(False)
    w.scene.clearSelection()


def dump(w: MainWindow) -> dict[str, Any]:
    return w.session.doc.model_dump()


def show_scene(w: MainWindow, *points: QPointF) -> None:
    """Scroll so that every point is inside the viewport (with a margin), and not under
    the headers pinned to its top and left edges."""
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    rect = QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    w.view.centerOn(rect.center())
    h, v = w.view.horizontalScrollBar(), w.view.verticalScrollBar()
    zoom = w.view.zoom()
    lane_strip = max(b.rect.w for b in w.scene.layout.lanes) * zoom + 10
    stage_strip = max(b.rect.h for b in w.scene.layout.stages) * zoom + 10
    for _ in range(3):
        at = [QPointF(vp(w, p)) for p in points]
        if not any(w.view.covered(a) for a in at):
            break
        # scroll the map right / down until the points come out from under the headers
        h.setValue(h.value() - max(0, round(lane_strip - min(a.x() for a in at))))
        v.setValue(v.value() - max(0, round(stage_strip - min(a.y() for a in at))))
    vp_rect = w.view.viewport().rect().adjusted(10, 10, -10, -10)
    for p in points:
        assert vp_rect.contains(w.view.mapFromScene(p)), f"{p} does not fit in the viewport"
        assert not w.view.covered(QPointF(vp(w, p))), f"{p} lies under the pinned headers"


def vp(w: MainWindow, p: QPointF) -> QPoint:
    return w.view.mapFromScene(p)


def send_move(w: MainWindow, p: QPointF, buttons=LEFT, modifiers=NO_MOD) -> None:
    """A mouse move with ``buttons`` held (QTest.mouseMove cannot hold buttons)."""
    viewport = w.view.viewport()
    local = QPointF(vp(w, p))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(viewport.mapToGlobal(local)),
        Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(viewport, event)


def drag(qtbot, w: MainWindow, start: QPointF, end: QPointF, steps: int = 8, modifiers=NO_MOD):
    """Press at ``start``, move there in steps with the button held, release at ``end``."""
    show_scene(w, start, end)
    viewport = w.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifiers, vp(w, start))
    for i in range(1, steps + 1):
        t = i / steps
        send_move(w, start + (end - start) * t, modifiers=modifiers)
    qtbot.mouseRelease(viewport, LEFT, modifiers, vp(w, end))


def click(qtbot, w: MainWindow, p: QPointF, modifiers=NO_MOD) -> None:
    show_scene(w, p)
    qtbot.mouseClick(w.view.viewport(), LEFT, modifiers, vp(w, p))


def card_centre(w: MainWindow, card_id: str) -> QPointF:
    r = w.scene.layout.cards[card_id].rect
    # left of the centre, away from the connection handle on the right edge
    return QPointF(r.x + r.w * 0.4, r.cy)


def cell_centre(w: MainWindow, stage: str, lane: str) -> QPointF:
    r = w.scene.layout.cell_rect(stage, lane)
    return QPointF(r.cx, r.cy)


def save_and_reload(w: MainWindow, tmp_path: Path) -> JourneyMap:
    path = tmp_path / "m.journey.json"
    w.session.save(path)
    assert not w.session.modified
    reloaded = load(path)
    assert reloaded.model_dump() == dump(w)
    return reloaded


def check_undo_redo(w: MainWindow, before: dict[str, Any], steps: int = 1) -> dict[str, Any]:
    """Undo ``steps`` steps (back exactly to ``before``), then redo them."""
    after = dump(w)
    assert after != before
    stack = w.session.undo_stack
    for _ in range(steps):
        stack.undo()
    assert dump(w) == before
    assert check_document(w.session.doc) == []
    for _ in range(steps):
        stack.redo()
    assert dump(w) == after
    assert check_document(w.session.doc) == []
    return after


def card_ids_in(doc: JourneyMap, stage: str, lane: str) -> list[str]:
    return [c.id for c in doc.cards_in(stage, lane)]


def palette_item(w: MainWindow, what: str):
    for row in range(w.palette.count()):
        item = w.palette.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == what:
            return item
    raise AssertionError(f"no palette entry {what!r}")


def title_pos(w: MainWindow, card_id: str) -> QPointF:
    title = w.scene.layout.cards[card_id].title
    return QPointF(title.x + 20, title.y + title.line_height / 2)


def select_card(qtbot, w: MainWindow, card_id: str) -> None:
    click(qtbot, w, card_centre(w, card_id))
    assert w.scene.selected_ids() == [card_id]


def screen(w: MainWindow) -> QImage:
    """What the viewport shows now: the window's pixels as last painted (a widget's grab()
    would paint it afresh and hide a stale area)."""
    QApplication.processEvents()
    viewport = w.view.viewport()
    window = QApplication.primaryScreen().grabWindow(w.winId()).toImage()
    origin = viewport.mapTo(w, viewport.rect().topLeft())
    ratio = window.devicePixelRatio()
    return window.copy(
        int(origin.x() * ratio),
        int(origin.y() * ratio),
        int(viewport.width() * ratio),
        int(viewport.height() * ratio),
    )
