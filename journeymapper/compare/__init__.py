"""Comparing and merging journey maps by meaning (no Qt, no reportlab).

`diff` tells what changed between two maps, `apply` makes those changes on a map, and
`merge` joins the changes two people made to one base map (a three-way merge).
"""

from .apply import ApplyError, apply
from .conflict import Conflict, MergeResult
from .diff import Change, MapDiff, diff
from .merge import merge
from .parts import CONFLICTS_KEY

__all__ = [
    "CONFLICTS_KEY",
    "ApplyError",
    "Change",
    "Conflict",
    "MapDiff",
    "MergeResult",
    "apply",
    "diff",
    "merge",
]
