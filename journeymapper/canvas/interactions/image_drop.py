"""Drop a picture on the map: on a card it becomes the card's image, on an empty part of
a cell a new card shows it. While the file is dragged over the map the card or the cell
it would go to is marked. One edit."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, QRectF

from ...editing import content
from ...i18n import tr
from ...model import LaneKind
from .. import image_import as images
from .base import Host, Interaction
from .cards import card_at


def image_drag(mime: QMimeData) -> bool:
    """Whether a drag brings a picture (or some file, refused with a message on drop)."""
    return images.carries_image(mime)


class ImageDrop(Interaction):
    """A picture dragged over the scene (drag enter → moves → drop or leave)."""

    passes_press = False

    def __init__(self, host: Host, mime: QMimeData) -> None:
        super().__init__(host)
        self.mime = mime

    def hover(self, pos: QPointF) -> None:
        overlay = self.host.overlay
        card_id = card_at(self.host, pos)
        if card_id is not None and card_id in self.host.layout.cards:
            r = self.host.layout.cards[card_id].rect
            overlay.show_bar(QRectF(r.x - 3, r.y - 3, r.w + 6, r.h + 6))
            return
        cell = self.host.layout.cell_at(pos.x(), pos.y())
        if cell is None or not _card_lane(self.host, cell[1]):
            overlay.hide()
            return
        r = self.host.layout.cell_rect(*cell)
        overlay.show_bar(QRectF(r.x + 3, r.y + 3, r.w - 6, r.h - 6))

    def drop(self, pos: QPointF) -> bool:
        self.end()
        return drop_image(self.host, self.mime, pos)


def _card_lane(host: Host, lane_id: str) -> bool:
    lane = host.session.doc.lane(lane_id)
    return lane is not None and lane.kind != LaneKind.EMOTION


def prepare(host: Host, mime: QMimeData) -> images.Prepared | None:
    """The picture a drag or the clipboard brings, or None (the user was told why)."""
    try:
        return images.from_mime(mime)
    except images.ImageRefused as exc:
        host.tell(str(exc))
        return None


def _pushed(host: Host, prepared: images.Prepared, make) -> bool:  # type: ignore[no-untyped-def]
    done = host.push(make)
    if done and prepared.note():
        host.tell(prepared.note())
    return done


def drop_image(host: Host, mime: QMimeData, pos: QPointF) -> bool:
    """Put the picture a drop brings on the card under ``pos``, or in a new card."""
    doc = host.session.doc
    card_id = card_at(host, pos)
    cell = host.layout.cell_at(pos.x(), pos.y())
    if card_id is None and (cell is None or not _card_lane(host, cell[1])):
        host.tell(tr("canvas", "Drop the image on a card or on a card cell of the map."))
        return False
    prepared = prepare(host, mime)
    if prepared is None:
        return False
    asset = prepared.asset
    if card_id is not None:
        return _pushed(host, prepared, lambda: content.set_card_image(doc, card_id, asset))
    assert cell is not None
    stage, lane = cell
    layout = host.layout
    index = sum(1 for c in doc.cards_in(stage, lane) if layout.cards[c.id].rect.cy < pos.y())
    return _pushed(host, prepared, lambda: content.add_image_card(doc, stage, lane, asset, index))


def paste_image(host: Host, mime: QMimeData, cell: tuple[str, str] | None) -> bool:
    """Paste a picture: onto the selected card, else as a new card in ``cell``."""
    doc = host.session.doc
    selected = host.selected_card_ids()
    if not selected and cell is None:
        host.tell(tr("canvas", "Select a card or click a cell to paste the image into."))
        return False
    prepared = prepare(host, mime)
    if prepared is None:
        return False
    asset = prepared.asset
    if selected:
        card_id = selected[-1]
        return _pushed(host, prepared, lambda: content.set_card_image(doc, card_id, asset))
    assert cell is not None
    stage, lane = cell
    return _pushed(host, prepared, lambda: content.add_image_card(doc, stage, lane, asset))
