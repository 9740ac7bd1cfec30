"""Writes `_core_schema.py`: the document classes' pydantic-core schema as plain data.

``journeymapper validate`` checks a valid file with a `pydantic_core.SchemaValidator` built
from that data (see `fastcheck`), without importing pydantic's `BaseModel` or building the
document classes, which cost more than reading a big map. The data is derived from
`JourneyMap`'s own core schema, each class node turned into a typed-dict node with the
class's config (strict, unknown fields forbidden) and each enum into the literal of its
values; tests/test_fastcheck.py fails when the committed module is out of date.

Run ``python -m journeymapper.model.core_schema_gen`` after changing `document`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .checks import check_date, check_datetime
from .document import FORMAT_NAME, SCHEMA_VERSION, JourneyMap

TARGET = Path(__file__).with_name("_core_schema.py")

#: the field checks the schema may call, by the name the generated module imports
_FUNCTIONS = {check_date: "check_date", check_datetime: "check_datetime"}
#: keys of a schema node that validation does not use
_DROPPED = {"metadata", "serialization", "ref"}
#: keys whose values are schema nodes
_CHILDREN = {"schema", "items_schema", "keys_schema", "values_schema"}
#: node types copied as they are (their children converted)
_PLAIN = {"str", "int", "float", "bool", "literal", "any", "nullable", "list", "dict"}


class _Name:
    """A function in the generated module, written as its bare name."""

    def __init__(self, name: str) -> None:
        self.name = name


def _model(node: dict[str, Any], top: bool) -> dict[str, Any]:
    config = node.get("config") or {}
    inner = node["schema"]
    if top and inner["type"] == "function-before":
        # `JourneyMap._upgrade_older_versions` only changes documents of older versions,
        # which the fast check hands to the full path.
        if getattr(inner["function"]["function"], "__name__", "") != "_upgrade_older_versions":
            raise ValueError(f"no plain form for the validator {inner['function']!r}")
        inner = inner["schema"]
    if inner["type"] != "model-fields" or inner.get("computed_fields"):
        raise ValueError(f"no plain form for a {inner['type']} node")
    fields: dict[str, Any] = {}
    for name, field in inner["fields"].items():
        extra = set(field) - {"type", "schema", "metadata"}
        if field["type"] != "model-field" or extra:
            raise ValueError(f"no plain form for field {name!r} ({sorted(extra)})")
        schema = field["schema"]
        required = schema["type"] != "default"
        if not required:
            schema = schema["schema"]
        fields[name] = {"type": "typed-dict-field", "schema": _plain(schema)}
        if not required:  # required is the default (a total typed dict)
            fields[name]["required"] = False
    return {
        "type": "typed-dict",
        "fields": fields,
        "extra_behavior": config.get("extra_fields_behavior", "ignore"),
        "strict": bool(config.get("strict", False)),
        "config": {
            "strict": bool(config.get("strict", False)),
            "extra_fields_behavior": config.get("extra_fields_behavior", "ignore"),
        },
    }


def _plain(node: dict[str, Any], top: bool = False) -> dict[str, Any]:
    kind = node["type"]
    if kind == "model":
        return _model(node, top)
    if kind == "enum":
        return {"type": "literal", "expected": [member.value for member in node["members"]]}
    if kind == "function-after":
        function = node["function"]
        if function["type"] != "no-info" or function["function"] not in _FUNCTIONS:
            raise ValueError(f"no plain form for the validator {function!r}")
        return {
            "type": "function-after",
            "function": {"type": "no-info", "function": _Name(_FUNCTIONS[function["function"]])},
            "schema": _plain(node["schema"]),
        }
    if kind not in _PLAIN:
        raise ValueError(f"no plain form for a {kind} node")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED:
            continue
        out[key] = _plain(value) if key in _CHILDREN else value
    return out


def plain_schema() -> dict[str, Any]:
    """`JourneyMap`'s core schema with no class, enum or pydantic function in it."""
    return _plain(JourneyMap.__pydantic_core_schema__, top=True)


def _emit(value: Any, depth: int, room: int) -> str:
    """Python source of ``value`` as ruff formats it: on one line when it fits in ``room``
    characters, else one item a line with a trailing comma."""
    if isinstance(value, _Name):
        return value.name
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bool | int | float | type(None)):
        return repr(value)
    if isinstance(value, dict):
        parts = [f"{json.dumps(k)}: {_emit(v, depth + 1, 10**9)}" for k, v in value.items()]
        flat = "{" + ", ".join(parts) + "}"
    elif isinstance(value, list):
        flat = "[" + ", ".join(_emit(v, depth + 1, 10**9) for v in value) + "]"
    else:
        raise ValueError(f"cannot write {value!r}")
    if len(flat) <= room or not value:
        return flat
    pad = "    " * (depth + 1)
    inner = 100 - len(pad) - 1  # the item's trailing comma
    if isinstance(value, dict):
        lines = [
            f"{pad}{json.dumps(k)}: {_emit(v, depth + 1, inner - len(json.dumps(k)) - 2)},\n"
            for k, v in value.items()
        ]
        return "{\n" + "".join(lines) + "    " * depth + "}"
    lines = [f"{pad}{_emit(v, depth + 1, inner)},\n" for v in value]
    return "[\n" + "".join(lines) + "    " * depth + "]"


def source() -> str:
    """The text of `_core_schema.py`."""
    body = _emit(plain_schema(), 0, 100 - len("SCHEMA = "))
    used = sorted(name for name in _FUNCTIONS.values() if name in body)
    imports = f"from .checks import {', '.join(used)}\n\n" if used else ""
    return (
        '"""GENERATED by ``python -m journeymapper.model.core_schema_gen``: do not edit.\n\n'
        "The document classes' pydantic-core schema as plain data (see `core_schema_gen`).\n"
        '"""\n\n'
        f"{imports}"
        f"FORMAT_NAME = {json.dumps(FORMAT_NAME)}\n"
        f"SCHEMA_VERSION = {SCHEMA_VERSION!r}\n\n"
        f"SCHEMA = {body}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET}")
