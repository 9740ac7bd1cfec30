"""File → Export…: the "Report" and "Stage handouts" choices, as a user makes them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pixels import colour_pixels
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QFileDialog

from journeymapper.editing.session import DocumentSession
from journeymapper.layout.theme import DEFAULT_THEME
from journeymapper.templates import load_template
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not shutil.which("pdfinfo"), reason="poppler-utils (pdfinfo) is not installed"
)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(w)
    return w


@pytest.fixture(autouse=True)
def _forget_export_choices():  # type: ignore[no-untyped-def]
    """The dialog remembers its last format; Qt reads the settings' folder once per
    process, so a "Report" left behind would be the next test module's default."""
    from PySide6.QtCore import QSettings

    QSettings("journeymapper", "journeymapper").remove("export")
    yield
    QSettings("journeymapper", "journeymapper").remove("export")


def _export_with_the_button(qtbot, d: ExportDialog, out: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)"))
    )
    with qtbot.waitSignal(d.accepted, timeout=120_000):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    d.wait()


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


def test_report_choice_previews_its_pages_and_exports(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    d = ExportDialog(window.session.doc, window.scene.layout, str(tmp_path / "map"), window)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.fmt.setCurrentIndex(d.fmt.findText("Report (PDF)"))
    d.page.setCurrentIndex(d.page.findData("A4"))
    d.client.setText("Northside Roasters")
    d.update_preview()
    assert not d.orientation.isEnabled() and not d.tile.isEnabled()
    assert d.client.isEnabled() and d.author.isEnabled()
    count = int(d.summary.text().split()[0])
    assert "A4" in d.summary.text() and count > 10
    captions = [d.preview.caption(i) for i in range(d.preview.page_count())]
    assert captions[:2] == ["Cover", "Contents"]
    # the map's own page, one fitted page (no poster tiles), drawn in the preview
    assert captions.count("The journey map") == 1 and "Overview" not in captions
    assert "Awareness" in captions

    # the cover itself is shown (read back from the report's PDF): its accent band along
    # the top of the page, which the other pages do not have
    def band_pixels(index: int) -> int:
        d.preview.show_page(index)
        qtbot.wait(50)
        band = d.preview.view.mapFromScene(QRectF(0, 0, 595, 14)).boundingRect()
        shot = d.preview.view.viewport().grab().toImage()
        return colour_pixels(shot, DEFAULT_THEME.selection, band, tol=20), band.width()

    count_on_cover, width = band_pixels(0)
    assert count_on_cover > width * 2
    assert band_pixels(captions.index("Awareness"))[0] == 0
    out = tmp_path / "report.pdf"
    _export_with_the_button(qtbot, d, out, monkeypatch)
    assert d.written == out and _pages(out) == count
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "Prepared for Northside Roasters" in text


def test_handouts_choice_exports_a_page_per_stage_on_a3(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    d = ExportDialog(window.session.doc, window.scene.layout, str(tmp_path / "map"), window)
    qtbot.addWidget(d)
    d.fmt.setCurrentIndex(d.fmt.findText("Stage handouts (PDF)"))
    d.page.setCurrentIndex(d.page.findData("A3"))
    d.update_preview()
    stages = [s.name for s in window.session.doc.stages]
    assert d.preview.page_count() == len(stages)
    assert [d.preview.caption(i) for i in range(len(stages))] == stages
    assert not d.client.isEnabled()  # (the handouts have no cover)
    out = tmp_path / "handouts.pdf"
    _export_with_the_button(qtbot, d, out, monkeypatch)
    assert _pages(out) == len(stages)
