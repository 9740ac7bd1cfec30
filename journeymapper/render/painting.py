"""The QPainter adapter of the drawing surface: the canvas items and the PNG export draw
the map (`journeymapper.render.drawing`) through `QtSurface`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtSvg import QSvgRenderer

from ..layout import DEFAULT_THEME, ConnectionPath, MapLayout, Rect
from ..layout.geometry import ImageRef
from ..model.assets import ImageError, decode_base64
from ..resources import icon_path
from . import drawing
from .drawing import Fill, Path, Stroke
from .fonts import BASE_PX, base_font


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


@cache
def svg(name: str) -> QSvgRenderer | None:
    path = icon_path(name)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


@lru_cache(maxsize=1024)
def qcolour(hex_colour: str, alpha: float = 1.0) -> QColor:
    """Shared QColor objects (paint() runs often; colours repeat)."""
    c = QColor(hex_colour)
    if alpha != 1.0:
        c.setAlphaF(alpha)
    return c


_CAPS = {
    "flat": Qt.PenCapStyle.FlatCap,
    "square": Qt.PenCapStyle.SquareCap,
    "round": Qt.PenCapStyle.RoundCap,
}
_JOINS = {
    "bevel": Qt.PenJoinStyle.BevelJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "miter": Qt.PenJoinStyle.MiterJoin,
}
_DASHES = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


@lru_cache(maxsize=1024)
def pen(stroke: Stroke) -> QPen:
    p = QPen(qcolour(stroke.colour, stroke.alpha), stroke.width)
    p.setCapStyle(_CAPS[stroke.cap])
    p.setJoinStyle(_JOINS[stroke.join])
    if stroke.dash is not None:
        p.setStyle(_DASHES[stroke.dash])
        if stroke.dash_offset:
            p.setDashOffset(stroke.dash_offset / stroke.width)  # (in pen widths)
    p.setCosmetic(stroke.cosmetic)
    return p


#: Paths of more steps than this are not cached: a card kind's dashes (80 to 200 steps,
#: each card's its own) filled the cache with 50 MB on the stress map's PNG and never
#: hit; routes, arrowheads and curves (which repaint often) are far shorter.
CACHED_PATH_STEPS = 40


def painter_path(path: Path, cached: bool = True) -> QPainterPath:
    """A `drawing.Path` as a QPainterPath (cached when short: see `CACHED_PATH_STEPS`;
    ``cached`` False: made afresh, for a drawing that draws each path once)."""
    if cached and len(path) <= CACHED_PATH_STEPS:
        return _cached_path(path)
    return _painter_path(path)


@lru_cache(maxsize=16384)
def _cached_path(path: Path) -> QPainterPath:
    return _painter_path(path)


def _painter_path(path: Path) -> QPainterPath:
    out = QPainterPath()
    for step in path:
        op = step[0]
        if op == "M":
            out.moveTo(step[1], step[2])
        elif op == "L":
            out.lineTo(step[1], step[2])
        elif op == "Q":
            out.quadTo(QPointF(step[1], step[2]), QPointF(step[3], step[4]))
        elif op == "C":
            out.cubicTo(
                QPointF(step[1], step[2]), QPointF(step[3], step[4]), QPointF(step[5], step[6])
            )
        else:
            out.closeSubpath()
    return out


@lru_cache(maxsize=64)
def _decoded(key: str, data: str) -> QImage:
    """An asset's picture (a null image when Qt cannot read it), decoded once."""
    try:
        raw = decode_base64(data)
    except ImageError:
        return QImage()
    image = QImage()
    image.loadFromData(QByteArray(raw))
    return image


@lru_cache(maxsize=256)
def _scaled(key: str, data: str, side: int) -> QImage:
    """The picture with its longest side at most ``side`` pixels (a power of two: one
    copy for each range of zooms), so that a card's thumbnail does not resample a
    2,000-pixel photo at every repaint."""
    image = _decoded(key, data)
    if image.isNull() or max(image.width(), image.height()) <= side:
        return image
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def qimage(image: ImageRef, device_side: float) -> QImage:
    """``image`` decoded (cached by its key) at a size that covers ``device_side``
    pixels on its longest side."""
    side = 1 << max(5, math.ceil(math.log2(max(device_side, 1.0))))
    return _scaled(image.key, image.data, side)


_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


