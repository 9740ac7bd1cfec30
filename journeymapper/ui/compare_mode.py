"""File → Compare With… and File → Save as To-Be…, the compare view and its Differences dock.

The open map is compared with another one (a file, the saved version, the last git commit,
the as-is map of a to-be map): ``diff(other, open map)``. The canvas shows the differences
(see `canvas.compare_overlay`), the dock lists them by kind; a click selects and centres
the part. Editing while comparing compares again after a short pause, so the marks never
go stale. Escape on the map, the dock's Close button or another map leave the view.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io import SaveError, load, loads, save
from ..io.save import explain
from ..model import DocumentError, JourneyMap
from .dialogs import file_filter, message_box, remember_folder, show_document_error, start_folder

if TYPE_CHECKING:  # (the comparing machinery loads with the first comparison)
    from ..canvas.compare_overlay import CompareOverlay
    from ..canvas.scene import MapScene
    from ..compare.marks import CompareMarks
    from ..layout.compare import CompareGeometry
    from .main_window import MainWindow

REFRESH_MS = 300
#: the most changes of one kind the dock lists (then "… and N more")
MAX_LISTED = 500
#: how long the menu waits for git to say whether the map is in a work tree
MENU_GIT_TIMEOUT = 2.0
PART_ROLE = Qt.ItemDataRole.UserRole


def as_is_path(doc: JourneyMap, path: Path | None) -> Path | None:
    """Where a to-be map's as-is map is (its ``as_is`` is relative to the map's folder)."""
    if not doc.as_is:
        return None
    target = Path(doc.as_is)
    if target.is_absolute():
        return target
    return (path.parent if path is not None else Path.cwd()) / target


class DifferencesPanel(QWidget):
    """The Differences dock's content: what is compared, the changes by kind, Close."""

    def __init__(self, mode: CompareMode) -> None:
        super().__init__()
        self.mode = mode
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        legend = QLabel(
            tr("CompareMode", "+ added (solid outline)   ~ changed (dashed)   − removed (dotted)")
        )
        legend.setWordWrap(True)
        legend.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("differences")
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(tr("CompareMode", "Close Comparison"))
        self.close_button.clicked.connect(mode.close)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for w in (self.title, self.summary, legend, self.tree):
            layout.addWidget(w)
        layout.addLayout(buttons)

    def fill(self, label: str, marks: CompareMarks, other: JourneyMap, doc: JourneyMap) -> None:
        from ..canvas.compare_overlay import STYLES
        from ..compare.text import describe_each, op_word, summary_line

        self.title.setText(tr("CompareMode", "Compared with {0}").format(label))
        line = summary_line(marks.changes)  # (the CLI's words; here a sentence of its own)
        self.summary.setText(line[:1].upper() + line[1:])
        collapsed = {  # (a group the user folded stays folded when the list is refilled)
            self.tree.topLevelItem(i).data(0, PART_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, int] = {}
        for change, text in describe_each(marks.changes, *marks.values):
            group = groups.get(change.op)
            if group is None:
                group = QTreeWidgetItem([op_word(change.op)])
                group.setData(0, PART_ROLE, change.op)
                self.tree.addTopLevelItem(group)
                groups[change.op] = group
            counts[change.op] = counts.get(change.op, 0) + 1
            if counts[change.op] > MAX_LISTED:
                continue  # (a list of thousands helps nobody and slows every edit)
            glyph = STYLES[change.op if change.op in ("added", "removed") else "changed"][2]
            item = QTreeWidgetItem([f"{glyph} {text}"])
            item.setToolTip(0, text)
            item.setData(
                0, PART_ROLE, change.id if change.part not in ("map", "extensions") else None
            )
            group.addChild(item)
        for op, group in groups.items():
            if counts[op] > MAX_LISTED:
                more = QTreeWidgetItem(
                    [
                        tr(
                            "CompareMode", "… and {0} more (journeymapper diff lists them all)"
                        ).format(counts[op] - MAX_LISTED)
                    ]
                )
                more.setData(0, PART_ROLE, None)
                group.addChild(more)
            group.setText(0, f"{op_word(op)} ({counts[op]})")
            group.setExpanded(op not in collapsed)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.parent() is None:
            return
        part_id = item.data(0, PART_ROLE)
        if part_id:
            self.mode.go_to(part_id)


class _DifferencesDock(QDockWidget):
    """Closing the dock (its title bar's ×) leaves the compare view too."""

    def __init__(self, mode: CompareMode, window: QWidget) -> None:
        super().__init__(tr("CompareMode", "Differences"), window)
        self.mode = mode

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.mode.close()


class CompareMode(QObject):
    """Compare With…, Save as To-Be…, the compare view and the Differences dock of a window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other: JourneyMap | None = None
        self.other_label = ""
        self.other_layout = None
        self.other_values: dict | None = None
        self.marks: CompareMarks | None = None
        self.geometry: CompareGeometry | None = None
        self.scene: MapScene | None = None
        self.overlay: CompareOverlay | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

        self.menu = QMenu(tr("CompareMode", "Compare &With"), window)
        self.menu.setObjectName("compare-menu")
        self.act_other = self.menu.addAction(
            tr("CompareMode", "&Another Map…"), self.compare_file_dialog
        )
        self.act_saved = self.menu.addAction(
            tr("CompareMode", "The &Saved Version"), self.compare_saved
        )
        self.act_git = self.menu.addAction(
            tr("CompareMode", "The Last &Git Commit"), self.compare_git
        )
        self.act_as_is = self.menu.addAction(
            tr("CompareMode", "The As-&Is Map"), self.compare_as_is
        )
        self.menu.aboutToShow.connect(self.update_actions)
        self.menu.setToolTipsVisible(True)  # (they say why an entry is disabled)
        self.act_save_to_be = QAction(tr("CompareMode", "Save as &To-Be…"), window)
        self.act_save_to_be.setStatusTip(
            tr("CompareMode", "Save a copy as the future state of this map, linked to it")
        )
        self.act_save_to_be.triggered.connect(self.save_to_be_dialog)

        self.panel = DifferencesPanel(self)
        self.dock = _DifferencesDock(self, window)
        self.dock.setObjectName("differences")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.history_dock, self.dock)
        self.dock.hide()
        window.view.installEventFilter(self)

    # -- what can be compared ------------------------------------------------------------

    def update_actions(self) -> None:
        """Which sources the open map has (worked out each time the menu opens)."""
        session = self.window.session
        saved = session.path is not None
        self.act_saved.setEnabled(saved)
        self.act_saved.setToolTip(
            "" if saved else tr("CompareMode", "Only for a map saved to a file")
        )
        from ..compare.git import in_work_tree

        in_git = in_work_tree(session.path, timeout=MENU_GIT_TIMEOUT)
        self.act_git.setEnabled(in_git)
        self.act_git.setToolTip(
            ""
            if in_git
            else tr(
                "CompareMode", "Only for a saved map inside a git work tree, with git installed"
            )
        )
        path = as_is_path(session.doc, session.path)
        self.act_as_is.setEnabled(path is not None)
        self.act_as_is.setToolTip(
            str(path) if path else tr("CompareMode", "Only for a to-be map (File → Save as To-Be…)")
        )

    def _tell(self, title: str, text: str, detail: str = "") -> None:
        box = message_box(self.window, QMessageBox.Icon.Warning, title, text, informative=detail)
        box.setObjectName("compare-message")
        box.open()
        self.window.last_error_dialog = box

    def compare_file_dialog(self) -> None:
        settings = self.window.settings
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("CompareMode", "Compare with another map"),
            start_folder(settings, self.window.session.path),
            file_filter(),
        )
        if path:
            remember_folder(settings, path)
            self.compare_file(path)

    def compare_file(self, path: str | os.PathLike[str], label: str | None = None) -> bool:
        try:
            other = load(path)
        except DocumentError as exc:
            self.window.last_error_dialog = show_document_error(
                self.window,
                str(path),
                exc,
                title=tr("CompareMode", "Cannot compare with this file"),
            )
            return False
        return self.start(other, label or Path(path).name)

    def compare_saved(self) -> bool:
        path = self.window.session.path
        if path is None:
            self._tell(
                tr("CompareMode", "Nothing saved yet"),
                tr("CompareMode", "This map has not been saved yet: there is no saved version."),
            )
            return False
        return self.compare_file(
            path, tr("CompareMode", "the saved version of {0}").format(path.name)
        )

    def compare_git(self) -> bool:
        path = self.window.session.path
        title = tr("CompareMode", "Cannot compare with git")
        if path is None:
            self._tell(
                title, tr("CompareMode", "This map has not been saved yet: it is not in git.")
            )
            return False
        from ..compare.git import GitError, head_version

        try:
            data = head_version(path)
        except GitError as exc:
            self._tell(title, str(exc))
            return False
        label = tr("CompareMode", "the last git commit of {0}").format(path.name)
        try:
            other = loads(data, f"HEAD:{path.name}")
        except DocumentError as exc:
            self.window.last_error_dialog = show_document_error(
                self.window,
                label,
                exc,
                title=tr("CompareMode", "Cannot compare with this file"),
            )
            return False
        return self.start(other, label)

    def compare_as_is(self) -> bool:
        session = self.window.session
        path = as_is_path(session.doc, session.path)
        if path is None:
            self._tell(
                tr("CompareMode", "No as-is map"),
                tr("CompareMode", "This map is not a to-be map: it names no as-is map."),
            )
            return False
        try:
            exists = path.is_file()
        except (OSError, ValueError):
            exists = False
        if not exists:
            self._tell(
                tr("CompareMode", "As-is map not found"),
                tr("CompareMode", "The as-is map {0} is not there any more.").format(path),
                tr("CompareMode", "It may have been moved or renamed; use Another Map… instead."),
            )
            return False
        return self.compare_file(path, tr("CompareMode", "the as-is map {0}").format(path.name))

    # -- the compare view ----------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.other is not None

    def start(self, other: JourneyMap, label: str) -> bool:
        self.other, self.other_label, self.other_values = other, label, None
        from ..layout import compute_layout

        scene = self.window.scene
        self.other_layout = compute_layout(other, scene.metrics)
        self._follow(scene)
        self.refresh()
        self.dock.show()
        self.dock.raise_()
        return True

    def _follow(self, scene: MapScene) -> None:
        if self.scene is scene:
            return
        self._unfollow()
        from ..canvas.compare_overlay import CompareOverlay

        self.scene = scene
        self.overlay = CompareOverlay(scene)
        scene.relaid.connect(self.timer.start)

    def _unfollow(self) -> None:
        self.timer.stop()
        if self.scene is not None and shiboken6.isValid(self.scene):
            with contextlib.suppress(RuntimeError, TypeError):
                self.scene.relaid.disconnect(self.timer.start)
            if self.overlay is not None:
                self.overlay.clear()
        self.scene, self.overlay = None, None

    def refresh(self) -> None:
        """Compare again and redraw the marks and the list (after an edit, debounced)."""
        if self.other is None or self.scene is None or not shiboken6.isValid(self.scene):
            return
        from ..compare.marks import compare_marks
        from ..compare.parts import dump
        from ..layout.compare import compare_geometry

        doc = self.window.session.doc
        if self.other_values is None:
            self.other_values = dump(self.other)
        self.marks = compare_marks(self.other, doc, self.other_values)
        self.geometry = compare_geometry(self.scene.layout, doc, self.marks, self.other_layout)
        assert self.overlay is not None
        self.overlay.show(self.geometry)
        self.panel.fill(self.other_label, self.marks, self.other, doc)

    def close(self) -> None:
        """Leave the compare view: the normal map again."""
        self._unfollow()
        self.other = self.other_layout = self.other_values = self.marks = self.geometry = None
        self.dock.hide()

    def set_scene(self, scene: MapScene) -> None:
        """Another map is open in the window: the comparison was of the old one."""
        if self.scene is not scene:
            self.close()

    def go_to(self, part_id: str) -> None:
        """Select a part (or find a removed card's ghost) and put it in the view's centre."""
        scene, view = self.window.scene, self.window.view
        from ..editing.kinds import PartKind  # (canvas kinds, loaded with the window anyway)

        target = None
        for kind in (PartKind.CARD, PartKind.STAGE, PartKind.LANE, PartKind.EMOTION):
            item = scene.item_for(kind, part_id)
            if item is not None:
                scene.select_ids([part_id])
                target = item.sceneBoundingRect().center()
                break
        if target is None and self.window.session.doc.persona(part_id) is not None:
            self.window.inspector.edit_persona(part_id)  # a persona is not on the canvas
            return
        if target is None and self.geometry is not None:
            mark = self.geometry.mark_for(part_id)
            if mark is not None:
                scene.select_ids([])
                target = QPointF(mark.rect.cx, mark.rect.cy)
        if target is None:
            self.window.statusBar().showMessage(
                tr("CompareMode", "That part is not on the map any more."), 5000
            )
            return
        view.scroll_to_put(target, QPointF(view.viewport().rect().center()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.active
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not self.window.search_bar.isVisible()
            and self.scene is not None
            and getattr(self.scene, "editor", None) is None
            and self.scene.interaction is None
            and not self.scene.selectedItems()
        ):
            self.close()
            return True
        return False

    # -- Save as To-Be -------------------------------------------------------------------

    def save_to_be_dialog(self) -> bool:
        window = self.window
        session = window.session
        if session.path is None or session.modified:
            box = message_box(
                window,
                QMessageBox.Icon.Information,
                tr("CompareMode", "Save the as-is map first"),
                tr(
                    "CompareMode",
                    "The to-be copy is linked to the saved as-is map. Save this map first?",
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            from .dialogs import ask

            if ask(box) != QMessageBox.StandardButton.Save or not window.save():
                return False
        assert session.path is not None
        stem = session.path.name.removesuffix(".journey.json").removesuffix(".json")
        start = str(session.path.with_name(f"{stem}-to-be.journey.json"))
        path, _ = QFileDialog.getSaveFileName(
            window, tr("CompareMode", "Save as to-be map"), start, file_filter()
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".journey.json"
        return self.save_to_be(Path(path))

    def save_to_be(self, target: Path) -> bool:
        """Write the open (saved) map as a to-be copy at ``target`` and open the copy."""
        window = self.window
        source = window.session.path
        assert source is not None
        title = tr("CompareMode", "Could not save the to-be map")
        try:
            same = target.resolve() == source.resolve()
        except (OSError, ValueError, RuntimeError):
            same = False
        if same:
            self._tell(
                title,
                tr(
                    "CompareMode",
                    "Choose another file: the to-be map cannot replace its as-is map.",
                ),
            )
            return False
        try:
            link = os.path.relpath(source.resolve(), target.resolve().parent)
        except (OSError, ValueError):
            link = str(source.resolve())  # another drive (Windows): an absolute path
        copy = window.session.doc.model_copy(deep=True)
        copy.as_is = Path(link).as_posix()
        try:
            save(copy, target)
        except (SaveError, OSError) as exc:
            reason = exc.message if isinstance(exc, SaveError) else explain(exc)
            self._tell(title, tr("CompareMode", "The to-be map was not saved: {0}").format(reason))
            return False
        if window.open_file(target):
            window.statusBar().showMessage(
                tr(
                    "CompareMode",
                    "Saved the to-be map {0}; compare it with File → Compare With → The As-Is Map.",
                ).format(target.name),
                10000,
            )
        return True


__all__ = ["CompareMode", "DifferencesPanel", "as_is_path"]
