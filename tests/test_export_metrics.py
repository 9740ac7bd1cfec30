"""Screen and paper measure alike; text the font lacks, RTL text and icons for the PDF."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from journeymapper.export.svgicons import load_icon, parse_path, parse_svg
from journeymapper.layout import MapLayout
from journeymapper.resources import icon_path
from journeymapper.templates import list_templates, load_template
from journeymapper.text.metrics import (
    PLACEHOLDER,
    SANS,
    SANS_BOLD,
    ReportlabMetrics,
    display_runs,
    font_runs,
    register_fonts,
)
from journeymapper.text.shaping import shape_arabic, visual_order

SAMPLES = [
    "Hello world",
    "Specialty coffee subscription: from first sip to loyal subscriber",
    "Perché però più già: àèìòù ÀÉ ç ñ ß",
    "3,50 € “curly” ‘quotes’ — dash… ellipsis",
    "Ελληνικά και Кириллица",
    "WAVE Ty iiii llll MMMM",
    "office coffee waffle fluffy",
    " ",
]


@pytest.fixture(scope="module", params=["sans", "serif"])
def qt_metrics(request, qapp):
    from journeymapper.render.fonts import QtMetrics

    metrics = QtMetrics(request.param)
    metrics.face = request.param
    return metrics


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", SAMPLES)
def test_qt_and_reportlab_widths_agree(qt_metrics, text: str, bold: bool) -> None:
    rl = ReportlabMetrics(qt_metrics.face)
    for size in (10.0, 13.5, 30.0):
        a, b = qt_metrics.width(text, size, bold), rl.width(text, size, bold)
        assert a == pytest.approx(b, rel=0.005), (text, size, bold)


def _text_blocks(layout: MapLayout) -> list[tuple]:
    out: list[tuple] = [("title", layout.title.lines)]
    if layout.subtitle is not None:
        out.append(("subtitle", layout.subtitle.lines))
    for s in layout.stages:
        out.append((s.id, s.name.lines, s.description.lines if s.description else None))
    for lane in layout.lanes:
        out.append(
            (lane.id, lane.name.lines, lane.kind_label.lines, [e.text.lines for e in lane.legend])
        )
    for c in layout.cards.values():
        out.append(
            (
                c.id,
                c.title.lines,
                c.body.lines if c.body else None,
                [chip.text.lines for chip in c.chips],
                c.channel_label.lines if c.channel_label else None,
            )
        )
    for conn in layout.connections:
        out.append((conn.id, conn.label.lines if conn.label else None))
    return out


@pytest.mark.parametrize("face", ["sans", "serif"])
@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_canvas_png_and_pdf_break_lines_at_the_same_words(qapp, name: str, face: str) -> None:
    """One text measure for every view: the canvas scene, the PNG, the PDF and the SVG
    lay the map out identically (same wrapped lines, same card rectangles), in either
    of the brand's typefaces."""
    from journeymapper.canvas.scene import MapScene
    from journeymapper.editing.session import DocumentSession
    from journeymapper.export.pdf import plan_export
    from journeymapper.export.png import png_layout
    from journeymapper.export.svg import svg_layout
    from journeymapper.model.document import Brand, Typeface

    doc = load_template(name)
    if face == "serif":
        doc = doc.model_copy(update={"brand": Brand(typeface=Typeface.SERIF)})
    scene = MapScene(DocumentSession(doc))
    on_screen = scene.layout
    assert on_screen.theme.typeface == face
    # an equal copy: an export of the very document on screen reuses the canvas's layout
    paper = doc.model_copy(deep=True)
    on_paper = plan_export(paper, page_size="A2").layout
    for other in (png_layout(paper), on_paper, svg_layout(paper)):
        assert other is not on_screen
        assert _text_blocks(on_screen) == _text_blocks(other)
        assert on_screen.height == pytest.approx(other.height)
        for cid, card in on_screen.cards.items():
            assert card.rect == other.cards[cid].rect


def test_the_serif_is_measured_as_the_serif() -> None:
    """The layout of a serif map is measured with the serif's widths (wider than the
    sans's), not the sans's: the map's typeface changes where lines break."""
    from journeymapper.model.document import Brand, Typeface
    from journeymapper.text import map_metrics

    sans, serif = map_metrics(), map_metrics("serif")
    register_fonts("serif")  # for reportlab's own measure (the map measure needs none)
    assert serif.for_typeface("sans") is sans and sans.for_typeface("serif") is serif
    text = SAMPLES[1]
    assert serif.width(text, 12) == pytest.approx(stringWidth(text, "JM-Serif", 12))
    assert serif.width(text, 12) > sans.width(text, 12) * 1.01
    doc = load_template(list_templates()[0].name)
    branded = doc.model_copy(update={"brand": Brand(typeface=Typeface.SERIF)})
    from journeymapper.layout import compute_layout

    a, b = compute_layout(doc, sans), compute_layout(branded, sans)
    assert b.theme.typeface == "serif"
    assert _text_blocks(a) != _text_blocks(b)


