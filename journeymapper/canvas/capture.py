"""Quick capture: typing on a focused empty cell writes a new card there.

Enter commits the card and opens the next one in the same cell; Tab commits and moves on
to the next cell (the next stage, then the next cards lane); Escape ends the capture
(what was being typed is dropped). Each card is one edit, made only when it is committed:
an abandoned capture leaves the map as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent

from ..editing import edits
from ..editing.placement import Cell, cell_beyond, is_card_cell
from ..layout import TextBlock
from .interactions import Host, InlineEditor, Interaction

PAD = 10.0
GAP = 8.0


class CaptureEditor(InlineEditor):
    """The inline editor, remembering what comes after it: Enter opens the next card in
    the cell; Tab (which the scene gets as focus navigation, see `CaptureText.tab`) moves
    on to the next cell."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.then: str | None = None  # "same" (Enter), "next" (Tab), None (ends)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.then = "same"
        super().keyPressEvent(event)


def capture_block(host: Host, cell: Cell) -> tuple[TextBlock, float]:
    """Where the next card of a cell is typed: under its last card; and how wide."""
    layout = host.layout
    r = layout.cell_rect(*cell)
    ids = layout.cell_cards.get(cell, [])
    y = r.y + PAD
    if ids:
        last = layout.cards[ids[-1]].rect
        y = last.bottom + GAP
    size = layout.theme.card_title_size
    block = TextBlock(r.x + PAD, y, ("",), size, True, layout.theme.ink, size * 1.3)
    return block, r.w - 2 * PAD


def next_cell(host: Host, cell: Cell) -> Cell | None:
    """Tab: the next stage in this lane, else the first stage of the next cards lane."""
    doc = host.session.doc
    beyond = cell_beyond(doc, cell, 1, 0)
    if beyond is not None:
        return beyond
    below = cell_beyond(doc, cell, 0, 1)
    if below is None:
        return None
    first = doc.stages[0].id
    return (first, below[1]) if is_card_cell(doc, (first, below[1])) else below


class CaptureText(Interaction):
    """One card being typed into a cell (see the module's description)."""

    passes_press = False

    def __init__(self, host: Host, cell: Cell, text: str = "") -> None:
        super().__init__(host)
        self.cell = cell
        host.select_ids([])
        set_focus = getattr(host, "set_focus_cell", None)
        if set_focus is not None:
            set_focus(cell)
        block, width = capture_block(host, cell)
        self.editor = CaptureEditor(block, text, width, False, self._closed)
        host.addItem(self.editor)
        self.editor.start()
        if text:  # the first key typed: keep it, go on after it
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.editor.setTextCursor(cursor)

    def owns(self, item: QGraphicsItem | None) -> bool:
        return item is self.editor

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def tab(self) -> None:
        """Commit and go on to the next cell."""
        self.editor.then = "next"
        self.editor.finish(True)

    def interrupt(self) -> None:
        self.editor.then = None
        self.editor.finish(True)  # a click elsewhere commits (and ends the capture)

    def cancel(self) -> None:
        self.editor.finish(False)

    def cleanup(self) -> None:
        super().cleanup()
        self.editor.finish(False)  # (no-op once closed)

    def _closed(self, keep: bool, text: str) -> None:
        host = self.host
        then = self.editor.then if keep else None
        self.end()
        title = " ".join(text.split())
        stage, lane = self.cell
        if keep and title:
            doc = host.session.doc
            if not host.push(lambda: edits.add_card(doc, stage, lane, None, title=title)):
                return
        elif then == "same":
            then = None  # Enter on an empty card ends the capture
        if then is None:
            return
        cell = self.cell if then == "same" else next_cell(host, self.cell)
        if cell is not None and is_card_cell(host.session.doc, cell):
            host.start(CaptureText(host, cell))


def starts_capture(event: QKeyEvent) -> bool:
    """Whether a key typed on the map writes text (no Ctrl/Alt/Meta, a printable key)."""
    mods = event.modifiers()
    if mods & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    ):
        return False
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace()
