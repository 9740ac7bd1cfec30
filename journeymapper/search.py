"""Finding cards: text search and the filter bar's criteria (Qt-free).

Search looks at a card's title, body, tags, comments and evidence (title and reference),
ignoring case and accents ("cafe" finds "Café", "CAFÉ" finds "café"). The text of every card is
folded once into a `SearchIndex`; typing a letter then only scans the folded strings.

A `CardFilter` narrows the map by tag, channel, card kind, persona and "has votes"; criteria
combine with AND. Cards carry no persona in the format, so a persona criterion keeps the cards
tagged with that persona's name (or id) and the emotion points of that persona.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from journeymapper.model.document import Card, JourneyMap

__all__ = ["CardFilter", "SearchIndex", "fold", "matching_points"]

_SEP = "\x1f"  # between a card's fields, so that a query never matches across two of them


def fold(text: str) -> str:
    """``text`` without case and accents, for comparing: "Café Ñandú" → "cafe nandu"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def card_text(card: Card) -> str:
    """Everything search looks at in a card, folded, fields apart."""
    parts: list[str] = [card.title, card.body or "", *card.tags]
    parts.extend(c.text for c in card.comments)
    for ev in card.evidence:
        parts.append(ev.title)
        if ev.reference:
            parts.append(ev.reference)
    return fold(_SEP.join(parts))


@dataclass
class SearchIndex:
    """The folded text of every card of one document, in document order."""

    ids: list[str]
    texts: list[str]

    @classmethod
    def build(cls, doc: JourneyMap) -> SearchIndex:
        return cls([c.id for c in doc.cards], [card_text(c) for c in doc.cards])

    def search(self, query: str, among: Iterable[str] | None = None) -> list[str]:
        """Ids of the cards whose text holds ``query`` (folded; blank query: no card), in
        document order; ``among`` limits them to those ids (e.g. what the filter keeps)."""
        needle = fold(query.strip())
        if not needle:
            return []
        allowed = None if among is None else set(among)
        return [
            cid
            for cid, text in zip(self.ids, self.texts, strict=True)
            if needle in text and (allowed is None or cid in allowed)
        ]


@dataclass
class CardFilter:
    """The filter bar's criteria; an empty field does not filter. All given criteria hold."""

    tags: frozenset[str] = field(default_factory=frozenset)  # any of these tags
    channels: frozenset[str] = field(default_factory=frozenset)  # any of these channels
    kinds: frozenset[str] = field(default_factory=frozenset)  # any of these card kinds
    persona: str | None = None  # a persona id
    has_votes: bool = False

    @property
    def active(self) -> bool:
        return bool(self.tags or self.channels or self.kinds or self.persona or self.has_votes)

    def card_matches(self, card: Card, persona_keys: frozenset[str] = frozenset()) -> bool:
        if self.has_votes and card.votes <= 0:
            return False
        if self.kinds and str(card.kind) not in self.kinds:
            return False
        if self.channels and (card.channel is None or str(card.channel) not in self.channels):
            return False
        if self.tags:
            wanted = {fold(t) for t in self.tags}
            if not any(fold(t) in wanted for t in card.tags):
                return False
        return self.persona is None or any(fold(t) in persona_keys for t in card.tags)

    def matching_cards(self, doc: JourneyMap) -> list[str]:
        """Ids of the cards this filter keeps, in document order (all when inactive)."""
        if not self.active:
            return [c.id for c in doc.cards]
        keys = self._persona_keys(doc)
        return [c.id for c in doc.cards if self.card_matches(c, keys)]

    def _persona_keys(self, doc: JourneyMap) -> frozenset[str]:
        if self.persona is None:
            return frozenset()
        keys = {fold(self.persona)}
        for p in doc.personas:
            if p.id == self.persona:
                keys.add(fold(p.name))
        return frozenset(keys)


def matching_points(doc: JourneyMap, flt: CardFilter) -> list[str]:
    """Ids of the emotion points a filter keeps: with a persona criterion, that persona's
    points; otherwise all of them (the other criteria are about cards)."""
    if flt.persona is None:
        return [p.id for p in doc.emotions]
    return [p.id for p in doc.emotions if p.persona == flt.persona]


def tags_in(doc: JourneyMap) -> list[str]:
    """Every tag used on the map, once, sorted without case and accents."""
    seen: dict[str, str] = {}
    for card in doc.cards:
        for t in card.tags:
            seen.setdefault(fold(t), t)
    return [seen[k] for k in sorted(seen)]
