"""The emotion lanes' items: the curves of a lane and their points, which stay big enough
to read and grab however far away the map is (`point_growth`)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.kinds import PartKind
from ..layout import DEFAULT_THEME, CurvePoint, EmotionScale
from ..render import drawing, painting
from .items import MapItem

#: far away, an emotion curve stays this many pixels wide and its points this big (radius),
#: so that the curve can still be read and a point grabbed
CURVE_MIN_PX = 2.0
POINT_MIN_PX = 4.5


def point_growth(zoom: float) -> float:
    """How much an emotion point is drawn (and hit) bigger than its size at this zoom."""
    return max(1.0, POINT_MIN_PX / (6.5 * max(zoom, 1e-6)))


class EmotionLaneItem(MapItem):
    """The curves of one emotion lane; a click on an empty stage slot adds a point (see
    `interactions.emotion`)."""

    kind = PartKind.LANE

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.scale: EmotionScale | None = None
        self._rect = QRectF()
        self.setZValue(2)

    def set_scale(self, scale: EmotionScale, rect: QRectF) -> None:
        """The lane's scale and rectangle (repainted if either changed; the scene repaints
        the lane when its curves or notes change)."""
        if rect == self._rect and scale == self.scale:
            return  # (an edit elsewhere: repainting the lane across the map cost a frame)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.scale = scale
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout = self.map_scene().layout
        s = painting.prepare(p, layout.theme.typeface)
        preview = self.map_scene().curve_preview
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        # never thinner than 2 px
        width = max(layout.theme.curve_width, CURVE_MIN_PX / max(lod, 1e-6))
        for curve in layout.curves:
            if curve.lane == self.part_id:
                curve = preview.get((curve.lane, curve.persona), curve)
                drawing.draw_curve(s, curve, layout.theme, width)
        for note in layout.notes:
            if self._rect.contains(note.rect.cx, note.rect.cy):
                drawing.draw_emotion_note(s, note, layout.theme)


class EmotionPointItem(MapItem):
    """A point of a curve: drag up or down to change the score (whole steps; Shift: tenths)."""

    kind = PartKind.EMOTION

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.point: CurvePoint | None = None
        self.colour = DEFAULT_THEME.ink
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(20)
        self.grow = 1.0  # see `point_growth`
        self._reach = 1.0  # the growth the bounding rectangle allows for (`set_grow`)

    def set_grow(self, grow: float) -> None:
        """Draw (and hit) the point ``grow`` times its size. The bounding rectangle grows by
        doublings only, and shrinks only when the point has shrunk to a quarter of it: a Ctrl+wheel
        step changes every point's growth, and a geometry change of each of the map's points
        per zoom frame cost more than their drawing."""
        if grow == self.grow:
            return
        if grow > self._reach or grow * 4 < self._reach:  # (zooming back and forth: kept)
            self.prepareGeometryChange()
            self._reach = 2.0 ** math.ceil(math.log2(grow)) if grow > 1.0 else 1.0
        self.grow = grow  # (a new zoom repaints the whole view)

    def set_point(self, point: CurvePoint, colour: str) -> None:
        if point == self.point and colour == self.colour:
            if self.pos() != QPointF(point.x, point.y):
                self.setPos(point.x, point.y)  # a drag that changed nothing
            return
        self.point = point
        self.colour = colour
        self.setPos(point.x, point.y)
        self.update()

    def boundingRect(self) -> QRectF:
        r = 14 * self._reach
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), 11 * self.grow, 11 * self.grow)
        return path

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.map_scene().layout.theme
        s = painting.prepare(p)
        drawing.draw_curve_point(s, 0, 0, self.colour, theme, self.isSelected(), self.grow)
