"""The brand on every page of every PDF, not only on the map's: the report's cover,
contents, persona, insights and sources pages, the stage handouts, the poster's extra and
tiled pages and the comparison pages are set in the map's typeface (pdffonts lists no
other face), draw persona curves in the brand's palette, and say who the poster is for from
the map itself. Two exports in one process never hand a face on to each other."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pixels import colour_pixels
from PySide6.QtGui import QImage

from journeymapper.export.pdf import export_pdf
from journeymapper.export.report import export_handouts, export_report
from journeymapper.layout.theme import PALETTES
from journeymapper.model import JourneyMap
from journeymapper.model.document import Brand, Palette, Typeface
from journeymapper.templates import load_template

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdffonts", "pdftotext", "pdftoppm")),
    reason="poppler-utils (pdffonts, pdftotext, pdftoppm) is not installed",
)

TEMPLATE = "awareness-to-loyalty-en"
OWN_COLOUR = "#22CC22"  # the persona's own curve colour (a green no palette has)
FACES = {
    "serif": {"DejaVuSerif", "DejaVuSerif-Bold"},
    "sans": {"DejaVuSans", "DejaVuSans-Bold"},
}


def brand_map(typeface: str, palette: str = "standard") -> JourneyMap:
    doc = load_template(TEMPLATE)
    doc.personas[0].color = OWN_COLOUR
    doc.client = "Northside Roasters"
    doc.author = "Ada Byron"
    doc.brand = Brand(
        name="Northside",
        accent="#AA3377",
        typeface=Typeface(typeface),
        palette=Palette(palette),
    )
    return doc


def older(doc: JourneyMap) -> JourneyMap:
    """``doc`` as it was before: another emotion score (the comparison has a curve)."""
    other = doc.model_copy(deep=True)
    other.emotions[0].score = -other.emotions[0].score or 3
    return other


def fonts(path: Path) -> set[str]:
    rows = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {row.split()[0].split("+")[-1] for row in rows}


def text(path: Path, first: int = 1, last: int = 1) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(last), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pages(path: Path, folder: Path) -> list[QImage]:
    """Every page rendered at 50 dpi, in order."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(folder / "p")], check=True)
    return [QImage(str(p)) for p in sorted(folder.glob("p-*.png"))]


@pytest.mark.parametrize("face", ["serif", "sans"])
def test_every_pdf_is_set_in_the_maps_typeface_alone(face: str, tmp_path: Path) -> None:
    doc = brand_map(face, "colour-blind-safe")
    report, handouts = tmp_path / "report.pdf", tmp_path / "handouts.pdf"
    poster, tiles = tmp_path / "poster.pdf", tmp_path / "tiles.pdf"
    export_report(doc, report)
    export_handouts(doc, handouts)
    export_pdf(doc, poster, personas=True, sources=True, insights=True, compare=(older(doc), "v1"))
    export_pdf(doc, tiles, page_size="A4", tile=True)
    for path in (report, handouts, poster, tiles):
        assert fonts(path) == FACES[face], path.name


def test_two_exports_in_one_process_never_share_a_face(tmp_path: Path) -> None:
    """A serif export first, then sans ones: the sans files hold no serif (the page
    furniture's face once lived in a setting the serif export left behind)."""
    export_pdf(brand_map("serif"), tmp_path / "serif.pdf", page_size="A4", tile=True)
    assert fonts(tmp_path / "serif.pdf") == FACES["serif"]
    sans = brand_map("sans")
    export_report(sans, tmp_path / "report.pdf")
    export_pdf(sans, tmp_path / "tiles.pdf", page_size="A4", tile=True)
    export_pdf(load_template(TEMPLATE), tmp_path / "plain.pdf", insights=True)
    for name in ("report.pdf", "tiles.pdf", "plain.pdf"):
        assert fonts(tmp_path / name) == FACES["sans"], name


