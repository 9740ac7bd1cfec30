"""Three-way merge of journey maps by meaning (no Qt, no reportlab).

Rules, field by field of each part (matched by id):

- a change made on one side only is taken; the same change on both sides is taken once;
- different changes to the same field of the same part are a conflict: OURS is kept;
- a card moved on one side and edited on the other keeps both (its cell — stage and lane
  together — is one field, its other fields are others);
- a part deleted on one side and changed (or moved) on the other is a conflict: OURS is kept
  (deleted if OURS deleted it, OURS's version if THEIRS deleted it);
- a field holding a list of parts with ids (a card's comments or evidence in format 2) is
  merged item by item the same way; its conflicts name the field ``comments[<id>].text``;
- a part added on both sides with the same id but different content (both editors called
  their new card ``card-12``) is two parts: the one whose content sorts second — whichever
  side it comes from, so the merge stays symmetric — gets a fresh id (``card-12-2``), and the
  references to it on its side follow.

Order: OURS's order is kept. THEIRS's additions and THEIRS's moves (of parts OURS did not
move) go after their nearest preceding neighbour in THEIRS that is in the result (for cards:
in the same cell), or first when there is none. When both sides add at the same place,
OURS's parts come first. Both sides moving a part to different places is a conflict.

The result is always a valid map: when the merged changes together break a rule of the format
(a card added by one side in a stage the other deleted, two emotion points in one cell…), the
offending part is put back as OURS has it and that is recorded as a conflict too.

Conflicts are listed in the result and recorded in the merged map under
``extensions["journeymapper.conflicts"]``: a list of ``{"part", "id", "field", "kind",
"base", "ours", "theirs", "message"}`` where ``kind`` is "edit", "add", "delete",
"position" or "invalid", ``field`` is null for a whole part (and "cell" for a card's stage
and lane together), and the three values are JSON (null for a part that is absent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import JourneyMap, Problem, validate_document
from ..model.validation import document_problems
from .diff import diff_list
from .parts import (
    CELL_FIELDS,
    CONFLICTS_KEY,
    EXTENSIONS,
    by_id,
    canonical,
    cell_of,
    dump,
    map_fields,
    noun,
    order_rule,
    ordered_groups,
    part_lists,
    reference_fields,
    same,
)

#: Passes of putting offending parts back before giving up and keeping OURS whole.
MAX_REPAIR_PASSES = 2000
_PART_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\](?:\.(\w+))?")
_TOP_PATH = re.compile(r"^\$\.(\w+)")


@dataclass
class Conflict:
    part: str
    id: str | None
    field: str | None
    kind: str
    base: Any
    ours: Any
    theirs: Any
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "id": self.id,
            "field": self.field,
            "kind": self.kind,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "message": self.message,
        }


@dataclass
class MergeResult:
    doc: JourneyMap
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge(base: JourneyMap | None, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    """Join the changes OURS and THEIRS made to BASE into one valid map.

    Without a BASE (git passes an empty file when both branches added the map), parts with
    the same id are the same part, and every field the two sides fill differently is a
    conflict.
    """
    b = dump(base) if base is not None else {}
    o, t = dump(ours), dump(theirs)
    if base is not None:
        _separate_same_ids(b, o, t)
    conflicts: list[Conflict] = []
    result: dict[str, Any] = {}
    for name in map_fields():
        value, clash = _pick(b.get(name), o.get(name), t.get(name))
        result[name] = value
        if clash:
            conflicts.append(
                Conflict("map", None, name, "edit", b.get(name), o.get(name), t.get(name))
            )
    for list_name in part_lists():
        result[list_name] = _merge_list(
            list_name,
            b.get(list_name) or [],
            o.get(list_name) or [],
            t.get(list_name) or [],
            conflicts,
        )
    result[EXTENSIONS] = _merge_extensions(
        b.get(EXTENSIONS) or {}, o.get(EXTENSIONS) or {}, t.get(EXTENSIONS) or {}, conflicts
    )
    result = _make_valid(result, b, o, t, conflicts)
    if conflicts:
        ext = dict(result.get(EXTENSIONS) or {})
        earlier = ext.get(CONFLICTS_KEY)
        ext[CONFLICTS_KEY] = [
            *(earlier if isinstance(earlier, list) else []),
            *(c.to_json() for c in conflicts),
        ]
        result[EXTENSIONS] = ext
    doc = validate_document(result)
    if conflicts and not _readable(doc):
        # the recorded values nest too deeply for a file: keep only where the conflicts are
        ext = dict(result[EXTENSIONS])
        ext[CONFLICTS_KEY] = [
            {**c.to_json(), "base": None, "ours": None, "theirs": None} for c in conflicts
        ]
        result[EXTENSIONS] = ext
        doc = validate_document(result)
    return MergeResult(doc, conflicts)


def _readable(doc: JourneyMap) -> bool:
    """True when the saved bytes of ``doc`` load again (what `io.save` writes is readable)."""
    from ..io import dumps, loads
    from ..model import DocumentError

    try:
        loads(dumps(doc))
    except DocumentError:
        return False
    return True


def _separate_same_ids(b: dict[str, Any], o: dict[str, Any], t: dict[str, Any]) -> None:
    """Give a fresh id to one of two different parts both sides added under one id."""
    ours_parts, theirs_parts = _parts_by_id(o), _parts_by_id(t)
    used = set(_parts_by_id(b)) | set(ours_parts) | set(theirs_parts)
    for ident in sorted(set(ours_parts) & set(theirs_parts) - set(_parts_by_id(b))):
        (lo, po), (lt, pt) = ours_parts[ident], theirs_parts[ident]
        if lo == lt and same(po, pt):
            continue  # the same part added on both sides
        key_o, key_t = canonical([lo, po]), canonical([lt, pt])
        side = t if (key_t, 1) > (key_o, 0) else o
        n = 2
        while f"{ident}-{n}" in used:
            n += 1
        fresh = f"{ident}-{n}"
        used.add(fresh)
        _rename(side, ident, fresh)


def _parts_by_id(data: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {item["id"]: (name, item) for name in part_lists() for item in data.get(name) or []}


def _rename(data: dict[str, Any], old: str, new: str) -> None:
    """Rename a part and every reference to it inside one side's document."""
    for name in part_lists():
        refs = ("id", *reference_fields(name))
        data[name] = [
            {k: (new if k in refs and v == old else v) for k, v in item.items()}
            for item in data.get(name) or []
        ]


