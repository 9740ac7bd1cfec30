"""In-place text editing: an editor over a text block of the map; Enter commits
(Shift+Enter: a new line in bodies), Escape cancels, a click elsewhere commits. The
gesture ends in one edit of one field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QGraphicsTextItem

from ...editing import Edit, edits
from ...editing.kinds import PartKind
from ...editing.placement import field_value
from ...layout import DEFAULT_THEME, TextBlock
from ...render.fonts import BASE_PX, base_font
from .base import Host, Interaction


class InlineEditor(QGraphicsTextItem):
    """The text item the user types into; tells ``done(keep, text)`` once, when it closes."""

    def __init__(
        self,
        block: TextBlock,
        text: str,
        width: float,
        multiline: bool,
        done: Callable[[bool, str], None],
        face: str = "sans",
    ) -> None:
        super().__init__()
        self._done_cb = done
        self._done = False
        self.multiline = multiline
        scale = block.size / BASE_PX
        font = QFont(base_font(block.bold, face))  # the map's typeface
        self.setFont(font)
        self.setScale(scale)
        self.setPos(block.x - 4 * scale, block.y - 4 * scale)
        self.setTextWidth(max(width, 40) / scale)
        self.document().setDocumentMargin(4)
        opt = self.document().defaultTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(opt)
        self.setPlainText(text)
        self.setDefaultTextColor(QColor(DEFAULT_THEME.ink))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)

    def paint(self, painter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        painter.save()
        painter.setPen(QPen(QColor(DEFAULT_THEME.selection), 2 / self.scale()))
        painter.setBrush(QBrush(QColor(DEFAULT_THEME.editor_fill)))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.restore()
        super().paint(painter, option, widget)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def finish(self, keep: bool) -> None:
        """Close the editor; ``keep``: commit what was typed."""
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        self._done_cb(keep, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        newline = self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not newline:
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.finish(True)


class EditText(Interaction):
    """Edit one text field of the map or of a part in place."""

    passes_press = False

    def __init__(
        self,
        host: Host,
        kind: PartKind,
        part_id: str,
        field: str,
        block: TextBlock,
        multiline: bool = False,
    ) -> None:
        super().__init__(host)
        self.kind = kind
        self.part_id = part_id
        self.field = field
        doc = host.session.doc
        layout = host.layout
        if kind is PartKind.MAP:
            current = getattr(doc, field) or ""
            width = layout.width - 2 * block.x
            if layout.brand is not None and layout.brand.logo_rect is not None:
                width = layout.brand.logo_rect.x - layout.theme.logo_gap - block.x
        elif kind is PartKind.CONNECTION:
            conn = doc.connection(part_id)
            current = (conn.label if conn is not None else None) or ""
            width = 160
        else:
            part = next(p for p in getattr(doc, kind.list_name) if p.id == part_id)
            current = getattr(part, field) or ""
            box = layout.cards.get(part_id) or layout.stage_box(part_id) or layout.lane_box(part_id)
            rect = getattr(box, "rect", None)
            width = (rect.right - block.x - 8) if rect is not None else 240
        self.editor = InlineEditor(
            block, current, width, multiline, self._closed, layout.theme.typeface
        )
        host.addItem(self.editor)
        self.editor.start()

    def owns(self, item: QGraphicsItem | None) -> bool:
        return item is self.editor

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        pass  # (the release of the double-click that opened the editor)

    def interrupt(self) -> None:
        self.editor.finish(True)  # a click elsewhere commits

    def cancel(self) -> None:
        self.editor.finish(False)

    def cleanup(self) -> None:
        super().cleanup()
        self.editor.finish(False)  # (no-op once closed)

    def _closed(self, keep: bool, text: str) -> None:
        host = self.host
        self.end()
        if keep:
            host.push(lambda: self.edit(text))

    def edit(self, text: str) -> Edit:
        doc = self.host.session.doc
        if self.kind is PartKind.MAP:
            return edits.set_map_field(doc, self.field, text)
        if self.kind is PartKind.CONNECTION:
            return edits.update_part(doc, self.kind, self.part_id, label=text.strip() or None)
        value = field_value(self.field, text)
        return edits.update_part(doc, self.kind, self.part_id, **{self.field: value})


def connection_label_block(host: Host, pos: QPointF) -> TextBlock:
    """Where a connection's label is edited: at the double-click."""
    size = host.layout.theme.tag_size
    return TextBlock(
        pos.x() - 60, pos.y() - size, ("",), size, False, host.layout.theme.ink, size * 1.3
    )
