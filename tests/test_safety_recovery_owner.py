"""Recovery copies after a crash: whose they are, where they came from, who recovers them.

Issue 10, items 2 and 3: an owner is a pid *and* a start time and run token (sandboxes
give every start the same pid); original paths that are not UTF-8 are kept losslessly
and absolute, across a second crash; a copy is claimed before it is offered, so two
instances started together never both recover it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journeymapper.app import make_app, offer_recovery
from journeymapper.editing import edits
from journeymapper.editing.recovery import RecoveryStore
from journeymapper.io import load, save
from journeymapper.io.process import RUN_TOKEN, process_start
from journeymapper.templates import load_template
from journeymapper.ui.dialogs import RecoveryDialog
from journeymapper.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "awareness-to-loyalty-en"


def edit_meta(store: RecoveryStore, key: str, **fields: Any) -> None:
    meta = store.folder / f"{key}.meta.json"
    record = json.loads(meta.read_text(encoding="utf-8"))
    record.update(fields)
    for name in [n for n, v in fields.items() if v is ...]:
        del record[name]
    meta.write_text(json.dumps(record), encoding="utf-8")


def choose(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[RecoveryDialog]:
    shown: list[RecoveryDialog] = []

    def fake_exec(self: RecoveryDialog) -> int:
        shown.append(self)
        self._done(choice)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


# -- item 2: the owner is more than a pid --------------------------------------------------


def test_a_copy_of_this_run_is_not_an_orphan(store: RecoveryStore) -> None:
    store.write("mine", load_template(TEMPLATE), None)
    assert store.orphans() == []


@pytest.mark.parametrize(
    "fields",
    [
        {"start": "1", "run": "an-earlier-run"},  # our pid, another start: a sandbox restart
        {"start": ..., "run": "an-earlier-run"},  # no start time known: the run token tells
        {"start": ..., "run": ...},  # written by an older version with our pid
    ],
)
def test_a_copy_with_our_pid_from_another_run_is_an_orphan(
    store: RecoveryStore, fields: dict[str, Any]
) -> None:
    store.write("k", load_template(TEMPLATE), None)
    edit_meta(store, "k", pid=os.getpid(), **fields)
    assert [e.key for e in store.orphans()] == ["k"]


def test_a_running_pid_with_another_start_time_is_an_orphan(store: RecoveryStore) -> None:
    """After a reboot the recorded pid may belong to some other running process."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        start = process_start(other.pid)
        if start is None:
            pytest.skip("no process start times here (/proc/PID/stat)")
        store.write("k", load_template(TEMPLATE), None)
        edit_meta(store, "k", pid=other.pid, start=start, run="theirs")
        assert store.orphans() == [], "the copy of a running process was offered"
        edit_meta(store, "k", start=str(int(start) + 7))
        assert [e.key for e in store.orphans()] == ["k"]
    finally:
        other.kill()
        other.wait()


def pid_namespace_prefix() -> list[str]:
    """`unshare` that runs a child as pid 1 of a new pid namespace (or skip, saying why)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    reasons = []
    for extra in ([], ["--map-root-user"]):
        prefix = [unshare, "--pid", "--fork", *extra]
        try:
            probe = subprocess.run(
                [*prefix, sys.executable, "-c", "import os; print(os.getpid())"],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            reasons.append(str(exc))
            continue
        if probe.returncode == 0 and probe.stdout.strip() == "1":
            return prefix
        reasons.append(probe.stderr.strip()[-200:])
    pytest.skip(f"unshare --pid is not permitted here: {reasons}")


SANDBOX_CHILD = r"""
import os, sys
from pathlib import Path
from journeymapper.editing.recovery import RecoveryStore
from journeymapper.io.lock import FileLock, read_owner
from journeymapper.templates import load_template

store = RecoveryStore(Path(sys.argv[2]))
user_file = Path(sys.argv[3])
if sys.argv[1] == "crash":
    FileLock(user_file).acquire()
    store.write("crashed", load_template("awareness-to-loyalty-en"), user_file)
    print("pid", os.getpid(), flush=True)
    os._exit(9)  # no clean-up, as in a crash
else:
    print("pid", os.getpid())
    print("lock owner", read_owner(user_file))
    print("orphans", [e.key for e in store.orphans()])
"""


def test_sandboxed_restart_with_the_same_pid_offers_recovery(tmp_path: Path) -> None:
    """A real process as pid 1 of its own pid namespace crashes; the next start, pid 1
    again, must see a stale lock and an orphan copy."""
    prefix = pid_namespace_prefix()
    user_file = tmp_path / "workshop.journey.json"
    save(load_template(TEMPLATE), user_file)
    folder = tmp_path / "recovery"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")

    def run(mode: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*prefix, sys.executable, "-c", SANDBOX_CHILD, mode, str(folder), str(user_file)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )

    crashed = run("crash")
    assert crashed.returncode == 9, crashed.stderr
    assert crashed.stdout.startswith("pid 1\n")
    restarted = run("start")
    assert restarted.returncode == 0, restarted.stderr
    lines = restarted.stdout.splitlines()
    assert lines[0] == "pid 1"
    assert lines[1] == "lock owner None", "the crashed run's lock reads as alive"
    assert lines[2] == "orphans ['crashed']", "the crashed run's copy is not offered"


# -- item 3: original paths ------------------------------------------------------------------


def non_utf8_file(tmp_path: Path) -> Path:
    name = os.fsdecode(b"caf\xe9-\xff plan.journey.json")
    path = tmp_path / "documents" / name
    path.parent.mkdir()
    save(load_template(TEMPLATE), path)
    return path


def crash(store: RecoveryStore, key: str) -> None:
    """What a crash leaves: the copy's owner is a run that no longer exists."""
    edit_meta(store, key, run="a-run-that-crashed", start="1")


