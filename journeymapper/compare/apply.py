"""Applying the changes of a `MapDiff` to a map: ``apply(a, diff(a, b))`` is ``b`` by meaning.

This is what `journeymapper diff` reports turned back into edits; the editor's compare
view can use it to take over one change of the other map at a time.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model import DocumentError, JourneyMap, validate_document
from .diff import Change, MapDiff
from .parts import CELL_FIELDS, EXTENSIONS, cell_of, dump, list_of, order_rule


class ApplyError(ValueError):
    """The changes do not fit this map (a part they name is missing, or the result is invalid)."""


def apply(doc: JourneyMap, changes: MapDiff) -> JourneyMap:
    """A new map: ``doc`` with ``changes`` made (``doc`` itself is left alone)."""
    data = apply_values(dump(doc), changes)
    try:
        return validate_document(data)
    except DocumentError as exc:
        raise ApplyError(f"the changes give an invalid map: {exc.summary()}") from None


def apply_values(data: dict[str, Any], changes: MapDiff) -> dict[str, Any]:
    """`apply` on a document's JSON value (changed in place and returned)."""
    by_list: dict[str, list[Change]] = {}
    for change in changes.changes:
        if change.part == "map":
            for name, (_old, new) in change.fields.items():
                data[name] = copy.deepcopy(new)
        elif change.part == EXTENSIONS:
            _apply_extension(data, change)
        else:
            list_name = list_of(change.part)
            if list_name is None:
                raise ApplyError(f"unknown part {change.part!r}")
            by_list.setdefault(list_name, []).append(change)
    for list_name, list_changes in by_list.items():
        data[list_name] = _apply_list(list_name, data.get(list_name) or [], list_changes)
    return data


def _apply_extension(data: dict[str, Any], change: Change) -> None:
    ext = dict(data.get(EXTENSIONS) or {})
    key = change.id or ""
    if change.op == "removed":
        ext.pop(key, None)
    else:
        ext[key] = copy.deepcopy(change.fields["value"][1])
    data[EXTENSIONS] = ext or None


def _apply_list(list_name: str, items: list[dict[str, Any]], changes: list[Change]) -> list[Any]:
    items = [dict(item) for item in items]
    index = {item["id"]: item for item in items}

    def find(ident: str | None) -> dict[str, Any]:
        if ident not in index:
            raise ApplyError(f"{list_name}: there is no part {ident!r} to change")
        return index[ident]

    removed = set()
    placing: list[tuple[Change, dict[str, Any]]] = []
    for change in changes:
        if change.op == "removed":
            find(change.id)
            removed.add(change.id)
        elif change.op == "changed":
            item = find(change.id)
            for name, (_old, new) in change.fields.items():
                item[name] = copy.deepcopy(new)
        elif change.op == "moved":
            item = find(change.id)
            for name in CELL_FIELDS.get(list_name, ()):
                if name in change.fields:
                    item[name] = change.fields[name][1]
            placing.append((change, item))
        elif change.op == "added":
            if change.id in index:
                raise ApplyError(f"{list_name}: a part {change.id!r} is already there")
            if not isinstance(change.value, dict):
                raise ApplyError(f"{list_name}: the added part {change.id!r} has no value")
            placing.append((change, copy.deepcopy(change.value)))
    taken = removed | {c.id for c, _ in placing}
    order = [item for item in items if item["id"] not in taken]
    rule = order_rule(list_name)

    def new_index(entry: tuple[Change, dict[str, Any]]) -> int:
        position = entry[0].position
        return position[1] or 0 if position else 0

    for change, item in sorted(placing, key=new_index):
        if rule == "none":
            order.insert(min(new_index((change, item)), len(order)), item)
        elif change.after is not None:
            at = next((i for i, x in enumerate(order) if x["id"] == change.after), None)
            if at is None:
                raise ApplyError(f"{list_name}: there is no part {change.after!r} to follow")
            order.insert(at + 1, item)
        elif rule == "list":
            order.insert(0, item)
        else:
            cell = cell_of(list_name, item)
            at = next((i for i, x in enumerate(order) if cell_of(list_name, x) == cell), None)
            order.insert(len(order) if at is None else at, item)
    return order
