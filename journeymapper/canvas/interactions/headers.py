"""Header gestures: drag a stage or lane header to reorder, drag its far border to resize.

Stages run along x (their right border resizes), lanes along y (their bottom border).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...editing import edits
from ...editing.kinds import PartKind
from ...model.document import MAX_LANE_HEIGHT, MAX_STAGE_WIDTH, MIN_LANE_HEIGHT, MIN_STAGE_WIDTH
from .base import Host, Interaction, along

#: a press that moves less than this (pixels, Manhattan) is a click, not a drag
DRAG_START = 6


def clamp_size(horizontal: bool, size: float) -> float:
    low, high = (
        (MIN_STAGE_WIDTH, MAX_STAGE_WIDTH) if horizontal else (MIN_LANE_HEIGHT, MAX_LANE_HEIGHT)
    )
    return max(low, min(high, size))


class ReorderHeader(Interaction):
    """Drag a header past others: a bar shows where it lands; release moves it there."""

    def __init__(self, host: Host, kind: PartKind, part_id: str, press: QPointF) -> None:
        super().__init__(host)
        self.kind = kind
        self.part_id = part_id
        self.horizontal = kind is PartKind.STAGE
        self.pressed_at = press
        self.moving = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.moving and (pos - self.pressed_at).manhattanLength() > DRAG_START:
            self.moving = True
            self._cursor(Qt.CursorShape.ClosedHandCursor)
        if self.moving:
            self.show_drop(along(pos, self.horizontal))

    def show_drop(self, at: float) -> None:
        layout = self.host.layout
        if self.horizontal:
            index = layout.stage_insert_index(at)
            stages = layout.stages
            bx = stages[index].column.x if index < len(stages) else stages[-1].column.right
            col = stages[0].column
            self.host.overlay.show_bar(QRectF(bx - 2, col.y, 4, col.h))
        else:
            index = layout.lane_insert_index(at)
            lanes = layout.lanes
            by = lanes[index].row.y if index < len(lanes) else lanes[-1].row.bottom
            x0 = lanes[0].rect.x
            self.host.overlay.show_bar(QRectF(x0, by - 2, layout.grid.right - x0, 4))

    def _cursor(self, shape: Qt.CursorShape) -> None:
        item = self.host.item_for(self.kind, self.part_id)
        if item is not None:
            item.setCursor(shape)

    def cleanup(self) -> None:
        super().cleanup()
        if self.moving:
            self._cursor(Qt.CursorShape.OpenHandCursor)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.end()
        if not self.moving:
            return
        host, part_id = self.host, self.part_id
        at = along(event.scenePos(), self.horizontal)
        doc = host.session.doc
        if self.horizontal:
            index = host.layout.stage_insert_index(at)
            old = next(i for i, s in enumerate(doc.stages) if s.id == part_id)
        else:
            index = host.layout.lane_insert_index(at)
            old = next(i for i, ln in enumerate(doc.lanes) if ln.id == part_id)
        if index > old:
            index -= 1
        move = edits.move_stage if self.horizontal else edits.move_lane
        host.push(lambda: move(host.session.doc, part_id, index))


class ResizeHeader(Interaction):
    """Drag a header's far border: a bar shows the new border; release sets the size."""

    passes_press = False  # resizing selects nothing (the border may be a neighbour's)

    def __init__(self, host: Host, kind: PartKind, part_id: str, start: float) -> None:
        super().__init__(host)
        self.kind = kind
        self.part_id = part_id
        self.horizontal = kind is PartKind.STAGE
        self.start = start  # where the resized header starts (x or y)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        size = clamp_size(self.horizontal, along(event.scenePos(), self.horizontal) - self.start)
        layout = self.host.layout
        if self.horizontal:
            box = layout.stage_box(self.part_id)
            if box is not None:
                col = box.column
                self.host.overlay.show_bar(QRectF(col.x + size - 2, col.y, 4, col.h))
        else:
            lane = layout.lane_box(self.part_id)
            if lane is not None:
                r = lane.rect
                self.host.overlay.show_bar(QRectF(r.x, r.y + size - 2, layout.grid.right - r.x, 4))

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.end()
        host, part_id, kind = self.host, self.part_id, self.kind
        size = round(
            clamp_size(self.horizontal, along(event.scenePos(), self.horizontal) - self.start)
        )
        change = {"width": size} if self.horizontal else {"height": size}
        host.push(lambda: edits.update_part(host.session.doc, kind, part_id, **change))
