"""The client's brand on paper: typeface, accent, logo and palettes in every export,
read back as a client's designer would (pdffonts, the SVG's text, the PNG's pixels)."""

from __future__ import annotations

import base64
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pixels import colour_pixels
from PySide6.QtCore import QBuffer, QRect
from PySide6.QtGui import QColor, QImage

from journeymapper.export.pdf import export_pdf
from journeymapper.export.png import export_png, png_layout
from journeymapper.export.svg import export_svg
from journeymapper.layout import compute_layout
from journeymapper.layout.theme import (
    KIND_FILL,
    PALETTES,
    PERSONA_PALETTE,
    contrast,
    kind_ink,
    luminance,
)
from journeymapper.model import Asset, CardKind, JourneyMap
from journeymapper.model.document import Brand, Palette, Typeface
from journeymapper.templates import list_templates, load_template
from journeymapper.text import map_metrics

LOGO_COLOUR = "#00C2A8"  # a teal no template uses
ACCENT = "#E4007C"  # a magenta no template uses
SVG = "{http://www.w3.org/2000/svg}"


def logo_png(width: int = 120, height: int = 40) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(LOGO_COLOUR))
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data())


def branded(typeface: Typeface = Typeface.SERIF, palette: Palette = Palette.STANDARD) -> JourneyMap:
    doc = load_template(list_templates()[0].name)
    logo = Asset(
        id="logo",
        name="acme.png",
        media_type="image/png",
        data=base64.b64encode(logo_png()).decode(),
    )
    return doc.model_copy(
        update={
            "client": "Acme Bikes",
            "author": "Studio Nord",
            "assets": [*doc.assets, logo],
            "brand": Brand(
                name="Acme", logo="logo", accent=ACCENT, typeface=typeface, palette=palette
            ),
        }
    )


def pdf_font_names(path: Path) -> set[str]:
    rows = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {row.split()[0].split("+")[-1] for row in rows}


def test_the_title_block_makes_room_for_the_logo_and_keeps_its_aspect() -> None:
    layout = png_layout(branded())
    marks = layout.brand
    assert marks is not None and marks.logo_rect is not None
    r = marks.logo_rect
    assert r.w / r.h == pytest.approx(120 / 40)
    assert r.w <= layout.theme.logo_max_width and r.h <= layout.theme.logo_max_height
    assert r.right == pytest.approx(layout.width - layout.theme.margin)
    assert (
        layout.title.x
        + max(
            map_metrics("serif").width(line, layout.title.size, True) for line in layout.title.lines
        )
        <= r.x
    )
    assert layout.stages[0].rect.y >= r.bottom  # the headers start below the logo
    assert marks.byline is not None
    assert marks.byline.lines == ("For Acme Bikes · By Studio Nord",)


def test_an_unbranded_map_is_laid_out_as_before() -> None:
    doc = load_template(list_templates()[0].name)
    assert doc.brand is None
    layout = png_layout(doc)
    assert layout.brand is None and layout.theme.typeface == "sans"


def test_the_pdf_embeds_the_serif_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    export_pdf(branded(), out, page_size="A3", client="Acme Bikes", author="Studio Nord")
    assert pdf_font_names(out) == {"DejaVuSerif", "DejaVuSerif-Bold"}
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "For Acme Bikes" in text and "By Studio Nord" in text
    sans = tmp_path / "sans.pdf"
    export_pdf(branded(Typeface.SANS), sans, page_size="A3")
    assert pdf_font_names(sans) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_svg_names_the_serif_with_a_generic_fallback_and_inlines_the_logo(
    tmp_path: Path,
) -> None:
    out = tmp_path / "map.svg"
    export_svg(branded(), out)
    root = ET.parse(out).getroot()
    families = {t.get("font-family") for t in root.iter(f"{SVG}text")}
    assert families and all(f.startswith("'DejaVu Serif'") for f in families)
    assert all(f.rstrip().endswith(", serif") for f in families)
    title = root.find(f".//{SVG}g[@id='title']")
    assert title is not None
    images = [i for i in title.iter(f"{SVG}image")]
    assert len(images) == 1
    href = next(v for k, v in images[0].attrib.items() if k.endswith("href"))
    assert href.startswith("data:image/png;base64,")
    rects = [r for r in title.iter(f"{SVG}rect") if r.get("fill", "").upper() == ACCENT]
    assert rects  # the accent bar under the title
    # the stage headers carry the accent too
    stage = root.find(
        f".//{SVG}g[@id='stage-{load_template(list_templates()[0].name).stages[0].id}']"
    )
    assert stage is not None
    assert any(r.get("fill", "").upper() == ACCENT for r in stage.iter(f"{SVG}rect"))


