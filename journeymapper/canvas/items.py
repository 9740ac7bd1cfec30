"""Graphics items of the map. Each holds an id and its layout box; none owns data.

Gestures change nothing themselves: on release they ask the scene for one edit,
which the session pushes on the undo stack; the scene then re-syncs every item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QCursor,
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

from ..layout import (
    CardBox,
    ConnectionPath,
    CurvePoint,
    EmotionScale,
    LaneBox,
    StageBox,
    TextBlock,
)
from ..render import drawing, painting
from ..render.painting import qrect

if TYPE_CHECKING:
    from .scene import MapScene

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
#: far away, an emotion curve stays this many pixels wide and its points this big (radius),
#: so that the curve can still be read and a point grabbed
CURVE_MIN_PX = 2.0
POINT_MIN_PX = 4.5


def point_growth(zoom: float) -> float:
    """How much an emotion point is drawn (and hit) bigger than its size at this zoom."""
    return max(1.0, POINT_MIN_PX / (6.5 * max(zoom, 1e-6)))


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


class MapItem(QGraphicsItem):
    """Base: an id, a kind and access to the scene's layout and session."""

    kind = "item"

    def __init__(self, part_id: str) -> None:
        super().__init__()
        self.part_id = part_id

    def map_scene(self) -> MapScene:
        # called from paint(): no import, no isinstance (items only live in a MapScene)
        return self.scene()  # type: ignore[return-value]


