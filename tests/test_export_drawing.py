"""One drawing of the map: the PDF, the PNG and the canvas show the same picture, drawn in
one order with the theme's colours (what a user sees is what prints)."""

from __future__ import annotations

import dataclasses
import inspect
import math
import shutil
import subprocess
from pathlib import Path

import pytest
from image_compare import PAPER_BLOCK, PAPER_MEAN, difference, png
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journeymapper.export import export_pdf, plan_export
from journeymapper.layout import Rect, compute_layout
from journeymapper.layout.theme import KIND_ACCENT, LANE_ACCENT, Theme, mix
from journeymapper.model import JourneyMap
from journeymapper.render import drawing
from journeymapper.templates import load_template
from journeymapper.text.metrics import map_metrics

poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed"
)

#: the canvas and the PNG are drawn by the same code through the same adapter
CANVAS_MEAN, CANVAS_BLOCK = 0.1, 8


def paper_dpi(doc: JourneyMap) -> float:
    """About 72 dpi, chosen so that the map's top-left corner on the PDF page falls on a
    whole pixel (no half-pixel shift between the two pictures)."""
    oy = plan_export(doc, margin_mm=0).pages[0].placement.oy
    return 72 * math.ceil(oy) / oy if oy > 0 else 72.0


def pdf_as_png(doc: JourneyMap, tmp_path: Path, dpi: float, size: tuple[int, int]) -> QImage:
    """The map's area of its PDF (one page, no margin), rasterised by poppler."""
    out = tmp_path / "map.pdf"
    export_pdf(doc, out, margin_mm=0)
    place = plan_export(doc, margin_mm=0).pages[0].placement
    subprocess.run(
        ["pdftoppm", "-png", "-r", repr(dpi), "-singlefile", str(out), str(tmp_path / "pdf")],
        check=True,
    )
    page = QImage(str(tmp_path / "pdf.png"))
    k = dpi / 72
    return page.copy(round(place.ox * k), round(place.oy * k), *size)


@poppler
@pytest.mark.parametrize("name", ["awareness-to-loyalty-en", "awareness-to-advocacy-it"])
def test_png_and_pdf_match_at_the_same_dpi(qapp, tmp_path: Path, name: str) -> None:
    doc = load_template(name)
    dpi = paper_dpi(doc)
    image = png(doc, tmp_path, dpi)
    paper = pdf_as_png(doc, tmp_path, dpi, (image.width(), image.height()))
    mean, worst = difference(image, paper)
    assert mean < PAPER_MEAN and worst < PAPER_BLOCK, (mean, worst)


@poppler
def test_the_comparison_sees_one_card_of_another_colour(qapp, tmp_path: Path) -> None:
    """The control of the test above: one card recoloured is far outside its tolerance."""
    doc = load_template("awareness-to-loyalty-en")
    dpi = paper_dpi(doc)
    image = png(doc, tmp_path, dpi)
    doc.cards[5].color = "#F2C94C"
    paper = pdf_as_png(doc, tmp_path, dpi, (image.width(), image.height()))
    mean, worst = difference(image, paper)
    assert worst > 2 * PAPER_BLOCK, (mean, worst)


@pytest.mark.parametrize("dpi", [72, 144])
def test_the_canvas_matches_the_png(qapp, tmp_path: Path, dpi: int) -> None:
    """The scene rendered at the PNG's scale is the PNG (what a user sees is what prints)."""
    from journeymapper.canvas.scene import MapScene
    from journeymapper.editing.session import DocumentSession

    doc = load_template("awareness-to-loyalty-en")
    image = png(doc, tmp_path, dpi)
    scene = MapScene(DocumentSession(doc))
    lay = scene.layout
    k = dpi / 72
    shown = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    shown.fill(Qt.GlobalColor.white)
    p = QPainter(shown)
    target = QRectF(0, 0, lay.width * k, lay.height * k)
    scene.render(p, target, QRectF(0, 0, lay.width, lay.height))
    p.end()
    mean, worst = difference(image, shown)
    assert mean < CANVAS_MEAN and worst < CANVAS_BLOCK, (mean, worst)
    # and it is a map, not two blank pictures: the first card's fill is there
    card = next(iter(lay.cards.values()))
    inside = shown.pixelColor(round((card.rect.right - 6) * k), round((card.rect.bottom - 6) * k))
    assert inside.name().upper() == card.fill.upper()


