"""When the scene's map-wide items (background, connection layer, far-away sketches) must
change their rectangle or be drawn again after a new layout."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from ..layout import MapLayout

#: the map-wide items' rectangles grow in steps of this many scene units: changing the
#: rectangle of an item in the scene's index costs milliseconds on a map of 20,000 cards,
#: and an edit that makes a row a little taller then changes none
COARSE = 2048.0


def coarse_rect(layout: MapLayout) -> QRectF:
    """The map's rectangle, rounded up to `COARSE` steps."""
    return QRectF(
        0, 0, math.ceil(layout.width / COARSE) * COARSE, math.ceil(layout.height / COARSE) * COARSE
    )


def frame_changed(old: MapLayout, new: MapLayout) -> bool:
    """Whether the background (page, rows, columns, title, emotion scales) looks different."""
    return (
        old.width != new.width
        or old.height != new.height
        or old.theme != new.theme
        or old.title != new.title
        or old.subtitle != new.subtitle
        or old.grid != new.grid
        or old.lanes != new.lanes
        or old.stages != new.stages
        or old.scales != new.scales
    )
