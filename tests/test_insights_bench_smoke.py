"""tests/benchmarks/insights_dock.py runs end to end on the workshop map and gives every
figure (no timing assertion: machines are noisy; issue 16's "the dock never delays an edit"
is read from its figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "benchmarks" / "insights_dock.py"


def test_the_dock_benchmark_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "dock.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--size", "workshop", "--edits", "2", "--json", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(out.read_text())
    for key in (
        "without_dock_ms",
        "with_dock_idle_ms",
        "with_dock_computing_ms",
        "with_dock_computing_uncancelled_ms",
        "compute_ms",
        "result_shown_ms",
    ):
        assert figures[key] > 0, key
    assert set(figures["gui_thread_cpu_ms"]) == {
        "without",
        "idle",
        "computing",
        "computing_uncancelled",
    }
    # the third and fourth ways did meet a run in progress, every time
    assert figures["computing_edits_that_met_a_run"] == 4
