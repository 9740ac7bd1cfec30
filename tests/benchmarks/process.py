"""Whole-process figures: the command line as a user or a script runs it, against floors.

validate_process_ms  ``python -m journeymapper validate MAP`` (spawn to exit);
validate_floor_ms    ``python -c 'import json, pydantic; json.load(open(MAP))'``;
pdf_process_ms       ``python -m journeymapper export MAP -o OUT.pdf --page-size A1``;
pdf_floor_ms         ``python bare_pdf.py OPS OUT.pdf FONTS``: reportlab alone drawing the same
                     boxes and lines of text with the same embedded font (see bare_pdf.py).

Each is the median of ``repeat`` runs after one unmeasured warm-up run that writes the bytecode
caches (kept in the benchmark's own folder through ``PYTHONPYCACHEPREFIX``, as an installed
application has them). The commands take turns, one run of each per round, so that a burst of
load from elsewhere falls on a figure and its floor alike.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FLOOR_VALIDATE = "import json, pydantic, sys; json.load(open(sys.argv[1], 'rb'))"


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float | None, str]:
    """Wall time (ms) of one run of ``args``; an error text when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    elapsed = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        return None, f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-1500:]}"
    return elapsed, ""


def timed_rounds(
    runs: dict[str, list[str]], env: dict[str, str], repeat: int
) -> tuple[dict[str, Any], dict[str, str]]:
    """The median wall time (ms) of each command over ``repeat`` rounds (after a warm-up
    round), the commands taking turns; the errors of those that failed."""
    times: dict[str, list[float]] = {key: [] for key in runs}
    errors: dict[str, str] = {}
    for i in range(repeat + 1):
        for key, args in runs.items():
            if key in errors:
                continue
            elapsed, error = timed_run(args, env)
            if error:
                errors[key] = error
            elif i:
                times[key].append(elapsed)  # type: ignore[arg-type]
    figures = {
        key: None if key in errors else round(statistics.median(times[key]), 1) for key in runs
    }
    return figures, errors


def measure_processes(
    map_path: Path, ops_path: Path, work: Path, env: dict[str, str], repeat: int
) -> tuple[dict[str, Any], dict[str, str]]:
    """The four whole-process figures of one map, and the errors of those that failed."""
    from journeymapper.resources import resource_path

    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    py = sys.executable
    out_pdf = work / f"{map_path.stem}.process.pdf"
    runs = {
        "validate_process_ms": [py, "-m", "journeymapper", "validate", str(map_path)],
        "validate_floor_ms": [py, "-c", FLOOR_VALIDATE, str(map_path)],
        "pdf_process_ms": [
            py,
            "-m",
            "journeymapper",
            "export",
            str(map_path),
            "-o",
            str(out_pdf),
            "--page-size",
            "A1",
        ],
    }
    if ops_path.exists():
        runs["pdf_floor_ms"] = [
            py, str(HERE / "bare_pdf.py"), str(ops_path),
            str(work / "floor.pdf"), str(resource_path("fonts")),
        ]  # fmt: skip
    return timed_rounds(runs, env, repeat)
