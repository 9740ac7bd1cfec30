"""What every section of the insights shares: references to parts and one index of the map.

A card's kind and evidence are the model's own (file format version 2): a version-1 file is
migrated on loading, which gives the cards of its "Pain points" and "Opportunities" lanes
their kind, so the analysis reads ``card.kind`` and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from ..model import CardKind, EvidenceSource, JourneyMap
from .cancel import Check, checked, never

#: The card kinds of the model, in its order.
KINDS = tuple(k.value for k in CardKind)
#: The evidence sources of the model, in its order.
SOURCES = tuple(s.value for s in EvidenceSource)


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

    def __init__(self, doc: JourneyMap, check: Check = never) -> None:
        self.doc = doc
        self.stage_order = {s.id: i for i, s in enumerate(doc.stages)}
        self.stage_ref = {s.id: Ref(s.id, s.name) for s in doc.stages}
        self.lane_ref = {lane.id: Ref(lane.id, lane.name) for lane in doc.lanes}
        self.lane_kind = {lane.id: text_of(lane.kind) for lane in doc.lanes}
        self.persona_ref = {p.id: Ref(p.id, p.name) for p in doc.personas}
        self.card_title = {c.id: c.title for c in checked(doc.cards, check)}
        self._card_refs: dict[str, Ref] = {}  # made when first named: most cards never are
        self.card_stage = {c.id: c.stage for c in checked(doc.cards, check)}
        self.card_order = {c.id: i for i, c in enumerate(checked(doc.cards, check))}
        #: every card's kind, as text (``"pain_point"``)
        self.kind: dict[str, str] = {
            c.id: text_of(c.kind) or "note" for c in checked(doc.cards, check)
        }

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
