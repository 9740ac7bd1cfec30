"""One map open in two places: lock files with the owner's process id, stale locks taken over.

Also: switching the document shown in a window (open another file, reload, close the
map, new map) keeps the safety net (lock, autosave, watcher) on the new document.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import dumps, load, save
from journeymapper.io.lock import FileLock, lock_path, read_owner
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

TEMPLATE = "awareness-to-loyalty-en"
Open = QMessageBox.StandardButton.Open
Cancel = QMessageBox.StandardButton.Cancel


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


@pytest.fixture
def new_window(qtbot):  # type: ignore[no-untyped-def]
    make_app()

    def make() -> MainWindow:
        w = MainWindow()
        qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
        return w

    return make


class Warnings:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Any = Cancel) -> None:
        self.texts: list[str] = []
        self.answer = answer

        def warning(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            self.texts.append(text)
            return self.answer

        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))


def lock_record(path: Path) -> dict[str, Any]:
    return json.loads(lock_path(path).read_text(encoding="utf-8"))


def dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def write_lock(path: Path, pid: int, host: str | None = None) -> None:
    record = {"pid": pid, "host": host or socket.gethostname(), "since": 1_700_000_000.0}
    lock_path(path).write_text(json.dumps(record), encoding="utf-8")


def test_opening_takes_a_lock_with_our_pid(new_window, user_file: Path) -> None:
    w = new_window()
    assert w.open_file(user_file)
    lock = lock_path(user_file)
    assert lock.name == ".workshop.journey.json.lock"
    assert lock.is_file()
    assert lock_record(user_file)["pid"] == os.getpid()
    owner = read_owner(user_file)
    assert owner is not None and owner.is_us


def test_closing_the_window_releases_the_lock(new_window, user_file: Path) -> None:
    w = new_window()
    assert w.open_file(user_file)
    assert lock_path(user_file).exists()
    assert w.close()
    assert not lock_path(user_file).exists(), "the lock outlives the window that held it"


def test_closing_the_map_releases_the_lock(qtbot, user_file: Path) -> None:
    make_app()
    w = MainWindow(DocumentSession.open(user_file))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert lock_path(user_file).exists()
    w.close_map()
    assert not lock_path(user_file).exists()


def test_reopening_after_closing_the_window_does_not_warn(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = Warnings(monkeypatch)
    first = new_window()
    assert first.open_file(user_file)
    assert first.close()
    second = new_window()
    assert second.open_file(user_file)
    assert warnings.texts == [], "warned about a window that is already closed"


def test_second_window_is_warned(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = Warnings(monkeypatch, Cancel)
    first = new_window()
    assert first.open_file(user_file)
    second = new_window()
    before = dumps(second.session.doc)
    assert second.open_file(user_file) is False
    assert len(warnings.texts) == 1
    assert "already open" in warnings.texts[0]
    assert "another window" in warnings.texts[0]
    assert dumps(second.session.doc) == before
    assert second.session.path is None
    # the first window still holds the lock
    assert lock_record(user_file)["pid"] == os.getpid()

    warnings.answer = Open
    assert second.open_file(user_file) is True
    assert second.session.path == user_file


def test_lock_of_another_running_process_warns(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        write_lock(user_file, other.pid)
        warnings = Warnings(monkeypatch, Cancel)
        w = new_window()
        assert w.open_file(user_file) is False
        assert len(warnings.texts) == 1
        assert str(other.pid) in warnings.texts[0]
        # cancelling leaves the other process's lock in place
        assert lock_record(user_file)["pid"] == other.pid
    finally:
        other.kill()
        other.wait()


def test_stale_lock_is_taken_over_silently(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_lock(user_file, dead_pid())
    assert read_owner(user_file) is None
    warnings = Warnings(monkeypatch)
    w = new_window()
    assert w.open_file(user_file) is True
    assert warnings.texts == []
    assert lock_record(user_file)["pid"] == os.getpid()


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"pid": "x"}', b"\xff\xfe", b"[]"])
def test_damaged_lock_file_never_prevents_opening(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    lock_path(user_file).write_bytes(content)
    warnings = Warnings(monkeypatch)
    w = new_window()
    assert w.open_file(user_file) is True
    assert warnings.texts == []


def test_unwritable_lock_never_prevents_opening(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(user_file).mkdir()  # the lock file cannot be written
    warnings = Warnings(monkeypatch)
    w = new_window()
    assert w.open_file(user_file) is True
    assert warnings.texts == []
    assert w.session.lock is not None and not w.session.lock.held
    assert w.session.doc.title == load(user_file).title


def test_lock_in_unwritable_folder_never_prevents_opening(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write_text = Path.write_text

    def refuse(self: Path, *a: Any, **k: Any) -> int:
        if self.name.endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_write_text(self, *a, **k)

    monkeypatch.setattr(Path, "write_text", refuse)
    warnings = Warnings(monkeypatch)
    w = new_window()
    assert w.open_file(user_file) is True
    assert warnings.texts == []
    assert not lock_path(user_file).exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root can write into read-only folders",
)
def test_really_read_only_folder_opens(new_window, user_file: Path) -> None:
    user_file.parent.chmod(0o555)
    try:
        w = new_window()
        assert w.open_file(user_file) is True
        assert not lock_path(user_file).exists()
    finally:
        user_file.parent.chmod(0o755)


def test_release_never_removes_someone_elses_lock(user_file: Path) -> None:
    ours = FileLock(user_file)
    ours.acquire()
    assert ours.held
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        write_lock(user_file, other.pid)  # they took it over (the user chose "Open")
        ours.release()
        assert lock_record(user_file)["pid"] == other.pid
    finally:
        other.kill()
        other.wait()


# -- switching documents in one window --------------------------------------------------------


def second_file(user_file: Path) -> Path:
    other = user_file.with_name("second.journey.json")
    doc = load_template("discovery-to-loyalty-en")
    save(doc, other)
    return other


def test_open_a_second_file_in_the_same_window(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Open twice: the second map is shown, locked, autosaved; the first unlocked."""
    warnings = Warnings(monkeypatch)
    other = second_file(user_file)
    w = new_window()
    assert w.open_file(user_file)
    assert w.open_file(other) is True
    assert warnings.texts == []
    assert w.session.path == other
    assert not lock_path(user_file).exists()
    assert lock_record(other)["pid"] == os.getpid()
    w.session.push(edits.set_map_field(w.session.doc, "title", "Edited second"))
    assert w.guard.session is w.session
    assert w.guard.autosave_now()
    # the Edit menu's Undo works on the new map
    w.act_undo.trigger()
    assert w.session.doc.title == load(other).title


@pytest.mark.parametrize("action", ["close_map", "new_from", "reload_from_disk"])
def test_switching_twice_keeps_the_window_working(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    Warnings(monkeypatch, QMessageBox.StandardButton.Discard)
    w = new_window()
    assert w.open_file(user_file)
    if action == "close_map":
        w.close_map()
        assert w.session.path is None
    elif action == "new_from":
        w.new_from(TEMPLATE)
        assert w.session.path is None
    else:
        w.reload_from_disk()
        assert w.session.path == user_file
    assert w.guard.session is w.session
    w.session.push(edits.set_map_field(w.session.doc, "title", "Edited after switching"))
    assert w.guard.autosave_now()
