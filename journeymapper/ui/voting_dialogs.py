"""Dot voting's widgets: the set-up dialog, the session bar over the map and the results
dialog (the controller is `ui.voting`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editing.kinds import card_kind_name
from ..editing.voting import (
    DEFAULT_DOTS,
    MAX_DOTS,
    MAX_PARTICIPANTS,
    ResultRow,
    VotingSession,
    VotingSetup,
    participant_colour,
    participant_ink,
)
from ..i18n import tr, trn
from ..model import CardKind, JourneyMap, LaneKind
from ..render.fonts import base_font
from .dialogs import message_box

DEFAULT_PARTICIPANTS = 4
SETTINGS = "dot_voting/"
_MARGIN = 12


def dot_pixmap(index: int, size: int = 22) -> QPixmap:
    """Participant ``index``'s dot (colour and number), for labels and lists."""
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1
    )
    pix = QPixmap(round(size * ratio), round(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(participant_colour(index)))
    p.drawEllipse(1, 1, size - 2, size - 2)
    font = base_font(True)
    font.setPixelSize(max(8, int(size * 0.5)))
    p.setFont(font)
    p.setPen(QColor(participant_ink(index)))
    p.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter, str(index + 1))
    p.end()
    return pix


def _check_list(entries: list[tuple[str, str]]) -> QListWidget:
    box = QListWidget()
    box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    for label, value in entries:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        box.addItem(item)
    rows = min(max(box.count(), 3), 8)
    box.setFixedHeight(rows * box.sizeHintForRow(0) + 2 * box.frameWidth() + 4)
    return box


def _checked(box: QListWidget) -> frozenset[str] | None:
    """The checked values; None when every entry is checked (so: all, whatever is added)."""
    values = [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())]
    chosen = [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]
    return None if len(chosen) == len(values) else frozenset(chosen)


