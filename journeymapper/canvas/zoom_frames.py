"""Zooming a big map far away: the last whole frame, scaled, while the gesture lasts.

Zoomed out on a big map, one frame of the whole view costs tens of milliseconds (the
background's fills, thousands of card boxes, every route), and each Ctrl+wheel step, pinch
or zoom key repaints all of it. While a zoom gesture lasts, the view instead draws the
frame it painted last, scaled to the new zoom (`ZoomFrames.serve`); `SETTLE_MS` after the
last step it paints the view afresh, sharp. A frame is kept only from a paint of the whole
viewport (`ZoomFrames.paint_whole`), and any other paint (an edit, a hover, a scroll: the
map changed, or the kept frame no longer shows what is on screen) forgets it. The pinned
headers (`MapView.drawForeground`) are drawn live over the kept frame, at the new zoom.

Only far away (below `far.FAR_BELOW`), where the background and the cards keep no pixmap
of themselves, and with the headers' pixmaps set aside while a frame is kept (`uncached`):
a kept frame is painted through `QGraphicsView.render`, and Qt brings an item's cached
pixmap up to date for the viewport's own paints only, so a cached item would show stale in
one or the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from ..editing.kinds import PartKind
from .far import FAR_BELOW

if TYPE_CHECKING:
    from .scene import MapScene

#: after the last zoom step, the view is painted afresh this much later
SETTLE_MS = 150
#: a kept frame is drawn up to this much bigger than it was painted (then: a fresh frame)
MAX_STRETCH = 2.5


class ZoomFrames(QObject):
    """The frame kept for zoom gestures of one `MapView` (see the module)."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.image: QImage | None = None
        self.transform = QTransform()  # scene → the kept frame's (logical) pixels
        self.zoom = 0.0  # the zoom it was painted at
        self.zooming = False
        self.served = False  # a frame of this gesture came from the kept one
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._settled)

    def applies(self, zoom: float) -> bool:
        """Whether whole frames are worth keeping at this zoom (far away: see the module)."""
        return zoom < FAR_BELOW

    def zoom_step(self) -> None:
        """A step of a zoom gesture (wheel, pinch, zoom key): keep drawing the kept frame
        until the gesture has settled."""
        self.zooming = True
        self.settle.start()

    def forget(self) -> None:
        self.image = None

    def _settled(self) -> None:
        self.zooming = False
        if self.served:
            self.served = False
            self.view.viewport().update()  # sharp, at the zoom the gesture ended on

    # -- painting (called by MapView.paintEvent)

    def serve(self, zoom: float) -> bool:
        """Draw the kept frame scaled to the view (True), if a zoom gesture is under way
        and the kept frame covers the whole viewport at no more than `MAX_STRETCH`."""
        image = self.image
        if not self.zooming or image is None or self.zoom <= 0:
            return False
        stretch = zoom / self.zoom
        if not 1 / MAX_STRETCH <= stretch <= MAX_STRETCH:
            return False
        view = self.view
        vp = view.viewport()
        inverse, ok = self.transform.inverted()
        if not ok:
            return False
        to_view = inverse * view.viewportTransform()  # kept pixels → scene → viewport
        size = image.deviceIndependentSize()
        covered = to_view.mapRect(QRectF(0, 0, size.width(), size.height()))
        if not covered.adjusted(-0.5, -0.5, 0.5, 0.5).contains(QRectF(vp.rect())):
            return False
        painter = QPainter(vp)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(to_view)
        painter.drawImage(QPointF(0, 0), image)
        painter.setTransform(view.viewportTransform())
        view.drawForeground(painter, view.mapToScene(vp.rect()).boundingRect())
        painter.end()
        self.served = True
        return True

    def paint_whole(self, render_frame: Callable[[QPainter, QRectF], None]) -> None:
        """Paint the whole viewport through a kept frame: ``render_frame(painter, target)``
        draws the view without its pinned headers into it; the frame is then copied to the
        viewport and the pinned headers drawn over it."""
        view = self.view
        vp = view.viewport()
        ratio = vp.devicePixelRatioF()
        w, h = vp.width(), vp.height()
        image = self.image
        if (
            image is None
            or image.deviceIndependentSize().toSize() != vp.size()
            or (image.devicePixelRatio() != ratio)
        ):
            image = QImage(
                round(w * ratio), round(h * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            image.setDevicePixelRatio(ratio)
        image.fill(vp.palette().color(vp.backgroundRole()))
        painter = QPainter(image)
        painter.setRenderHints(view.renderHints())
        render_frame(painter, QRectF(0, 0, w, h))
        painter.end()
        self.image = image
        self.transform = QTransform(view.viewportTransform())
        self.zoom = view.transform().m11()
        out = QPainter(vp)
        out.drawImage(QPointF(0, 0), image)
        out.setTransform(view.viewportTransform())
        view.drawForeground(out, view.mapToScene(vp.rect()).boundingRect())
        out.end()


@contextmanager
def uncached(scene: MapScene) -> Iterator[None]:
    """The items that keep a pixmap of themselves (the headers) drawn afresh, and
    their pixmaps dropped: Qt brings an item's pixmap up to date only for the viewport's
    own paints, and a `QGraphicsView.render` of the view into a picture would use (and
    keep) one of its own that no later change reaches (see the module)."""
    layout = scene.layout
    maybe: list[QGraphicsItem | None] = [scene.background, scene.title_item]
    maybe += [scene.item_for(PartKind.STAGE, box.id) for box in layout.stages]
    maybe += [scene.item_for(PartKind.LANE, box.id) for box in layout.lanes]
    cached = [
        it for it in maybe if it is not None and it.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    modes = [it.cacheMode() for it in cached]
    for it in cached:
        it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for it, mode in zip(cached, modes, strict=True):
            it.setCacheMode(mode)
