"""The advance widths of the shipped fonts, from tables shipped beside them (no reportlab).

Each table (``resources/fonts/<font>.widths.json``, written by `widths_gen` from the TTF
as reportlab reads it) lists the characters the font has and their advances. Measuring
with it gives exactly what reportlab's ``stringWidth`` gives for that font, without
importing reportlab or parsing the TTF: the editor measures text from its first frame,
and reportlab is only needed to write a PDF (tests/test_font_widths.py checks both).
"""

from __future__ import annotations

import json
import threading
from functools import reduce
from operator import add
from pathlib import Path

from ..resources import resource_path

SANS = "JM-Sans"
SANS_BOLD = "JM-Sans-Bold"
SERIF = "JM-Serif"
SERIF_BOLD = "JM-Serif-Bold"

FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}

_lock = threading.Lock()
_tables: dict[str, tuple[dict[str, float], float]] = {}


def table_path(name: str) -> Path:
    """The width table of a shipped font (by its registered name, e.g. ``JM-Sans``)."""
    return resource_path("fonts", Path(FONT_FILES[name]).stem + ".widths.json")


def _load(name: str) -> tuple[dict[str, float], float]:
    data = json.loads(table_path(name).read_text(encoding="utf-8"))
    scale = 1000 / data["units_per_em"]  # reportlab's own scaling, so the floats are equal
    widths: dict[str, float] = {}
    for first, advances in data["runs"]:
        for i, advance in enumerate(advances):
            widths[chr(first + i)] = advance * scale
    return widths, data["default"] * scale


def char_widths(name: str) -> dict[str, float]:
    """Every character the shipped font ``name`` has → its advance in 1/1000 em."""
    found = _tables.get(name)
    if found is None:
        with _lock:
            found = _tables.get(name)
            if found is None:
                found = _tables[name] = _load(name)
    return found[0]


def default_width(name: str) -> float:
    """The advance of a character the font lacks (its missing glyph), in 1/1000 em."""
    char_widths(name)
    return _tables[name][1]


def string_width(text: str, name: str, size: float) -> float:
    """Width of ``text`` in the shipped font ``name`` at ``size`` points, the float
    reportlab's ``stringWidth`` returns (summed in order, then scaled as it scales)."""
    widths = char_widths(name)
    try:
        total = reduce(add, map(widths.__getitem__, text), 0.0)
    except KeyError:
        get, missing = widths.get, default_width(name)
        total = reduce(add, (get(ch, missing) for ch in text), 0.0)
    return total * 0.001 * size
