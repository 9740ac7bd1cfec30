"""What a laid-out map is made of: rectangles, text blocks and the boxes of every part.

Plain frozen values (no Qt). `MapLayout` holds them all and answers "what is under this
point" for the canvas and the tests. Coordinates are scene units (1 unit = 1 pt at 100 %
zoom), y grows downwards.
"""

from __future__ import annotations

import bisect
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar

from ..model import CardKind, Channel, LaneKind
from .theme import DEFAULT_THEME, Theme

#: Baseline of a line of text, as a fraction of the font size below the line's top
#: (DejaVu Sans: ascender 0.928 em; lines are centred in their line height).
ASCENT = 0.93

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its
    slot: the same signature and defaults as the generated one, which goes through
    ``object.__setattr__`` per field and is 2-3x slower. A big map's layout makes some
    twenty of these values per card; making them was most of the time of laying it out
    (cProfile: ``card_box`` and ``place_card``). The values stay frozen."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    ns: dict[str, Any] = {f"_set_{n}": getattr(cls, n).__set__ for n in names}
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default is not MISSING:
            ns[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        else:
            assert f.default_factory is MISSING, "no factories in geometry values"
            params.append(f.name)
    body = "".join(f"\n    _set_{n}(self, {n})" for n in names)
    exec(f"def __init__(self, {', '.join(params)}):{body}", ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


@quick_init
@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom


@quick_init
@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines of one size and weight, the first line's top at ``y``."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    colour: str = DEFAULT_THEME.ink
    line_height: float = 0.0

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def baselines(self) -> list[float]:
        offset = (self.line_height - self.size) / 2 + self.size * ASCENT
        return [self.y + i * self.line_height + offset for i in range(len(self.lines))]


@quick_init
@dataclass(frozen=True, slots=True)
class Chip:
    """A small pill under a card's text: its votes, a tag, or its evidence badge
    (``style`` "votes", "tag", "evidence" or "assumption")."""

    rect: Rect
    text: TextBlock
    fill: str
    is_votes: bool = False
    style: str = "tag"


@quick_init
@dataclass(frozen=True, slots=True)
class ImageRef:
    """An embedded image (an asset) as the drawing needs it: ``data`` is the asset's
    base64 text (the very string of the document, not a copy); ``key`` tells assets
    apart in the adapters' caches (the asset's id and a hash of its data)."""

    key: str
    media_type: str
    width: int
    height: int
    data: str = field(compare=False, repr=False)


@dataclass(frozen=True)
class BrandMarks:
    """The client's brand in the title block (`journeymapper.layout.brand`): the logo
    scaled into ``logo_rect``, the accent bar under the title, who the map is for and by."""

    logo: ImageRef | None = None
    logo_rect: Rect | None = None
    rule: Rect | None = None
    accent: str | None = None
    byline: TextBlock | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class CardImage:
    image: ImageRef
    rect: Rect


@quick_init
@dataclass(frozen=True, slots=True)
class CardBox:
    id: str
    stage: str
    lane: str
    rect: Rect
    fill: str
    border: str
    title: TextBlock
    body: TextBlock | None
    chips: tuple[Chip, ...]
    channel: Channel | None
    channel_label: TextBlock | None
    icon: Rect | None
    kind: CardKind = CardKind.NOTE
    #: the kind's icon and its word on the card (None for a note)
    kind_icon: Rect | None = None
    kind_label: TextBlock | None = None
    image: CardImage | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class StageBox:
    id: str
    index: int
    rect: Rect  # the header
    column: Rect  # header and every lane
    fill: str
    name: TextBlock
    description: TextBlock | None


@quick_init
@dataclass(frozen=True, slots=True)
class LegendEntry:
    persona: str | None
    colour: str
    text: TextBlock
    swatch: Rect


@quick_init
@dataclass(frozen=True, slots=True)
class LaneBox:
    id: str
    index: int
    kind: LaneKind
    rect: Rect  # the header, left of the grid
    row: Rect  # the whole row across the stages
    fill: str
    name: TextBlock
    kind_label: TextBlock
    icon: Rect
    legend: tuple[LegendEntry, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class CurvePoint:
    id: str
    stage: str
    x: float
    y: float
    score: float


@quick_init
@dataclass(frozen=True, slots=True)
class Curve:
    lane: str
    persona: str | None
    colour: str
    points: tuple[CurvePoint, ...]
    #: cubic Bézier segments ((x0,y0),(c1x,c1y),(c2x,c2y),(x1,y1)) through the points
    segments: tuple[tuple[tuple[float, float], ...], ...]


@quick_init
@dataclass(frozen=True, slots=True)
class EmotionNote:
    """An emotion point's note, on a plate above or below the point (``above``)."""

    point: str
    colour: str  # the curve's
    rect: Rect  # the plate
    text: TextBlock
    above: bool


@quick_init
@dataclass(frozen=True, slots=True)
class EmotionScale:
    lane: str
    top: float  # y of +5
    bottom: float  # y of -5
    left: float
    right: float
    labels: tuple[TextBlock, ...]

    def y_of(self, score: float) -> float:
        return self.top + (5.0 - score) / 10.0 * (self.bottom - self.top)

    def score_at(self, y: float) -> float:
        span = self.bottom - self.top
        return 5.0 - (y - self.top) / span * 10.0 if span else 0.0

    @property
    def zero(self) -> float:
        return self.y_of(0.0)


@quick_init
@dataclass(frozen=True, slots=True)
class ConnectionPath:
    id: str
    source: str
    target: str
    points: tuple[tuple[float, float], ...]
    label: TextBlock | None
    label_rect: Rect | None
    loops_back: bool

    def bounds(self) -> Rect:
        """Where the route, its arrowhead (10 around the line) and its label are drawn."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        r = Rect(min(xs) - 10, min(ys) - 10, max(xs) - min(xs) + 20, max(ys) - min(ys) + 20)
        if self.label_rect is not None:
            lr = self.label_rect
            x0, y0 = min(r.x, lr.x), min(r.y, lr.y)
            r = Rect(x0, y0, max(r.right, lr.right) - x0, max(r.bottom, lr.bottom) - y0)
        return r


@dataclass
class MapLayout:
    width: float
    height: float
    theme: Theme
    title: TextBlock
    subtitle: TextBlock | None
    grid: Rect  # the cells' area (right of lane headers, below stage headers)
    corner: Rect  # above the lane headers, left of the stage headers
    stages: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    scales: dict[str, EmotionScale]
    curves: list[Curve]
    connections: list[ConnectionPath]
    #: emotion points' notes, placed where they cover no card, point or other note
    notes: list[EmotionNote] = field(default_factory=list)
    #: card ids of every (stage, lane) cell, in order
    cell_cards: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: the brand's marks in the title block (None: an unbranded map)
    brand: BrandMarks | None = None
    #: x of every column's left edge and of the last one's right edge; y likewise for rows
    _stage_edges: list[float] = field(init=False, repr=False)
    _lane_edges: list[float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        stages, lanes = self.stages, self.lanes
        self._stage_edges = [s.column.x for s in stages] + [s.column.right for s in stages[-1:]]
        self._lane_edges = [ln.row.y for ln in lanes] + [ln.row.bottom for ln in lanes[-1:]]

    # -- hit testing, shared by the canvas and the tests ------------------------------

    def stage_index_at(self, x: float) -> int | None:
        """The column under ``x`` (None outside the grid)."""
        if not self.stages or x < self._stage_edges[0] or x > self._stage_edges[-1]:
            return None
        return min(bisect.bisect_right(self._stage_edges, x) - 1, len(self.stages) - 1)

    def lane_index_at(self, y: float) -> int | None:
        if not self.lanes or y < self._lane_edges[0] or y > self._lane_edges[-1]:
            return None
        return min(bisect.bisect_right(self._lane_edges, y) - 1, len(self.lanes) - 1)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        si, li = self.stage_index_at(x), self.lane_index_at(y)
        if si is None or li is None:
            return None
        return self.stages[si].id, self.lanes[li].id

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect:
        stage = next(s for s in self.stages if s.id == stage_id)
        lane = next(lane for lane in self.lanes if lane.id == lane_id)
        return Rect(stage.column.x, lane.row.y, stage.column.w, lane.row.h)

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at ``x`` lands: the nearest column boundary."""
        centres = [s.column.cx for s in self.stages]
        return bisect.bisect_left(centres, x)

    def lane_insert_index(self, y: float) -> int:
        centres = [lane.row.cy for lane in self.lanes]
        return bisect.bisect_left(centres, y)

    def stage_box(self, stage_id: str) -> StageBox | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane_box(self, lane_id: str) -> LaneBox | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)
