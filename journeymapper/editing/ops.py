"""Primitive, invertible edits of a `JourneyMap` (no Qt).

Every editing command is a list of these. Parts of the document are treated as
values: an edit replaces a part with a changed copy instead of mutating it, so an op
can be undone by putting the old value back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from ..model import JourneyMap

ListName = Literal["personas", "stages", "lanes", "cards", "emotions", "connections", "assets"]
LIST_NAMES: tuple[ListName, ...] = (
    "personas",
    "stages",
    "lanes",
    "cards",
    "emotions",
    "connections",
    "assets",
)


@dataclass(frozen=True)
class Insert:
    list: ListName
    index: int
    item: BaseModel

    def apply(self, doc: JourneyMap) -> None:
        getattr(doc, self.list).insert(self.index, self.item)

    def inverse(self) -> Remove:
        return Remove(self.list, self.index, self.item)


@dataclass(frozen=True)
class Remove:
    list: ListName
    index: int
    item: BaseModel

    def apply(self, doc: JourneyMap) -> None:
        items = getattr(doc, self.list)
        assert items[self.index].id == self.item.id, "document out of step with the undo stack"
        del items[self.index]

    def inverse(self) -> Insert:
        return Insert(self.list, self.index, self.item)


@dataclass(frozen=True)
class Replace:
    list: ListName
    index: int
    old: BaseModel
    new: BaseModel

    def apply(self, doc: JourneyMap) -> None:
        items = getattr(doc, self.list)
        assert items[self.index].id == self.old.id, "document out of step with the undo stack"
        items[self.index] = self.new

    def inverse(self) -> Replace:
        return Replace(self.list, self.index, self.new, self.old)


@dataclass(frozen=True)
class SetField:
    """A top-level field of the document (title, description, locale)."""

    field: str
    old: Any
    new: Any

    def apply(self, doc: JourneyMap) -> None:
        setattr(doc, self.field, self.new)

    def inverse(self) -> SetField:
        return SetField(self.field, self.new, self.old)


Op = Insert | Remove | Replace | SetField


def apply_all(doc: JourneyMap, ops: list[Op]) -> None:
    for op in ops:
        op.apply(doc)


def revert_all(doc: JourneyMap, ops: list[Op]) -> None:
    for op in reversed(ops):
        op.inverse().apply(doc)
