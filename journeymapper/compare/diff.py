"""The difference between two journey maps, by meaning (no Qt, no reportlab).

Parts are matched by id. The comparison works on the documents' JSON values, so the
formatting, key order, whitespace or a BOM of the files never count. What counts as a
difference of order is set in `parts.ORDER_RULES`: the order of personas, stages and lanes;
the order of the cards inside one cell; not the order of emotion points or connections in
the file, nor of the cards of different cells relative to each other.

JSON shape of a `MapDiff` (``journeymapper diff --json``)::

    {"equal": bool,
     "changes": [{"op": "added" | "removed" | "changed" | "moved",
                  "part": "map" | "persona" | "stage" | "lane" | "card" | "emotion"
                          | "connection" | "extensions",
                  "id": str | null,               # null for the map itself
                  "fields": {name: [old, new]},   # changed: each changed field;
                                                  # moved card: "stage"/"lane" if its cell changed
                  "value": {...},                 # added / removed: the whole part
                  "position": [old, new],         # index (in the cell for cards); null
                                                  # for the side where the part is absent
                  "after": id | null,             # moved / added: the part before it (null: first)
                  "delta": number}],              # re-scored emotion point: new − old score
     "summary": {"added": n, "removed": n, "changed": n, "moved": n, "total": n,
                 "parts": {part: n}}}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import JourneyMap
from .parts import (
    CELL_FIELDS,
    EXTENSIONS,
    by_id,
    cell_of,
    dump,
    map_fields,
    noun,
    order_rule,
    ordered_groups,
    part_lists,
    same,
    stable_ids,
)

Op = Literal["added", "removed", "changed", "moved"]
OPS: tuple[Op, ...] = ("added", "removed", "changed", "moved")


@dataclass
class Change:
    """One difference. ``fields`` maps a field name to its (old, new) values."""

    op: Op
    part: str
    id: str | None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    value: dict[str, Any] | None = None
    position: tuple[int | None, int | None] | None = None
    after: str | None = None
    delta: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "op": self.op,
            "part": self.part,
            "id": self.id,
            "fields": {k: [old, new] for k, (old, new) in self.fields.items()},
        }
        if self.value is not None:
            out["value"] = self.value
        if self.position is not None:
            out["position"] = list(self.position)
        if self.op in ("added", "moved") and self.position is not None:
            out["after"] = self.after
        if self.delta is not None:
            out["delta"] = self.delta
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        position = data.get("position")
        return cls(
            op=data["op"],
            part=data["part"],
            id=data.get("id"),
            fields={k: (v[0], v[1]) for k, v in (data.get("fields") or {}).items()},
            value=data.get("value"),
            position=(position[0], position[1]) if position else None,
            after=data.get("after"),
            delta=data.get("delta"),
        )


@dataclass
class MapDiff:
    """Every difference between two maps, in the map's order (map, personas, stages, …)."""

    changes: list[Change] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.changes

    def summary(self) -> dict[str, Any]:
        counts: dict[str, Any] = {op: 0 for op in OPS}
        parts: dict[str, int] = {}
        for change in self.changes:
            counts[change.op] += 1
            parts[change.part] = parts.get(change.part, 0) + 1
        counts["total"] = len(self.changes)
        counts["parts"] = parts
        return counts

    def to_json(self) -> dict[str, Any]:
        return {
            "equal": self.equal,
            "changes": [c.to_json() for c in self.changes],
            "summary": self.summary(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MapDiff:
        return cls([Change.from_json(c) for c in data.get("changes", [])])


def diff(old: JourneyMap, new: JourneyMap) -> MapDiff:
    """What changed from ``old`` to ``new``, by meaning."""
    return diff_values(dump(old), dump(new))


def diff_values(a: dict[str, Any], b: dict[str, Any]) -> MapDiff:
    """`diff` of two documents given as JSON values (``JourneyMap.model_dump(mode="json")``)."""
    changes: list[Change] = []
    fields = {
        name: (a.get(name), b.get(name))
        for name in map_fields()
        if not same(a.get(name), b.get(name))
    }
    if fields:
        changes.append(Change("changed", "map", None, fields))
    for list_name in part_lists():
        changes.extend(diff_list(list_name, a.get(list_name) or [], b.get(list_name) or []))
    changes.extend(diff_extensions(a.get(EXTENSIONS) or {}, b.get(EXTENSIONS) or {}))
    return MapDiff(changes)


def _field_changes(list_name: str, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    skip = {"id", *CELL_FIELDS.get(list_name, ())}
    names = [*old, *(k for k in new if k not in old)]
    return {
        k: (old.get(k), new.get(k))
        for k in names
        if k not in skip and not same(old.get(k), new.get(k))
    }


def _delta(fields: dict[str, tuple[Any, Any]]) -> float | None:
    if "score" not in fields:
        return None
    old, new = fields["score"]
    if isinstance(old, int | float) and isinstance(new, int | float):
        delta = new - old
        return int(delta) if float(delta).is_integer() else round(delta, 6)
    return None


def diff_list(
    list_name: str, olds: list[dict[str, Any]], news: list[dict[str, Any]]
) -> list[Change]:
    """Changes of one list of parts: removed, added, changed and moved, in the new order."""
    part = noun(list_name)
    rule = order_rule(list_name)
    old_by, new_by = by_id(olds), by_id(news)
    changes: list[Change] = []
    for i, item in enumerate(olds):
        if item["id"] not in new_by:
            changes.append(Change("removed", part, item["id"], value=item, position=(i, None)))

    old_groups = ordered_groups(list_name, olds)
    new_groups = ordered_groups(list_name, news)
    moved: set[str] = set()
    if rule != "none":
        for cell, new_ids in new_groups.items():
            old_ids = old_groups.get(cell, [])
            old_set = set(old_ids)
            common_new = [x for x in new_ids if x in old_set]
            new_set = set(common_new)
            common_old = [x for x in old_ids if x in new_set]
            keep = stable_ids(common_old, common_new)
            moved.update(x for x in new_ids if x in old_by and x not in keep)

    def place(ident: str, item: dict[str, Any]) -> tuple[int, str | None]:
        ids = new_groups[cell_of(list_name, item)] if rule != "none" else [x["id"] for x in news]
        k = ids.index(ident)
        return k, (ids[k - 1] if k else None)

    def old_index(ident: str, item: dict[str, Any]) -> int:
        if rule == "none":
            return next(i for i, x in enumerate(olds) if x["id"] == ident)
        return old_groups[cell_of(list_name, item)].index(ident)

    for item in news:
        ident = item["id"]
        old = old_by.get(ident)
        if old is None:
            k, after = place(ident, item)
            changes.append(
                Change("added", part, ident, value=item, position=(None, k), after=after)
            )
            continue
        fields = _field_changes(list_name, old, item)
        if fields:
            changes.append(Change("changed", part, ident, fields, delta=_delta(fields)))
        if ident in moved:
            k, after = place(ident, item)
            cell_fields = {
                f: (old.get(f), item.get(f))
                for f in CELL_FIELDS.get(list_name, ())
                if not same(old.get(f), item.get(f))
            }
            changes.append(
                Change(
                    "moved",
                    part,
                    ident,
                    cell_fields,
                    position=(old_index(ident, old), k),
                    after=after,
                )
            )
    return changes


def diff_extensions(a: dict[str, Any], b: dict[str, Any]) -> list[Change]:
    """One change per key of ``extensions`` added, removed or changed."""
    changes: list[Change] = []
    for key, value in a.items():
        if key not in b:
            changes.append(Change("removed", EXTENSIONS, key, {"value": (value, None)}))
    for key, value in b.items():
        if key not in a:
            changes.append(Change("added", EXTENSIONS, key, {"value": (None, value)}))
        elif not same(a[key], value):
            changes.append(Change("changed", EXTENSIONS, key, {"value": (a[key], value)}))
    return changes
