"""Reading what a picture shows: pixels of a colour, dark (ink) pixels, pixels unlike a
background, counted inside a rectangle. For tests that check what is drawn, not only that
painting returned."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene


def _count(image: QImage, rect: QRect | None, keep: Callable[[int, int, int], bool]) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    area = rgb.rect() if rect is None else rect.intersected(rgb.rect())
    data = bytes(rgb.constBits())  # (keep `rgb` referenced while its bits are read)
    stride = rgb.bytesPerLine()
    n = 0
    for y in range(area.top(), area.bottom() + 1):
        row = y * stride
        for x in range(area.left(), area.right() + 1):
            i = row + 4 * x  # B, G, R, A in memory
            if keep(data[i + 2], data[i + 1], data[i]):
                n += 1
    return n


def colour_pixels(image: QImage, colour: str, rect: QRect | None = None, tol: int = 24) -> int:
    """How many pixels (inside ``rect``) are ``colour``, within ``tol`` on each channel."""
    c = QColor(colour)
    r0, g0, b0 = c.red(), c.green(), c.blue()
    return _count(
        image,
        rect,
        lambda r, g, b: abs(r - r0) <= tol and abs(g - g0) <= tol and abs(b - b0) <= tol,
    )


def ink_pixels(image: QImage, rect: QRect | None = None, darker_than: int = 110) -> int:
    """How many pixels (inside ``rect``) are dark on every channel: drawn text, on the
    light fills of the map and of the widgets."""
    return _count(image, rect, lambda r, g, b: max(r, g, b) < darker_than)


def unlike_pixels(image: QImage, background: str, rect: QRect | None = None, tol: int = 8) -> int:
    """How many pixels (inside ``rect``) differ from ``background`` by more than ``tol``."""
    c = QColor(background)
    r0, g0, b0 = c.red(), c.green(), c.blue()
    return _count(image, rect, lambda r, g, b: max(abs(r - r0), abs(g - g0), abs(b - b0)) > tol)


def render_scene(scene: QGraphicsScene, source: QRectF, background: str) -> QImage:
    """``source`` (scene units) of ``scene`` painted at 1:1 on ``background``."""
    w, h = max(1, round(source.width())), max(1, round(source.height()))
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, w, h), source)
    painter.end()
    return image
