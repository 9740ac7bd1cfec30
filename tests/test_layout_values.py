"""The layout's values (made through their slots for speed) behave as frozen dataclasses,
and the PDF writer's joined operators are the very bytes reportlab writes."""

from __future__ import annotations

import dataclasses
import re
import zlib
from pathlib import Path

import pytest

from journeymapper.layout import Rect, TextBlock
from journeymapper.render.surface import Fill, Stroke
from journeymapper.templates import load_template


def test_values_keep_their_dataclass_behaviour() -> None:
    block = TextBlock(1.0, 2.0, ("a", "b"), 10.0, line_height=13.0)
    assert block == TextBlock(1.0, 2.0, ("a", "b"), 10.0, False, block.colour, 13.0)
    assert block.bold is False and block.height == 26.0
    assert hash(block) == hash(TextBlock(1.0, 2.0, ("a", "b"), 10.0, line_height=13.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.x = 5.0  # type: ignore[misc]
    assert dataclasses.replace(block, x=3.0).x == 3.0
    assert not hasattr(block, "__dict__")  # slots: no per-object dictionary
    assert Rect(x=1, y=2, w=3, h=4).right == 4
    with pytest.raises(TypeError):
        Rect(1, 2, 3)  # type: ignore[call-arg]
    assert Stroke("#000000").width == 1.0 and Fill("#FFFFFF", 0.5).alpha == 0.5


def _streams(path: Path) -> list[bytes]:
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            out.append(m.group(1))
    return out


def test_joined_pdf_operators_are_the_same_bytes(tmp_path: Path, monkeypatch) -> None:
    from journeymapper.export import export_pdf, pdf_surface

    doc = load_template("awareness-to-loyalty-en")
    monkeypatch.setattr(pdf_surface, "_COMPACT_EVERY", 10**9)  # never joined
    export_pdf(doc, tmp_path / "whole.pdf", page_size="A2", date="2024-01-01")
    monkeypatch.setattr(pdf_surface, "_COMPACT_EVERY", 7)  # joined all the time
    export_pdf(doc, tmp_path / "joined.pdf", page_size="A2", date="2024-01-01")
    whole, joined = _streams(tmp_path / "whole.pdf"), _streams(tmp_path / "joined.pdf")
    assert len(whole) == len(joined) > 1
    assert whole == joined
