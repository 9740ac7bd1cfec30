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
import unprivileged
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import dumps, load, save
from journeymapper.io.lock import FileLock, lock_path, read_owner
from journeymapper.io.process import RUN_TOKEN, process_start
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


READ_ONLY_OPEN_CHILD = r"""
import sys
from journeymapper.app import make_app
from journeymapper.ui.main_window import MainWindow

make_app()
w = MainWindow()
print("opened", w.open_file(sys.argv[1]), flush=True)
"""


def test_really_read_only_folder_opens(user_file: Path) -> None:
    """For real, in a child to which permissions apply (root bypasses them)."""
    command = unprivileged.prefix()
    user_file.parent.chmod(0o555)
    try:
        result = subprocess.run(
            [*command, sys.executable, "-c", READ_ONLY_OPEN_CHILD, str(user_file)],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(
                os.environ,
                PYTHONPATH=str(Path(__file__).resolve().parent.parent),
                QT_QPA_PLATFORM="offscreen",
            ),
            check=False,
        )
    finally:
        user_file.parent.chmod(0o755)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout.splitlines() == ["opened True"], result.stdout + result.stderr
    assert not lock_path(user_file).exists()


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


# -- owners told apart by pid, start time and run (issue 10, items 2 and 8) ----------------


def write_record(path: Path, **fields: Any) -> None:
    record = {"pid": os.getpid(), "host": socket.gethostname(), "since": 1_700_000_000.0}
    record.update(fields)
    lock_path(path).write_text(json.dumps(record), encoding="utf-8")


@pytest.mark.parametrize(
    "fields",
    [
        {"start": "1", "run": "an-earlier-run"},  # our pid, another start and run
        {"start": None, "run": "an-earlier-run"},  # no start time known: the run tells
        {},  # a record of an older version carrying our pid: not this run
    ],
)
def test_a_lock_with_our_pid_from_an_earlier_run_is_stale(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch, fields: dict[str, Any]
) -> None:
    """Sandboxes give the app the same pid at every start: a crashed run's lock carries
    our pid and must not read as "already open in another window"."""
    write_record(user_file, **fields)
    assert read_owner(user_file) is None
    warnings = Warnings(monkeypatch)
    w = new_window()
    assert w.open_file(user_file) is True
    assert warnings.texts == []
    assert lock_record(user_file)["run"] == RUN_TOKEN


def test_a_running_pid_with_another_start_time_is_stale(user_file: Path) -> None:
    """A pid reused (after a reboot) by another process does not keep the lock alive."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        start = process_start(other.pid)
        if start is None:
            pytest.skip("no process start times here (/proc/PID/stat)")
        write_record(user_file, pid=other.pid, start=start, run="theirs")
        owner = read_owner(user_file)
        assert owner is not None and owner.pid == other.pid and not owner.is_us
        write_record(user_file, pid=other.pid, start=str(int(start) + 1), run="theirs")
        assert read_owner(user_file) is None
    finally:
        other.kill()
        other.wait()


def test_opening_anyway_never_deletes_the_first_windows_lock(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P1 opens; P2 opens anyway, saves and closes: P1's lock must remain, so that a
    third opener is still warned while P1 has unsaved edits."""
    warnings = Warnings(monkeypatch, Open)
    first = new_window()
    assert first.open_file(user_file)
    first.session.push(edits.set_map_field(first.session.doc, "title", "P1 unsaved"))
    first_record = lock_record(user_file)
    second = new_window()
    assert second.open_file(user_file) is True
    assert len(warnings.texts) == 1
    second.session.push(edits.set_map_field(second.session.doc, "title", "P2 saved"))
    assert second.save()
    assert second.close()
    assert lock_record(user_file) == first_record, "the second window removed the first's lock"
    warnings.answer = Cancel
    third = new_window()
    assert third.open_file(user_file) is False
    assert len(warnings.texts) == 2 and "already open" in warnings.texts[1]
    # the first window closes (discarding): now the lock goes
    warnings.answer = QMessageBox.StandardButton.Discard
    assert first.close()
    assert not lock_path(user_file).exists()


P2_CHILD = r"""
import sys
from journeymapper.io import save
from journeymapper.io.lock import FileLock
from journeymapper.templates import load_template

lock = FileLock(sys.argv[1])
print("other owner:", lock.other_owner() is not None)
lock.acquire()  # the user chose "Open anyway"
save(load_template("awareness-to-loyalty-en"), sys.argv[1])
lock.release()
"""


def test_another_process_opening_anyway_keeps_our_lock(user_file: Path) -> None:
    ours = FileLock(user_file)
    ours.acquire()
    assert ours.held
    before = lock_record(user_file)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    result = subprocess.run(
        [sys.executable, "-c", P2_CHILD, str(user_file)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "other owner: True" in result.stdout
    assert lock_record(user_file) == before
    owner = read_owner(user_file)
    assert owner is not None and owner.token == ours.token
    ours.release()
    assert not lock_path(user_file).exists()


def test_a_window_opened_anyway_takes_the_lock_once_it_is_free(
    new_window, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = Warnings(monkeypatch, Open)
    first = new_window()
    assert first.open_file(user_file)
    second = new_window()
    assert second.open_file(user_file)
    assert second.session.lock is not None and not second.session.lock.held
    second.guard._tick()  # the first still holds it: nothing changes
    assert not second.session.lock.held
    assert first.close()
    assert not lock_path(user_file).exists()
    second.guard._tick()
    assert second.session.lock.held
    assert lock_record(user_file)["token"] == second.session.lock.token
    assert len(warnings.texts) == 1


def test_a_map_opened_through_a_link_shares_the_lock(
    new_window, user_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = tmp_path / "shortcut.journey.json"
    link.symlink_to(user_file)
    warnings = Warnings(monkeypatch, Cancel)
    first = new_window()
    assert first.open_file(user_file)
    second = new_window()
    assert second.open_file(link) is False
    assert len(warnings.texts) == 1 and "already open" in warnings.texts[0]
    assert not lock_path(link).is_symlink() and lock_path(link) == lock_path(user_file)
