#!/usr/bin/env python
"""Does the Insights dock delay an edit? (issue 16: "the dock never delays an edit").

    python tests/benchmarks/insights_dock.py [--size stress] [--edits 15] [--json FILE]

On a map of the harness (`run.generate_map`, seeded; default the stress map: 20,000 cards,
3,000 connections) open in a real MainWindow (Qt offscreen), one edit is a card's title
changed with `MapScene.push`, timed from the push until the view has painted it (the event
loop processed until the viewport's next Paint event). Four ways, taking turns, each over
``--edits`` different cards:

without_dock_ms
    The dock unplugged from the session (its two slots disconnected): the edit alone.
with_dock_idle_ms
    The dock as shipped, its last run finished: what the dock adds to an edit is its slots
    (restart a timer; check a highlighted path, none here).
with_dock_computing_ms
    The dock as shipped while its worker thread is computing the insights of the map (the
    edit lands in the middle of a run): Python's threads share one interpreter lock, so a
    run left going would take a share of it; the dock cancels the run when the scene starts
    to redraw the edit, and this shows what is left.
with_dock_computing_uncancelled_ms
    The same with the cancellation unplugged for that edit: what a run left going costs.

gui_thread_cpu_ms gives the same three as CPU time of the GUI thread (what the edit itself
costs there, steadier on a busy machine; waiting for the interpreter lock is not in it).

Also: compute_ms (one run of the dock's work, in the worker), the dock's slots alone
(dock_slots_ms: `schedule` + `_map_changed` on an unchanged map) and result_shown_ms (the
dock filling its tree when a result arrives, on the GUI thread, after the edits paused).
Medians, milliseconds; wall times, so a busy machine shows in them: compare the rows of one
run, not across runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE), str(REPO)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="stress")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from run import SIZES, write_map  # the harness's seeded maps

    with tempfile.TemporaryDirectory(prefix="jm-insights-dock-") as tmp:
        os.environ["HOME"] = tmp  # settings go to a throw-away home
        path = write_map(args.size, SIZES[args.size], Path(tmp))
        result = measure(path, args.edits)
    result["size"] = args.size
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


def measure(path: Path, edits_per_mode: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject

    from journeymapper.app import make_app
    from journeymapper.editing import edits
    from journeymapper.editing.session import DocumentSession
    from journeymapper.io import load
    from journeymapper.ui import insights_dock
    from journeymapper.ui.main_window import MainWindow

    app = make_app()

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj: Any, ev: Any) -> bool:
            if ev.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    w = MainWindow(DocumentSession(load(path), path))
    w.show()
    w.insights_dock.show()
    w.insights_dock.raise_()
    paints = Paints()
    w.view.viewport().installEventFilter(paints)

    def until(test: Any, timeout: float = 300.0) -> None:
        deadline = time.perf_counter() + timeout
        while not test():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise RuntimeError("timed out")

    until(lambda: paints.count > 0)
    until(w.insights.is_current)
    t0 = time.perf_counter()
    insights_dock.compute(insights_dock.snapshot(w.session.doc))
    compute_ms = (time.perf_counter() - t0) * 1000

    shows: list[float] = []  # the dock's own GUI-thread work when a result arrives
    finished = w.insights._finished

    def timed_finished(*args: Any) -> None:
        t0 = time.perf_counter()
        finished(*args)
        shows.append((time.perf_counter() - t0) * 1000)

    w.insights._relay.done.disconnect(finished)
    w.insights._relay.done.connect(timed_finished)
    cards = [c.id for c in w.session.doc.cards]
    n = 0

    gc_ms = [0.0]  # time in the cyclic garbage collector (any thread)
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_ms[0] += (time.perf_counter() - gc_started[0]) * 1000

    gc.callbacks.append(on_gc)
    gc_during: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}  # the GUI thread's CPU time (steadier than wall time)

    def settle() -> None:
        """Let pending work (the tree and list a result filled, their repaint) finish first:
        an edit is timed on its own."""
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    overlapped = [0]  # edits of the third and fourth ways that did land during a run

    def one_edit(mode: str, first_settle: bool = True) -> float:
        nonlocal n
        if first_settle:
            settle()
        if mode.startswith("computing") and dock._running:
            overlapped[0] += 1
        card_id = cards[(n * 997) % len(cards)]
        n += 1
        seen = paints.count
        gc0 = gc_ms[0]
        c0 = time.thread_time()
        t0 = time.perf_counter()
        w.scene.push(
            lambda: edits.update_part(w.session.doc, "cards", card_id, title=f"Edited {n}")
        )
        until(lambda: paints.count > seen)
        wall = (time.perf_counter() - t0) * 1000
        gc_during.setdefault(mode, []).append(gc_ms[0] - gc0)
        cpu.setdefault(mode, []).append((time.thread_time() - c0) * 1000)
        return wall

    session = w.session
    dock = w.insights
    without: list[float] = []
    idle: list[float] = []
    computing: list[float] = []
    uncancelled: list[float] = []
    # the three ways take turns, edit after edit, so that a machine getting busier or
    # quieter weighs on each alike
    for _ in range(edits_per_mode):
        # 1. the dock unplugged
        session.changed.disconnect(dock.schedule)
        session.changed.disconnect(dock._map_changed)
        scene_syncing = w.scene.syncing
        scene_syncing.disconnect(dock.cancel)
        without.append(one_edit("without"))
        session.changed.connect(dock.schedule)
        session.changed.connect(dock._map_changed)
        scene_syncing.connect(dock.cancel)
        # 2. the dock idle (its last run done) when the edit comes
        dock.schedule()
        until(dock.is_current)
        idle.append(one_edit("idle"))
        until(dock.is_current)
        # 3. the edit lands while the worker computes
        settle()
        dock._timer.setInterval(0)  # start the run now rather than in 300 ms
        dock.schedule()
        until(lambda: dock._running)
        dock._timer.setInterval(insights_dock.DEBOUNCE_MS)
        computing.append(one_edit("computing", first_settle=False))
        until(dock.is_current)
        # 4. the same without the cancellation (what a run left going costs an edit)
        settle()
        dock._timer.setInterval(0)
        dock.schedule()
        until(lambda: dock._running)
        dock._timer.setInterval(insights_dock.DEBOUNCE_MS)
        w.scene.syncing.disconnect(dock.cancel)
        uncancelled.append(one_edit("computing_uncancelled", first_settle=False))
        w.scene.syncing.connect(dock.cancel)
        until(dock.is_current)
    slots = []
    for _ in range(50):
        t0 = time.perf_counter()
        w.insights.schedule()
        w.insights._map_changed()
        slots.append((time.perf_counter() - t0) * 1000)
    until(w.insights.is_current)
    w.session.undo_stack.setClean()
    w.close()
    return {
        "cards": len(cards),
        "edits_per_mode": edits_per_mode,
        "compute_ms": round(compute_ms, 1),
        "without_dock_ms": round(statistics.median(without), 1),
        "with_dock_idle_ms": round(statistics.median(idle), 1),
        "with_dock_computing_ms": round(statistics.median(computing), 1),
        "with_dock_computing_uncancelled_ms": round(statistics.median(uncancelled), 1),
        "max_ms": {
            "without": round(max(without), 1),
            "idle": round(max(idle), 1),
            "computing": round(max(computing), 1),
            "computing_uncancelled": round(max(uncancelled), 1),
        },
        "computing_edits_that_met_a_run": overlapped[0],
        "dock_slots_ms": round(statistics.median(slots), 3),
        "gui_thread_cpu_ms": {k: round(statistics.median(v), 1) for k, v in cpu.items()},
        "gc_during_edit_ms": {k: round(statistics.median(v), 1) for k, v in gc_during.items()},
        "result_shown_ms": round(statistics.median(shows), 1) if shows else None,
    }


if __name__ == "__main__":
    raise SystemExit(main())
