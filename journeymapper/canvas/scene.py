"""The map scene: builds items from the layout and turns gestures into edits.

The scene never changes the model itself. Each gesture ends in one `Edit` pushed on
the session's undo stack; the session's `changed` signal brings the scene back here,
where a new layout is computed and every item is re-synced (created, moved, updated
or removed, keyed by id).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainterPath,
    QPen,
    QPixmapCache,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from ..editing import Edit, EditRejected, edits
from ..editing.session import DocumentSession
from ..i18n import tr
from ..layout import (
    ConnectionPath,
    Curve,
    FontMetrics,
    LayoutCache,
    MapLayout,
    Rect,
    RouteEnds,
    RouteGrid,
    TextBlock,
    compute_layout,
    route,
    smooth_segments,
)
from ..layout.text import CachedMetrics
from ..model import LaneKind
from ..perf import paused_gc
from ..render.fonts import BASE_PX, base_font
from ..text import map_metrics
from .connections import ConnectionLayer
from .items import (
    SKETCH_BELOW,
    BackgroundItem,
    CardItem,
    ConnectionItem,
    EmotionLaneItem,
    EmotionPointItem,
    LaneHeaderItem,
    MapItem,
    StageHeaderItem,
    TitleItem,
    point_growth,
)

PALETTE_MIME = "application/x-journeymapper-palette"
PIXMAP_CACHE_KB = 96 * 1024
CARDS_MIME = "application/x-journeymapper-cards"


class InlineEditor(QGraphicsTextItem):
    """Edits one text field in place. Enter commits (Shift+Enter: new line in bodies),
    Escape cancels, clicking elsewhere commits."""

    def __init__(
        self,
        block: TextBlock,
        text: str,
        width: float,
        multiline: bool,
        commit: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._commit = commit
        self._done = False
        self.multiline = multiline
        scale = block.size / BASE_PX
        font = QFont(base_font(block.bold))
        self.setFont(font)
        self.setScale(scale)
        self.setPos(block.x - 4 * scale, block.y - 4 * scale)
        self.setTextWidth(max(width, 40) / scale)
        self.document().setDocumentMargin(4)
        opt = self.document().defaultTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(opt)
        self.setPlainText(text)
        self.setDefaultTextColor(QColor("#1F2933"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)

    def paint(self, painter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        painter.save()
        painter.setPen(QPen(QColor("#2F80ED"), 2 / self.scale()))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.restore()
        super().paint(painter, option, widget)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def finish(self, keep: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        scene = self.scene()
        if scene is not None:
            if getattr(scene, "editor", None) is self:
                scene.editor = None  # type: ignore[attr-defined]
            scene.removeItem(self)
        if keep:
            self._commit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        newline = self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not newline:
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.finish(True)


class MapScene(QGraphicsScene):
    """The scene of one document session."""

    #: a short message for the status bar (rejected gestures, hints)
    message = Signal(str)
    #: the layout was recomputed (after any change)
    relaid = Signal()

    def __init__(self, session: DocumentSession, metrics: FontMetrics | None = None) -> None:
        super().__init__()
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)  # room for the cards' cached pixmaps
        self.session = session
        self.metrics = CachedMetrics(metrics) if metrics is not None else map_metrics()
        self.layout_cache = LayoutCache()
        self.layout: MapLayout  # computed by sync() below, once
        self.background = BackgroundItem()
        self.addItem(self.background)
        self.title_item = TitleItem()
        self.addItem(self.title_item)
        self.connections = ConnectionLayer()
        self.connections.label_from = SKETCH_BELOW
        self.addItem(self.connections)
        self.items_by_id: dict[tuple[str, str], MapItem] = {}
        self.editor: InlineEditor | None = None
        self.indicator = QGraphicsPathItem()
        self.indicator.setZValue(900)
        self.indicator.setPen(QPen(QColor("#2F80ED"), 3))
        self.indicator.setBrush(QColor(47, 128, 237, 40))
        self.indicator.hide()
        self.addItem(self.indicator)
        self.score_label = QGraphicsSimpleTextItem()
        self.score_label.setZValue(901)
        self.score_label.setBrush(QColor("#1F2933"))
        font = QFont(base_font(True))
        font.setPixelSize(14)
        self.score_label.setFont(font)
        self.score_label.hide()
        self.addItem(self.score_label)
        self._connect_from: str | None = None
        self.zoom = 1.0  # the view's, told by set_zoom_level
        self._cards_cached = False
        self._drag_ids: set[str] | None = None
        self._drag_conns: list[tuple[ConnectionPath, int, str | None]] | None = None
        #: curves redrawn live while one of their points is dragged, by (lane, persona)
        self.curve_preview: dict[tuple[str, str | None], Curve] = {}
        self._connect_start = QPointF()
        self._raised: list[CardItem] = []
        self.selectionChanged.connect(self._raise_selected)
        self.sync()
        session.changed.connect(self.sync)

    # -- building items from the layout --------------------------------------------------

    def sync(self, select: list[str] | None = None) -> None:
        """Recompute the layout and bring every item in line with it."""
        with paused_gc():
            self._sync(select)

    def _sync(self, select: list[str] | None) -> None:
        if self.editor is not None:
            self.editor.finish(False)
            self.editor = None
        keep_selected = select if select else self.selected_ids()
        self.layout = layout = compute_layout(
            self.session.doc, self.metrics, cache=self.layout_cache
        )
        margin = 200
        self.setSceneRect(
            QRectF(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        )
        self.background.set_rect(QRectF(0, 0, layout.width, layout.height))
        self.connections.set_routes(layout.connections, layout.theme)
        self.connections.set_rect(QRectF(0, 0, layout.width, layout.height))
        title = layout.title
        self.title_item.set_rect(QRectF(title.x, title.y, layout.width - 2 * title.x, title.height))
        seen: set[tuple[str, str]] = set()

        def item(kind: str, part_id: str, factory: Callable[[str], MapItem]) -> MapItem:
            key = (kind, part_id)
            seen.add(key)
            existing = self.items_by_id.get(key)
            if existing is None:
                existing = factory(part_id)
                if kind == "card" and self._cards_cached:
                    existing.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                self.items_by_id[key] = existing
                self.addItem(existing)
            return existing

        for box in layout.stages:
            stage_item = item("stage", box.id, StageHeaderItem)
            assert isinstance(stage_item, StageHeaderItem)
            stage_item.set_box(box)
        for lane in layout.lanes:
            lane_item = item("lane", lane.id, LaneHeaderItem)
            assert isinstance(lane_item, LaneHeaderItem)
            lane_item.set_box(lane)
            if lane.kind == LaneKind.EMOTION:
                emo = item("emotion-lane", lane.id, EmotionLaneItem)
                assert isinstance(emo, EmotionLaneItem)
                emo.set_scale(
                    layout.scales[lane.id], QRectF(lane.row.x, lane.row.y, lane.row.w, lane.row.h)
                )
                emo.update()
        for card in layout.cards.values():
            card_item = item("card", card.id, CardItem)
            assert isinstance(card_item, CardItem)
            card_item.set_box(card)
        grow = point_growth(self.zoom)
        for curve in layout.curves:
            for pt in curve.points:
                point_item = item("emotion", pt.id, EmotionPointItem)
                assert isinstance(point_item, EmotionPointItem)
                point_item.set_point(pt, curve.colour)
                point_item.set_grow(grow)
        for conn in layout.connections:
            conn_item = item("connection", conn.id, ConnectionItem)
            assert isinstance(conn_item, ConnectionItem)
            conn_item.set_path(conn)
        for key in list(self.items_by_id):
            if key not in seen:
                gone = self.items_by_id.pop(key)
                self.removeItem(gone)
        self.background.update()
        self.select_ids(keep_selected)
        self.relaid.emit()

    def _raise_selected(self) -> None:
        """Selected cards show their handle: above the connections (`CardItem.raise_handle`)."""
        raised = [it for it in self.selectedItems() if isinstance(it, CardItem)]
        for it in (*self._raised, *raised):
            if it.scene() is self:
                it.raise_handle()
        self._raised = raised

    def set_zoom_level(self, zoom: float) -> None:
        """Cache card pixmaps only when cards show their text (see `SKETCH_BELOW`); keep
        emotion points big enough to see and grab (see `point_growth`)."""
        self.zoom = zoom
        grow = point_growth(zoom)
        for curve in self.layout.curves:  # (a few points; the map may hold 20,000 cards)
            for pt in curve.points:
                it = self.items_by_id.get(("emotion", pt.id))
                if isinstance(it, EmotionPointItem):
                    it.set_grow(grow)
        cached = zoom >= SKETCH_BELOW
        if cached == self._cards_cached:
            return
        self._cards_cached = cached
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if cached
            else QGraphicsItem.CacheMode.NoCache
        )
        for (kind, _), it in self.items_by_id.items():
            if kind == "card":
                it.setCacheMode(mode)

    def item_for(self, kind: str, part_id: str) -> MapItem | None:
        return self.items_by_id.get((kind, part_id))

    def selected_ids(self) -> list[str]:
        return [i.part_id for i in self.selectedItems() if isinstance(i, MapItem)]

    def selected_card_ids(self) -> list[str]:
        chosen = {i.part_id for i in self.selectedItems() if isinstance(i, CardItem)}
        return [c.id for c in self.session.doc.cards if c.id in chosen]

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly these parts; nothing is emitted when that is already the case
        (a re-sync while the user types in the inspector must not rebuild it)."""
        wanted = set(ids)
        targets = [
            it
            for (_kind, part_id), it in self.items_by_id.items()
            if part_id in wanted and it.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        ]
        if set(targets) == set(self.selectedItems()):
            return
        self.blockSignals(True)
        self.clearSelection()
        for it in targets:
            it.setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()
        first = targets[0] if targets else None
        if first is not None and first.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsFocusable:
            self.setFocusItem(first)

    # -- pushing edits ----------------------------------------------------------------------

    def push(self, make: Callable[[], Edit]) -> bool:
        """Build an edit and push it; a rejected edit shows its reason and changes nothing."""
        try:
            edit = make()
        except EditRejected as exc:
            self.message.emit(str(exc))
            self.sync()  # put dragged items back
            return False
        if not self.session.push(edit):
            self.sync()
            return False
        return True

    # -- indicators -----------------------------------------------------------------------

    def hide_indicator(self) -> None:
        self.indicator.hide()
        self.score_label.hide()
        if self.curve_preview:
            self.curve_preview.clear()
            for key, it in self.items_by_id.items():
                if key[0] == "emotion-lane":
                    it.update()

    def _show_bar(self, rect: QRectF) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 2, 2)
        self.indicator.setPath(path)
        self.indicator.show()

    def show_stage_drop(self, x: float) -> None:
        index = self.layout.stage_insert_index(x)
        stages = self.layout.stages
        bx = stages[index].column.x if index < len(stages) else stages[-1].column.right
        col = stages[0].column
        self._show_bar(QRectF(bx - 2, col.y, 4, col.h))

    def show_lane_drop(self, y: float) -> None:
        index = self.layout.lane_insert_index(y)
        lanes = self.layout.lanes
        by = lanes[index].row.y if index < len(lanes) else lanes[-1].row.bottom
        self._show_bar(QRectF(lanes[0].rect.x, by - 2, self.layout.grid.right - lanes[0].rect.x, 4))

    def show_stage_resize(self, stage_id: str, width: float) -> None:
        box = self.layout.stage_box(stage_id)
        if box is None:
            return
        from ..model.document import MAX_STAGE_WIDTH, MIN_STAGE_WIDTH

        width = max(MIN_STAGE_WIDTH, min(MAX_STAGE_WIDTH, width))
        self._show_bar(QRectF(box.column.x + width - 2, box.column.y, 4, box.column.h))

    def show_lane_resize(self, lane_id: str, height: float) -> None:
        box = self.layout.lane_box(lane_id)
        if box is None:
            return
        from ..model.document import MAX_LANE_HEIGHT, MIN_LANE_HEIGHT

        height = max(MIN_LANE_HEIGHT, min(MAX_LANE_HEIGHT, height))
        self._show_bar(
            QRectF(box.rect.x, box.rect.y + height - 2, self.layout.grid.right - box.rect.x, 4)
        )

    def moving_ids(self) -> set[str]:
        """The cards being dragged (worked out once per drag: maps can hold 20,000 cards)."""
        if self._drag_ids is None:
            self._drag_ids = set(self.selected_card_ids())
            for card_id in self._drag_ids:
                it = self.items_by_id.get(("card", card_id))
                if isinstance(it, CardItem):
                    it.moved_by_hand = True
        return self._drag_ids

    def _others_in(self, stage: str, lane: str) -> list[str]:
        """The ids of a cell's cards that are not being dragged, in order."""
        moving = self.moving_ids()
        return [cid for cid in self.layout.cell_cards.get((stage, lane), ()) if cid not in moving]

    def _card_drop_target(self, pos: QPointF) -> tuple[str, str, int] | None:
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        stage, lane = cell
        box = self.layout.lane_box(lane)
        if box is None or box.kind == LaneKind.EMOTION:
            return None
        others = self._others_in(stage, lane)
        index = sum(1 for cid in others if self.layout.cards[cid].rect.cy < pos.y())
        return stage, lane, index

    def show_card_drop(self, pos: QPointF) -> None:
        target = self._card_drop_target(pos)
        if target is None:
            self.hide_indicator()
            return
        stage, lane, index = target
        others = self._others_in(stage, lane)
        cell = self.layout.cell_rect(stage, lane)
        pad = self.layout.theme.cell_pad
        if index < len(others):
            y = self.layout.cards[others[index]].rect.y - self.layout.theme.card_gap / 2
        elif others:
            y = self.layout.cards[others[-1]].rect.bottom + self.layout.theme.card_gap / 2
        else:
            y = cell.y + pad / 2
        self._show_bar(QRectF(cell.x + pad, y - 2, cell.w - 2 * pad, 4))

    # -- gestures → edits -----------------------------------------------------------------

    def drop_stage(self, stage_id: str, x: float) -> None:
        index = self.layout.stage_insert_index(x)
        old = next(i for i, s in enumerate(self.session.doc.stages) if s.id == stage_id)
        if index > old:
            index -= 1
        self.push(lambda: edits.move_stage(self.session.doc, stage_id, index))

    def drop_lane(self, lane_id: str, y: float) -> None:
        index = self.layout.lane_insert_index(y)
        old = next(i for i, lane in enumerate(self.session.doc.lanes) if lane.id == lane_id)
        if index > old:
            index -= 1
        self.push(lambda: edits.move_lane(self.session.doc, lane_id, index))

    def resize_stage(self, stage_id: str, width: float) -> None:
        from ..model.document import MAX_STAGE_WIDTH, MIN_STAGE_WIDTH

        width = round(max(MIN_STAGE_WIDTH, min(MAX_STAGE_WIDTH, width)))
        self.push(lambda: edits.update_part(self.session.doc, "stages", stage_id, width=width))

    def resize_lane(self, lane_id: str, height: float) -> None:
        from ..model.document import MAX_LANE_HEIGHT, MIN_LANE_HEIGHT

        height = round(max(MIN_LANE_HEIGHT, min(MAX_LANE_HEIGHT, height)))
        self.push(lambda: edits.update_part(self.session.doc, "lanes", lane_id, height=height))

    def drop_cards(self, pos: QPointF) -> None:
        self.hide_indicator()
        ids = self.selected_card_ids()
        target = self._card_drop_target(pos)
        self._drag_ids = self._drag_conns = None  # the drag is over
        if not ids:
            return
        if target is None:
            self.message.emit(tr("canvas", "Cards go in a card or touchpoint lane."))
            self.sync()
            return
        stage, lane, index = target
        self.push(lambda: edits.move_cards(self.session.doc, ids, stage, lane, index))

    def _drag_links(self) -> list[tuple[ConnectionPath, int, str | None]]:
        """The connections of the cards being dragged (worked out once per drag)."""
        if self._drag_conns is None:
            moving = self.moving_ids()
            order = {c.id: (i, c.label) for i, c in enumerate(self.session.doc.connections)}
            self._drag_conns = [
                (conn, *order[conn.id])
                for conn in self.layout.connections
                if (conn.source in moving or conn.target in moving) and conn.id in order
            ]
        return self._drag_conns

    def follow_drag(self) -> None:
        """While cards are dragged, their connections follow them (drawn, not saved)."""
        links = self._drag_links()
        if not links:
            return
        layout = self.layout
        moving = self.moving_ids()
        grid = RouteGrid.of(layout, self.metrics)

        def live(card_id: str) -> tuple[Rect, int]:
            box = layout.cards[card_id]
            stage = layout.stage_box(box.stage)
            home = stage.index if stage is not None else 0
            it = self.items_by_id.get(("card", card_id)) if card_id in moving else None
            if it is None:
                return box.rect, home
            r = Rect(it.pos().x(), it.pos().y(), box.rect.w, box.rect.h)
            si = layout.stage_index_at(r.cx)
            return r, (si if si is not None else home)

        for conn, n, label in links:
            a, sa = live(conn.source)
            b, sb = live(conn.target)
            # only the layer's drawing follows; the items are hit-tested after the drop
            self.connections.set_live(
                route(RouteEnds(conn.id, conn.source, conn.target, label, n, a, b, sa, sb), grid)
            )

    def start_connection(self, card_id: str, start: QPointF) -> None:
        self._connect_from = card_id
        self._connect_start = start
        self.update_connection(start)

    def update_connection(self, pos: QPointF) -> None:
        path = QPainterPath(self._connect_start)
        path.lineTo(pos)
        self.indicator.setPath(path)
        self.indicator.show()

    def card_at(self, pos: QPointF) -> str | None:
        for it in self.items(pos):
            if isinstance(it, CardItem):
                return it.part_id
        return None

    def finish_connection(self, pos: QPointF) -> None:
        self.hide_indicator()
        source, self._connect_from = self._connect_from, None
        target = self.card_at(pos)
        if source is None:
            return
        if target is None or target == source:
            self.message.emit(tr("canvas", "Drop the arrow on another card to connect them."))
            return
        self.push(lambda: edits.connect(self.session.doc, source, target))

    def snap_score(self, point_id: str, y: float, fine: bool) -> tuple[float, float]:
        """The score under ``y`` for a point (whole steps, or tenths), and its y."""
        point = self.session.doc.emotion(point_id)
        assert point is not None
        scale = self.layout.scales[point.lane]
        step = 0.1 if fine else 1.0
        score = round(max(-5.0, min(5.0, scale.score_at(y))) / step) * step
        score = round(score, 1)
        return score, scale.y_of(score)

    def preview_curve(self, point_id: str, y: float) -> None:
        """While a point is dragged, its curve is redrawn through the point's new place."""
        for curve in self.layout.curves:
            if any(pt.id == point_id for pt in curve.points):
                points = tuple(replace(pt, y=y) if pt.id == point_id else pt for pt in curve.points)
                segments = smooth_segments([(pt.x, pt.y) for pt in points])
                self.curve_preview[(curve.lane, curve.persona)] = replace(
                    curve, points=points, segments=segments
                )
                lane_item = self.items_by_id.get(("emotion-lane", curve.lane))
                if lane_item is not None:
                    # only the two segments next to the point change
                    i = next(k for k, pt in enumerate(points) if pt.id == point_id)
                    x0 = points[max(0, i - 1)].x
                    x1 = points[min(len(points) - 1, i + 1)].x
                    rect = lane_item.boundingRect()
                    lane_item.update(QRectF(x0 - 8, rect.y(), x1 - x0 + 16, rect.height()))
                return

    def show_score(self, point_id: str, pos: QPointF, score: float) -> None:
        self.score_label.setText(f"{score:+.1f}".replace(".0", "") if score else "0")
        self.score_label.setPos(pos + QPointF(14, -24))
        self.score_label.show()

    def set_score(self, point_id: str, score: float) -> None:
        self.push(lambda: edits.update_part(self.session.doc, "emotions", point_id, score=score))

    def add_point_at(self, lane_id: str, pos: QPointF) -> bool:
        """Add a point where the user clicked, if that stage has a free slot."""
        si = self.layout.stage_index_at(pos.x())
        if si is None:
            return False
        doc = self.session.doc
        stage_id = doc.stages[si].id
        taken = {e.persona for e in doc.emotions if e.lane == lane_id and e.stage == stage_id}
        candidates: list[str | None] = [p.id for p in doc.personas] or [None]
        free = [p for p in candidates if p not in taken]
        if not free:
            return False
        scale = self.layout.scales[lane_id]
        score = round(max(-5.0, min(5.0, scale.score_at(pos.y()))))
        return self.push(lambda: edits.add_emotion(doc, lane_id, stage_id, score, free[0]))

    def edit_text(
        self, list_name: str, part_id: str, field: str, block: TextBlock, multiline: bool = False
    ) -> None:
        """Open an in-place editor over a text block."""
        doc = self.session.doc
        if list_name == "map":
            current = getattr(doc, field) or ""
            width = self.layout.width - 2 * block.x
        else:
            part = next(p for p in getattr(doc, list_name) if p.id == part_id)
            current = getattr(part, field) or ""
            box = (
                self.layout.cards.get(part_id)
                or self.layout.stage_box(part_id)
                or self.layout.lane_box(part_id)
            )
            rect = getattr(box, "rect", None)
            width = (rect.right - block.x - 8) if rect is not None else 240

        def commit(text: str) -> None:
            self.editor = None
            if list_name == "map":
                self.push(lambda: edits.set_map_field(doc, field, text))
            elif field in ("title", "name") and not text.strip():
                self.message.emit(tr("canvas", "A name cannot be empty; the change was not made."))
            else:
                value = text if (text.strip() or field in ("title", "name")) else None
                self.push(
                    lambda: edits.update_part(
                        doc,
                        list_name,
                        part_id,  # type: ignore[arg-type]
                        **{field: value},
                    )
                )

        if self.editor is not None:
            self.editor.finish(True)
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            # the double-click that opened the editor must not leave the item holding
            # the mouse: the next click would only end that grab
            grabber.ungrabMouse()
        self.editor = InlineEditor(block, current, width, multiline, commit)
        self.addItem(self.editor)
        self.editor.start()

    def edit_selected(self) -> None:
        """Enter: edit the text of the selected card, stage or lane."""
        for it in self.selectedItems():
            if isinstance(it, CardItem) and it.box is not None:
                self.edit_text("cards", it.part_id, "title", it.box.title)
                return
            if isinstance(it, StageHeaderItem) and it.box is not None:
                self.edit_text("stages", it.part_id, "name", it.box.name)
                return
            if isinstance(it, LaneHeaderItem) and it.box is not None:
                self.edit_text("lanes", it.part_id, "name", it.box.name)
                return

    def edit_connection_label(self, conn_id: str, pos: QPointF) -> None:
        conn = self.session.doc.connection(conn_id)
        if conn is None:
            return
        size = self.layout.theme.tag_size
        block = TextBlock(
            pos.x() - 60, pos.y() - size, (conn.label or "",), size, False, "#1F2933", size * 1.3
        )

        def commit(text: str) -> None:
            self.editor = None
            self.push(
                lambda: edits.update_part(
                    self.session.doc, "connections", conn_id, label=text.strip() or None
                )
            )

        self.editor = InlineEditor(block, conn.label or "", 160, False, commit)
        self.addItem(self.editor)
        self.editor.start()

    # -- creating from the palette (drag and drop) -------------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not event.mimeData().hasFormat(PALETTE_MIME):
            super().dragMoveEvent(event)
            return
        what = bytes(event.mimeData().data(PALETTE_MIME).data()).decode()
        pos = event.scenePos()
        if what == "stage":
            self.show_stage_drop(pos.x())
        elif what.startswith("lane"):
            self.show_lane_drop(pos.y())
        else:
            cell = self.layout.cell_at(pos.x(), pos.y())
            if cell is None:
                self.hide_indicator()
            else:
                r = self.layout.cell_rect(*cell)
                self._show_bar(QRectF(r.x + 3, r.y + 3, r.w - 6, r.h - 6))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.hide_indicator()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.hide_indicator()
        if not event.mimeData().hasFormat(PALETTE_MIME):
            super().dropEvent(event)
            return
        what = bytes(event.mimeData().data(PALETTE_MIME).data()).decode()
        if self.create_at(what, event.scenePos()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def create_at(self, what: str, pos: QPointF) -> bool:
        """Create a palette entry (``stage``, ``lane:KIND``, ``card``, ``touchpoint:CHANNEL``,
        ``emotion``) where it was dropped."""
        doc = self.session.doc
        if what == "stage":
            return self.push(lambda: edits.add_stage(doc, self.layout.stage_insert_index(pos.x())))
        if what.startswith("lane:"):
            kind = LaneKind(what.split(":", 1)[1])
            return self.push(
                lambda: edits.add_lane(doc, self.layout.lane_insert_index(pos.y()), kind)
            )
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            self.message.emit(tr("canvas", "Drop it on a cell of the map."))
            return False
        stage, lane = cell
        if what == "emotion":
            lane_part = doc.lane(lane)
            if lane_part is None or lane_part.kind != LaneKind.EMOTION:
                self.message.emit(tr("canvas", "Emotion points go in an emotion lane."))
                return False
            if not self.add_point_at(lane, pos):
                self.message.emit(tr("canvas", "Every persona already has a point in this stage."))
                return False
            return True
        channel = what.split(":", 1)[1] if what.startswith("touchpoint:") else None
        moving: set[str] = set()
        others = [c for c in doc.cards_in(stage, lane) if c.id not in moving]
        index = sum(1 for c in others if self.layout.cards[c.id].rect.cy < pos.y())
        return self.push(lambda: edits.add_card(doc, stage, lane, index, channel=channel))

    # -- clipboard --------------------------------------------------------------------------

    def copy_mime(self) -> QMimeData | None:
        ids = self.selected_card_ids()
        if not ids:
            return None
        cards = [self.session.doc.card(i) for i in ids]
        payload = [c.model_dump(mode="json", exclude_defaults=True) for c in cards if c]
        mime = QMimeData()
        mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        mime.setText(
            "\n\n".join(c.title + (f"\n{c.body}" if c.body else "") for c in cards if c is not None)
        )
        return mime

    def paste_mime(self, mime: QMimeData) -> bool:
        """Paste cards (from this or another map) into the selected card's cell, or the
        first card cell."""
        doc = self.session.doc
        if mime.hasFormat(CARDS_MIME):
            try:
                payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                payload = []
            cards = [c for c in payload if isinstance(c, dict)] if isinstance(payload, list) else []
        elif mime.hasText() and mime.text().strip():
            cards = [
                {
                    "title": block.strip().split("\n", 1)[0][:500],
                    "body": (block.strip().split("\n", 1)[1:] or [None])[0],
                }
                for block in mime.text().split("\n\n")
                if block.strip()
            ][:200]
        else:
            cards = []
        if not cards:
            self.message.emit(tr("canvas", "The clipboard holds no cards."))
            return False
        stage, lane = self.target_cell()
        if stage is None or lane is None:
            self.message.emit(tr("canvas", "This map has no card lane to paste into."))
            return False
        return self.push(lambda: edits.paste_cards(doc, cards, stage, lane))

    def target_cell(self) -> tuple[str | None, str | None]:
        doc = self.session.doc
        ids = self.selected_card_ids()
        if ids:
            card = doc.card(ids[-1])
            if card is not None:
                return card.stage, card.lane
        lane = next((ln for ln in doc.lanes if ln.kind != LaneKind.EMOTION), None)
        return doc.stages[0].id, (lane.id if lane else None)

    # -- keyboard -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None or (self.focusItem() is self.editor and self.editor):
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows:
            dx, dy = arrows[key]
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.move_selected_card(dx, dy)
            else:
                self.select_neighbour(dx, dy)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def select_neighbour(self, dx: int, dy: int) -> None:
        """Arrow keys: select the next card in that direction (across cells)."""
        doc = self.session.doc
        ids = self.selected_card_ids()
        if not ids:
            first = next(iter(self.layout.cards), None)
            if first:
                self.select_ids([first])
            return
        current = self.layout.cards[ids[-1]]
        cell = doc.cards_in(current.stage, current.lane)
        pos = next(i for i, c in enumerate(cell) if c.id == current.id)
        if dy and 0 <= pos + dy < len(cell):
            self.select_ids([cell[pos + dy].id])
            self._ensure_visible(cell[pos + dy].id)
            return
        target = edits.neighbour_cell(doc, current.id, dx, dy)
        while target is not None:
            cards = doc.cards_in(*target)
            if cards:
                pick = cards[-1] if dy < 0 else cards[0]
                if dx:
                    pick = cards[min(pos, len(cards) - 1)]
                self.select_ids([pick.id])
                self._ensure_visible(pick.id)
                return
            # skip empty cells in the same direction
            probe = doc.cards_in(*target)
            if probe:
                break
            si = next(i for i, s in enumerate(doc.stages) if s.id == target[0]) + dx
            li = next(i for i, ln in enumerate(doc.lanes) if ln.id == target[1]) + dy
            while 0 <= li < len(doc.lanes) and doc.lanes[li].kind == LaneKind.EMOTION and dy:
                li += dy
            if not (0 <= si < len(doc.stages) and 0 <= li < len(doc.lanes)):
                return
            target = (doc.stages[si].id, doc.lanes[li].id)

    def _ensure_visible(self, card_id: str) -> None:
        box = self.layout.cards.get(card_id)
        if box is None:
            return
        for view in self.views():
            view.ensureVisible(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h), 40, 40)

    def move_selected_card(self, dx: int, dy: int) -> None:
        """Ctrl+arrows: move the selected cards to the next cell (one undo step each)."""
        ids = self.selected_card_ids()
        if not ids:
            return
        target = edits.neighbour_cell(self.session.doc, ids[0], dx, dy)
        if target is None:
            self.message.emit(tr("canvas", "There is no card cell further that way."))
            return

        def nudge() -> Edit:
            edit = edits.move_cards(self.session.doc, ids, target[0], target[1], None)
            edit.merge_key = ("nudge", tuple(ids))  # a run of Ctrl+arrows is one undo step
            return edit

        self.push(nudge)
