"""Save, Open and Export dialogs start where the map is, else in the last folder used,
else in the documents folder; never in the working directory (issue 12, item 10). The
suggested name is cut between words (item 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.io import save
from journeymapper.templates import load_template
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow, _safe_name


class Dialogs:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[str] = []
        self.answer = ""

        def ask(_parent: Any, _title: str, start: str, *_a: Any, **_k: Any) -> tuple[str, str]:
            self.starts.append(start)
            return self.answer, ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))
        self.exports: list[str] = []

        def export_exec(dialog: ExportDialog) -> int:
            self.exports.append(dialog.default_name)
            return 0

        monkeypatch.setattr(ExportDialog, "exec", export_exec)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Dialogs:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    # Qt finds the settings file once per process: start without another test's folder
    QSettings("journeymapper", "journeymapper").remove("last_folder")
    return Dialogs(monkeypatch)


def window(qtbot: Any, path: Path | None = None) -> MainWindow:
    make_app()
    doc = load_template("awareness-to-loyalty-en")
    w = MainWindow(DocumentSession(doc, path))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    return w


def test_a_new_map_starts_in_documents_then_in_the_last_folder(
    qtbot: Any, dialogs: Dialogs, tmp_path: Path
) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    w = window(qtbot)
    w.save_as()  # cancelled
    assert Path(dialogs.starts[-1]).parent == documents
    w.export_dialog()
    assert Path(dialogs.exports[-1]).parent == documents
    w.open_dialog()
    assert dialogs.starts[-1] == str(documents)
    assert "cwd" not in "".join(dialogs.starts + dialogs.exports)

    chosen = tmp_path / "maps" / "a.journey.json"
    chosen.parent.mkdir()
    dialogs.answer = str(chosen)
    assert w.save_as()
    dialogs.answer = ""
    other = window(qtbot)
    other.save_as()
    assert Path(dialogs.starts[-1]).parent == chosen.parent, "the last folder used"
    other.export_dialog()
    assert Path(dialogs.exports[-1]).parent == chosen.parent


def test_a_saved_map_starts_beside_its_file(qtbot: Any, dialogs: Dialogs, tmp_path: Path) -> None:
    path = tmp_path / "here" / "m.journey.json"
    path.parent.mkdir()
    save(load_template("awareness-to-loyalty-en"), path)
    w = window(qtbot, path)
    w.open_dialog()
    assert dialogs.starts[-1] == str(path.parent)
    w.save_as()
    assert dialogs.starts[-1] == str(path)
    w.export_dialog()
    assert Path(dialogs.exports[-1]).parent == path.parent


def test_the_suggested_name_is_cut_between_words() -> None:
    title = "Specialty coffee subscription: from the first taste to loyalty and beyond"
    name = _safe_name(title)
    assert len(name) <= 60
    assert title.lower().replace(":", "").replace(" ", "-").startswith(name)
    assert name == "specialty-coffee-subscription-from-the-first-taste-to"
    assert _safe_name("x" * 80) == "x" * 60
    assert _safe_name("???") == "journey"
