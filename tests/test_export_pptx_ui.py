"""File → Export… as a PowerPoint deck: the choice, what it disables, what it writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journeymapper.editing.session import DocumentSession
from journeymapper.export.deck_plan import plan_deck
from journeymapper.templates import load_template
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(w)
    return w


def test_the_dialog_exports_a_deck(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    d = ExportDialog(window.session.doc, window.scene.layout, str(tmp_path / "map"), window)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.fmt.setCurrentIndex(d.fmt.findData("pptx"))
    d.update_preview()
    n = len(plan_deck(window.session.doc).slides)
    assert d.summary.text() == f"{n} slides, 16:9, editable in PowerPoint and Impress"
    assert d.preview.page_count() == 1
    for widget in (d.page, d.orientation, d.margin, d.tile, d.dpi, d.transparent, d.text_paths):
        assert not widget.isEnabled()
    assert d.client.isEnabled() and d.author.isEnabled()
    qtbot.keyClicks(d.client, "Northside Roasters")
    out = tmp_path / "deck.pptx"
    asked = []

    def save_as(_parent, _title, start, filters):  # type: ignore[no-untyped-def]
        asked.append((start, filters))
        return str(tmp_path / "deck"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    try:
        with qtbot.waitSignal(d.accepted, timeout=120_000):
            qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    finally:
        # the dialog remembers its choices in QSettings, whose file this process keeps
        # using: leave no "pptx" behind for the other tests' dialogs
        d.settings.remove("export")
    assert asked == [(str(tmp_path / "map.pptx"), "PowerPoint (*.pptx)")]
    assert d.written == out
    prs = Presentation(str(out))
    assert len(prs.slides) == n
    title_slide = "\n".join(sh.text_frame.text for sh in prs.slides[0].shapes if sh.has_text_frame)
    assert "Client: Northside Roasters" in title_slide
