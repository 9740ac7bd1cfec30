"""Presentation mode: the map full screen, the whole map first, then one stage at a time
at a size a room can read (see `present_steps` for the geometry).

`Presentation` is the controller: it takes the window full screen (on the other screen
when there are two), hides docks, bars and scroll bars, and handles the keys and clicks
through an event filter on the view, so the map's own gestures (a double-click edits a
card in place) keep working unless the read-only toggle is on. `PresentationOverlay`
draws what the room sees over the map: the pointer highlight, the slide counter, the
timer and a short key hint.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGraphicsRectItem,
    QGraphicsView,
    QToolBar,
    QWidget,
)

from ..i18n import tr
from ..layout.theme import DEFAULT_THEME
from ..render.fonts import base_font
from .present_steps import HIDE, clamp_step, next_lane, shades, step_count, step_view

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .workshop import WorkshopTimer

SURROUND = DEFAULT_THEME.present_surround  # a calm dark grey around the map


def _see_through(name: str, alpha: int) -> QColor:
    """A theme colour with an alpha (0..255)."""
    colour = QColor(name)
    colour.setAlpha(alpha)
    return colour


def _plate() -> QColor:
    """The workshop timer's plate: the theme's colour, see-through."""
    return _see_through(DEFAULT_THEME.timer_plate, DEFAULT_THEME.timer_plate_alpha)


HINT_MS = 8000
POINTER_RADIUS = 30.0
FILTERED = {
    QEvent.Type.KeyPress,
    QEvent.Type.Resize,
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class PresentationOverlay(QWidget):
    """Drawn over the view's viewport; never takes the mouse."""

    def __init__(self, controller: Presentation, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pointer: QPointF | None = None
        self.show_pointer = True
        self.show_hint = True
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, colour in self.controller.pinned_shades():
            p.fillRect(rect, colour)
        if self.show_pointer and self.pointer is not None:
            t = DEFAULT_THEME
            p.setPen(QPen(_see_through(t.pointer_ring, t.pointer_ring_alpha), 4))
            p.setBrush(_see_through(t.pointer_fill, t.pointer_fill_alpha))
            p.drawEllipse(self.pointer, POINTER_RADIUS, POINTER_RADIUS)
        self._pill(p, self.controller.counter_text(), 20, Qt.AlignmentFlag.AlignLeft, False)
        timer = self.controller.timer
        if timer is not None and timer.visible():
            self._pill(p, timer.text(), 44, Qt.AlignmentFlag.AlignRight, timer.flash_on, top=True)
        if self.show_hint:
            self._pill(p, self.controller.hint_text(), 14, Qt.AlignmentFlag.AlignRight, False)
        p.end()

    def _pill(
        self,
        p: QPainter,
        text: str,
        size: int,
        side: Qt.AlignmentFlag,
        alert: bool,
        top: bool = False,
    ) -> None:
        font = QFont(base_font(True))
        font.setPixelSize(size)
        p.setFont(font)
        metrics = p.fontMetrics()
        pad = size * 0.5
        w = metrics.horizontalAdvance(text) + 2 * pad
        h = metrics.height() + pad
        margin = 18.0
        x = margin if side == Qt.AlignmentFlag.AlignLeft else self.width() - w - margin
        y = margin if top else self.height() - h - margin
        rect = QRectF(x, y, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(DEFAULT_THEME.timer_alert) if alert else _plate())
        p.drawRoundedRect(rect, h / 2, h / 2)
        p.setPen(QColor(DEFAULT_THEME.timer_ink))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class Presentation(QObject):
    """Runs presentation mode in one main window."""

    def __init__(self, window: MainWindow, timer: WorkshopTimer | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.timer = timer
        self.active = False
        self.step = 0
        self.reveal = False
        self.lane: str | None = None
        self.read_only = False
        self.overlay: PresentationOverlay | None = None
        self._shade_items: list[QGraphicsRectItem] = []
        self._saved: dict[str, object] = {}
        self._view: QObject | None = None
        self._scene: QObject | None = None  # the scene presented (another map: see apply)
        self._viewport: QObject | None = None
        self._forward = QTimer(self)
        self._forward.setSingleShot(True)
        self._forward.timeout.connect(self.next)
        self._pressed = False
        self._hint = QTimer(self)
        self._hint.setSingleShot(True)
        self._hint.timeout.connect(self._hide_hint)
        if timer is not None:
            timer.changed.connect(self._repaint_overlay)

    # -- entering and leaving ---------------------------------------------------------------

    def enter(self, geometry: QRect | None = None) -> None:
        """Present: full screen (or ``geometry``, for tests and screenshots), step 0."""
        if self.active:
            return
        w = self.window
        view = w.view
        if w.scene.editor is not None:
            w.scene.interaction.interrupt()  # type: ignore[union-attr]  # commit the typing
        self._saved = {
            "geometry": w.saveGeometry(),
            "state": w.windowState(),
            "docks": [(d, d.isVisible()) for d in w.findChildren(QDockWidget) if d.parent() is w],
            "toolbars": [(t, t.isVisible()) for t in w.findChildren(QToolBar)],
            "menubar": w.menuBar().isVisible(),
            "statusbar": w.statusBar().isVisible(),
            "transform": view.transform(),
            "centre": view.mapToScene(view.viewport().rect().center()),
            "background": view.backgroundBrush(),
            "fitted": view._auto_fit,
        }
        self.active = True
        view.map_rect_pinned = True  # (the view shows the area of each step: `apply`)
        self.step = 0
        self.lane = None
        for dock, _ in self._saved["docks"]:  # type: ignore[attr-defined]
            dock.hide()
        for bar, _ in self._saved["toolbars"]:  # type: ignore[attr-defined]
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QGraphicsView.Shape.NoFrame)
        view.setBackgroundBrush(QBrush(QColor(SURROUND)))
        view.scene().clearSelection()
        w.scene.set_focus_cell(None)
        self.overlay = PresentationOverlay(self, view)
        self.overlay.setGeometry(view.viewport().geometry())
        self.overlay.show()
        self.overlay.raise_()
        self.show_hint()
        self._view, self._viewport = view, view.viewport()
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._scene = w.scene
        w.scene.relaid.connect(self._relaid)
        view.zoom_changed.connect(self._view_zoomed)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._repaint_overlay)  # (the shades of pinned headers)
        screen = self.target_screen()
        if geometry is not None:
            w.showNormal()
            w.setGeometry(geometry)
        else:
            if screen is not None:
                # on that screen, and its size even where no window manager obeys
                # showFullScreen (a bare X server, some kiosks)
                w.setGeometry(screen.geometry())
            w.showFullScreen()
        handle = w.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._screen_changed)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.apply()
        QTimer.singleShot(0, self.apply)  # once the window has its full-screen size

    def target_screen(self) -> QScreen | None:
        """With two screens or more: one the window is not on (the projector)."""
        screens = QGuiApplication.screens()
        here = self.window.screen()
        others = [s for s in screens if s is not here]
        return others[0] if others else here

    def leave(self) -> None:
        """Back to the normal editor, as it was."""
        if not self.active:
            return
        w = self.window
        view = w.view
        self.active = False
        self._forward.stop()
        if self.read_only:
            self.set_read_only(False)
        view.removeEventFilter(self)
        view.viewport().removeEventFilter(self)
        self._view = self._viewport = None
        with contextlib.suppress(RuntimeError, TypeError):
            w.scene.relaid.disconnect(self._relaid)
        with contextlib.suppress(RuntimeError, TypeError):
            view.zoom_changed.disconnect(self._view_zoomed)
        self._scene = None
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            with contextlib.suppress(RuntimeError, TypeError):
                bar.valueChanged.disconnect(self._repaint_overlay)
        handle = w.windowHandle()
        if handle is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                handle.screenChanged.disconnect(self._screen_changed)
        self._clear_shades()
        if self.overlay is not None:
            self.overlay.hide()
            self.overlay.deleteLater()
            self.overlay = None
        saved = self._saved
        view.map_rect_pinned = False
        view.follow_map()  # scroll over the map again
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setFrameShape(QGraphicsView.Shape.StyledPanel)
        view.setBackgroundBrush(saved["background"])  # type: ignore[arg-type]
        w.setWindowState(saved["state"])  # type: ignore[arg-type]
        w.restoreGeometry(saved["geometry"])  # type: ignore[arg-type]
        w.menuBar().show()
        w.statusBar().setVisible(bool(saved["statusbar"]))
        for dock, visible in saved["docks"]:  # type: ignore[attr-defined]
            dock.setVisible(visible)
        for bar, visible in saved["toolbars"]:  # type: ignore[attr-defined]
            bar.setVisible(visible)
        if saved["fitted"]:
            view.zoom_initial()  # (it keeps fitting the map as the window resizes back)
        else:
            view.setTransform(saved["transform"])  # type: ignore[arg-type]
            view.set_zoom(view.zoom())
            view.centerOn(saved["centre"])  # type: ignore[arg-type]
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- steps -------------------------------------------------------------------------------

    def count(self) -> int:
        return step_count(self.window.scene.layout)

    def go(self, step: int) -> None:
        self.step = clamp_step(self.window.scene.layout, step)
        self.apply()

    def next(self) -> None:
        self.go(self.step + 1)

    def previous(self) -> None:
        self.go(self.step - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(self.count() - 1)

    def toggle_reveal(self) -> None:
        self.reveal = not self.reveal
        self.apply()

    def next_lane(self) -> None:
        self.lane = next_lane(self.window.scene.layout, self.lane)
        self.apply()

    def toggle_pointer(self) -> None:
        if self.overlay is not None:
            self.overlay.show_pointer = not self.overlay.show_pointer
            self.overlay.update()

    def set_read_only(self, on: bool) -> None:
        """Read-only: no edit at all (double-click, typing, edit shortcuts) while it is on."""
        self.read_only = on
        w = self.window
        for act in self._edit_actions():
            act.setEnabled(not on)
        if not on:
            w.act_undo.setEnabled(w.undo_group.canUndo())
            w.act_redo.setEnabled(w.undo_group.canRedo())
        self._repaint_overlay()

    def _edit_actions(self) -> list:  # type: ignore[type-arg]
        w = self.window
        return [
            w.act_cut,
            w.act_paste,
            w.act_delete,
            w.act_duplicate,
            w.act_undo,
            w.act_redo,
            w.act_add_stage,
            w.act_add_lane,
            w.act_add_card,
            w.act_add_persona,
        ]

    def apply(self) -> None:
        """Put the view where the current step is and the shades where they go."""
        if not self.active:
            return
        view = self.window.view
        if self._scene is not self.window.scene:  # another map was opened meanwhile
            self._clear_shades()
            self._scene = self.window.scene
            self.window.scene.relaid.connect(self._relaid)
            self.lane = None
        layout = self.window.scene.layout
        self.step = clamp_step(layout, self.step)
        if self.lane is not None and layout.lane_box(self.lane) is None:
            self.lane = None
        vp = view.viewport()
        width, height = max(1, vp.width()), max(1, vp.height())
        target = step_view(layout, self.step, width, height, self.lane)
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        view.set_zoom(target.zoom)
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        zoom = view.zoom()
        shown = QRectF(target.left, target.top, width / zoom, height / zoom)
        view.setSceneRect(shown.united(QRectF(0, 0, layout.width, layout.height)))
        view.centerOn(shown.center())
        self._set_shades()
        if self.overlay is not None:
            self.overlay.setGeometry(view.viewport().geometry())
            self.overlay.update()
        view.viewport().update()

    def _view_zoomed(self, _zoom: float) -> None:
        if self.active and self._scene is not self.window.scene:
            QTimer.singleShot(0, self.apply)  # a new map in the window: present it

    def _relaid(self) -> None:
        self._set_shades()

    def _screen_changed(self, *_args: object) -> None:
        QTimer.singleShot(0, self.apply)  # another size, maybe another scale factor

    def _clear_shades(self) -> None:
        for item in self._shade_items:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self._shade_items = []

    def _set_shades(self) -> None:
        self._clear_shades()
        scene = self.window.scene
        page = QColor(scene.layout.theme.page)
        for shade in shades(scene.layout, self.step, self.reveal, self.lane):
            r = shade.rect
            item = QGraphicsRectItem(QRectF(r.x, r.y, r.w, r.h))
            colour = QColor(page)
            colour.setAlpha(242 if shade.kind == HIDE else 165)
            item.setBrush(colour)
            item.setPen(Qt.PenStyle.NoPen)
            item.setZValue(800)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setData(0, shade.kind)
            item.setData(1, shade.part)
            scene.addItem(item)
            self._shade_items.append(item)

    def pinned_shades(self) -> list[tuple[QRectF, QColor]]:
        """The shades over the headers the view pins to its edges (drawn over the map,
        they would otherwise stay bright): viewport rectangles and colours."""
        view = self.window.view
        dx, dy = view._pinned_offsets()
        if not dx and not dy:
            return []
        out: list[tuple[QRectF, QColor]] = []
        for item in self._shade_items:
            rect = view.mapFromScene(item.rect()).boundingRect()
            colour = item.brush().color()
            if dx and item.data(1) == "lane":
                lanes_w = max(b.rect.w for b in self.window.scene.layout.lanes) * view.zoom()
                out.append((QRectF(0, rect.y(), lanes_w, rect.height()), colour))
            if dy and item.data(1) == "stage":
                stages_h = max(b.rect.h for b in self.window.scene.layout.stages) * view.zoom()
                out.append((QRectF(rect.x(), 0, rect.width(), stages_h), colour))
        return out

    def shade_items(self) -> list[QGraphicsRectItem]:
        return list(self._shade_items)

    # -- what the overlay says ----------------------------------------------------------

    def counter_text(self) -> str:
        doc = self.window.session.doc
        total = len(doc.stages)
        if self.step == 0 or not total:
            text = tr("Presentation", "Whole map: {0}").format(doc.title)
        else:
            stage = doc.stages[min(self.step, total) - 1]
            text = tr("Presentation", "Stage {0} of {1}: {2}").format(self.step, total, stage.name)
        if self.lane is not None:
            lane = doc.lane(self.lane)
            if lane is not None:
                text += " · " + lane.name
        if self.read_only:
            text += " · " + tr("Presentation", "read-only")
        return text

    def hint_text(self) -> str:
        return tr(
            "Presentation",
            "→ next · ← back · 1–9 stage · L lanes · R reveal · E read-only · "
            "P pointer · T timer · Esc leave",
        )

    def show_hint(self) -> None:
        if self.overlay is not None:
            self.overlay.show_hint = True
            self.overlay.update()
        self._hint.start(HINT_MS)

    def _hide_hint(self) -> None:
        if self.overlay is not None:
            self.overlay.show_hint = False
            self.overlay.update()

    def _repaint_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.update()

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # (only Python identity checks before the event type is known: while a window
        # closes, Qt sends the view events during its destruction, when calls into it crash)
        if not self.active:
            return False
        kind = event.type()
        if kind not in FILTERED:
            return False
        if obj is self._view and isinstance(event, QKeyEvent):
            return self._key(event)
        if obj is self._viewport:
            if kind == QEvent.Type.Resize:
                QTimer.singleShot(0, self.apply)
            elif isinstance(event, QMouseEvent):
                return self._mouse(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if self.window.scene.editor is not None:
            return False  # typing into a card
        key = event.key()
        K = Qt.Key
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key in (K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Down) and plain:
            self.next()
        elif key in (K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up) and plain:
            self.previous()
        elif key == K.Key_Home:
            self.first()
        elif key == K.Key_End:
            self.last()
        elif K.Key_0 <= key <= K.Key_9 and plain:
            self.go(key - K.Key_0)
        elif key == K.Key_Escape:
            self.leave()
        elif key == K.Key_L and plain:
            self.next_lane()
        elif key == K.Key_R and plain:
            self.toggle_reveal()
        elif key == K.Key_E and plain:
            self.set_read_only(not self.read_only)
        elif key == K.Key_P and plain:
            self.toggle_pointer()
        elif key == K.Key_T and plain and self.timer is not None:
            self.timer.toggle_pause()
        elif key in (K.Key_Question, K.Key_H, K.Key_F1):
            self.show_hint()
        else:
            return self.read_only  # read-only: nothing else reaches the map
        event.accept()
        return True

    def _mouse(self, event: QMouseEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseMove and self.overlay is not None:
            self.overlay.pointer = event.position()
            self.overlay.update()
        if self.window.scene.editor is not None:
            return False  # clicks go to (or close) the editor
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress:
            if left:
                self._pressed = True
            elif event.button() == Qt.MouseButton.RightButton:
                self.previous()
            return True  # no selection, no drag while presenting
        if kind == QEvent.Type.MouseButtonRelease:
            if left and self._pressed:
                self._pressed = False
                # a click goes forward, unless it is the first half of a double-click
                self._forward.start(QApplication.doubleClickInterval())
            return True
        if kind == QEvent.Type.MouseButtonDblClick:
            self._forward.stop()
            self._pressed = False
            return self.read_only or not left  # a double-click edits in place
        return False
