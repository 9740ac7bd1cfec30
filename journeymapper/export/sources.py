"""The evidence of a map as the PDF's sources page lists it: every item numbered, grouped by
source kind (first-party data first, assumptions last), each with the card it supports.
The cards then carry their sources' numbers (`compute_layout(source_numbers=...)`).
No Qt and no reportlab."""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.theme import SOURCE_ORDER
from ..model import Card, Evidence, EvidenceSource, JourneyMap


@dataclass(frozen=True)
class SourceEntry:
    number: int
    evidence: Evidence
    card: Card
    stage: str  # the card's stage and lane names
    lane: str


def number_sources(
    doc: JourneyMap,
) -> tuple[list[tuple[EvidenceSource, list[SourceEntry]]], dict[str, tuple[int, ...]]]:
    """(the groups of numbered entries, in `SOURCE_ORDER`; each card's numbers by card
    id). Within a group, entries follow the map: stage by stage, lane by lane."""
    stage_at = {s.id: i for i, s in enumerate(doc.stages)}
    lane_at = {ln.id: i for i, ln in enumerate(doc.lanes)}
    stage_name = {s.id: s.name for s in doc.stages}
    lane_name = {ln.id: ln.name for ln in doc.lanes}
    order = sorted(
        range(len(doc.cards)),
        key=lambda i: (
            stage_at.get(doc.cards[i].stage, len(stage_at)),
            lane_at.get(doc.cards[i].lane, len(lane_at)),
            i,
        ),
    )
    groups: list[tuple[EvidenceSource, list[SourceEntry]]] = []
    numbers: dict[str, list[int]] = {}
    n = 0
    for source in SOURCE_ORDER:
        entries: list[SourceEntry] = []
        for i in order:
            card = doc.cards[i]
            for ev in card.evidence:
                if ev.source != source:
                    continue
                n += 1
                entries.append(
                    SourceEntry(
                        n, ev, card, stage_name.get(card.stage, ""), lane_name.get(card.lane, "")
                    )
                )
                numbers.setdefault(card.id, []).append(n)
        if entries:
            groups.append((source, entries))
    return groups, {k: tuple(sorted(v)) for k, v in numbers.items()}
