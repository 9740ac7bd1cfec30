"""Pure geometry for the canvas and the exports (no Qt: font metrics are passed in).

Modules, in the order a map is laid out: `geometry` (the value types), `grid` (title,
stage and lane headers), `cards` (card boxes and wrapped text), `curves` (emotion
lanes), `routing` (connections and their labels), `route_shape` (a route's rounded
corners and pieces, for drawing), `cache` (what one layout keeps for the next) and
`compute` (`compute_layout`, which puts them together); `shared` hands the editor's layout
to an export of the same document. `text`: the font-metrics interface and word wrapping;
`theme`: colours, sizes and the map's printed words.
"""

from .cache import LayoutCache
from .compute import compute_layout
from .curves import smooth_segments
from .geometry import (
    ASCENT,
    CardBox,
    Chip,
    ConnectionPath,
    Curve,
    CurvePoint,
    EmotionScale,
    LaneBox,
    LegendEntry,
    MapLayout,
    Rect,
    StageBox,
    TextBlock,
)
from .route_shape import RoutePiece, rounded_route, route_pieces
from .routing import RouteEnds, RouteGrid, route, route_connections, row_boundaries
from .text import ApproxMetrics, CachedMetrics, FontMetrics, wrap
from .theme import DEFAULT_THEME, Theme

__all__ = [
    "ASCENT",
    "DEFAULT_THEME",
    "ApproxMetrics",
    "CachedMetrics",
    "CardBox",
    "Chip",
    "ConnectionPath",
    "Curve",
    "CurvePoint",
    "EmotionScale",
    "FontMetrics",
    "LaneBox",
    "LayoutCache",
    "LegendEntry",
    "MapLayout",
    "Rect",
    "RouteEnds",
    "RouteGrid",
    "RoutePiece",
    "StageBox",
    "TextBlock",
    "Theme",
    "compute_layout",
    "rounded_route",
    "route",
    "route_connections",
    "route_pieces",
    "row_boundaries",
    "smooth_segments",
    "wrap",
]
