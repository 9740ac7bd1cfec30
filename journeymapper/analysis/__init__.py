"""What the map says, computed (no Qt): the path summary the inspector shows and the
journey insights of ``journeymapper insights`` (issue 16).

The names below are loaded on first use, so that ``journeymapper.analysis.cli`` (imported
by every command to build the argument parser) does not load networkx for ``validate``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compute import Insights, insights
    from .summary import MAX_LOOPS, PathSummary, journey_graph, path_summary

_WHERE = {
    "Insights": ".compute",
    "insights": ".compute",
    "MAX_LOOPS": ".summary",
    "PathSummary": ".summary",
    "journey_graph": ".summary",
    "path_summary": ".summary",
}

__all__ = ["MAX_LOOPS", "Insights", "PathSummary", "insights", "journey_graph", "path_summary"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
