"""Rubber-band selection: a press on empty map space, dragged, selects what the band
touches (Ctrl: adds to the selection). It changes no document, so it pushes no edit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .base import Host, Interaction

#: a press that moves less than this (scene units) is a click on empty space
BAND_START = 3.0


class RubberBand(Interaction):
    passes_press = False

    def __init__(self, host: Host, start: QPointF, add: bool) -> None:
        super().__init__(host)
        self.start = start
        self.add = add
        self.active = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.active and (pos - self.start).manhattanLength() < BAND_START:
            return
        self.active = True
        rect = QRectF(self.start, pos).normalized()
        self.host.overlay.show_band(rect)
        path = QPainterPath()
        path.addRect(rect)
        op = (
            Qt.ItemSelectionOperation.AddToSelection
            if self.add
            else Qt.ItemSelectionOperation.ReplaceSelection
        )
        self.host.setSelectionArea(path, op, Qt.ItemSelectionMode.IntersectsItemShape, QTransform())

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.end()
        if not self.active:
            self.host.focus_cell_at(event.scenePos())  # a click on empty space
