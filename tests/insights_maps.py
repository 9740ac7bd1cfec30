"""Small hand-made maps for the insights tests, where the right answer is obvious.

The maps are real documents of the current format (version 2), validated by the model: a
card's ``kind`` and ``evidence`` are the model's own.
"""

from __future__ import annotations

from typing import Any

from journeymapper.model import SCHEMA_VERSION, JourneyMap, validate_document

STAGES = [("s-1", "Aware"), ("s-2", "Consider"), ("s-3", "Buy")]
LANES = [
    ("l-tp", "Touchpoints", "touchpoints"),
    ("l-act", "Actions", "cards"),
    ("l-em", "Emotions", "emotion"),
    ("l-pain", "Pain points", "cards"),
    ("l-opp", "Opportunities", "cards"),
]


def card(
    card_id: str,
    stage: str = "s-1",
    lane: str = "l-tp",
    votes: int = 0,
    channel: str | None = None,
    title: str | None = None,
    kind: str | None = None,
    evidence: list[str] | None = None,
) -> dict[str, Any]:
    """One card; ``evidence`` as the sources of its items (``["first_party", ...]``)."""
    out: dict[str, Any] = {
        "id": card_id,
        "stage": stage,
        "lane": lane,
        "title": title or f"Card {card_id}",
        "votes": votes,
    }
    if channel is not None:
        out["channel"] = channel
    if kind is not None:
        out["kind"] = kind
    if evidence:
        out["evidence"] = [
            {"id": f"ev-{card_id}-{n}", "source": source, "title": f"Source {n}"}
            for n, source in enumerate(evidence)
        ]
    return out


def journey(
    cards: list[dict[str, Any]] | None = None,
    arrows: list[tuple[str, str]] | None = None,
    emotions: list[tuple[str, float, str | None]] | None = None,
    personas: list[tuple[str, str]] | None = None,
    stages: list[tuple[str, str]] | None = None,
    lanes: list[tuple[str, str, str]] | None = None,
) -> JourneyMap:
    """A valid map: ``arrows`` as (source, target), ``emotions`` as (stage, score, persona)."""
    data = {
        "format": "journeymapper",
        "schema_version": SCHEMA_VERSION,
        "title": "Hand-made",
        "personas": [{"id": i, "name": n} for i, n in personas or []],
        "stages": [{"id": i, "name": n} for i, n in stages or STAGES],
        "lanes": [{"id": i, "name": n, "kind": k} for i, n, k in lanes or LANES],
        "cards": cards or [],
        "emotions": [
            {"id": f"e-{n}", "lane": "l-em", "stage": s, "score": v, "persona": p}
            for n, (s, v, p) in enumerate(emotions or [])
        ],
        "connections": [{"id": f"x-{a}-{b}", "source": a, "target": b} for a, b in arrows or []],
    }
    return validate_document(data, "hand-made")


def ids(refs: Any) -> list[str]:
    """The ids of a sequence of `Ref` (or of objects with a ``card`` Ref)."""
    return [getattr(r, "card", r).id for r in refs]
