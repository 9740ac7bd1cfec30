"""Far away, the card and connection items an edit moved learn where they are right after
the frame that shows the edit.

Zoomed out to fit a big map, a card item has no contents (the sketch layer draws the
cards: see `far`) and a connection item never has any (the connection layer draws the
routes): they are there to be hit. An undo that makes a lane shorter moves every card and
route below it, some 1,200 items on the large map, and moving them in Qt (each is filed
again in the scene's index, and Qt works out what it covered) took a third of the undo's
frame, for nothing on screen.

So the scene gives such an item its new box or route at once (what Python reads of it is
right), and tells Qt where it is (`place`) after the frame: at the turn of the event loop
after the view painted (`Placer.painted`; a timer set at the edit would fire before the
paint), at the latest `LATEST_MS` after the edit (nothing painted: the view is elsewhere),
or sooner, before anything asks Qt where an item is: any event sent to the scene (a click,
a hover, a key, a drop), a change of zoom, `MapScene.item_for` and `card_at`, the next
sync, the few places that read where the selection is, and the rings around emphasised
cards. An edit made while the scene handles an event (a drop, a click that commits a
title) leaves nothing for later: the rest of the event may look for the items.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class Placeable(Protocol):
    def place(self) -> None:
        """Tell Qt where the item is now (nothing if it knows)."""


#: items left for later are placed this long after the edit if no view painted meanwhile
LATEST_MS = 200


class Placer:
    """The items left to place, and the turns of the event loop that place them."""

    def __init__(self, parent: QObject) -> None:
        #: while above 0 (the scene is handling an event), nothing is left for later
        self.hold = 0
        self._items: list[Placeable] = []
        self._soon = QTimer(parent)  # (after a paint)
        self._latest = QTimer(parent)
        for timer, ms in ((self._soon, 0), (self._latest, LATEST_MS)):
            timer.setSingleShot(True)
            timer.setInterval(ms)
            timer.timeout.connect(self.place)

    @property
    def pending(self) -> bool:
        return bool(self._items)

    def later(self, items: list[Placeable]) -> None:
        if items:
            self._items += items
            if not self._latest.isActive():
                self._latest.start()

    def painted(self) -> None:
        """A view painted: place what is left at the next turn of the event loop."""
        if self._items and not self._soon.isActive():
            self._soon.start()

    def place(self) -> None:
        """Place every item left for later."""
        if not self._items:
            return
        items, self._items = self._items, []
        self._soon.stop()
        self._latest.stop()
        for item in items:
            item.place()
