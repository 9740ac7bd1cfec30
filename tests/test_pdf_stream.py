"""A map page's stream compressed while it is drawn (export/pdf_stream.py) is the file
reportlab writes itself: the same bytes, page for page, not merely the same drawing."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab import rl_config

from journeymapper.export import export_pdf, pdf_stream, pdf_surface
from journeymapper.templates import list_templates, load_template


@pytest.mark.parametrize(
    "options",
    [
        {"page_size": "A2"},
        {"page_size": "A4", "tile": True, "scale": 1.0},  # an overview and many tiles
        {"page_size": "fit", "personas": True, "sources": True},
    ],
)
def test_a_streamed_pdf_is_the_pdf_reportlab_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp, a fixed document id
    doc = load_template(list_templates()[0].name)
    monkeypatch.setattr(pdf_surface, "_COMPACT_EVERY", 10**9)  # reportlab's own stream
    export_pdf(doc, tmp_path / "plain.pdf", date="2024-01-01", **options)
    absorbed: list[int] = []
    original = pdf_stream.PageStream.absorb

    def absorb(self: pdf_stream.PageStream) -> None:
        absorbed.append(len(self.c._code))
        original(self)

    monkeypatch.setattr(pdf_stream.PageStream, "absorb", absorb)
    monkeypatch.setattr(pdf_surface, "_COMPACT_EVERY", 5)  # compressed all along
    export_pdf(doc, tmp_path / "streamed.pdf", date="2024-01-01", **options)
    assert len(absorbed) > 20  # the streamed path did run, many times
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "streamed.pdf").read_bytes()
