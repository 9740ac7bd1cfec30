"""Autosave and recovery: the editor is killed with unsaved changes and started again.

A child process runs the real editor (offscreen) with its data folder in this test's
temporary home, opens a copy of a template, edits it, autosaves (the timer is set to
200 ms) and is then killed with SIGKILL. The next start (this process, same data folder)
offers the unsaved maps; recovered maps open as modified, unsaved documents; the user's
file is never touched; a clean save or a deliberate discard removes the recovery copy.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymapper.app import make_app, offer_recovery
from journeymapper.editing import edits
from journeymapper.editing.recovery import RecoveryStore
from journeymapper.editing.session import DocumentSession
from journeymapper.io import dumps, load, save
from journeymapper.io.lock import lock_path, read_owner
from journeymapper.templates import load_template
from journeymapper.ui.dialogs import RecoveryDialog
from journeymapper.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "awareness-to-loyalty-en"
EDITED_TITLE = "Workshop map — edited, not saved"
NEW_TITLE = "A brand-new map, never saved"

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.ui.main_window import MainWindow

app = make_app()
first = MainWindow()
first.show()
if not first.open_file(sys.argv[1]):
    print("open failed", flush=True)
    sys.exit(3)
first.session.push(edits.set_map_field(first.session.doc, "title", sys.argv[2]))
second = MainWindow()  # a map that was never saved anywhere
second.show()
second.session.push(edits.set_map_field(second.session.doc, "title", sys.argv[3]))
for w in (first, second):
    w.guard.timer.start(200)
store = first.guard.store
keys = [first.session.recovery_key, second.session.recovery_key]
announced = []

def check():
    done = all(
        (store.folder / f"{k}.journey.json").exists() and (store.folder / f"{k}.meta.json").exists()
        for k in keys
    )
    if done and not announced:
        announced.append(True)
        print("autosaved", store.folder, flush=True)
    QTimer.singleShot(50, check)

check()
sys.exit(app.exec())
"""


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


def crash_with_unsaved_changes(user_file: Path) -> Path:
    """Run the editor in a child process until it has autosaved, then SIGKILL it.
    Returns the recovery folder it printed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(user_file), EDITED_TITLE, NEW_TITLE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 30
        line = b""
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith(b"autosaved ") or not line:
                break
        assert line.startswith(b"autosaved "), (
            f"the editor did not autosave: {line!r}; stderr: {child.stderr.read()[-2000:]!r}"
            if child.poll() is not None and child.stderr
            else f"the editor did not autosave: {line!r}"
        )
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    return Path(line.decode().split(" ", 1)[1].strip())


def choose(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[RecoveryDialog]:
    shown: list[RecoveryDialog] = []

    def fake_exec(self: RecoveryDialog) -> int:
        shown.append(self)
        self._done(choice)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
    return shown


def recovery_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_killed_editor_offers_recovery_of_unsaved_maps(
    qtbot, user_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_app()
    original_bytes = user_file.read_bytes()
    folder = crash_with_unsaved_changes(user_file)

    # the copies are in the user's data folder, the same one this start looks in
    assert folder == RecoveryStore().folder
    assert str(folder).startswith(os.environ["XDG_DATA_HOME"])
    assert user_file.parent not in folder.parents and folder != user_file.parent
    assert len([n for n in recovery_files(folder) if n.endswith(".meta.json")]) == 2
    # the crash left the user's file exactly as it was, with no stray files beside it
    assert user_file.read_bytes() == original_bytes
    assert sorted(p.name for p in user_file.parent.iterdir()) == sorted(
        [user_file.name, lock_path(user_file).name]
    )
    # the dead editor's lock is stale: nobody owns the file any more
    assert read_owner(user_file) is None

    # keep a copy of the folder for the "Discard all" start below
    spare = tmp_path / "spare-recovery"
    shutil.copytree(folder, spare)

    # "Decide later" keeps everything for next time
    choose(monkeypatch, "later")
    assert offer_recovery() == []
    assert len(RecoveryStore().orphans()) == 2

    entries = RecoveryStore().orphans()
    assert sorted(e.title for e in entries) == sorted([EDITED_TITLE, NEW_TITLE])
    assert all(time.time() - 120 < e.saved_at <= time.time() for e in entries)
    shown = choose(monkeypatch, "recover")
    sessions = offer_recovery()
    # the dialog listed each map with its title and the time of its copy
    texts = [shown[0].list.item(i).text() for i in range(shown[0].list.count())]
    assert len(texts) == 2
    for entry in entries:
        when = datetime.fromtimestamp(entry.saved_at).strftime("%Y-%m-%d %H:%M")
        assert any(entry.title in t and when in t for t in texts), (entry, texts)
    assert any(EDITED_TITLE in t and str(user_file) in t for t in texts), texts

    by_title = {s.doc.title: s for s in sessions}
    assert sorted(by_title) == sorted([EDITED_TITLE, NEW_TITLE])
    template = load_template(TEMPLATE)
    for title, session in by_title.items():
        assert session.modified, f"recovered map {title!r} is not marked unsaved"
        assert session.path is None, "a recovered map must not be tied to a file"
        expected = template.model_copy(deep=True)
        expected.title = title
        assert dumps(session.doc) == dumps(expected)
    assert user_file.read_bytes() == original_bytes

    # the copies now belong to this process: not offered again to another start
    assert RecoveryStore().orphans() == []

    # the user saves the recovered map (Save As): the recovery copy goes
    session = by_title[EDITED_TITLE]
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert session.modified
    target = tmp_path / "documents" / "recovered.journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save()
    assert not session.modified
    assert load(target).title == EDITED_TITLE
    assert not (folder / f"{session.recovery_key}.journey.json").exists()
    assert not (folder / f"{session.recovery_key}.meta.json").exists()
    assert user_file.read_bytes() == original_bytes

    # another start from the spare copy: "Discard all" removes every copy
    choose(monkeypatch, "discard")
    spare_store = RecoveryStore(spare)
    assert len(spare_store.orphans()) == 2
    assert offer_recovery(spare_store) == []
    assert [n for n in recovery_files(spare) if n.endswith(".json")] == []
    assert user_file.read_bytes() == original_bytes


# -- in one process ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, user_file: Path) -> MainWindow:
    make_app()
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    assert w.open_file(user_file)
    return w


def copy_files(w: MainWindow) -> tuple[Path, Path]:
    store, key = w.guard.store, w.session.recovery_key
    return store.folder / f"{key}.journey.json", store.folder / f"{key}.meta.json"


def rename(w: MainWindow, title: str) -> None:
    w.session.push(edits.set_map_field(w.session.doc, "title", title))


def test_autosave_writes_a_copy_never_the_users_file(window: MainWindow, user_file: Path) -> None:
    before = user_file.read_bytes()
    assert not window.guard.autosave_now(), "an unmodified map needs no copy"
    rename(window, "Changed")
    assert window.guard.autosave_now()
    data, meta = copy_files(window)
    assert data.is_file() and meta.is_file()
    assert load(data).title == "Changed"
    assert user_file.read_bytes() == before, "autosave wrote over the user's file"
    assert user_file.parent not in data.parents
    assert window.session.modified, "autosave must not mark the map saved"
    # nothing new since the last copy: not written again
    assert not window.guard.autosave_now()


def test_clean_save_removes_the_recovery_copy(window: MainWindow, user_file: Path) -> None:
    rename(window, "Saved for real")
    assert window.guard.autosave_now()
    data, meta = copy_files(window)
    assert data.exists()
    assert window.save()
    assert not data.exists() and not meta.exists()
    assert load(user_file).title == "Saved for real"


def test_undo_back_to_saved_state_removes_the_copy(window: MainWindow) -> None:
    rename(window, "Temporary")
    assert window.guard.autosave_now()
    data, _meta = copy_files(window)
    window.session.undo_stack.undo()
    assert not window.session.modified
    assert not data.exists()


def test_discarding_changes_removes_the_copy(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = user_file.read_bytes()
    rename(window, "To be thrown away")
    assert window.guard.autosave_now()
    data, meta = copy_files(window)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    window.close_map()
    assert not data.exists() and not meta.exists()
    assert user_file.read_bytes() == before


def test_discarding_changes_removes_the_copy_window_started_on_file(
    qtbot, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, in a window started on the file (no earlier switch of document)."""
    make_app()
    w = MainWindow(DocumentSession.open(user_file))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    before = user_file.read_bytes()
    rename(w, "To be thrown away")
    assert w.guard.autosave_now()
    data, meta = copy_files(w)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    w.close_map()
    assert not data.exists() and not meta.exists()
    assert user_file.read_bytes() == before


