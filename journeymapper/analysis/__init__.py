"""What the map says, computed (no Qt): the path summary the inspector shows and the
journey insights of ``journeymapper insights`` (issue 16).

The names below are loaded on first use: ``journeymapper.analysis.cli`` is imported by every
command to build the argument parser, and ``validate`` should not pay for the analysis modules
(nor networkx, which only the closed loops need and which is loaded only then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compute import Insights, insights
    from .summary import MAX_LOOPS, PathSummary, journey_graph, path_summary


__all__ = ["MAX_LOOPS", "Insights", "PathSummary", "insights", "journey_graph", "path_summary"]


def __getattr__(name: str) -> Any:
    if name in ("Insights", "insights"):
        from . import compute

        return getattr(compute, name)
    if name in ("MAX_LOOPS", "PathSummary", "journey_graph", "path_summary"):
        from . import summary

        return getattr(summary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
