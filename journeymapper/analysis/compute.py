"""`insights(doc)`: what a finished map says, computed; one section per question.

Every finding names the cards, stages and personas it is about by id and by name (`Ref`,
``{"id": …, "name": …}`` in JSON). `Insights.to_dict()` is the JSON of
``journeymapper insights --json``: one key per section, each the fields of its dataclass —

- ``map``: `MapInfo` (title and counts);
- ``path``: `paths.PathSection`;
- ``emotions``: `emotions.EmotionSection`;
- ``coverage``: `coverage.CoverageSection`;
- ``priorities``: `priorities.PrioritySection`;
- ``evidence``: `priorities.EvidenceSection`.

A card's kind is its ``kind`` field (version-1 files get theirs from the migration).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import JourneyMap
from .cancel import Check, never
from .common import Index, plain
from .coverage import CoverageSection, coverage_section
from .emotions import EmotionSection, emotion_section
from .paths import PathSection, path_section
from .priorities import EvidenceSection, PrioritySection, evidence_section, priority_section


@dataclass(frozen=True)
class MapInfo:
    title: str
    stages: int
    lanes: int
    cards: int
    personas: int


@dataclass(frozen=True)
class Insights:
    map: MapInfo
    path: PathSection
    emotions: EmotionSection
    coverage: CoverageSection
    priorities: PrioritySection
    evidence: EvidenceSection

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values: dicts, lists, strings, numbers, booleans and None."""
        return plain(self)


def insights(doc: JourneyMap, check: Check = never) -> Insights:
    """Every section of the insights of ``doc`` (bounded: see `paths` for the caps).

    ``check`` is called now and then (`cancel`): it stops the run by raising `Cancelled`."""
    index = Index(doc, check)
    return Insights(
        map=MapInfo(
            title=doc.title,
            stages=len(doc.stages),
            lanes=len(doc.lanes),
            cards=len(doc.cards),
            personas=len(doc.personas),
        ),
        path=path_section(index, check),
        emotions=emotion_section(index, check),
        coverage=coverage_section(index, check),
        priorities=priority_section(index, check),
        evidence=evidence_section(index, check),
    )
