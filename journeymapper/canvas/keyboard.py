"""Keys on the map: arrows select the next card (across cells), Ctrl+arrows move the
selected cards to the next cell, Enter or F2 edits the selected part's text; typing on a
focused empty cell starts a new card there (quick capture, see `capture`)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent

from ..editing import Edit, edits
from ..editing.kinds import PartKind
from ..editing.placement import cell_beyond, next_card
from ..i18n import tr
from .capture import CaptureText, starts_capture
from .interactions import EditText, Host
from .items import CardItem, LaneHeaderItem, StageHeaderItem

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def handle_key(host: Host, event: QKeyEvent) -> bool:
    """Act on a key pressed on the map; False if it is not one of the map's keys."""
    key = event.key()
    cell = getattr(host, "focus_cell", None)
    if cell is not None and not host.selected_ids():
        typed = starts_capture(event)
        if typed or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # quick capture: typing on a focused cell writes a new card there
            host.start(CaptureText(host, cell, event.text() if typed else ""))
            event.accept()
            return True
    if key in ARROWS:
        dx, dy = ARROWS[key]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            move_selected_cards(host, dx, dy)
        else:
            select_neighbour(host, dx, dy)
        event.accept()
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        edit_selected(host)
        event.accept()
        return True
    return False


def select_neighbour(host: Host, dx: int, dy: int) -> None:
    """Arrow keys: select the next card in that direction (see `placement.next_card`)."""
    ids = host.selected_card_ids()
    target = next_card(host.session.doc, ids[-1] if ids else None, dx, dy)
    if target is None:
        return
    host.select_ids([target])
    if ids:
        ensure_visible(host, target)


def ensure_visible(host: Host, card_id: str) -> None:
    box = host.layout.cards.get(card_id)
    if box is None:
        return
    for view in host.views():
        view.ensureVisible(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h), 40, 40)


def move_selected_cards(host: Host, dx: int, dy: int) -> None:
    """Ctrl+arrows: move the selected cards to the next cell (a run is one undo step)."""
    ids = host.selected_card_ids()
    card = host.session.doc.card(ids[0]) if ids else None
    if card is None:
        return
    target = cell_beyond(host.session.doc, (card.stage, card.lane), dx, dy)
    if target is None:
        host.tell(tr("canvas", "There is no card cell further that way."))
        return

    def nudge() -> Edit:
        edit = edits.move_cards(host.session.doc, ids, target[0], target[1], None)
        edit.merge_key = ("nudge", tuple(ids))  # a run of Ctrl+arrows is one undo step
        return edit

    host.push(nudge)


def edit_selected(host: Host) -> EditText | None:
    """Enter: edit the text of the selected card, stage or lane in place."""
    for it in host.selectedItems():
        interaction: EditText | None = None
        if isinstance(it, CardItem) and it.box is not None:
            interaction = EditText(host, PartKind.CARD, it.part_id, "title", it.box.title)
        elif isinstance(it, StageHeaderItem | LaneHeaderItem) and it.box is not None:
            interaction = EditText(host, it.kind, it.part_id, "name", it.box.name)
        if interaction is not None:
            host.start(interaction)
            return interaction
    return None
