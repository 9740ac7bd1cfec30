#!/usr/bin/env python
"""``journeymapper insights`` against ``journeymapper validate`` on the stress map, as whole
processes (issue 16: insights takes at most twice the time of validate).

    python tests/benchmarks/insights_ratio.py [--size stress] [--repeat 5] [--map FILE] [--check]

The map is generated with `run.generate_map` (the harness's seeded maps) unless ``--map`` is
given. Each command is run ``repeat`` times after one unmeasured warm-up run (which also writes
the bytecode caches, kept in the work folder through ``PYTHONPYCACHEPREFIX`` as an installed
application has them); the figures are the medians of the wall times, spawn to exit, output
discarded, and the medians of their CPU time (user + system, steadier on a busy machine).
Also printed: the in-process time of `load`, of `insights` alone and of its JSON.

With ``--check`` the exit status is 1 when the ratio is over the target (for a person to run:
the test suite makes no wall-clock assertion).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE), str(REPO)]

TARGET = 2.0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) in ms of ``repeat`` runs, after
    one warm-up. The CPU time is the steadier of the two on a busy machine."""
    walls, cpus = [], []
    for i in range(repeat + 1):
        c0, t0 = _cpu(), time.perf_counter()
        proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall, cpu = (time.perf_counter() - t0) * 1000, (_cpu() - c0) * 1000
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)}: exit {proc.returncode}\n{proc.stderr.decode()}")
        if i:
            walls.append(wall)
            cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def in_process(path: Path) -> dict[str, float]:
    from journeymapper.analysis import insights
    from journeymapper.io import load

    t0 = time.perf_counter()
    doc = load(path)
    t1 = time.perf_counter()
    result = insights(doc)
    t2 = time.perf_counter()
    json.dumps(result.to_dict())
    t3 = time.perf_counter()
    return {
        "load_ms": (t1 - t0) * 1000,
        "insights_ms": (t2 - t1) * 1000,
        "to_json_ms": (t3 - t2) * 1000,
        "paths_listed": len(result.path.paths),
        "paths_capped": result.path.paths_capped,
        "loops": len(result.path.loops),
    }


def measure(path: Path, work: Path, repeat: int) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    cli = [sys.executable, "-m", "journeymapper"]
    runs = {
        "validate": [*cli, "validate", str(path)],
        "insights": [*cli, "insights", str(path)],
        "insights_json": [*cli, "insights", "--json", str(path)],
    }
    figures: dict[str, float] = {}
    for name, args in runs.items():
        figures[f"{name}_process_ms"], figures[f"{name}_cpu_ms"] = timed(args, env, repeat)
    for name in ("insights", "insights_json"):
        for kind in ("process", "cpu"):
            figures[f"ratio_{name}_{kind}"] = (
                figures[f"{name}_{kind}_ms"] / figures[f"validate_{kind}_ms"]
            )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="stress", help="workshop, large or stress")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--map", type=Path, help="measure this map instead of a generated one")
    parser.add_argument("--check", action="store_true", help=f"exit 1 over {TARGET:g}x")
    ns = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jm-insights-") as tmp:
        work = Path(tmp)
        path = ns.map
        if path is None:
            from run import SIZES, write_map

            path = write_map(ns.size, SIZES[ns.size], work)
        figures = {**in_process(path), **measure(path, work, ns.repeat)}
    for key, value in figures.items():
        shown = f"{value:.1f}" if isinstance(value, float) and key.endswith("_ms") else value
        if key.startswith("ratio"):
            shown = f"{value:.2f}x (target <= {TARGET:g}x)"
        print(f"{key:28} {shown}")
    return 1 if ns.check and figures["ratio_insights_process"] > TARGET else 0


if __name__ == "__main__":
    raise SystemExit(main())
