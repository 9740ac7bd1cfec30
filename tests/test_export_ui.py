"""File → Export… and `journeymapper export`: what a user sees and gets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import load_template, template_path
from journeymapper.ui.export_dialog import ExportDialog, ExportOptions
from journeymapper.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(w)
    return w


def _dialog(w: MainWindow, tmp_path: Path) -> ExportDialog:
    return ExportDialog(w.session.doc, w.scene.layout, str(tmp_path / "map"), w)


def test_preview_shows_one_thumbnail_per_page(qtbot, window, tmp_path: Path) -> None:
    d = _dialog(window, tmp_path)
    qtbot.addWidget(d)
    d.page.setCurrentIndex(d.page.findData("A4"))
    d.tile.setChecked(True)
    d.update_preview()
    assert "tiles plus an overview page" in d.summary.text()
    pages = int(d.summary.text().split()[0])
    assert d.preview.page_count() == min(pages, 24)
    assert d.preview.caption(0) == "Overview"
    d.fmt.setCurrentIndex(d.fmt.findData("png"))
    d.page.setCurrentIndex(d.page.findData("A4"))
    d.dpi.setValue(300)
    d.update_preview()
    assert d.preview.page_count() == 1
    assert "× " in d.summary.text() and "pixels" in d.summary.text()
    assert not d.tile.isEnabled()


def test_export_runs_in_a_thread_and_writes_the_file(qtbot, window, tmp_path: Path) -> None:
    d = _dialog(window, tmp_path)
    qtbot.addWidget(d)
    out = tmp_path / "poster.pdf"
    with qtbot.waitSignal(d.accepted, timeout=60_000):
        d.start_export(str(out), ExportOptions(fmt="pdf", page_size="A3", client="ACME"))
    assert d.written == out
    assert out.read_bytes().startswith(b"%PDF")


def test_cancelling_an_export_writes_nothing(qtbot, window, tmp_path: Path) -> None:
    d = _dialog(window, tmp_path)
    qtbot.addWidget(d)
    out = tmp_path / "tiles.pdf"
    d.start_export(str(out), ExportOptions(fmt="pdf", page_size="A4", tile=True))
    d.job.cancelled.set()  # the progress dialog's Cancel button does this
    d.wait()
    qtbot.wait(50)
    assert not out.exists()
    assert d.written is None


def test_a_refused_export_says_why(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "journeymapper.ui.export_dialog.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    d = _dialog(window, tmp_path)
    qtbot.addWidget(d)
    d.start_export(str(tmp_path / "huge.png"), ExportOptions(fmt="png", page_size="A0", dpi=600))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "megapixels" in shown[0]
    assert not (tmp_path / "huge.png").exists()


def test_cli_export_pdf_and_png(tmp_path: Path, capsys) -> None:
    src = str(template_path("discovery-to-loyalty-it"))
    assert main(["export", src, "-o", str(tmp_path / "m.pdf"), "--page-size", "a2"]) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", src, "-o", str(tmp_path / "m.png"), "--dpi", "72"]) == 0
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")


def test_cli_export_refuses_bad_input_without_writing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"format": "journeymapper", "schema_version": 1, "title": ""}')
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    assert main(["export", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "$.title" in err and "$.stages" in err
    assert out.read_bytes() == b"old"
    src = str(template_path("awareness-to-loyalty-en"))
    assert main(["export", src, "-o", str(tmp_path / "m.jpg")]) == 2
    assert main(["export", src, "-o", str(tmp_path / "m.png"), "--tile"]) == 2
    assert main(["export", src, "-o", str(tmp_path / "m.png"), "--dpi", "700"]) == 2
    assert main(["export", src, "-o", str(tmp_path / "m.pdf"), "--page-size", "B5"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_export_as_a_separate_process(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "journeymapper",
            "export",
            str(template_path("awareness-to-advocacy-en")),
            "-o",
            str(out),
            "--tile",
            "--page-size",
            "A3",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
    pages = int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )
    assert pages >= 2  # an overview and the tiles


def test_the_dialog_asks_for_persona_and_sources_pages(qtbot, window, tmp_path: Path) -> None:
    d = _dialog(window, tmp_path)
    qtbot.addWidget(d)
    d.personas.setChecked(True)
    d.sources.setChecked(True)
    o = d.options()
    assert o.personas and o.sources
    out = tmp_path / "with-pages.pdf"
    with qtbot.waitSignal(d.accepted, timeout=60_000):
        d.start_export(str(out), o)
    plain = tmp_path / "plain.pdf"
    main(["export", str(template_path("awareness-to-loyalty-en")), "-o", str(plain)])
    assert out.read_bytes().count(b"/Type /Page\n") > plain.read_bytes().count(b"/Type /Page\n")
    d.fmt.setCurrentIndex(d.fmt.findData("png"))  # a PNG is one picture
    assert not d.personas.isEnabled() and not d.sources.isEnabled()
    assert not d.options().personas and not d.options().sources


def test_the_dialog_never_exports_over_the_map_it_shows(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    """A map saved under a name such as map.pdf: exporting to that name would replace the
    map itself (issue 10, item 10, in the editor as on the command line)."""
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.io import save

    source = tmp_path / "map.pdf"
    save(window.session.doc, source)
    before = source.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text, *a: warnings.append(text)),
    )
    d = ExportDialog(window.session.doc, window.scene.layout, str(source), window, source=source)
    qtbot.addWidget(d)
    d.start_export(str(tmp_path / "." / "map.pdf"), ExportOptions(fmt="pdf", page_size="A4"))
    assert d.job is None  # nothing was started
    assert source.read_bytes() == before
    assert warnings and "map you are editing" in warnings[0]


def test_report_and_handouts_show_the_page_size_and_pages_they_have(
    qtbot, window, tmp_path: Path
) -> None:
    d = _dialog(window, tmp_path)
    d.show()
    qtbot.waitExposed(d)
    d.page.setCurrentIndex(d.page.findData("fit"))
    d.personas.setChecked(False)
    d.sources.setChecked(True)
    fit_item = d.page.model().item(d.page.findData("fit"))
    try:
        for kind in ("report", "handouts"):
            d.fmt.setCurrentIndex(d.fmt.findData(kind))
            d.update_preview()
            # the size the pages really have, as the summary says, and no "fit" to choose
            assert d.page.currentText() == "A4" and d.summary.text().endswith("pages, A4")
            assert not fit_item.isEnabled()
            for box in (d.personas, d.sources, d.insights):
                assert not box.isEnabled()
                assert box.isChecked() == (kind == "report")
            if kind == "report":
                assert d.insights.toolTip().startswith("Always in the report")
        # back to the poster: its own choices again
        d.fmt.setCurrentIndex(d.fmt.findData("pdf"))
        d.update_preview()
        assert d.page.currentData() == "fit" and fit_item.isEnabled()
        assert not d.personas.isChecked() and d.sources.isChecked()
        assert d.personas.isEnabled()
    finally:
        d.settings.remove("export")


def test_deck_preview_is_its_overview_slide(qtbot, window, tmp_path: Path) -> None:
    from journeymapper.export.deck_plan import plan_deck

    d = _dialog(window, tmp_path)
    d.fmt.setCurrentIndex(d.fmt.findData("pptx"))
    d.update_preview()
    slides = plan_deck(window.session.doc).slides
    at = [s.kind for s in slides].index("overview") + 1
    assert d.summary.text().startswith(f"{len(slides)} slides")
    assert d.preview.page_label.text() == f"Slide {at} of {len(slides)} · Overview"
    page = d.preview.pages[0]
    assert page.width / page.height == pytest.approx(16 / 9, rel=0.01)
    d.settings.remove("export")


def test_margin_uses_the_locales_decimal_separator_in_every_mode(
    qtbot, window, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    old = QLocale()
    QLocale.setDefault(QLocale("it"))
    try:
        d = _dialog(window, tmp_path)
        d.show()
        qtbot.waitExposed(d)
        for kind in ("pdf", "report", "handouts", "png", "pdf"):
            d.fmt.setCurrentIndex(d.fmt.findData(kind))
            d.update_preview()
            assert d.margin.text() == "12,00 mm", kind
        d.settings.remove("export")
    finally:
        QLocale.setDefault(old)
