"""The benchmark harness runs end to end on the workshop map (no timing assertions: CI
machines are noisy; only that every figure is produced)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent / "benchmarks" / "run.py"

METRICS = [
    "startup_ms",
    "open_ms",
    # issue 20: whole processes against their floors (top level), undo of a move, pan frames
    "validate_process_ms",
    "validate_floor_ms",
    "pdf_process_ms",
    "pdf_floor_ms",
    "undo_move_ms",
    "undo_move_settled_ms",
    "pan_frame_fit_ms",
    "drag_frame_ms",
    "drag_frame_p95_ms",
    "drag_frame_fit_full_ms",
    "drag_frame_fit_full_p95_ms",
    "drag_frame_fit_dirty_ms",
    "drag_frame_fit_dirty_p95_ms",
    "drag_frame_100_full_ms",
    "drag_frame_100_full_p95_ms",
    "drag_frame_100_dirty_ms",
    "drag_frame_100_dirty_p95_ms",
    "curve_drag_frame_ms",
    "curve_drag_frame_p95_ms",
    "curve_drag_frame_fit_full_ms",
    "curve_drag_frame_fit_full_p95_ms",
    "curve_drag_frame_fit_dirty_ms",
    "curve_drag_frame_fit_dirty_p95_ms",
    "curve_drag_frame_100_full_ms",
    "curve_drag_frame_100_full_p95_ms",
    "curve_drag_frame_100_dirty_ms",
    "curve_drag_frame_100_dirty_p95_ms",
    "undo_redo_1000_ms",
    "save_ms",
    "pdf_ms",
    "png_ms",
    "svg_ms",
    "pptx_ms",
    "peak_rss_mb",
]
FLOORS = [
    "validate_floor_ms",
    "pdf_floor_ms",
    "json_parse_ms",
    "bare_scene_ms",
    "bare_pdf_ms",
    "json_dump_ms",
    "open_floor_ms",
]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def test_workshop_benchmark_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(RUN), "--sizes", "workshop", "--repeat", "1", "--json", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "workshop" in proc.stdout and "Machine:" in proc.stdout

    data = json.loads(out.read_text())
    assert set(data) == {"workshop"}
    result = data["workshop"]
    assert "errors" not in result["details"], result["details"]["errors"]
    for key in METRICS:
        assert key in result, f"{key} is missing"
        assert _is_number(result[key]), f"{key} = {result[key]!r}; {result['details']}"
        assert result[key] >= 0
    for key in FLOORS:
        assert _is_number(result["floors"][key]), f"floor {key} = {result['floors'][key]!r}"
    for key in ("open_vs_floor", "pdf_vs_floor"):
        assert key in result["ratios"]
    for key in ("validate_process_vs_floor", "pdf_process_vs_floor"):
        assert _is_number(result["ratios"][key]), f"ratio {key} = {result['ratios'][key]!r}"
    assert _is_number(result["ratios"]["open_vs_floor"])
    # the frame that shows an undo comes before what is done after it
    assert result["undo_move_ms"] <= result["undo_move_settled_ms"]
    assert result["machine"]["cpu"] and result["machine"]["python"]
