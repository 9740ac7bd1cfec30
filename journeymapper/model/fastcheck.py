"""A quick yes for valid files: ``journeymapper validate`` without the document classes.

Importing pydantic's `BaseModel` and building the document classes costs more than reading
a big map. A file of the current format version is checked here against the same rules
with a `pydantic_core.SchemaValidator` built from `_core_schema` (generated from the
classes, see `core_schema_gen`), then by the same reference and image checks the full
validation runs (`references`, `assets`).

Only a yes counts: anything else (a broken or unusual file, an older version, extensions,
a problem of any kind) answers False and the caller takes the full path, which says what
is wrong in the usual words. tests/test_fastcheck.py holds the two paths to the same
verdict on every template, fixture, corpus file and on random mutations.
"""

from __future__ import annotations

import gc
import json
import os
import stat
from functools import cache
from typing import Any

from pydantic_core import SchemaValidator, ValidationError

from . import _core_schema
from .assets import asset_problems
from .references import reference_problems

#: larger files take the full path (which has its own, larger limit and its messages)
FAST_LIMIT_BYTES = 16 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"


@cache
def _validator() -> SchemaValidator:
    return SchemaValidator(_core_schema.SCHEMA)  # type: ignore[arg-type]


def is_valid_value(value: Any) -> bool:
    """True when a parsed JSON value is certainly a valid map of the current version."""
    if not isinstance(value, dict) or value.get("format") != _core_schema.FORMAT_NAME:
        return False
    version = value.get("schema_version")
    if type(version) is not int or version != _core_schema.SCHEMA_VERSION:
        return False  # older versions are migrated on the full path
    extensions = value.get("extensions")
    if isinstance(extensions, dict | list) and extensions:
        return False  # their depth and numbers are checked on the full path
    try:
        _validator().validate_python(value)
    except (ValidationError, RecursionError):
        return False
    return not reference_problems(value) and not asset_problems(value)


def is_valid_bytes(data: bytes) -> bool:
    """True when a file's bytes are certainly a valid map of the current version."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if "\\ud" in text or "\\uD" in text:
        return False  # maybe a lone surrogate: the full path says so
    was_enabled = gc.isenabled()
    gc.disable()  # nothing parsed here is in a reference cycle (see perf.paused_gc)
    try:
        return is_valid_value(json.loads(text))
    except (ValueError, RecursionError):
        return False
    finally:
        if was_enabled:
            gc.enable()


def is_valid_file(path: str | os.PathLike[str]) -> bool:
    """True when the file at ``path`` is certainly a valid map of the current version.

    False means "not known to be valid": read it with `journeymapper.io.load`, which
    raises the `DocumentError` that explains why, or returns the document.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with open(os.open(path, flags), "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > FAST_LIMIT_BYTES:
                return False
            data = fh.read(FAST_LIMIT_BYTES + 1)
    except (OSError, ValueError):
        return False
    return len(data) <= FAST_LIMIT_BYTES and is_valid_bytes(data)
