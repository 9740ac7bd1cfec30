"""The reference pass of validation: ids and cross references, on plain JSON dicts.

Kept free of pydantic so that a check that needs no document classes (``journeymapper
validate`` of a valid file, see `fastcheck`) can run it; `validation` merges its problems
with the structural ones.
"""

from __future__ import annotations

from typing import Any

from .errors import Problem

#: the lists of parts a map holds, in the order their ids are checked
LIST_KEYS = ("personas", "stages", "lanes", "cards", "emotions", "connections", "assets")
#: the lists of parts nested in a card
CARD_KEYS = ("evidence", "comments")

_SINGULAR = {
    "personas": "persona",
    "stages": "stage",
    "lanes": "lane",
    "cards": "card",
    "emotions": "emotion point",
    "connections": "connection",
    "assets": "image",
}


def _quote(value: str, limit: int = 60) -> str:
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    # Control characters would garble a terminal line or a dialog: show them escaped.
    text = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
    return f'"{text}"'


def json_type(value: object) -> str:
    """The JSON name of a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _items(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _ref(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) and value else None


def reference_problems(data: Any) -> list[Problem]:
    """Problems of ids and cross references; works on partly broken documents too."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    first_use: dict[str, str] = {}
    ids: dict[str, set[str]] = {key: set() for key in LIST_KEYS}
    for key in LIST_KEYS:
        for i, item in _items(data, key):
            ident = _ref(item, "id")
            if ident is None:
                continue
            path = f"$.{key}[{i}].id"
            ids[key].add(ident)  # a duplicate still exists: references to it resolve
            if ident in first_use:
                problems.append(
                    Problem(
                        path, f"duplicate id {_quote(ident)} (already used at {first_use[ident]})"
                    )
                )
                continue
            first_use[ident] = path
    # evidence and comments share the one namespace of ids
    for i, card in _items(data, "cards"):
        for key in CARD_KEYS:
            if key not in card:
                continue
            for j, item in _items(card, key):
                ident = _ref(item, "id")
                if ident is None:
                    continue
                path = f"$.cards[{i}].{key}[{j}].id"
                if ident in first_use:
                    problems.append(
                        Problem(
                            path,
                            f"duplicate id {_quote(ident)} (already used at {first_use[ident]})",
                        )
                    )
                    continue
                first_use[ident] = path

    lane_kind = {
        _ref(item, "id"): item.get("kind") for _, item in _items(data, "lanes") if _ref(item, "id")
    }

    def must_exist(path: str, group: str, ident: str | None) -> bool:
        if ident is None:
            return False
        if ident not in ids[group]:
            problems.append(
                Problem(path, f"refers to {_SINGULAR[group]} {_quote(ident)}, which does not exist")
            )
            return False
        return True

    for i, card in _items(data, "cards"):
        must_exist(f"$.cards[{i}].stage", "stages", _ref(card, "stage"))
        lane = _ref(card, "lane")
        if must_exist(f"$.cards[{i}].lane", "lanes", lane) and lane_kind.get(lane) == "emotion":
            problems.append(
                Problem(
                    f"$.cards[{i}].lane",
                    f"lane {_quote(lane or '')} is an emotion lane; cards belong in "
                    "card or touchpoint lanes",
                )
            )
        if card.get("image") is not None:
            must_exist(f"$.cards[{i}].image", "assets", _ref(card, "image"))

    for i, persona in _items(data, "personas"):
        if persona.get("photo") is not None:
            must_exist(f"$.personas[{i}].photo", "assets", _ref(persona, "photo"))

    brand = data.get("brand")
    if isinstance(brand, dict) and brand.get("logo") is not None:
        must_exist("$.brand.logo", "assets", _ref(brand, "logo"))

    seen_points: dict[tuple[str | None, str | None, str | None], int] = {}
    for i, point in _items(data, "emotions"):
        lane = _ref(point, "lane")
        stage = _ref(point, "stage")
        persona = _ref(point, "persona")
        if must_exist(f"$.emotions[{i}].lane", "lanes", lane) and lane_kind.get(lane) != "emotion":
            problems.append(
                Problem(
                    f"$.emotions[{i}].lane",
                    f"lane {_quote(lane or '')} is not an emotion lane; emotion points "
                    'belong in a lane of kind "emotion"',
                )
            )
        must_exist(f"$.emotions[{i}].stage", "stages", stage)
        if "persona" in point and point["persona"] is not None:
            must_exist(f"$.emotions[{i}].persona", "personas", persona)
        key = (lane, stage, persona)
        if lane and stage:
            if key in seen_points:
                who = f" for persona {_quote(persona)}" if persona else ""
                problems.append(
                    Problem(
                        f"$.emotions[{i}]",
                        f"a second emotion point{who} in stage {_quote(stage)} of lane "
                        f"{_quote(lane)} (the first is $.emotions[{seen_points[key]}]); "
                        "only one is allowed",
                    )
                )
            else:
                seen_points[key] = i

    for i, conn in _items(data, "connections"):
        source = _ref(conn, "source")
        target = _ref(conn, "target")
        must_exist(f"$.connections[{i}].source", "cards", source)
        must_exist(f"$.connections[{i}].target", "cards", target)
        if source is not None and source == target:
            problems.append(
                Problem(f"$.connections[{i}]", "a connection cannot link a card to itself")
            )
    return problems
