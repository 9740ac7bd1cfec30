"""Pure geometry for the canvas and the exports (no Qt: font metrics are passed in)."""

from .engine import (
    ASCENT,
    CardBox,
    ConnectionPath,
    Curve,
    CurvePoint,
    EmotionScale,
    LaneBox,
    MapLayout,
    Rect,
    RoutePiece,
    StageBox,
    TextBlock,
    compute_layout,
    route_pieces,
)
from .text import ApproxMetrics, CachedMetrics, FontMetrics, wrap
from .theme import DEFAULT_THEME, Theme

__all__ = [
    "ASCENT",
    "DEFAULT_THEME",
    "ApproxMetrics",
    "CachedMetrics",
    "CardBox",
    "ConnectionPath",
    "Curve",
    "CurvePoint",
    "EmotionScale",
    "FontMetrics",
    "LaneBox",
    "MapLayout",
    "Rect",
    "RoutePiece",
    "StageBox",
    "TextBlock",
    "Theme",
    "compute_layout",
    "route_pieces",
    "wrap",
]
