"""The Conflicts dock: the conflicts `journeymapper merge` recorded in the open map, each with
"Use Ours" and "Use Theirs". Each pick is one undo step that also drops the record; the dock
shows itself when a map with recorded conflicts is open and hides when none are left."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import EditRejected
from ..i18n import tr, trn
from ..quotes import quote
from .conflict_delegate import HEADING_ROLE, ConflictDelegate
from .dialogs import message_box

if TYPE_CHECKING:
    from ..canvas.scene import MapScene
    from .main_window import MainWindow


def conflict_text(record: Any, scene: MapScene) -> tuple[str, str]:
    """The list's line (part, field, base | ours | theirs) and its tooltip (every value)."""
    text, tip, _heading = conflict_entry(record, scene)
    return text, tip


def conflict_entry(record: Any, scene: MapScene) -> tuple[str, str, str]:
    """`conflict_text` and the line's heading (its part and field: what the block is about;
    empty for a record that cannot be read)."""
    if not isinstance(record, dict):
        text = tr("ConflictsDock", "unreadable record: {0}").format(str(record)[:80])
        return text, text, ""
    from ..compare.conflict import Conflict  # (the merge machinery loads with a conflict)
    from ..compare.text import conflict_body, noun_word, plain, show

    try:
        conflict = Conflict(
            str(record.get("part")),
            record.get("id"),
            record.get("field"),
            str(record.get("kind", "")),
            record.get("base"),
            record.get("ours"),
            record.get("theirs"),
            str(record.get("message") or ""),
        )
        if conflict.field == "cell":  # a card's cell by its stage and lane names
            doc = scene.session.doc
            for side in ("base", "ours", "theirs"):
                value = getattr(conflict, side)
                if isinstance(value, dict):
                    stage, lane = doc.stage(value.get("stage")), doc.lane(value.get("lane"))
                    names = (
                        stage.name if stage else value.get("stage"),
                        lane.name if lane else value.get("lane"),
                    )
                    setattr(conflict, side, f"{names[0]} / {names[1]}")
        full = conflict_body(conflict, scene.session.doc)
        if conflict.field is None and conflict.part not in ("map", "extensions"):
            # a whole part deleted on one side: its name and what happened, not its JSON
            value = next(
                (v for v in (conflict.ours, conflict.theirs, conflict.base) if isinstance(v, dict)),
                {},
            )
            name = value.get("title") or value.get("name") or conflict.id
            what = conflict.message or conflict.kind
            heading = f"{noun_word(conflict.part)} {quote(plain(str(name)))}"
            return f"{heading}: {what}", full, heading
        # (conflict_body is "<part and field>: <base | ours | theirs>[ (<message>)]")
        values = " | ".join(
            f"{label} {show(value)}"
            for label, value in (
                (tr("compare", "base"), conflict.base),
                (tr("compare", "ours"), conflict.ours),
                (tr("compare", "theirs"), conflict.theirs),
            )
        )
        suffix = f" ({conflict.message})" if conflict.message else ""
        cut = len(full) - len(suffix) - len(values) - 2
        heading = full[:cut] if cut > 0 and full[cut:].startswith(": " + values) else ""
        return full, full, heading
    except (TypeError, ValueError, KeyError):
        text = tr("ConflictsDock", "unreadable record: {0}").format(str(record)[:80])
        return text, text, ""


