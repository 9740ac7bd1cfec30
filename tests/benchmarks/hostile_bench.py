#!/usr/bin/env python
"""Hostile content in a valid map (tests/hostile.py: 100,000-character texts, 3,000 tags,
control, zero-width and right-to-left characters, markup): how long the editor takes to
open and paint it, to select each hostile card (the inspector filled with its text), and
to export it as PDF and PNG.

    python tests/benchmarks/hostile_bench.py [--check]

Qt runs offscreen unless ``QT_QPA_PLATFORM`` is set; settings go to a throw-away HOME.
Printed are the seconds of each step. With ``--check`` the exit status is 1 when a step
takes over ``LIMIT_S`` (for a person to run: the test suite makes no wall-clock
assertion; tests/test_safety_hostile.py checks what is drawn and counts the layout's work).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE.parent), str(REPO)]

#: a hostile map must show, paint, fill the inspector and export within this time
LIMIT_S = 20.0


def measure(work: Path) -> dict[str, float]:
    from hostile import HOSTILE_CARDS, hostile_map
    from PySide6.QtWidgets import QApplication

    from journeymapper.app import make_app
    from journeymapper.editing.session import DocumentSession
    from journeymapper.export import export_pdf, export_png
    from journeymapper.io import save
    from journeymapper.ui.main_window import MainWindow

    make_app()
    doc = hostile_map()
    path = work / "hostile.journey.json"
    save(doc, path)
    times: dict[str, float] = {}

    started = time.perf_counter()
    w = MainWindow(DocumentSession.open(path))
    w.show()
    QApplication.processEvents()
    w.grab()
    w.view.zoom_fit()
    QApplication.processEvents()
    w.grab()
    times["open_and_paint_s"] = time.perf_counter() - started

    for index in HOSTILE_CARDS:
        started = time.perf_counter()
        w.scene.select_ids([w.session.doc.cards[index].id])
        QApplication.processEvents()
        w.grab()
        times[f"select_card_{index}_s"] = time.perf_counter() - started
    w.session.undo_stack.setClean()
    w.close()

    started = time.perf_counter()
    export_pdf(doc, work / "hostile.pdf", page_size="A3")
    export_png(doc, work / "hostile.png", dpi=72, page_size="A3")
    times["exports_s"] = time.perf_counter() - started
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"fail over {LIMIT_S} s a step")
    ns = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / ".config")
        times = measure(Path(tmp))
    print(json.dumps({k: round(v, 3) for k, v in times.items()}, indent=2))
    over = {k: v for k, v in times.items() if v > LIMIT_S}
    if ns.check and over:
        print(f"over {LIMIT_S} s: {', '.join(sorted(over))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
