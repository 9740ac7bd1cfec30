"""The inspector's panels for what stands behind a card: its evidence (a small table),
its comments (a thread) and its image. Every change is one edit pushed through the
inspector; the panels show the card again after each change (`show_part`).
"""

from __future__ import annotations

import base64
import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas import image_import as images
from ..editing import Edit, EditRejected, content
from ..editing.kinds import source_name
from ..i18n import tr
from ..model import Card, EvidenceSource, JourneyMap

Push = Callable[[Callable[[], Edit]], None]
#: the settings key of the name comments are signed with
AUTHOR_KEY = "comments/author"
THUMBNAIL_SIDE = 120


def remembered_author() -> str:
    """The name the user last signed a comment with (else the PDF author), or ""."""
    settings = QSettings("journeymapper", "journeymapper")
    return str(settings.value(AUTHOR_KEY, "") or settings.value("export/author", "") or "")


def _buttons(*buttons: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return box


class _Panel(QWidget):
    def __init__(
        self, doc: Callable[[], JourneyMap], card_id: Callable[[], str | None], push: Push
    ):
        super().__init__()
        self._doc = doc
        self._card_id = card_id
        self._push = push
        self._card: Card | None = None

    def card_id(self) -> str | None:
        return self._card_id()


class EvidencePanel(_Panel):
    """The card's sources as a table (source, title, date), with the selected one's
    fields below it: add, remove, move up and down."""

    def __init__(
        self, doc: Callable[[], JourneyMap], card_id: Callable[[], str | None], push: Push
    ):
        super().__init__(doc, card_id, push)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [tr("evidence", "Title"), tr("evidence", "Source"), tr("evidence", "Date")]
        )
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 110)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(160)
        self.table.itemSelectionChanged.connect(self._show_selected)
        outer.addWidget(self.table)
        self.add = QPushButton(tr("evidence", "Add"))
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(tr("evidence", "Remove"))
        self.remove.clicked.connect(self._remove)
        self.up = QPushButton("↑")
        self.up.setToolTip(tr("evidence", "Move the source up"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down = QPushButton("↓")
        self.down.setToolTip(tr("evidence", "Move the source down"))
        self.down.clicked.connect(lambda: self._move(1))
        for b in (self.up, self.down):
            b.setFixedWidth(32)
        outer.addWidget(_buttons(self.add, self.remove, self.up, self.down))
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source = QComboBox()
        for source in EvidenceSource:
            self.source.addItem(source_name(source), source.value)
        self.source.activated.connect(lambda _i: self._change(source=self.source.currentData()))
        form.addRow(tr("evidence", "Source"), self.source)
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda v: self._change(title=v))
        form.addRow(tr("evidence", "Title"), self.title)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("evidence", "where to find it: text or a link"))
        self.reference.textEdited.connect(lambda v: self._change(reference=v))
        form.addRow(tr("evidence", "Reference"), self.reference)
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("evidence", "YYYY-MM-DD (optional)"))
        self.date.setMaxLength(10)
        self.date.textEdited.connect(self._date_edited)
        form.addRow(tr("evidence", "Date"), self.date)
        outer.addWidget(self.details)
        self.error = QLabel()
        self.error.setStyleSheet("color:#B42318;")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        self._filling = False
        self._selected: str | None = None

    # -- showing ---------------------------------------------------------------------------

    @property
    def model_fields(self) -> tuple[QLineEdit, ...]:
        """The fields that show the document (their Ctrl+Z is the map's undo)."""
        return (self.title, self.reference, self.date)

    def show_part(self, card: Card | None, shown_anyway: bool = False) -> None:
        """Show the card's sources; a field being typed in keeps its text unless
        ``shown_anyway`` (after the map's undo from that field)."""
        shown = self._card
        self._card = card
        same = card is not None and shown is not None and card.evidence is shown.evidence
        if same and not shown_anyway:
            return  # the very list shown (parts are values: an edit of something else)
        evidence = card.evidence if card is not None else []
        ids = [e.id for e in evidence]
        if self._selected not in ids:
            self._selected = ids[-1] if ids else None
        self._filling = True
        try:
            self.table.setRowCount(len(evidence))
            for row, item in enumerate(evidence):
                cells = (item.title, source_name(item.source), item.date or "")
                for col, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, item.id)
                    cell.setToolTip(text)
                    self.table.setItem(row, col, cell)
            if self._selected is not None:
                self.table.selectRow(ids.index(self._selected))
            else:
                self.table.clearSelection()
        finally:
            self._filling = False
        self._fill_details(shown_anyway)

    def _current(self):  # type: ignore[no-untyped-def]
        if self._card is None or self._selected is None:
            return None
        return next((e for e in self._card.evidence if e.id == self._selected), None)

    def _fill_details(self, shown_anyway: bool = False) -> None:
        item = self._current()
        self.details.setEnabled(item is not None)
        for b in (self.remove, self.up, self.down):
            b.setEnabled(item is not None)
        self._filling = True
        try:
            self.source.setCurrentIndex(
                max(0, self.source.findData(item.source.value if item else None))
            )
            for field, value in (
                (self.title, item.title if item else ""),
                (self.reference, (item.reference or "") if item else ""),
                (self.date, (item.date or "") if item else ""),
            ):
                if field.text() != value and (shown_anyway or not field.hasFocus()):
                    field.setText(value)
                    field.setCursorPosition(0)
        finally:
            self._filling = False

    def _show_selected(self) -> None:
        if self._filling:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            cell = self.table.item(rows[0].row(), 0)
            self._selected = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        self.error.clear()
        self._fill_details()

    def select(self, evidence_id: str) -> None:
        """Show one source's fields (as a click on its row does)."""
        self._selected = evidence_id
        self.show_part(self._card)

    # -- changing ----------------------------------------------------------------------------

    def _go(self, make: Callable[[], Edit]) -> None:
        self.error.clear()
        self._push(make)

    def _add(self) -> None:
        card_id = self.card_id()
        if card_id is None:
            return
        doc = self._doc()
        self._selected = doc.new_id("evidence")  # the id the new source will get
        self._go(lambda: content.add_evidence(doc, card_id))
        self.title.setFocus()
        self.title.selectAll()

    def _remove(self) -> None:
        card_id, item = self.card_id(), self._current()
        if card_id is None or item is None:
            return
        doc = self._doc()
        self._selected = None
        self._go(lambda: content.remove_evidence(doc, card_id, item.id))

    def _move(self, step: int) -> None:
        card_id, item = self.card_id(), self._current()
        if card_id is None or item is None:
            return
        doc = self._doc()
        self._go(lambda: content.move_evidence(doc, card_id, item.id, step))

    def _change(self, **changes: object) -> None:
        if self._filling:
            return
        card_id, item = self.card_id(), self._current()
        if card_id is None or item is None:
            return
        doc = self._doc()
        self.error.clear()
        try:
            edit = content.update_evidence(doc, card_id, item.id, **changes)
        except EditRejected as exc:
            self.error.setText(str(exc))
            return
        self._push(lambda: edit)

    def _date_edited(self, text: str) -> None:
        text = text.strip()
        if text and len(text) < 10:
            self.error.setText(tr("evidence", "Write the date as YYYY-MM-DD, e.g. 2024-03-31."))
            return
        self._change(date=text or None)


