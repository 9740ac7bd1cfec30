"""Turn a parsed JSON value into a `JourneyMap`, reporting every problem with its JSON path.

Two passes run on the same input and their problems are merged, so a user fixing a
file sees everything at once:

1. the structural pass (pydantic): types, required and unknown fields, ranges, patterns;
2. the reference pass (plain dict walking, tolerant of broken structure): duplicate ids,
   references to missing parts, cards in emotion lanes, emotion points outside emotion
   lanes, repeated emotion points, self-connections.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from .assets import asset_problems
from .document import (
    FORMAT_NAME,
    Asset,
    Card,
    CardKind,
    Channel,
    Comment,
    Connection,
    EmotionPoint,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)
from .errors import DocumentError, Problem
from .references import _SINGULAR, _quote, json_type, reference_problems

# The part classes by the name of the list that holds them (for "did you mean" hints).
_LIST_PARTS: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "stages": Stage,
    "lanes": Lane,
    "cards": Card,
    "emotions": EmotionPoint,
    "connections": Connection,
    "assets": Asset,
}

# The parts nested in a card, by the name of their list.
_CARD_PARTS: dict[str, type[BaseModel]] = {"evidence": Evidence, "comments": Comment}


def json_path(loc: Iterable[str | int]) -> str:
    """``("cards", 2, "stage")`` → ``$.cards[2].stage``."""
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += "[" + _quote(part) + "]"
    return out


def _show(value: object) -> str:
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 30 else text[:29] + "…"
    return json_type(value)


def _owner_class(loc: Sequence[str | int]) -> type[BaseModel]:
    """The model class that holds the field at ``loc`` (for unknown-field hints)."""
    owner: type[BaseModel] = JourneyMap
    for key, index in zip(loc[:-1:2], loc[1:-1:2], strict=False):
        if not (isinstance(key, str) and isinstance(index, int)):
            break
        if owner is JourneyMap:
            owner = _LIST_PARTS.get(key, JourneyMap)
        elif owner is Card and key in _CARD_PARTS:
            owner = _CARD_PARTS[key]
        else:
            break
    return owner


def _field_name(loc: Sequence[str | int]) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}


def _message(err: dict[str, Any]) -> str:
    kind: str = err["type"]
    loc: tuple[str | int, ...] = tuple(err["loc"])
    value = err.get("input")
    ctx = err.get("ctx") or {}
    field = _field_name(loc)

    if kind == "missing":
        return f"required field '{field}' is missing"
    if kind == "extra_forbidden":
        known = list(_owner_class(loc).model_fields)
        hint = difflib.get_close_matches(field, known, n=1)
        text = f"unknown field '{_quote(field)[1:-1]}'"
        if hint:
            return text + f" (did you mean '{hint[0]}'?)"
        return text + "; allowed fields are " + ", ".join(known)
    if kind == "float_type" and isinstance(value, int) and not isinstance(value, bool):
        if field == "score":
            return "score is out of range: it must be between -5 and +5"
        return f"'{field}' is too large a number"
    if kind in _TYPE_WORDS:
        return f"must be {_TYPE_WORDS[kind]}, not {json_type(value)}"
    if kind == "string_too_short":
        return f"'{field}' must not be empty"
    if kind == "string_too_long":
        return f"'{field}' is too long ({len(value)} characters; at most {ctx.get('max_length')})"
    if kind == "string_pattern_mismatch":
        if field == "color":
            return f"{_show(value)} is not a colour: write it as #RRGGBB, for example #1f77b4"
        if field == "locale":
            return f'{_show(value)} is not a language code such as "en" or "it-IT"'
        return f"{_show(value)} is not in the expected form"
    if kind == "enum":
        allowed = ctx.get("expected", "")
        if field == "channel":
            allowed = ", ".join(c.value for c in Channel)
            return f"{_show(value)} is not a known channel; use one of: {allowed}"
        if field == "kind" and loc[:1] == ("cards",):
            allowed = ", ".join(k.value for k in CardKind)
            return f"{_show(value)} is not a card kind; use one of: {allowed}"
        if field == "kind":
            allowed = ", ".join(k.value for k in LaneKind)
            return f"{_show(value)} is not a lane kind; use one of: {allowed}"
        if field == "source":
            allowed = ", ".join(s.value for s in EvidenceSource)
            return f"{_show(value)} is not a kind of source; use one of: {allowed}"
        return f"{_show(value)} is not allowed; use one of: {allowed}"
    if kind == "literal_error":
        if field == "format":
            return (
                f"this is not a journeymapper document: 'format' must be \"{FORMAT_NAME}\", "
                f"found {_show(value)}"
            )
        if field == "media_type":
            return (
                f"{_show(value)} is not an image type a map can embed; use image/png or image/jpeg"
            )
        return f"{_show(value)} is not allowed here; expected {ctx.get('expected')}"
    if kind in ("iso_date", "iso_datetime"):
        return f"{_show(value)} is {err.get('msg', 'not a date')}"
    if kind == "finite_number":
        return f"'{field}' must be a finite number (NaN and infinity are not allowed)"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        if field == "score":
            return f"score {_show(value)} is out of range: it must be between -5 and +5"
        if field == "votes":
            return f"votes must be 0 or more, not {_show(value)}"
        return f"{_show(value)} is out of range ({err.get('msg', '')})"
    if kind == "too_short":
        name = _SINGULAR.get(field, "item")
        return f"a map needs at least one {name}; '{field}' is empty"
    return err.get("msg", kind)


def structural_problems(data: Any) -> list[Problem]:
    """Problems of types, fields and ranges (the pydantic pass)."""
    return _structural(data)[1]


def _structural(data: Any) -> tuple[JourneyMap | None, list[Problem]]:
    # the document too, when it stands: validating a big map twice took a tenth of opening it
    try:
        return JourneyMap.model_validate(data), []
    except ValidationError as exc:
        return None, [Problem(json_path(e["loc"]), _message(e)) for e in exc.errors()]
    except RecursionError:
        return None, [Problem("$", "the document is nested too deeply to read")]


def document_problems(data: Any) -> list[Problem]:
    """Every problem of a parsed JSON value, structural and referential, in path order."""
    return _checked(data)[1]


def _checked(data: Any) -> tuple[JourneyMap | None, list[Problem]]:
    """`document_problems`, and the document when the structural pass built one."""
    if not isinstance(data, dict):
        return None, [Problem("$", f"a journey map must be a JSON object, not {json_type(data)}")]
    if data.get("format") != FORMAT_NAME:
        found = (
            "no 'format' field" if "format" not in data else f"'format' is {_show(data['format'])}"
        )
        return None, [
            Problem(
                "$.format",
                f'this is not a journeymapper document ({found}; expected "{FORMAT_NAME}")',
            )
        ]
    doc, problems = _structural(data)
    problems = problems + reference_problems(data) + asset_problems(data)
    return doc, sorted(set(problems), key=_sort_key)


def _sort_key(problem: Problem) -> tuple[Any, ...]:
    # Natural order: $.cards[2] before $.cards[10].
    parts: list[Any] = []
    for chunk in problem.path.replace("]", "").split("["):
        for piece in chunk.split("."):
            parts.append((0, int(piece), "") if piece.isdigit() else (1, 0, piece))
    return (parts, problem.message)


_PART_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\]")


def with_subjects(data: Any, problems: list[Problem]) -> list[Problem]:
    """``problems`` with the part each one is about named (`Problem.subject`)."""
    out = []
    for problem in problems:
        match = _PART_PATH.match(problem.path)
        subject = None
        if match and isinstance(data, dict) and match.group(1) in _LIST_PARTS:
            items = data.get(match.group(1))
            index = int(match.group(2))
            if isinstance(items, list) and index < len(items):
                item = items[index]
                name = ""
                if isinstance(item, dict):
                    name = next(
                        (
                            " ".join(item[k].split())
                            for k in ("title", "name", "label")
                            if isinstance(item.get(k), str) and item[k].strip()
                        ),
                        "",
                    )
                subject = (match.group(1), index, name[:60] + ("…" if len(name) > 60 else ""))
        out.append(Problem(problem.path, problem.message, subject))
    return out


def validate_document(data: Any, source: str | None = None) -> JourneyMap:
    """The `JourneyMap` for ``data``, or a `DocumentError` listing every problem."""
    doc, problems = _checked(data)
    if problems or doc is None:
        raise DocumentError(with_subjects(data, problems), source)
    return doc


def check_document(doc: JourneyMap) -> list[Problem]:
    """Problems of a document built in code (the editor's invariants; empty when sound)."""
    return document_problems(doc.model_dump(mode="json"))
