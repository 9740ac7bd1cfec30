"""Drop from the palette: while an entry is dragged over the map a bar or a cell shows
where it would go; the drop creates it there (one edit)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, QRectF

from ...editing import edits
from ...editing.kinds import NewPart, PartKind
from ...i18n import tr
from ...model import LaneKind
from .base import Host, Interaction
from .emotion import add_point_at

PALETTE_MIME = "application/x-journeymapper-palette"


def palette_part(mime: QMimeData) -> NewPart | None:
    """The palette entry a drag carries, if it is one."""
    if not mime.hasFormat(PALETTE_MIME):
        return None
    try:
        return NewPart.parse(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def palette_mime(part: NewPart) -> QMimeData:
    mime = QMimeData()
    mime.setData(PALETTE_MIME, part.code.encode("utf-8"))
    return mime


class PaletteDrop(Interaction):
    """A palette entry dragged over the scene (drag enter → moves → drop or leave)."""

    passes_press = False

    def __init__(self, host: Host, part: NewPart) -> None:
        super().__init__(host)
        self.part = part

    def hover(self, pos: QPointF) -> None:
        layout = self.host.layout
        overlay = self.host.overlay
        if self.part.kind is PartKind.STAGE:
            index = layout.stage_insert_index(pos.x())
            stages = layout.stages
            bx = stages[index].column.x if index < len(stages) else stages[-1].column.right
            col = stages[0].column
            overlay.show_bar(QRectF(bx - 2, col.y, 4, col.h))
        elif self.part.kind is PartKind.LANE:
            index = layout.lane_insert_index(pos.y())
            lanes = layout.lanes
            by = lanes[index].row.y if index < len(lanes) else lanes[-1].row.bottom
            x0 = lanes[0].rect.x
            overlay.show_bar(QRectF(x0, by - 2, layout.grid.right - x0, 4))
        else:
            cell = layout.cell_at(pos.x(), pos.y())
            if cell is None:
                overlay.hide()
            else:
                r = layout.cell_rect(*cell)
                overlay.show_bar(QRectF(r.x + 3, r.y + 3, r.w - 6, r.h - 6))

    def drop(self, pos: QPointF) -> bool:
        self.end()
        return create_at(self.host, self.part, pos)


def create_at(host: Host, part: NewPart, pos: QPointF) -> bool:
    """Create a palette entry where it was dropped; True if it was."""
    doc = host.session.doc
    layout = host.layout
    if part.kind is PartKind.STAGE:
        return host.push(lambda: edits.add_stage(doc, layout.stage_insert_index(pos.x())))
    if part.kind is PartKind.LANE:
        kind = part.lane_kind or LaneKind.CARDS
        return host.push(lambda: edits.add_lane(doc, layout.lane_insert_index(pos.y()), kind))
    cell = layout.cell_at(pos.x(), pos.y())
    if cell is None:
        host.tell(tr("canvas", "Drop it on a cell of the map."))
        return False
    stage, lane = cell
    if part.kind is PartKind.EMOTION:
        lane_part = doc.lane(lane)
        if lane_part is None or lane_part.kind != LaneKind.EMOTION:
            host.tell(tr("canvas", "Emotion points go in an emotion lane."))
            return False
        if not add_point_at(host, lane, pos):
            host.tell(tr("canvas", "Every persona already has a point in this stage."))
            return False
        return True
    index = sum(1 for c in doc.cards_in(stage, lane) if layout.cards[c.id].rect.cy < pos.y())
    channel = part.channel.value if part.channel is not None else None
    kind = part.card_kind
    return host.push(lambda: edits.add_card(doc, stage, lane, index, channel=channel, kind=kind))
