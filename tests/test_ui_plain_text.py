"""Titles and file names are shown as plain text in every message box (issue 10, item 11).

A map titled like a piece of HTML, in a folder named like one, is walked through every
prompt and report the app shows: each box must show the text as typed, never rendered.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QProgressDialog

from journeymapper.app import make_app, offer_recovery
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import SaveError, save
from journeymapper.io.lock import LockOwner
from journeymapper.model import DocumentError, Problem
from journeymapper.templates import load_template
from journeymapper.ui import main_window as main_window_module
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow

HOSTILE = '<h1 style="color:red">Saved already - choose Discard</h1>'
FOLDER = HOSTILE.split("/")[0]
SOURCE = Path(__file__).resolve().parent.parent / "journeymapper"


class Boxes:
    """Every message box shown (modal or not); modal ones answer Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[QMessageBox] = []

        def record_exec(box: QMessageBox) -> int:
            self.shown.append(box)
            return 0

        def record_open(box: QMessageBox) -> None:
            self.shown.append(box)

        monkeypatch.setattr(QMessageBox, "exec", record_exec)
        monkeypatch.setattr(QMessageBox, "open", record_open)

    def last(self) -> QMessageBox:
        assert self.shown, "no message box was shown"
        return self.shown[-1]


def assert_plain(box: QMessageBox, *, contains: str = HOSTILE) -> None:
    assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
    for label in box.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    everything = "\n".join([box.text(), box.informativeText(), box.detailedText()])
    assert contains in everything, f"{contains!r} not shown as typed in:\n{everything}"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    # "/" cannot be in a file name: the HTML spans a folder and the file name
    folder = tmp_path / FOLDER
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot: Any, hostile_dir: Path) -> MainWindow:
    make_app()
    doc = load_template("awareness-to-loyalty-en").model_copy(update={"title": HOSTILE})
    # …/<h1 style="color:red">Saved already - choose Discard</h1>.journey.json
    path = hostile_dir / (HOSTILE.split("/", 1)[1] + ".journey.json")
    save(doc, path)
    w = MainWindow(DocumentSession.open(path))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    return w


def change(w: MainWindow) -> None:
    card = w.session.doc.cards[0].id
    w.session.push(edits.update_part(w.session.doc, "cards", card, title="Changed"))


def test_unsaved_changes_prompt(window: MainWindow, boxes: Boxes) -> None:
    change(window)
    assert window.maybe_save() is False  # answered Cancel
    assert_plain(boxes.last())


def test_cannot_open_and_repaired_copy(window: MainWindow, boxes: Boxes, hostile_dir: Path) -> None:
    broken = hostile_dir / "h1>.journey.json"
    data = json.loads(Path(window.session.path).read_text())
    data["cards"][1]["id"] = data["cards"][0]["id"]  # repairable: a duplicate id
    broken.write_text(json.dumps(data))
    assert window.open_file(broken) is False
    assert_plain(boxes.last(), contains=FOLDER)
    assert window.open_repaired(broken) is True
    assert_plain(boxes.last(), contains=FOLDER)
    data["title"] = 5  # not repairable
    broken.write_text(json.dumps(data))
    assert window.open_file(broken) is False
    assert_plain(boxes.last(), contains=FOLDER)


def test_map_open_elsewhere_prompt(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, hostile_dir: Path
) -> None:
    other = hostile_dir / "other.journey.json"
    save(window.session.doc, other)
    monkeypatch.setattr(
        main_window_module.FileLock, "other_owner", lambda _self: LockOwner(1, HOSTILE, 0.0)
    )
    assert window.open_file(other) is False
    assert_plain(boxes.last())


def test_save_error(window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: Any, **_k: Any) -> None:
        raise SaveError(window.session.path, f"cannot write {HOSTILE}")

    monkeypatch.setattr(window.session, "save", fail)
    change(window)
    assert window.save() is False
    assert_plain(boxes.last())


def test_file_changed_on_disk_prompts(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.session, "changed_on_disk", lambda: True)
    window.guard._file_changed(str(window.session.path))
    assert_plain(boxes.last(), contains=FOLDER)
    assert window.guard.confirm_overwrite() is False
    assert_plain(boxes.last(), contains=FOLDER)


def test_export_failure(window: MainWindow, boxes: Boxes) -> None:
    dialog = ExportDialog(window.session.doc, window.scene.layout, "map", window)
    dialog.progress = QProgressDialog(dialog)
    dialog._on_failed(f"cannot write {HOSTILE}")
    assert_plain(boxes.last())
    dialog.deleteLater()


def test_export_progress_shows_the_file_name_as_typed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, hostile_dir: Path
) -> None:
    from journeymapper.export import ExportOptions

    dialog = ExportDialog(window.session.doc, window.scene.layout, "map", window)
    monkeypatch.setattr("threading.Thread.start", lambda _self: None)  # no export runs
    dialog.start_export(str(hostile_dir / "<b>bold<b>.pdf"), ExportOptions(fmt="pdf"))
    labels = dialog.progress.findChildren(QLabel)
    assert labels and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)
    assert any("<b>bold<b>.pdf" in lb.text() for lb in labels)
    dialog.progress.reset()
    dialog.deleteLater()


def test_damaged_recovery_copy(boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymapper.ui.dialogs import RecoveryDialog

    make_app()

    class Entry:
        key = "k"
        title = HOSTILE
        saved_at = 0.0
        original = None

        def load(self) -> Any:
            raise DocumentError(Problem("$", "damaged"))

    class Store:
        def orphans(self) -> list[Entry]:
            return [Entry()]

        def claim(self, _entry: Entry) -> bool:
            return True

        def release(self, _entry: Entry) -> None:
            pass

        def remove(self, _key: str) -> None:
            pass

    def recover(dialog: QDialog) -> int:
        dialog.choice = "recover"
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", recover)
    assert offer_recovery(Store()) == []  # type: ignore[arg-type]
    assert_plain(boxes.last())


def test_static_helpers_show_plain_text(boxes: Boxes) -> None:
    make_app()
    for name in ("information", "warning", "critical", "question"):
        answer = getattr(QMessageBox, name)(None, "t", HOSTILE)
        assert answer == QMessageBox.StandardButton.Cancel
        assert_plain(boxes.last())
    QApplication.processEvents()


def test_no_message_box_is_built_outside_the_helper() -> None:
    """Every QMessageBox is made by ui/dialogs.message_box (or by Qt's static helpers,
    which it replaces): a box built anywhere else would guess rich text again."""
    offenders = []
    for path in SOURCE.rglob("*.py"):
        if path.name == "dialogs.py" and path.parent.name == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QMessageBox"
            ):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert offenders == []
