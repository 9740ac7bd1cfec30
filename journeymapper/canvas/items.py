"""Graphics items of the map. Each holds an id and its layout box; none owns data.

Items draw themselves and say what is where (a card's handle, a header's border); the
gestures on them are interaction objects (see `interactions`), which end in one edit;
the scene then re-syncs every item.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPainterPathStroker,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..editing.kinds import PartKind
from ..layout import (
    CardBox,
    ConnectionPath,
    Curve,
    LaneBox,
    MapLayout,
    Rect,
    StageBox,
)
from ..render import drawing, painting
from ..render.painting import qrect
from . import far as far_module
from .scene_frame import stage_look

RESIZE_GRIP = 7.0
#: below this zoom cards are sketched (text would be under ~5 px tall)
SKETCH_BELOW = 0.35
CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
#: from this zoom a sketched card shows bars where its lines are
BARS_FROM = 0.12
HANDLE_RADIUS = 7.0
#: cards lie under the connections (12), whose arrowheads and labels touch them; a card
#: showing its handle lies above them
CARD_Z, CARD_RAISED_Z = 10.0, 13.0


def _moved(old: CardBox, new: CardBox) -> tuple[float, float] | None:
    """How far ``new`` is ``old`` moved, if that is its only difference (no repaint needed)."""
    dx, dy = new.rect.x - old.rect.x, new.rect.y - old.rect.y
    if (old.rect.w, old.rect.h) != (new.rect.w, new.rect.h) or old.fill != new.fill:
        return None
    if new.title.lines != old.title.lines or new.title.x - old.title.x != dx:
        return None
    same_body = (old.body is None) == (new.body is None) and (
        old.body is None or (new.body is not None and old.body.lines == new.body.lines)
    )
    if not same_body or [c.text.lines for c in old.chips] != [c.text.lines for c in new.chips]:
        return None
    if old.channel != new.channel or old.border != new.border:
        return None
    return dx, dy


class ItemHost(Protocol):
    """What items read from their scene (a `MapScene`) while they draw."""

    layout: MapLayout
    #: curves drawn where a gesture has them for now, by (lane, persona)
    curve_preview: dict[tuple[str, str | None], Curve]

    def set_connection_selected(self, conn_id: str, selected: bool) -> None: ...


class MapItem(QGraphicsItem):
    """Base: an id, a kind and access to the scene's layout."""

    kind: PartKind = PartKind.MAP

    def __init__(self, part_id: str) -> None:
        super().__init__()
        self.part_id = part_id

    def map_scene(self) -> ItemHost:
        # called from paint(): no isinstance (items only live in a MapScene)
        return self.scene()  # type: ignore[return-value]


class BackgroundItem(QGraphicsItem):
    """Page, column tints, row bands and grid lines, and the map title."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-100)
        self._rect = QRectF()
        # redrawn only when the map changes or the zoom does (Qt caches the visible part)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.far = False
        self._far_background = far_module.Background()
        # (far away, only what meets the exposed rectangle is drawn)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_far(self, far: bool) -> None:
        """Far away the background is drawn in device pixels, and not cached: zooming
        there re-made the cache at every step, slower than drawing it."""
        self.far = far
        if not far:
            self._far_background = far_module.Background()  # (lets its layout go)
        self.setCacheMode(
            QGraphicsItem.CacheMode.NoCache
            if far
            else QGraphicsItem.CacheMode.DeviceCoordinateCache
        )
        self.update()

    def set_rect(self, rect: QRectF, changed: QRectF | None = None) -> None:
        """The map's rectangle; ``changed``: where the background looks different (None:
        everywhere; see `scene_frame.frame_changes`)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        if changed is None:
            self.update()
        else:
            self.update(changed)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.scene()
        layout = getattr(scene, "layout", None)
        if layout is None:
            return
        s = painting.prepare(p, layout.theme.typeface)
        if self.far:
            # tall, thin fills (a column's tint) under a scaling transform cost a pass of
            # the antialiasing rasterizer each: far away, fill device pixels instead
            self._far_background.draw(p, layout, option.exposedRect)
        else:
            drawing.draw_background(s, layout)
        tint = getattr(scene, "tint", None)
        if tint is not None:
            tint.paint_columns(s, layout)  # stages coloured by emotion (`mood`)
        drawing.draw_title(s, layout)
        for scale in layout.scales.values():
            drawing.draw_scale(s, scale, layout.theme)


