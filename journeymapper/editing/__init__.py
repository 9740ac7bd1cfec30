"""Editing: the document session (model + undo stack + file) and every undoable edit."""

from . import edits
from .edits import Edit, EditRejected
from .ops import Insert, Op, Remove, Replace, SetField

__all__ = ["Edit", "EditRejected", "Insert", "Op", "Remove", "Replace", "SetField", "edits"]