class BackgroundItem(QGraphicsItem):
    """Page, column tints, row bands and grid lines, and the map title."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-100)
        self._rect = QRectF()
        # redrawn only when the map changes or the zoom does (Qt caches the visible part)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.scene()
        layout = getattr(scene, "layout", None)
        if layout is None:
            return
        s = painting.prepare(p)
        drawing.draw_background(s, layout)
        drawing.draw_title(s, layout)
        for scale in layout.scales.values():
            drawing.draw_scale(s, scale, layout.theme)


class HeaderItem(MapItem):
    """A stage or lane header: drag it to reorder, drag its far border to resize.

    Stages run along x (their right border resizes), lanes along y (their bottom border);
    subclasses say which, and which scene methods preview and perform the gesture.
    """

    list_name = ""
    horizontal = True  # the header's position runs along x

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.box: StageBox | LaneBox | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._mode: str | None = None
        self._press = QPointF()
        self._resize: tuple[str, float] = (part_id, 0.0)

    def set_box(self, box: StageBox | LaneBox) -> None:
        if box == self.box:
            return
        if self.box is None or box.rect != self.box.rect:
            self.prepareGeometryChange()
        self.box = box
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

    def _border_owner(self, pos: QPointF) -> tuple[str, float] | None:
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
        return self._border_owner(pos) is not None

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        split = Qt.CursorShape.SplitHCursor if self.horizontal else Qt.CursorShape.SplitVCursor
        self.setCursor(split if self._on_border(event.pos()) else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        border = self._border_owner(event.pos())
        self._resize = border or (self.part_id, 0.0)
        self._mode = "resize" if border is not None else "press"
        if border is not None:
            event.accept()  # resizing selects nothing (the border may belong to a neighbour)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._mode is None or self.box is None:
            return
        pos = event.scenePos()
        if self._mode == "press" and (pos - self._press).manhattanLength() > 6:
            self._mode = "move"
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._mode == "move":
            self.show_drop(self._along(pos))
        elif self._mode == "resize":
            owner, start = self._resize
            self.show_resize(owner, self._along(pos) - start)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        mode, self._mode = self._mode, None
        self.map_scene().hide_indicator()
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if self.box is None:
            return
        if mode == "move":
            self.drop(self._along(event.scenePos()))
        elif mode == "resize":
            owner, start = self._resize
            self.resize(owner, self._along(event.scenePos()) - start)
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.box is not None and not self._on_border(event.pos()):
            self.map_scene().edit_text(self.list_name, self.part_id, "name", self.box.name)

    # the gesture's effects, per kind of header
    def show_drop(self, at: float) -> None:
        raise NotImplementedError

    def show_resize(self, owner: str, size: float) -> None:
        raise NotImplementedError

    def drop(self, at: float) -> None:
        raise NotImplementedError

    def resize(self, owner: str, size: float) -> None:
        raise NotImplementedError


class StageHeaderItem(HeaderItem):
    """A column header: drag to reorder, drag its right border to resize."""

    kind = "stage"
    list_name = "stages"
    horizontal = True

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if isinstance(self.box, StageBox):
            theme = self.map_scene().layout.theme
            drawing.draw_stage_header(painting.prepare(p), self.box, theme, self.isSelected())

    def show_drop(self, at: float) -> None:
        self.map_scene().show_stage_drop(at)

    def show_resize(self, owner: str, size: float) -> None:
        self.map_scene().show_stage_resize(owner, size)

    def drop(self, at: float) -> None:
        self.map_scene().drop_stage(self.part_id, at)

    def resize(self, owner: str, size: float) -> None:
        self.map_scene().resize_stage(owner, size)


class LaneHeaderItem(HeaderItem):
    """A row header: drag to reorder, drag its bottom border to resize."""

    kind = "lane"
    list_name = "lanes"
    horizontal = False

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if isinstance(self.box, LaneBox):
            theme = self.map_scene().layout.theme
            drawing.draw_lane_header(painting.prepare(p), self.box, theme, self.isSelected())

    def show_drop(self, at: float) -> None:
        self.map_scene().show_lane_drop(at)

    def show_resize(self, owner: str, size: float) -> None:
        self.map_scene().show_lane_resize(owner, size)

    def drop(self, at: float) -> None:
        self.map_scene().drop_lane(self.part_id, at)

    def resize(self, owner: str, size: float) -> None:
        self.map_scene().resize_lane(owner, size)


class CardItem(MapItem):
    """A sticky note. Dragged (with the rest of the selection) to another cell or
    position; its handle on the right starts a connection."""

    kind = "card"

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
        self._connecting = False
        self._dragging = False
        #: dragged since the last sync: put back where the layout says, even if its box
        #: is the same (a refused drop, or a drag cut short)
        self.moved_by_hand = False

    def set_box(self, box: CardBox) -> None:
        if box is self.box and not self.moved_by_hand:
            return  # the layout reuses the boxes of unchanged, unmoved cards
        self.moved_by_hand = False
        if box == self.box:
            if self.pos().x() != box.rect.x or self.pos().y() != box.rect.y:
                self.setPos(box.rect.x, box.rect.y)  # dropped back where it was
            return
        old = self.box
        if old is not None and (box.rect.w != old.rect.w or box.rect.h != old.rect.h):
            self.prepareGeometryChange()
        self.box = box
        self._bounds = QRectF(-3, -3, box.rect.w + HANDLE_RADIUS + 7, box.rect.h + 8)
        # the item's position is the card's top-left; it draws in local coordinates
        self.setPos(box.rect.x, box.rect.y)
        if old is not None and _moved(old, box) != (
            box.rect.x - old.rect.x,
            box.rect.y - old.rect.y,
        ):
            self.update()

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
            s = painting.QtSurface(p)
            pixel = 1.0 / max(abs(p.worldTransform().m11()), 1e-6)
            drawing.draw_card_sketch(s, self.box, theme, self.isSelected(), lod >= BARS_FROM, pixel)
        else:
            s = painting.prepare(p)
            drawing.draw_card(s, self.box, theme, self.isSelected())
        p.translate(self.box.rect.x, self.box.rect.y)
        if self._hover or self.isSelected():
            c = self.handle_centre()
            drawing.draw_card_handle(s, c.x(), c.y(), theme)

    def _on_handle(self, pos: QPointF) -> bool:
        if self.box is None or not (self._hover or self.isSelected()):
            return False
        d = pos - self.handle_centre()
        return d.x() ** 2 + d.y() ** 2 <= (HANDLE_RADIUS + 3) ** 2

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hover = True
        self.raise_handle()
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hover = False
        self.raise_handle()
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
            if self._on_handle(event.pos())
            else Qt.CursorShape.OpenHandCursor
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_handle(event.pos()):
            self._connecting = True
            self.map_scene().start_connection(self.part_id, self.mapToScene(self.handle_centre()))
            event.accept()
            return
        self._dragging = False
        scene = self.map_scene()
        scene._drag_ids = scene._drag_conns = None  # a new drag: the selection may differ
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connecting:
            self.map_scene().update_connection(event.scenePos())
            return
        self._dragging = True
        super().mouseMoveEvent(event)
        scene = self.map_scene()
        scene.moving_ids()  # (marks the dragged cards as moved by hand)
        scene.show_card_drop(event.scenePos())
        scene.follow_drag()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.map_scene()
        if self._connecting:
            self._connecting = False
            scene.finish_connection(event.scenePos())
            return
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            scene.drop_cards(event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.box is None:
            return
        scene_y = event.scenePos().y()
        title = self.box.title
        below_title = scene_y >= title.y + title.height
        if self.box.body is not None and scene_y >= self.box.body.y:
            self.map_scene().edit_text("cards", self.part_id, "body", self.box.body, multiline=True)
        elif self.box.body is None and below_title:
            # no body yet: double-clicking under the title starts one
            size = self.box.title.size * 0.85
            block = TextBlock(
                title.x, title.y + title.height + 4, ("",), size, False, "#3B4652", size * 1.3
            )
            self.map_scene().edit_text("cards", self.part_id, "body", block, multiline=True)
        else:
            self.map_scene().edit_text("cards", self.part_id, "title", self.box.title)


class EmotionLaneItem(MapItem):
    """The curves of one emotion lane; a click on an empty stage slot adds a point."""

    kind = "emotion-lane"

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.scale: EmotionScale | None = None
        self._rect = QRectF()
        self.setZValue(2)

    def set_scale(self, scale: EmotionScale, rect: QRectF) -> None:
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
        s = painting.prepare(p)
        preview = self.map_scene().curve_preview
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        # never thinner than 2 px
        width = max(layout.theme.curve_width, CURVE_MIN_PX / max(lod, 1e-6))
        for curve in layout.curves:
            if curve.lane == self.part_id:
                curve = preview.get((curve.lane, curve.persona), curve)
                drawing.draw_curve(s, curve, layout.theme, width)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.map_scene().add_point_at(
            self.part_id, event.scenePos()
        ):
            event.accept()
            return
        event.ignore()


class EmotionPointItem(MapItem):
    """A point of a curve: drag up or down to change the score (whole steps; Shift: tenths)."""

    kind = "emotion"

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.point: CurvePoint | None = None
        self.colour = "#1F2933"
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(20)
        self._drag_score: float | None = None
        self.grow = 1.0  # see `point_growth`

    def set_grow(self, grow: float) -> None:
        if grow != self.grow:
            self.prepareGeometryChange()
            self.grow = grow

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
        r = 14 * self.grow
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

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.point is not None:
            self._drag_score = self.point.score
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_score is None or self.point is None:
            return
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        score, y = self.map_scene().snap_score(self.part_id, event.scenePos().y(), fine)
        self._drag_score = score
        self.setPos(self.point.x, y)
        self.map_scene().show_score(self.part_id, QPointF(self.point.x, y), score)
        self.map_scene().preview_curve(self.part_id, y)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        score, self._drag_score = self._drag_score, None
        scene = self.map_scene()
        scene.hide_indicator()
        if score is not None and self.point is not None and score != self.point.score:
            scene.set_score(self.part_id, score)
        super().mouseReleaseEvent(event)


class ConnectionItem(MapItem):
    """An arrow along the customer's path between two cards: what is clicked, selected and
    double-clicked. The `ConnectionLayer` draws every route (see its module)."""

    kind = "connection"

    def __init__(self, part_id: str) -> None:
        super().__init__(part_id)
        self.conn: ConnectionPath | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(12)

    def set_path(self, conn: ConnectionPath) -> None:
        if conn is self.conn or conn == self.conn:
            return
        self.prepareGeometryChange()
        self.conn = conn
        self._shape = None  # worked out when first hit-tested
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
                self.map_scene().connections.set_selected(self.part_id, bool(value))
        return super().itemChange(change, value)

    def label_contains(self, pos: QPointF) -> bool:
        lr = self.conn.label_rect if self.conn is not None else None
        return lr is not None and lr.x <= pos.x() <= lr.right and lr.y <= pos.y() <= lr.bottom

    def _someone_elses_label(self, pos: QPointF) -> bool:
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
        if self._someone_elses_label(event.scenePos()):
            event.ignore()  # the scene offers the press to the item below: the label's
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._someone_elses_label(event.scenePos()):
            event.ignore()
            return
        self.map_scene().edit_connection_label(self.part_id, event.scenePos())


class TitleItem(MapItem):
    """The map title: double-click to rename the map."""

    kind = "map"

    def __init__(self) -> None:
        super().__init__("")
        self._rect = QRectF()
        self.setZValue(1)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # drawn by the background item

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        layout = self.map_scene().layout
        self.map_scene().edit_text("map", "", "title", layout.title)


def busy_cursor() -> QCursor:
    return QCursor(Qt.CursorShape.WaitCursor)
