"""The open file changed by another program (an editor, a git checkout, a sync tool).

The editor notices (QFileSystemWatcher, real inotify events offscreen), asks whether to
reload or keep its version, and never silently overwrites the newer file: saving over it
asks first. Our own saves never trigger the question.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import dumps, load, save
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

TEMPLATE = "awareness-to-loyalty-en"
Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


@pytest.fixture
def window(qtbot, user_file: Path) -> MainWindow:
    make_app()
    w = MainWindow(DocumentSession.open(user_file))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    return w


class Prompts:
    """Records the questions and warnings the editor shows, and answers them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.answer_question = No
        self.answer_warning = QMessageBox.StandardButton.Cancel

        def question(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            self.questions.append(text)
            return self.answer_question

        def warning(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            self.warnings.append(text)
            return self.answer_warning

        def run_box(box: QMessageBox) -> int:
            """The "changed by another program" box: answered with its own buttons."""
            self.questions.append(box.text())
            self.buttons.append([b.text() for b in box.buttons()])
            wanted = "Reload" if self.answer_question == Yes else "Keep mine"
            [button] = [b for b in box.buttons() if b.text() == wanted]
            button.click()
            return 0

        self.buttons: list[list[str]] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
        monkeypatch.setattr(QMessageBox, "exec", run_box)


def other_program_writes(path: Path, title: str, how: str = "in-place") -> bytes:
    """Another program changes the file: a new valid map with another title."""
    doc = load(path)
    doc.title = title
    doc.cards[0].title = "Added by a colleague"
    data = dumps(doc)
    if how == "in-place":  # a text editor writing into the same file
        with path.open("wb") as fh:
            fh.write(data)
    else:  # a git checkout: a new file renamed over the old one
        tmp = path.with_name("checkout.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return data


def rename(w: MainWindow, title: str) -> None:
    w.session.push(edits.set_map_field(w.session.doc, "title", title))


@pytest.mark.parametrize("how", ["in-place", "replace"])
def test_reload_takes_the_new_file(
    qtbot, window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    prompts = Prompts(monkeypatch)
    prompts.answer_question = Yes
    rename(window, "My unsaved edit")
    new_bytes = other_program_writes(user_file, "Their version", how)
    qtbot.waitUntil(lambda: bool(prompts.questions), timeout=5000)
    assert str(user_file) in prompts.questions[0]
    qtbot.waitUntil(lambda: window.session.doc.title == "Their version", timeout=5000)
    assert dumps(window.session.doc) == new_bytes
    assert not window.session.modified
    assert window.session.path == user_file
    assert user_file.read_bytes() == new_bytes
    assert len(prompts.questions) == 1, "asked more than once for one change"


@pytest.mark.parametrize("how", ["in-place", "replace"])
def test_keep_then_save_asks_before_overwriting(
    qtbot, window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    prompts = Prompts(monkeypatch)
    prompts.answer_question = No
    ours = window.session.doc.model_copy(deep=True)
    new_bytes = other_program_writes(user_file, "Their version", how)
    qtbot.waitUntil(lambda: bool(prompts.questions), timeout=5000)
    # kept: the open map is ours, unchanged, and now counts as unsaved
    assert dumps(window.session.doc) == dumps(ours)
    assert window.session.modified
    assert window.isWindowModified()

    # Save → "Overwrite newer file?" → Cancel: the newer file is left alone
    prompts.answer_warning = QMessageBox.StandardButton.Cancel
    assert window.save() is False
    assert len(prompts.warnings) == 1
    assert "changed by another program" in prompts.warnings[0]
    assert user_file.read_bytes() == new_bytes
    assert window.session.modified

    # Save → Save: our version replaces it, on purpose
    prompts.answer_warning = QMessageBox.StandardButton.Save
    assert window.save() is True
    assert user_file.read_bytes() == dumps(ours)
    assert not window.session.modified
    assert not window.session.changed_on_disk()


def test_calling_the_watcher_slot_directly(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same decision, without waiting for the file system's notification."""
    prompts = Prompts(monkeypatch)
    window.guard.watcher.blockSignals(True)
    new_bytes = other_program_writes(user_file, "Theirs")
    prompts.answer_question = No
    window.guard._file_changed(str(user_file))
    assert len(prompts.questions) == 1
    assert window.session.doc.title != "Theirs"
    assert window.session.modified
    assert user_file.read_bytes() == new_bytes


def test_newer_file_never_silently_overwritten_even_unnoticed(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when no notification arrives (watch lost, network drive), Save checks."""
    prompts = Prompts(monkeypatch)
    window.guard.watcher.blockSignals(True)
    rename(window, "Mine")
    new_bytes = other_program_writes(user_file, "Theirs")
    prompts.answer_warning = QMessageBox.StandardButton.Cancel
    assert window.save() is False
    assert prompts.questions == []
    assert len(prompts.warnings) == 1
    assert user_file.read_bytes() == new_bytes


def test_our_own_save_does_not_ask(
    qtbot, window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = Prompts(monkeypatch)
    for i in range(3):
        rename(window, f"Saved by us {i}")
        assert window.save() is True
        assert not window.session.changed_on_disk()
        qtbot.wait(400)  # let the file system's notifications arrive and be handled
    assert prompts.questions == [], "our own save was taken for another program's"
    assert prompts.warnings == []
    assert not window.session.modified
    assert load(user_file).title == "Saved by us 2"


def test_change_after_our_save_is_still_noticed(
    qtbot, window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Our atomic save replaces the file; the watch must follow the new file."""
    prompts = Prompts(monkeypatch)
    rename(window, "Saved by us")
    assert window.save() is True
    qtbot.wait(500)
    assert prompts.questions == []
    other_program_writes(user_file, "Then changed by them")
    qtbot.waitUntil(lambda: bool(prompts.questions), timeout=5000)


def test_reload_after_file_was_opened_from_the_menu(
    qtbot, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Open, then another program changes the file, then Reload."""
    make_app()
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    prompts = Prompts(monkeypatch)
    assert w.open_file(user_file)
    prompts.answer_question = Yes
    new_bytes = other_program_writes(user_file, "Their version")
    w.guard._file_changed(str(user_file))
    assert prompts.questions
    assert dumps(w.session.doc) == new_bytes
    assert not w.session.modified


@pytest.mark.parametrize("modified", [False, True])
def test_the_prompt_offers_reload_or_keep_mine(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch, modified: bool
) -> None:
    """Issue 12, item 9: "Reload" / "Keep mine", and unsaved changes are mentioned only
    when there are some."""
    prompts = Prompts(monkeypatch)
    window.guard.watcher.blockSignals(True)
    if modified:
        rename(window, "My unsaved edit")
    other_program_writes(user_file, "Theirs")
    prompts.answer_question = No
    window.guard._file_changed(str(user_file))
    assert prompts.buttons == [["Reload", "Keep mine"]]
    [text] = prompts.questions
    assert str(user_file) in text and "changed by another program" in text
    assert ("unsaved changes" in text) == modified
    assert window.session.doc.title != "Theirs"
