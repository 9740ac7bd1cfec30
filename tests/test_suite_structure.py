"""The test suite's own shape: shared fixtures and helpers live in conftest.py and helper
modules (gui_helpers, image_compare, module_probe, ...), never in a test module, so no test
module imports another (pytest would collect the imported tests twice under two names, and a
test module's autouse fixtures would leak into the importer)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, at any depth (inside functions too)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.extend((node.lineno, node.module or alias.name) for alias in node.names)
    return found


def _is_test_module(name: str) -> bool:
    return any(part.startswith("test_") for part in name.split("."))


def test_no_test_module_imports_another() -> None:
    files = sorted(TESTS.rglob("*.py"))
    assert len(files) > 20  # the scan sees the suite
    offenders = [
        f"{path.relative_to(TESTS)}:{line} imports {name}"
        for path in files
        for line, name in _imported_modules(path)
        if _is_test_module(name)
    ]
    assert offenders == []


def test_the_scan_sees_an_import_of_a_test_module(tmp_path: Path) -> None:
    """The control: each spelling of such an import is found."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import test_a\n"
        "from test_b import x\n"
        "from tests.test_c import y\n"
        "def f():\n"
        "    from test_d import z\n"
        "from gui_helpers import open_window\n",
        encoding="utf-8",
    )
    names = [name for _line, name in _imported_modules(sample) if _is_test_module(name)]
    assert names == ["test_a", "test_b", "tests.test_c", "test_d"]
