"""What the compare view and the PDF comparison page show, worked out from `diff` (no Qt).

The current map is the new side, the other map (another file, the saved version, the last
git commit, the as-is map) the old one: ``diff(other, current)``. `compare_marks` sorts the
differences into what is drawn on the current map (added and changed parts, removed cards
as ghosts) and pairs the emotion curves of both maps stage by stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import Card, Connection, JourneyMap, LaneKind
from .diff import MapDiff, diff_values
from .parts import dump

MarkKind = Literal["added", "changed", "removed"]


@dataclass(frozen=True)
class StageScores:
    """One stage of a pair of curves: the other map's score, the current one, the change."""

    stage: str
    old: float | None
    new: float | None
    #: the id of the current map's point (None when it has none here)
    point: str | None = None

    @property
    def delta(self) -> float | None:
        if self.old is None or self.new is None:
            return None
        value = self.new - self.old
        return int(value) if float(value).is_integer() else round(value, 6)


@dataclass(frozen=True)
class CurvePair:
    """The emotion curve of one (emotion lane, persona) in both maps, in the current stages."""

    lane: str
    persona: str | None
    stages: tuple[StageScores, ...]

    @property
    def changed(self) -> bool:
        return any(s.old != s.new for s in self.stages)


@dataclass
class CompareMarks:
    changes: MapDiff
    #: ids of the current map's parts that are new / changed (a moved part is changed)
    added: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    #: the other map's cards that the current map no longer has, in the other map's order
    removed_cards: list[Card] = field(default_factory=list)
    #: the other map's connections that the current map no longer has
    removed_connections: list[Connection] = field(default_factory=list)
    curves: list[CurvePair] = field(default_factory=list)
    #: both maps as JSON values (other, current), for `text.describe_each`
    values: tuple[dict[str, Any], dict[str, Any]] = field(default_factory=lambda: ({}, {}))

    def kind_of(self, part_id: str) -> MarkKind | None:
        if part_id in self.added:
            return "added"
        if part_id in self.changed:
            return "changed"
        return None


def format_delta(delta: float) -> str:
    """A score change as printed: "+2", "−1.5", "±0" (a real minus sign)."""
    if delta == 0:
        return "±0"
    text = f"{delta:+g}"
    return text.replace("-", "−")


def curve_pairs(other: JourneyMap, current: JourneyMap) -> list[CurvePair]:
    """Both maps' curves per (emotion lane, persona), matched by lane, stage and persona id,
    in the current map's order (lanes, then personas, then the curve without a persona)."""
    old = {(e.lane, e.stage, e.persona): e.score for e in other.emotions}
    new = {(e.lane, e.stage, e.persona): e.score for e in current.emotions}
    ids = {(e.lane, e.stage, e.persona): e.id for e in current.emotions}
    personas: list[str | None] = [p.id for p in current.personas]
    personas += [p.id for p in other.personas if p.id not in personas]
    personas.append(None)
    pairs: list[CurvePair] = []
    for lane in current.lanes:
        if lane.kind != LaneKind.EMOTION:
            continue
        for persona in personas:
            stages = tuple(
                StageScores(
                    s.id,
                    old.get((lane.id, s.id, persona)),
                    new.get((lane.id, s.id, persona)),
                    ids.get((lane.id, s.id, persona)),
                )
                for s in current.stages
            )
            if any(s.old is not None or s.new is not None for s in stages):
                pairs.append(CurvePair(lane.id, persona, stages))
    return pairs


def compare_marks(
    other: JourneyMap, current: JourneyMap, other_values: dict[str, Any] | None = None
) -> CompareMarks:
    """The differences from ``other`` to ``current``, sorted for drawing. ``other_values``:
    ``other`` as JSON values, when the caller keeps them (the editor compares again after
    every edit, and the other map does not change)."""
    a = other_values if other_values is not None else dump(other)
    b = dump(current)
    marks = CompareMarks(diff_values(a, b), values=(a, b))
    changes = marks.changes
    removed: set[str] = set()
    for change in changes.changes:
        if change.id is None or change.part in ("map", "extensions"):
            continue
        if change.op == "added":
            marks.added.add(change.id)
        elif change.op == "removed":
            removed.add(change.id)
        else:
            marks.changed.add(change.id)
    marks.changed -= marks.added
    marks.removed_cards = [c for c in other.cards if c.id in removed]
    marks.removed_connections = [c for c in other.connections if c.id in removed]
    marks.curves = curve_pairs(other, current)
    return marks


__all__ = [
    "CompareMarks",
    "CurvePair",
    "MarkKind",
    "StageScores",
    "compare_marks",
    "curve_pairs",
    "format_delta",
]