class HeaderItem(MapItem):
    """A stage or lane header: dragged to reorder, its far border dragged to resize
    (see `interactions.headers`).

    Stages run along x (their right border resizes), lanes along y (their bottom border).
    """

    horizontal = True  # the header's position runs along x

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.box: StageBox | LaneBox | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_box(self, box: StageBox | LaneBox) -> None:
        if box == self.box:
            return
        old = self.box
        if old is None or box.rect != old.rect:
            self.prepareGeometryChange()
        self.box = box
        if (
            isinstance(old, StageBox)
            and isinstance(box, StageBox)
            and stage_look(old) == stage_look(box)
        ):
            return  # (only its column's length changed: the header looks the same)
        self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 2) if self.box else QRectF()

    def _along(self, pos: QPointF) -> float:
        return pos.x() if self.horizontal else pos.y()

    def _start_end(self, box: StageBox | LaneBox) -> tuple[float, float]:
        r = box.rect
        return (r.x, r.right) if self.horizontal else (r.y, r.bottom)

    def _siblings(self) -> list:  # type: ignore[type-arg]
        layout = self.map_scene().layout
        return layout.stages if self.horizontal else layout.lanes

    def border_owner(self, pos: QPointF) -> tuple[str, float] | None:
        """The header whose far border is under ``pos`` (this one's, or the previous one's
        when pressing on this one's near edge), and where that header starts."""
        if self.box is None:
            return None
        start, end = self._start_end(self.box)
        at = self._along(pos)
        if abs(at - end) <= RESIZE_GRIP:
            return self.part_id, start
        if abs(at - start) <= RESIZE_GRIP and self.box.index > 0:
            prev = self._siblings()[self.box.index - 1]
            return prev.id, self._start_end(prev)[0]
        return None

    def _on_border(self, pos: QPointF) -> bool:
        return self.border_owner(pos) is not None

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        split = Qt.CursorShape.SplitHCursor if self.horizontal else Qt.CursorShape.SplitVCursor
        self.setCursor(split if self._on_border(event.pos()) else Qt.CursorShape.OpenHandCursor)


class StageHeaderItem(HeaderItem):
    """A column header: drag to reorder, drag its right border to resize."""

    kind = PartKind.STAGE
    horizontal = True

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if isinstance(self.box, StageBox):
            scene = self.map_scene()
            theme = scene.layout.theme
            tint = getattr(scene, "tint", None)
            box = self.box if tint is None else tint.header_box(self.box)
            s = painting.prepare(p, theme.typeface)
            drawing.draw_stage_header(s, box, theme, self.isSelected())
            if tint is not None:
                tint.paint_plate(s, self.box, theme)  # the average, as a number


class LaneHeaderItem(HeaderItem):
    """A row header: drag to reorder, drag its bottom border to resize."""

    kind = PartKind.LANE
    horizontal = False

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if isinstance(self.box, LaneBox):
            theme = self.map_scene().layout.theme
            drawing.draw_lane_header(
                painting.prepare(p, theme.typeface), self.box, theme, self.isSelected()
            )


def _card_bounds(r: Rect) -> QRectF:
    """A card item's bounding rectangle, in its own coordinates: the card, its handle on
    the right edge and its shadow."""
    return QRectF(-3, -3, r.w + HANDLE_RADIUS + 7, r.h + 8)


