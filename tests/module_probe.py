"""Which heavy packages (Qt, reportlab) a command loads, run in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
from journeymapper.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "reportlab", "shiboken6"))
print("LOADED " + json.dumps({"code": code, "modules": loaded}))
"""


def modules_after(args: list[str], cwd: Path) -> tuple[int, set[str]]:
    """Run `journeymapper ARGS` in a fresh interpreter: (its exit code, the top-level
    packages of PySide6, reportlab and shiboken6 it loaded)."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("LOADED ")), None)
    assert line is not None, proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads(line[len("LOADED ") :])
    return data["code"], {m.split(".")[0] for m in data["modules"]}
