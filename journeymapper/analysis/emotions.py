"""The emotions section: each persona's curve read stage by stage, and the moments of truth.

A curve is the points of one persona (or of no persona) in one emotion lane, in stage order;
"neighbouring stages" are consecutive points of the curve, as the curve is drawn.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from .cancel import Check, checked, never
from .common import Index, Ref

#: A fall of this many points or more between neighbouring stages is a moment of truth.
DROP_THRESHOLD = 3


@dataclass(frozen=True)
class Point:
    point: str  # the emotion point's id
    stage: Ref
    score: float


@dataclass(frozen=True)
class Change:
    """From one point of a curve to the next: ``change`` is ``to_score - from_score``."""

    from_stage: Ref
    to_stage: Ref
    from_score: float
    to_score: float
    change: float


@dataclass(frozen=True)
class Curve:
    persona: Ref | None  # None: points that belong to no persona
    lane: Ref
    points: int
    lowest: Point | None  # the first lowest point in stage order
    highest: Point | None
    biggest_drop: Change | None  # None when the curve never falls
    biggest_rise: Change | None  # None when it never rises
    average: float | None
    stages_without_point: tuple[Ref, ...]


@dataclass(frozen=True)
class MomentOfTruth:
    """A candidate: ``reason`` is ``lowest_point``, ``drop`` or ``card`` (kind moment_of_truth)."""

    reason: str
    stage: Ref
    persona: Ref | None
    lane: Ref | None
    score: float | None
    change: float | None
    cards: tuple[Ref, ...]


@dataclass(frozen=True)
class EmotionSection:
    curves: tuple[Curve, ...]
    moments_of_truth: tuple[MomentOfTruth, ...]
    drop_threshold: int


def _num(value: float) -> float:
    return int(value) if float(value).is_integer() else round(value, 2)


def emotion_section(index: Index, check: Check = never) -> EmotionSection:
    doc = index.doc
    order = index.stage_order
    series: dict[tuple[str | None, str], list] = defaultdict(list)
    for point in checked(doc.emotions, check):
        series[(point.persona, point.lane)].append(point)
    persona_rank = {p.id: i for i, p in enumerate(doc.personas)}
    lane_rank = {lane.id: i for i, lane in enumerate(doc.lanes)}
    keys = sorted(series, key=lambda k: (persona_rank.get(k[0] or "", -1), lane_rank[k[1]]))
    curves: list[Curve] = []
    moments: list[tuple[int, MomentOfTruth]] = []
    for persona_id, lane_id in checked(keys, check, 1):
        points = sorted(series[(persona_id, lane_id)], key=lambda e: order[e.stage])
        persona, lane = index.persona(persona_id), index.lane_ref[lane_id]
        as_point = [Point(e.id, index.stage(e.stage), _num(e.score)) for e in points]
        changes = [
            Change(a.stage, b.stage, a.score, b.score, _num(b.score - a.score))
            for a, b in pairwise(as_point)
        ]
        lowest = min(as_point, key=lambda p: p.score, default=None)
        drop = min((c for c in changes if c.change < 0), key=lambda c: c.change, default=None)
        rise = max((c for c in changes if c.change > 0), key=lambda c: c.change, default=None)
        present = {e.stage for e in points}
        curves.append(
            Curve(
                persona=persona,
                lane=lane,
                points=len(points),
                lowest=lowest,
                highest=max(as_point, key=lambda p: p.score, default=None),
                biggest_drop=drop,
                biggest_rise=rise,
                average=_num(sum(p.score for p in as_point) / len(as_point)) if points else None,
                stages_without_point=tuple(
                    index.stage(s.id) for s in doc.stages if s.id not in present
                ),
            )
        )
        if lowest is not None:
            moments.append(
                (
                    order[lowest.stage.id],
                    MomentOfTruth(
                        "lowest_point", lowest.stage, persona, lane, lowest.score, None, ()
                    ),
                )
            )
        for c in changes:
            if c.change <= -DROP_THRESHOLD:
                moments.append(
                    (
                        order[c.to_stage.id],
                        MomentOfTruth("drop", c.to_stage, persona, lane, c.to_score, c.change, ()),
                    )
                )
    marked: dict[str, list[Ref]] = defaultdict(list)
    for card in checked(doc.cards, check):
        if index.kind.get(card.id) == "moment_of_truth":
            marked[card.stage].append(index.card(card.id))
    for stage_id, cards in marked.items():
        moment = MomentOfTruth("card", index.stage(stage_id), None, None, None, None, tuple(cards))
        moments.append((order[stage_id], moment))
    moments.sort(key=lambda m: m[0])  # stable: curve order within a stage
    return EmotionSection(
        curves=tuple(curves),
        moments_of_truth=tuple(m for _, m in moments),
        drop_threshold=DROP_THRESHOLD,
    )
