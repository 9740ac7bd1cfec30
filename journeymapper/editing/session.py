"""The document session: the model, its undo stack, its file and its clean state."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..io import load, save
from ..model import JourneyMap
from .edits import Edit
from .ops import Op, apply_all, revert_all

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
        self.session.changed.emit(self.select)

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

    @classmethod
    def open(cls, path: str | os.PathLike[str], parent: QObject | None = None) -> DocumentSession:
        """Load a file (raises `DocumentError` listing every problem)."""
        return cls(load(path), path, parent)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, edit: Edit) -> bool:
        """Do an edit as one undo step; an edit with no ops does nothing."""
        if not edit.ops:
            return False
        self.undo_stack.push(EditCommand(self, edit))
        return True

    def save(self, path: str | os.PathLike[str] | None = None) -> None:
        """Save atomically (raises `SaveError`); the stack's clean state follows."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name to save to")
        save(self.doc, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.undo_stack.setClean()

    def display_name(self) -> str:
        return self.path.name if self.path else ""
