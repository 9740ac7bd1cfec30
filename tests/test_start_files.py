"""Starting the editor on a FILE (issue 12, items 7 and 8): a broken file opens an empty
map with a message about the file (details name the parts), a misspelt field name can be
repaired, and a file that does not exist is offered as a new map that saves there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from journeymapper import app as app_module
from journeymapper.cli import main
from journeymapper.io import load
from journeymapper.templates import template_path
from journeymapper.ui.main_window import MainWindow


@pytest.fixture
def start(monkeypatch: pytest.MonkeyPatch, qtbot: Any):  # type: ignore[no-untyped-def]
    """`run_gui(FILE)` as the command line calls it, with the event loop run until idle."""

    def fake_exec() -> int:
        for _ in range(5):
            QApplication.processEvents()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))

    def run(path: str) -> MainWindow:
        before = len(app_module.WINDOWS)
        assert app_module.run_gui(path) == 0
        window = app_module.WINDOWS[-1]
        assert len(app_module.WINDOWS) == before + 1
        qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
        return window

    yield run
    app_module.WINDOWS.clear()


def broken_template(tmp_path: Path) -> tuple[Path, str]:
    data = json.loads(template_path("awareness-to-loyalty-en").read_text())
    data["cards"][3]["id"] = data["cards"][0]["id"]
    path = tmp_path / "broken.journey.json"
    path.write_text(json.dumps(data))
    return path, data["cards"][3]["title"]


def test_a_broken_file_opens_an_empty_map_and_a_message(start: Any, tmp_path: Path) -> None:
    path, title = broken_template(tmp_path)
    window = start(str(path))
    assert window.session.doc.cards == [], "the example map was opened"
    assert window.session.path is None and not window.session.modified
    box = window.last_error_dialog
    assert isinstance(box, QMessageBox)
    assert str(path) in box.text()
    assert "was not changed" not in box.informativeText()
    assert "No map was opened" in box.informativeText()
    # the details name the part as a person would: "card 4, “…” — $.cards[3].id: …"
    assert f"card 4, “{title}” — $.cards[3].id: duplicate id" in box.detailedText()


def test_a_misspelt_field_name_is_repairable(start: Any, tmp_path: Path) -> None:
    data = json.loads(template_path("awareness-to-loyalty-en").read_text())
    data["titel"] = data.pop("title")
    path = tmp_path / "typo.journey.json"
    path.write_text(json.dumps(data))
    window = start(str(path))
    box = window.last_error_dialog
    assert "did you mean 'title'" in box.detailedText()
    repair = [b for b in box.buttons() if b.text() == "Open a repaired copy"]
    assert repair, "no repaired copy offered for a misspelt field name"
    assert isinstance(repair[0], QPushButton)
    repair[0].click()
    assert window.session.doc.title == data["titel"]
    assert window.session.modified and window.session.path is None
    assert "“titel” renamed to “title”" in window.last_error_dialog.detailedText()


def test_a_file_that_does_not_exist_is_offered_as_a_new_map(
    start: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    path = tmp_path / "new.journey.json"
    window = start(str(path))
    assert asked and str(path) in asked[0] and "does not exist" in asked[0]
    assert window.session.path == path
    assert window.session.modified, "a new map must be saved before it exists"
    assert not path.exists()
    assert window.save()
    assert load(path).title == window.session.doc.title
    assert not window.session.modified


def test_declining_a_new_map_leaves_an_empty_one(
    start: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No)
    )
    window = start(str(tmp_path / "new.journey.json"))
    assert window.session.path is None and window.session.doc.cards == []
    assert not (tmp_path / "new.journey.json").exists()


def test_cli_passes_a_missing_map_to_the_editor(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[str | None] = []
    monkeypatch.setattr(app_module, "run_gui", lambda path=None: started.append(path) or 0)
    target = str(tmp_path / "new.journey.json")
    assert main([target]) == 0
    assert started == [target]
    # a word that is no map name is still a usage error (a mistyped command)
    assert main(["exprot"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert started == [target]
