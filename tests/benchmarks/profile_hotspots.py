#!/usr/bin/env python
"""Profile the editor's slow paths on a generated map with pyinstrument.

    python tests/benchmarks/profile_hotspots.py [--size large] [--what open,drag,...]
        [--tree] [--top 25]

Needs ``pip install pyinstrument``. Scenarios (the same gestures as run.py):

open         load + MainWindow + show + first paint at the initial zoom
drag_full    20 card-drag moves at fit zoom, each followed by viewport().repaint()
drag_dirty   20 card-drag moves at fit zoom, each followed by the event loop's repaint
drag_100     20 card-drag moves at 100 % with viewport().repaint()
curve_full   20 emotion-point moves at fit zoom with viewport().repaint()
drop         releasing a dragged card (edit + scene re-sync + repaint)
edit         10 title edits pushed on the undo stack (each re-syncs the scene)
startup      MainWindow on a blank map (in-process; imports already done)

For each scenario it prints the share of sampled time per function, by self time (time
in the function itself, including the Qt C++ code it calls directly) and by inclusive
time, as ``file:function``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench

SCENARIOS = ("open", "drag_full", "drag_dirty", "drag_100", "curve_full", "drop", "edit", "startup")


def _name(frame: Any) -> str:
    path = frame.file_path_short or frame.file_path or "?"
    marker = "journeymapper/"
    if marker in path:
        path = path[path.index(marker) :]
    elif "site-packages/" in path:
        path = path[path.index("site-packages/") + len("site-packages/") :]
    return f"{path}:{frame.function}"


def aggregate(root: Any) -> tuple[float, dict[str, float], dict[str, float]]:
    """Total time, self time per function and inclusive time per function."""
    self_t: dict[str, float] = defaultdict(float)
    incl_t: dict[str, float] = defaultdict(float)

    def walk(frame: Any, stack: frozenset[str]) -> None:
        if frame.is_synthetic:
            return
        name = _name(frame)
        children = [c for c in frame.children if not c.is_synthetic]
        own = frame.time - sum(c.time for c in children)
        self_t[name] += own
        if name not in stack:
            incl_t[name] += frame.time
        for c in children:
            walk(c, stack | {name})

    walk(root, frozenset())
    return root.time, self_t, incl_t


def report(title: str, profiler: Any, top: int, tree: bool) -> None:
    session = profiler.last_session
    root = session.root_frame()
    if root is None:
        print(f"\n== {title}: no samples")
        return
    total, self_t, incl_t = aggregate(root)
    print(f"\n== {title}: {total * 1000:.0f} ms sampled")
    print(f"  {'self %':>7} {'self ms':>9}   function (self time)")
    for name, t in sorted(self_t.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * t / total:7.1f} {t * 1000:9.1f}   {name}")
    print(f"  {'incl %':>7} {'incl ms':>9}   function (inclusive, journeymapper code only)")
    shown = 0
    for name, t in sorted(incl_t.items(), key=lambda kv: -kv[1]):
        if "journeymapper/" not in name and "benchmarks/" not in name:
            continue
        if "benchmarks/" in name:
            continue
        print(f"  {100 * t / total:7.1f} {t * 1000:9.1f}   {name}")
        shown += 1
        if shown >= top:
            break
    if tree:
        print(profiler.output_text(unicode=True, color=False, show_all=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="large", choices=list(bench.SIZES))
    parser.add_argument("--what", default=",".join(SCENARIOS))
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--tree", action="store_true", help="also print pyinstrument's tree")
    parser.add_argument("--interval", type=float, default=0.0005)
    opts = parser.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        parser.error("pip install pyinstrument")
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="jm-prof-"))
    size = bench.SIZES[opts.size]
    map_path = bench.write_map(opts.size, size, work)
    w = bench.Worker(map_path, work / "unused.json", size, 1, 5.0)
    w.budget = 1e9
    wanted = [s.strip() for s in opts.what.split(",") if s.strip()]

    def profiled(title: str, fn: Any) -> None:
        p = Profiler(interval=opts.interval)
        p.start()
        t0 = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t0
        p.stop()
        report(f"{title} ({elapsed * 1000:.0f} ms wall)", p, opts.top, opts.tree)

    w.open_once()  # warm-up (imports, font caches)
    if "open" in wanted:
        w.close_window()  # the teardown (and its gc.collect) is not part of opening
        profiled("open", w.open_once)

    def drag(mode: str, what: str, full: bool, release: bool = False) -> Any:
        """Press and return (moves, finish) so that only the moves are profiled."""
        from PySide6.QtCore import QPoint, QPointF

        layout = w.window.scene.layout
        if what == "card":
            boxes = list(layout.cards.values())
            mid = boxes[len(boxes) // 2]
            w._set_zoom(mode, QPointF(mid.rect.cx, mid.rect.cy))
            picked = w._pick_card()
            assert picked is not None
            start = picked[1]
            path = [start + QPoint(2 * i, i // 3) for i in range(1, 21)]
        else:
            point = next(c.points[len(c.points) // 2] for c in layout.curves if c.points)
            w._set_zoom(mode, QPointF(point.x, point.y))
            picked_pt = w._pick_point()
            assert picked_pt is not None
            _pt, start, step_px = picked_pt
            step = max(1, int(step_px + 0.999))
            wave = [1, 2, 1, 0, -1, -2, -1, 0]
            path = [start + QPoint(0, -step * wave[i % 8]) for i in range(20)]
        w._send_mouse("press", start)
        w.drain()

        def moves() -> None:
            w._frames(path, full=full)

        def finish() -> None:
            n = w.counter.count
            w._send_mouse("release", path[-1])
            w.wait_paint(w.counter, n, 60)

        return moves, finish

    for scenario, mode, what, full in (
        ("drag_full", "fit", "card", True),
        ("drag_dirty", "fit", "card", False),
        ("drag_100", "100", "card", True),
        ("curve_full", "fit", "point", True),
    ):
        if scenario in wanted:
            moves, finish = drag(mode, what, full)
            profiled(f"{scenario} (20 moves)", moves)
            before = w.window.session.undo_stack.count()
            if "drop" in wanted and scenario == "drag_full":
                profiled("drop", finish)
            else:
                finish()
            if w.window.session.undo_stack.count() > before:
                w.window.session.undo_stack.undo()
            w.drain()

    if "edit" in wanted:
        from journeymapper.editing import edits

        session = w.window.session
        ids = [c.id for c in session.doc.cards]

        def ten_edits() -> None:
            for i in range(10):
                session.push(edits.update_part(session.doc, "cards", ids[i], title=f"Edit {i}"))

        profiled("edit (10 pushes)", ten_edits)

    if "startup" in wanted:
        w.close_window()  # nothing else may paint meanwhile
        from journeymapper.editing.session import DocumentSession
        from journeymapper.templates import blank_map
        from journeymapper.ui.main_window import MainWindow

        def window() -> None:
            mw = MainWindow(DocumentSession(blank_map()))
            counter = w.new_counter(mw.view.viewport())
            mw.show()
            w.wait_paint(counter, 0)
            mw.close()

        profiled("startup window (blank map, in-process)", window)
    if w.window is not None:
        w.close_window()
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(w.tmp, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