# -- what the drawing asks of a surface ------------------------------------------------


class Recorder:
    """A `drawing.Surface` that writes down every call, each as a dict of its arguments
    by name (the calls must fit the `Surface` protocol: the shape a third adapter, such
    as SVG, implements)."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def __getattr__(self, name: str):
        method = getattr(drawing.Surface, name)  # (AttributeError: not on a surface)
        signature = inspect.signature(method)

        def record(*args, **kwargs) -> None:
            bound = signature.bind(self, *args, **kwargs)
            bound.apply_defaults()
            call = dict(bound.arguments)
            call["self"] = name
            self.calls.append(call)

        return record


def _layout(name: str = "awareness-to-loyalty-en"):
    return compute_layout(load_template(name), map_metrics())


def test_the_draw_order_is_the_canvas_stacking_order() -> None:
    """Curves under headers, cards, connections and labels; labels over every line and
    curve; emotion points on top (on the canvas they are handles)."""
    lay = _layout()
    rec = Recorder()
    drawing.draw_map(rec, lay)
    calls = rec.calls
    t = lay.theme
    labels = {c.label.lines[0] for c in lay.connections if c.label is not None}
    curve_colours = {c.colour for c in lay.curves}

    def where(kind: str, test) -> list[int]:
        return [i for i, c in enumerate(calls) if c["self"] == kind and test(c)]

    card_rects = {b.rect for b in lay.cards.values()}
    curves = where("path", lambda c: c["stroke"] is not None and c["stroke"].cap == "round")
    plate = drawing.Fill(t.label_plate, t.label_plate_alpha)
    plates = where("rounded_rect", lambda c: c["fill"] == plate)
    label_texts = where("text", lambda c: c["lines"][0][1] in labels)
    points = where("ellipse", lambda c: c["stroke"].colour in curve_colours)
    cards = where("rounded_rect", lambda c: c["r"] in card_rects)
    routes = where("path", lambda c: c["fill"] is None and c["stroke"].colour == t.connection)
    routes += where("line", lambda c: c["stroke"].colour == t.connection)
    arrows = where("path", lambda c: c["fill"] == drawing.Fill(t.connection))
    assert curves and plates and label_texts and points and cards and routes and arrows
    assert len(plates) == len(labels) and len(curves) == len(lay.curves)
    assert len(points) == sum(len(c.points) for c in lay.curves)
    assert max(curves) < min(cards) < max(cards) < min(routes + arrows)
    assert max(routes + arrows) < min(plates) and max(curves) < min(label_texts)
    assert max(label_texts) < min(points)
    # the canvas' card handle is no part of the map
    assert not where("ellipse", lambda c: c["fill"] == drawing.Fill(t.selection))


def test_every_colour_drawn_comes_from_the_theme_or_the_map() -> None:
    lay = _layout("awareness-to-advocacy-it")
    rec = Recorder()
    drawing.draw_map(rec, lay)
    t: Theme = lay.theme
    allowed = {v for v in vars(t).values() if isinstance(v, str)}
    allowed |= set(LANE_ACCENT.values()) | set(KIND_ACCENT.values())
    allowed |= {s.fill for s in lay.stages} | {lane.fill for lane in lay.lanes}
    allowed |= {mix(s.fill, t.shadow, t.header_border_darken) for s in lay.stages}
    allowed |= {c.colour for c in lay.curves}
    for box in lay.cards.values():
        allowed |= {box.fill, box.border} | {chip.fill for chip in box.chips}
    allowed |= {e.colour for lane in lay.lanes for e in lane.legend}
    used = {c["colour"] for c in rec.calls if c["self"] == "text"}
    for call in rec.calls:
        used |= {
            arg.colour for arg in call.values() if isinstance(arg, drawing.Fill | drawing.Stroke)
        }
    assert used - allowed == set()
    assert {t.connection, t.label_plate, t.grid_line, t.ink} <= used


def test_a_view_draws_only_what_reaches_into_it() -> None:
    """A tile or a band of an image draws the cards near it, not the whole map."""
    lay = _layout()
    card = next(iter(lay.cards.values()))
    rec = Recorder()
    drawing.draw_map(rec, lay, view=Rect(card.rect.x, card.rect.y, 10, 10))
    card_rects = {b.rect for b in lay.cards.values()}
    drawn = [c["r"] for c in rec.calls if c["self"] == "rounded_rect" and c["r"] in card_rects]
    assert drawn == [card.rect]


def test_a_clip_keeps_drawing_inside_it(qapp) -> None:
    from journeymapper.render.painting import QtSurface

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    s = QtSurface(p)
    s.save()
    s.clip_rect(Rect(10, 10, 10, 10))
    s.rect(Rect(0, 0, 40, 40), drawing.Fill("#000000"))
    s.restore()
    s.rect(Rect(30, 30, 5, 5), drawing.Fill("#FF0000"))
    p.end()
    assert image.pixelColor(15, 15).name() == "#000000"
    assert image.pixelColor(5, 5).name() == "#ffffff"
    assert image.pixelColor(25, 15).name() == "#ffffff"
    assert image.pixelColor(32, 32).name() == "#ff0000"  # the clip ended with restore()


def _label_on_a_curve(moved: bool = True):
    """A laid-out map with a connection's label moved onto an emotion curve (unless not
    ``moved``), and the point of the curve under the middle of the label, where no
    letter is."""
    lay = _layout()
    curve = lay.curves[0]
    (x0, y0), (ax, ay), (bx, by), (x1, y1) = curve.segments[0]
    mid = ((x0 + 3 * ax + 3 * bx + x1) / 8, (y0 + 3 * ay + 3 * by + y1) / 8)
    if moved:
        conn = next(c for c in lay.connections if c.label is not None)
        plate = Rect(mid[0] - 40, mid[1] - 9, 80, 18)
        label = dataclasses.replace(conn.label, x=plate.x + 2, y=plate.y + 2, lines=("",))
        lay.connections = [dataclasses.replace(conn, label_rect=plate, label=label)]
    return lay, mid


def _plate_on_top(colour: QColor) -> bool:
    """The label's near-white plate, not the (strong) curve colour, is on top."""
    return min(colour.red(), colour.green(), colour.blue()) > 200


