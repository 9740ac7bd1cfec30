"""Repair a document whose structure is sound but whose references are broken.

A file edited by hand or merged badly in git can refer to stages that are gone, repeat
ids, or put cards in an emotion lane. `repair` fixes what it can (keeping the user's
text wherever possible), drops what cannot stand, and lists every change it made. The
original data is never modified: the editor opens the result as a new, unsaved map.
"""

from __future__ import annotations

import copy
import difflib
from typing import Any

from .document import JourneyMap
from .errors import DocumentError, Problem
from .validation import (
    _LIST_PARTS,
    document_problems,
    reference_problems,
    structural_problems,
)

_LISTS = ("personas", "stages", "lanes", "cards", "emotions", "connections")
#: the longest id the format allows (`document.Id`)
MAX_ID = 200


def _fix_field_names(doc: dict[str, Any]) -> list[Problem]:
    """Rename misspelt field names (``titel`` → ``title``) in place, when the right field
    is absent and the spelling is close to exactly one known field."""
    changes: list[Problem] = []

    def fix(item: dict[str, Any], known: list[str], path: str) -> None:
        for key in list(item):
            if key in known or not isinstance(key, str):
                continue
            hint = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
            if hint and hint[0] not in item:
                item[hint[0]] = item.pop(key)
                changes.append(
                    Problem(f"{path}.{hint[0]}", f"field “{key}” renamed to “{hint[0]}”")
                )

    fix(doc, list(JourneyMap.model_fields), "$")
    for key, cls in _LIST_PARTS.items():
        items = doc.get(key)
        if isinstance(items, list):
            for i, item in enumerate(items):
                if isinstance(item, dict):
                    fix(item, list(cls.model_fields), f"$.{key}[{i}]")
    return changes


def _prepared(data: Any) -> tuple[dict[str, Any], list[Problem]] | None:
    """A copy of ``data`` with its field names fixed, or None when it is not a map."""
    if not isinstance(data, dict) or data.get("format") != "journeymapper":
        return None
    doc = copy.deepcopy(data)
    return doc, _fix_field_names(doc)


def can_repair(data: Any) -> bool:
    """True when only reference rules and misspelt field names are broken (types and
    values are all right)."""
    prepared = _prepared(data)
    if prepared is None:
        return False
    doc, renamed = prepared
    return not structural_problems(doc) and (bool(renamed) or bool(reference_problems(doc)))


def _new_id(ident: str, taken: Any) -> str:
    """``ident-N``, shortened so that it stays within `MAX_ID` and unused."""
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = ident[: MAX_ID - len(suffix)] + suffix
        if not taken(candidate):
            return candidate
        n += 1


def _name(item: dict[str, Any]) -> str:
    for key in ("title", "name", "label"):
        if isinstance(item.get(key), str) and item[key]:
            text = " ".join(item[key].split())
            return f"“{text[:40]}{'…' if len(text) > 40 else ''}”"
    return f"“{item.get('id', '?')}”"


def repair(data: dict[str, Any]) -> tuple[JourneyMap, list[Problem]]:
    """A valid `JourneyMap` made from ``data``, and the changes made (path and what)."""
    if not can_repair(data):
        problems = document_problems(data)
        raise DocumentError(problems or [Problem("$", "nothing to repair")])
    prepared = _prepared(data)
    assert prepared is not None  # can_repair said yes
    doc, changes = prepared

    # 1. duplicate ids: the first keeps its id, the others get a new one
    used: set[str] = set()
    for key in _LISTS:
        for i, item in enumerate(doc.get(key, [])):
            ident = item["id"]
            if ident in used:
                item["id"] = _new_id(ident, lambda c: c in used or _id_exists(doc, c))
                changes.append(
                    Problem(f"$.{key}[{i}].id", f"duplicate id “{ident}” renamed to “{item['id']}”")
                )
            used.add(item["id"])

    stages = [s["id"] for s in doc["stages"]]
    lanes = {lane["id"]: lane["kind"] for lane in doc["lanes"]}
    card_lanes = [lid for lid, kind in lanes.items() if kind != "emotion"]
    emotion_lanes = [lid for lid, kind in lanes.items() if kind == "emotion"]
    personas = {p["id"] for p in doc.get("personas", [])}

    # 2. cards: keep them, in a cell that exists, when there is one
    kept_cards = []
    for i, card in enumerate(doc.get("cards", [])):
        path = f"$.cards[{i}]"
        if card["stage"] not in stages:
            card["stage"] = stages[0]
            changes.append(
                Problem(
                    path, f"card {_name(card)} moved to the first stage: its stage does not exist"
                )
            )
        if card["lane"] not in lanes or lanes[card["lane"]] == "emotion":
            if not card_lanes:
                changes.append(
                    Problem(
                        path, f"card {_name(card)} removed: the map has no card or touchpoint lane"
                    )
                )
                continue
            why = "does not exist" if card["lane"] not in lanes else "is an emotion lane"
            card["lane"] = card_lanes[0]
            changes.append(
                Problem(path, f"card {_name(card)} moved to the first card lane: its lane {why}")
            )
        kept_cards.append(card)
    doc["cards"] = kept_cards
    card_ids = {c["id"] for c in kept_cards}

    # 3. emotion points: one per (lane, stage, persona), in an emotion lane
    kept_points = []
    seen: set[tuple[str, str, str | None]] = set()
    for i, point in enumerate(doc.get("emotions", [])):
        path = f"$.emotions[{i}]"
        if point["stage"] not in stages:
            changes.append(Problem(path, "emotion point removed: its stage does not exist"))
            continue
        if point["lane"] not in lanes or lanes[point["lane"]] != "emotion":
            if not emotion_lanes:
                changes.append(Problem(path, "emotion point removed: the map has no emotion lane"))
                continue
            point["lane"] = emotion_lanes[0]
            changes.append(Problem(path, "emotion point moved to the first emotion lane"))
        if point.get("persona") is not None and point["persona"] not in personas:
            changes.append(
                Problem(
                    path,
                    f"persona “{point['persona']}” does not exist: the "
                    "point now belongs to no persona",
                )
            )
            point["persona"] = None
        key = (point["lane"], point["stage"], point.get("persona"))
        if key in seen:
            changes.append(
                Problem(
                    path,
                    "emotion point removed: that stage already has a point for the same persona",
                )
            )
            continue
        seen.add(key)
        kept_points.append(point)
    doc["emotions"] = kept_points

    # 4. connections between two existing, different cards
    kept_links = []
    for i, conn in enumerate(doc.get("connections", [])):
        path = f"$.connections[{i}]"
        if conn["source"] == conn["target"]:
            changes.append(Problem(path, "connection removed: it linked a card to itself"))
        elif conn["source"] not in card_ids or conn["target"] not in card_ids:
            changes.append(Problem(path, "connection removed: one of its cards does not exist"))
        else:
            kept_links.append(conn)
    doc["connections"] = kept_links

    problems = document_problems(doc)
    if problems:  # pragma: no cover - every reference rule is handled above
        raise DocumentError(problems)
    return JourneyMap.model_validate(doc), changes


def _id_exists(doc: dict[str, Any], ident: str) -> bool:
    return any(item.get("id") == ident for key in _LISTS for item in doc.get(key, []))
