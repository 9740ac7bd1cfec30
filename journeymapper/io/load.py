"""Reading ``*.journey.json`` files: bytes → JSON → migrated dict → validated model.

Every failure is a `DocumentError` with a JSON path and a plain-language reason; hostile
input (not JSON, truncated, invalid UTF-8, huge numbers, deep nesting, huge files) never
raises anything else.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from ..model import DocumentError, JourneyMap, Problem, migrate, validate_document
from ..model.migrations import original_version
from ..model.validation import json_type
from ..perf import paused_gc

#: Larger files are refused before reading: a real map of 20,000 cards is a few MB.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Objects nested deeper than this inside ``extensions`` are refused.
MAX_EXTENSION_DEPTH = 64

_BOM = b"\xef\xbb\xbf"


def _not_regular(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a journey map file"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return f"this is {kind}, not a regular file; journey maps are regular files"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or a `DocumentError` that says why they cannot be read.

    Anything but a regular file (a folder, a FIFO, a device) is refused before it is
    opened, and it is opened without blocking, so that a pipe put in its place between
    the check and the open cannot hang the reader either.
    """
    p = Path(path)
    try:
        reason = _not_regular(os.stat(p).st_mode)
        if reason is not None:
            raise DocumentError(Problem("$", reason), str(p))
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            reason = _not_regular(st.st_mode)
            if reason is not None:
                raise DocumentError(Problem("$", reason), str(p))
            size = st.st_size
            if size > MAX_FILE_BYTES:
                raise DocumentError(
                    Problem(
                        "$",
                        f"the file is too large ({size / 1048576:.0f} MB); journey maps are "
                        f"limited to {MAX_FILE_BYTES // 1048576} MB",
                    ),
                    str(p),
                )
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(Problem("$", "no such file"), str(p)) from None
    except PermissionError:
        raise DocumentError(
            Problem("$", "permission denied: the file cannot be read"), str(p)
        ) from None
    except OSError as exc:
        raise DocumentError(
            Problem("$", f"the file cannot be read ({exc.strerror or exc})"), str(p)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(
            Problem("$", f"the file is larger than the {MAX_FILE_BYTES // 1048576} MB limit"),
            str(p),
        )
    return data


def decode(data: bytes) -> str:
    """UTF-8 text (a leading BOM is accepted and dropped)."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DocumentError(
            Problem(
                "$",
                f"the file is not valid UTF-8 text (byte {exc.start}, line {line}); "
                "journey maps are saved as UTF-8",
            )
        ) from None


def parse_json(text: str) -> Any:
    """The JSON value of ``text``, or a `DocumentError` saying where the syntax breaks."""
    if not text.strip():
        raise DocumentError(Problem("$", "the file is empty"))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        reason = exc.msg
        if exc.pos >= len(text.rstrip()) or reason.startswith("Unterminated string"):
            reason += " (the file seems to be cut off)"
        raise DocumentError(Problem("$", f"not valid JSON at {where}: {reason}")) from None
    except RecursionError:
        raise DocumentError(Problem("$", "the JSON is nested too deeply to read")) from None
    except ValueError as exc:
        # Python refuses integers of more than 4300 digits
        too_long = "digits" in str(exc)
        reason = "a number has far too many digits to be read" if too_long else str(exc)
        raise DocumentError(Problem("$", f"not valid JSON: {reason}")) from None
    if "\\ud" in text or "\\uD" in text:
        _reject_lone_surrogates(value)
    return value


def _reject_lone_surrogates(value: Any) -> None:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DocumentError(
            Problem("$", "the text contains an invalid \\u escape (a lone UTF-16 surrogate)")
        ) from None
    except RecursionError:
        raise DocumentError(Problem("$", "the JSON is nested too deeply to read")) from None


def _check_extensions(data: dict[str, Any]) -> None:
    ext = data.get("extensions")
    if not isinstance(ext, dict | list):
        return
    stack: list[tuple[Any, int]] = [(ext, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_EXTENSION_DEPTH:
            raise DocumentError(
                Problem(
                    "$.extensions",
                    f"nested more than {MAX_EXTENSION_DEPTH} levels deep; this is not supported",
                )
            )
        children = value.values() if isinstance(value, dict) else value
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
            elif isinstance(child, float) and not math.isfinite(child):
                raise DocumentError(
                    Problem(
                        "$.extensions",
                        "contains NaN or Infinity, which JSON cannot store; "
                        "use a string or null instead",
                    )
                )


def document_from_json(value: Any, source: str | None = None) -> JourneyMap:
    """Migrate and validate a parsed JSON value."""
    try:
        if not isinstance(value, dict):
            raise DocumentError(
                Problem("$", f"a journey map must be a JSON object, not {json_type(value)}")
            )
        if value.get("format") == "journeymapper":
            value = migrate(value)
            _check_extensions(value)
        return validate_document(value)
    except DocumentError as exc:
        exc.source = source
        raise


def loads(data: bytes | str, source: str | None = None) -> JourneyMap:
    """A `JourneyMap` from the bytes or text of a file."""
    try:
        text = decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
        value = parse_json(text)
    except DocumentError as exc:
        exc.source = source
        raise
    return document_from_json(value, source)


def loads_versioned(data: bytes | str, source: str | None = None) -> tuple[JourneyMap, int]:
    """Like `loads`, and the format version the file was written in.

    A version older than `SCHEMA_VERSION` means the document was upgraded on loading:
    the editor keeps the original as ``.bak`` on the first save and says so once.
    """
    try:
        text = decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
        value = parse_json(text)
    except DocumentError as exc:
        exc.source = source
        raise
    doc = document_from_json(value, source)
    return doc, original_version(value) or doc.schema_version


def load(path: str | os.PathLike[str]) -> JourneyMap:
    """Read and validate one ``*.journey.json`` file."""
    data = read_bytes(path)
    with paused_gc():
        return loads(data, str(path))


def _migrated_value(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The file's JSON object brought to the current version (not yet validated)."""
    value = parse_json(decode(read_bytes(path)))
    if not isinstance(value, dict):
        raise DocumentError(
            Problem("$", f"a journey map must be a JSON object, not {json_type(value)}")
        )
    value = migrate(value)
    _check_extensions(value)
    return value


def load_repaired(path: str | os.PathLike[str]) -> tuple[JourneyMap, list[Problem]]:
    """A repaired copy of a file that breaks only reference rules, and what was changed.

    Raises `DocumentError` when the file cannot be repaired (not JSON, wrong types, ...).
    The file itself is only read.
    """
    from ..model.repair import repair

    try:
        return repair(_migrated_value(path))
    except DocumentError as exc:
        exc.source = str(path)
        raise


def is_repairable(path: str | os.PathLike[str]) -> bool:
    """True when `load_repaired` would succeed (only reference rules are broken)."""
    from ..model.repair import can_repair

    try:
        return can_repair(_migrated_value(path))
    except DocumentError:
        return False
