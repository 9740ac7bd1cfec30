"""The document model used in code: construction, look-ups and invariant checks."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymapper.model import (
    FORMAT_NAME,
    ONLINE_CHANNELS,
    SCHEMA_VERSION,
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
    check_document,
)


def small_map() -> JourneyMap:
    return JourneyMap.new(
        "Test map",
        stages=[Stage(id="s1", name="One"), Stage(id="s2", name="Two")],
        lanes=[
            Lane(id="l1", name="Actions", kind=LaneKind.CARDS),
            Lane(id="l2", name="Feelings", kind=LaneKind.EMOTION),
        ],
        cards=[
            Card(id="card-1", stage="s1", lane="l1", title="A"),
            Card(id="card-2", stage="s1", lane="l1", title="B"),
            Card(id="card-4", stage="s2", lane="l1", title="C"),
        ],
        emotions=[EmotionPoint(id="e1", lane="l2", stage="s1", score=2)],
    )


def test_new_sets_format_and_version() -> None:
    doc = small_map()
    assert doc.format == FORMAT_NAME == "journeymapper"
    assert doc.schema_version == SCHEMA_VERSION == 2
    assert check_document(doc) == []


def test_lookups() -> None:
    doc = small_map()
    assert doc.stage("s2") is doc.stages[1]
    assert doc.lane("l2") is doc.lanes[1]
    assert doc.card("card-4") is doc.cards[2]
    assert doc.emotion("e1") is doc.emotions[0]
    assert doc.stage("nope") is None and doc.card("s1") is None and doc.persona("x") is None
    assert doc.connection("x") is None


def test_cards_in_a_cell_keep_array_order() -> None:
    doc = small_map()
    assert [c.id for c in doc.cards_in("s1", "l1")] == ["card-1", "card-2"]
    assert [c.id for c in doc.cards_in("s2", "l1")] == ["card-4"]
    assert doc.cards_in("s2", "l2") == []


def test_ids_share_one_namespace_and_new_id_avoids_all_of_them() -> None:
    doc = small_map()
    assert doc.all_ids() == {"s1", "s2", "l1", "l2", "card-1", "card-2", "card-4", "e1"}
    assert doc.new_id("card") == "card-3"
    assert doc.new_id("s") == "s-1"
    assert doc.new_id("card") not in doc.all_ids()


def test_check_document_finds_broken_invariants_made_in_code() -> None:
    doc = small_map()
    doc.cards.append(Card(id="card-9", stage="s9", lane="l2", title="Bad"))
    problems = check_document(doc)
    paths = {p.path for p in problems}
    assert paths == {"$.cards[3].stage", "$.cards[3].lane"}
    assert any("emotion lane" in p.message for p in problems)


def test_the_model_is_strict_in_code_too() -> None:
    with pytest.raises(ValidationError):
        Card(id="c", stage="s", lane="l", title="t", votes="3")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Card(id="c", stage="s", lane="l", title="t", titel="x")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        EmotionPoint(id="e", lane="l", stage="s", score=float("nan"))


def test_channel_vocabulary_is_the_documented_one() -> None:
    assert {c.value for c in Channel} == {
        "website",
        "email",
        "newsletter",
        "social",
        "ads",
        "search",
        "reviews",
        "word_of_mouth",
        "phone",
        "chat",
        "app",
        "store",
        "event",
        "other",
    }
    assert Channel.WEBSITE in ONLINE_CHANNELS and Channel.STORE not in ONLINE_CHANNELS
    assert {k.value for k in LaneKind} == {"cards", "touchpoints", "emotion"}