def test_ligatures_are_off_on_screen_so_widths_match_the_pdf(qt_metrics) -> None:
    """Qt would join "ffi" into one narrower glyph; reportlab never does."""
    rl = ReportlabMetrics(qt_metrics.face)
    for text in ("coffee", "official", "affluent"):
        assert qt_metrics.width(text, 100) == pytest.approx(rl.width(text, 100), rel=1e-3)


def test_missing_glyphs_become_a_placeholder(system_fallback: str | None) -> None:
    """Characters no font has print as one placeholder each in the map font; those a
    system fallback font has, in that font (hermetic: the look-up is the fixture's)."""
    assert font_runs("a中b") == [(SANS, f"a{PLACEHOLDER}b")]
    khmer = "a\u1786\u1793b"
    if system_fallback is None:
        assert font_runs(khmer) == [(SANS, f"a{PLACEHOLDER}{PLACEHOLDER}b")]
    else:
        assert font_runs(khmer) == [(SANS, "a"), (system_fallback, "\u1786\u1793"), (SANS, "b")]
    # an emoji with a skin tone and joiners is one placeholder, not several
    assert font_runs("x👍🏽y", bold=True) == [(SANS_BOLD, f"x{PLACEHOLDER}y")]


def test_metrics_measure_what_is_drawn(system_fallback: str | None) -> None:
    rl = ReportlabMetrics()
    register_fonts()  # for reportlab's own measure of what is drawn
    assert rl.width("中文", 12) == pytest.approx(rl.width(PLACEHOLDER * 2, 12))
    drawn = font_runs("\u1786\u1793")
    assert rl.width("\u1786\u1793", 12) == pytest.approx(
        sum(stringWidth(run, font, 12) for font, run in drawn)
    )


def test_rtl_lines_are_reordered_for_display() -> None:
    assert visual_order("abc") == "abc"
    assert visual_order("abc אבג דהו def") == "abc והד גבא def"
    # a bracketed number inside Hebrew keeps its digits' order and its brackets
    assert visual_order("שלום (123)") == "(123) םולש"
    assert visual_order("price אבג 3.50") == "price 3.50 גבא"


def test_arabic_letters_take_their_joined_forms() -> None:
    shaped = shape_arabic("مرحبا")
    assert len(shaped) == 5
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)
    # lam-alef is one ligature
    assert len(shape_arabic("لا")) == 1
    runs = display_runs("العربية 2024")
    assert "2024" in "".join(r for _, r in runs)


def test_every_icon_converts_to_vector_shapes() -> None:
    folder = icon_path("card").parent
    for path in folder.glob("*.svg"):
        icon = load_icon(path.stem)
        assert icon is not None and icon.shapes, path.name
        for shape in icon.shapes:
            for (sx, sy), steps, _closed in shape.subpaths:
                coords = [sx, sy] + [v for step in steps for v in step[1:]]
                assert all(-1 <= v <= 25 for v in coords), (path.name, coords)


def test_path_commands_and_arcs() -> None:
    [(start, steps, closed)] = parse_path("M3 10v4a1 1 0 0 0 1 1h3z")
    assert start == (3.0, 10.0) and closed
    assert steps[0] == ("L", 3.0, 14.0)
    assert steps[1][0] == "C" and steps[1][-2:] == (4.0, 15.0)  # the arc ends where it should
    assert steps[-1] == ("L", 7.0, 15.0)
    [(_, smooth, _)] = parse_path("M6.5 14.5c2 0 2.2-5 4.3-5s2.3 4 4.2 4")
    assert smooth[1][1:3] == pytest.approx((10.8 + 2.1, 9.5))  # reflected control point
    icon = parse_svg(
        '<svg viewBox="0 0 24 24" fill="none" stroke="#000"><circle cx="12" cy="12" r="5"/>'
        '<rect x="1" y="1" width="4" height="4" rx="1"/><unknown/></svg>'
    )
    assert len(icon.shapes) == 2
