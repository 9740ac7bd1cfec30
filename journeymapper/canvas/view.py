"""The view of the map: zoom (Ctrl+wheel, pinch, keys), pan (middle button, space-drag,
scroll bars). The gestures on the map (rubber band included) are the scene's
interactions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..editing.kinds import PartKind
from .scene import MapScene
from .zoom_frames import ZoomFrames, uncached

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class MapView(QGraphicsView):
    zoom_changed = Signal(float)
    #: the view painted a frame (what changed is on screen; see `placing` for what is done
    #: after it)
    frame_painted = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the scene runs the rubber band
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._pan_from: QPointF | None = None
        self._space = False
        self._auto_fit = False
        self._fitted_for = QSize()  # the view's size when it last kept the map fitted
        #: where the mouse is over the viewport (None: elsewhere), for Ctrl+0
        self._mouse_at: QPointF | None = None
        self._pinned = False  # headers drawn pinned to the edges (see drawForeground)
        self._bare = False  # drawing a frame to keep: no pinned headers (`zoom_frames`)
        self.frames = ZoomFrames(self)
        #: the view scrolls over the map's rectangle (`follow_map`) unless this is set (a
        #: presentation shows its own area)
        self.map_rect_pinned = False
        self.follow_map()
        self.viewport().setMouseTracking(True)

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    def follow_map(self) -> None:
        """Scroll over the map's rectangle (`MapScene.map_rect`: the scene sets it at every
        sync; its own rectangle is coarser, see `scene_frame.index_rect`)."""
        scene = self.scene()
        pinned = self.map_rect_pinned or not isinstance(scene, MapScene)
        if not pinned and self.sceneRect() != scene.map_rect:
            self.setSceneRect(scene.map_rect)

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, by_user: bool = True) -> None:
        if by_user:
            self._auto_fit = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
        self.map_scene().set_zoom_level(self.zoom())
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        """A step of a zoom gesture (wheel, pinch, keys): see `zoom_frames`."""
        self.frames.zoom_step()
        self.set_zoom(self.zoom() * step)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.25)

    def zoom_actual(self) -> None:
        """100 %, keeping in place the point under the mouse, else the selection's centre
        (when on screen), else the centre of the view."""
        anchor = self._zoom_anchor()
        scene_point = self.mapToScene(anchor.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            self.set_zoom(1.0)
        finally:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.scroll_to_put(scene_point, anchor)

    def _zoom_anchor(self) -> QPointF:
        rect = self.viewport().rect()
        if self._mouse_at is not None and rect.contains(self._mouse_at.toPoint()):
            return self._mouse_at
        scene = self.map_scene()
        scene.placer.place()  # (where the items are: see `placing`)
        selected = scene.selectedItems()
        if selected:
            bounds = selected[0].sceneBoundingRect()
            for it in selected[1:]:
                bounds = bounds.united(it.sceneBoundingRect())
            at = self.mapFromScene(bounds.center())
            if rect.contains(at):
                return QPointF(at)
        return QPointF(rect.center())

    def scroll_to_put(self, scene_point: QPointF, at: QPointF) -> None:
        """Scroll so that ``scene_point`` shows at ``at`` (viewport pixels), as far as the
        scroll bars go."""
        delta = QPointF(self.mapFromScene(scene_point)) - at
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(delta.x()))
        v.setValue(v.value() + round(delta.y()))

    def zoom_fit(self) -> None:
        layout = self.map_scene().layout
        from PySide6.QtCore import QRectF

        self.fitInView(
            QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio
        )
        # never above 150 % nor below MIN_ZOOM; a fitted view stays fitted as the window resizes
        self.set_zoom(min(1.5, self.zoom()), by_user=False)
        self._auto_fit = True

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        # Only when the view itself changed size: fitting can make the scroll bars come or
        # go, which resizes the viewport alone; fitting again then would bring them back,
        # and the view would flicker between the two for ever.
        if self._auto_fit and self.size() != self._fitted_for:
            self._fitted_for = self.size()
            self.zoom_initial()  # the window is still being laid out: keep the map fitted

    def zoom_initial(self) -> None:
        """Fit the map; a very wide map is fitted by its height instead, from its start.

        Until the user zooms or pans, the view keeps doing this as the window resizes."""
        self._auto_fit = True
        self.zoom_fit()
        layout = self.map_scene().layout
        if self.zoom() < 0.4 and layout.height > 0:
            by_height = self.viewport().height() / layout.height * 0.98
            self.set_zoom(min(1.0, max(self.zoom(), by_height)), by_user=False)
            from PySide6.QtCore import QRectF

            self.centerOn(self.mapToScene(self.viewport().rect().center()))
            self.ensureVisible(QRectF(0, 0, 10, 10), 0, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.pixelDelta().y()
            if delta:
                self.zoom_by(1.0015**delta)
            event.accept()
            return
        self._auto_fit = False  # the user scrolls: keep their view on resize
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._mouse_at = None  # (Ctrl+0 then keeps the selection or the centre)
        if isinstance(event, QNativeGestureEvent) and (
            event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- headers pinned to the edges while scrolling (on screen only) -------------------

    def _pinned_offsets(self) -> tuple[float, float]:
        """How far (scene units) the stage headers must move down and the lane headers
        right to stay on screen (0: they are in view)."""
        scene = self.scene()
        if not isinstance(scene, MapScene):  # the window is being torn down
            return 0.0, 0.0
        layout = scene.layout
        if not layout.stages or not layout.lanes:
            return 0.0, 0.0
        corner = self.mapToScene(QPoint(0, 0))
        stage_top = min(box.rect.y for box in layout.stages)
        lane_left = min(box.rect.x for box in layout.lanes)
        bottom = max(box.column.bottom for box in layout.stages)
        right = layout.grid.right
        # pinned only while some of the grid is still in view under them
        dy = corner.y() - stage_top if stage_top < corner.y() < bottom else 0.0
        dx = corner.x() - lane_left if lane_left < corner.x() < right else 0.0
        return max(0.0, dx), max(0.0, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        # the map-wide layers draw only in the rectangles being repainted, not in their
        # bounding rectangle (`far.exposed_boxes`): a scroll with the headers pinned
        # repaints three strips along the edges, whose bounding rectangle is the view
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.placer.painted()  # (items an edit moved: placed after this frame)
        if isinstance(scene, MapScene) and self.frames.applies(self.zoom()):
            if self.frames.serve(self.zoom()):
                self._paint_nothing()
                return
            vp = self.viewport().rect()
            if QRegion(vp).subtracted(event.region()).isEmpty():
                self._paint_nothing()
                whole = self.mapToScene(vp.adjusted(-2, -2, 2, 2)).boundingRect()
                scene.exposed_boxes = [(whole.left(), whole.top(), whole.right(), whole.bottom())]
                try:
                    self.frames.paint_whole(self._render_bare)
                finally:
                    scene.exposed_boxes = None
                return
        self.frames.forget()  # (the map changed, or the view moved: see `zoom_frames`)
        if isinstance(scene, MapScene):
            scene.exposed_boxes = [
                (r.left(), r.top(), r.right(), r.bottom())
                for r in (
                    self.mapToScene(rect.adjusted(-2, -2, 2, 2)).boundingRect()
                    for rect in event.region()
                )
            ]
        try:
            super().paintEvent(event)
        finally:
            if isinstance(scene, MapScene):
                scene.exposed_boxes = None
        self.frame_painted.emit()

    def _paint_nothing(self) -> None:
        """QGraphicsView's own paint of an empty region: its bookkeeping of pending
        updates is reset there (without it, the view stopped repainting for changes)."""
        super().paintEvent(QPaintEvent(QRegion()))

    def _render_bare(self, painter: QPainter, target: QRectF) -> None:
        """The whole view into ``painter`` as `render` draws it, without pinned headers."""
        self._bare = True
        try:
            with uncached(self.map_scene()):
                self.render(painter, target, self.viewport().rect())
        finally:
            self._bare = False

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        dx, dy = self._pinned_offsets()
        if (not dx and not dy) or self._bare:
            return
        scene = self.map_scene()
        layout = scene.layout
        option = QStyleOptionGraphicsItem()
        page = QColor(layout.theme.page)
        painter.save()
        band = QRectF(
            rect.x(),
            min(b.rect.y for b in layout.stages) + dy,
            rect.width(),
            max(b.rect.h for b in layout.stages),
        )
        if dy and band.intersects(rect):  # (most repaints during a drag are elsewhere)
            painter.fillRect(band, page)
            painter.translate(0, dy)
            for box in layout.stages:
                item = scene.item_for(PartKind.STAGE, box.id)
                if item is not None and box.rect.right >= rect.x() and box.rect.x <= rect.right():
                    item.paint(painter, option, None)  # the header's own drawing, moved
            painter.translate(0, -dy)
        band = QRectF(
            min(b.rect.x for b in layout.lanes) + dx,
            rect.y(),
            max(b.rect.w for b in layout.lanes),
            rect.height(),
        )
        if dx and band.intersects(rect):
            painter.fillRect(band, page)
            painter.translate(dx, 0)
            for box in layout.lanes:
                item = scene.item_for(PartKind.LANE, box.id)
                if item is not None and box.rect.bottom >= rect.y() and box.rect.y <= rect.bottom():
                    item.paint(painter, option, None)
            painter.translate(-dx, 0)
        if dx and dy:
            corner = self.mapToScene(QPoint(0, 0))
            lanes_w = max(b.rect.w for b in layout.lanes)
            stages_h = max(b.rect.h for b in layout.stages)
            painter.fillRect(QRectF(corner.x(), corner.y(), lanes_w + 2, stages_h + 2), page)
        painter.restore()

    def _pinned_strips(self, at: QPointF) -> tuple[bool, bool, QPointF]:
        """Whether a viewport point lies under the pinned stage strip, the pinned lane
        strip, and where it is in the scene."""
        dx, dy = self._pinned_offsets()
        pos = self.mapToScene(at.toPoint())
        if not dx and not dy:
            return False, False, pos
        layout = self.map_scene().layout
        in_stages = bool(dy) and any(
            b.rect.y + dy <= pos.y() <= b.rect.bottom + dy for b in layout.stages
        )
        in_lanes = bool(dx) and any(
            b.rect.x + dx <= pos.x() <= b.rect.right + dx for b in layout.lanes
        )
        return in_stages, in_lanes, pos

    def covered(self, at: QPointF) -> bool:
        """Whether a viewport point is hidden under the pinned headers."""
        in_stages, in_lanes, _pos = self._pinned_strips(at)
        return in_stages or in_lanes

    def pinned_header_at(self, at: QPointF) -> tuple[PartKind, str] | None:
        """The pinned header drawn at a viewport point, if any (the corner: none)."""
        in_stages, in_lanes, pos = self._pinned_strips(at)
        if in_stages and in_lanes:
            return None  # the blank corner
        layout = self.map_scene().layout
        if in_stages:
            for b in layout.stages:
                if b.rect.x <= pos.x() <= b.rect.right:
                    return PartKind.STAGE, b.id
        if in_lanes:
            for lane in layout.lanes:
                if lane.rect.y <= pos.y() <= lane.rect.bottom:
                    return PartKind.LANE, lane.id
        return None

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        px, py = self._pinned_offsets()
        was, self._pinned = self._pinned, bool(px or py)
        if (not was and not self._pinned) or not isinstance(self.scene(), MapScene):
            return  # (nothing pinned; or the window is being torn down)
        # the blit moved the pinned strips along with the map: paint them again
        layout = self.map_scene().layout
        zoom = self.zoom()
        vp = self.viewport().rect()
        strip_h = int(max(b.rect.h for b in layout.stages) * zoom) + abs(dy) + 4
        strip_w = int(max(b.rect.w for b in layout.lanes) * zoom) + abs(dx) + 4
        self.viewport().update(QRect(0, 0, vp.width(), strip_h))
        self.viewport().update(QRect(0, 0, strip_w, vp.height()))

    # -- pan -------------------------------------------------------------------------------

    def _start_pan(self, pos: QPointF) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._start_pan(event.position())
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.covered(event.position()):
            # a click on a pinned header selects that stage or lane, not what lies below
            pinned = self.pinned_header_at(event.position())
            self.map_scene().select_ids([pinned[1]] if pinned is not None else [])
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.covered(event.position()):
            pinned = self.pinned_header_at(event.position())
            event.accept()
            if pinned is None:
                return
            # rename it where it really is: scroll it into view (it unpins), then edit
            scene = self.map_scene()
            box = (
                scene.layout.stage_box(pinned[1])
                if pinned[0] is PartKind.STAGE
                else scene.layout.lane_box(pinned[1])
            )
            if box is not None:
                self.ensureVisible(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h), 0, 0)
            scene.select_ids([pinned[1]])
            scene.edit_selected()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse_at = event.position()
        if self._pan_from is not None:
            self._auto_fit = False
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton and self.covered(event.position()):
            # over the pinned headers: no hover (handles, cursors) of what lies under them
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.map_scene()
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and scene.editor is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)