class VotingSetupDialog(QDialog):
    """Workshop → Dot Voting…: who votes, how many dots, on what."""

    def __init__(self, doc: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting-setup")
        self.setWindowTitle(tr("Voting", "Dot Voting"))
        self.doc = doc
        self.setup: VotingSetup | None = None
        form = QFormLayout()
        self.participants = QSpinBox()
        self.participants.setRange(1, MAX_PARTICIPANTS)
        self.participants.setValue(DEFAULT_PARTICIPANTS)
        form.addRow(tr("Voting", "&Participants:"), self.participants)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(tr("Voting", "Optional: one name per line"))
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(90)
        self.names.textChanged.connect(self._names_changed)
        form.addRow(tr("Voting", "&Names:"), self.names)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(DEFAULT_DOTS)
        form.addRow(tr("Voting", "&Dots each:"), self.dots)
        self.kinds = _check_list([(card_kind_name(k), k.value) for k in CardKind])
        form.addRow(tr("Voting", "Card &kinds:"), self.kinds)
        self.lanes = _check_list(
            [(lane.name, lane.id) for lane in doc.lanes if lane.kind != LaneKind.EMOTION]
        )
        form.addRow(tr("Voting", "&Lanes:"), self.lanes)
        self.hide_results = QCheckBox(tr("Voting", "&Hide results until everyone has voted"))
        self.hide_results.setToolTip(
            tr(
                "Voting",
                "While the vote runs, each participant sees only their own dots; everyone's "
                "dots show once every dot is placed.",
            )
        )
        form.addRow("", self.hide_results)
        self.summary = QLabel()
        self.summary.setObjectName("voting-summary")
        self.summary.setWordWrap(True)
        form.addRow("", self.summary)
        for box in (self.kinds, self.lanes):
            box.itemChanged.connect(self._update_summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(tr("Voting", "&Start Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_summary()

    def recall(self, settings: QSettings) -> None:
        """The room's last set-up: who votes, dots each, hidden results (kinds and lanes
        belong to a map, and start all checked)."""
        names = settings.value(SETTINGS + "names", "")
        if isinstance(names, str) and names.strip():
            self.names.setPlainText(names)
        for box, key in ((self.participants, "participants"), (self.dots, "dots")):
            with contextlib.suppress(TypeError, ValueError):
                box.setValue(int(settings.value(SETTINGS + key, box.value())))
        hidden = settings.value(SETTINGS + "hide_results", False)
        self.hide_results.setChecked(hidden in (True, "true", "1", 1))

    def remember(self, settings: QSettings) -> None:
        settings.setValue(SETTINGS + "names", "\n".join(self.names_list()))
        settings.setValue(SETTINGS + "participants", self.participants.value())
        settings.setValue(SETTINGS + "dots", self.dots.value())
        settings.setValue(SETTINGS + "hide_results", self.hide_results.isChecked())

    def names_list(self) -> list[str]:
        return [n.strip() for n in self.names.toPlainText().splitlines() if n.strip()]

    def _names_changed(self) -> None:
        names = self.names_list()
        self.participants.setEnabled(not names)
        if names:
            self.participants.setValue(min(len(names), MAX_PARTICIPANTS))

    def votable_count(self) -> int:
        kinds, lanes = _checked(self.kinds), _checked(self.lanes)
        setup = VotingSetup(("x",), kinds=kinds, lanes=lanes)
        return sum(1 for c in self.doc.cards if setup.votable(c))

    def _update_summary(self, *_args: object) -> None:
        n = self.votable_count()
        self.summary.setText(trn("Voting", "%n card(s) can be voted on.", None, n))

    def make_setup(self) -> VotingSetup:
        """The set-up the dialog shows (raises ValueError with a message for the user)."""
        kinds, lanes = _checked(self.kinds), _checked(self.lanes)
        if kinds is not None and not kinds:
            raise ValueError(tr("Voting", "Choose at least one card kind to vote on."))
        if lanes is not None and not lanes:
            raise ValueError(tr("Voting", "Choose at least one lane to vote on."))
        if self.votable_count() == 0:
            raise ValueError(tr("Voting", "No card of the chosen kinds is in the chosen lanes."))
        names = self.names_list()
        common = dict(
            dots_each=self.dots.value(),
            kinds=kinds,
            lanes=lanes,
            hide_results=self.hide_results.isChecked(),
        )
        if names:
            return VotingSetup(tuple(names), **common)  # type: ignore[arg-type]
        return VotingSetup.numbered(self.participants.value(), **common)

    def accept(self) -> None:
        try:
            self.setup = self.make_setup()
        except ValueError as exc:
            box = message_box(self, QMessageBox.Icon.Warning, tr("Voting", "Dot Voting"), str(exc))
            box.setObjectName("voting-setup-problem")
            box.open()
            self.problem = box
            return
        super().accept()


class VotingResultsDialog(QDialog):
    """The ranked cards of a vote (ties share a rank), with Copy as Text."""

    def __init__(
        self,
        rows: list[ResultRow],
        text: str,
        summary: str,
        parent: QWidget | None = None,
        go_to: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voting-results")
        self.setWindowTitle(tr("Voting", "Dot Voting Results"))
        self.text = text
        self.go_to = go_to
        layout = QVBoxLayout(self)
        head = QLabel(summary)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [tr("Voting", "Rank"), tr("Voting", "Card"), tr("Voting", "Dots")]
        )
        for row in rows:
            rank = f"{row.rank}." + (" " + tr("Voting", "(tie)") if row.tied else "")
            item = QTreeWidgetItem([rank, row.title, str(row.dots)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.card_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.rank <= 3:
                for col in range(3):
                    f = item.font(col)
                    f.setBold(True)
                    item.setFont(col, f)
            self.table.addTopLevelItem(item)
        if not rows:
            self.table.addTopLevelItem(
                QTreeWidgetItem(["", tr("Voting", "No dots were placed."), ""])
            )
        for col in range(3):
            self.table.resizeColumnToContents(col)
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 320))
        self.table.itemActivated.connect(self._activated)
        self.table.itemClicked.connect(self._activated)
        layout.addWidget(self.table)
        note = QLabel(
            tr("Voting", "The top cards are highlighted on the map until you close this.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Voting", "&Copy as Text"))
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(tr("Voting", "Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(560, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, Qt.ItemDataRole.UserRole)
        if card_id and self.go_to is not None:
            self.go_to(card_id)


class VotingBar(QFrame):
    """The session bar at the bottom of the map: whose turn, dots left, the buttons."""

    def __init__(self, controller: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("voting-bar")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#voting-bar { background: palette(window); border: 2px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.dot_label = QLabel(self)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("voting-name")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.name_label.setFont(font)
        self.left_label = QLabel(self)
        self.left_label.setObjectName("voting-left")
        self.hint = QLabel(
            tr(
                "Voting",
                "Click a card to place a dot · Shift-click or right-click removes one · "
                "N or Tab: next participant",
            ),
            self,
        )
        self.hint.setObjectName("voting-hint")
        self.prev_button = self._button("◀", self.controller.previous_participant)
        self.prev_button.setToolTip(tr("Voting", "Previous participant (Shift+N)"))
        self.next_button = self._button(
            tr("Voting", "Next Participant ▶"), self.controller.next_participant
        )
        self.next_button.setToolTip(tr("Voting", "Pass to the next participant (N or Tab)"))
        self.end_button = self._button(tr("Voting", "End Voting"), self.controller.end)
        self.cancel_button = self._button(tr("Voting", "Cancel"), self.controller.cancel)
        self.prev_button.setFixedWidth(self.prev_button.sizeHint().height() + 8)
        small = self.hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.hint.setFont(small)
        self.hint.setStyleSheet("color: #5B6673;")
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 6, 12, 6)
        col.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.dot_label)
        row.addWidget(self.name_label)
        row.addWidget(self.left_label)
        row.addStretch(1)
        row.addSpacing(24)
        for b in (self.prev_button, self.next_button, self.end_button, self.cancel_button):
            row.addWidget(b)
        col.addLayout(row)
        col.addWidget(self.hint)
        self._fonts = {w: w.font() for w in self.findChildren(QWidget)}
        self.scale = 1.0
        parent.installEventFilter(self)  # (follows the view's size)
        self.hide()

    def _button(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton(text, self)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the map
        b.clicked.connect(lambda: slot())
        return b

    def set_scale(self, scale: float) -> None:
        """Bigger in presentation mode (read across a room), normal in the editor."""
        if scale == self.scale:
            return
        self.scale = scale
        for w, font in self._fonts.items():
            big = QFont(font)
            if font.pointSizeF() > 0:
                big.setPointSizeF(font.pointSizeF() * scale)
            else:
                big.setPixelSize(round(font.pixelSize() * scale))
            w.setFont(big)
        self.prev_button.setFixedWidth(self.prev_button.sizeHint().height() + 8)

    def refresh(self, session: VotingSession) -> None:
        presenting = self.controller.window.workshop.presentation.active
        self.set_scale(1.6 if presenting else 1.0)
        who = session.current
        self.dot_label.setPixmap(dot_pixmap(who, round(26 * self.scale)))
        self.name_label.setText(session.current_name())
        left = session.dots_left()
        text = trn("Voting", "%n dot(s) left", None, left)
        self.left_label.setText(text)
        self.left_label.setStyleSheet("color: #B42318; font-weight: bold;" if left == 0 else "")
        self.place()

    def place(self) -> None:
        view = self.parentWidget()
        if view is None:
            return
        vp = view.viewport().geometry() if hasattr(view, "viewport") else view.rect()
        self.adjustSize()
        width = min(self.sizeHint().width(), vp.width() - 2 * _MARGIN)
        height = self.sizeHint().height()
        self.setGeometry(
            vp.left() + (vp.width() - width) // 2,
            vp.bottom() - height - _MARGIN - 56,  # (above presentation's counter)
            width,
            height,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            session = self.controller.session
            if session is not None:
                self.refresh(session)  # (entering or leaving presentation resizes the view)
            else:
                self.place()
        return False
