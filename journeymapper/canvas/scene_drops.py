"""What the map takes when something is dropped on it: a palette entry (a new stage,
lane, card, touchpoint or emotion point), a picture (a file or image data), or text from
another application (cards). A mixin of `MapScene`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneDragDropEvent

from . import clipboard
from .interactions import ImageDrop, PaletteDrop, image_drag, palette_part

if TYPE_CHECKING:
    from .scene import MapScene

    _Base = MapScene
else:
    _Base = object


class DropTarget(_Base):
    """Drag-and-drop onto the map (see the module)."""

    def _drop_for(self, mime: QMimeData) -> PaletteDrop | ImageDrop | None:
        """The drop a drag brings: a palette entry or a picture (file or image data)."""
        part = palette_part(mime)
        if part is not None:
            return PaletteDrop(self, part)
        return ImageDrop(self, mime) if image_drag(mime) else None

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        drop = self._drop_for(event.mimeData())
        if drop is None:
            if event.mimeData().hasText():  # text from another application: cards
                event.acceptProposedAction()
                return
            QGraphicsScene.dragEnterEvent(self, event)
            return
        self.start(drop)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        drop = self.interaction
        if not isinstance(drop, PaletteDrop | ImageDrop):
            drop = self._drop_for(event.mimeData())
            if drop is None:
                cell = clipboard.text_drop_cell(self, event.mimeData(), event.scenePos())
                clipboard.show_text_drop(self, cell)
                if cell is None:
                    event.ignore()
                else:
                    event.acceptProposedAction()
                return
            self.start(drop)
        drop.hover(event.scenePos())
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if isinstance(self.interaction, PaletteDrop | ImageDrop):
            self.interaction.cancel()
        self.overlay.hide()
        QGraphicsScene.dragLeaveEvent(self, event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        drop = self.interaction
        if not isinstance(drop, PaletteDrop | ImageDrop):
            drop = self._drop_for(event.mimeData())
            if drop is None:
                if clipboard.drop_text(self, event.mimeData(), event.scenePos()):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return
        if drop.drop(event.scenePos()):
            event.acceptProposedAction()
            # the keyboard goes to the new part (Enter edits it), not back to the palette
            for view in self.views():
                view.activateWindow()
                view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            event.ignore()