class CommentPanel(_Panel):
    """The card's comments, oldest first, each with its author and time; write a new one
    below (signed with the remembered name) or delete the selected one."""

    def __init__(
        self, doc: Callable[[], JourneyMap], card_id: Callable[[], str | None], push: Push
    ):
        super().__init__(doc, card_id, push)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.thread = QListWidget()
        self.thread.setWordWrap(True)
        self.thread.setMinimumHeight(80)
        self.thread.setMaximumHeight(170)
        self.thread.setAlternatingRowColors(True)
        outer.addWidget(self.thread)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("comments", "Write a comment…"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(56)
        outer.addWidget(self.text)
        self.author = QLineEdit(remembered_author())
        self.author.setPlaceholderText(tr("comments", "your name (optional)"))
        self.add = QPushButton(tr("comments", "Add comment"))
        self.add.clicked.connect(self._add)
        self.delete = QPushButton(tr("comments", "Delete"))
        self.delete.clicked.connect(self._delete)
        outer.addWidget(self.author)
        outer.addWidget(_buttons(self.add, self.delete))

    def show_part(self, card: Card | None, shown_anyway: bool = False) -> None:
        self._card = card
        selected = self.thread.currentItem()
        keep = selected.data(Qt.ItemDataRole.UserRole) if selected is not None else None
        self.thread.clear()
        for comment in card.comments if card is not None else []:
            head = " · ".join(x for x in (comment.author, _when(comment.created)) if x)
            item = QListWidgetItem(f"{head}\n{comment.text}" if head else comment.text)
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setToolTip(comment.text)
            self.thread.addItem(item)
            if comment.id == keep:
                self.thread.setCurrentItem(item)

    def _add(self) -> None:
        card_id = self.card_id()
        if card_id is None:
            return
        text, author = self.text.toPlainText(), self.author.text().strip()
        doc = self._doc()
        before = len(doc.card(card_id).comments) if doc.card(card_id) else 0
        self._push(lambda: content.add_comment(doc, card_id, text, author or None))
        card = doc.card(card_id)
        if card is not None and len(card.comments) > before:
            self.text.clear()
            QSettings("journeymapper", "journeymapper").setValue(AUTHOR_KEY, author)

    def _delete(self) -> None:
        card_id, item = self.card_id(), self.thread.currentItem()
        if card_id is None or item is None:
            return
        comment_id = item.data(Qt.ItemDataRole.UserRole)
        doc = self._doc()
        self._push(lambda: content.remove_comment(doc, card_id, comment_id))


def _when(created: str | None) -> str:
    """A comment's time, as the user reads it (minutes, in the local time zone)."""
    if not created:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(created)
    except ValueError:
        return created
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class ImagePanel(_Panel):
    """The card's image as a thumbnail: choose a PNG or JPEG file, or remove it."""

    #: tell the user something (scaled down, refused): the status bar
    def __init__(
        self,
        doc: Callable[[], JourneyMap],
        card_id: Callable[[], str | None],
        push: Push,
        tell: Callable[[str], None],
    ):
        super().__init__(doc, card_id, push)
        self._tell = tell
        self._shown: tuple[str, int] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setWordWrap(True)
        outer.addWidget(self.preview)
        self.choose = QPushButton(tr("images", "Choose…"))
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(tr("images", "Remove"))
        self.remove.clicked.connect(self._remove)
        outer.addWidget(_buttons(self.choose, self.remove))

    def show_part(self, card: Card | None, shown_anyway: bool = False) -> None:
        self._card = card
        asset = self._doc().asset(card.image) if card is not None and card.image else None
        self.remove.setEnabled(asset is not None)
        shown = (asset.id, hash(asset.data)) if asset is not None else None
        if shown == self._shown and shown is not None:
            return  # the same picture (the inspector refreshes on every edit)
        self._shown = shown
        if asset is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("images", "(no image)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(asset.data))
        if pixmap.isNull():
            self.preview.setText(asset.name)
            return
        self.preview.setPixmap(
            pixmap.scaled(
                THUMBNAIL_SIDE,
                THUMBNAIL_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview.setToolTip(asset.name)

    def use_file(self, path: str) -> None:
        """Put the picture in ``path`` on the card (what "Choose…" does once chosen)."""
        card_id = self.card_id()
        if card_id is None:
            return
        try:
            prepared = images.from_file(path)
        except images.ImageRefused as exc:
            self._tell(str(exc))
            return
        doc = self._doc()
        self._push(lambda: content.set_card_image(doc, card_id, prepared.asset))
        if prepared.note():
            self._tell(prepared.note())

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("images", "Choose an image"),
            "",
            tr("images", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_file(path)

    def _remove(self) -> None:
        card_id = self.card_id()
        if card_id is None:
            return
        doc = self._doc()
        self._push(lambda: content.set_card_image(doc, card_id, None))
