"""Schema versions and the one registry of migration steps.

A step upgrades the raw JSON object of version N to version N+1. Loading a file of an
older version runs every step from its version to `SCHEMA_VERSION`, in order. Version 1
is the first published format, so the registry is empty today; the mechanism is tested
with steps registered by the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .document import SCHEMA_VERSION
from .errors import DocumentError, Problem, UnsupportedVersionError

Step = Callable[[dict[str, Any]], dict[str, Any]]

#: from-version → step that returns the document at from-version + 1
MIGRATIONS: dict[int, Step] = {}

#: the oldest version this program can still read
OLDEST_READABLE = 1


def migration(from_version: int) -> Callable[[Step], Step]:
    """Decorator registering the step that upgrades ``from_version`` to the next version."""

    def register(step: Step) -> Step:
        if from_version in MIGRATIONS:
            raise ValueError(f"a migration from version {from_version} is already registered")
        MIGRATIONS[from_version] = step
        return step

    return register


def migrate(data: dict[str, Any], current: int = SCHEMA_VERSION) -> dict[str, Any]:
    """Bring a raw document up to ``current``, or raise a `DocumentError` saying why not."""
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        shown = "missing" if "schema_version" not in data else f"{version!r}"
        raise DocumentError(
            Problem("$.schema_version", f"must be a whole number such as {current}, not {shown}")
        )
    if version > current:
        raise UnsupportedVersionError(
            Problem(
                "$.schema_version",
                f"this map was saved in format version {version}, newer than this program "
                f"reads (version {current}); update journeymapper to open it",
            )
        )
    if version < OLDEST_READABLE:
        raise UnsupportedVersionError(
            Problem(
                "$.schema_version",
                f"format version {version} does not exist; this program reads versions "
                f"{OLDEST_READABLE} to {current}",
            )
        )
    while version < current:
        step = MIGRATIONS.get(version)
        if step is None:
            raise UnsupportedVersionError(
                Problem(
                    "$.schema_version",
                    f"no migration from format version {version} to {version + 1}",
                )
            )
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data
