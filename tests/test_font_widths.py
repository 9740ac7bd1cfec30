"""The shipped width tables measure exactly as reportlab measures the shipped TTFs.

The layout measures text from tables (resources/fonts/*.widths.json, written by
`journeymapper.text.widths_gen`) so that the editor starts without reportlab; the PDF
draws with reportlab. A line must break at the same word in both, so every width must be
the very float reportlab computes, not merely a close one.
"""

from __future__ import annotations

import random

import pytest
from module_probe import modules_loaded_by
from reportlab.pdfbase import pdfmetrics

from journeymapper.text import widths_gen
from journeymapper.text.metrics import (
    FACES,
    ReportlabMetrics,
    font_runs,
    register_fonts,
)
from journeymapper.text.shaping import shape_arabic
from journeymapper.text.widths import (
    FONT_FILES,
    char_widths,
    default_width,
    string_width,
    table_path,
)

SIZES = (1.0, 7.3, 10.0, 12, 13.5, 30.0, 71.25)


@pytest.fixture(scope="module", autouse=True)
def _registered() -> None:
    for face in FACES:
        register_fonts(face)


@pytest.mark.parametrize("name", sorted(FONT_FILES))
def test_the_shipped_tables_are_up_to_date(name: str) -> None:
    assert table_path(name).read_text(encoding="utf-8") == widths_gen.source(name), (
        f"{table_path(name).name} is out of date: run\n    python -m journeymapper.text.widths_gen"
    )


@pytest.mark.parametrize("name", sorted(FONT_FILES))
def test_every_character_has_reportlabs_width(name: str) -> None:
    face = pdfmetrics.getFont(name).face
    assert set(char_widths(name)) == set(map(chr, face.charToGlyph))
    assert default_width(name) == face.defaultWidth
    for cp in face.charToGlyph:
        ch = chr(cp)
        for size in (1.0, 13.5):
            assert string_width(ch, name, size) == pdfmetrics.stringWidth(ch, name, size), (
                name,
                hex(cp),
            )


@pytest.mark.parametrize("name", sorted(FONT_FILES))
def test_strings_sum_as_reportlab_sums_them(name: str) -> None:
    """Long and short strings, with characters the font lacks (its default width), at
    many sizes: equal to the last bit, as reportlab adds and scales."""
    have = sorted(char_widths(name))
    lack = ["中", "👍", "\u1786", "\U000e0041"]
    rng = random.Random(name)
    for _ in range(3000):
        text = "".join(
            rng.choice(lack) if rng.random() < 0.05 else rng.choice(have)
            for _ in range(rng.randint(0, 60))
        )
        size = rng.choice(SIZES) if rng.random() < 0.7 else rng.uniform(3, 90)
        assert string_width(text, name, size) == pdfmetrics.stringWidth(text, name, size)


@pytest.mark.parametrize("face", sorted(FACES))
@pytest.mark.parametrize(
    "text",
    [
        "Specialty coffee subscription: from first sip to loyal subscriber",
        "Perché però più già: àèìòù ÀÉ ç ñ ß — 3,50 € “curly”",
        "Ελληνικά και Кириллица",
        "مرحبا بالعالم 123",
        "a中b x👍🏽y \u1786\u1793",
        "",
    ],
)
def test_the_map_measure_is_reportlabs_measure_of_what_is_drawn(
    face: str, text: str, system_fallback: str | None
) -> None:
    metrics = ReportlabMetrics(face)
    for bold in (False, True):
        main = FACES[face][bold]
        shaped = shape_arabic(text, lambda ch, main=main: ch in char_widths(main))
        for size in SIZES:
            drawn = sum(
                pdfmetrics.stringWidth(run, font, size)
                for font, run in font_runs(shaped, bold, face)
            )
            assert metrics.width(text, size, bold) == drawn, (face, text, size, bold)


def test_measuring_text_loads_no_reportlab() -> None:
    """The editor lays out its first map without importing reportlab (start-up time)."""
    code, modules = modules_loaded_by(
        "from journeymapper.text import map_metrics\n"
        "for face in ('sans', 'serif'):\n"
        "    m = map_metrics(face)\n"
        "    assert m.width('Hello world', 12) > 0 and m.width('Perché €', 9, True) > 0\n"
    )
    assert code == 0
    assert "reportlab" not in modules
