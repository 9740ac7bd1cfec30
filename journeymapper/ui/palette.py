"""The palette: drag an entry onto the canvas to create it there (or double-click it)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..canvas.interactions import PALETTE_MIME, palette_mime
from ..editing.kinds import NewPart, PartKind, card_kind_name
from ..i18n import tr
from ..model import CardKind, Channel, LaneKind
from ..resources import icon_path
from .names import channel_name


def palette_entries() -> list[tuple[NewPart, str, str]]:
    """(part, label, icon) for every palette entry."""
    entries = [
        (NewPart(PartKind.STAGE), tr("palette", "Stage"), "stage"),
        (NewPart(PartKind.LANE, LaneKind.CARDS), tr("palette", "Card lane"), "lane"),
        (
            NewPart(PartKind.LANE, LaneKind.TOUCHPOINTS),
            tr("palette", "Touchpoint lane"),
            "lane-touchpoints",
        ),
        (NewPart(PartKind.LANE, LaneKind.EMOTION), tr("palette", "Emotion lane"), "lane-emotion"),
        (NewPart(PartKind.CARD), tr("palette", "Card (note)"), "card"),
    ]
    for kind in CardKind:
        if kind is not CardKind.NOTE:
            entries.append(
                (NewPart(PartKind.CARD, card_kind=kind), card_kind_name(kind), f"card-kind-{kind}")
            )
    entries.append(
        (NewPart(PartKind.EMOTION), tr("palette", "Emotion point"), "emotion-point"),
    )
    for channel in Channel:
        entries.append(
            (
                NewPart(PartKind.CARD, channel=channel),
                tr("palette", "Touchpoint: {0}").format(channel_name(channel)),
                channel.value,
            )
        )
    return entries


class Palette(QListWidget):
    #: double-click or Enter on an entry: create it at a sensible place (a `NewPart`)
    activated_entry = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(1)
        self.setToolTip(
            tr("palette", "Drag onto the map to add; double-click to add next to the selection.")
        )
        for part, label, icon in palette_entries():
            item = QListWidgetItem(QIcon(str(icon_path(icon))), label)
            item.setData(Qt.ItemDataRole.UserRole, part.code)
            self.addItem(item)
        self.itemActivated.connect(
            lambda item: self.activated_entry.emit(
                NewPart.parse(item.data(Qt.ItemDataRole.UserRole))
            )
        )

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        if not items:
            return QMimeData()
        return palette_mime(NewPart.parse(items[0].data(Qt.ItemDataRole.UserRole)))

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def startDrag(self, actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)