def test_the_png_shows_the_logo_and_the_accent(tmp_path: Path) -> None:
    doc = branded()
    out = tmp_path / "map.png"
    export_png(doc, out, dpi=72)
    image = QImage(str(out))
    layout = png_layout(doc)
    marks = layout.brand
    assert marks is not None and marks.logo_rect is not None and marks.rule is not None
    r = marks.logo_rect
    logo_area = QRect(round(r.x) + 2, round(r.y) + 2, round(r.w) - 4, round(r.h) - 4)
    assert (
        colour_pixels(image, LOGO_COLOUR, logo_area, tol=6)
        == logo_area.width() * logo_area.height()
    )
    assert colour_pixels(image, LOGO_COLOUR, tol=6) < logo_area.width() * logo_area.height() * 1.2
    rule = marks.rule
    assert (
        colour_pixels(image, ACCENT, QRect(round(rule.x), round(rule.y), round(rule.w), 4), 6) > 150
    )
    head = layout.stages[0].rect
    band = QRect(round(head.x), round(head.y), round(head.w), round(head.h))
    assert colour_pixels(image, ACCENT, band, 6) > 100
    # without the brand: neither
    plain = tmp_path / "plain.png"
    export_png(load_template(list_templates()[0].name), plain, dpi=72)
    other = QImage(str(plain))
    assert (
        colour_pixels(other, LOGO_COLOUR, tol=6) == 0 and colour_pixels(other, ACCENT, tol=6) == 0
    )


@pytest.mark.parametrize("palette", list(PALETTES))
def test_palettes_recolour_notes_and_curves(palette: str) -> None:
    doc = branded(palette=Palette(palette))
    layout = compute_layout(doc, map_metrics())
    table = PALETTES[palette]
    curves = [c for c in layout.curves if c.persona is not None]
    assert curves
    assert {c.colour for c in curves} <= set(table.personas)
    assert not {c.colour for c in curves} & set(PERSONA_PALETTE) - set(table.personas)
    by_id = {c.id: c for c in doc.cards}
    for box in layout.cards.values():
        card = by_id[box.id]
        if card.color:
            continue
        if card.kind in table.kind_fill:
            assert box.fill == table.kind_fill[card.kind]
        else:
            assert box.fill in (table.theme.get("card_fill"), layout.theme.touchpoint_fill)


def _note_fills(palette: str) -> list[str]:
    if palette == "standard":
        from journeymapper.layout.theme import DEFAULT_THEME

        return [DEFAULT_THEME.card_fill, DEFAULT_THEME.touchpoint_fill, *KIND_FILL.values()]
    table = PALETTES[palette]
    from journeymapper.layout.theme import DEFAULT_THEME

    return [
        table.theme.get("card_fill", DEFAULT_THEME.card_fill),
        DEFAULT_THEME.touchpoint_fill,
        *table.kind_fill.values(),
    ]


@pytest.mark.parametrize("palette", ["standard", *PALETTES])
def test_text_is_readable_on_every_note_colour(palette: str) -> None:
    """WCAG AA: contrast ratio 4.5 at least for the title, body and kind word on every
    note colour of the palette."""
    from journeymapper.layout.brand import _branded
    from journeymapper.layout.theme import DEFAULT_THEME

    theme = _branded(DEFAULT_THEME, "sans", None, palette)
    for fill in _note_fills(palette):
        for ink in (theme.ink, theme.body_ink):
            assert contrast(ink, fill) >= 4.5, (palette, ink, fill)
    if palette != "standard":
        for kind, fill in PALETTES[palette].kind_fill.items():
            assert contrast(kind_ink(kind, palette), fill) >= 4.5, (kind, fill)


def test_high_contrast_is_higher_contrast() -> None:
    from journeymapper.layout.brand import _branded
    from journeymapper.layout.theme import DEFAULT_THEME

    high = _branded(DEFAULT_THEME, "sans", None, "high-contrast")
    for fill in _note_fills("high-contrast"):
        assert contrast(high.ink, fill) >= 15
    assert all(contrast(c, "#FFFFFF") >= 7 for c in PALETTES["high-contrast"].personas)
    assert luminance("#000000") == 0.0 and contrast("#000000", "#FFFFFF") == pytest.approx(21)


def test_kind_words_keep_their_accent_in_the_standard_palette() -> None:
    assert kind_ink(CardKind.PAIN_POINT) == "#C0392B"


def test_a_kept_layout_follows_a_new_brand() -> None:
    """The canvas re-lays out with the boxes it kept: a new typeface or palette must not
    leave a card in the old font or colours."""
    from journeymapper.layout import LayoutCache

    doc = load_template(list_templates()[0].name)
    cache = LayoutCache()
    compute_layout(doc, map_metrics(), cache=cache)
    for brand in (
        Brand(palette=Palette.HIGH_CONTRAST),
        Brand(palette=Palette.HIGH_CONTRAST, typeface=Typeface.SERIF),
        None,
    ):
        doc.brand = brand
        kept = compute_layout(doc, map_metrics(), cache=cache)
        fresh = compute_layout(doc, map_metrics())
        assert kept.cards == fresh.cards and kept.connections == fresh.connections
        assert kept.notes == fresh.notes and kept.theme == fresh.theme
