"""What every importer and exporter shares: warnings, errors, reading bytes, building maps.

Qt-free and reportlab-free. Imported text is data: nothing in it is executed, fetched or
evaluated; a URL stays text.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import DocumentError, JourneyMap
from ..model.document import FORMAT_NAME, SCHEMA_VERSION
from ..model.repair import repair
from ..model.validation import document_problems

#: Foreign files larger than this are refused before they are read.
MAX_IMPORT_BYTES = 32 * 1024 * 1024
#: Objects nested deeper than this are refused (the file format keeps ``extensions`` to 64).
MAX_DEPTH = 48

_BOM = b"\xef\xbb\xbf"
_HEX6 = re.compile(r"^#[0-9A-Fa-f]{6}$")
_HEX3 = re.compile(r"^#[0-9A-Fa-f]{3}$")


@dataclass(frozen=True)
class ConversionWarning:
    """Something a conversion dropped or assumed: where (a line number or a JSON path) and what."""

    where: str
    message: str

    def line(self, source: str) -> str:
        """``IN:LINE: message``, the form the command line prints."""
        return f"{source}:{self.where}: {self.message}"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class InteropError(Exception):
    """A file that cannot be converted at all; ``where`` is a line number or a JSON path."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")

    def line(self, source: str) -> str:
        return f"{source}:{self.where}: {self.message}"


@dataclass
class ImportResult:
    """The map an import made and every warning about it."""

    doc: JourneyMap
    warnings: list[ConversionWarning] = field(default_factory=list)


class Warnings(list[ConversionWarning]):
    """A list of warnings with a short way to add one."""

    def add(self, where: str | int, message: str) -> None:
        self.append(ConversionWarning(str(where), message))


