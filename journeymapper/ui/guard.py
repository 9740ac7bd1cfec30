"""Keeping the open map safe: autosave copies, changes made by other programs, locks.

One `DocumentGuard` per window watches that window's session:
- every N seconds (preference, 30 by default) it writes unsaved changes to the
  recovery folder, never to the user's file; a clean save or a discard removes the copy;
- it watches the file and, when another program changes it, asks whether to reload or
  keep the open version (which is then saved only after an explicit confirmation);
- it holds the map's lock file while the map is open.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..editing.recovery import RecoveryStore
from ..editing.session import DocumentSession
from ..i18n import tr
from ..io import SaveError
from ..io.lock import LockOwner
from ..io.save import is_read_only
from .dialogs import message_box

DEFAULT_AUTOSAVE_SECONDS = 30


def autosave_seconds(settings: QSettings) -> int:
    try:
        value = int(settings.value("autosave_seconds", DEFAULT_AUTOSAVE_SECONDS))
    except (TypeError, ValueError):
        value = DEFAULT_AUTOSAVE_SECONDS
    return max(5, min(3600, value))


def backups_enabled(settings: QSettings) -> bool:
    value = settings.value("backup_on_save", True)
    return value not in (False, "false", "0", 0)


def describe_owner(owner: LockOwner) -> str:
    since = datetime.fromtimestamp(owner.since).strftime("%Y-%m-%d %H:%M")
    if owner.is_us:
        return tr("guard", "another window of this journeymapper (since {0})").format(since)
    return tr("guard", "journeymapper process {0} on {1} (since {2})").format(
        owner.pid, owner.host, since
    )


class DocumentGuard(QObject):
    def __init__(
        self, window: QWidget, settings: QSettings, store: RecoveryStore | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.store = store or RecoveryStore()
        self.session: DocumentSession | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._dirty_since_autosave = False
        self._asking = False
        self.apply_settings()

    def apply_settings(self) -> None:
        self.timer.start(autosave_seconds(self.settings) * 1000)

    # -- following one session ---------------------------------------------------------------

    def attach(self, session: DocumentSession) -> None:
        self.session = session
        session.changed.connect(self._on_change)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        session.path_changed.connect(self._watch)
        self._dirty_since_autosave = session.modified
        if session.path is not None and (session.lock is None or not session.lock.held):
            session.take_lock()
        self._watch()

    def detach(self, keep_recovery: bool = False) -> None:
        """Stop following the session (closed or replaced); its recovery copy goes unless
        it is kept on purpose."""
        session, self.session = self.session, None
        if session is None:
            return
        for signal, slot in (
            (session.changed, self._on_change),
            (session.undo_stack.cleanChanged, self._on_clean_changed),
            (session.path_changed, self._watch),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        session.release_lock()
        if not keep_recovery:
            self.store.remove(session.recovery_key)

    def _watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        path = self.session.path if self.session is not None else None
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def _on_change(self, *_args: object) -> None:
        self._dirty_since_autosave = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and self.session is not None:
            # saved (or undone back to the saved state): no copy is needed
            self.store.remove(self.session.recovery_key)
            self._dirty_since_autosave = False

    def _tick(self) -> None:
        self.autosave_now()
        session = self.session
        # a map opened while another owner held its lock takes the lock once it is free
        if session is not None and session.lock is not None and not session.lock.held:
            session.lock.acquire()

    def autosave_now(self) -> bool:
        """Write the recovery copy if there are changes since the last one."""
        session = self.session
        if session is None or not session.modified or not self._dirty_since_autosave:
            return False
        try:
            self.store.write(session.recovery_key, session.doc, session.path)
        except (OSError, SaveError, ValueError):
            # the data folder is unwritable (or the copy cannot be encoded): the user's
            # file is unaffected
            return False
        self._dirty_since_autosave = False
        return True

    # -- other programs ------------------------------------------------------------------------

    def _file_changed(self, _path: str) -> None:
        session = self.session
        if session is None or self._asking:
            return
        # an atomic replace by another program drops the watch: watch the new file
        QTimer.singleShot(200, self._watch)
        if not session.changed_on_disk():
            return
        self._asking = True
        try:
            reload_chosen = self.ask_reload(session)
        finally:
            self._asking = False
        if reload_chosen:
            reload = getattr(self.window, "reload_from_disk", None)
            if reload is not None:
                reload()
        else:
            session.mark_unsaved()

    def ask_reload(self, session: DocumentSession) -> bool:
        """ "Reload" or "Keep mine"; unsaved changes are mentioned only when there are some."""
        if session.modified:
            text = tr(
                "guard",
                "“{0}” was changed by another program.\n\nReload it (your unsaved changes "
                "here are lost), or keep the version you have open?",
            )
        else:
            text = tr(
                "guard",
                "“{0}” was changed by another program.\n\nReload it, or keep the version "
                "you have open? (Saving it later asks before replacing the newer file.)",
            )
        box = message_box(
            self.window,
            QMessageBox.Icon.Question,
            tr("guard", "File changed on disk"),
            text.format(session.path),
            QMessageBox.StandardButton.NoButton,
        )
        box.setObjectName("file-changed")
        reload_button = box.addButton(tr("guard", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(tr("guard", "Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_button)
        box.setEscapeButton(keep_button)
        box.exec()
        chosen = box.clickedButton() is reload_button
        box.deleteLater()
        return chosen

    def confirm_overwrite(self) -> bool:
        """Before saving over the session's file: if another program changed it, ask."""
        session = self.session
        if session is None or not session.changed_on_disk():
            return True
        answer = QMessageBox.warning(
            self.window,
            tr("guard", "Overwrite newer file?"),
            tr(
                "guard",
                "“{0}” was changed by another program since you opened it. Saving replaces "
                "those changes with your version.\n\nOverwrite it? (Cancel and use Save As "
                "to keep both.)",
            ).format(session.path),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def confirm_read_only(self, path: Path) -> bool:
        """Before saving over a file made read-only (mode bits, even for root): ask."""
        if not is_read_only(path):
            return True
        answer = QMessageBox.warning(
            self.window,
            tr("guard", "Read-only file"),
            tr(
                "guard",
                "“{0}” is read-only. Someone may have made it so to keep it from being "
                "changed.\n\nSave over it anyway? (Cancel and use Save As to keep it.)",
            ).format(path),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save