class ConflictsPanel(QWidget):
    def __init__(self, dock: ConflictsDock) -> None:
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("conflicts")
        self.list.setWordWrap(True)
        # each conflict a framed block: its part and field as a heading, one value a line
        self.list.setItemDelegate(ConflictDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # (blocks re-wrap on a resize)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemClicked.connect(lambda _item: dock.show_part())
        row = QHBoxLayout()
        self.ours = QPushButton(tr("ConflictsDock", "Use &Ours"))
        self.theirs = QPushButton(tr("ConflictsDock", "Use &Theirs"))
        self.ours.setToolTip(tr("ConflictsDock", "Keep the value the map has now"))
        self.theirs.setToolTip(tr("ConflictsDock", "Take the other side's value"))
        self.ours.clicked.connect(lambda: dock.pick("ours"))
        self.theirs.clicked.connect(lambda: dock.pick("theirs"))
        row.addWidget(self.ours)
        row.addWidget(self.theirs)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        records = self.dock.records
        chosen = 0 <= row < len(records)
        self.ours.setEnabled(chosen)
        if chosen:  # (most maps have no conflicts: no need to load merging at start-up)
            from ..editing.conflicts import theirs_known

            chosen = theirs_known(records[row])
        self.theirs.setEnabled(chosen)


class ConflictsDock(QDockWidget):
    """The dock, following the window's scene."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("ConflictsDock", "Conflicts"), window)
        self.window = window
        self.setObjectName("conflicts")
        self.panel = ConflictsPanel(self)
        self.setWidget(self.panel)
        self.scene: MapScene | None = None
        self.records: list[Any] = []
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.tabifyDockWidget(window.history_dock, self)
        self.hide()

    def set_scene(self, scene: MapScene) -> None:
        if self.scene is not None and shiboken6.isValid(self.scene):
            with contextlib.suppress(RuntimeError, TypeError):
                self.scene.relaid.disconnect(self.refresh)
        self.scene = scene
        scene.relaid.connect(self.refresh)
        self.refresh(show=True)

    def refresh(self, show: bool = False) -> None:
        """List the records again (after every change: undo brings them back)."""
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene):
            return
        records: list[Any] = []
        if scene.session.doc.extensions:  # (where merge records them; most maps have none)
            from ..editing.conflicts import recorded_conflicts

            records = recorded_conflicts(scene.session.doc)
        if records == self.records and not show:
            return
        row = self.panel.list.currentRow()
        self.records = records
        self.panel.list.clear()
        for record in records:
            text, tip, heading = conflict_entry(record, scene)
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setData(HEADING_ROLE, heading)
            self.panel.list.addItem(item)
        self.panel.summary.setText(
            trn(
                "ConflictsDock",
                "The merge left %n conflict(s). The map keeps ours for each until you pick.",
                None,
                len(records),
            )
        )
        if records:
            self.panel.list.setCurrentRow(min(max(row, 0), len(records) - 1))
            if show or not self.isVisible():
                self.show()
                self.raise_()
        else:
            self.hide()
        self.panel._update_buttons()

    def show_part(self) -> None:
        """Select and centre the part of the chosen conflict, when it is on the map."""
        row = self.panel.list.currentRow()
        if self.scene is None or not 0 <= row < len(self.records):
            return
        record = self.records[row]
        if isinstance(record, dict) and record.get("part") not in ("map", "extensions"):
            part_id = record.get("id")
            doc = self.scene.session.doc
            if isinstance(part_id, str) and any(
                p.id == part_id
                for name in ("cards", "stages", "lanes", "emotions")
                for p in getattr(doc, name)
            ):
                self.window.compare.go_to(part_id)

    def pick(self, side: str) -> bool:
        """Resolve the selected conflict with ``side`` ("ours" or "theirs"): one undo step."""
        row = self.panel.list.currentRow()
        if self.scene is None or row < 0:
            return False
        from ..editing.conflicts import resolve

        session = self.scene.session
        try:
            edit = resolve(session.doc, row, "theirs" if side == "theirs" else "ours")
        except EditRejected as exc:
            box = message_box(
                self.window,
                QMessageBox.Icon.Warning,
                tr("ConflictsDock", "Cannot take that value"),
                str(exc),
                informative=tr("ConflictsDock", "The map was not changed."),
            )
            box.setObjectName("conflict-refused")
            box.open()
            self.window.last_error_dialog = box
            return False
        return session.push(edit)


__all__ = ["ConflictsDock", "conflict_text"]
