"""Resolving the conflicts a merge recorded in a map (no widgets).

`journeymapper merge` keeps OURS for each conflict and records it under
``extensions["journeymapper.conflicts"]`` (see compare/merge.py). Here each record is turned
back into one edit: "use ours" drops the record; "use theirs" sets the part's field (or the
whole part, or the map's field, or the extension) to THEIRS's value and drops the record, as
one undo step. When the last record goes, the key goes too (and ``extensions`` when empty).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from ..compare.parts import CONFLICTS_KEY, EXTENSIONS, list_of
from ..i18n import tr
from ..model import DocumentError, JourneyMap
from ..model.validation import check_document
from .edits import Edit, EditRejected, Transaction, delete_parts, move_cards
from .ops import Op, Replace, SetField, apply_all, revert_all

Side = Literal["ours", "theirs"]
_NESTED = re.compile(r"^(?P<name>\w+)\[(?P<item>[^\]]+)\](?:\.(?P<sub>\w+))?$")


def recorded_conflicts(doc: JourneyMap) -> list[Any]:
    """The conflict records of a map (empty when there are none)."""
    records = (doc.extensions or {}).get(CONFLICTS_KEY)
    return list(records) if isinstance(records, list) else []


def theirs_known(record: Any) -> bool:
    """False when the record has no values to take (an unreadable or cut-down record)."""
    if not isinstance(record, dict) or not isinstance(record.get("part"), str):
        return False
    values = [record.get(k) for k in ("base", "ours", "theirs")]
    return any(v is not None for v in values)


def resolve(doc: JourneyMap, index: int, side: Side) -> Edit:
    """One undo step: keep ``side`` for conflict number ``index`` and drop its record."""
    records = recorded_conflicts(doc)
    if not 0 <= index < len(records):
        raise EditRejected(tr("conflicts", "That conflict is already resolved."))
    record = records[index]
    ext = dict(doc.extensions or {})
    rest = records[:index] + records[index + 1 :]
    ops: list[Op] = []
    if side == "theirs":
        if not theirs_known(record):
            raise EditRejected(tr("conflicts", "The merge did not record THEIRS's value here."))
        if record["part"] == EXTENSIONS:
            key = str(record.get("id"))
            if record.get("theirs") is None:
                ext.pop(key, None)
            else:
                ext[key] = record["theirs"]
        else:
            ops = _take_theirs(doc, record)
    if rest:
        ext[CONFLICTS_KEY] = rest
    else:
        ext.pop(CONFLICTS_KEY, None)
    ops.append(SetField(EXTENSIONS, doc.extensions, ext or None))
    _check(doc, ops)
    text = (
        tr("conflicts", "Resolve conflict: use theirs")
        if side == "theirs"
        else tr("conflicts", "Resolve conflict: use ours")
    )
    return Edit(text, ops, select=[record["id"]] if _is_part(doc, record) else [])


def _is_part(doc: JourneyMap, record: Any) -> bool:
    if not isinstance(record, dict) or record.get("part") in ("map", EXTENSIONS):
        return False
    list_name = list_of(str(record.get("part")))
    return bool(list_name) and any(p.id == record.get("id") for p in getattr(doc, list_name, []))


def _check(doc: JourneyMap, ops: list[Op]) -> None:
    """Refuse ops that would leave an invalid map (THEIRS's value no longer fits)."""
    apply_all(doc, ops)
    try:
        problems = check_document(doc)
    except (DocumentError, ValidationError, ValueError) as exc:
        problems = [str(exc)]  # type: ignore[list-item]
    finally:
        revert_all(doc, ops)
    if problems:
        first = problems[0]
        raise EditRejected(
            tr("conflicts", "THEIRS's value does not fit the map as it is now: {0}").format(
                getattr(first, "message", first)
            )
        )


def _take_theirs(doc: JourneyMap, record: dict[str, Any]) -> list[Op]:
    part, ident, name, theirs = (
        record["part"],
        record.get("id"),
        record.get("field"),
        record.get("theirs"),
    )
    if part == "map":
        if not isinstance(name, str) or name not in JourneyMap.model_fields:
            raise EditRejected(tr("conflicts", "The map has no field {0}.").format(name))
        return [SetField(name, getattr(doc, name), theirs)]
    list_name = list_of(part)
    if list_name is None:
        raise EditRejected(tr("conflicts", "Unknown part {0}.").format(part))
    items: list[BaseModel] = getattr(doc, list_name)
    current = next((p for p in items if p.id == ident), None)
    tx = Transaction(doc)
    try:
        if name is None:  # the whole part: deleted on one side
            if theirs is None:
                return delete_parts(doc, [ident]).ops if current is not None else []
            new = _validate(type(items[0]) if items else None, list_name, theirs)
            if current is None:
                tx.insert(list_name, len(items), new)  # type: ignore[arg-type]
            else:
                tx.do(Replace(list_name, items.index(current), current, new))  # type: ignore[arg-type]
            return tx.finish()
        if current is None:
            raise EditRejected(tr("conflicts", "'{0}' is not in this map any more.").format(ident))
        if name == "cell" and isinstance(theirs, dict):
            tx.replace(list_name, ident, **theirs)  # type: ignore[arg-type]
        elif name == "position" and isinstance(theirs, int):
            card = doc.card(ident)
            if card is None:
                raise EditRejected(tr("conflicts", "Only a card's place can be taken."))
            return move_cards(doc, [ident], card.stage, card.lane, theirs).ops
        elif (m := _NESTED.match(name)) is not None:
            values = [x.model_dump(mode="json") for x in getattr(current, m["name"])]
            at = next((i for i, x in enumerate(values) if x.get("id") == m["item"]), None)
            if m["sub"] is not None:
                if at is None:
                    raise EditRejected(
                        tr("conflicts", "'{0}' is not in this map any more.").format(m["item"])
                    )
                values[at][m["sub"]] = theirs
            elif theirs is None:
                values = [x for x in values if x.get("id") != m["item"]]
            elif at is None:
                values.append(theirs)
            else:
                values[at] = theirs
            tx.replace(list_name, ident, **{m["name"]: values})  # type: ignore[arg-type]
        else:
            tx.replace(list_name, ident, **{name: theirs})  # type: ignore[arg-type]
    except EditRejected:
        tx.finish()
        raise
    return tx.finish()


def _validate(cls: type[BaseModel] | None, list_name: str, value: Any) -> BaseModel:
    if cls is None:
        cls = JourneyMap.model_fields[list_name].annotation.__args__[0]  # type: ignore[union-attr]
    try:
        return cls.model_validate(value, strict=False)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise EditRejected(f"{where}: {err['msg']}") from None


__all__ = ["recorded_conflicts", "resolve", "theirs_known"]
