"""Qt's GUI thread pool is switched off where it has one thread (`render.threads`): the
painting thread would only wait for it, at the cost of two thread switches per fill."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeymapper.render import threads


@pytest.mark.parametrize(
    ("cpus", "helps"), [(1, False), (2, False), (3, False), (4, True), (16, True)]
)
def test_the_pool_helps_only_with_two_threads_or_more(cpus: int, helps: bool) -> None:
    assert threads.pool_helps(cpus) is helps


def test_the_switch_is_set_only_where_the_pool_cannot_help(monkeypatch) -> None:
    monkeypatch.delenv(threads.SWITCH, raising=False)
    monkeypatch.setattr(threads, "cpus", lambda: 8)
    threads.paint_inline()
    assert threads.SWITCH not in os.environ
    monkeypatch.setattr(threads, "cpus", lambda: 2)
    threads.paint_inline()
    assert os.environ[threads.SWITCH] == "1"


def test_a_value_the_user_set_is_kept(monkeypatch) -> None:
    monkeypatch.setenv(threads.SWITCH, "0")
    monkeypatch.setattr(threads, "cpus", lambda: 2)
    threads.paint_inline()
    assert os.environ[threads.SWITCH] == "0"


def test_cpus_counts_the_cpus_this_process_may_use() -> None:
    assert threads.cpus() == len(os.sched_getaffinity(0)) >= 1


@pytest.mark.parametrize(
    "make",
    [
        "from journeymapper.app import make_app; make_app()",
        "from journeymapper.export.png import ensure_gui_app; ensure_gui_app()",
    ],
)
def test_the_editor_and_the_png_export_switch_it_off_on_one_cpu(make: str) -> None:
    """Run on one CPU, the editor's and the export's application start without the pool;
    the switch is set before the application exists (Qt reads it once)."""
    code = (
        "import os, sys\n"
        "os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"
        f"{make}\n"
        f"print(os.environ.get({threads.SWITCH!r}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != threads.SWITCH}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "1"
