"""The main window: canvas, docks and status bar, and the file and edit commands its menus
(built in `menus`) run."""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
)

from ..canvas.scene import MapScene
from ..canvas.view import MapView
from ..editing import EditRejected, edits
from ..editing.kinds import NewPart
from ..editing.placement import add_new_part
from ..editing.session import DocumentSession
from ..i18n import tr, trn
from ..io import SaveError
from ..io.load import is_repairable, load_repaired
from ..io.lock import FileLock
from ..io.save import explain
from ..model import DocumentError, JourneyMap
from ..templates import blank_map, default_template, load_template
from .dialogs import (
    CONFIRM_DELETE_KEY,
    PreferencesDialog,
    TemplateChooser,
    confirm_delete,
    confirm_delete_enabled,
    file_filter,
    message_box,
    remember_folder,
    show_document_error,
    start_folder,
)
from .guard import DocumentGuard, autosave_seconds, backups_enabled, describe_owner
from .insights_dock import InsightsDock
from .inspector import Inspector
from .menus import build_actions, build_menus, icon
from .palette import Palette
from .recent import RecentFiles
from .search_bar import SearchBar


class MainWindow(QMainWindow):
    def __init__(self, session: DocumentSession | None = None) -> None:
        super().__init__()
        self.setWindowIcon(icon("journeymapper"))
        self.settings = QSettings("journeymapper", "journeymapper")
        self.session: DocumentSession = session or DocumentSession(
            load_template(default_template())
        )
        self.scene = MapScene(self.session)
        self.view = MapView(self.scene)
        self.setCentralWidget(self.view)
        self.last_error_dialog: QMessageBox | None = None
        self.guard = DocumentGuard(self, self.settings)
        build_actions(self)
        self._build_docks()
        build_menus(self)
        self._build_status()
        self.search_bar = SearchBar(self, self.view)
        self._attach_session()
        self.guard.attach(self.session)
        self.resize(1600, 1000)
        QTimer.singleShot(0, self.view.zoom_initial)

    # -- construction -----------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.palette = Palette()
        self.palette.activated_entry.connect(self.add)
        dock = QDockWidget(tr("MainWindow", "Palette"), self)
        dock.setObjectName("palette")
        dock.setWidget(self.palette)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.palette_dock = dock

        self.inspector = Inspector(self.scene)
        dock = QDockWidget(tr("MainWindow", "Inspector"), self)
        dock.setObjectName("inspector")
        dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.inspector_dock = dock

        self.history = QUndoView(self.session.undo_stack)
        self.history.setEmptyLabel(tr("MainWindow", "<opened>"))
        dock = QDockWidget(tr("MainWindow", "History"), self)
        dock.setObjectName("history")
        dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.history_dock = dock

        self.insights = InsightsDock(self.scene)
        dock = QDockWidget(tr("MainWindow", "Insights"), self)
        dock.setObjectName("insights")
        dock.setWidget(self.insights)
        self.tabifyDockWidget(self.history_dock, dock)
        self.history_dock.raise_()
        self.insights_dock = dock
        self.resizeDocks([self.palette_dock], [230], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock], [320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock, self.history_dock], [1, 1], Qt.Orientation.Vertical)

    def _build_status(self) -> None:
        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(tr("MainWindow", "Zoom {0} %").format(round(z * 100)))
        )
        self.zoom_label.setText(tr("MainWindow", "Zoom {0} %").format(100))
        self.statusBar().showMessage(
            tr(
                "MainWindow",
                "Drag cards between cells · double-click to edit · drag from the palette to add · "
                "Ctrl+wheel zooms",
            ),
            15000,
        )

    # -- the session --------------------------------------------------------------------------

    def _attach_session(self) -> None:
        s = self.session
        s.undo_stack.cleanChanged.connect(self._update_title)
        s.changed.connect(self._update_title)
        s.path_changed.connect(self._update_title)
        self.scene.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.scene.selectionChanged.connect(self._update_selection)
        self.scene.persona_requested.connect(lambda pid: self.inspector.edit_persona(pid))
        self.search_bar.set_scene(self.scene)
        self.compare.set_scene(self.scene)
        self.conflicts.set_scene(self.scene)
        self._update_title()
        self._update_selection()

    def set_session(self, session: DocumentSession) -> None:
        """Show another document (after New/Open) in this window."""
        old_scene, old_session = self.scene, self.session
        self.voting.discard()
        self.guard.detach()
        # the old scene emits selection changes while it is torn down: nobody listens now
        old_scene.blockSignals(True)
        old_session.blockSignals(True)
        old_session.undo_stack.blockSignals(True)
        self.session = session
        self.scene = MapScene(session)
        self.view.setScene(self.scene)
        self.view.follow_map()
        self.history.setStack(session.undo_stack)
        # the undo/redo actions belong to the group and follow its active stack
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.undo_group.removeStack(old_session.undo_stack)
        inspector = Inspector(self.scene)
        self.inspector_dock.setWidget(inspector)
        self.inspector.deleteLater()
        self.inspector = inspector
        self.insights.set_scene(self.scene)
        self._attach_session()
        old_scene.deleteLater()
        old_session.deleteLater()
        self.guard.attach(session)
        self.view.zoom_initial()
        QTimer.singleShot(0, self.voting.offer_resume)  # (a recovered map's vote)

    def _update_title(self, *_args: object) -> None:
        name = self.session.display_name() or tr("MainWindow", "unsaved")
        self.setWindowTitle(f"{self.session.doc.title} — {name}[*] — journeymapper")
        self.setWindowModified(self.session.modified)

    def _update_selection(self) -> None:
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.selection_label):
            return  # torn down (the scene emits while it is deleted)
        n = len(self.scene.selected_ids())
        self.selection_label.setText(tr("MainWindow", "{0} selected").format(n) if n else "")

    # -- file commands ---------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.voting.may_close():  # a dot vote running on the map
            return False
        if not self.session.modified:
            return True
        answer = QMessageBox.warning(
            self,
            tr("MainWindow", "Unsaved changes"),
            tr("MainWindow", "“{0}” has unsaved changes. Save them before closing?").format(
                self.session.doc.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_map(self) -> None:
        dialog = TemplateChooser(self)
        if dialog.exec() != TemplateChooser.DialogCode.Accepted:
            return
        self.new_from(dialog.chosen())

    def new_from(self, template: str | None) -> None:
        if not self.maybe_save():
            return
        doc: JourneyMap = load_template(template) if template else blank_map()
        self.set_session(DocumentSession(doc))

    def open_dialog(self) -> None:
        start = start_folder(self.settings, self.session.path)
        path, _ = QFileDialog.getOpenFileName(
            self, tr("MainWindow", "Open journey map"), start, file_filter()
        )
        if path:
            remember_folder(self.settings, path)
            self.open_file(path)

    def open_file(self, path: str | os.PathLike[str]) -> bool:
        """Open a file in this window; a bad file leaves the open map untouched."""
        try:
            session = DocumentSession.open(path)
        except DocumentError as exc:
            repair = (lambda: self.open_repaired(path)) if is_repairable(path) else None
            self.last_error_dialog = show_document_error(self, str(path), exc, repair)
            return False
        same_file = self.session.path is not None and (
            Path(path).resolve() == self.session.path.resolve()
        )
        owner = None if same_file else FileLock(path).other_owner()
        if owner is not None:
            answer = QMessageBox.warning(
                self,
                tr("MainWindow", "Map already open"),
                tr(
                    "MainWindow",
                    "“{0}” is already open in {1}.\n\nIf you edit it in both places, the "
                    "last one saved wins. Open it here anyway?",
                ).format(path, describe_owner(owner)),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                session.deleteLater()
                return False
        if not self.maybe_save():
            session.deleteLater()
            return False
        self.set_session(session)
        self._remember(Path(path))
        if session.upgraded_from is not None:  # said once, when the file is opened
            self.statusBar().showMessage(
                tr(
                    "MainWindow",
                    "“{0}” was written in format version {1} and is upgraded to version {2}; "
                    "the first save keeps the original as a .bak file.",
                ).format(Path(path).name, session.upgraded_from, session.doc.schema_version),
                20000,
            )
        return True

    def open_repaired(self, path: str | os.PathLike[str]) -> bool:
        """Open a repaired copy of a file as a new unsaved map and list every change."""
        try:
            doc, changes = load_repaired(path)
        except DocumentError as exc:
            self.last_error_dialog = show_document_error(self, str(path), exc)
            return False
        if not self.maybe_save():
            return False
        session = DocumentSession(doc)
        self.set_session(session)
        session.mark_unsaved()
        box = message_box(
            self,
            QMessageBox.Icon.Information,
            tr("MainWindow", "Repaired copy"),
            trn(
                "MainWindow",
                "A repaired copy of “{0}” is open as a new, unsaved map. The file itself "
                "was not changed. %n change(s):",
                None,
                len(changes),
            ).format(path),
            detailed="\n".join(str(c) for c in changes),
        )
        box.setObjectName("repair-report")
        box.open()
        self.last_error_dialog = box
        return True

    def import_dialog(self) -> None:
        """File → Import…: an .ojf, Mermaid or CSV file as a new unsaved map."""
        from .import_dialog import import_dialog

        import_dialog(self)

    def export_other_dialog(self) -> None:
        """File → Export to Another Format…: CSV, Mermaid journey or Open Journey Format."""
        from .import_dialog import export_other_dialog

        export_other_dialog(self)

    def reload_from_disk(self) -> None:
        """Replace the open map with the file's current content (after asking)."""
        path = self.session.path
        if path is None:
            return
        try:
            session = DocumentSession.open(path)
        except DocumentError as exc:
            self.last_error_dialog = show_document_error(self, str(path), exc)
            return
        self.session.undo_stack.setClean()  # the user chose to drop the open changes
        self.set_session(session)

    def preferences(self) -> None:
        dialog = PreferencesDialog(
            autosave_seconds(self.settings),
            backups_enabled(self.settings),
            str(self.settings.value("language", "") or ""),
            self,
            confirm_delete_enabled(self.settings),
        )
        from .brand_presets import PresetsPanel

        form = dialog.layout()  # (brand presets act on the open map at once)
        form.insertRow(
            form.rowCount() - 1, tr("dialogs", "Brand presets"), PresetsPanel(self.settings, self)
        )
        self.preferences_dialog = dialog
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.settings.setValue("autosave_seconds", dialog.autosave.value())
            self.settings.setValue("backup_on_save", dialog.backup.isChecked())
            self.settings.setValue("language", dialog.language.currentData())
            self.settings.setValue(CONFIRM_DELETE_KEY, dialog.confirm_delete.isChecked())
            self.guard.apply_settings()

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        start = (
            str(self.session.path)
            if self.session.path
            else os.path.join(
                start_folder(self.settings), _safe_name(self.session.doc.title) + ".journey.json"
            )
        )
        path, _ = QFileDialog.getSaveFileName(
            self, tr("MainWindow", "Save journey map"), start, file_filter()
        )
        if not path:
            return False
        remember_folder(self.settings, path)
        if not path.endswith(".json"):
            path += ".journey.json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        if path == self.session.path and not self.guard.confirm_overwrite():
            return False
        if not self.guard.confirm_read_only(path):
            return False
        try:
            self.session.save(path, backup=backups_enabled(self.settings))
        except (SaveError, OSError) as exc:
            reason = exc.message if isinstance(exc, SaveError) else explain(exc)
            # the unsaved work stays open, and its recovery copy is brought up to date
            self.guard.autosave_now()
            QMessageBox.critical(
                self,
                tr("MainWindow", "Could not save"),
                tr(
                    "MainWindow",
                    "The map was not saved: {0}\n\nYour work is still open; "
                    "try another folder with Save As.",
                ).format(reason),
            )
            return False
        self._remember(path)
        self.statusBar().showMessage(tr("MainWindow", "Saved {0}").format(path), 5000)
        return True

    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        name = (
            str(self.session.path).removesuffix(".journey.json")
            if self.session.path
            else os.path.join(start_folder(self.settings), _safe_name(self.session.doc.title))
        )
        dialog = ExportDialog(
            self.session.doc, self.scene.layout, name, self, source=self.session.path
        )
        self.last_export_dialog = dialog
        if dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.written is not None:
            self.statusBar().showMessage(
                tr("MainWindow", "Exported {0}").format(dialog.written), 8000
            )

    def close_map(self) -> None:
        if self.maybe_save():
            self.set_session(DocumentSession(blank_map()))
            self.session.undo_stack.setClean()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.guard.detach()  # releases the lock; removes the recovery copy
            self.insights.stop()  # no worker thread outlives the window
            event.accept()
        else:
            event.ignore()

    def _remember(self, path: Path) -> None:
        RecentFiles(self.settings).add(path, self.session.doc.title)

    def recent_files(self) -> list[str]:
        return [str(e.path) for e in RecentFiles(self.settings).entries()]

    # -- edit commands ---------------------------------------------------------------------

    def _try(self, make) -> None:  # type: ignore[no-untyped-def]
        self.scene.push(make)

    def copy(self) -> None:
        mime = self.scene.copy_mime()
        if mime is not None:
            QGuiApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        ids = self.scene.selected_card_ids()
        if ids:
            self.copy()
            self._try(lambda: edits.delete_parts(self.session.doc, ids))

    def paste(self) -> None:
        self.scene.paste_mime(QGuiApplication.clipboard().mimeData())

    def duplicate(self) -> None:
        ids = self.scene.selected_card_ids()
        if ids:
            self._try(lambda: edits.duplicate_cards(self.session.doc, ids))

    def delete(self) -> None:
        ids = self.scene.selected_ids()
        if ids and confirm_delete(self, self.settings, self.session.doc, ids):
            self._try(lambda: edits.delete_parts(self.session.doc, ids))

    def select_all(self) -> None:
        self.scene.select_ids([c.id for c in self.session.doc.cards])

    def add(self, what: NewPart | str) -> None:
        """Add a palette entry where the user points (see `placement.add_new_part`); the
        keyboard then goes to the map, on the new part (Enter edits it)."""
        part = what if isinstance(what, NewPart) else NewPart.parse(what)
        scene = self.scene
        if scene.push(
            lambda: add_new_part(self.session.doc, part, scene.selected_ids(), scene.focus_cell)
        ):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_persona(self) -> None:
        try:
            self.session.push(edits.add_persona(self.session.doc))
        except EditRejected as exc:
            self.statusBar().showMessage(str(exc), 6000)


def _safe_name(title: str, limit: int = 60) -> str:
    """A file name from a title: words joined by "-", cut between words, not inside one."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    words = keep.lower().split()
    name = ""
    for word in words:
        longer = f"{name}-{word}" if name else word
        if len(longer) > limit:
            break
        name = longer
    return name or (words[0][:limit] if words else "journey")
