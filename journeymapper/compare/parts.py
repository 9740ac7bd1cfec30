"""What diff and merge need to know about the document model, found from the model itself.

Everything here is worked out from `JourneyMap.model_fields`, so a field or a list of parts
added to the format later is compared and merged without a change here. Only three things
are special: a part's identity (``id``), how the order of a list of parts is meant
(`ORDER_RULES`), and emotion scores (their delta is reported).
"""

from __future__ import annotations

import json
import types
from bisect import bisect_left
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ..model import JourneyMap
from ..model.document import Id

#: Key of ``extensions`` where a merge with conflicts records them (see merge.py).
CONFLICTS_KEY = "journeymapper.conflicts"

OrderRule = Literal["list", "cell", "none"]

#: How the order of a list of parts matters. "list": the order is the map's (stages left to
#: right, lanes top to bottom, personas); "cell": only the order inside one cell (the card's
#: `CELL_FIELDS`) matters; "none": the order in the file means nothing. Lists not named here
#: (added by later format versions) are "list".
ORDER_RULES: dict[str, OrderRule] = {"cards": "cell", "emotions": "none", "connections": "none"}
#: The fields that place a part of a "cell" list; changing them is a move, not an edit.
CELL_FIELDS: dict[str, tuple[str, ...]] = {"cards": ("stage", "lane")}
#: The singular used in output and in the JSON ``part`` of each change.
NOUNS = {
    "personas": "persona",
    "stages": "stage",
    "lanes": "lane",
    "cards": "card",
    "emotions": "emotion",
    "connections": "connection",
}
EXTENSIONS = "extensions"


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _part_class(annotation: Any) -> type[BaseModel] | None:
    tp = _strip_annotated(annotation)
    if get_origin(tp) is not list:
        return None
    args = get_args(tp)
    item = _strip_annotated(args[0]) if args else None
    if isinstance(item, type) and issubclass(item, BaseModel) and "id" in item.model_fields:
        return item
    return None


@cache
def part_lists() -> tuple[str, ...]:
    """The document's lists of parts with an id, in the model's (the map's) order."""
    return tuple(
        name
        for name, info in JourneyMap.model_fields.items()
        if _part_class(info.annotation) is not None
    )


@cache
def reference_fields(list_name: str) -> tuple[str, ...]:
    """Fields of a part that hold the id of another part (typed `Id`, one value, not ``id``)."""
    cls = _part_class(JourneyMap.model_fields[list_name].annotation)
    id_metadata = list(get_args(Id)[1:])
    out: list[str] = []
    for name, info in cls.model_fields.items() if cls else ():
        if name == "id":
            continue
        annotation = info.annotation
        single = annotation is str and list(info.metadata) == id_metadata
        optional = get_origin(annotation) in (Union, types.UnionType) and Id in get_args(annotation)
        if single or optional:
            out.append(name)
    return tuple(out)


@cache
def map_fields() -> tuple[str, ...]:
    """The document's own fields (title, description, locale…): neither parts nor extensions."""
    lists = set(part_lists())
    return tuple(n for n in JourneyMap.model_fields if n not in lists and n != EXTENSIONS)


def noun(list_name: str) -> str:
    return NOUNS.get(list_name) or list_name.removesuffix("s")


def list_of(part: str) -> str | None:
    """The list name of a part noun (``card`` → ``cards``); None for map/extensions."""
    return next((name for name in part_lists() if noun(name) == part), None)


def order_rule(list_name: str) -> OrderRule:
    return ORDER_RULES.get(list_name, "list")


def cell_of(list_name: str, part: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(part.get(f) for f in CELL_FIELDS.get(list_name, ()))


def dump(doc: JourneyMap) -> dict[str, Any]:
    """The document as plain JSON values, every field present (defaults included)."""
    return doc.model_dump(mode="json")


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def same(a: Any, b: Any) -> bool:
    """Equal as JSON values (``true`` is not ``1``, inside lists and objects too)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def canonical(value: Any) -> str:
    """A JSON value as one stable string (keys sorted)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=True, default=str)


def stable_ids(old_order: list[str], new_order: list[str]) -> set[str]:
    """The largest set of ids whose relative order is the same in both lists.

    Both lists hold the same ids; those left out are the ones reported as moved.
    (A longest increasing subsequence of old positions, taken in the new order.)
    """
    pos = {ident: i for i, ident in enumerate(old_order)}
    seq = [pos[ident] for ident in new_order]
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_at: list[int] = []  # index in seq of that tail
    back: list[int] = [-1] * len(seq)
    for i, value in enumerate(seq):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k] = value
            tail_at[k] = i
        back[i] = tail_at[k - 1] if k else -1
    keep: set[str] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(new_order[i])
        i = back[i]
    return keep


def ordered_groups(list_name: str, items: list[dict[str, Any]]) -> dict[Any, list[str]]:
    """Ids in the order that matters: one group for a "list", one per cell for "cell"."""
    groups: dict[Any, list[str]] = {}
    for item in items:
        groups.setdefault(cell_of(list_name, item), []).append(item["id"])
    return groups
