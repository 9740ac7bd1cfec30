"""Repair a document whose structure is sound but whose references are broken.

A file edited by hand or merged badly in git can refer to stages that are gone, repeat
ids, or put cards in an emotion lane. `repair` fixes what it can (keeping the user's
text wherever possible), drops what cannot stand, and lists every change it made. The
original data is never modified: the editor opens the result as a new, unsaved map.

The additions of format version 2 are dropped when they cannot stand, whatever is
wrong with them: a corrupt or oversized image, an image id that does not exist, an
evidence item or a comment with a bad field (an unknown source, a date that is not a
date); an unknown card kind becomes a note.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from .assets import MAX_TOTAL_ASSET_BYTES, asset_check, asset_problems, decoded_size
from .document import JourneyMap
from .errors import DocumentError, Problem
from .validation import (
    _LIST_PARTS,
    document_problems,
    reference_problems,
    structural_problems,
)

_LISTS = ("personas", "stages", "lanes", "cards", "emotions", "connections", "assets")
_CARD_LISTS = ("evidence", "comments")
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
    """A copy of ``data`` with misspelt field names fixed and the version-2 parts that
    cannot stand dropped, with what was changed; None when it is not a map."""
    if not isinstance(data, dict) or data.get("format") != "journeymapper":
        return None
    doc = copy.deepcopy(data)
    changes = _fix_field_names(doc)
    changes += _drop_unfit_parts(doc)
    return doc, changes


def can_repair(data: Any) -> bool:
    """True when a repair would give a valid map: types and values are all right, apart
    from misspelt field names and version-2 parts that can be dropped, and something needs
    repairing."""
    prepared = _prepared(data)
    if prepared is None:
        return False
    trial, changed = prepared
    if structural_problems(trial):
        return False
    return bool(changed or reference_problems(trial) or asset_problems(trial))


def _new_id(ident: str, taken: Any) -> str:
    """``ident-N``, shortened so that it stays within `MAX_ID` and unused."""
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = ident[: MAX_ID - len(suffix)] + suffix
        if not taken(candidate):
            return candidate
        n += 1


def _error_locs(data: dict[str, Any]) -> list[tuple[str | int, ...]]:
    try:
        JourneyMap.model_validate(data)
    except ValidationError as exc:
        return [tuple(e["loc"]) for e in exc.errors()]
    except RecursionError:
        return []
    return []


def _at(doc: dict[str, Any], key: str, i: int) -> dict[str, Any] | None:
    items = doc.get(key)
    if isinstance(items, list) and 0 <= i < len(items) and isinstance(items[i], dict):
        return items[i]
    return None


def _drop_unfit_parts(doc: dict[str, Any]) -> list[Problem]:
    """Drop (or reset) the version-2 parts with a structural problem; say what went."""
    changes: list[Problem] = []
    drop_items: dict[tuple[str, int, str], set[int]] = {}  # (list, i, field) → indexes
    drop_fields: set[tuple[str, int, str]] = set()
    drop_assets: set[int] = set()
    for loc in _error_locs(doc):
        match loc:
            case ("cards", int(i), "evidence" | "comments" as key, int(j), *_):
                drop_items.setdefault(("cards", i, key), set()).add(j)
            case ("personas", int(i), "goals" | "frustrations" as key, int(j), *_):
                drop_items.setdefault(("personas", i, key), set()).add(j)
            case ("cards", int(i), "evidence" | "comments" | "kind" | "image" as key):
                drop_fields.add(("cards", i, key))
            case ("personas", int(i), "goals" | "frustrations" | "photo" as key):
                drop_fields.add(("personas", i, key))
            case ("personas", int(i), "role" | "quote" as key):
                drop_fields.add(("personas", i, key))
            case ("brand", str(key), *_):
                drop_fields.add(("brand", 0, key))
            case ("brand",):
                drop_fields.add(("$", 0, "brand"))
            case ("assets", int(i), *_):
                drop_assets.add(i)
            case ("assets",):
                drop_fields.add(("$", 0, "assets"))
    for group, i, key in sorted(drop_items, key=str):
        part = _at(doc, group, i)
        items = part.get(key) if part is not None else None
        if part is None or not isinstance(items, list):
            continue
        what = {"evidence": "evidence item", "comments": "comment"}.get(key, key[:-1])
        for j in sorted(drop_items[(group, i, key)]):
            if j < len(items):
                changes.append(
                    Problem(
                        f"$.{group}[{i}].{key}[{j}]",
                        f"{what} removed from {_name(part)}: it is not valid",
                    )
                )
        part[key] = [x for j, x in enumerate(items) if j not in drop_items[(group, i, key)]]
    for group, i, key in sorted(drop_fields, key=str):
        if group == "$" and key == "brand":
            doc.pop("brand", None)
            changes.append(Problem("$.brand", "the brand was removed: its fields are not valid"))
            continue
        if group == "$":
            doc.pop("assets", None)
            changes.append(Problem("$.assets", "the images were removed: they were not a list"))
            continue
        part = doc.get("brand") if group == "brand" else _at(doc, group, i)
        if not isinstance(part, dict) or key not in part:
            continue
        del part[key]
        if group == "brand":
            what = "logo reference" if key == "logo" else key
            changes.append(
                Problem(f"$.brand.{key}", f"the brand's {what} was not valid and was removed")
            )
            continue
        why = {
            "kind": "its kind was not a known one; it is now a note",
            "image": "its image reference was not valid and was removed",
            "photo": "the photo reference was not valid and was removed",
        }.get(key, f"its {key} were not valid and were removed")
        if key in ("role", "quote"):
            why = f"its {key} was not text and was removed"
        changes.append(Problem(f"$.{group}[{i}].{key}", f"{_name(part)}: {why}"))
    if drop_assets and isinstance(doc.get("assets"), list):
        for i in sorted(drop_assets):
            item = doc["assets"][i]
            label = _name(item) if isinstance(item, dict) else f"number {i + 1}"
            changes.append(
                Problem(f"$.assets[{i}]", f"image {label} removed: its fields are not valid")
            )
        doc["assets"] = [a for i, a in enumerate(doc["assets"]) if i not in drop_assets]
    return changes


def _drop_bad_images(doc: dict[str, Any]) -> list[Problem]:
    """Drop images whose bytes cannot stand, then the references to missing images."""
    changes: list[Problem] = []
    kept: list[dict[str, Any]] = []
    total = 0
    for i, asset in enumerate(doc.get("assets", [])):
        wrong = asset_check(asset)
        size = decoded_size(asset["data"])
        if wrong is not None:
            changes.append(Problem(f"$.assets[{i}]", f"image {_name(asset)} removed: {wrong[1]}"))
        elif total + size > MAX_TOTAL_ASSET_BYTES:
            changes.append(
                Problem(
                    f"$.assets[{i}]",
                    f"image {_name(asset)} removed: the map's images would exceed "
                    f"{MAX_TOTAL_ASSET_BYTES // 1048576} MB",
                )
            )
        else:
            total += size
            kept.append(asset)
    if "assets" in doc:
        doc["assets"] = kept
    images = {a["id"] for a in kept}
    for key, field in (("cards", "image"), ("personas", "photo")):
        for i, part in enumerate(doc.get(key, [])):
            ref = part.get(field)
            if ref is not None and ref not in images:
                del part[field]
                changes.append(
                    Problem(
                        f"$.{key}[{i}].{field}",
                        f"{_name(part)}: image “{ref}” does not exist; the reference was removed",
                    )
                )
    brand = doc.get("brand")
    if isinstance(brand, dict) and brand.get("logo") is not None and brand["logo"] not in images:
        ref = brand.pop("logo")
        changes.append(
            Problem(
                "$.brand.logo",
                f"brand logo: image “{ref}” does not exist; the reference was removed",
            )
        )
    return changes


def _parts(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every part that has an id, with the JSON path of its list item."""
    for key in _LISTS:
        for i, item in enumerate(doc.get(key, [])):
            yield f"$.{key}[{i}]", item
    for i, card in enumerate(doc.get("cards", [])):
        for key in _CARD_LISTS:
            for j, item in enumerate(card.get(key, [])):
                yield f"$.cards[{i}].{key}[{j}]", item


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
    for path, item in list(_parts(doc)):
        ident = item["id"]
        if ident in used:
            item["id"] = _new_id(ident, lambda c: c in used or _id_exists(doc, c))
            changes.append(
                Problem(f"{path}.id", f"duplicate id “{ident}” renamed to “{item['id']}”")
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

    # 5. images: corrupt or too large ones go, and so do references to missing ones
    changes.extend(_drop_bad_images(doc))

    problems = document_problems(doc)
    if problems:  # pragma: no cover - every reference rule is handled above
        raise DocumentError(problems)
    return JourneyMap.model_validate(doc), changes


def _id_exists(doc: dict[str, Any], ident: str) -> bool:
    return any(item.get("id") == ident for _, item in _parts(doc))
