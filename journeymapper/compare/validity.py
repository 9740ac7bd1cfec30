"""Keeping a merged map valid: offending parts are put back as OURS has them."""

from __future__ import annotations

import re
from typing import Any

from ..model import Problem
from ..model.validation import document_problems
from .conflict import Conflict
from .parts import by_id, noun, part_lists, same

#: Passes of putting offending parts back before giving up and keeping OURS whole.
MAX_REPAIR_PASSES = 2000
_PART_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\](?:\.(\w+))?")
_TOP_PATH = re.compile(r"^\$\.(\w+)")


def _all_ids(data: dict[str, Any]) -> dict[str, str]:
    return {item["id"]: name for name in part_lists() for item in data.get(name) or []}


def make_valid(
    result: dict[str, Any],
    b: dict[str, Any],
    o: dict[str, Any],
    t: dict[str, Any],
    conflicts: list[Conflict],
) -> dict[str, Any]:
    """Put offending parts back as OURS has them until the merged map is valid."""
    for _ in range(MAX_REPAIR_PASSES):
        problems = document_problems(result)
        if not problems:
            return result
        if not _repair_one(result, problems[0], b, o, t, conflicts):
            break
    # OURS is valid: keep it whole, and record every change of THEIRS as unmerged
    conflicts.append(
        Conflict(
            "map",
            None,
            None,
            "invalid",
            None,
            None,
            None,
            "the changes could not be joined into a valid map; ours is kept whole",
        )
    )
    return dict(o)


def _repair_one(
    result: dict[str, Any],
    problem: Problem,
    b: dict[str, Any],
    o: dict[str, Any],
    t: dict[str, Any],
    conflicts: list[Conflict],
) -> bool:
    match = _PART_PATH.match(problem.path)
    if match is None or match.group(1) not in part_lists():
        top = _TOP_PATH.match(problem.path)
        name = top.group(1) if top else None
        if name is None or name not in o or same(result.get(name), o[name]):
            return False
        conflicts.append(
            Conflict(
                "map", None, name, "invalid", b.get(name), o[name], t.get(name), problem.message
            )
        )
        result[name] = o[name]
        return True
    list_name, index = match.group(1), int(match.group(2))
    items: list[dict[str, Any]] = result[list_name]
    if index >= len(items):
        return False
    item = items[index]
    ident = item.get("id")
    ours = by_id(o.get(list_name) or []).get(ident)
    base = by_id(b.get(list_name) or []).get(ident)
    theirs = by_id(t.get(list_name) or []).get(ident)
    part = noun(list_name)
    if ours is None or not same(item, ours):
        # THEIRS's change of this part breaks the map: keep OURS's version (or none)
        conflicts.append(
            Conflict(part, ident, match.group(3), "invalid", base, ours, theirs, problem.message)
        )
        if ours is None:
            del items[index]
        else:
            items[index] = ours
        return True
    # OURS's part is fine in OURS: it refers to something THEIRS removed (bring it back) or
    # changed (put it back as OURS has it); else another part of its list is to blame
    present = _all_ids(result)
    ours_ids = _all_ids(o)
    for key, value in item.items():
        if key == "id" or not isinstance(value, str) or value not in ours_ids:
            continue
        if value not in present:
            _restore(result, ours_ids[value], value, b, o, t, conflicts, problem.message)
            return True
        if _revert(result, present[value], value, b, o, t, conflicts, problem.message):
            return True
    return any(
        _revert(result, list_name, other["id"], b, o, t, conflicts, problem.message)
        for other in list(items)
    )


def _revert(
    result: dict[str, Any],
    list_name: str,
    ident: str,
    b: dict[str, Any],
    o: dict[str, Any],
    t: dict[str, Any],
    conflicts: list[Conflict],
    message: str,
) -> bool:
    """Put one part back as OURS has it (or drop it if OURS has none); False if it already is."""
    items: list[dict[str, Any]] = result[list_name]
    k = next(i for i, x in enumerate(items) if x["id"] == ident)
    ours = by_id(o.get(list_name) or []).get(ident)
    if ours is not None and same(items[k], ours):
        return False
    conflicts.append(
        Conflict(
            noun(list_name),
            ident,
            None,
            "invalid",
            by_id(b.get(list_name) or []).get(ident),
            ours,
            by_id(t.get(list_name) or []).get(ident),
            message,
        )
    )
    if ours is None:
        del items[k]
    else:
        items[k] = ours
    return True


def _restore(
    result: dict[str, Any],
    list_name: str,
    ident: str,
    b: dict[str, Any],
    o: dict[str, Any],
    t: dict[str, Any],
    conflicts: list[Conflict],
    message: str,
) -> None:
    ours_list = o.get(list_name) or []
    ours = by_id(ours_list)[ident]
    conflicts.append(
        Conflict(
            noun(list_name),
            ident,
            None,
            "invalid",
            by_id(b.get(list_name) or []).get(ident),
            ours,
            by_id(t.get(list_name) or []).get(ident),
            f"deleted in theirs but still used in ours ({message})",
        )
    )
    items: list[dict[str, Any]] = result.setdefault(list_name, [])
    k = next(i for i, x in enumerate(ours_list) if x["id"] == ident)
    present = [x["id"] for x in items]
    after = next((x["id"] for x in reversed(ours_list[:k]) if x["id"] in present), None)
    items.insert(present.index(after) + 1 if after is not None else 0, ours)
