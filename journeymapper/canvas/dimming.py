"""Which parts of the map are dimmed, and which are picked out: one mechanism for every
reason to dim (the find and filter bar, the Insights dock's highlighted path).

Each source names the parts it dims (``(kind, id)`` keys of `MapScene.items_by_id`); a part
is dimmed while any source dims it, so closing the search does not undim the cards a
highlighted path still dims, and the other way round. Cards and emotion points are dimmed
through their item's opacity (only items whose state changes are touched: the map may hold
20,000 cards); connections, all drawn by the `ConnectionLayer`, are dimmed there. A source
may also pick parts out ("emphasis"): their connections get a halo under the line and their
cards a ring, drawn by one path item.

Nothing here is part of the document; a re-sync keeps the state (an item made again, as on
the undo of a delete, is dimmed again when a source still names it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from ..editing.kinds import PartKind
from .items import CardItem

if TYPE_CHECKING:
    from .scene import MapScene

#: the opacity of a dimmed card or emotion point (and of a dimmed connection's line)
DIMMED = 0.18
#: the colour of what a source picks out (a highlighted path): amber, unlike the selection
EMPHASIS = "#E8A317"
#: the ring around an emphasised card, outside its border
RING_GAP = 4.0
RING_WIDTH = 3.0

Key = tuple[str, str]


class Dimmer:
    """The dimmed and the emphasised parts of one scene, by source."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self._layers: dict[str, frozenset[Key]] = {}
        self._emphasis: dict[str, frozenset[Key]] = {}
        self._applied: set[Key] = set()  # items shown dimmed now
        self.rings = QGraphicsPathItem()
        self.rings.setZValue(9)  # under the cards, over the cells
        pen = QPen(QColor(EMPHASIS), RING_WIDTH)
        self.rings.setPen(pen)
        self.rings.hide()
        scene.addItem(self.rings)
        scene.relaid.connect(self._relaid)

    # -- what the sources say -----------------------------------------------------------------

    def set(self, source: str, dimmed: Iterable[Key], emphasis: Iterable[Key] = ()) -> None:
        """``source`` now dims ``dimmed`` and picks out ``emphasis`` (both replace its last)."""
        self._layers[source] = frozenset(dimmed)
        self._emphasis[source] = frozenset(emphasis)
        self._apply()

    def clear(self, source: str) -> None:
        self._layers.pop(source, None)
        self._emphasis.pop(source, None)
        self._apply()

    def dimmed(self) -> set[Key]:
        """Every part some source dims."""
        out: set[Key] = set()
        for keys in self._layers.values():
            out |= keys
        return out

    def emphasised(self) -> set[Key]:
        out: set[Key] = set()
        for keys in self._emphasis.values():
            out |= keys
        return out

    def is_dimmed(self, kind: str, part_id: str) -> bool:
        return any((kind, part_id) in keys for keys in self._layers.values())

    # -- showing it -----------------------------------------------------------------------------

    def _relaid(self) -> None:
        # an item made again (undo of a delete) is not dimmed, whatever its id was
        items = self.scene.items_by_id
        self._applied = {
            k for k in self._applied if (it := items.get(k)) is not None and it.opacity() < 1
        }
        self._apply()

    def _apply(self) -> None:
        items = self.scene.items_by_id
        dim = self.dimmed()
        for key in self._applied - dim:
            it = items.get(key)
            if it is not None:
                it.setOpacity(1.0)
        for key in dim - self._applied:
            if key[0] == PartKind.CONNECTION:
                continue  # drawn by the layer
            it = items.get(key)
            if it is not None:
                it.setOpacity(DIMMED)
        self._applied = {k for k in dim if k[0] != PartKind.CONNECTION}
        emphasis = self.emphasised()
        self.scene.connections.set_emphasis(
            {i for kind, i in dim if kind == PartKind.CONNECTION},
            {i for kind, i in emphasis if kind == PartKind.CONNECTION},
        )
        self._ring([i for kind, i in emphasis if kind == PartKind.CARD])

    def _ring(self, card_ids: list[str]) -> None:
        if not card_ids:
            self.rings.hide()
            return
        self.scene.placer.place()  # (the rings go where Qt has the cards: see `placing`)
        path = QPainterPath()
        items = self.scene.items_by_id
        radius = self.scene.layout.theme.card_radius + RING_GAP
        for card_id in card_ids:
            it = items.get((PartKind.CARD, card_id))
            if isinstance(it, CardItem) and it.box is not None:
                # the card itself, without its handle and shadow
                rect = it.mapRectToScene(it.local_rect())
                gap = RING_GAP
                path.addRoundedRect(rect.adjusted(-gap, -gap, gap, gap), radius, radius)
        self.rings.setPath(path)
        self.rings.show()


__all__ = ["DIMMED", "EMPHASIS", "Dimmer"]