class CardItem(MapItem):
    """A sticky note. Dragged (with the rest of the selection) to another cell or
    position; its handle on the right starts a connection (see `interactions.cards`)."""

    kind = PartKind.CARD

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.box: CardBox | None = None
        self._bounds = QRectF()
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(CARD_Z)
        # (the cursor is set on hover: setting one on each of 20,000 cards slows opening)
        # zoomed in, a moved or uncovered card is blitted from a pixmap instead of being
        # redrawn (MapScene.set_zoom_level); zoomed out, its sketch is cheaper than a cache
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self._hover = False
        #: far away, the scene's `CardSketchLayer` draws the card (see `set_far`)
        self._far = False
        self._own = False
        #: whether it has no contents now (the flag, read without Qt: see `set_box`)
        self._empty = False
        #: Qt has not been told where its box is yet (see `placing`)
        self._unplaced = False

    def set_far(self, far: bool) -> None:
        """Far away (see `far.FAR_BELOW`) the card has no contents of its own: the sketch
        layer draws it, unless it is selected or hovered (then it draws itself, on top)."""
        if far != self._far:
            self._far = far
            self.sync_contents()

    def sync_contents(self) -> None:
        """(Called on hover and by the scene when the selection changed: an itemChange
        override would be called for every change of 20,000 cards.)"""
        if self._unplaced:
            self.place()  # (it may draw itself from now on)
        own = self._hover or self.isSelected()
        if own != self._own and self.box is not None:
            self._own = own
            scene = self.scene()
            sketches = getattr(scene, "sketches", None)
            if sketches is not None:
                sketches.drawn_by_item(self.box, own)
        empty = self._far and not own
        if self._empty != empty:
            self._empty = empty
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, empty)
            if not empty:
                self.update()

    def set_box(self, box: CardBox, put_back: bool = False, later: bool = False) -> bool:
        """Show ``box``; ``put_back``: the card was dragged since (a refused drop, a drag
        cut short), so it goes back where the layout says even if its box is the same;
        ``later``: if it has no contents, Qt may be told where it is later (`place`: see
        `placing`). Whether that is left for later."""
        if self._unplaced:
            self.place()
        old = self.box
        if box is old and not put_back:
            return False  # the layout reuses the boxes of unchanged, unmoved cards
        if later and self._empty and old is not None and not put_back:
            self.box = box
            self._unplaced = True
            return True
        r = box.rect
        if old is None:
            self._bounds = _card_bounds(r)
        else:
            o = old.rect
            resized = r.w != o.w or r.h != o.h
            # (the rectangles first: an undo moves hundreds of cards, each a new box)
            if not resized and r.x == o.x and r.y == o.y and box == old:
                if self.pos().x() != r.x or self.pos().y() != r.y:
                    self.setPos(r.x, r.y)  # dropped back where it was
                return False
            if resized:
                self.prepareGeometryChange()
                self._bounds = _card_bounds(r)
        self.box = box
        # the item's position is the card's top-left; it draws in local coordinates
        self.setPos(r.x, r.y)
        # (without contents, far away, it draws nothing: `sync_contents` repaints it later)
        if old is not None and not self._empty and _moved(old, box) != (r.x - o.x, r.y - o.y):
            self.update()
        return False

    def place(self) -> None:
        """Tell Qt where the card's box is, after `set_box` left it for later (it had no
        contents then: nothing to repaint)."""
        if not self._unplaced or self.box is None:
            return
        self._unplaced = False
        r = self.box.rect
        bounds = _card_bounds(r)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if self.pos().x() != r.x or self.pos().y() != r.y:
            self.setPos(r.x, r.y)

    def local_rect(self) -> QRectF:
        assert self.box is not None
        return QRectF(0, 0, self.box.rect.w, self.box.rect.h)

    def handle_centre(self) -> QPointF:
        r = self.local_rect()
        return QPointF(r.right(), min(r.height() / 2, 22.0))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the card: a union
        if self.box is not None:
            path.addRect(self.local_rect())
            if self._hover or self.isSelected():
                path.addEllipse(self.handle_centre(), HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
        return path

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        theme = self.map_scene().layout.theme
        p.translate(-self.box.rect.x, -self.box.rect.y)
        if lod < SKETCH_BELOW:
            s = painting.QtSurface(p, theme.typeface)
            pixel = 1.0 / max(abs(p.worldTransform().m11()), 1e-6)
            drawing.draw_card_sketch(s, self.box, theme, self.isSelected(), lod >= BARS_FROM, pixel)
        else:
            s = painting.prepare(p, theme.typeface)
            drawing.draw_card(s, self.box, theme, self.isSelected())
        p.translate(self.box.rect.x, self.box.rect.y)
        if self._hover or self.isSelected():
            c = self.handle_centre()
            drawing.draw_card_handle(s, c.x(), c.y(), theme)

    def on_handle(self, pos: QPointF) -> bool:
        if self.box is None or not (self._hover or self.isSelected()):
            return False
        d = pos - self.handle_centre()
        return d.x() ** 2 + d.y() ** 2 <= (HANDLE_RADIUS + 3) ** 2

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hover = True
        self.raise_handle()
        self.sync_contents()
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hover = False
        self.raise_handle()
        self.sync_contents()
        self.update()

    def raise_handle(self) -> None:
        """A card showing its handle (hovered or selected) sits above the connections, so
        that a press on the handle starts an arrow even where a route runs beside it."""
        z = CARD_RAISED_Z if self._hover or self.isSelected() else CARD_Z
        if self.zValue() != z:
            self.setZValue(z)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setCursor(
            Qt.CursorShape.CrossCursor
            if self.on_handle(event.pos())
            else Qt.CursorShape.OpenHandCursor
        )


class ConnectionItem(MapItem):
    """An arrow along the customer's path between two cards: what is clicked, selected and
    double-clicked. The `ConnectionLayer` draws every route (see its module)."""

    kind = PartKind.CONNECTION

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.conn: ConnectionPath | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        #: Qt has not been told the route's bounds yet (see `placing`)
        self._unplaced = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(12)

    def set_path(self, conn: ConnectionPath, later: bool = False) -> bool:
        """Follow ``conn``; ``later``: Qt may be told its bounds later (`place`: see
        `placing`). Whether that is left for later."""
        if conn is self.conn or conn == self.conn:
            return False
        if later and self.conn is not None:
            self.conn = conn
            self._shape = None
            unplaced, self._unplaced = self._unplaced, True
            return not unplaced  # (left for later once)
        self.conn = conn
        self._unplaced = False
        self._shape = None  # worked out when first hit-tested
        self._set_bounds()
        return False

    def place(self) -> None:
        """Tell Qt the route's bounds, after `set_path` left them for later."""
        if self._unplaced:
            self._unplaced = False
            self._set_bounds()

    def _set_bounds(self) -> None:
        conn = self.conn
        assert conn is not None
        self.prepareGeometryChange()
        xs = [x for x, _ in conn.points]
        ys = [y for _, y in conn.points]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if conn.label_rect is not None:
            bounds = bounds.united(qrect(conn.label_rect))
        self._bounds = bounds.adjusted(-10, -10, 10, 10)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = QPainterPath()
            if self.conn is not None:
                stroker = QPainterPathStroker()
                stroker.setWidth(10)
                self._shape = stroker.createStroke(painting.connection_path(self.conn))
                if self.conn.label_rect is not None:
                    self._shape.addRect(qrect(self.conn.label_rect))
        return self._shape

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # drawn by the ConnectionLayer

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            scene = self.scene()
            if scene is not None:
                self.map_scene().set_connection_selected(self.part_id, bool(value))
        return super().itemChange(change, value)

    def label_contains(self, pos: QPointF) -> bool:
        lr = self.conn.label_rect if self.conn is not None else None
        return lr is not None and lr.x <= pos.x() <= lr.right and lr.y <= pos.y() <= lr.bottom

    def someone_elses_label(self, pos: QPointF) -> bool:
        """A press on another connection's label (drawn over every line) is for that one,
        even where this route runs under the label."""
        if self.label_contains(pos):
            return False
        scene = self.scene()
        return scene is not None and any(
            isinstance(it, ConnectionItem) and it is not self and it.label_contains(pos)
            for it in scene.items(pos)
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.someone_elses_label(event.scenePos()):
            event.ignore()  # the scene offers the press to the item below: the label's
            return
        super().mousePressEvent(event)


class TitleItem(MapItem):
    """The map title: double-click to rename the map."""

    kind = PartKind.MAP

    def __init__(self) -> None:
        super().__init__("")
        self._rect = QRectF()
        self.setZValue(1)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # drawn by the background item
