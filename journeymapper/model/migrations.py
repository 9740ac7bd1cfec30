"""Schema versions and the one registry of migration steps.

A step upgrades the raw JSON object of version N to version N+1. Loading a file of an
older version runs every step from its version to `SCHEMA_VERSION`, in order.

Version 1 → 2 adds card kinds, evidence, comments, images and persona profiles; the
step only has to infer a card's kind, and does so only where it is certain.
"""

from __future__ import annotations

import unicodedata
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


def _lane_name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


#: lane names (as the templates write them, any case) whose cards have a certain kind
LANE_NAME_KINDS: dict[str, str] = {
    _lane_name_key(name): kind
    for names, kind in (
        (("Pain points", "Criticità", "Frustrazioni"), "pain_point"),
        (("Opportunities", "Opportunità"), "opportunity"),
    )
    for name in names
}


def original_version(data: object) -> int | None:
    """The format version a raw document declares (None when it declares none)."""
    if not isinstance(data, dict):
        return None
    version = data.get("schema_version")
    return version if isinstance(version, int) and not isinstance(version, bool) else None


@migration(1)
def upgrade_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: cards in a "Pain points" or "Opportunities" lane get that kind.

    Everything else stays a note (the default, so nothing is written). Works on broken
    documents too: what it does not understand it leaves for validation to report.
    """
    lanes = doc.get("lanes")
    cards = doc.get("cards")
    if not isinstance(lanes, list) or not isinstance(cards, list):
        return doc
    kind_of_lane: dict[str, str] = {}
    for lane in lanes:
        if isinstance(lane, dict) and isinstance(lane.get("id"), str):
            name = lane.get("name")
            kind = LANE_NAME_KINDS.get(_lane_name_key(name)) if isinstance(name, str) else None
            if kind is not None and lane.get("kind") != "emotion":
                kind_of_lane.setdefault(lane["id"], kind)
    upgraded: list[Any] = []
    for card in cards:
        lane = card.get("lane") if isinstance(card, dict) else None
        if isinstance(lane, str) and lane in kind_of_lane and "kind" not in card:
            card = {**card, "kind": kind_of_lane[lane]}  # the caller's dict stays as it was
        upgraded.append(card)
    doc["cards"] = upgraded
    return doc
