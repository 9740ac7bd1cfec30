"""How the Conflicts dock draws one conflict: a framed block with its part and field as a
bold heading and each side's value (base, ours, theirs) on a line of its own below, so the
entries never run together."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: the item data role that holds an entry's heading (its part and field)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1
MARGIN = 4  # around a block
PAD = 8  # inside a block
GAP = 3  # between the heading and the values

Index = QModelIndex | QPersistentModelIndex


def split_entry(text: str, heading: str) -> tuple[str, str]:
    """The heading and the rest, each side's value on its own line."""
    if heading and text.startswith(heading):
        rest = text[len(heading) :].removeprefix(":").strip()
    else:
        heading, rest = "", text
    return heading, rest.replace(" | ", "\n")


class ConflictDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _parts(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str, QFont]:
        heading, body = split_entry(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(HEADING_ROLE) or "")
        )
        bold = QFont(option.font)
        bold.setBold(True)
        return heading, body, bold

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        parent = self.parent()
        width = parent.viewport().width() if isinstance(parent, QAbstractItemView) else 0
        width = width or option.rect.width()
        return max(60, width - 2 * (MARGIN + PAD))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        heading, body, bold = self._parts(option, index)
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        h = 0
        if heading:
            h += (
                QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags, heading).height()
            )
            h += GAP
        h += (
            QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10_000), flags, body).height()
        )
        return QSize(width + 2 * (MARGIN + PAD), h + 2 * (MARGIN + PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        heading, body, bold = self._parts(option, index)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        block = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#F4F6F8")
        edge = fill.darker(130) if selected else QColor("#C3CAD2")
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(block, 5, 5)
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(ink)
        inner = block.adjusted(PAD, PAD, -PAD, -PAD).toRect()
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        if heading:
            painter.setFont(bold)
            used = painter.boundingRect(inner, flags, heading)
            painter.drawText(inner, flags, heading)
            inner.setTop(used.bottom() + 1 + GAP)
        painter.setFont(option.font)
        painter.drawText(inner, flags, body)
        painter.restore()


__all__ = ["HEADING_ROLE", "ConflictDelegate", "split_entry"]
