"""The map scene: mirrors the document (creates, updates and removes items from a
layout) and runs the gesture in progress.

The scene never changes the model itself. Each gesture is an interaction object (see
`interactions`) that ends in one `Edit` pushed on the session's undo stack; the
session's `changed` signal brings the scene back here, where a new layout is computed
and every item is re-synced (created, moved, updated or removed, keyed by id).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmapCache, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from ..editing import Edit, EditRejected
from ..editing.kinds import NewPart, PartKind
from ..editing.placement import Cell, is_card_cell
from ..editing.session import DocumentSession
from ..layout import Curve, FontMetrics, LayoutCache, MapLayout, compute_layout
from ..layout.shared import share
from ..layout.text import CachedMetrics
from ..model import LaneKind
from ..perf import paused_gc
from ..text import map_metrics
from . import clipboard, gestures, keyboard
from .capture import CaptureText
from .connections import ConnectionLayer
from .dimming import Dimmer
from .emotion_items import EmotionLaneItem, EmotionPointItem, point_growth
from .far import FAR_BELOW, CardSketchLayer
from .interactions import (
    PALETTE_MIME,
    EditText,
    InlineEditor,
    Interaction,
    card_at,
    create_at,
)
from .items import (
    CARD_Z,
    SKETCH_BELOW,
    BackgroundItem,
    CardItem,
    ConnectionItem,
    LaneHeaderItem,
    MapItem,
    StageHeaderItem,
    TitleItem,
)
from .mood import StageTint
from .overlay import Overlay
from .placing import Placer
from .scene_drops import DropTarget
from .scene_frame import coarse_rect, frame_changed, frame_changes, index_rect, title_rect

PIXMAP_CACHE_KB = 96 * 1024
#: the kinds of items a sync may place later (see `placing`)
_PLACED_LATER = (PartKind.CARD, PartKind.CONNECTION)
#: Depth of the scene's BSP index (Qt's automatic one is log2(items): 14 on the stress
#: map, 16,384 leaves, and a route's box is filed in every leaf it covers: 200 MB and
#: 0.6 s at the first paint). 1,024 leaves answer the view's queries as fast.
BSP_DEPTH = 10
_NO_PREVIEW: dict[tuple[str, str | None], Curve] = {}

__all__ = ["PALETTE_MIME", "InlineEditor", "MapScene"]


class MapScene(DropTarget, QGraphicsScene):
    """The scene of one document session."""

    #: a short message for the status bar (rejected gestures, hints)
    message = Signal(str)
    #: open the persona editor for a persona (double-click on a curve's legend)
    persona_requested = Signal(str)
    #: the layout was recomputed (after any change)
    relaid = Signal()
    #: a re-sync starts (the map changed): work in the background on the old state stops
    syncing = Signal()

    def __init__(self, session: DocumentSession, metrics: FontMetrics | None = None) -> None:
        super().__init__()
        self.setBspTreeDepth(BSP_DEPTH)
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
        self.connections.far_below = FAR_BELOW
        self.addItem(self.connections)
        self.sketches = CardSketchLayer(CARD_Z - 0.5)
        self.addItem(self.sketches)
        #: far away: the sketch layer draws the cards (see `far`)
        self._far = False
        #: while the view paints: the rectangles it repaints (see `far.exposed_boxes`)
        self.exposed_boxes: list[tuple[float, float, float, float]] | None = None
        self.items_by_id: dict[tuple[str, str], MapItem] = {}
        self.curve_lanes: dict[str, EmotionLaneItem] = {}
        self.overlay = Overlay(self)
        #: what is dimmed and picked out, and why (the search bar, a highlighted path)
        self.dimmer = Dimmer(self)
        #: stages coloured by their average emotion (the Insights dock's toggle)
        self.tint = StageTint(self)
        self.indicator = self.overlay.indicator
        self.score_label = self.overlay.score_label
        #: set while no pointer gesture is in progress (a drag, a resize, a rubber band; an
        #: open text editor is none): work in other threads waits while it is clear
        #: (`analysis.cancel.Checkpoint`), so that the gesture has the CPU
        self.idle = threading.Event()
        self.idle.set()
        self._interaction: Interaction | None = None
        #: the empty cell the user clicked last (where Add Card and Paste go)
        self.focus_cell: Cell | None = None
        #: cards a gesture moved by hand: put back where the layout says at the next sync
        self._displaced: set[str] = set()
        self.zoom = 1.0  # the view's, told by set_zoom_level
        self._cards_cached = False
        self._raised: list[CardItem] = []
        #: far away, items told where they are after the frame (see `placing`)
        self.placer = Placer(self)
        #: the map's rectangle with a margin around it: what the views scroll over (the
        #: scene's own rectangle, which its index covers, changes less often: `index_rect`)
        self.map_rect = QRectF()
        self.selectionChanged.connect(self._raise_selected)
        self.sync()
        session.changed.connect(self.sync)

    # -- mirroring the document -------------------------------------------------------------

    def sync(self, select: list[str] | None = None) -> None:
        """Recompute the layout and bring every item in line with it."""
        self.syncing.emit()
        with paused_gc():
            self._sync(select)

    def _sync(self, select: list[str] | None) -> None:
        self.placer.place()  # (what the last sync left for later)
        if self.interaction is not None:
            self.interaction.cancel()  # the document changed under the gesture
        keep_selected = select if select else self.selected_ids()
        old = getattr(self, "layout", None)
        self.layout = layout = compute_layout(
            self.session.doc, self.metrics, cache=self.layout_cache
        )
        share(self.session.doc, self.metrics, layout)  # (an export of this map reuses it)
        margin = 200
        self.map_rect = QRectF(
            -margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin
        )
        index = index_rect(self.map_rect)
        if index != self.sceneRect():  # (a new one files every item again)
            self.setSceneRect(index)
        for view in self.views():
            follow = getattr(view, "follow_map", None)
            if follow is not None:
                follow()
        if old is None or frame_changed(old, layout):
            area = None if old is None else frame_changes(old, layout)
            self.background.set_rect(coarse_rect(layout), area)
        if old is None or old.connections is not layout.connections or self.connections.live:
            self.connections.set_routes(
                layout.connections, layout.theme, old.connections if old is not None else None
            )
        self.connections.set_rect(coarse_rect(layout))
        self.title_item.set_rect(title_rect(layout, self.metrics))
        items_by_id = self.items_by_id

        def item(kind: PartKind, part_id: str, factory: Callable[[str], MapItem]) -> MapItem:
            key = (kind, part_id)
            existing = items_by_id.get(key)
            if existing is None:
                existing = factory(part_id)
                items_by_id[key] = existing
                self.addItem(existing)
                if kind is PartKind.CARD:
                    assert isinstance(existing, CardItem)
                    if self._cards_cached:
                        existing.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                    existing.set_far(self._far)
            return existing

        def drop(kind: PartKind, ids: Iterable[str]) -> None:
            for part_id in ids:
                gone = items_by_id.pop((kind, part_id), None)
                if gone is not None:
                    if isinstance(gone, CardItem) and gone.box is not None:
                        self.sketches.drawn_by_item(gone.box, False)
                    self.removeItem(gone)

        stages_seen = set()
        for box in layout.stages:
            stages_seen.add(box.id)
            stage_item = item(PartKind.STAGE, box.id, StageHeaderItem)
            assert isinstance(stage_item, StageHeaderItem)
            stage_item.set_box(box)
        lanes_seen: set[str] = set()
        emotion_seen: set[str] = set()
        for lane in layout.lanes:
            lanes_seen.add(lane.id)
            lane_item = item(PartKind.LANE, lane.id, LaneHeaderItem)
            assert isinstance(lane_item, LaneHeaderItem)
            lane_item.set_box(lane)
            if lane.kind == LaneKind.EMOTION:
                emotion_seen.add(lane.id)
                emo = self.curve_lanes.get(lane.id)
                if emo is None:
                    emo = self.curve_lanes[lane.id] = EmotionLaneItem(lane.id)
                    self.addItem(emo)
                emo.set_scale(
                    layout.scales[lane.id], QRectF(lane.row.x, lane.row.y, lane.row.w, lane.row.h)
                )
                if old is None or old.curves != layout.curves or old.notes != layout.notes:
                    emo.update()
        if old is not None:
            drop(PartKind.STAGE, [s.id for s in old.stages if s.id not in stages_seen])
            drop(PartKind.LANE, [ln.id for ln in old.lanes if ln.id not in lanes_seen])
        # cards: only those whose box is not the very object shown (the layout reuses the
        # boxes of unchanged cards), and those dragged by hand since
        displaced, self._displaced = self._displaced, set()
        shown = old.cards if old is not None else {}
        cards = layout.cards
        relaid = self.layout_cache.changed_cells
        if old is None or relaid is None:
            changed = [cid for cid, box in cards.items() if shown.get(cid) is not box]
            gone_cards = shown.keys() - cards.keys()
        else:
            # only the cells laid out again hold cards whose boxes are not the ones shown
            before = {cid for key in relaid for cid in old.cell_cards.get(key, ())}
            now = [cid for key in relaid for cid in layout.cell_cards.get(key, ())]
            changed = [cid for cid in now if cid in cards and shown.get(cid) is not cards[cid]]
            gone_cards = {cid for cid in before if cid in shown} - cards.keys()
        changed.extend(cid for cid in displaced if cid in cards and shown.get(cid) is cards[cid])
        # the cells whose cards changed, for the sketch layer: those laid out again (where
        # the cards moved from and to), else those of the boxes that changed
        cells = None if old is None or relaid is None else set(relaid)
        moved_boxes = []
        # far away, card and connection items learn where they are after the frame
        far, unplaced = self._far and not self.placer.hold, []
        for cid in changed:
            box = cards[cid]
            card_item = item(PartKind.CARD, cid, CardItem)
            assert isinstance(card_item, CardItem)
            if cells is None:
                if card_item.box is not None and card_item.box is not box:
                    moved_boxes.append(card_item.box)
                moved_boxes.append(box)
            elif cid in displaced:
                cells.add((box.stage, box.lane))
            if card_item.set_box(box, put_back=cid in displaced, later=far):
                unplaced.append(card_item)
        moved_boxes.extend(shown[cid] for cid in gone_cards)
        drop(PartKind.CARD, gone_cards)
        self.sketches.set_layout(layout, moved_boxes, coarse_rect(layout), cells)
        grow = point_growth(self.zoom)
        points_seen = set()
        for curve in layout.curves:
            for pt in curve.points:
                points_seen.add(pt.id)
                point_item = item(PartKind.EMOTION, pt.id, EmotionPointItem)
                assert isinstance(point_item, EmotionPointItem)
                point_item.set_point(pt, curve.colour)
                point_item.set_grow(grow)
        if old is not None:
            drop(
                PartKind.EMOTION,
                [pt.id for c in old.curves for pt in c.points if pt.id not in points_seen],
            )
        if old is None or old.connections is not layout.connections:
            before = {c.id: c for c in old.connections} if old is not None else {}
            for conn in layout.connections:
                if before.pop(conn.id, None) is not conn:
                    conn_item = item(PartKind.CONNECTION, conn.id, ConnectionItem)
                    assert isinstance(conn_item, ConnectionItem)
                    if conn_item.set_path(conn, later=far):
                        unplaced.append(conn_item)
            drop(PartKind.CONNECTION, before)
        self.placer.later(unplaced)
        for lane_id in list(self.curve_lanes):
            if lane_id not in emotion_seen:
                self.removeItem(self.curve_lanes.pop(lane_id))
        if old is not None and old.theme is not layout.theme:
            for drawn in self.items():  # a new look (the brand): nothing keeps the old one
                drawn.update()
        self.select_ids(keep_selected)
        self.set_focus_cell(self.focus_cell)
        self.relaid.emit()

    def displaced(self, ids: Iterable[str]) -> None:
        """Cards moved by hand: the next sync puts them where the layout says."""
        self._displaced.update(ids)

    def set_focus_cell(self, cell: Cell | None) -> None:
        """Show the cell focus on a card cell (None, or not a card cell: no focus)."""
        if not is_card_cell(self.session.doc, cell):
            cell = None
        self.focus_cell = cell
        if cell is None:
            self.overlay.hide_focus()
        else:
            r = self.layout.cell_rect(*cell)
            self.overlay.show_focus(QRectF(r.x + 2, r.y + 2, r.w - 4, r.h - 4))

    def focus_cell_at(self, pos: QPointF) -> None:
        """A click on empty map space: focus the card cell there (if it is one)."""
        self.set_focus_cell(self.layout.cell_at(pos.x(), pos.y()))
        for view in self.views():
            view.setFocus(Qt.FocusReason.MouseFocusReason)

    def _raise_selected(self) -> None:
        """Selected cards show their handle: above the connections (`CardItem.raise_handle`)."""
        if self.focus_cell is not None and self.selectedItems():
            self.set_focus_cell(None)  # a selected part is what the user points at now
        raised = [it for it in self.selectedItems() if isinstance(it, CardItem)]
        for it in (*self._raised, *raised):
            if it.scene() is self:
                it.raise_handle()
                it.sync_contents()  # (far away, a selected card draws itself)
        self._raised = raised

    def set_zoom_level(self, zoom: float) -> None:
        """Cache card pixmaps only when cards show their text (see `SKETCH_BELOW`); keep
        emotion points big enough to see and grab (see `point_growth`)."""
        self.placer.place()  # (nearer, cards draw themselves)
        self.zoom = zoom
        grow = point_growth(zoom)
        for curve in self.layout.curves:  # (a few points; the map may hold 20,000 cards)
            for pt in curve.points:
                it = self.items_by_id.get((PartKind.EMOTION, pt.id))
                if isinstance(it, EmotionPointItem):
                    it.set_grow(grow)
        far = zoom < FAR_BELOW
        if far != self._far:
            self._far = far
            for (kind, _), it in self.items_by_id.items():
                if kind == PartKind.CARD:
                    assert isinstance(it, CardItem)
                    it.set_far(far)
            self.sketches.set_active(far)
            self.connections.far = far
            self.background.set_far(far)
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
            if kind == PartKind.CARD:
                it.setCacheMode(mode)

    # -- looking things up ------------------------------------------------------------------

    def item_for(self, kind: str, part_id: str) -> MapItem | None:
        if kind in _PLACED_LATER and self.placer.pending:
            self.placer.place()  # (the caller may ask Qt where it is)
        return self.items_by_id.get((kind, part_id))

    def curve_lane(self, lane_id: str) -> EmotionLaneItem | None:
        return self.curve_lanes.get(lane_id)

    def card_at(self, pos: QPointF) -> str | None:
        self.placer.place()
        return card_at(self, pos)

    @property
    def curve_preview(self) -> dict[tuple[str, str | None], Curve]:
        """Curves as the gesture in progress shows them (read by the lanes' paint)."""
        return getattr(self.interaction, "curve_preview", _NO_PREVIEW)

    def set_connection_selected(self, conn_id: str, selected: bool) -> None:
        self.connections.set_selected(conn_id, selected)

    def selected_ids(self) -> list[str]:
        return [i.part_id for i in self.selectedItems() if isinstance(i, MapItem)]

    def selected_card_ids(self) -> list[str]:
        chosen = {i.part_id for i in self.selectedItems() if isinstance(i, CardItem)}
        return [c.id for c in self.session.doc.cards if c.id in chosen]

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly these parts; nothing is emitted when that is already the case
        (a re-sync while the user types in the inspector must not rebuild it)."""
        by_id = self.items_by_id
        found = (by_id.get((kind, part_id)) for part_id in dict.fromkeys(ids) for kind in PartKind)
        targets = [
            it
            for it in found
            if it is not None and it.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
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
            self.tell(str(exc))
            self.sync()  # put dragged items back
            return False
        if not self.session.push(edit):
            self.sync()
            return False
        return True

    def tell(self, text: str) -> None:
        self.message.emit(text)

    def edit_persona(self, persona_id: str) -> None:
        self.persona_requested.emit(persona_id)

    # -- running gestures ---------------------------------------------------------------------

    @property
    def interaction(self) -> Interaction | None:
        """The gesture in progress (at most one)."""
        return self._interaction

    @interaction.setter
    def interaction(self, interaction: Interaction | None) -> None:
        self._interaction = interaction
        if interaction is None or isinstance(interaction, EditText | CaptureText):
            self.idle.set()
        else:
            self.idle.clear()

    @property
    def editor(self) -> InlineEditor | None:
        """The in-place text editor, while one is open."""
        it = self.interaction
        return it.editor if isinstance(it, EditText | CaptureText) else None

    def start(self, interaction: Interaction) -> None:
        """Make ``interaction`` the gesture in progress (interrupting another one)."""
        if self.interaction is not None and self.interaction is not interaction:
            self.interaction.interrupt()
        if not interaction.finished:
            self.interaction = interaction

    def interaction_ended(self, interaction: Interaction) -> None:
        if self.interaction is interaction:
            self.interaction = None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        current = self.interaction
        if current is not None:
            if current.owns(self.itemAt(event.scenePos(), self._transform())):
                super().mousePressEvent(event)  # a click inside the editor
                return
            current.interrupt()
        interaction = gestures.on_press(self, event)
        if interaction is None:
            super().mousePressEvent(event)
            if event.isAccepted():
                return
            interaction = gestures.on_empty_press(self, event)
            if interaction is None:
                return
        elif interaction.passes_press:
            super().mousePressEvent(event)
        event.accept()
        self.start(interaction)
        interaction.press(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # (Qt moves the grabbed, movable items)
        if self.interaction is not None and event.buttons():
            self.interaction.move(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.interaction is not None:
            self.interaction.release(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        current = self.interaction
        if current is not None and current.owns(self.itemAt(event.scenePos(), self._transform())):
            super().mouseDoubleClickEvent(event)
            return
        if current is not None:
            current.interrupt()
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            # the double-click must not leave an item holding the mouse: the next click
            # would only end that grab
            grabber.ungrabMouse()
        interaction = gestures.on_double_click(self, event)
        if interaction is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        self.start(interaction)

    def _transform(self) -> QTransform:
        views = self.views()
        return views[0].transform() if views else QTransform()

    def create_at(self, what: str | NewPart, pos: QPointF) -> bool:
        """Create a palette entry (a `NewPart` or its code) at a point of the map."""
        part = what if isinstance(what, NewPart) else NewPart.parse(what)
        return create_at(self, part, pos)

    # -- clipboard ----------------------------------------------------------------------------

    def copy_mime(self) -> QMimeData | None:
        return clipboard.copy_mime(self)

    def paste_mime(self, mime: QMimeData) -> bool:
        return clipboard.paste_mime(self, mime, self.focus_cell)

    # -- keyboard -----------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Edit the selected card's title, or stage's or lane's name, in place."""
        keyboard.edit_selected(self)

    def event(self, event: QEvent) -> bool:
        placer = getattr(self, "placer", None)  # (events come while it is made, unmade)
        if placer is not None and event.type() != QEvent.Type.MetaCall:
            # a click, a hover, a key, a drop: Qt looks for items; and an edit made while
            # handling it (a drop, a click that commits a title) places its items at once,
            # as the rest of the event may look for them
            placer.place()
            placer.hold += 1
            try:
                return self._event(event)
            finally:
                placer.hold -= 1
        return self._event(event)

    def _event(self, event: QEvent) -> bool:
        if (
            isinstance(self.interaction, CaptureText)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
        ):
            self.interaction.tab()  # quick capture: commit, go on to the next cell
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None or not keyboard.handle_key(self, event):
            super().keyPressEvent(event)
