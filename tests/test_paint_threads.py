"""Qt's GUI thread pool is switched off on machines with few CPUs (`render.threads`): the
editor's painting hands it many small batches and waited for each."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeymapper.render import threads


@pytest.mark.parametrize(
    ("cpus", "kept"), [(1, False), (2, False), (3, False), (4, True), (16, True)]
)
def test_the_pool_is_kept_only_from_four_cpus(cpus: int, kept: bool) -> None:
    assert threads.keeps_pool(cpus) is kept


def test_the_switch_is_set_only_where_the_pool_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # (set, then removed: so that the value set below is removed after the test too)
    monkeypatch.setenv(threads.SWITCH, "placeholder")
    monkeypatch.delenv(threads.SWITCH)
    monkeypatch.setattr(threads, "cpus", lambda: 8)
    threads.paint_inline()
    assert threads.SWITCH not in os.environ
    monkeypatch.setattr(threads, "cpus", lambda: 2)
    threads.paint_inline()
    assert os.environ[threads.SWITCH] == "1"


def test_a_value_set_beforehand_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(threads.SWITCH, "0")
    monkeypatch.setattr(threads, "cpus", lambda: 2)
    threads.paint_inline()
    assert os.environ[threads.SWITCH] == "0"


def test_cpus_counts_the_cpus_this_process_may_use() -> None:
    assert threads.cpus() == len(os.sched_getaffinity(0)) >= 1


#: on one CPU: make an application, draw a big see-through ellipse (Qt hands its spans to
#: its pool, if it has one) and count the pool's threads ("Thread (pooled)")
PROBE = """
import os
os.sched_setaffinity(0, {{min(os.sched_getaffinity(0))}})
{make}
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
image = QImage(2000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(0)
ellipse = QPainterPath()
ellipse.addEllipse(10, 10, 1900, 1900)
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
painter.fillPath(ellipse, QColor(200, 0, 0, 128))
painter.end()
tasks = "/proc/self/task"
names = [open(f"{{tasks}}/{{t}}/comm").read().strip() for t in os.listdir(tasks)]
print(os.environ.get({switch!r}), sum(name == "Thread (pooled)" for name in names))
"""


@pytest.mark.parametrize(
    ("make", "switched_off"),
    [
        ("from journeymapper.app import make_app; make_app()", True),
        ("from journeymapper.export.png import ensure_gui_app; ensure_gui_app()", True),
        # control: an application made without them paints through the pool
        ("from PySide6.QtGui import QGuiApplication; app = QGuiApplication([])", False),
    ],
)
def test_on_one_cpu_the_editor_and_the_png_export_paint_without_the_pool(
    make: str, switched_off: bool
) -> None:
    env = {k: v for k, v in os.environ.items() if k != threads.SWITCH}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(make=make, switch=threads.SWITCH)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    switch, pooled = done.stdout.split()[-2:]
    if switched_off:
        assert (switch, pooled) == ("1", "0")
    else:
        assert switch == "None" and int(pooled) >= 1
