"""What a piece of journeymapper loads, run in a fresh interpreter: the suite's one way of
checking that a module or command needs no Qt (and often no reportlab).

- `run_blocked` runs Python code in a subprocess in which importing the blocked packages
  raises ImportError (a meta-path finder put first on ``sys.meta_path``).
- `modules_loaded_by` runs a `journeymapper` command (or a piece of code) in a subprocess
  and returns its exit code and every module it left in ``sys.modules``; a package counts as
  loaded when its top-level name is in that set (importing a submodule imports its package).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BLOCKER = textwrap.dedent(
    """
    def _block_imports(blocked):
        import importlib.abc
        import sys

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in blocked:
                    raise ImportError(f"blocked in this test: {{name}}")
                return None

        sys.meta_path.insert(0, Block())


    _block_imports({block!r})
    del _block_imports
    """
)

PROBE = textwrap.dedent(
    """
    import json, sys
    _kind, _rest = sys.argv[1], sys.argv[2:]
    if _kind == "code":
        sys.argv = [sys.argv[0], *_rest[1:]]
        exec(compile(_rest[0], "<probe>", "exec"), {"__name__": "__main__"})
        _code = 0
    else:
        from journeymapper.cli import main
        _code = main(_rest)
    print("LOADED " + json.dumps({"code": _code, "modules": sorted(sys.modules)}))
    """
)


def run_blocked(
    code: str,
    block: Sequence[str] = ("PySide6", "shiboken6", "reportlab"),
    *,
    args: Sequence[str | Path] = (),
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run `python -c CODE ARGS` with the repository first on PYTHONPATH (ENV, if given, in
    place of os.environ), after making the top-level packages in BLOCK unimportable
    (``block=()`` blocks nothing). Returns the finished process; its output is text."""
    full = dict(os.environ if env is None else env)
    full["PYTHONPATH"] = str(REPO) + os.pathsep + full.get("PYTHONPATH", "")
    prefix = BLOCKER.format(block=tuple(block)) if block else ""
    return subprocess.run(
        [sys.executable, "-c", prefix + textwrap.dedent(code), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full,
        cwd=cwd or REPO,
    )


def modules_loaded_by(
    command: Sequence[str | Path] | str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[int, set[str]]:
    """Run `journeymapper COMMAND` (a list of arguments) -- or, given a string, that Python
    code -- in a fresh interpreter: (its exit code, 0 for code that ran through; the names of
    all modules in sys.modules afterwards). ``"PySide6" in loaded`` means it loaded Qt."""
    if isinstance(command, str):
        args: list[str | Path] = ["code", textwrap.dedent(command)]
    else:
        args = ["cli", *command]
    proc = run_blocked(PROBE, block=(), args=args, cwd=cwd, env=env)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("LOADED ")), None)
    assert line is not None, proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads(line[len("LOADED ") :])
    return data["code"], set(data["modules"])
