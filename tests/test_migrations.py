"""The one registry of migration steps between schema versions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from journeymapper.io import dumps, loads
from journeymapper.model import DocumentError, UnsupportedVersionError, migrations
from journeymapper.model.migrations import migrate, migration


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[int, Any]:
    """An empty, private registry (the real one is restored afterwards)."""
    fresh: dict[int, Any] = {}
    monkeypatch.setattr(migrations, "MIGRATIONS", fresh)
    return fresh


def test_the_shipped_registry_upgrades_version_one_to_two() -> None:
    assert sorted(migrations.MIGRATIONS) == [1]
    data = {"format": "journeymapper", "schema_version": 1, "title": "x"}
    assert migrate(dict(data)) == {**data, "schema_version": 2}


def test_steps_run_in_order_and_bump_the_version(registry: dict[int, Any]) -> None:
    calls: list[tuple[int, int]] = []

    def one_to_two(doc: dict[str, Any]) -> dict[str, Any]:
        calls.append((1, doc["schema_version"]))
        doc["title"] = doc.pop("name")
        return doc

    def two_to_three(doc: dict[str, Any]) -> dict[str, Any]:
        calls.append((2, doc["schema_version"]))
        doc["title"] = doc["title"].upper()
        return doc

    # registered out of order on purpose
    registry[2] = two_to_three
    registry[1] = one_to_two
    original = {"format": "journeymapper", "schema_version": 1, "name": "old map"}
    result = migrate(original, current=3)
    assert calls == [(1, 1), (2, 2)]
    assert result["schema_version"] == 3
    assert result["title"] == "OLD MAP"
    assert "name" not in result
    assert original["schema_version"] == 1, "the caller's dict must not be bumped in place"


def test_migrate_with_current_two_runs_the_registered_step(registry: dict[int, Any]) -> None:
    registry[1] = lambda doc: {**doc, "added": True}
    result = migrate({"schema_version": 1}, current=2)
    assert result == {"schema_version": 2, "added": True}


def test_a_missing_step_is_a_clear_error(registry: dict[int, Any]) -> None:
    registry[1] = lambda doc: doc
    with pytest.raises(UnsupportedVersionError) as info:
        migrate({"schema_version": 1}, current=3)
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert "from format version 2 to 3" in problem.message


def test_the_decorator_registers_once(registry: dict[int, Any]) -> None:
    @migration(1)
    def step(doc: dict[str, Any]) -> dict[str, Any]:
        return doc

    assert registry == {1: step}
    with pytest.raises(ValueError, match="already registered"):
        migration(1)(step)


def test_newer_version_names_both_versions(registry: dict[int, Any]) -> None:
    with pytest.raises(UnsupportedVersionError) as info:
        migrate({"schema_version": 5}, current=2)
    message = info.value.problems[0].message
    assert "version 5" in message and "version 2" in message


@pytest.mark.parametrize("value", ["1", None, True, 1.5])
def test_non_integer_versions(value: object) -> None:
    with pytest.raises(DocumentError) as info:
        migrate({"schema_version": value})
    assert info.value.problems[0].path == "$.schema_version"
    assert "whole number" in info.value.problems[0].message


def test_loading_an_old_file_goes_through_the_registry(
    registry: dict[int, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend version 0 existed and wrote 'name' instead of 'title'."""
    monkeypatch.setattr(migrations, "OLDEST_READABLE", 0)

    @migration(0)
    def zero_to_one(doc: dict[str, Any]) -> dict[str, Any]:
        doc["title"] = doc.pop("name")
        return doc

    old = {
        "format": "journeymapper",
        "schema_version": 0,
        "name": "An old map",
        "stages": [{"id": "s", "name": "S"}],
        "lanes": [{"id": "l", "name": "L", "kind": "cards"}],
    }
    registry[1] = migrations.upgrade_1_to_2
    doc = loads(json.dumps(old))
    assert doc.title == "An old map"
    assert doc.schema_version == 2