def test_closing_the_window_and_discarding_removes_the_copy(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quit → "Discard": the changes were thrown away on purpose; the next start must not
    offer them back."""
    before = user_file.read_bytes()
    rename(window, "Thrown away on quit")
    assert window.guard.autosave_now()
    data, meta = copy_files(window)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    assert window.close()
    assert not data.exists() and not meta.exists(), "a discarded map is still in recovery"
    assert user_file.read_bytes() == before


def test_closing_the_window_cancelled_keeps_map_and_copy(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    rename(window, "Still working on it")
    assert window.guard.autosave_now()
    data, _meta = copy_files(window)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    assert not window.close()
    assert window.isVisible()
    assert window.session.modified
    assert data.exists()


def test_autosave_interval_follows_the_preference(qtbot, window: MainWindow) -> None:
    try:
        window.settings.setValue("autosave_seconds", 7)
        window.guard.apply_settings()
        assert window.guard.timer.isActive()
        assert window.guard.timer.interval() == 7000
    finally:
        window.settings.remove("autosave_seconds")
        window.guard.apply_settings()
    assert window.guard.timer.interval() == 30_000


def test_damaged_recovery_copy_is_reported_not_crashing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_app()
    store = RecoveryStore(tmp_path / "recovery")
    store.write("k1", load_template(TEMPLATE), None)
    meta = store.folder / "k1.meta.json"
    dead = subprocess.Popen(["true"])
    dead.wait()
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', f'"pid": {dead.pid}'),
        encoding="utf-8",
    )
    (store.folder / "k1.journey.json").write_bytes(b'{"format": "journeymapper", "sch')
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    choose(monkeypatch, "recover")
    assert offer_recovery(store) == []
    assert warned and "damaged" in warned[0]


def test_session_opened_from_recovery_never_saves_over_original(
    qtbot, user_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recovered map knows where it came from, but Save asks for a name (Save As)."""
    make_app()
    store = RecoveryStore(tmp_path / "recovery")
    doc = load(user_file)
    doc.title = "recovered"
    store.write("abc", doc, user_file)
    meta = store.folder / "abc.meta.json"
    dead = subprocess.Popen(["true"])
    dead.wait()
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', f'"pid": {dead.pid}'),
        encoding="utf-8",
    )
    before = user_file.read_bytes()
    choose(monkeypatch, "recover")
    [session] = offer_recovery(store)
    assert isinstance(session, DocumentSession) and session.path is None
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    asked: list[str] = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append("save-as")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    assert not window.save()
    assert asked == ["save-as"]
    assert user_file.read_bytes() == before
    assert session.modified
