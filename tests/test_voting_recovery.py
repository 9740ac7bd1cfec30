"""Dot voting survives a crash: every dot is written beside the map's recovery copy, and the
recovered map offers to resume the vote with every dot back (issue 14)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_helpers import card_centre, open_window, show_scene, vp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import journeymapper.ui.voting as voting_ui
from journeymapper.app import make_app, offer_recovery
from journeymapper.editing import edits
from journeymapper.editing.recovery import RecoveryStore
from journeymapper.editing.voting import VotingSession, VotingSetup
from journeymapper.io import save
from journeymapper.templates import load_template
from journeymapper.ui.dialogs import RecoveryDialog
from journeymapper.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
    pytest.mark.usefixtures("no_blocking_dialogs"),
]

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "awareness-to-loyalty-en"

# the editor opens a saved (clean) map, runs a vote, places dots as clicks do, passes the
# laptop, and waits to be killed
CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from journeymapper.app import make_app
from journeymapper.editing.voting import VotingSession, VotingSetup
from journeymapper.ui.main_window import MainWindow

app = make_app()
w = MainWindow()
w.show()
if not w.open_file(sys.argv[1]):
    sys.exit(3)
doc = w.session.doc
lane = doc.cards[0].lane
setup = VotingSetup(("Ann", "Bo", "Cy"), 2, lanes=frozenset({lane}), hide_results=True)
w.voting.start(VotingSession(setup))
ids = [c.id for c in doc.cards if c.lane == lane]
assert w.voting.place(ids[0]) and w.voting.place(ids[1])
w.voting.next_participant()
assert w.voting.place(ids[1])
w.voting.next_participant()
print("voted", w.guard.store.folder, w.session.recovery_key, flush=True)
sys.exit(app.exec())
"""


def crash_while_voting(user_file: Path) -> tuple[Path, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(user_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        line = b""
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith(b"voted ") or not line:
                break
        assert line.startswith(b"voted "), (
            line,
            child.stderr.read()[-2000:] if child.poll() is not None and child.stderr else "",
        )
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    _, folder, key = line.decode().split()
    return Path(folder), key


def recover_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(self: RecoveryDialog) -> int:
        self._done("recover")
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)


def answer_resume(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    asked: list[str] = []

    def pick(box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        by_text = {b.text().replace("&", ""): b for b in box.buttons()}
        # (a test that fails leaves the vote running: closing its window discards it)
        return by_text.get(text, by_text.get("Discard Dots"))

    monkeypatch.setattr(voting_ui, "choose", pick)
    return asked


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


def test_a_crash_while_voting_loses_no_dot(qtbot, user_file: Path, monkeypatch) -> None:
    make_app()
    original = user_file.read_bytes()
    folder, key = crash_while_voting(user_file)
    assert folder == RecoveryStore().folder
    # the map itself was clean: the dots alone made a recovery copy
    assert (folder / f"{key}.voting.json").is_file()
    assert (folder / f"{key}.journey.json").is_file()
    assert user_file.read_bytes() == original

    recover_all(monkeypatch)
    sessions = offer_recovery()
    assert [s.recovery_key for s in sessions] == [key]
    asked = answer_resume(monkeypatch, "Resume Voting")
    w = MainWindow(sessions[0])
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.voting.active)
    assert asked == ["This map had a dot vote running, with 3 dots placed. Resume it?"]
    s = w.voting.session
    doc = w.session.doc
    lane = doc.cards[0].lane
    ids = [c.id for c in doc.cards if c.lane == lane]
    assert s.participants == ("Ann", "Bo", "Cy") and s.setup.hide_results
    assert s.dots == {ids[0]: [0], ids[1]: [0, 1]}
    assert s.current == 2 and w.voting.bar.name_label.text() == "Cy"
    assert w.voting.bar.isVisible()
    # the vote goes on where it was: Cy clicks a card
    QApplication.processEvents()
    w.view.zoom_actual()
    p = card_centre(w, ids[2])
    show_scene(w, p)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(w, p))
    assert s.dots[ids[2]] == [2]
    # the resumed vote is written again at once (a second crash loses nothing either)
    saved = json.loads((folder / f"{key}.voting.json").read_text())
    assert VotingSession.from_json(saved) == s
    before = {c.id: c.votes for c in doc.cards}
    monkeypatch.setattr(voting_ui, "ask", lambda box: voting_ui.Button.Yes)
    w.voting.end()
    after = {c.id: c.votes for c in w.session.doc.cards}
    assert after[ids[0]] == before[ids[0]] + 1
    assert after[ids[1]] == before[ids[1]] + 2
    assert after[ids[2]] == before[ids[2]] + 1
    assert not (folder / f"{key}.voting.json").exists()
    w.voting.clear_results()


def test_a_recovered_vote_can_be_discarded(qtbot, user_file: Path, monkeypatch) -> None:
    make_app()
    folder, key = crash_while_voting(user_file)
    recover_all(monkeypatch)
    sessions = offer_recovery()
    answer_resume(monkeypatch, "Discard Dots")
    w = MainWindow(sessions[0])
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    qtbot.waitUntil(lambda: not (folder / f"{key}.voting.json").exists())
    assert not w.voting.active
    # the recovered map itself is still there, unsaved
    assert w.session.modified


def test_the_vote_follows_the_recovery_copy_in_the_editor(qtbot, tmp_path, monkeypatch) -> None:
    """A clean map gets a copy for its dots; a save during the vote does not drop the dots'
    copy; ending the vote on a clean map removes it."""
    path = tmp_path / "m.journey.json"
    save(load_template(TEMPLATE), path)
    w = open_window(qtbot)
    assert w.open_file(path)
    answer_resume(monkeypatch, "Discard Dots")
    store, key = w.guard.store, w.session.recovery_key
    voting_file = store.folder / f"{key}.voting.json"
    lane = w.session.doc.cards[0].lane
    w.voting.start(VotingSession(VotingSetup(("A", "B"), lanes=frozenset({lane}))))
    card = w.session.doc.cards[0].id
    assert w.voting.place(card)
    assert voting_file.is_file() and store.has_copy(key)
    assert VotingSession.from_json(store.read_voting(key)).dots == {card: [0]}
    # an edit and a save while voting: the guard drops the map's copy, the vote's stays
    w.session.push(edits.set_map_field(w.session.doc, "title", "Edited while voting"))
    w.session.save()
    assert voting_file.is_file() and store.has_copy(key)
    monkeypatch.setattr(voting_ui, "ask", lambda box: voting_ui.Button.Discard)
    w.voting.cancel()
    assert not voting_file.exists() and not store.has_copy(key)
