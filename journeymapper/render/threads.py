"""Whether Qt's painting hands work to its GUI thread pool.

Qt's raster engine passes a big fill, and every batch of 255 spans of a stroke or of a
many-rectangle call, to a pool of threads and waits for it. The pool has half the
machine's CPUs, at least one thread: below four CPUs, one. One thread cannot draw in
parallel with the painting thread, which only waits, and the hand-off costs two thread
switches each time. On a two-core machine that was about 5 ms of the repaint after an
undo on the large benchmark map, and a scroll bar took 3 ms to repaint instead of 1.
There the pool is switched off (Qt's ``QT_NO_GUI_THREADPOOL``), before Qt first uses it.
"""

from __future__ import annotations

import os

#: Qt's switch, read once, when the raster engine first asks for its pool
SWITCH = "QT_NO_GUI_THREADPOOL"


def cpus() -> int:
    """The CPUs this process may run on (what Qt's ``idealThreadCount`` counts)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (not on every platform)
        return os.cpu_count() or 1


def pool_helps(cpus: int) -> bool:
    """Whether Qt's GUI pool has more than one thread on ``cpus`` CPUs."""
    return max(1, cpus // 2) > 1


def paint_inline() -> None:
    """Paint without the pool where it cannot help; a value already set (by the user) is
    kept. Call before the first QGuiApplication is made."""
    if SWITCH not in os.environ and not pool_helps(cpus()):
        os.environ[SWITCH] = "1"