def test_non_utf8_name_autosaves_and_is_recovered_losslessly(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_app()
    path = non_utf8_file(tmp_path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert w.open_file(path)
    w.session.push(edits.set_map_field(w.session.doc, "title", "Café unsaved"))
    assert w.guard.autosave_now(), "the copy of a map with a non-UTF-8 name was not written"
    store, key = w.guard.store, w.session.recovery_key
    meta = store.folder / f"{key}.meta.json"
    assert meta.is_file()
    meta.read_bytes().decode("ascii")  # stored as ASCII JSON

    crash(store, key)
    w.guard.detach(keep_recovery=True)  # this window lets go without touching the copy
    w.session.undo_stack.setClean()
    [entry] = RecoveryStore(store.folder).orphans()
    assert entry.original_path == path, "the original path was not kept byte for byte"
    assert os.fsencode(entry.original_path) == os.fsencode(path)
    assert entry.original is not None and "caf\ufffd-\ufffd plan" in entry.original

    # recovered, autosaved again, and crashed a second time: it still knows its file
    choose(monkeypatch, "recover")
    [session] = offer_recovery(RecoveryStore(store.folder))
    assert session.path is None and session.doc.title == "Café unsaved"
    again = MainWindow(session)
    qtbot.addWidget(again, before_close_func=lambda w: w.session.undo_stack.setClean())
    again.guard.store = RecoveryStore(store.folder)
    session.push(edits.set_map_field(session.doc, "title", "Café, second try"))
    assert again.guard.autosave_now()
    crash(store, key)
    [entry] = RecoveryStore(store.folder).orphans()
    assert entry.original_path == path
    assert load(entry.data_file).title == "Café, second try"
    again.guard.detach(keep_recovery=True)


def test_original_path_is_stored_absolute(
    store: RecoveryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store.write("k", load_template(TEMPLATE), Path("relative.journey.json"))
    crash(store, "k")
    monkeypatch.chdir(tmp_path.parent)
    [entry] = store.orphans()
    assert entry.original_path == tmp_path / "relative.journey.json"


# -- item 3: claim before offering -----------------------------------------------------------


def test_a_claimed_copy_is_not_offered_twice(store: RecoveryStore) -> None:
    store.write("k", load_template(TEMPLATE), None)
    crash(store, "k")
    first, second = RecoveryStore(store.folder), RecoveryStore(store.folder)
    [mine] = first.orphans()
    [theirs] = second.orphans()  # both listed it before either claimed
    assert first.claim(mine) is True
    assert second.claim(theirs) is False
    assert second.orphans() == []
    first.release(mine)  # "decide later"
    assert [e.key for e in second.orphans()] == ["k"]


def test_a_claim_left_by_a_crashed_instance_is_offered_again(store: RecoveryStore) -> None:
    store.write("k", load_template(TEMPLATE), None)
    crash(store, "k")
    meta = store.folder / "k.meta.json"
    meta.rename(store.folder / f"k.claimed.{os.getpid()}.a-run-that-crashed")
    assert [e.key for e in store.orphans()] == ["k"]
    live = store.folder / f"k.claimed.{os.getpid()}.{RUN_TOKEN}"
    (store.folder / "k.meta.json").rename(live)  # claimed by this run: not offered
    assert store.orphans() == []


TWO_STARTS_CHILD = r"""
import sys, time
from pathlib import Path
from journeymapper.app import make_app, offer_recovery
from journeymapper.editing.recovery import RecoveryStore
from journeymapper.ui.dialogs import RecoveryDialog

def slow_user(self):
    # the user answers only once the other instance has started and looked
    deadline = time.monotonic() + 60
    while not Path(sys.argv[3]).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(2.0)
    self._done("recover")
    return 1

RecoveryDialog.exec = slow_user
make_app()
Path(sys.argv[2]).write_text("listed")
sessions = offer_recovery(RecoveryStore(Path(sys.argv[1])))
print("recovered", len(sessions), flush=True)
"""


def test_two_instances_started_together_recover_a_copy_once(
    store: RecoveryStore, tmp_path: Path
) -> None:
    store.write("k", load_template(TEMPLATE), None)
    crash(store, "k")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                TWO_STARTS_CHILD,
                str(store.folder),
                str(tmp_path / f"started-{i}"),
                str(tmp_path / f"started-{1 - i}"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(2)
    ]
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        outputs.append(out.strip())
    assert sorted(outputs) == ["recovered 0", "recovered 1"], outputs
    # the copy is still there for the instance that recovered it (whose run has ended)
    assert [e.key for e in store.orphans()] == ["k"]