def _png_pixel(lay, x: float, y: float) -> QColor:
    from journeymapper.render.painting import draw_map

    image = QImage(round(lay.width), round(lay.height), QImage.Format.Format_RGB32)
    p = QPainter(image)
    draw_map(p, lay)
    p.end()
    return image.pixelColor(round(x), round(y))


def _pdf_pixel(lay, x: float, y: float, tmp_path: Path) -> QColor:
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.export.pdf_surface import PdfSurface

    c = Canvas(str(tmp_path / "map.pdf"), pagesize=(lay.width, lay.height))
    c.translate(0, lay.height)
    c.scale(1, -1)  # scene space, y down
    drawing.draw_map(PdfSurface(c), lay)
    c.showPage()
    c.save()
    args = ["pdftoppm", "-png", "-r", "72", "-singlefile", str(tmp_path / "map.pdf")]
    subprocess.run([*args, str(tmp_path / "p")], check=True)
    return QImage(str(tmp_path / "p.png")).pixelColor(round(x), round(y))


@poppler
@pytest.mark.parametrize("surface", ["png", "pdf"])
def test_a_label_lies_over_the_curve_it_crosses(qapp, tmp_path: Path, surface: str) -> None:
    """The one draw order on paper too (the exports used to draw curves over labels)."""

    def pixel(lay, x: float, y: float) -> QColor:
        return _png_pixel(lay, x, y) if surface == "png" else _pdf_pixel(lay, x, y, tmp_path)

    lay, (x, y) = _label_on_a_curve(moved=False)
    assert not _plate_on_top(pixel(lay, x, y))  # the probe is on the curve
    lay, (x, y) = _label_on_a_curve()
    assert _plate_on_top(pixel(lay, x, y))


def test_every_adapter_is_a_whole_surface(qapp) -> None:
    """The QPainter and reportlab adapters take every call of the protocol, with the same
    arguments (a third adapter, such as SVG, is checked the same way)."""
    from journeymapper.export.pdf_surface import PdfSurface
    from journeymapper.render.painting import QtSurface

    names = [n for n in vars(drawing.Surface) if not n.startswith("_")]
    assert {"rect", "rounded_rect", "path", "text", "icon", "clip_rect", "save"} <= set(names)
    for adapter in (QtSurface, PdfSurface):
        for name in names:
            wanted = list(inspect.signature(getattr(drawing.Surface, name)).parameters)
            got = list(inspect.signature(getattr(adapter, name)).parameters)
            assert got == wanted, (adapter.__name__, name)
