"""The kinds of parts of a map, spelled once, and the palette's "new part" codes.

`PartKind` is what the canvas items, the inspector and the edits call a part; its
`list_name` is the document list the part lives in. `NewPart` is one palette entry
("stage", "lane:cards", "card", "card:pain_point", "touchpoint:email", "emotion"),
parsed in one place. `card_kind_name` and `source_name` are the interface names of card
kinds and evidence sources (used by the palette, the inspector and the history).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..i18n import tr
from ..model import CardKind, Channel, EvidenceSource, LaneKind
from .ops import ListName


class PartKind(StrEnum):
    """What a selected thing on the map is."""

    MAP = "map"
    PERSONA = "persona"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    EMOTION = "emotion"
    CONNECTION = "connection"

    @property
    def list_name(self) -> ListName:
        """The list of the document that holds parts of this kind (not for MAP)."""
        if self is PartKind.MAP:
            raise ValueError("the map is not in a list")
        return _LISTS[self]

    @classmethod
    def of(cls, name: PartKind | str) -> PartKind:
        """A kind from itself, its value ("card") or its list name ("cards")."""
        if isinstance(name, PartKind):
            return name
        for kind, list_name in _LISTS.items():
            if name == list_name:
                return kind
        return cls(name)


_LISTS: dict[PartKind, ListName] = {
    PartKind.PERSONA: "personas",
    PartKind.STAGE: "stages",
    PartKind.LANE: "lanes",
    PartKind.CARD: "cards",
    PartKind.EMOTION: "emotions",
    PartKind.CONNECTION: "connections",
}


@dataclass(frozen=True)
class NewPart:
    """A part to create, as the palette offers it."""

    kind: PartKind
    lane_kind: LaneKind | None = None  # for a LANE
    channel: Channel | None = None  # for a touchpoint CARD
    card_kind: CardKind | None = None  # for a CARD of a kind other than a plain note

    @property
    def code(self) -> str:
        """The palette's text code (the drag-and-drop payload)."""
        if self.kind is PartKind.LANE:
            return f"lane:{(self.lane_kind or LaneKind.CARDS).value}"
        if self.kind is PartKind.CARD and self.channel is not None:
            return f"touchpoint:{self.channel.value}"
        if self.kind is PartKind.CARD and self.card_kind not in (None, CardKind.NOTE):
            return f"card:{CardKind(self.card_kind).value}"
        return self.kind.value

    @classmethod
    def parse(cls, code: str) -> NewPart:
        """The entry of a palette code; ValueError for anything else."""
        head, _, tail = code.partition(":")
        if head == "lane":
            return cls(PartKind.LANE, lane_kind=LaneKind(tail or LaneKind.CARDS))
        if head == "touchpoint":
            return cls(PartKind.CARD, channel=Channel(tail or Channel.OTHER))
        if head == "card" and tail:
            return cls(PartKind.CARD, card_kind=CardKind(tail))
        if tail == "" and head in ("stage", "card", "emotion"):
            return cls(PartKind(head))
        raise ValueError(f"not a palette entry: {code!r}")


def card_kind_name(kind: CardKind | str) -> str:
    """The interface name of a card kind ("Pain point")."""
    names = {
        CardKind.NOTE: tr("kinds", "Note"),
        CardKind.PAIN_POINT: tr("kinds", "Pain point"),
        CardKind.OPPORTUNITY: tr("kinds", "Opportunity"),
        CardKind.MOMENT_OF_TRUTH: tr("kinds", "Moment of truth"),
        CardKind.IDEA: tr("kinds", "Idea"),
        CardKind.QUESTION: tr("kinds", "Question"),
        CardKind.QUOTE: tr("kinds", "Quote"),
        CardKind.METRIC: tr("kinds", "Metric"),
    }
    return names[CardKind(kind)]


def source_name(source: EvidenceSource | str) -> str:
    """The interface name of an evidence source ("First-party data")."""
    names = {
        EvidenceSource.FIRST_PARTY: tr("kinds", "First-party data"),
        EvidenceSource.SECOND_PARTY: tr("kinds", "Second-party data"),
        EvidenceSource.THIRD_PARTY: tr("kinds", "Third-party research"),
        EvidenceSource.OBSERVATION: tr("kinds", "Observation"),
        EvidenceSource.ASSUMPTION: tr("kinds", "Assumption"),
    }
    return names[EvidenceSource(source)]
