"""The document model, file I/O and templates never import Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BLOCKER = textwrap.dedent(
    """
    import importlib.abc
    import sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    """
)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, cwd=REPO
    )


def test_model_io_and_templates_work_with_qt_blocked() -> None:
    code = BLOCKER + textwrap.dedent(
        """
        try:
            import PySide6  # noqa: F401
        except ImportError:
            pass
        else:
            raise SystemExit("the blocker does not work")

        import journeymapper.model
        import journeymapper.io
        import journeymapper.templates
        from journeymapper.io import dumps, loads
        from journeymapper.templates import load_template

        doc = load_template()
        assert loads(dumps(doc)) == doc
        print("ok")
        """
    )
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_importing_the_model_loads_no_qt_module() -> None:
    code = textwrap.dedent(
        """
        import sys
        import journeymapper.model
        import journeymapper.io
        import journeymapper.templates
        journeymapper.templates.list_templates()
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(",".join(qt) or "none")
        """
    )
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "none"
    assert "PySide6" not in proc.stdout


def test_layout_and_text_measure_work_with_qt_blocked() -> None:
    code = BLOCKER + textwrap.dedent(
        """
        from journeymapper.layout import LayoutCache, compute_layout
        from journeymapper.templates import load_template
        from journeymapper.text import map_metrics

        doc = load_template()
        cache = LayoutCache()
        compute_layout(doc, map_metrics(), cache=cache)
        layout = compute_layout(doc, map_metrics(), cache=cache)
        assert layout.cards and layout.connections
        print("ok")
        """
    )
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
