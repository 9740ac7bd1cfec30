"""Far away, the cards of the map drawn by one item, a column at a time.

Zoomed out to fit a big map, a card is a coloured box a few pixels wide. Drawn by its own
item, each of 2,000 (or 20,000) boxes costs a Python call to paint, and that was most of a
frame at the zoom a big map opens with (panning and Ctrl+wheel zoom repainted thousands of
them; an undo at that zoom repainted them all). Below `FAR_BELOW` the card items have no
contents (Qt does not ask them to paint) and this layer draws every card with a few
``drawRects`` calls per column: the boxes of a column grouped by their fill and border,
the kind bars and image frames, kept until a card of the column changes.

A card that is selected or hovered draws itself (its selection outline, its handle) and is
left out of the layer, as is a card being dragged (it is selected). The look is the one of
`drawing.draw_card_sketch` without bars, which the items drew at these zooms.

The background far away is drawn here too (`Background`): in device pixels, with the
columns' tints blended beforehand with the rows under them.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from operator import is_not

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CardBox, MapLayout
from ..layout.theme import KIND_ACCENT
from ..perf import paused_gc
from ..render import drawing, painting

#: below this zoom the layer draws the cards (plain boxes: no bars where the text is)
FAR_BELOW = 0.12

_NO_PEN = Qt.PenStyle.NoPen


Box = tuple[float, float, float, float]  # left, top, right, bottom


def exposed_boxes(item: QGraphicsItem, option: QStyleOptionGraphicsItem) -> list[Box]:
    """The parts of the scene being repainted, in scene coordinates: the rectangles of
    the view's paint event (`MapView.paintEvent`; a scroll repaints the strip it uncovers
    and the pinned headers' strips along two edges, whose bounding rectangle is the whole
    view), else the exposed rectangle."""
    e = option.exposedRect
    whole: Box = (e.left(), e.top(), e.right(), e.bottom())
    scene = item.scene()
    boxes = getattr(scene, "exposed_boxes", None)
    if not boxes:
        return [whole]
    return [
        (max(b[0], whole[0]), max(b[1], whole[1]), min(b[2], whole[2]), min(b[3], whole[3]))
        for b in boxes
        if b[0] <= whole[2] and whole[0] <= b[2] and b[1] <= whole[3] and whole[1] <= b[3]
    ]


_BLENDS: dict[tuple[str, str, float], str] = {}


def blended(under: str, over: str, alpha: float) -> str:
    """The colour of ``over`` at ``alpha`` on ``under`` (#RRGGBB), as Qt's raster engine
    blends it: worked out by painting one pixel."""
    key = (under, over, alpha)
    colour = _BLENDS.get(key)
    if colour is None:
        if len(_BLENDS) > 4096:  # (themes have few colours; custom stage colours add some)
            _BLENDS.clear()
        pixel = QImage(1, 1, QImage.Format.Format_RGB32)
        pixel.fill(painting.qcolour(under))
        p = QPainter(pixel)
        p.fillRect(QRect(0, 0, 1, 1), painting.qcolour(over, alpha))
        p.end()
        colour = _BLENDS[key] = pixel.pixelColor(0, 0).name()
    return colour


class Background:
    """`drawing.draw_background` far away, in device pixels, with each column's tint
    blended beforehand with the row under it: opaque fills only (blending 40 tall fills
    over the view cost more than the rest of a frame). On
    the screen's 8-bit channels these are the very pixels the blended fills give. Only what
    meets the part being repainted is drawn; the fills are worked out once per layout."""

    __slots__ = ("_fills", "_layout", "_plans")

    def __init__(self) -> None:
        self._layout: MapLayout | None = None
        #: (left, top, right, bottom, colour) in scene coordinates, in drawing order
        self._fills: list[tuple[float, float, float, float, QColor]] = []
        #: the fills of the last two geometries (an undo, a redo brings one back)
        self._plans: dict[tuple, list[tuple[float, float, float, float, QColor]]] = {}

    def _plan(self, layout: MapLayout) -> list[tuple[float, float, float, float, QColor]]:
        if layout is self._layout:
            return self._fills
        t, grid = layout.theme, layout.grid
        key = (
            t,
            layout.width,
            layout.height,
            grid.y,
            grid.h,
            tuple((ln.row.x, ln.row.y, ln.row.w, ln.row.h, ln.fill) for ln in layout.lanes),
            tuple((st.column.x, st.column.w, st.fill) for st in layout.stages),
        )
        fills = self._plans.get(key)
        if fills is None:
            fills = self._make_plan(layout)
            self._plans = {k: v for k, v in self._plans.items() if v is self._fills}
            self._plans[key] = fills
        self._layout, self._fills = layout, fills
        return fills

    def _make_plan(self, layout: MapLayout) -> list[tuple[float, float, float, float, QColor]]:
        t, grid = layout.theme, layout.grid
        colour = painting.qcolour
        top, bottom = grid.y, grid.y + grid.h
        # as `drawing.draw_background` draws them: the page, the rows, then the tints (here
        # blended); fills that meet at an edge can round a pixel apart where a half pixel
        # falls, and what lies under shows there as it does in the plain drawing (opaque
        # fills under the tints cost little)
        fills = [(0.0, 0.0, layout.width, layout.height, colour(t.page))]
        fills += [
            (r.x, r.y, r.x + r.w, r.y + r.h, colour(lane.fill))
            for lane in layout.lanes
            if (r := lane.row)
        ]
        # what lies under the tints, top to bottom: the rows, and the page between them
        bands: list[tuple[float, float, str]] = []
        y = top
        for lane in sorted(layout.lanes, key=lambda ln: ln.row.y):
            r = lane.row
            b0, b1 = max(r.y, y), min(r.y + r.h, bottom)
            if b1 <= b0:
                continue
            if b0 > y:
                bands.append((y, b0, t.page))
            bands.append((b0, b1, lane.fill))
            y = b1
        if y < bottom:
            bands.append((y, bottom, t.page))
        alpha = t.column_tint_alpha
        for stage in layout.stages:
            c = stage.column
            fills += [
                (c.x, b0, c.x + c.w, b1, colour(blended(under, stage.fill, alpha)))
                for b0, b1, under in bands
            ]
        return fills

    def draw(self, p: QPainter, layout: MapLayout, exposed: QRectF | None = None) -> None:
        """Draw the background of ``layout`` where it meets ``exposed`` (scene
        coordinates; None: everywhere)."""
        t = p.worldTransform()
        if t.isRotating():
            drawing.draw_background(painting.DeviceFills(p, layout.theme.typeface), layout)
            return
        if exposed is None:
            left = top = -math.inf
            right = bottom = math.inf
        else:
            # (a few pixels more: what is drawn beyond them is clipped away)
            m = 3.0 / max(min(abs(t.m11()), abs(t.m22())), 1e-6)
            left, top = exposed.left() - m, exposed.top() - m
            right, bottom = exposed.right() + m, exposed.bottom() + m
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fill, rect, map_rect = p.fillRect, QRectF, t.mapRect
        for x0, y0, x1, y1, colour in self._plan(layout):
            if x0 < x1 and y0 < y1 and x0 < right and left < x1 and y0 < bottom and top < y1:
                fill(map_rect(rect(x0, y0, x1 - x0, y1 - y0)), colour)
        p.restore()
        within = (left, top, right, bottom)
        drawing.draw_grid_lines(painting.QtSurface(p, layout.theme.typeface), layout, within)


class _Cell:
    """The boxes of one cell's cards, grouped for drawing (scene coordinates)."""

    __slots__ = ("bar_width", "bars", "boxes", "cards", "frames", "ids")

    def __init__(self, cards: list[CardBox], bar_width: float, ids: list[str]) -> None:
        #: what it was grouped from: the boxes, and the layout's list of the cell's card ids
        #: (the layout cache's: the same list object holds the same boxes)
        self.cards, self.bar_width, self.ids = cards, bar_width, ids
        self.boxes: dict[tuple[str, str], list[QRectF]] = {}
        self.bars: dict[str, list[QRectF]] = {}
        self.frames: list[QRectF] = []
        boxes, bars = self.boxes, self.bars
        for box in cards:
            r = box.rect
            key = (box.fill, box.border)
            group = boxes.get(key)
            if group is None:
                group = boxes[key] = []
            group.append(QRectF(r.x, r.y, r.w, r.h))
            if box.kind_icon is not None:
                colour = KIND_ACCENT[box.kind]
                bar = bars.get(colour)
                if bar is None:
                    bar = bars[colour] = []
                bar.append(QRectF(r.x, r.y, bar_width, r.h))
            if box.image is not None:
                i = box.image.rect
                self.frames.append(QRectF(i.x, i.y, i.w, i.h))


class CardSketchLayer(QGraphicsItem):
    """Draws the cards whose items have no contents (see the module)."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)  # just under the card items (a selected card draws over it)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.active = False
        self._rect = QRectF()
        self._layout: MapLayout | None = None
        #: by (stage, lane); missing: to be grouped again at the next paint
        self._cells: dict[tuple[str, str], _Cell] = {}
        #: the groups dropped at the last `set_layout` and since: an undo or a redo brings
        #: back the very boxes of a cell (then its group serves again)
        self._older: dict[tuple[str, str], _Cell] = {}
        self._dropped: dict[tuple[str, str], _Cell] = {}
        #: cards drawn by their own item (selected, hovered)
        self._own: set[str] = set()

    # -- not an object on the map: no shape, no clicks

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def contains(self, point) -> bool:  # type: ignore[no-untyped-def]
        return False

    # -- what it draws

    def set_layout(
        self,
        layout: MapLayout,
        changed: Iterable[CardBox],
        rect: QRectF,
        cells: set[tuple[str, str]] | None = None,
    ) -> None:
        """A new layout; ``changed``: the old and new boxes of every card whose box is not
        the same object as before (moved, changed, added or removed), or ``cells``: the
        cells that hold them (stage, lane); ``rect``: a rectangle around the map."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        old, self._layout = self._layout, layout
        # (a cell's group holds its cards' boxes: a card that moves is in ``changed``)
        keys = cells if cells is not None else {(box.stage, box.lane) for box in changed}
        self._older, self._dropped = self._dropped, {}
        for key in keys:
            self._drop(key)
        if not self.active or not keys:
            return
        # the cells where they were and where they are (cards lie inside their cell): an
        # undo moves hundreds of cards, a span worked out from each box cost milliseconds;
        # one rectangle around them all (Qt unites an item's updates into one anyway)
        lefts, tops, rights, bottoms = [], [], [], []
        for lay in (old, layout):
            if lay is None:
                continue
            columns = {s.id: s.column for s in lay.stages}
            rows = {ln.id: ln.row for ln in lay.lanes}
            for stage_id, lane_id in keys:
                c, r = columns.get(stage_id), rows.get(lane_id)
                if c is not None and r is not None:
                    lefts.append(c.x)
                    tops.append(r.y)
                    rights.append(c.x + c.w)
                    bottoms.append(r.y + r.h)
        if lefts:
            left, top = min(lefts) - 2, min(tops) - 2
            self.update(left, top, max(rights) + 2 - left, max(bottoms) + 2 - top)

    def drawn_by_item(self, box: CardBox, own: bool) -> None:
        """A card's item draws it from now on (``own``), or no longer."""
        if (box.id in self._own) == own:
            return
        if own:
            self._own.add(box.id)
        else:
            self._own.discard(box.id)
        self._drop((box.stage, box.lane))
        if self.active:
            r = box.rect
            self.update(QRectF(r.x - 2, r.y - 2, r.w + 4, r.h + 4))

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.update()

    def _drop(self, key: tuple[str, str]) -> None:
        cell = self._cells.pop(key, None)
        if cell is not None:
            self._dropped[key] = cell

    def _cell(self, key: tuple[str, str], layout: MapLayout) -> _Cell:
        cell = self._cells.get(key)
        if cell is None:
            own, cards = self._own, layout.cards
            ids = layout.cell_cards.get(key, [])
            width = layout.theme.kind_bar_width
            cell = self._older.get(key)
            if (
                cell is not None
                and cell.ids is ids
                and cell.bar_width == width
                and len(cell.cards) == len(ids)
                and own.isdisjoint(ids)
            ):
                pass  # (the very list the layout cache keeps with the very boxes: an undo)
            else:
                boxes = [cards[cid] for cid in ids if cid not in own]
                if (
                    cell is None
                    or cell.bar_width != width
                    or len(cell.cards) != len(boxes)
                    or any(map(is_not, cell.cards, boxes))
                ):
                    cell = _Cell(boxes, width, ids)
            self._cells[key] = cell
        return cell

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout = self._layout
        if not self.active or layout is None or not layout.stages or not layout.lanes:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        if lod >= FAR_BELOW:
            self._paint_each(p, layout, option.exposedRect, lod)  # (a render at another scale)
            return
        # the cells in the parts being repainted
        xs, ys = layout._stage_edges, layout._lane_edges
        keys: dict[tuple[str, str], None] = {}
        for left, top, right, bottom in exposed_boxes(self, option):
            s0 = max(bisect.bisect_right(xs, left - 2) - 1, 0)
            s1 = min(bisect.bisect_right(xs, right + 2), len(layout.stages))
            l0 = max(bisect.bisect_right(ys, top - 2) - 1, 0)
            l1 = min(bisect.bisect_right(ys, bottom + 2), len(layout.lanes))
            for stage in layout.stages[s0:s1]:
                for lane in layout.lanes[l0:l1]:
                    keys[(stage.id, lane.id)] = None
        with paused_gc():  # (grouping a cell allocates; see `perf.paused_gc`)
            self._draw(p, layout, keys)

    def _draw(self, p: QPainter, layout: MapLayout, keys: Iterable[tuple[str, str]]) -> None:
        # one call per colour (a call per cell and colour cost more than the drawing)
        boxes: dict[tuple[str, str], list[QRectF]] = {}
        bars: dict[str, list[QRectF]] = {}
        frames: list[QRectF] = []
        for key in keys:
            cell = self._cell(key, layout)
            for group_key, rects in cell.boxes.items():
                group = boxes.get(group_key)
                if group is None:
                    boxes[group_key] = list(rects)
                else:
                    group += rects
            for colour, rects in cell.bars.items():
                group = bars.get(colour)
                if group is None:
                    bars[colour] = list(rects)
                else:
                    group += rects
            frames += cell.frames
        t = layout.theme
        # the boxes without antialiasing (a third of the layer's time; a box of a few
        # pixels looks the same), the bars with it (a fraction of a pixel wide: faint)
        smooth = p.testRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for (fill, border), rects in boxes.items():
            p.setPen(painting.pen(drawing.Stroke(border, t.border_width)))
            p.setBrush(painting.qcolour(fill))
            p.drawRects(rects)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        p.setPen(_NO_PEN)
        for colour, rects in bars.items():
            p.setBrush(painting.qcolour(colour))
            p.drawRects(rects)
        if frames:
            p.setBrush(painting.qcolour(t.image_frame))
            p.drawRects(frames)

    def _paint_each(self, p: QPainter, layout: MapLayout, e: QRectF, lod: float) -> None:
        """Each card as its item would draw it at this scale."""
        from .items import SKETCH_BELOW

        t = layout.theme
        pixel = 1.0 / max(lod, 1e-6)
        s = painting.prepare(p)
        for box in layout.cards.values():
            r = box.rect
            if box.id in self._own or not e.intersects(QRectF(r.x - 4, r.y - 4, r.w + 8, r.h + 8)):
                continue
            if lod < SKETCH_BELOW:
                drawing.draw_card_sketch(s, box, t, False, True, pixel)
            else:
                drawing.draw_card(s, box, t, False)
