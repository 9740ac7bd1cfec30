"""The frame of a map: its title, the stage headers (columns) and the lane headers (rows).

Header text is wrapped first (`stage_head`, `lane_head`) and placed once the row's height
is known (`place_stage`, `place_lane`): the stage header row is as tall as its tallest
header, a lane as tall as its tallest cell or its header.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap, Lane, LaneKind, Stage
from .cards import text_block
from .geometry import LaneBox, LegendEntry, Rect, StageBox, TextBlock
from .text import FontMetrics, wrap
from .theme import Theme, lane_colour, persona_colour, stage_colour


def title_block(
    doc: JourneyMap, width: float, m: FontMetrics, t: Theme
) -> tuple[TextBlock, TextBlock | None, float]:
    """The map's title, its subtitle (personas, description) and the y below them."""
    y = t.margin
    title = text_block(t.margin, y, doc.title, width - 2 * t.margin, m, t.title_size, t, True)
    y += title.height
    sub_parts = []
    if doc.personas:
        sub_parts.append(" · ".join(p.name for p in doc.personas))
    if doc.description:
        sub_parts.append(doc.description)
    subtitle = None
    if sub_parts:
        y += 4
        subtitle = text_block(
            t.margin,
            y,
            "  —  ".join(sub_parts),
            width - 2 * t.margin,
            m,
            t.subtitle_size,
            t,
            colour=t.muted_ink,
        )
        y += subtitle.height
    return title, subtitle, y + 20


@dataclass(frozen=True)
class StageHead:
    """A stage header's text, wrapped to its column (placed at y = 0)."""

    x: float
    width: float
    name: TextBlock
    description: TextBlock | None


def stage_head(stage: Stage, x: float, width: float, m: FontMetrics, t: Theme) -> StageHead:
    inner = width - 2 * t.header_pad
    name = text_block(x + t.header_pad, 0, stage.name, inner, m, t.stage_name_size, t, True)
    desc = None
    if stage.description:
        desc = text_block(
            x + t.header_pad,
            0,
            stage.description,
            inner,
            m,
            t.stage_desc_size,
            t,
            colour=t.muted_ink,
        )
    return StageHead(x, width, name, desc)


def header_height(heads: list[StageHead], t: Theme) -> float:
    """The height of the stage header row: its tallest header's, at least 72."""
    tallest = (
        max(
            (2 * t.header_pad + h.name.height + (6 + h.description.height if h.description else 0))
            for h in heads
        )
        if heads
        else 0.0
    )
    return max(72.0, tallest)


def place_stage(
    stage: Stage,
    index: int,
    head: StageHead,
    header_y: float,
    header_h: float,
    bottom: float,
    t: Theme,
) -> StageBox:
    """The box of a stage whose header row starts at ``header_y`` and whose column
    reaches down to ``bottom``."""
    ny = header_y + t.header_pad
    name = head.name
    name = TextBlock(name.x, ny, name.lines, name.size, True, name.colour, name.line_height)
    desc = head.description
    if desc is not None:
        desc = TextBlock(
            desc.x,
            ny + name.height + 6,
            desc.lines,
            desc.size,
            False,
            desc.colour,
            desc.line_height,
        )
    return StageBox(
        stage.id,
        index,
        Rect(head.x, header_y, head.width, header_h),
        Rect(head.x, header_y, head.width, bottom - header_y),
        stage_colour(index, stage.color),
        name,
        desc,
    )


@dataclass(frozen=True)
class LaneHead:
    """A lane header's text (placed at y = 0) and the legend of an emotion lane."""

    name: TextBlock
    kind_label: TextBlock
    #: (persona id, colour, label) of each curve in the lane
    legend: tuple[tuple[str | None, str, str], ...]
    #: the height the header needs
    height: float


def lane_head(
    doc: JourneyMap, lane: Lane, m: FontMetrics, t: Theme, words: dict[str, str]
) -> LaneHead:
    head_inner = t.lane_header_width - 2 * t.header_pad
    name = text_block(
        t.margin + t.header_pad, 0, lane.name, head_inner, m, t.lane_name_size, t, bold=True
    )
    kind_label = text_block(
        t.margin + t.header_pad + t.icon_size + 6,
        0,
        words[lane.kind.value],
        head_inner - t.icon_size - 6,
        m,
        t.lane_kind_size,
        t,
        colour=t.muted_ink,
    )
    legend: list[tuple[str | None, str, str]] = []
    if lane.kind == LaneKind.EMOTION:
        used = {e.persona for e in doc.emotions if e.lane == lane.id}
        for i, p in enumerate(doc.personas):
            if p.id in used:
                legend.append((p.id, persona_colour(i, p.color, t.palette), p.name))
        if None in used:
            legend.append((None, t.ink, words["customer"] if doc.personas else ""))
    height = 2 * t.header_pad + name.height + 6 + max(kind_label.height, t.icon_size)
    height += sum(t.lane_kind_size * t.line_spacing + 2 for _ in legend) + (6 if legend else 0)
    return LaneHead(name, kind_label, tuple(legend), height)


def place_lane(
    lane: Lane, index: int, head: LaneHead, row: Rect, m: FontMetrics, t: Theme
) -> LaneBox:
    """The box of a lane whose row (across the stages) is ``row``."""
    y, lane_h = row.y, row.h
    ny = y + t.header_pad
    name = head.name
    name = TextBlock(name.x, ny, name.lines, name.size, name.bold, name.colour, name.line_height)
    ky = ny + name.height + 6
    icon = Rect(t.margin + t.header_pad, ky, t.icon_size, t.icon_size)
    kind_label = head.kind_label
    kind_label = TextBlock(
        kind_label.x,
        ky + (t.icon_size - kind_label.line_height) / 2 if kind_label.height < t.icon_size else ky,
        kind_label.lines,
        kind_label.size,
        False,
        kind_label.colour,
        kind_label.line_height,
    )
    legend: list[LegendEntry] = []
    ly = ky + max(kind_label.height, t.icon_size) + 6
    head_inner = t.lane_header_width - 2 * t.header_pad
    for pid, colour, label in head.legend:
        lh = t.lane_kind_size * t.line_spacing
        sw = Rect(t.margin + t.header_pad, ly + lh / 2 - 1.5, 16, 3)
        tb = TextBlock(
            sw.right + 6,
            ly,
            # its first line (a second, cut, tells wrap to look no further)
            tuple(wrap(label, head_inner - 22, m, t.lane_kind_size, max_lines=2))[:1],
            t.lane_kind_size,
            False,
            t.ink,
            lh,
        )
        legend.append(LegendEntry(pid, colour, tb, sw))
        ly += lh + 2
    return LaneBox(
        lane.id,
        index,
        lane.kind,
        Rect(t.margin, y, t.lane_header_width, lane_h),
        row,
        lane_colour(lane.kind, lane.color),
        name,
        kind_label,
        icon,
        tuple(legend),
    )


def base_lane_height(lane: Lane, t: Theme) -> float:
    """A lane's height before its cells and header are measured."""
    return lane.height or (
        t.emotion_lane_height if lane.kind == LaneKind.EMOTION else t.lane_min_height
    )
