"""What every gesture is: a small object holding its own drag state, started by the
scene on a press (or a drag entering it), fed the moves, ending in at most one edit.

The shape is orange-canvas-core's `UserInteraction`: the scene forwards mouse events to
the current interaction, which calls `end()` when it is over. An interaction never
changes the model itself: it pushes one `Edit` through its host, and the scene then
mirrors the new document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QGraphicsView

from ...editing import Edit
from ...editing.session import DocumentSession
from ...layout import FontMetrics, MapLayout
from ..connections import ConnectionLayer
from ..emotion_items import EmotionLaneItem
from ..items import MapItem
from ..overlay import Overlay


class Host(Protocol):
    """What interactions use of the scene (a `MapScene`)."""

    session: DocumentSession
    layout: MapLayout
    metrics: FontMetrics
    overlay: Overlay
    connections: ConnectionLayer

    def push(self, make: Callable[[], Edit]) -> bool: ...
    def tell(self, text: str) -> None: ...
    def item_for(self, kind: str, part_id: str) -> MapItem | None: ...
    def curve_lane(self, lane_id: str) -> EmotionLaneItem | None: ...
    def selected_card_ids(self) -> list[str]: ...
    def selected_ids(self) -> list[str]: ...
    def select_ids(self, ids: list[str]) -> None: ...
    def displaced(self, ids: Iterable[str]) -> None: ...
    def interaction_ended(self, interaction: Interaction) -> None: ...
    def items(self, *args: object) -> list[QGraphicsItem]: ...
    def addItem(self, item: QGraphicsItem) -> None: ...
    def removeItem(self, item: QGraphicsItem) -> None: ...
    def views(self) -> list[QGraphicsView]: ...
    def sync(self, select: list[str] | None = None) -> None: ...
    def setSelectionArea(self, *args: object) -> None: ...
    def selectedItems(self) -> list[QGraphicsItem]: ...
    def start(self, interaction: Interaction) -> None: ...
    def focus_cell_at(self, pos: QPointF) -> None: ...
    def edit_persona(self, persona_id: str) -> None: ...


class Interaction:
    """One gesture in progress. Subclasses override the event methods they need."""

    #: the press is also given to the item under it (selection; Qt's own move of the
    #: selected movable items)
    passes_press = True

    def __init__(self, host: Host) -> None:
        self.host = host
        self.finished = False

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        """The press that started the gesture."""

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """The mouse moved with the button held."""

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        """The button was let go: by default, the gesture ends without an edit."""
        self.end()

    def owns(self, item: QGraphicsItem | None) -> bool:
        """Whether a press on ``item`` belongs to this gesture (an editor's own text)."""
        return False

    def interrupt(self) -> None:
        """Another gesture starts (a press elsewhere): give up by default."""
        self.cancel()

    def cancel(self) -> None:
        """Stop without an edit, taking back whatever was shown."""
        self.end()

    def end(self) -> None:
        """Take down what the gesture showed and tell the host it is over (once)."""
        if self.finished:
            return
        self.finished = True
        self.cleanup()
        self.host.interaction_ended(self)

    def cleanup(self) -> None:
        """Hide previews and indicators (called once, by `end`)."""
        self.host.overlay.hide()


def along(pos: QPointF, horizontal: bool) -> float:
    return pos.x() if horizontal else pos.y()
