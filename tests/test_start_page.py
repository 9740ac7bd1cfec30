"""The start page (issue 19, "First screen and recent files"), through the real widgets: it
shows when the editor starts without a file, makes a blank map in the chosen stages and
language, opens an example, lists the recent maps (updated on save and open, a missing one
marked and removable), File → Open Recent, and the thumbnails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymapper import app as app_module
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load
from journeymapper.layout import compute_layout
from journeymapper.templates import default_template, load_template, template_path
from journeymapper.text import map_metrics
from journeymapper.ui import thumbnails
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.recent import MAX_RECENT, RecentFiles
from journeymapper.ui.start_page import StartPage


def settle(times: int = 5) -> None:
    for _ in range(times):
        QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_recent_maps() -> None:
    """QSettings keeps its file for the whole process: each test starts with no list."""
    settings = QSettings("journeymapper", "journeymapper")
    settings.remove("recent_maps")
    settings.remove("recent")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qtbot: Any):  # type: ignore[no-untyped-def]
    """`run_gui()` with no FILE, as `dev.sh run` calls it: the start page."""
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: settle() or 0))
    app_module.WINDOWS.clear()
    assert app_module.run_gui(None) == 0
    page = app_module.WINDOWS[-1]
    assert isinstance(page, StartPage)
    yield page
    for window in app_module.WINDOWS:
        if isinstance(window, MainWindow):
            window.session.undo_stack.setClean()
        window.close()
    app_module.WINDOWS.clear()


def opened_window() -> MainWindow:
    window = app_module.WINDOWS[-1]
    assert isinstance(window, MainWindow), app_module.WINDOWS
    return window


def copy_template(tmp_path: Path, name: str, file: str) -> Path:
    path = tmp_path / file
    shutil.copy(template_path(name), path)
    return path


def test_the_start_page_shows_without_a_file_with_the_example_first(
    started: StartPage, qtbot: Any
) -> None:
    qtbot.waitExposed(started)
    assert started.isVisible()
    assert started.examples.count() == 6
    first = started.examples.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == default_template()
    assert started.examples.currentRow() == 0
    assert started.no_recent.isVisibleTo(started)  # nothing opened yet
    assert QApplication.focusWidget() is started.examples
    seen = []
    for _ in range(4):  # Tab walks the page (the empty recent list is hidden)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [started.language, started.framework, started.create_button, started.open_button]
    # Enter opens the built-in example map (what `dev.sh run` promises)
    started.examples.setFocus()
    qtbot.keyClick(started.examples, Qt.Key.Key_Return)
    window = opened_window()
    assert window.session.doc.title == load_template(default_template()).title
    assert window.session.path is None and not window.session.modified
    assert started not in app_module.WINDOWS and not started.isVisible()


def test_new_blank_map_in_a_framework_and_a_language(started: StartPage, qtbot: Any) -> None:
    page = started
    page.language.setCurrentIndex(page.language.findData("it"))
    page.framework.setCurrentIndex(page.framework.findData("discovery-to-loyalty"))
    italian = load_template("discovery-to-loyalty-it")
    assert page.framework_stages.text() == " → ".join(s.name for s in italian.stages)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    doc = opened_window().session.doc
    assert doc.locale == "it"
    assert [s.name for s in doc.stages] == [s.name for s in italian.stages]
    assert doc.cards == []


def test_the_three_simple_stages_by_the_keyboard(started: StartPage, qtbot: Any) -> None:
    page = started
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.framework.currentData() is None
    page.create_button.setFocus()
    qtbot.keyClick(page.create_button, Qt.Key.Key_Return)
    doc = opened_window().session.doc
    assert [s.name for s in doc.stages] == ["Stage 1", "Stage 2", "Stage 3"]
    assert doc.locale == "en"


def test_double_clicking_an_example_opens_it(started: StartPage, qtbot: Any) -> None:
    qtbot.waitExposed(started)
    item = started.examples.item(4)
    name = item.data(Qt.ItemDataRole.UserRole)
    rect = started.examples.visualItemRect(item)
    qtbot.mouseClick(started.examples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(started.examples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_window().session.doc.title == load_template(name).title


def test_open_from_the_start_page(
    started: StartPage, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_template(tmp_path, "awareness-to-advocacy-en", "mine.journey.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    qtbot.mouseClick(started.open_button, Qt.MouseButton.LeftButton)
    window = opened_window()
    assert window.session.path == path
    assert RecentFiles().entries()[0].path == path


def test_recent_maps_follow_save_and_open_and_a_missing_one_is_removable(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(window)
    saved = tmp_path / "saved.journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(saved), ""))
    )
    assert window.save()
    entries = RecentFiles().entries()
    assert [e.path for e in entries] == [saved]
    assert entries[0].title == window.session.doc.title and entries[0].opened > 0
    other = copy_template(tmp_path, "discovery-to-loyalty-en", "other.journey.json")
    assert window.open_file(other)
    assert [e.path for e in RecentFiles().entries()] == [other, saved]
    assert window.open_file(saved)  # opened again: back on top, not twice
    assert [e.path for e in RecentFiles().entries()] == [saved, other]

    other.unlink()
    page = StartPage()
    qtbot.addWidget(page)
    page.show()
    assert page.recent_list.count() == 2
    first, second = page.recent_list.item(0), page.recent_list.item(1)
    assert window.session.doc.title in first.text() and "missing" not in first.text()
    assert "missing" in second.text() and str(other) in second.text()
    # Delete removes the chosen one from the list (and from the settings)
    page.recent_list.setCurrentRow(1)
    qtbot.keyClick(page.recent_list, Qt.Key.Key_Delete)
    assert page.recent_list.count() == 1
    assert [e.path for e in RecentFiles().entries()] == [saved]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert RecentFiles().entries() == []
    assert page.no_recent.isVisibleTo(page)


def test_activating_a_missing_recent_map_offers_to_remove_it(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    RecentFiles().add(tmp_path / "gone.journey.json", "Gone")
    page = StartPage()
    qtbot.addWidget(page)
    chosen: list[Path] = []
    page.file_chosen.connect(chosen.append)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    page.recent_list.itemActivated.emit(page.recent_list.item(0))
    assert chosen == [] and RecentFiles().entries() == []
    assert "no longer there" in page.last_message.text()


def test_a_recent_map_opens_from_the_start_page(
    started: StartPage, qtbot: Any, tmp_path: Path
) -> None:
    path = copy_template(tmp_path, "awareness-to-advocacy-it", "recente.journey.json")
    RecentFiles().add(path, "Recente")
    started.fill_recent()
    assert started.recent_list.count() == 1
    started.recent_list.setFocus()
    started.recent_list.setCurrentRow(0)
    qtbot.keyClick(started.recent_list, Qt.Key.Key_Return)
    assert opened_window().session.path == path


def test_file_open_recent_opens_and_clears(qtbot: Any, tmp_path: Path) -> None:
    one = copy_template(tmp_path, "awareness-to-advocacy-en", "one.journey.json")
    two = copy_template(tmp_path, "discovery-to-loyalty-it", "two.journey.json")
    recent = RecentFiles()
    recent.add(one, "One")
    recent.add(tmp_path / "gone.journey.json", "Gone")
    recent.add(two, "Two")
    window = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(window)
    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert texts[0].startswith("&1 Two") and str(two) in texts[0]
    assert "missing" in texts[1] and not actions[1].isEnabled()
    actions[2].trigger()
    assert window.session.path == one
    assert window.session.doc.title == load(one).title
    assert RecentFiles().entries()[0].path == one
    window.recent_menu.aboutToShow.emit()
    clear = window.recent_menu.actions()[-1]
    assert clear.text() == "&Clear Menu"
    clear.trigger()
    assert RecentFiles().entries() == []
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.actions()[0].text() == "(none)"


def test_recent_paths_are_lossless_and_the_list_is_bounded(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9 map.journey.json"))
    recent = RecentFiles()
    recent.add(odd, "Café")
    assert recent.entries()[0].path == odd
    assert os.fsencode(recent.entries()[0].path).endswith(b"caf\xe9 map.journey.json")
    for n in range(MAX_RECENT + 3):
        recent.add(tmp_path / f"m{n}.journey.json")
    entries = recent.entries()
    assert len(entries) == MAX_RECENT
    assert entries[0].path == tmp_path / f"m{MAX_RECENT + 2}.journey.json"
    # a damaged setting gives an empty list, not an error
    QSettings("journeymapper", "journeymapper").setValue("recent_maps", "{not json")
    assert RecentFiles().entries() == []


def test_thumbnails_are_drawn_cached_and_redrawn_when_the_file_changes(
    qtbot: Any, tmp_path: Path
) -> None:
    path = copy_template(tmp_path, "awareness-to-loyalty-en", "thumb.journey.json")
    assert thumbnails.cached(path) is None
    image = thumbnails.thumbnail(path)
    assert image is not None
    assert (image.width(), image.height()) == (thumbnails.WIDTH, thumbnails.HEIGHT)
    layout = compute_layout(load(path), map_metrics())
    page_colour = QColor(layout.theme.page)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 150, 3)}
    assert len(colours) > 20, "the picture is blank"
    assert any(c != page_colour.rgb() for c in colours)
    key = thumbnails.cache_key(path)
    assert (thumbnails.cache_folder() / f"{key}.png").is_file()
    assert thumbnails.cached(path) is not None
    # a changed file is drawn again under a new key
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert thumbnails.cache_key(path) != key and thumbnails.cached(path) is None
    # not a map: no picture, no error
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{")
    assert thumbnails.thumbnail(bad) is None


def test_the_start_page_draws_its_pictures_after_it_appears(qtbot: Any) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    assert page.thumbnails.pending() == 6  # nothing drawn before the page shows
    ready: list[Path] = []
    page.thumbnails.ready.connect(lambda path, _image: ready.append(path))
    qtbot.waitUntil(lambda: page.thumbnails.pending() == 0, timeout=20000)
    assert len(ready) == 6
    assert all(thumbnails.cached(template_path(n)) is not None for n in [default_template()])
    again = StartPage()  # the second time every picture comes from the cache
    qtbot.addWidget(again)
    assert again.thumbnails.pending() == 0
