"""The priorities section (what the room voted for, pain points nobody answered) and the
evidence section (which claims rest on what)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Card
from .cancel import Check, checked, never
from .common import KINDS, SOURCES, Index, Ref, share, text_of

#: The top-voted list keeps the cards ranked this high or better (ties kept, so it may be longer).
TOP_VOTED = 10
#: Kinds of card whose claim should rest on evidence.
CLAIM_KINDS = ("pain_point", "opportunity", "moment_of_truth")


@dataclass(frozen=True)
class RankedCard:
    """``rank`` counts the cards with more votes, plus one: tied cards share a rank."""

    rank: int
    votes: int
    card: Ref
    stage: Ref
    kind: str


@dataclass(frozen=True)
class StagedCard:
    card: Ref
    stage: Ref
    kind: str


@dataclass(frozen=True)
class PrioritySection:
    voted_cards: int
    total_votes: int
    top_voted: tuple[RankedCard, ...]  # rank <= `top`, ties kept
    top: int
    pain_points_without_opportunity: tuple[StagedCard, ...]  # no opportunity in their stage
    opportunities: tuple[RankedCard, ...]  # every opportunity card, most votes first


@dataclass(frozen=True)
class Share:
    cards: int
    with_evidence: int
    share: float | None


@dataclass(frozen=True)
class EvidenceSection:
    cards: int
    with_evidence: int
    share: float | None
    by_kind: dict[str, Share]  # cards of each kind and how many have evidence
    by_source: dict[str, Share]  # cards citing at least one item of each source, of all cards
    unsupported: tuple[StagedCard, ...]  # pain points, opportunities, moments of truth


def _ranked(
    index: Index, cards: list[Card], up_to: int | None = None, check: Check = never
) -> tuple[RankedCard, ...]:
    """``cards`` most votes first; only those ranked ``up_to`` or better when given."""
    ordered = sorted(cards, key=lambda c: -c.votes)  # stable: document order within a tie
    out: list[RankedCard] = []
    for i, card in enumerate(checked(ordered, check)):
        rank = out[-1].rank if out and out[-1].votes == card.votes else i + 1
        if up_to is not None and rank > up_to:
            break
        out.append(
            RankedCard(
                rank, card.votes, index.card(card.id), index.stage(card.stage), index.kind[card.id]
            )
        )
    return tuple(out)


def _staged(index: Index, card: Card) -> StagedCard:
    return StagedCard(index.card(card.id), index.stage(card.stage), index.kind[card.id])


def priority_section(index: Index, check: Check = never) -> PrioritySection:
    doc = index.doc
    voted = [c for c in checked(doc.cards, check) if c.votes > 0]
    answered = {c.stage for c in checked(doc.cards, check) if index.kind[c.id] == "opportunity"}
    pain_points = [c for c in checked(doc.cards, check) if index.kind[c.id] == "pain_point"]
    opportunities = [c for c in checked(doc.cards, check) if index.kind[c.id] == "opportunity"]
    return PrioritySection(
        voted_cards=len(voted),
        total_votes=sum(c.votes for c in voted),
        top_voted=_ranked(index, voted, TOP_VOTED, check),
        top=TOP_VOTED,
        pain_points_without_opportunity=tuple(
            _staged(index, c)
            for c in checked(sorted(pain_points, key=lambda c: index.stage_order[c.stage]), check)
            if c.stage not in answered
        ),
        opportunities=_ranked(index, opportunities, check=check),
    )


def evidence_section(index: Index, check: Check = never) -> EvidenceSection:
    doc = index.doc
    kind_cards: Counter[str] = Counter()
    kind_backed: Counter[str] = Counter()
    source_cards: Counter[str] = Counter()
    backed = 0
    unsupported = []
    for card in checked(sorted(doc.cards, key=lambda c: index.stage_order[c.stage]), check):
        items = card.evidence
        kind = index.kind[card.id]
        kind_cards[kind] += 1
        if items:
            backed += 1
            kind_backed[kind] += 1
            source_cards.update({text_of(item.source) or "" for item in items})
        elif kind in CLAIM_KINDS:
            unsupported.append(_staged(index, card))
    kinds = [k for k in KINDS if k in kind_cards] + sorted(set(kind_cards) - set(KINDS))
    sources = list(SOURCES) + sorted(set(source_cards) - set(SOURCES))
    total = len(doc.cards)
    return EvidenceSection(
        cards=total,
        with_evidence=backed,
        share=share(backed, total),
        by_kind={
            k: Share(kind_cards[k], kind_backed[k], share(kind_backed[k], kind_cards[k]))
            for k in kinds
        },
        by_source={
            s: Share(total, source_cards[s], share(source_cards[s], total)) for s in sources
        },
        unsupported=tuple(unsupported),
    )
