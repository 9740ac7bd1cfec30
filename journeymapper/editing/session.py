"""The document session: the model, its undo stack, its file and its clean state."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..io import save
from ..io.load import loads_versioned, read_bytes
from ..io.lock import FileLock
from ..model import DocumentError, JourneyMap
from .edits import Edit
from .ops import Op, Remove, apply_all, revert_all

_MERGE_ID = 1


class EditCommand(QUndoCommand):
    """One undo step: a list of ops on the model. It never touches a view."""

    def __init__(self, session: DocumentSession, edit: Edit) -> None:
        super().__init__(edit.text)
        self.session = session
        self.ops: list[Op] = list(edit.ops)
        self.merge_key = edit.merge_key
        self.select = list(edit.select)

    def redo(self) -> None:
        apply_all(self.session.doc, self.ops)
        self.session.changed.emit(self.select)

    def undo(self) -> None:
        revert_all(self.session.doc, self.ops)
        # select what the undo brought back (a deleted card), else what the edit touched
        restored = [op.item.id for op in self.ops if isinstance(op, Remove)]
        self.session.changed.emit(restored or self.select)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if self.session.undo_stack.cleanIndex() == self.session.undo_stack.index():
            return False  # never merge across a save: the saved state must stay reachable
        self.ops.extend(other.ops)
        self.setText(other.text())
        return True


class DocumentSession(QObject):
    """One open map. Views listen to `changed` and redraw from `doc`."""

    #: emitted after every change to the model; carries ids to select (may be empty)
    changed = Signal(list)
    #: emitted when the file path changes (save as, open)
    path_changed = Signal()

    def __init__(
        self,
        doc: JourneyMap,
        path: str | os.PathLike[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path: Path | None = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        #: hash of the file's bytes as last read or written: tells our saves from others'
        self.known_digest: str | None = None
        #: key of this map's autosave copy in the recovery folder
        from .recovery import RecoveryStore

        self.recovery_key = RecoveryStore.new_key()
        self.lock: FileLock | None = None
        #: the older format version the file was written in, until its first save
        #: (which keeps the original as .bak whatever the backup preference says)
        self.upgraded_from: int | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], parent: QObject | None = None) -> DocumentSession:
        """Load a file (raises `DocumentError` listing every problem)."""
        data = read_bytes(path)
        doc, version = loads_versioned(data, str(path))
        session = cls(doc, path, parent)
        if version < doc.schema_version:
            session.upgraded_from = version
        session.known_digest = hashlib.sha256(data).hexdigest()
        return session

    def disk_digest(self) -> str | None:
        """Hash of the file as it is on disk now (None when it cannot be read)."""
        if self.path is None:
            return None
        try:  # read_bytes: never blocks on a FIFO put in the file's place
            return hashlib.sha256(read_bytes(self.path)).hexdigest()
        except (OSError, DocumentError):
            return None

    def changed_on_disk(self) -> bool:
        """True when someone else wrote the file since we last read or saved it."""
        if self.path is None or self.known_digest is None:
            return False
        current = self.disk_digest()
        return current is not None and current != self.known_digest

    def mark_unsaved(self) -> None:
        """A recovered or repaired map: modified until the user saves it somewhere."""
        self.undo_stack.resetClean()

    def take_lock(self) -> None:
        self.release_lock()
        if self.path is not None:
            self.lock = FileLock(self.path)
            self.lock.acquire()

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, edit: Edit) -> bool:
        """Do an edit as one undo step; an edit with no ops does nothing."""
        if not edit.ops:
            return False
        self.undo_stack.push(EditCommand(self, edit))
        return True

    def save(self, path: str | os.PathLike[str] | None = None, backup: bool = False) -> None:
        """Save atomically (raises `SaveError`); the stack's clean state follows."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name to save to")
        over_upgraded = self.upgraded_from is not None and target == self.path
        data = save(self.doc, target, backup=backup or over_upgraded)
        self.upgraded_from = None  # saved once: the original is in .bak or untouched
        self.known_digest = hashlib.sha256(data).hexdigest()
        if target != self.path:
            self.path = target
            self.take_lock()
            self.path_changed.emit()
        self.undo_stack.setClean()

    def display_name(self) -> str:
        return self.path.name if self.path else ""
