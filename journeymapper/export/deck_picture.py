"""The deck's overview picture: the whole map as a PNG, drawn as the PNG export draws it
(`png.png_layout` and the one drawing through `render.painting`), at the size of the slide
rather than at a print resolution (the only part of the deck that needs Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import JourneyMap
from .common import ExportError

if TYPE_CHECKING:
    from ..layout import MapLayout

#: the picture's longest side, in pixels: sharp on a 4K projector, a few MB at most
MAX_SIDE_PX = 3200


def map_layout(doc: JourneyMap) -> MapLayout:
    """The map's layout as the PNG export and the canvas make it (measured by Qt)."""
    from .png import png_layout

    return png_layout(doc)


def overview_png(layout: MapLayout, box_w: float, box_h: float) -> tuple[bytes, int, int]:
    """(PNG bytes, width px, height px) of the whole laid-out map, fitted into a ``box_w`` ×
    ``box_h`` box (any unit: only its shape counts), its longest side at most `MAX_SIDE_PX`."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from ..layout import Rect
    from ..render import painting
    from .png import encode_png

    k = min(box_w / layout.width, box_h / layout.height)
    w_px, h_px = layout.width * k, layout.height * k
    scale = MAX_SIDE_PX / max(w_px, h_px)
    w, h = max(1, round(w_px * scale)), max(1, round(h_px * scale))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportError("not enough memory for the deck's overview picture")
    image.fill(QColor(layout.theme.page))
    painter = QPainter(image)
    try:
        s = w / layout.width
        painter.scale(s, s)
        painting.draw_map(painter, layout, page=True, view=Rect(0, 0, layout.width, layout.height))
    finally:
        painter.end()
    return encode_png(image, "the overview picture could not be encoded as PNG"), w, h
