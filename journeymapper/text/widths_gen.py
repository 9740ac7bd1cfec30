"""Writes the width tables of the shipped fonts (``resources/fonts/*.widths.json``).

The layout measures text with the advance widths reportlab reads from the shipped
TrueType files (`journeymapper.text.widths`). Parsing a TTF with reportlab costs more
than the rest of the start-up's text work, so the characters each font has and their
advances are shipped as data: one table per font, in font units, with the font's units
per em and its default (missing-glyph) advance. tests/test_font_widths.py fails when a
table is out of date or differs from reportlab's own widths for any character.

Run ``python -m journeymapper.text.widths_gen`` after changing a font in
``resources/fonts``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..resources import resource_path
from .widths import FONT_FILES, table_path


def table(font_file: Path) -> dict[str, Any]:
    """The width table of one TTF as reportlab reads it: ``{"units_per_em", "default",
    "runs": [[first code point, [advance, ...]], ...]}`` (advances in font units)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(font_file))
    upem = face.unitsPerEm
    scale = 1000 / upem  # as reportlab scales: 1/1000 em from font units

    def units(width: float) -> int:
        advance = round(width / scale)
        if advance * scale != width:
            raise ValueError(f"{font_file.name}: width {width!r} is not a whole advance")
        return advance

    if set(face.charWidths) != set(face.charToGlyph):
        raise ValueError(f"{font_file.name}: a character without a width (or the reverse)")
    runs: list[list[Any]] = []
    for cp in sorted(face.charWidths):
        if runs and runs[-1][0] + len(runs[-1][1]) == cp:
            runs[-1][1].append(units(face.charWidths[cp]))
        else:
            runs.append([cp, [units(face.charWidths[cp])]])
    return {"units_per_em": upem, "default": units(face.defaultWidth), "runs": runs}


def source(name: str) -> str:
    """The text of one font's table file: one run of code points a line."""
    data = table(resource_path("fonts", FONT_FILES[name]))
    runs = ",\n".join(json.dumps(run, separators=(",", ":")) for run in data["runs"])
    return (
        f'{{"units_per_em":{data["units_per_em"]},"default":{data["default"]},"runs":[\n'
        f"{runs}\n]}}\n"
    )


if __name__ == "__main__":
    for font in FONT_FILES:
        target = table_path(font)
        target.write_text(source(font), encoding="utf-8")
        print(f"wrote {target}")
