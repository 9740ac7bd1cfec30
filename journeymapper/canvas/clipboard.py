"""Cards on the clipboard: copied as JSON (for maps) and as plain text (for anything
else); pasted into the cell the user points at."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, QRectF

from ..editing import content, edits
from ..editing.placement import Cell, cards_from_text, is_card_cell, target_cell
from ..i18n import tr
from . import image_import as images
from .interactions import Host, paste_image

CARDS_MIME = "application/x-journeymapper-cards"
#: the images the copied cards show (so that they paste into another map with them)
ASSETS_MIME = "application/x-journeymapper-assets"


def copy_mime(host: Host) -> QMimeData | None:
    """The selected cards as clipboard data (None when no card is selected)."""
    ids = host.selected_card_ids()
    if not ids:
        return None
    doc = host.session.doc
    cards = [c for c in (doc.card(i) for i in ids) if c is not None]
    payload = [c.model_dump(mode="json", exclude_defaults=True) for c in cards]
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    images = [doc.asset(c.image) for c in cards if c.image]
    shown = list({a.id: a.model_dump(mode="json") for a in images if a is not None}.values())
    if shown:
        mime.setData(ASSETS_MIME, json.dumps(shown).encode("utf-8"))
    mime.setText("\n\n".join(c.title + (f"\n{c.body}" if c.body else "") for c in cards))
    return mime


def cards_in_mime(mime: QMimeData) -> list[dict[str, Any]]:
    if mime.hasFormat(CARDS_MIME):
        try:
            payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return []
        return [c for c in payload if isinstance(c, dict)] if isinstance(payload, list) else []
    if mime.hasText():
        return cards_from_text(mime.text())
    return []


def paste_mime(host: Host, mime: QMimeData, focus: Cell | None = None) -> bool:
    """Paste cards (from this or another map, or text) into the cell the user points at;
    a picture goes on the selected card, else in a new card there."""
    if not mime.hasFormat(CARDS_MIME) and _has_picture(mime):
        cell = target_cell(host.session.doc, host.selected_ids(), focus)
        return paste_image(host, mime, cell)
    cards = cards_in_mime(mime)
    if not cards:
        host.tell(tr("canvas", "The clipboard holds no cards."))
        return False
    doc = host.session.doc
    cell = target_cell(doc, host.selected_ids(), focus)
    if cell is None:
        host.tell(tr("canvas", "Select a card or click a cell to paste into."))
        return False
    stage, lane = cell
    assets = _assets_in_mime(mime)
    return host.push(lambda: content.paste_cards_with_images(doc, cards, stage, lane, assets))


def text_drop_cell(host: Host, mime: QMimeData, pos: QPointF) -> Cell | None:
    """The card cell under a drag of text from another application (None: not there)."""
    if mime.hasFormat(CARDS_MIME) or not mime.hasText():
        return None
    cell = host.layout.cell_at(pos.x(), pos.y())
    return cell if is_card_cell(host.session.doc, cell) else None


def show_text_drop(host: Host, cell: Cell | None) -> None:
    if cell is None:
        host.overlay.hide()
        return
    r = host.layout.cell_rect(*cell)
    host.overlay.show_bar(QRectF(r.x + 3, r.y + 3, r.w - 6, r.h - 6))


def drop_text(host: Host, mime: QMimeData, pos: QPointF) -> bool:
    """Text dropped from another application: one card per line (or per paragraph) in
    the cell under the drop, as one edit."""
    host.overlay.hide()
    cell = text_drop_cell(host, mime, pos)
    cards = cards_from_text(mime.text()) if mime.hasText() else []
    if cell is None or not cards:
        host.tell(tr("canvas", "Drop text on a cell of cards to make cards of it."))
        return False
    doc = host.session.doc
    return host.push(lambda: edits.paste_cards(doc, cards, cell[0], cell[1]))


def _has_picture(mime: QMimeData) -> bool:
    """Image data, or image files (copied in a file manager)."""
    if mime.hasImage():
        return True
    return any(f.lower().endswith(images.IMAGE_SUFFIXES) for f in images.image_files(mime))


def _assets_in_mime(mime: QMimeData) -> list[dict[str, Any]]:
    if not mime.hasFormat(ASSETS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(ASSETS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [a for a in payload if isinstance(a, dict)] if isinstance(payload, list) else []