class QtSurface:
    """`drawing.Surface` on a QPainter (scene coordinates are the painter's).
    ``cache_paths`` False: its paths are made afresh (see `painter_path`)."""

    __slots__ = ("cache_paths", "face", "p")

    def __init__(self, painter: QPainter, face: str = "sans", cache_paths: bool = True) -> None:
        self.p = painter
        self.face = face  # the map's typeface ("sans", "serif")
        self.cache_paths = cache_paths

    def save(self) -> None:
        self.p.save()

    def restore(self) -> None:
        self.p.restore()

    def clip_rect(self, r: Rect) -> None:
        self.p.setClipRect(qrect(r), Qt.ClipOperation.IntersectClip)

    def _set(self, fill: Fill | None, stroke: Stroke | None) -> None:
        p = self.p
        p.setPen(pen(stroke) if stroke is not None else _NO_PEN)
        p.setBrush(qcolour(fill.colour, fill.alpha) if fill is not None else _NO_BRUSH)

    def rect(self, r: Rect, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        if stroke is None:
            if fill is not None:
                self.p.fillRect(QRectF(r.x, r.y, r.w, r.h), qcolour(fill.colour, fill.alpha))
            return
        self._set(fill, stroke)
        self.p.drawRect(QRectF(r.x, r.y, r.w, r.h))

    def rounded_rect(
        self, r: Rect, radius: float, fill: Fill | None = None, stroke: Stroke | None = None
    ) -> None:
        self._set(fill, stroke)
        self.p.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), radius, radius)

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Fill | None, stroke: Stroke | None
    ) -> None:
        self._set(fill, stroke)
        self.p.drawEllipse(QPointF(cx, cy), rx, ry)

    def line(self, x0: float, y0: float, x1: float, y1: float, stroke: Stroke) -> None:
        self.p.setPen(pen(stroke))
        self.p.drawLine(QLineF(x0, y0, x1, y1))

    def path(self, path: Path, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        self._set(fill, stroke)
        self.p.drawPath(painter_path(path, self.cache_paths))

    def text(
        self, x: float, lines: Sequence[tuple[float, str]], size: float, bold: bool, colour: str
    ) -> None:
        """Each line from the 100 px base font scaled to ``size``."""
        p = self.p
        base = p.transform()
        p.setFont(base_font(bold, self.face))
        p.setPen(qcolour(colour))
        scale = size / BASE_PX
        origin = QPointF(0, 0)
        for baseline, line in lines:
            t = QTransform(base)
            t.translate(x, baseline)
            t.scale(scale, scale)
            p.setTransform(t)
            p.drawText(origin, line)
        p.setTransform(base)

    def icon(self, name: str, r: Rect) -> None:
        renderer = svg(name)
        if renderer is not None:
            renderer.render(self.p, qrect(r))

    def image(self, image: ImageRef, r: Rect) -> None:
        p = self.p
        t = p.worldTransform()
        scale = max(math.hypot(t.m11(), t.m12()), math.hypot(t.m21(), t.m22()))
        picture = qimage(image, max(r.w, r.h) * scale)
        if picture.isNull():
            return
        hints = p.renderHints()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(qrect(r), picture)
        p.setRenderHints(hints)


class DeviceFills(QtSurface):
    """A `QtSurface` that fills plain rectangles in device pixels, without antialiasing
    (an axis-aligned rectangle mapped by a scaling transform is still one): far away, the
    antialiasing rasterizer's pass over each tall fill of the background cost more than
    the rest of a frame."""

    __slots__ = ()

    def rect(self, r: Rect, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        p = self.p
        t = p.worldTransform()
        if stroke is not None or fill is None or t.isRotating():
            super().rect(r, fill, stroke)
            return
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(t.mapRect(QRectF(r.x, r.y, r.w, r.h)), qcolour(fill.colour, fill.alpha))
        p.restore()


def prepare(p: QPainter, face: str = "sans", cache_paths: bool = True) -> QtSurface:
    """A surface on ``p`` with antialiased lines and text (as every map is drawn), its
    text in the map's typeface ``face`` (`Theme.typeface`); ``cache_paths``: see
    `QtSurface`."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return QtSurface(p, face, cache_paths)


def draw_map(
    p: QPainter,
    layout: MapLayout,
    page: bool = True,
    view: Rect | None = None,
    cache_paths: bool = True,
) -> None:
    """`drawing.draw_map` onto a QPainter (the PNG export and the export previews)."""
    drawing.draw_map(prepare(p, layout.theme.typeface, cache_paths), layout, page, view)


def connection_path(conn: ConnectionPath, radius: float = 8.0) -> QPainterPath:
    """The route with rounded corners (the canvas' hit-test shape of a connection)."""
    return QPainterPath(painter_path(drawing.route_path(conn.points, radius)))  # (a copy)


def arrow_head(conn: ConnectionPath) -> QPolygonF:
    """The arrowhead's triangle (for hit-testing; drawn by `drawing.draw_arrow_head`)."""
    return QPolygonF([QPointF(s[1], s[2]) for s in drawing.arrow_head(conn, DEFAULT_THEME)[:3]])
