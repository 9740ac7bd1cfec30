#!/usr/bin/env python
"""SVG export of the large map (issue 18: "within a few seconds"), beside the PDF.

    python tests/benchmarks/svg_bench.py [--size large] [--repeat 3] [--map FILE] [--check]

The map is generated with `run.write_map` (the harness's seeded maps) unless ``--map`` is
given. Each export runs ``repeat`` times in this process after one unmeasured warm-up
(fonts, icons and caches loaded); printed are the median of the layout alone, of the SVG
export (layout, drawing, serialising, writing), of the SVG with text as outlines, and of
the PDF for comparison, with the files' sizes. With ``--check`` the exit status is 1 when
an SVG export's median is over ``TARGET_S`` (for a person to run: the test suite makes no
wall-clock assertion).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE), str(REPO)]

TARGET_S = 3.0


def _median_s(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    import run  # the harness (tests/benchmarks/run.py): its seeded maps

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=sorted(run.SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--map", type=Path, help="a map file instead of a generated one")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {TARGET_S} s")
    ns = parser.parse_args(argv)

    from journeymapper.export import export_pdf
    from journeymapper.export.svg import export_svg, svg_layout
    from journeymapper.io import load

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = ns.map or run.write_map(ns.size, run.SIZES[ns.size], folder)
        doc = load(path)
        out_svg, out_paths, out_pdf = folder / "m.svg", folder / "p.svg", folder / "m.pdf"
        layout_s = _median_s(lambda: svg_layout(doc), ns.repeat)
        svg_s = _median_s(lambda: export_svg(doc, out_svg), ns.repeat)
        paths_s = _median_s(lambda: export_svg(doc, out_paths, text_as_paths=True), ns.repeat)
        pdf_s = _median_s(lambda: export_pdf(doc, out_pdf), ns.repeat)
        print(f"map: {path.name if ns.map else ns.size} ({len(doc.cards)} cards)")
        print(f"layout            {layout_s * 1000:8.0f} ms")
        print(f"svg               {svg_s * 1000:8.0f} ms  {out_svg.stat().st_size / 1e6:6.1f} MB")
        print(
            f"svg, text paths   {paths_s * 1000:8.0f} ms  {out_paths.stat().st_size / 1e6:6.1f} MB"
        )
        print(f"pdf (comparison)  {pdf_s * 1000:8.0f} ms  {out_pdf.stat().st_size / 1e6:6.1f} MB")
    slow = max(svg_s, paths_s) > TARGET_S
    if ns.check and slow:
        print(f"over the target of {TARGET_S} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
