"""When the scene's map-wide items (background, connection layer, far-away sketches) must
change their rectangle or be drawn again after a new layout, and where the title is."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from ..layout import FontMetrics, MapLayout, StageBox

#: the map-wide items' rectangles grow in steps of this many scene units: changing the
#: rectangle of an item in the scene's index costs milliseconds on a map of 20,000 cards,
#: and an edit that makes a row a little taller then changes none
COARSE = 2048.0


def coarse_rect(layout: MapLayout) -> QRectF:
    """The map's rectangle, rounded up to `COARSE` steps."""
    return QRectF(
        0, 0, math.ceil(layout.width / COARSE) * COARSE, math.ceil(layout.height / COARSE) * COARSE
    )


def index_rect(map_rect: QRectF) -> QRectF:
    """The scene's own rectangle for a map's (with its margin): rounded up to `COARSE`
    steps. Qt files every item in the scene's index again when the rectangle changes (2 ms
    on the large map): an undo that makes a lane shorter then changes none. The views
    scroll over the map's rectangle itself."""
    return QRectF(
        map_rect.x(),
        map_rect.y(),
        math.ceil(map_rect.width() / COARSE) * COARSE,
        math.ceil(map_rect.height() / COARSE) * COARSE,
    )


def frame_changed(old: MapLayout, new: MapLayout) -> bool:
    """Whether the background (page, rows, columns, title, emotion scales) looks different."""
    return (
        old.width != new.width
        or old.height != new.height
        or old.theme != new.theme
        or old.title != new.title
        or old.subtitle != new.subtitle
        or old.brand != new.brand
        or old.grid != new.grid
        or old.lanes != new.lanes
        or old.stages != new.stages
        or old.scales != new.scales
    )


def stage_look(box: StageBox) -> tuple[object, ...]:
    """What a stage's header and column tint are drawn from (not its column's length:
    that follows the grid's height)."""
    return (box.rect, box.column.x, box.column.w, box.fill, box.name, box.description)


def frame_changes(old: MapLayout, new: MapLayout) -> QRectF | None:
    """Where the background looks different, when `frame_changed` (scene units; None:
    everywhere). A row that
    grows or shrinks changes the background from its top down, a column from its left
    edge rightwards: an undo that makes a row taller repaints the rows below it, not the
    rows above."""
    if (
        old.theme != new.theme
        or old.title != new.title
        or old.subtitle != new.subtitle
        or old.brand != new.brand
        or old.width != new.width
        or len(old.lanes) != len(new.lanes)
        or len(old.stages) != len(new.stages)
    ):
        return None
    top = bottom = None
    for a, b in zip(old.lanes, new.lanes, strict=True):
        if a != b:
            top = min(a.rect.y, b.rect.y, a.row.y, b.row.y)
            break
    left = None
    for a, b in zip(old.stages, new.stages, strict=True):
        if a != b and stage_look(a) != stage_look(b):
            left = min(a.rect.x, b.rect.x)
            break
    if old.grid != new.grid:
        bottom = min(old.grid.bottom, new.grid.bottom)  # (the grid's foot and border)
        top = bottom if top is None else min(top, bottom)
    # (an emotion scale is made from its lane's row and the theme, inside that row: a
    # scale that changed is in a lane that changed)
    height = max(old.height, new.height)
    width = max(old.width, new.width)
    area = QRectF()
    if top is not None:
        area = area.united(QRectF(0, top - 2, width, height - top + 4))
    if left is not None:
        area = area.united(QRectF(left - 2, 0, width - left + 4, height))
    return area if not area.isEmpty() else None


def title_rect(layout: MapLayout, metrics: FontMetrics) -> QRectF:
    """Where a double-click renames the map: the title's text (at least a few letters
    wide, for a short one), never the brand's logo beside it."""
    from ..layout.brand import typeface_metrics

    title = layout.title
    m = typeface_metrics(metrics, layout.theme.typeface)
    width = max((m.width(line, title.size, title.bold) for line in title.lines), default=0)
    right = layout.width - title.x
    marks = layout.brand
    if marks is not None and marks.logo_rect is not None:
        right = marks.logo_rect.x - layout.theme.logo_gap / 2
    width = min(max(width, 4 * title.size), right - title.x)
    return QRectF(title.x, title.y, max(width, 0.0), title.height)
