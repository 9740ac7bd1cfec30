"""Issue 20: a zoom gesture far away draws the view's last whole frame, scaled, and paints
afresh once the gesture settles (`canvas.zoom_frames`). What the user sees must stay true:
the kept frame is the same picture as a normal paint, the view is sharp and current after
the gesture, and an edit is never hidden behind a kept frame."""

from __future__ import annotations

import pytest
from bench_maps import benchmark_data
from gui_helpers import cell_centre, drag, open_window, screen
from image_compare import difference
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.model import validate_document
from journeymapper.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

FAR = 0.06


def far_window(qtbot, zoom: float = FAR):  # type: ignore[no-untyped-def]
    w = open_window(qtbot)
    w.view.set_zoom(zoom)
    w.view.centerOn(w.scene.layout.width / 2, w.scene.layout.height / 3)
    QApplication.processEvents()
    assert w.view.frames.applies(w.view.zoom())
    return w


def normal_paint(w, monkeypatch) -> QImage:  # type: ignore[no-untyped-def]
    """The viewport painted the usual way, item by item, into a picture (the frame the
    view keeps for its screen is left as it was)."""
    frames = w.view.frames
    kept = frames.image
    with monkeypatch.context() as m:
        m.setattr(frames, "applies", lambda zoom: False)
        image = w.view.viewport().grab().toImage()
    frames.image = kept
    return image


def card_at_centre(w):  # type: ignore[no-untyped-def]
    """The card box nearest the middle of the view."""
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    return min(
        w.scene.layout.cards.values(),
        key=lambda b: abs(b.rect.cx - centre.x()) + abs(b.rect.cy - centre.y()),
    )


def assert_screen_is_current(w, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What the viewport shows is what a normal paint of the map gives now."""
    mean, worst = difference(screen(w), normal_paint(w, monkeypatch))
    assert mean < 0.5 and worst < 12, (mean, worst)


def wheel(w, delta: int) -> None:  # type: ignore[no-untyped-def]
    vp = w.view.viewport()
    at = QPointF(vp.rect().center())
    event = QWheelEvent(
        at,
        QPointF(vp.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, event)
    QApplication.processEvents()


def settle(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not w.view.frames.zooming, timeout=3000)
    QApplication.processEvents()


@pytest.mark.parametrize("zoom", [FAR, 0.1])
def test_a_kept_frame_is_the_picture_a_normal_paint_gives(qtbot, monkeypatch, zoom) -> None:
    w = far_window(qtbot, zoom)
    kept = w.view.viewport().grab().toImage()  # a whole paint: through a kept frame
    assert w.view.frames.image is not None
    mean, worst = difference(kept, normal_paint(w, monkeypatch))
    assert mean < 0.5 and worst < 12, (mean, worst)
    # control: the comparison sees a real difference (the map a little bigger)
    w.view.set_zoom(zoom * 1.15)
    mean, worst = difference(kept, normal_paint(w, monkeypatch))
    assert worst > 40, (mean, worst)


def test_a_zoom_gesture_draws_the_kept_frame_then_the_view_afresh(qtbot, monkeypatch) -> None:
    w = far_window(qtbot)
    w.view.viewport().repaint()  # a whole frame, kept
    start = w.view.zoom()
    for _ in range(3):
        wheel(w, 120)
    assert w.view.zoom() > start * 1.5
    assert w.view.frames.served  # the steps drew the kept frame, scaled
    during = screen(w)
    settle(qtbot, w)
    assert not w.view.frames.served
    after = screen(w)
    fresh = normal_paint(w, monkeypatch)
    mean, worst = difference(after, fresh)
    assert mean < 0.5 and worst < 12, (mean, worst)  # sharp and current once settled
    # the scaled frame showed the same map at the same place, only softer
    mean, _worst = difference(during, fresh)
    assert mean < 6, mean


def test_an_edit_is_never_hidden_behind_a_kept_frame(qtbot, monkeypatch) -> None:
    w = far_window(qtbot)
    w.view.viewport().repaint()
    assert w.view.frames.image is not None
    session = w.session
    doc = session.doc
    card = card_at_centre(w)
    session.push(edits.delete_parts(doc, [card.id]))
    QApplication.processEvents()  # the view repaints where the card was
    assert w.view.frames.image is None  # the kept frame no longer shows the map
    wheel(w, 120)
    assert not w.view.frames.served  # the first step after the edit painted afresh
    assert_screen_is_current(w, monkeypatch)
    # an edit in the middle of a gesture shows once the gesture settles
    wheel(w, 120)
    assert w.view.frames.served
    session.undo_stack.undo()
    wheel(w, -120)
    settle(qtbot, w)
    assert card.id in {c.id for c in session.doc.cards}
    assert_screen_is_current(w, monkeypatch)


def test_close_by_zooming_paints_as_before(qtbot) -> None:
    w = far_window(qtbot)
    w.view.set_zoom(1.0)
    QApplication.processEvents()
    assert not w.view.frames.applies(w.view.zoom())
    wheel(w, 120)
    assert not w.view.frames.served and w.view.frames.image is None


def test_after_a_kept_frame_the_view_still_repaints_what_changes(qtbot, monkeypatch) -> None:
    """A drag, a drop and an undo at a far zoom each show on screen as they happen."""
    w = far_window(qtbot)
    w.view.set_zoom(FAR * 1.1)
    QApplication.processEvents()
    assert w.view.frames.image is not None  # a new zoom painted the whole view: kept
    near = card_at_centre(w)
    w.session.push(edits.update_part(w.session.doc, "cards", near.id, color="#D62728"))
    QApplication.processEvents()
    assert_screen_is_current(w, monkeypatch)
    box = max(w.scene.layout.cards.values(), key=lambda b: b.rect.w * b.rect.h)
    start = QPointF(box.rect.x + box.rect.w * 0.3, box.rect.y + 14)
    target = cell_centre(w, w.session.doc.stages[-1].id, box.lane)
    drag(qtbot, w, start, target)
    moved = w.scene.layout.cards[box.id]
    assert moved.stage != box.stage
    assert_screen_is_current(w, monkeypatch)
    w.session.undo_stack.undo()
    QApplication.processEvents()
    assert w.scene.layout.cards[box.id].stage == box.stage
    assert_screen_is_current(w, monkeypatch)


def test_a_big_map_opened_far_away_repaints_its_edits(qtbot, monkeypatch) -> None:
    """The window's very first frames are kept ones (the map opens fitted, far away):
    the view must still repaint an edit afterwards."""
    w = MainWindow(DocumentSession(validate_document(benchmark_data("large"), "large")))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    assert w.view.frames.applies(w.view.zoom()) and w.view.frames.image is not None
    near = card_at_centre(w)
    w.session.push(edits.update_part(w.session.doc, "cards", near.id, color="#D62728"))
    QApplication.processEvents()
    assert_screen_is_current(w, monkeypatch)


def test_a_renamed_stage_shows_far_away(qtbot, monkeypatch) -> None:
    """A header's cached picture is not used for a kept frame: renamed between two whole
    frames at one zoom, the second shows the new name."""
    w = far_window(qtbot)
    for step in range(3):
        w.view.viewport().repaint()  # a whole frame, kept
        stage = w.session.doc.stages[step]
        name = f"Renamed {step}"
        w.session.push(edits.update_part(w.session.doc, "stages", stage.id, name=name))
        QApplication.processEvents()  # the header repainted on the viewport
        w.view.viewport().repaint()  # a whole frame again, at the same zoom
        _mean, worst = difference(screen(w), normal_paint(w, monkeypatch), block=1)
        assert worst <= 24, (step, worst)  # (pixel by pixel)
