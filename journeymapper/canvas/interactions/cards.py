"""Card gestures: drag the selected cards to a cell (their arrows follow on screen), and
draw an arrow from a card's handle to another card."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...editing import edits
from ...i18n import tr
from ...layout import ConnectionPath, Rect, RouteEnds, RouteGrid, route
from ...model import LaneKind
from ..items import CardItem
from .base import Host, Interaction


class MoveCards(Interaction):
    """Qt moves the selected (movable) cards; this shows where they land, draws their
    connections along, and on release pushes one move edit."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        #: the dragged cards and their connections, worked out on the first move (maps can
        #: hold 20,000 cards)
        self.ids: set[str] | None = None
        self.links: list[tuple[ConnectionPath, int, str | None]] = []
        self.dragged = False

    def _start_drag(self) -> set[str]:
        if self.ids is None:
            self.ids = set(self.host.selected_card_ids())
            self.host.displaced(self.ids)  # put back by the next sync, whatever happens
            order = {c.id: (i, c.label) for i, c in enumerate(self.host.session.doc.connections)}
            self.links = [
                (conn, *order[conn.id])
                for conn in self.host.layout.connections
                if (conn.source in self.ids or conn.target in self.ids) and conn.id in order
            ]
        return self.ids

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.dragged = True
        self._start_drag()
        self.show_drop(event.scenePos())
        self.follow()

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.dragged:
            self.end()
            return
        host = self.host
        ids = [c.id for c in host.session.doc.cards if c.id in self._start_drag()]
        target = self.drop_target(event.scenePos())
        self.end()
        if not ids:
            return
        if target is None:
            host.tell(tr("canvas", "Cards go in a card or touchpoint lane."))
            host.sync()
            return
        stage, lane, index = target
        host.push(lambda: edits.move_cards(host.session.doc, ids, stage, lane, index))

    def cancel(self) -> None:
        self.end()  # the displaced cards go back at the sync that follows

    # -- where they land --------------------------------------------------------------

    def _others_in(self, stage: str, lane: str) -> list[str]:
        """The ids of a cell's cards that are not being dragged, in order."""
        moving = self._start_drag()
        cell = self.host.layout.cell_cards.get((stage, lane), ())
        return [cid for cid in cell if cid not in moving]

    def drop_target(self, pos: QPointF) -> tuple[str, str, int] | None:
        layout = self.host.layout
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        stage, lane = cell
        box = layout.lane_box(lane)
        if box is None or box.kind == LaneKind.EMOTION:
            return None
        others = self._others_in(stage, lane)
        index = sum(1 for cid in others if layout.cards[cid].rect.cy < pos.y())
        return stage, lane, index

    def show_drop(self, pos: QPointF) -> None:
        overlay = self.host.overlay
        target = self.drop_target(pos)
        if target is None:
            overlay.hide()
            return
        layout = self.host.layout
        stage, lane, index = target
        others = self._others_in(stage, lane)
        cell = layout.cell_rect(stage, lane)
        pad = layout.theme.cell_pad
        if index < len(others):
            y = layout.cards[others[index]].rect.y - layout.theme.card_gap / 2
        elif others:
            y = layout.cards[others[-1]].rect.bottom + layout.theme.card_gap / 2
        else:
            y = cell.y + pad / 2
        overlay.show_bar(QRectF(cell.x + pad, y - 2, cell.w - 2 * pad, 4))

    def follow(self) -> None:
        """The dragged cards' connections follow them (drawn, not saved)."""
        if not self.links:
            return
        host = self.host
        layout = host.layout
        moving = self._start_drag()
        grid = RouteGrid.of(layout, host.metrics)

        def live(card_id: str) -> tuple[Rect, int]:
            box = layout.cards[card_id]
            stage = layout.stage_box(box.stage)
            home = stage.index if stage is not None else 0
            it = host.item_for("card", card_id) if card_id in moving else None
            if it is None:
                return box.rect, home
            r = Rect(it.pos().x(), it.pos().y(), box.rect.w, box.rect.h)
            si = layout.stage_index_at(r.cx)
            return r, (si if si is not None else home)

        for conn, n, label in self.links:
            a, sa = live(conn.source)
            b, sb = live(conn.target)
            # only the layer's drawing follows; the items are hit-tested after the drop
            host.connections.set_live(
                route(RouteEnds(conn.id, conn.source, conn.target, label, n, a, b, sa, sb), grid)
            )


class ConnectCards(Interaction):
    """From a card's handle, a rubber line to the card it is dropped on: one connection
    (the `NewLinkAction` of this editor)."""

    passes_press = False  # pressing the handle selects nothing and moves nothing

    def __init__(self, host: Host, source: str, start: QPointF) -> None:
        super().__init__(host)
        self.source = source
        self.start = start

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.host.overlay.show_line(self.start, self.start)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.host.overlay.show_line(self.start, event.scenePos())

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        host, source = self.host, self.source
        target = card_at(host, event.scenePos())
        self.end()
        if target is None or target == source:
            host.tell(tr("canvas", "Drop the arrow on another card to connect them."))
            return
        host.push(lambda: edits.connect(host.session.doc, source, target))


def card_at(host: Host, pos: QPointF) -> str | None:
    """The card under a point of the scene, if any."""
    for it in host.items(pos):
        if isinstance(it, CardItem):
            return it.part_id
    return None
