"""A small hand-made map shared by the compare tests (a helper, not a test module)."""

from __future__ import annotations

from typing import Any

from journeymapper.model import JourneyMap


def base_data() -> dict[str, Any]:
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Coffee",
        "description": "As-is",
        "locale": "en",
        "personas": [{"id": "p1", "name": "Sam"}, {"id": "p2", "name": "Ada"}],
        "stages": [
            {"id": "s1", "name": "Aware"},
            {"id": "s2", "name": "Buy"},
            {"id": "s3", "name": "Use"},
        ],
        "lanes": [
            {"id": "l1", "name": "Actions", "kind": "cards"},
            {"id": "l2", "name": "Touch", "kind": "touchpoints"},
            {"id": "l3", "name": "Feelings", "kind": "emotion"},
        ],
        "cards": [
            {"id": "c1", "stage": "s1", "lane": "l1", "title": "Sees ad"},
            {"id": "c2", "stage": "s1", "lane": "l1", "title": "Asks friend"},
            {"id": "c3", "stage": "s1", "lane": "l1", "title": "Reads blog"},
            {"id": "c4", "stage": "s2", "lane": "l2", "title": "Web shop", "channel": "website"},
        ],
        "emotions": [
            {"id": "e1", "lane": "l3", "stage": "s1", "score": 1, "persona": "p1"},
            {"id": "e2", "lane": "l3", "stage": "s2", "score": -2, "persona": "p1"},
        ],
        "connections": [{"id": "k1", "source": "c1", "target": "c4", "label": "clicks"}],
    }


def doc(data: dict[str, Any]) -> JourneyMap:
    return JourneyMap.model_validate(data)
