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
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CardBox, MapLayout
from ..layout.theme import KIND_ACCENT
from ..render import drawing, painting

#: below this zoom the layer draws the cards (plain boxes: no bars where the text is)
FAR_BELOW = 0.12

_NO_PEN = Qt.PenStyle.NoPen


class _Column:
    """The boxes of one column's cards, grouped for drawing (scene coordinates)."""

    __slots__ = ("bars", "boxes", "frames", "left", "right")

    def __init__(self, cards: Iterable[CardBox], theme_bar: float) -> None:
        self.boxes: dict[tuple[str, str], list[QRectF]] = {}
        self.bars: dict[str, list[QRectF]] = {}
        self.frames: list[QRectF] = []
        left = right = None
        boxes, bars = self.boxes, self.bars
        for box in cards:
            r = box.rect
            rect = QRectF(r.x, r.y, r.w, r.h)
            key = (box.fill, box.border)
            group = boxes.get(key)
            if group is None:
                group = boxes[key] = []
            group.append(rect)
            if box.kind_icon is not None:
                colour = KIND_ACCENT[box.kind]
                bar = bars.get(colour)
                if bar is None:
                    bar = bars[colour] = []
                bar.append(QRectF(r.x, r.y, theme_bar, r.h))
            if box.image is not None:
                i = box.image.rect
                self.frames.append(QRectF(i.x, i.y, i.w, i.h))
            if left is None or r.x < left:
                left = r.x
            if right is None or r.right > right:
                right = r.right
        # (a pen's width beyond the box)
        self.left = (left if left is not None else 0.0) - 2
        self.right = (right if right is not None else 0.0) + 2


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
        #: by stage id; None: to be grouped again at the next paint
        self._columns: dict[str, _Column | None] = {}
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

    def set_layout(self, layout: MapLayout, changed: Iterable[CardBox], rect: QRectF) -> None:
        """A new layout; ``changed``: the old and new boxes of every card whose box is not
        the same object as before (moved, changed, added or removed); ``rect``: a
        rectangle around the map."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        old = self._layout
        self._layout = layout
        stages = {s.id for s in layout.stages}
        if old is None or [s.id for s in old.stages] != [s.id for s in layout.stages]:
            self._columns = dict.fromkeys(stages)
            self.update()
            return
        dirty: dict[str, list[float]] = {}
        for box in changed:
            r = box.rect
            span = dirty.get(box.stage)
            if span is None:
                dirty[box.stage] = [r.x, r.y, r.right, r.bottom]
            else:
                span[0] = min(span[0], r.x)
                span[1] = min(span[1], r.y)
                span[2] = max(span[2], r.right)
                span[3] = max(span[3], r.bottom)
        for stage_id, (x0, y0, x1, y1) in dirty.items():
            if stage_id in self._columns:
                self._columns[stage_id] = None
            if self.active:
                self.update(QRectF(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4))

    def drawn_by_item(self, box: CardBox, own: bool) -> None:
        """A card's item draws it from now on (``own``), or no longer."""
        if (box.id in self._own) == own:
            return
        if own:
            self._own.add(box.id)
        else:
            self._own.discard(box.id)
        if box.stage in self._columns:
            self._columns[box.stage] = None
        if self.active:
            r = box.rect
            self.update(QRectF(r.x - 2, r.y - 2, r.w + 4, r.h + 4))

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.update()

    def _column(self, stage_id: str, layout: MapLayout) -> _Column:
        column = self._columns.get(stage_id)
        if column is None:
            own, cards, cells = self._own, layout.cards, layout.cell_cards
            boxes = [
                cards[cid]
                for lane in layout.lanes
                for cid in cells.get((stage_id, lane.id), ())
                if cid not in own
            ]
            column = self._columns[stage_id] = _Column(boxes, layout.theme.kind_bar_width)
        return column

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout = self._layout
        if not self.active or layout is None:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        e = option.exposedRect
        if lod >= FAR_BELOW:
            self._paint_each(p, layout, e, lod)  # (a render at another scale than the view's)
            return
        left, right = e.left(), e.right()
        t = layout.theme
        columns = []
        for stage in layout.stages:
            c = stage.column
            if c.right >= left and c.x <= right:
                column = self._column(stage.id, layout)
                if column.right >= left and column.left <= right:
                    columns.append(column)
        # one call per colour (a call per column and colour cost more than the drawing)
        boxes: dict[tuple[str, str], list[QRectF]] = {}
        bars: dict[str, list[QRectF]] = {}
        frames: list[QRectF] = []
        for column in columns:
            for key, rects in column.boxes.items():
                group = boxes.get(key)
                if group is None:
                    boxes[key] = list(rects)
                else:
                    group += rects
            for key, rects in column.bars.items():
                group = bars.get(key)
                if group is None:
                    bars[key] = list(rects)
                else:
                    group += rects
            frames += column.frames
        for (fill, border), rects in boxes.items():
            p.setPen(painting.pen(drawing.Stroke(border, t.border_width)))
            p.setBrush(painting.qcolour(fill))
            p.drawRects(rects)
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
