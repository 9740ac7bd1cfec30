"""The benchmark's generated maps (tests/benchmarks/run.py), for tests that need a big one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

RUN = Path(__file__).resolve().parent / "benchmarks" / "run.py"
_NAME = "benchmark_run_for_tests"


def benchmark_module() -> ModuleType:
    """tests/benchmarks/run.py, loaded once."""
    loaded = sys.modules.get(_NAME)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(_NAME, RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_NAME] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def benchmark_data(name: str) -> dict[str, Any]:
    """The benchmark's map of size ``name`` ("workshop", "large", "stress") as JSON data."""
    run = benchmark_module()
    return run.generate_map(name, run.SIZES[name])
