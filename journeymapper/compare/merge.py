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

from typing import Any

from ..model import JourneyMap, validate_document
from .conflict import Conflict, MergeResult
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
from .validity import make_valid


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
            kind = "edit" if base is not None else "add"
            conflicts.append(
                Conflict("map", None, name, kind, b.get(name), o.get(name), t.get(name))
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
    result = make_valid(result, b, o, t, conflicts)
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
                    "add" if bv is missing else "edit",
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