# -- version 1 → 2 ------------------------------------------------------------------------


def v1_map(lane_names: dict[str, str]) -> dict[str, Any]:
    """A version-1 map with one card in each lane (lane id → lane name)."""
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Old map",
        "stages": [{"id": "s", "name": "S"}],
        "lanes": [
            {"id": lane_id, "name": name, "kind": "cards"} for lane_id, name in lane_names.items()
        ],
        "cards": [
            {"id": f"c-{lane_id}", "stage": "s", "lane": lane_id, "title": "A card"}
            for lane_id in lane_names
        ],
    }


def test_version_one_cards_get_a_kind_only_where_it_is_certain() -> None:
    lanes = {
        "pain": "Pain points",
        "pain-shout": "  PAIN   POINTS ",
        "crit": "Criticità",
        "frus": "frustrazioni",
        "opp": "Opportunities",
        "opp-it": "OPPORTUNITÀ",
        "pains-of-x": "Pain points of the owner",
        "ideas": "Ideas",
        "actions": "Customer actions",
    }
    old = v1_map(lanes)
    before = json.dumps(old, sort_keys=True)
    doc = loads(json.dumps(old))
    kinds = {card.lane: card.kind.value for card in doc.cards}
    assert kinds == {
        "pain": "pain_point",
        "pain-shout": "pain_point",
        "crit": "pain_point",
        "frus": "pain_point",
        "opp": "opportunity",
        "opp-it": "opportunity",
        "pains-of-x": "note",
        "ideas": "note",
        "actions": "note",
    }
    migrate(old)
    assert json.dumps(old, sort_keys=True) == before, "the caller's data must stay as it was"


def test_an_emotion_lane_named_pain_points_gives_no_kind() -> None:
    old = v1_map({"pain": "Pain points"})
    old["lanes"].append({"id": "emo", "name": "Pain points", "kind": "emotion"})
    old["cards"].append({"id": "c-emo", "stage": "s", "lane": "emo", "title": "Misplaced"})
    upgraded = migrate(old)
    assert upgraded["cards"][0]["kind"] == "pain_point"
    assert "kind" not in upgraded["cards"][1]


@pytest.mark.parametrize(
    "broken",
    [
        {"lanes": "nope"},
        {"cards": [1, None, {"lane": 5}, {"lane": "pain"}]},
        {"lanes": [None, {"id": 3}, {"id": "pain", "name": 7}], "cards": [{"lane": "pain"}]},
    ],
)
def test_the_upgrade_leaves_broken_structure_to_validation(broken: dict[str, Any]) -> None:
    old = {**v1_map({"pain": "Pain points"}), **broken}
    upgraded = migrate(old)  # never raises on a broken document
    assert upgraded["schema_version"] == 2
    with pytest.raises(DocumentError):
        loads(json.dumps(old))


def test_loads_versioned_tells_an_upgraded_document() -> None:
    from journeymapper.io.load import loads_versioned

    old = v1_map({"opp": "Opportunities"})
    doc, version = loads_versioned(json.dumps(old).encode())
    assert version == 1 and doc.schema_version == 2
    again, version = loads_versioned(dumps(doc))
    assert version == 2 and again == doc


def test_a_version_one_object_validates_in_code_too() -> None:
    from journeymapper.model import JourneyMap, document_problems

    old = v1_map({"crit": "Criticità"})
    assert document_problems(old) == []
    doc = JourneyMap.model_validate(old)
    assert doc.schema_version == 2 and doc.cards[0].kind == "pain_point"


def test_upgraded_file_saves_as_version_two_and_small() -> None:
    old = v1_map({"pain": "Pain points", "act": "Actions"})
    text = dumps(loads(json.dumps(old))).decode()
    saved = json.loads(text)
    assert saved["schema_version"] == 2
    assert saved["cards"][0]["kind"] == "pain_point"
    assert "kind" not in saved["cards"][1], "the default kind is not written"
    for absent in ("assets", "evidence", "comments", "image"):
        assert f'"{absent}"' not in text