def read_source(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file to import, refused early when it is a folder or too large."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InteropError("1", "this is a folder, not a file")
        size = p.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InteropError(
                "1",
                f"the file is too large ({size / 1048576:.0f} MB); files to import are "
                f"limited to {MAX_IMPORT_BYTES // 1048576} MB",
            )
        with p.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise InteropError("1", "no such file") from None
    except PermissionError:
        raise InteropError("1", "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise InteropError("1", f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise InteropError("1", f"the file is larger than {MAX_IMPORT_BYTES // 1048576} MB")
    return data


def decode_text(data: bytes, warnings: Warnings, strict: bool = False) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM ("Unicode text" from Windows);
    else Windows-1252 with a warning (an error if strict)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InteropError(
                "1", f"the file is not valid UTF-16 text (byte {exc.start})"
            ) from None
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if strict:
            raise InteropError(str(line), "the file is not valid UTF-8 text") from None
        warnings.add(
            line,
            "the file is not UTF-8 (first bad byte on this line); read as Windows-1252",
        )
        return data.decode("cp1252", errors="replace")


def depth_at_most(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when ``value`` nests lists and objects at most ``limit`` deep (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth + 1 > limit:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


def colour(value: Any) -> str | None:
    """``#rrggbb`` for a hex colour (as written; ``#rgb`` expanded), else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if _HEX6.match(value):
        return value
    if _HEX3.match(value):
        return "#" + "".join(c * 2 for c in value[1:]).lower()
    return None


def clamp_score(value: float) -> float:
    return max(-5.0, min(5.0, value))


def tidy_number(value: float) -> float | int:
    """3 for 3.0, two decimals otherwise (a mean of scores stays readable)."""
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def finite(value: Any) -> float | None:
    """A finite number from an int, float or numeric text, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


_TOUCHPOINT_NAME = re.compile(r"touch\s*-?points?|channels?|canal[ei]|punti di contatto", re.I)


def lane_kind_for(name: str) -> str:
    """``touchpoints`` for a lane whose name says touchpoints or channels, else ``cards``."""
    return "touchpoints" if _TOUCHPOINT_NAME.search(name) else "cards"


_KIND_NAMES = (
    (re.compile(r"pain|problem|critic|frustraz|difficolt", re.I), "pain_point"),
    (re.compile(r"opportunit", re.I), "opportunity"),
    (re.compile(r"\bideas?\b|\bide[ae]\b", re.I), "idea"),
    (re.compile(r"question|domand", re.I), "question"),
    (re.compile(r"quote|citazion", re.I), "quote"),
    (re.compile(r"metric|kpi", re.I), "metric"),
    (re.compile(r"moments? of truth|momenti? della verit", re.I), "moment_of_truth"),
)


def card_kind_for_lane(name: str) -> str:
    """The kind of card a lane's name says (``Pain points`` → pain_point), else ``note``."""
    for pattern, kind in _KIND_NAMES:
        if pattern.search(name):
            return kind
    return "note"


class MapBuilder:
    """Collects the parts of a new map as plain data, with ids unique across the document."""

    def __init__(self, title: str) -> None:
        self.title = (title.strip() or "Imported map")[:200]
        self.description: str | None = None
        self.parts: dict[str, list[dict[str, Any]]] = {
            key: [] for key in ("personas", "stages", "lanes", "cards", "emotions", "connections")
        }
        self.extensions: dict[str, Any] = {}
        self.used: set[str] = set()
        self._next: dict[str, int] = {}
        self._by_name: dict[tuple[str, str], str] = {}

    def new_id(self, wanted: str) -> str:
        base = re.sub(r"\s+", "-", wanted.strip())[:180] or "part"
        ident, n = base, self._next.get(base, 2)
        if base.isalpha():  # a bare prefix: stage-1, stage-2…
            n = self._next.get(base, 1)
            ident, n = f"{base}-{n}", n + 1
        while ident in self.used:
            ident, n = f"{base}-{n}", n + 1
        self._next[base] = n  # the next free number: no search from 1 for each part
        self.used.add(ident)
        return ident

    def _add(self, key: str, wanted: str, item: dict[str, Any]) -> str:
        ident = self.new_id(wanted)
        self.parts[key].append({"id": ident, **item})
        return ident

    def stage(self, name: str, wanted: str = "stage", **fields: Any) -> str:
        ident = self._add("stages", wanted, {"name": name or "Stage", **fields})
        self._by_name.setdefault(("stages", name), ident)
        return ident

    def lane(self, name: str, kind: str, wanted: str = "lane", **fields: Any) -> str:
        ident = self._add("lanes", wanted, {"name": name or "Lane", "kind": kind, **fields})
        self._by_name.setdefault(("lanes", name), ident)
        return ident

    def persona(self, name: str, wanted: str = "persona", **fields: Any) -> str:
        ident = self._add("personas", wanted, {"name": name or "Persona", **fields})
        self._by_name.setdefault(("personas", name), ident)
        return ident

    def named(self, key: str, name: str) -> str | None:
        return self._by_name.get((key, name))

    def stage_named(self, name: str) -> str:
        return self.named("stages", name) or self.stage(name)

    def lane_named(self, name: str, kind: str | None = None) -> str:
        return self.named("lanes", name) or self.lane(name, kind or lane_kind_for(name))

    def card(self, stage: str, lane: str, title: str, wanted: str = "card", **fields: Any) -> str:
        item = {"stage": stage, "lane": lane, "title": title}
        item.update({k: v for k, v in fields.items() if v not in (None, [], "")})
        return self._add("cards", wanted, item)

    def emotion(
        self, lane: str, stage: str, score: float, persona: str | None = None, **fields: Any
    ) -> str:
        item: dict[str, Any] = {"lane": lane, "stage": stage, "score": tidy_number(score)}
        if persona:
            item["persona"] = persona
        item.update(fields)
        return self._add("emotions", "emotion", item)

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
        }
        if self.description:
            data["description"] = self.description
        data.update({k: v for k, v in self.parts.items() if v or k in ("stages", "lanes")})
        if self.extensions:
            data["extensions"] = self.extensions
        return data


def finish(data: dict[str, Any], warnings: Warnings) -> JourneyMap:
    """A valid map from ``data``: as it is, or repaired with every change as a warning."""
    if not data.get("stages"):
        raise InteropError("1", "nothing usable: no stages, sections or columns were found")
    if not data.get("lanes"):
        data["lanes"] = [{"id": _free_id(data, "lane"), "name": "Steps", "kind": "cards"}]
    problems = document_problems(data)
    if not problems:
        return JourneyMap.model_validate(data)
    try:
        doc, changes = repair(data)
    except DocumentError as exc:
        first = exc.problems[0] if exc.problems else None
        raise InteropError(
            first.path if first else "1", first.message if first else "the map is not valid"
        ) from None
    for change in changes:
        warnings.add(change.path, change.message)
    return doc


def _free_id(data: dict[str, Any], prefix: str) -> str:
    used = {
        item.get("id")
        for key in ("personas", "stages", "lanes", "cards", "emotions", "connections")
        for item in data.get(key) or []
        if isinstance(item, dict)
    }
    n = 1
    while f"{prefix}-{n}" in used:
        n += 1
    return f"{prefix}-{n}"
