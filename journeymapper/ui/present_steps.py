"""The steps of a presentation, as pure geometry (no Qt): which part of the map each step
shows, at which zoom, and which parts are dimmed or hidden.

Step 0 is the whole map; step n (1…len(stages)) is stage n, zoomed so that every card's
text is at least `MIN_TEXT_PX` pixels high, the stage's header at the top of the screen
and the lane headers at its left (the view pins them there, see `canvas.view`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import MapLayout, Rect

#: the smallest card text a room can read on a projector (pixels, at 1920×1080)
MIN_TEXT_PX = 18.0
#: never zoom further than this (a tiny map on a big screen)
MAX_STEP_ZOOM = 4.0
#: how much of the screen the whole map fills at step 0
FIT_MARGIN = 0.96

DIM = "dim"  # another stage or lane while one is in focus: still readable, quieter
HIDE = "hide"  # a stage not revealed yet (reveal mode): only its place shows


@dataclass(frozen=True)
class StepView:
    """Where the view goes: its zoom and the scene point shown at the viewport's top-left."""

    zoom: float
    left: float
    top: float


@dataclass(frozen=True)
class Shade:
    rect: Rect
    kind: str  # DIM or HIDE
    part: str = "stage"  # what it covers: a stage's column or a lane's row


def step_count(layout: MapLayout) -> int:
    """The whole map, then one step per stage."""
    return 1 + len(layout.stages)


def clamp_step(layout: MapLayout, step: int) -> int:
    return max(0, min(step_count(layout) - 1, step))


def smallest_card_text(layout: MapLayout) -> float:
    """The smallest text size of any card's title or body (the theme's when no card)."""
    sizes = [c.title.size for c in layout.cards.values()]
    sizes += [c.body.size for c in layout.cards.values() if c.body is not None]
    return min(sizes) if sizes else layout.theme.card_title_size


def text_zoom(layout: MapLayout, min_px: float = MIN_TEXT_PX) -> float:
    """The zoom at which the smallest card text is ``min_px`` pixels high."""
    return min_px / max(1.0, smallest_card_text(layout))


def step_view(
    layout: MapLayout,
    step: int,
    width: float,
    height: float,
    lane: str | None = None,
) -> StepView:
    """The view of ``step`` in a viewport of ``width`` × ``height`` pixels.

    A stage step: the zoom for readable text (more when the whole column fits), the
    stage's column centred in the room the pinned lane headers leave, its header at the
    top; with a focused ``lane``, that lane's row right under the (pinned) stage header.
    """
    step = clamp_step(layout, step)
    if step == 0 or not layout.stages:
        zoom = min(width / max(1.0, layout.width), height / max(1.0, layout.height))
        zoom = min(MAX_STEP_ZOOM, zoom * FIT_MARGIN)
        return StepView(
            zoom,
            layout.width / 2 - width / zoom / 2,
            layout.height / 2 - height / zoom / 2,
        )
    stage = layout.stages[step - 1]
    col = stage.column
    lanes_w = max((b.rect.w for b in layout.lanes), default=0.0)
    fit = min(width / max(1.0, col.w + lanes_w), height / max(1.0, col.h))
    zoom = min(MAX_STEP_ZOOM, max(text_zoom(layout), fit))
    room = width / zoom - lanes_w  # scene units right of the pinned lane headers
    # centred; the first stage right of the lane headers (never a gap left of them)
    lane_left = min((b.rect.x for b in layout.lanes), default=col.x)
    left = max(lane_left, col.x + col.w / 2 - room / 2 - lanes_w)
    top = col.y
    box = layout.lane_box(lane) if lane is not None else None
    if box is not None and box.row.bottom > col.y + height / zoom:
        # the lane would be below the screen: bring it up under the stage header
        top = box.row.y - stage.rect.h
    return StepView(zoom, left, top)


def shades(
    layout: MapLayout, step: int, reveal: bool = False, lane: str | None = None
) -> list[Shade]:
    """What to dim or hide at ``step``: stages not revealed yet (reveal mode), the other
    stages while one is shown, the other lanes while one is in focus."""
    step = clamp_step(layout, step)
    out: list[Shade] = []
    for stage in layout.stages:
        number = stage.index + 1
        if reveal and number > step:
            out.append(Shade(stage.column, HIDE))
        elif step and number != step:
            out.append(Shade(stage.column, DIM))
    if lane is not None and layout.lane_box(lane) is not None:
        for box in layout.lanes:
            if box.id != lane:
                out.append(
                    Shade(
                        Rect(box.rect.x, box.row.y, box.row.right - box.rect.x, box.row.h),
                        DIM,
                        "lane",
                    )
                )
    return out


def next_lane(layout: MapLayout, current: str | None) -> str | None:
    """Lane focus: none → the first lane → … → the last lane → none."""
    ids = [b.id for b in layout.lanes]
    if not ids:
        return None
    if current not in ids:
        return ids[0]
    i = ids.index(current)
    return ids[i + 1] if i + 1 < len(ids) else None
