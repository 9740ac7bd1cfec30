"""Readable text of differences, conflicts and whole maps (the command line's output).

`describe` gives one line per difference, grouped by kind (added, removed, changed, moved)
and in the map's order inside each group (stages left to right, lanes top to bottom, cards
of a cell top to bottom). `textconv` prints a map as stable text, one line per part, for
``git diff`` (``git config diff.journeymapper.textconv "journeymapper diff --textconv"``).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..i18n import tr
from ..model import JourneyMap
from ..quotes import quote
from .conflict import Conflict
from .diff import OPS, Change, MapDiff
from .parts import CELL_FIELDS, EXTENSIONS, dump, map_fields, noun, part_lists

MAX_SHOWN = 60
#: characters that would break a line or reorder or recolour the terminal's text
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json(value: Any) -> str:
    """JSON in one line, with the characters of `_CONTROL` escaped as \\uXXXX."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _escaped(text: str) -> str:
    """``text`` with the characters of `_CONTROL` written as JSON writes them (\\n, \\u001b)."""
    short = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
    return _CONTROL.sub(lambda m: short.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


def show(value: Any) -> str:
    """A value as it reads in one line: text between “ and ” (`quote`), anything else as
    JSON; long values cut with an ellipsis."""
    if value is None:
        return tr("compare", "(none)")
    if isinstance(value, str):
        text = _escaped(value)
        return quote(text if len(text) <= MAX_SHOWN - 2 else text[: MAX_SHOWN - 3] + "…")
    text = _json(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def plain(text: str) -> str:
    """A name as it can stand in one line: whitespace runs as one space, no control characters."""
    text = " ".join(text.split())
    text = _CONTROL.sub("\ufffd", text)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _op_word(op: str) -> str:
    return {
        "added": tr("compare", "added"),
        "removed": tr("compare", "removed"),
        "changed": tr("compare", "changed"),
        "moved": tr("compare", "moved"),
    }.get(op, op)


def _noun_word(part: str) -> str:
    return {
        "map": tr("compare", "map"),
        "persona": tr("compare", "persona"),
        "stage": tr("compare", "stage"),
        "lane": tr("compare", "lane"),
        "card": tr("compare", "card"),
        "emotion": tr("compare", "emotion point"),
        "connection": tr("compare", "connection"),
        "extensions": tr("compare", "extension"),
    }.get(part, part)


class _Names:
    """Looks parts up in the last map given first, then in the earlier ones."""

    def __init__(self, *docs: JourneyMap | dict[str, Any]) -> None:
        self.parts: dict[str, tuple[str, dict[str, Any]]] = {}
        self.rank: dict[str, int] = {}
        for doc in (d if isinstance(d, dict) else dump(d) for d in docs):
            for list_name in part_lists():
                for i, item in enumerate(doc.get(list_name) or []):
                    self.parts[item["id"]] = (list_name, item)
                    self.rank[item["id"]] = i

    def label(self, ident: str | None) -> str:
        if ident is None or ident not in self.parts:
            return repr(ident)
        list_name, item = self.parts[ident]
        if list_name == "connections":
            return f"{self.label(item.get('source'))} → {self.label(item.get('target'))}"
        for key in ("name", "title"):
            if isinstance(item.get(key), str) and item[key]:
                return show(item[key])
        if list_name == "emotions":
            return self.where(item)
        return repr(ident)

    def where(self, item: dict[str, Any] | None) -> str:
        """ "Stage / Lane" of a card or emotion point (empty for parts not in a cell)."""
        if not item or "stage" not in item or "lane" not in item:
            return ""
        stage, lane = self.parts.get(item["stage"]), self.parts.get(item["lane"])
        names = [
            plain(str(p[1].get("name") if p else ident))
            for p, ident in ((stage, item["stage"]), (lane, item["lane"]))
        ]
        text = f"{names[0]} / {names[1]}"
        persona = item.get("persona")
        if persona:
            text += " (" + tr("compare", "persona {0}").format(self.label(persona)) + ")"
        return text

    def sort_key(self, change: Change) -> tuple[Any, ...]:
        if change.part == "map":
            return (-1,)
        if change.part == EXTENSIONS:
            return (len(part_lists()), change.id or "")
        lists = [noun(x) for x in part_lists()]
        rank = lists.index(change.part) if change.part in lists else len(lists)
        item = self.parts.get(change.id or "", ("", {}))[1]
        place = [self.rank.get(x, -1) for x in (item.get("stage"), item.get("lane")) if x]
        position = change.position[1] if change.position and change.position[1] is not None else 0
        return (rank, *place, position, self.rank.get(change.id or "", 0))


def _ids(value: Any) -> list[str] | None:
    """The ids of a list of parts (a card's comments or evidence), else None."""
    if not isinstance(value, list):
        return None
    ids = [x.get("id") if isinstance(x, dict) else None for x in value]
    return ids if all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids) else None


def _field_text(name: str, old: Any, new: Any) -> str:
    """One changed field: ``old → new``; a list says what was added and removed, and a list of
    parts (format 2's comments, evidence) names each item that changed."""
    old_ids, new_ids = _ids(old or []), _ids(new or [])
    if old_ids is not None and new_ids is not None and (old_ids or new_ids):
        before = {x["id"]: x for x in old or []}
        after = {x["id"]: x for x in new or []}
        bits = [f"{name} + {show(after[i])}" for i in new_ids if i not in before]
        bits += [f"{name} − {show(before[i])}" for i in old_ids if i not in after]
        for i in new_ids:
            if i in before and before[i] != after[i]:
                keys = [*before[i], *(k for k in after[i] if k not in before[i])]
                bits += [
                    f"{name}[{plain(i)}].{k} {show(before[i].get(k))} → {show(after[i].get(k))}"
                    for k in keys
                    if before[i].get(k) != after[i].get(k)
                ]
        if [i for i in new_ids if i in before] != [i for i in old_ids if i in after]:
            bits.append(tr("compare", "{0} reordered").format(name))
        return "; ".join(bits)
    if isinstance(old, list) and isinstance(new, list):
        added = [x for x in new if x not in old]
        removed = [x for x in old if x not in new]
        if added or removed:
            return "; ".join(
                [f"{name} + {show(x)}" for x in added] + [f"{name} − {show(x)}" for x in removed]
            )
    return f"{name} {show(old)} → {show(new)}"


def _details(change: Change, names: _Names) -> str:
    if change.part == EXTENSIONS:
        old, new = change.fields.get("value", (None, None))
        if change.op != "changed":
            return show(new if change.op == "added" else old)
        return f"{show(old)} → {show(new)}"
    if change.op == "changed":
        text = "; ".join(_field_text(k, old, new) for k, (old, new) in change.fields.items())
        if change.delta is not None:
            text += f" ({change.delta:+g})"
        return text
    if change.op == "moved":
        if change.fields:
            old = {k: v[0] for k, v in change.fields.items()}
            new = {k: v[1] for k, v in change.fields.items()}
            item = names.parts.get(change.id or "", ("", {}))[1]
            return f"{names.where({**item, **old})} → {names.where({**item, **new})}"
        old_i, new_i = change.position or (None, None)
        text = tr("compare", "position {0} → {1}").format((old_i or 0) + 1, (new_i or 0) + 1)
        if change.after is None:
            return text + ", " + tr("compare", "now first")
        return text + ", " + tr("compare", "after {0}").format(names.label(change.after))
    return ""


def describe_each(
    changes: MapDiff, old: JourneyMap | dict[str, Any], new: JourneyMap | dict[str, Any]
) -> list[tuple[Change, str]]:
    """Each difference with its text without the kind word (``card "X" in Stage / Lane: …``),
    grouped by kind (added, removed, changed, moved) and in the map's order inside a group.
    The maps may be given as their JSON values (`parts.dump`)."""
    names = _Names(old, new)
    out: list[tuple[Change, str]] = []
    for op in OPS:
        group = sorted((c for c in changes.changes if c.op == op), key=names.sort_key)
        for change in group:
            head = _noun_word(change.part)
            if change.part == EXTENSIONS:
                head += f" {show(change.id)}"
            elif change.part != "map":
                head += f" {names.label(change.id)}"
                item = names.parts.get(change.id or "", ("", {}))[1]
                where = names.where(item)
                if where and change.part != "emotion" and not (op == "moved" and change.fields):
                    head += " " + tr("compare", "in {0}").format(where)
            details = _details(change, names)
            out.append((change, f"{head}: {details}" if details else head))
    return out


def describe(changes: MapDiff, old: JourneyMap, new: JourneyMap) -> list[str]:
    """One line per difference: what, where, old → new; grouped by kind, in the map's order."""
    width = max(len(_op_word(op)) for op in OPS)
    return [
        f"{_op_word(change.op):<{width}}  {text}"
        for change, text in describe_each(changes, old, new)
    ]


def op_word(op: str) -> str:
    """The translated word of a kind of change (added, removed, changed, moved)."""
    return _op_word(op)


def noun_word(part: str) -> str:
    """The translated word of a part (card, stage, emotion point…)."""
    return _noun_word(part)


def summary_line(changes: MapDiff) -> str:
    counts = changes.summary()
    if changes.equal:
        return tr("compare", "the maps are the same")
    parts = [f"{counts[op]} {_op_word(op)}" for op in OPS if counts[op]]
    return tr("compare", "{0} differences: {1}").format(counts["total"], ", ".join(parts))


def describe_conflict(conflict: Conflict, *docs: JourneyMap) -> str:
    """One line: the part, the field and the three values (base, ours, theirs)."""
    return tr("compare", "conflict") + f": {conflict_body(conflict, *docs)}"


def conflict_body(conflict: Conflict, *docs: JourneyMap) -> str:
    """`describe_conflict` without the leading "conflict:" (the editor's Conflicts list)."""
    names = _Names(*docs)
    what = _noun_word(conflict.part)
    if conflict.part == EXTENSIONS:
        what += f" {show(conflict.id)}"
    elif conflict.id is not None:
        what += f" {names.label(conflict.id)}"
    if conflict.field:
        what += f", {conflict.field}"
    values = " | ".join(
        f"{label} {show(value)}"
        for label, value in (
            (tr("compare", "base"), conflict.base),
            (tr("compare", "ours"), conflict.ours),
            (tr("compare", "theirs"), conflict.theirs),
        )
    )
    text = f"{what}: {values}"
    return text + (f" ({conflict.message})" if conflict.message else "")


# -- textconv -----------------------------------------------------------------------------


def _fields(item: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    return "  ".join(
        f"{k}={_json(v)}"
        for k, v in item.items()
        if k not in ("id", *skip) and v not in (None, [], {}, "")
    )


def textconv(doc: JourneyMap) -> str:
    """The map as stable, readable text: one line per part, cards grouped by cell."""
    data = doc.model_dump(mode="json", exclude_defaults=True)
    lines = ["map  " + _fields({k: data.get(k) for k in map_fields()})]
    stage_rank = {s["id"]: i for i, s in enumerate(data.get("stages") or [])}
    lane_rank = {x["id"]: i for i, x in enumerate(data.get("lanes") or [])}

    def place(item: dict[str, Any]) -> tuple[int, int]:
        return (stage_rank.get(item.get("stage"), -1), lane_rank.get(item.get("lane"), -1))

    for list_name in part_lists():
        items = list(data.get(list_name) or [])
        if items and "stage" in items[0] and "lane" in items[0]:
            items.sort(key=place)  # stable: the order inside a cell is kept
        for item in items:
            cell = [item.get(f) for f in CELL_FIELDS.get(list_name, ())]
            where = "/".join(str(x) for x in cell) if cell else ""
            head = f"{noun(list_name)} {item['id']}" + (f" [{where}]" if where else "")
            skip = tuple(f for f in ("stage", "lane") if where and f in item)
            lines.append(f"{head}  {_fields(item, skip)}".rstrip())
    for key, value in (data.get(EXTENSIONS) or {}).items():
        lines.append(f"extension {_json(key)}  {_json(value)}")
    return "\n".join(lines) + "\n"