@pytest.mark.parametrize("palette", ["colour-blind-safe", "high-contrast"])
def test_persona_curves_on_every_page_take_the_palettes_colour(
    palette: str, tmp_path: Path
) -> None:
    """The insights chart, the comparison chart and the handout's emotion score draw the
    persona in the palette's first colour, never in its own (the map's curves already do)."""
    expected = PALETTES[palette].personas[0]
    for name, doc in (("standard", brand_map("sans")), (palette, brand_map("sans", palette))):
        poster, handouts = tmp_path / f"{name}.pdf", tmp_path / f"{name}-handouts.pdf"
        export_pdf(doc, poster, page_size="A4", insights=True, compare=(older(doc), "v1"))
        export_handouts(doc, handouts)
        images = pages(poster, tmp_path / name)
        texts = text(poster, 1, len(images)).split("\f")
        insights = next(i for i, t in enumerate(texts) if t.startswith("Insights"))
        compare = next(i for i, t in enumerate(texts) if "Comparison with v1" in t)
        handout = pages(handouts, tmp_path / f"{name}-h")[0]
        # (the handout's first page: the persona's dot and score in the panel)
        for what, image in (
            ("insights", images[insights]),
            ("compare", images[compare]),
            ("handout", handout),
        ):
            own, theirs = (
                colour_pixels(image, OWN_COLOUR, tol=16),
                colour_pixels(image, expected, tol=16),
            )
            if name == "standard":
                assert own > 20, what
            else:
                assert own == 0 and theirs > 20, (what, own, theirs)


def test_the_posters_band_names_the_maps_client_and_author(tmp_path: Path) -> None:
    doc = brand_map("serif")
    export_pdf(doc, tmp_path / "own.pdf", date="2026-11-24")
    band = text(tmp_path / "own.pdf")
    assert "Prepared for Northside Roasters" in band
    assert "Author: Ada Byron · 2026-11-24" in band
    # what the export is told wins over the map's own
    export_pdf(doc, tmp_path / "told.pdf", author="Jo", client="ACME", date="2026-11-24")
    told = text(tmp_path / "told.pdf")
    assert "Prepared for ACME" in told and "Author: Jo · 2026-11-24" in told
    assert "Prepared for Northside" not in told
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "own.pdf")], capture_output=True, text=True, check=True
    ).stdout
    author = next(line for line in info.splitlines() if line.startswith("Author:"))
    assert author.split(":", 1)[1].strip() == "Ada Byron"


def test_a_persona_slide_without_scores_takes_the_palettes_colour(
    tmp_path: Path, qapp: object
) -> None:
    """The deck's persona slide draws its rule in the persona's curve colour; a persona
    with no scores yet (no curve to take it from) gets the palette's, as the map's legend."""
    from pptx import Presentation

    from journeymapper.export.pptx import export_pptx

    doc = brand_map("sans", "colour-blind-safe")
    doc.emotions = [e for e in doc.emotions if e.persona != doc.personas[0].id]
    out = export_pptx(doc, tmp_path / "deck.pptx")
    slide = Presentation(str(out)).slides[1]
    rule = next(sh for sh in slide.shapes if sh.name == "Rule")
    assert f"#{rule.fill.fore_color.rgb}" == PALETTES["colour-blind-safe"].personas[0]


def _ink(image: QImage) -> list[bool]:
    """Which pixels are dark (text and rules), row by row."""
    rgb = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(rgb.constBits()), rgb.bytesPerLine()
    return [data[y * stride + x] < 128 for y in range(rgb.height()) for x in range(rgb.width())]


def test_the_export_dialogs_preview_sets_the_report_in_the_maps_typeface(
    tmp_path: Path, qapp: object
) -> None:
    """The preview of the report's own pages is drawn in the map's face: the cover it shows
    matches the PDF's cover far better than the same preview in the other face would."""
    from dataclasses import replace

    from PySide6.QtGui import QColor, QPainter

    from journeymapper.export.report import preview_pages
    from journeymapper.ui.report_preview import page_picture

    doc = brand_map("serif")
    pages, footer = preview_pages(doc, True)
    assert {page.face for page in pages if page.paint is not None} == {"serif"}
    export_report(doc, tmp_path / "report.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "72",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "report.pdf"),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    printed = QImage(str(next(tmp_path.glob("c*.png"))))
    pdf = _ink(printed)

    def shown(page) -> list[bool]:  # type: ignore[no-untyped-def]
        image = QImage(printed.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        p = QPainter(image)
        p.drawPicture(0, 0, page_picture(page, 1, len(pages), footer))
        p.end()
        return _ink(image)

    def unlike(ink: list[bool]) -> int:
        return sum(a != b for a, b in zip(ink, pdf, strict=True))

    assert unlike(shown(pages[0])) * 2 < unlike(shown(replace(pages[0], face="sans")))
