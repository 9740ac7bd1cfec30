"""A conflict of a three-way merge, and the result of a merge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import JourneyMap


@dataclass
class Conflict:
    """Two different changes to one field (or a part deleted and changed): OURS was kept.

    ``kind``: "edit", "add", "delete", "position" or "invalid"; ``field`` is None for a whole
    part; the three values are JSON values (None for an absent part).
    """

    part: str
    id: str | None
    field: str | None
    kind: str
    base: Any
    ours: Any
    theirs: Any
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "id": self.id,
            "field": self.field,
            "kind": self.kind,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "message": self.message,
        }


@dataclass
class MergeResult:
    """The merged map (always valid) and the conflicts met on the way."""

    doc: JourneyMap
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        return not self.conflicts
