"""The export dialog's preview fills its pane, zooms and pages through pages (issue 12,
item 11); page size, tiling and client are remembered per map and globally (item 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import load_template
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    make_app()
    # Qt finds the settings file once per process: no other test's export choices
    settings = QSettings("journeymapper", "journeymapper")
    settings.remove("export")
    settings.remove("last_folder")
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(w)
    yield w
    settings.remove("export")
    settings.remove("last_folder")


def dialog(qtbot: Any, w: MainWindow, name: str) -> ExportDialog:
    d = ExportDialog(w.session.doc, w.scene.layout, name, w)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.update_preview()
    QApplication.processEvents()
    d.preview.fit()
    return d


def wheel(view: Any, steps: int) -> None:
    centre = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_preview_fills_its_pane_and_zooms(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    d = dialog(qtbot, window, str(tmp_path / "m"))
    view = d.preview.view
    page = view.mapFromScene(view.scene().items()[0].sceneBoundingRect()).boundingRect()
    port = view.viewport().rect()
    assert page.width() >= 0.9 * port.width() or page.height() >= 0.9 * port.height()
    assert port.width() >= 600, "the preview pane is too small"
    fitted = view.zoom()
    wheel(view, 2)
    assert view.zoom() > fitted * 1.4
    wheel(view, -1)
    assert fitted < view.zoom()
    d.preview.actual_button.click()
    assert d.preview.zoom_percent() == 100
    assert "100" in d.preview.zoom_label.text()
    d.preview.fit_button.click()
    assert abs(view.zoom() - fitted) < 1e-6


def test_paging_through_tiles(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    d = dialog(qtbot, window, str(tmp_path / "m"))
    d.page.setCurrentIndex(d.page.findData("A4"))
    d.tile.setChecked(True)
    d.update_preview()
    n = d.preview.page_count()
    assert n > 2
    assert d.preview.page_label.text().startswith(f"Page 1 of {n}")
    assert not d.preview.prev_button.isEnabled()
    d.preview.next_button.click()
    assert d.preview.index == 1
    assert d.preview.page_label.text().startswith(f"Page 2 of {n}")
    assert "Row 1, column 1" in d.preview.page_label.text()
    for _ in range(n + 3):
        d.preview.next_button.click()
    assert d.preview.index == n - 1 and not d.preview.next_button.isEnabled()


def test_page_sizes_are_capitalised(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    d = dialog(qtbot, window, str(tmp_path / "m"))
    labels = [d.page.itemText(i) for i in range(d.page.count())]
    assert "Letter" in labels and "Tabloid" in labels
    assert "letter" not in labels and "tabloid" not in labels
    d.page.setCurrentIndex(d.page.findData("A4"))
    d.update_preview()
    assert d.summary.text().startswith("1 page, A4"), d.summary.text()


def export_with(
    qtbot: Any, w: MainWindow, name: str, monkeypatch: pytest.MonkeyPatch, **choices: Any
) -> None:
    d = dialog(qtbot, w, name)
    d.page.setCurrentIndex(d.page.findData(choices["page"]))
    d.tile.setChecked(choices["tile"])
    d.client.setText(choices["client"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (name + ".pdf", ""))
    )
    started: list[str] = []
    monkeypatch.setattr(d, "start_export", lambda path, _o: started.append(path))
    d.choose_file_and_export()
    assert started == [name + ".pdf"]


def test_choices_are_remembered_per_map_and_globally(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two, three = (str(tmp_path / n) for n in ("one", "two", "three"))
    export_with(qtbot, window, one, monkeypatch, page="A3", tile=True, client="ACME")
    export_with(qtbot, window, two, monkeypatch, page="letter", tile=False, client="Contoso")
    again = dialog(qtbot, window, one)  # this map's own last choices
    assert again.page.currentData() == "A3"
    assert again.tile.isChecked()
    assert again.client.text() == "ACME"
    other = dialog(qtbot, window, three)  # a map never exported: the last export's
    assert other.page.currentData() == "letter"
    assert not other.tile.isChecked()
    assert other.client.text() == "Contoso"
