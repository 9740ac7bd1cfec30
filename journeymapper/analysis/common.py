"""What every section of the insights shares: references to parts and one index of the map.

Card kinds and evidence come with version 2 of the file format. They are read with
``getattr`` so that the analysis works on version-1 maps (no kind: inferred from the lane's
name; no evidence: the evidence section is absent) and on version-2 maps alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from ..model import Card, JourneyMap

#: The card kinds of format version 2.
KINDS = (
    "note",
    "pain_point",
    "opportunity",
    "moment_of_truth",
    "idea",
    "question",
    "quote",
    "metric",
)

#: Lane names that say what their cards are, for maps without card kinds (English, Italian).
_LANE_KIND_PATTERNS = (
    ("pain_point", re.compile(r"\bpains?\b|criticit|frustra", re.IGNORECASE)),
    ("opportunity", re.compile(r"opportunit", re.IGNORECASE)),
    ("moment_of_truth", re.compile(r"moments? of truth|moment[oi] della verit", re.IGNORECASE)),
)


def kind_from_lane_name(name: str) -> str | None:
    """The card kind a lane's name stands for ("Pain points" → pain_point), or None."""
    for kind, pattern in _LANE_KIND_PATTERNS:
        if pattern.search(name):
            return kind
    return None


def text_of(value: Any) -> str | None:
    """An enum's value or a string as plain text (None stays None)."""
    if value is None:
        return None
    return str(getattr(value, "value", value))


@dataclass(frozen=True)
class Ref:
    """A part of the map named by its id and by what people read (title or name)."""

    id: str
    name: str


class Index:
    """Look-up tables built once per analysis (the map may hold 20,000 cards)."""

    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.stage_order = {s.id: i for i, s in enumerate(doc.stages)}
        self.stage_ref = {s.id: Ref(s.id, s.name) for s in doc.stages}
        self.lane_ref = {lane.id: Ref(lane.id, lane.name) for lane in doc.lanes}
        self.lane_kind = {lane.id: text_of(lane.kind) for lane in doc.lanes}
        self.persona_ref = {p.id: Ref(p.id, p.name) for p in doc.personas}
        self.card_title = {c.id: c.title for c in doc.cards}
        self._card_refs: dict[str, Ref] = {}  # made when first named: most cards never are
        self.card_stage = {c.id: c.stage for c in doc.cards}
        self.card_order = {c.id: i for i, c in enumerate(doc.cards)}
        sample = doc.cards[0] if doc.cards else None
        model_fields = getattr(Card if sample is None else type(sample), "model_fields", None)

        def known(name: str) -> bool:
            return hasattr(sample, name) if model_fields is None else name in model_fields

        #: the model knows evidence (format 2): else the evidence section is absent
        self.has_evidence = known("evidence")
        self.has_kind = known("kind")
        lane_inferred = {lane.id: kind_from_lane_name(lane.name) for lane in doc.lanes}
        #: every card's kind: its own (format 2) or its lane's, and the lanes used for it
        self.kind: dict[str, str | None] = {}
        self.inferred_lanes: dict[str, str] = {}
        for card in doc.cards:
            own = text_of(getattr(card, "kind", None)) if self.has_kind else None
            if own is None:
                own = lane_inferred.get(card.lane)
                if own is not None:
                    self.inferred_lanes.setdefault(card.lane, own)
            self.kind[card.id] = own

    def stage(self, stage_id: str) -> Ref:
        return self.stage_ref.get(stage_id) or Ref(stage_id, stage_id)

    def card(self, card_id: str) -> Ref:
        found = self._card_refs.get(card_id)
        if found is None:
            found = Ref(card_id, self.card_title.get(card_id, card_id))
            self._card_refs[card_id] = found
        return found

    def persona(self, persona_id: str | None) -> Ref | None:
        if persona_id is None:
            return None
        return self.persona_ref.get(persona_id) or Ref(persona_id, persona_id)

    def evidence_of(self, card: Any) -> list[Any]:
        return list(getattr(card, "evidence", None) or ()) if self.has_evidence else []


def evidence_source(item: Any) -> str | None:
    """The ``source`` of one evidence item (a model object or a plain dict)."""
    value = item.get("source") if isinstance(item, dict) else getattr(item, "source", None)
    return text_of(value)


def plain(value: Any) -> Any:
    """Dataclasses, tuples and dicts as JSON values (faster than `dataclasses.asdict`, which
    deep-copies every leaf: the insights of a 20,000-card map hold tens of thousands)."""
    kind = type(value)
    if kind is Ref:  # by far the most common: tens of thousands on a large map
        return {"id": value.id, "name": value.name}
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is tuple or kind is list:
        return [plain(v) for v in value]
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(value):
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}


def share(part: int, whole: int) -> float | None:
    """``part / whole`` rounded for reading, or None when there is nothing to divide."""
    return round(part / whole, 4) if whole else None
