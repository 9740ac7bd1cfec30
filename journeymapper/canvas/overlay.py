"""What gestures show over the map while they run: a drop bar, a rubber line or band,
the score of a dragged emotion point. Nothing here is part of the document."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from ..layout import DEFAULT_THEME
from ..render.fonts import base_font

INDICATOR_COLOUR = DEFAULT_THEME.selection


def _tint(alpha: int) -> QColor:
    """The indicator colour, see-through."""
    colour = QColor(INDICATOR_COLOUR)
    colour.setAlpha(alpha)
    return colour


class Overlay:
    """The indicator items of one scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.indicator = QGraphicsPathItem()
        self.indicator.setZValue(900)
        self.indicator.setPen(QPen(QColor(INDICATOR_COLOUR), 3))
        self.indicator.setBrush(_tint(40))
        self.indicator.hide()
        scene.addItem(self.indicator)
        self.score_label = QGraphicsSimpleTextItem()
        self.score_label.setZValue(901)
        self.score_label.setBrush(QColor(DEFAULT_THEME.ink))
        font = QFont(base_font(True))
        font.setPixelSize(14)
        self.score_label.setFont(font)
        self.score_label.hide()
        scene.addItem(self.score_label)
        self.band = QGraphicsRectItem()
        self.band.setZValue(902)
        pen = QPen(QColor(INDICATOR_COLOUR), 1)
        pen.setCosmetic(True)
        self.band.setPen(pen)
        self.band.setBrush(_tint(30))
        self.band.hide()
        scene.addItem(self.band)
        #: the cell focus (a click on an empty cell): stays until something is selected
        self.focus = QGraphicsRectItem()
        self.focus.setZValue(3)
        pen = QPen(QColor(INDICATOR_COLOUR), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.focus.setPen(pen)
        self.focus.setBrush(_tint(18))
        self.focus.hide()
        scene.addItem(self.focus)

    def show_focus(self, rect: QRectF) -> None:
        self.focus.setRect(rect)
        self.focus.show()

    def hide_focus(self) -> None:
        self.focus.hide()

    def show_bar(self, rect: QRectF) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 2, 2)
        self.indicator.setPath(path)
        self.indicator.show()

    def show_line(self, start: QPointF, end: QPointF) -> None:
        path = QPainterPath(start)
        path.lineTo(end)
        self.indicator.setPath(path)
        self.indicator.show()

    def show_score(self, pos: QPointF, score: float) -> None:
        self.score_label.setText(f"{score:+.1f}".replace(".0", "") if score else "0")
        self.score_label.setPos(pos + QPointF(14, -24))
        self.score_label.show()

    def show_band(self, rect: QRectF) -> None:
        self.band.setRect(rect.normalized())
        self.band.show()

    def hide(self) -> None:
        self.indicator.hide()
        self.score_label.hide()
        self.band.hide()


__all__ = ["Overlay"]
