"""The one registry of migration steps between schema versions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from journeymapper.io import loads
from journeymapper.model import DocumentError, UnsupportedVersionError, migrations
from journeymapper.model.migrations import migrate, migration


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[int, Any]:
    """An empty, private registry (the real one is restored afterwards)."""
    fresh: dict[int, Any] = {}
    monkeypatch.setattr(migrations, "MIGRATIONS", fresh)
    return fresh


def test_the_shipped_registry_has_no_step_for_version_one() -> None:
    # version 1 is the first published format: nothing to migrate yet
    assert 1 not in migrations.MIGRATIONS
    data = {"format": "journeymapper", "schema_version": 1, "title": "x"}
    assert migrate(dict(data)) == data


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
    doc = loads(json.dumps(old))
    assert doc.title == "An old map"
    assert doc.schema_version == 1