def _pick(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value of one field, and whether the two sides clash."""
    if same(ours, theirs) or same(theirs, base):
        return ours, False
    if same(ours, base):
        return theirs, False
    return ours, True


def _merge_extensions(
    b: dict[str, Any], o: dict[str, Any], t: dict[str, Any], conflicts: list[Conflict]
) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    keys = [*o, *(k for k in t if k not in o), *(k for k in b if k not in o and k not in t)]
    missing = object()
    for key in keys:
        if key == CONFLICTS_KEY:
            if key in o:
                out[key] = o[key]
            continue
        bv, ov, tv = b.get(key, missing), o.get(key, missing), t.get(key, missing)
        value, clash = _pick(bv, ov, tv)
        if clash:
            conflicts.append(
                Conflict(
                    EXTENSIONS,
                    key,
                    "value",
                    "edit",
                    *(None if v is missing else v for v in (bv, ov, tv)),
                )
            )
        if value is not missing:
            out[key] = value
    return out or None


def _merge_part(
    list_name: str,
    b: dict[str, Any] | None,
    o: dict[str, Any],
    t: dict[str, Any],
    conflicts: list[Conflict],
) -> dict[str, Any]:
    part = noun(list_name)
    kind = "edit" if b is not None else "add"
    b = b or {}
    cell = CELL_FIELDS.get(list_name, ())
    out = dict(o)
    for key in [*o, *(k for k in t if k not in o)]:
        if key == "id" or key in cell:
            continue
        bv, ov, tv = b.get(key), o.get(key), t.get(key)
        value, clash = _pick(bv, ov, tv)
        if clash and all(_is_part_list(v) for v in (bv, ov, tv)):
            # a list of parts inside a part (a card's comments or evidence): item by item
            nested: list[Conflict] = []
            out[key] = _merge_list(f"{list_name}.{key}", bv or [], ov or [], tv or [], nested)
            for c in nested:
                where = f"{key}[{c.id}]" + (f".{c.field}" if c.field else "")
                conflicts.append(
                    Conflict(part, o["id"], where, c.kind, c.base, c.ours, c.theirs, c.message)
                )
            continue
        out[key] = value
        if clash:
            conflicts.append(Conflict(part, o["id"], key, kind, bv, ov, tv))
    if cell:
        bc, oc, tc = ({f: x.get(f) for f in cell} if x else None for x in (b or None, o, t))
        value, clash = _pick(bc, oc, tc)
        out.update(value)
        if clash:
            conflicts.append(Conflict(part, o["id"], "cell", kind, bc, oc, tc))
    return out


def _is_part_list(value: Any) -> bool:
    """None, or a list of objects each with its own string ``id``."""
    if value is None:
        return True
    if not isinstance(value, list):
        return False
    ids = [item.get("id") if isinstance(item, dict) else None for item in value]
    return all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids)


def _merge_list(
    list_name: str,
    bl: list[dict[str, Any]],
    ol: list[dict[str, Any]],
    tl: list[dict[str, Any]],
    conflicts: list[Conflict],
) -> list[dict[str, Any]]:
    part = noun(list_name)
    bb, ob, tb = by_id(bl), by_id(ol), by_id(tl)
    moved_o = {c.id for c in diff_list(list_name, bl, ol) if c.op == "moved"}
    moved_t = {c.id for c in diff_list(list_name, bl, tl) if c.op == "moved"}
    merged: dict[str, dict[str, Any]] = {}
    for ident in [*ob, *(x for x in tb if x not in ob)]:  # gone from both: deleted
        bp, op, tp = bb.get(ident), ob.get(ident), tb.get(ident)
        if op is not None and tp is not None:
            merged[ident] = op if same(op, tp) else _merge_part(list_name, bp, op, tp, conflicts)
        elif bp is None:  # added on one side
            merged[ident] = op if op is not None else tp  # type: ignore[assignment]
        elif op is None:  # deleted by OURS
            if not same(bp, tp) or ident in moved_t:
                conflicts.append(
                    Conflict(
                        part,
                        ident,
                        None,
                        "delete",
                        bp,
                        None,
                        tp,
                        "deleted in ours, changed in theirs",
                    )
                )
        elif not same(bp, op) or ident in moved_o:  # deleted by THEIRS
            conflicts.append(
                Conflict(
                    part, ident, None, "delete", bp, op, None, "changed in ours, deleted in theirs"
                )
            )
            merged[ident] = op

    rule = order_rule(list_name)
    order = [x for x in ob if x in merged]
    if rule == "none":
        return [merged[x] for x in order] + [merged[x] for x in tb if x in merged and x not in ob]

    o_groups, t_groups = ordered_groups(list_name, ol), ordered_groups(list_name, tl)
    common = set(bb) & set(ob) & set(tb)
    reposition: set[str] = set()
    for ident in merged:
        if ident not in ob or cell_of(list_name, merged[ident]) != cell_of(list_name, ob[ident]):
            reposition.add(ident)
        elif ident in moved_t and ident in tb:
            if ident not in moved_o:
                reposition.add(ident)
            elif cell_of(list_name, ob[ident]) == cell_of(list_name, tb[ident]):
                before_o = _before(o_groups[cell_of(list_name, ob[ident])], ident, common)
                before_t = _before(t_groups[cell_of(list_name, tb[ident])], ident, common)
                if before_o != before_t:
                    conflicts.append(
                        Conflict(
                            part,
                            ident,
                            "position",
                            "position",
                            _index(ordered_groups(list_name, bl), list_name, bb[ident]),
                            _index(o_groups, list_name, ob[ident]),
                            _index(t_groups, list_name, tb[ident]),
                            "moved to different places",
                        )
                    )
    order = [x for x in order if x not in reposition]
    cells = {x: cell_of(list_name, item) for x, item in merged.items()}
    placed = set(order)
    for ident in tb:
        if ident not in reposition:
            continue
        cell = cells[ident]
        group = t_groups.get(cell_of(list_name, tb[ident]), [])
        k = group.index(ident)
        after = next(
            (p for p in reversed(group[:k]) if p in placed and cells[p] == cell),
            None,
        )
        if after is not None:
            at = order.index(after) + 1
        else:
            first = next((i for i, x in enumerate(order) if cells[x] == cell), None)
            at = first if first is not None else (0 if rule == "list" else len(order))
        # parts only OURS added at the same place (of the same cell) come first
        for j in range(at, len(order)):
            if cells[order[j]] != cell:
                continue
            if order[j] in tb:
                break
            at = j + 1
        order.insert(at, ident)
        placed.add(ident)
    return [merged[x] for x in order]


def _before(group: list[str], ident: str, common: set[str]) -> str | None:
    k = group.index(ident)
    return next((p for p in reversed(group[:k]) if p in common), None)


def _index(groups: dict[Any, list[str]], list_name: str, item: dict[str, Any]) -> int:
    return groups[cell_of(list_name, item)].index(item["id"])


# -- keeping the result valid ---------------------------------------------------------------


def _all_ids(data: dict[str, Any]) -> dict[str, str]:
    return {item["id"]: name for name in part_lists() for item in data.get(name) or []}


def _make_valid(
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
