"""Whether Qt's painting uses its GUI thread pool.

Qt's raster engine hands a big fill, and every batch of 255 spans of a stroke or of a
many-rectangle call, to its GUI thread pool (one thread per CPU with Qt 6.11) and waits
until the pool has drawn it. What the editor draws far away is mostly such batches of small
spans, and handing each over and waiting for it costs more than drawing it. On the 2-core
machine of the benchmark, painting without the pool made the large map's undo ~5 ms
shorter, its zoom frame 9.5 → 2.9 ms, the stress map's pan frame 26 → 23 ms and a scroll
bar's repaint 3 → 1 ms, and the PNG export of the large map was faster too. (A single huge
fill, which the editor does not draw, is up to 1.5× faster with the pool.)

So with fewer than `KEEP_FROM` CPUs the pool is switched off (Qt's ``QT_NO_GUI_THREADPOOL``)
before Qt first uses it; with more it is left on, as nothing here measured it there. Qt
switches the pool off whenever the variable is set, whatever its value, so a value set
beforehand is left alone.
"""

from __future__ import annotations

import os

#: Qt's switch, read once, when the raster engine first asks for its pool
SWITCH = "QT_NO_GUI_THREADPOOL"
#: from this many CPUs on, Qt's pool is left on (measured only below: see the module)
KEEP_FROM = 4


def cpus() -> int:
    """The CPUs this process may run on (what Qt's ``idealThreadCount`` counts)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (not on every platform)
        return os.cpu_count() or 1


def keeps_pool(cpus: int) -> bool:
    """Whether Qt's GUI pool is left on with ``cpus`` CPUs."""
    return cpus >= KEEP_FROM


def paint_inline() -> None:
    """Switch the pool off where it is not kept, unless the switch is set already. Call
    before the first QGuiApplication is made."""
    if SWITCH not in os.environ and not keeps_pool(cpus()):
        os.environ[SWITCH] = "1"
