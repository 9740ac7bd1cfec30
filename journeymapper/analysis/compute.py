"""`insights(doc)`: what a finished map says, computed; one section per question.

Every finding names the cards, stages and personas it is about by id and by name (`Ref`,
``{"id": …, "name": …}`` in JSON). `Insights.to_dict()` is the JSON of
``journeymapper insights --json``: one key per section, each the fields of its dataclass —

- ``map``: `MapInfo` (title, counts, whether cards have kinds and evidence of their own);
- ``path``: `paths.PathSection`;
- ``emotions``: `emotions.EmotionSection`;
- ``coverage``: `coverage.CoverageSection`;
- ``priorities``: `priorities.PrioritySection`;
- ``evidence``: `priorities.EvidenceSection`, or null when the format has no evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import JourneyMap
from .common import Index, Ref, plain
from .coverage import CoverageSection, coverage_section
from .emotions import EmotionSection, emotion_section
from .paths import PathSection, path_section
from .priorities import EvidenceSection, PrioritySection, evidence_section, priority_section


@dataclass(frozen=True)
class LaneKind:
    """A lane whose name gave its cards a kind (maps whose cards have no kind of their own)."""

    lane: Ref
    kind: str


@dataclass(frozen=True)
class MapInfo:
    title: str
    stages: int
    lanes: int
    cards: int
    personas: int
    #: the format gives cards a kind of their own (version 2); False: kinds from lane names
    kinds_on_cards: bool
    #: the format gives cards evidence (version 2); False: the evidence section is None
    evidence_on_cards: bool
    #: lanes whose names gave card kinds (empty when every card has a kind of its own)
    kinds_from_lanes: tuple[LaneKind, ...]


@dataclass(frozen=True)
class Insights:
    map: MapInfo
    path: PathSection
    emotions: EmotionSection
    coverage: CoverageSection
    priorities: PrioritySection
    evidence: EvidenceSection | None  # None: the map's format has no evidence

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values: dicts, lists, strings, numbers, booleans and None."""
        return plain(self)


def insights(doc: JourneyMap) -> Insights:
    """Every section of the insights of ``doc`` (bounded: see `paths` for the caps)."""
    index = Index(doc)
    lane_order = {lane.id: i for i, lane in enumerate(doc.lanes)}
    return Insights(
        map=MapInfo(
            title=doc.title,
            stages=len(doc.stages),
            lanes=len(doc.lanes),
            cards=len(doc.cards),
            personas=len(doc.personas),
            kinds_on_cards=index.has_kind,
            evidence_on_cards=index.has_evidence,
            kinds_from_lanes=tuple(
                LaneKind(index.lane_ref[lane_id], kind)
                for lane_id, kind in sorted(
                    index.inferred_lanes.items(), key=lambda kv: lane_order[kv[0]]
                )
            ),
        ),
        path=path_section(index),
        emotions=emotion_section(index),
        coverage=coverage_section(index),
        priorities=priority_section(index),
        evidence=evidence_section(index),
    )
