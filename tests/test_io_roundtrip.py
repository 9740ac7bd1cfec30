"""Any valid document survives save → load unchanged, and saving is idempotent."""

from __future__ import annotations

import json
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.io import dumps, loads
from journeymapper.model import Channel, JourneyMap, Lane, Stage, check_document

MARKUP = [
    "<b>bold</b>",
    "&amp;",
    '"quoted"',
    "back\\slash",
    "line\nbreak\ttab",
    "😀👩‍💻🇮🇹",
    "</script>",
    "{{x}}",
    "\u200b",
    "\x00",
    "Fedeltà",
    "日本語",
    "مرحبا",
]

text = st.one_of(st.text(max_size=40), st.sampled_from(MARKUP))
name = st.one_of(st.text(min_size=1, max_size=40), st.sampled_from(MARKUP))
title = st.one_of(st.text(min_size=1, max_size=200), st.sampled_from(MARKUP))
colour = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
ident = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=1, max_size=12),
    st.text(min_size=1, max_size=20),
)
json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=20),
    st.floats(allow_nan=False, allow_infinity=False),
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def bounds(model: type[Any], field: str) -> tuple[float, float]:
    low, high = -1e9, 1e9
    for meta in model.model_json_schema()["properties"][field].get("anyOf", [{}]):
        low = meta.get("minimum", low) if "minimum" in meta else low
        high = meta.get("maximum", high) if "maximum" in meta else high
    return float(low), float(high)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def put(target: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        target[key] = value


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    n_personas = draw(st.integers(0, 3))
    n_stages = draw(st.integers(1, 5))
    lane_kinds = draw(
        st.lists(st.sampled_from(["cards", "touchpoints", "emotion"]), min_size=1, max_size=5)
    )
    n_cards = draw(st.integers(0, 8)) if any(k != "emotion" for k in lane_kinds) else 0
    n_emotions_max = 6
    n_connections_max = 5
    total = n_personas + n_stages + len(lane_kinds) + n_cards + n_emotions_max + n_connections_max
    ids = draw(st.lists(ident, min_size=total, max_size=total, unique=True))
    pool = iter(ids)

    data: dict[str, Any] = {"format": "journeymapper", "schema_version": 1, "title": draw(title)}
    put(data, "description", draw(maybe(text)))
    put(data, "locale", draw(maybe(st.sampled_from(["en", "it", "it-IT", "pt_BR", "deu"]))))

    def layout(field: str, model: type[Any]) -> dict[str, Any]:
        """Optional layout hints (column width, row height) when the model has them."""
        if field not in model.model_fields:
            return {}
        low, high = bounds(model, field)
        return {field: draw(maybe(st.floats(low, high, allow_nan=False)))}

    def part(**fields: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in fields.items():
            put(out, key, value)
        return out

    personas = [
        part(
            id=next(pool), name=draw(name), description=draw(maybe(text)), color=draw(maybe(colour))
        )
        for _ in range(n_personas)
    ]
    stages = [
        part(
            id=next(pool),
            name=draw(name),
            description=draw(maybe(text)),
            color=draw(maybe(colour)),
            **layout("width", Stage),
        )
        for _ in range(n_stages)
    ]
    lanes = [
        part(
            id=next(pool),
            name=draw(name),
            kind=kind,
            color=draw(maybe(colour)),
            **layout("height", Lane),
        )
        for kind in lane_kinds
    ]
    card_lanes = [lane["id"] for lane in lanes if lane["kind"] != "emotion"]
    emotion_lanes = [lane["id"] for lane in lanes if lane["kind"] == "emotion"]
    stage_ids = [s["id"] for s in stages]
    persona_ids = [p["id"] for p in personas]

    cards = []
    for _ in range(n_cards):
        cards.append(
            part(
                id=next(pool),
                stage=draw(st.sampled_from(stage_ids)),
                lane=draw(st.sampled_from(card_lanes)),
                title=draw(name),
                body=draw(maybe(text)),
                channel=draw(maybe(st.sampled_from([c.value for c in Channel]))),
                color=draw(maybe(colour)),
                tags=draw(maybe(st.lists(st.text(min_size=1, max_size=10), max_size=3))),
                votes=draw(maybe(st.integers(0, 10**12))),
            )
        )

    emotions = []
    if emotion_lanes:
        cells = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(emotion_lanes),
                    st.sampled_from(stage_ids),
                    st.sampled_from([None, *persona_ids]),
                ),
                unique=True,
                max_size=n_emotions_max,
            )
        )
        for lane, stage, persona in cells:
            emotions.append(
                part(
                    id=next(pool),
                    lane=lane,
                    stage=stage,
                    persona=persona,
                    score=draw(st.one_of(st.floats(-5, 5, allow_nan=False), st.integers(-5, 5))),
                    note=draw(maybe(text)),
                )
            )

    connections = []
    if len(cards) >= 2:
        card_ids = [c["id"] for c in cards]
        for _ in range(draw(st.integers(0, n_connections_max))):
            source, target = draw(
                st.lists(st.sampled_from(card_ids), min_size=2, max_size=2, unique=True)
            )
            connections.append(
                part(id=next(pool), source=source, target=target, label=draw(maybe(text)))
            )

    data["stages"] = stages
    data["lanes"] = lanes
    for key, value in (
        ("personas", personas),
        ("cards", cards),
        ("emotions", emotions),
        ("connections", connections),
    ):
        if value or draw(st.booleans()):
            data[key] = value
    put(
        data,
        "extensions",
        draw(maybe(st.dictionaries(st.text(max_size=10), json_value, max_size=4))),
    )
    doc = JourneyMap.model_validate(data)
    assert check_document(doc) == [], "the strategy must only make valid documents"
    return doc


ROUND_TRIP = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@ROUND_TRIP
@given(journey_maps())
def test_any_valid_document_round_trips_unchanged(doc: JourneyMap) -> None:
    data = dumps(doc)
    again = loads(data)
    assert again == doc
    assert again.model_dump(mode="json") == doc.model_dump(mode="json")


@ROUND_TRIP
@given(journey_maps())
def test_saving_is_idempotent_and_canonical(doc: JourneyMap) -> None:
    first = dumps(doc)
    assert dumps(loads(first)) == first
    text = first.decode("utf-8")
    assert text.endswith("}\n")
    assert list(json.loads(text))[:3] == ["format", "schema_version", "title"]
    # a BOM in front changes nothing
    assert loads(b"\xef\xbb\xbf" + first) == doc
