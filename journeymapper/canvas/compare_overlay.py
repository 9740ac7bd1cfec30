"""The compare view over the map: added parts outlined solid with a "+", changed ones dashed
with a "~", removed cards as see-through ghosts outlined dotted with a "−", an added, changed
or removed connection traced along its route in the same patterns with its glyph halfway
along (never a box across the cards it passes), the other map's
emotion curves dashed beside the current ones with each stage's score change.

Colour helps but is never the only sign: each kind has its own outline pattern and glyph.
The layer takes no clicks (the map stays editable under it); nothing here is the document.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from ..layout.compare import GHOST_STRIP, CompareGeometry, CompareMark
from ..layout.geometry import Rect
from ..layout.route_shape import rounded_route
from ..render.fonts import base_font

#: per kind: colour, pen style, glyph
STYLES: dict[str, tuple[str, Qt.PenStyle, str]] = {
    "added": ("#1E8E3E", Qt.PenStyle.SolidLine, "+"),
    "changed": ("#B26A00", Qt.PenStyle.DashLine, "~"),
    "removed": ("#C5221F", Qt.PenStyle.DotLine, "−"),
}
GHOST_OPACITY = 0.45
Z = 880  # above cards and connections, below the gesture indicators (900)


def _rect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _font(size: float, bold: bool) -> QFont:
    font = QFont(base_font(bold))
    font.setPixelSize(max(1, round(size)))
    return font


def _seen(painter: QPainter, width: float) -> float:
    """A line width that stays at least 1.5 screen pixels when the map is zoomed far out."""
    scale = abs(painter.worldTransform().m11()) or 1.0
    return max(width, 1.5 / scale)


class CompareLayer(QGraphicsItem):
    """One item that paints every mark of a `CompareGeometry`."""

    def __init__(self, geometry: CompareGeometry) -> None:
        super().__init__()
        self.geometry = geometry
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._bounds = self._compute_bounds()
        self._with_delta = {d.point for d in geometry.deltas if d.point is not None}

    def _compute_bounds(self) -> QRectF:
        out = QRectF()
        for m in self.geometry.marks:
            out = out.united(_rect(m.rect).adjusted(-12, -12, 12, 12))
        for c in self.geometry.curves:
            for x, y in c.points:
                out = out.united(QRectF(x - 8, y - 8, 16, 16))
        for d in self.geometry.deltas:
            out = out.united(QRectF(d.x - 4, d.y - 30, 80, 40))
        return out

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark in self.geometry.marks:
            if mark.route:
                self._trace(painter, mark)
            elif mark.kind == "removed":
                self._ghost(painter, mark)
            else:
                self._outline(painter, mark)
        for curve in self.geometry.curves:
            path = QPainterPath()
            if curve.segments:
                path.moveTo(*curve.segments[0][0])
                for _a, c1, c2, b in curve.segments:
                    path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*b))
            pen = QPen(QColor(curve.colour), 2.2, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for x, y in curve.points:  # hollow squares: not the current curve's round points
                painter.setBrush(QColor("#FFFFFF"))
                painter.setPen(QPen(QColor(curve.colour), 1.6))
                painter.drawRect(QRectF(x - 4.5, y - 4.5, 9, 9))
        painter.setFont(_font(13, True))
        for d in self.geometry.deltas:
            width = painter.fontMetrics().horizontalAdvance(d.text) + 10
            plate = QRectF(d.x, d.y - 26, width, 19)
            painter.setPen(QPen(QColor(d.colour), 1.2))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(plate, 4, 4)
            painter.setPen(QColor("#1F2933"))
            painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, d.text)

    def _glyph(self, painter: QPainter, mark: CompareMark, colour: QColor, glyph: str) -> None:
        if mark.route:  # on the line, halfway along
            x, y = mark.midpoint
            badge = QRectF(x - 10, y - 10, 20, 20)
        else:
            r = _rect(mark.rect)
            badge = QRectF(r.right() - 11, r.top() - 9, 20, 20)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(badge)
        painter.setPen(colour)
        painter.setFont(_font(16, True))
        painter.drawText(badge.adjusted(0, -1, 0, -1), Qt.AlignmentFlag.AlignCenter, glyph)

    def _outline(self, painter: QPainter, mark: CompareMark) -> None:
        colour_name, style, glyph = STYLES[mark.kind]
        colour = QColor(colour_name)
        pen = QPen(colour, _seen(painter, 2.5), style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # (square caps would close the dashes' gaps)
        pen.setDashPattern([4, 2.5] if style == Qt.PenStyle.DashLine else pen.dashPattern())
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(_rect(mark.rect), 8, 8)
        if mark.id not in self._with_delta:  # (a re-scored point's sign is its delta)
            self._glyph(painter, mark, colour, glyph)

    def _trace(self, painter: QPainter, mark: CompareMark) -> None:
        """A connection's mark: its own route drawn over in the kind's pattern, thick enough
        to tell from the connection's line."""
        colour_name, style, glyph = STYLES[mark.kind]
        colour = QColor(colour_name)
        path = QPainterPath()
        path.moveTo(*mark.route[0])
        for step in rounded_route(mark.route, self.geometry.route_radius):
            if step[0] == "line":
                path.lineTo(step[1], step[2])
            else:
                path.quadTo(step[1], step[2], step[3], step[4])
        path.lineTo(*mark.route[-1])
        width = _seen(painter, 4.0)
        pen = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if style == Qt.PenStyle.DashLine:
            pen.setDashPattern([4, 2.5])
        elif style == Qt.PenStyle.DotLine:
            pen.setDashPattern([1, 2])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        self._glyph(painter, mark, colour, glyph)

    def _ghost(self, painter: QPainter, mark: CompareMark) -> None:
        colour_name, style, glyph = STYLES["removed"]
        colour = QColor(colour_name)
        r = _rect(mark.rect)
        strip = r.height() <= GHOST_STRIP + 0.5
        painter.save()
        # a strip lies over the bottom of the cell's last card: less see-through, to be read
        painter.setOpacity(0.85 if strip else GHOST_OPACITY)
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        pen = QPen(colour, _seen(painter, 2.0), style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([1, 2])  # dots as long as the line is wide, two widths apart
        painter.setPen(pen)
        painter.drawRoundedRect(r, 6, 6)
        painter.setPen(QColor("#1F2933"))
        painter.setFont(_font(12 if strip else 13.5, True))
        if strip:
            text = painter.fontMetrics().elidedText(
                " ".join(mark.title), Qt.TextElideMode.ElideRight, round(max(8.0, r.width() - 40))
            )
            painter.drawText(
                r.adjusted(12, 0, -28, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        else:
            painter.drawText(
                r.adjusted(12, 8, -12, -8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                "\n".join(mark.title),
            )
        # its title struck through: it is not on the map any more
        painter.setPen(QPen(colour, 1.5))
        metrics = painter.fontMetrics()
        line_h = metrics.lineSpacing()
        lines = 1 if strip else max(1, len(mark.title))
        first = r.center().y() if strip else r.top() + 8 + line_h / 2
        for k in range(min(lines, 4)):
            y = first + k * line_h
            if y > r.bottom() - 4:
                break
            width = metrics.horizontalAdvance(mark.title[k]) if k < len(mark.title) else 0
            right = min(r.right() - 8, r.left() + 12 + width + 2) if not strip else r.right() - 28
            painter.drawLine(QPointF(r.left() + 10, y), QPointF(right, y))
        painter.restore()
        self._glyph(painter, mark, colour, glyph)


class CompareOverlay:
    """The compare layer of one scene: `show` a geometry, `clear` it."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.layer: CompareLayer | None = None

    def show(self, geometry: CompareGeometry) -> None:
        self.clear()
        self.layer = CompareLayer(geometry)
        self.scene.addItem(self.layer)

    def clear(self) -> None:
        if self.layer is not None:
            if self.layer.scene() is not None:
                self.scene.removeItem(self.layer)
            self.layer = None

    @property
    def shown(self) -> bool:
        return self.layer is not None


__all__ = ["STYLES", "CompareLayer", "CompareOverlay"]
