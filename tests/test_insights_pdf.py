"""The PDF's insights page (issue 16): read back with pdftotext, looked at with pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from reportlab.pdfgen.canvas import Canvas

from journeymapper.cli import main
from journeymapper.export import ExportOptions, export_map
from journeymapper.export.insights_page import DROP_COLOUR, LIST_LIMIT, draw_insights_pages
from journeymapper.export.pdf_pages import Writer
from journeymapper.io import save
from journeymapper.layout import DEFAULT_THEME
from journeymapper.text.metrics import SANS, map_metrics
from tests.insights_maps import card, journey
from tests.pixels import colour_pixels

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)


def pdf_text(path: Path, first: int = 1, last: int = 0) -> str:
    args = ["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


def page_image(path: Path, page: int, tmp_path: Path) -> QImage:
    stem = tmp_path / f"page{page}"
    pick = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", "-png", "-r", "50", *pick, str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


def sample(extra_pains: int = 0):
    """Two personas, one falling 5 points from Consider to Buy; votes; claims with and
    without evidence; touchpoints on two channels."""
    cards = [
        card("tp1", "s-1", "l-tp", channel="website", title="Landing page"),
        card("tp2", "s-2", "l-tp", channel="email", title="Welcome mail"),
        card("tp3", "s-2", "l-tp", channel="website", title="Price table"),
        card("a1", "s-1", "l-act", votes=7, title="Compares offers"),
        card("a2", "s-3", "l-act", votes=3, title="Pays online"),
        card("p1", "s-3", "l-pain", kind="pain_point", title="Card declined"),
        card("o1", "s-3", "l-opp", kind="opportunity", title="Pay later", evidence=["observation"]),
    ]
    cards += [
        card(f"px{n}", "s-2", "l-pain", kind="pain_point", title=f"Extra worry {n}")
        for n in range(extra_pains)
    ]
    return journey(
        cards=cards,
        arrows=[("tp1", "tp2"), ("tp2", "a2")],
        emotions=[
            ("s-1", 1, "ann"),
            ("s-2", 2, "ann"),
            ("s-3", -3, "ann"),
            ("s-1", 0, "bob"),
            ("s-2", 1, "bob"),
            ("s-3", 2, "bob"),
        ],
        personas=[("ann", "Ann Example"), ("bob", "Bob Sample")],
    )


def export(doc, tmp_path: Path, **kw) -> Path:
    out = tmp_path / "map.pdf"
    export_map(doc, out, ExportOptions(page_size="A4", **kw))
    return out


def test_the_insights_page_says_what_the_map_says(tmp_path: Path) -> None:
    out = export(sample(), tmp_path, insights=True)
    assert pages(out) == 2  # the map, then one page of insights
    text = pdf_text(out, 2)
    assert "Insights" in text
    # headline figures
    assert "3\nstages" in text
    assert "10 votes" not in text and "10\nvotes" in text
    # the emotion curve: both personas in the legend, Ann's low and her drop of 5
    assert "Ann Example" in text and "Bob Sample" in text
    assert "low -3" in text and "-5" in text
    # the stage × channel table: channels as columns (fewer than stages), totals
    for word in ("Website", "Email", "Aware", "Consider", "Buy", "Total"):
        assert word in text
    # the top-voted cards, in order, and the claims without evidence
    assert text.index("1. \u201cCompares offers\u201d, 7 votes") < text.index(
        "2. \u201cPays online\u201d, 3 votes"
    )
    assert "\u201cCard declined\u201d \u2014 Buy, pain point" in text
    assert "Pay later\u201d \u2014" not in text  # it cites an observation
    # the page is drawn, not only written: the drop's colour is on it
    assert colour_pixels(page_image(out, 2, tmp_path), DROP_COLOUR, tol=40) > 20


def test_a_long_list_goes_on_over_pages(tmp_path: Path) -> None:
    out = export(sample(extra_pains=LIST_LIMIT + 15), tmp_path, insights=True)
    assert pages(out) >= 3
    text = pdf_text(out, 2)
    assert "(continued)" in text
    assert "Extra worry 0\u201d" in text and f"Extra worry {LIST_LIMIT - 2}\u201d" in text
    assert f"\u2026 and {16} more" in text  # 56 claims: 40 shown, 16 counted
    assert "page 3 of" in pdf_text(out, 3)


def test_no_insights_page_unless_asked(tmp_path: Path) -> None:
    out = export(sample(), tmp_path)
    assert pages(out) == 1
    assert "Claims without evidence" not in pdf_text(out)


def test_a_map_with_no_scores_votes_or_touchpoints(tmp_path: Path) -> None:
    doc = journey(cards=[card("a1", "s-1", "l-act")])
    text = pdf_text(export(doc, tmp_path, insights=True), 2)
    assert "The map has no emotion points." in text
    assert "The map has no touchpoint cards." in text
    assert "No card has votes yet." in text


def test_the_report_draws_the_page_on_its_own_canvas() -> None:
    """`draw_insights_pages` for a document that builds its own pages: its pages, ended,
    each with the caller's footer, and their number returned."""
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=SANS, initialFontSize=10)
    footers: list[tuple[int, int]] = []

    def footer(canvas: Canvas, number: int, count: int) -> None:
        footers.append((number, count))
        canvas.setFont(SANS, 8)
        canvas.drawString(40, 20, f"report footer {number}/{count}")

    out = Writer(map_metrics(), DEFAULT_THEME)
    n = draw_insights_pages(c, sample(LIST_LIMIT), (595.0, 842.0), 40.0, out, footer)
    c.save()
    assert n >= 2
    assert footers == [(i, n) for i in range(1, n + 1)]
    assert c.getPageNumber() == n + 1  # every page ended; the next one not begun


def test_command_line_insights(tmp_path: Path, capsys) -> None:
    path = tmp_path / "m.journey.json"
    save(sample(), path)
    out = tmp_path / "m.pdf"
    assert main(["export", str(path), "-o", str(out), "--insights"]) == 0
    assert "Claims without evidence" in pdf_text(out)
    assert main(["export", str(path), "-o", str(tmp_path / "m.png"), "--insights"]) == 2
    assert "insights page is a page of a PDF" in capsys.readouterr().err
    assert not (tmp_path / "m.png").exists()


def test_the_export_dialog_adds_the_insights_page(qtbot, window, tmp_path: Path) -> None:
    from journeymapper.ui.export_dialog import ExportDialog

    d = ExportDialog(window.session.doc, window.scene.layout, str(tmp_path / "map"), window)
    qtbot.addWidget(d)
    d.page.setCurrentIndex(d.page.findData("A4"))
    assert d.insights.isEnabled() and not d.insights.isChecked()
    d.insights.setChecked(True)
    o = d.options()
    assert o.insights
    out = tmp_path / "with-insights.pdf"
    with qtbot.waitSignal(d.accepted, timeout=60_000):
        d.start_export(str(out), o)
    assert pages(out) >= 2  # the map, then the insights
    assert "Touchpoints by stage and channel" in pdf_text(out, 2)
    d.fmt.setCurrentIndex(d.fmt.findData("png"))  # a PNG is one picture
    assert not d.insights.isEnabled() and not d.options().insights
