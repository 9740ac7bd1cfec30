"""The presentation's step geometry and the timer's countdown, without Qt widgets."""

from __future__ import annotations

import pytest

from journeymapper.layout import compute_layout
from journeymapper.layout.text import ApproxMetrics
from journeymapper.templates import load_template
from journeymapper.ui.countdown import DONE, IDLE, PAUSED, RUNNING, Countdown, format_seconds
from journeymapper.ui.present_steps import (
    DIM,
    HIDE,
    MIN_TEXT_PX,
    next_lane,
    shades,
    smallest_card_text,
    step_count,
    step_view,
)


@pytest.fixture(scope="module")
def layout():
    return compute_layout(load_template("awareness-to-loyalty-en"), ApproxMetrics())


def test_steps_are_the_whole_map_then_each_stage(layout):
    assert step_count(layout) == 1 + len(layout.stages)


def test_step_zero_fits_the_whole_map(layout):
    v = step_view(layout, 0, 1920, 1080)
    assert layout.width * v.zoom <= 1920 and layout.height * v.zoom <= 1080
    assert v.left <= 0 and v.top <= 0
    assert v.left + 1920 / v.zoom >= layout.width and v.top + 1080 / v.zoom >= layout.height


@pytest.mark.parametrize("n", [1, 3, 5])
def test_a_stage_step_shows_card_text_at_18_px_and_the_stage_in_view(layout, n):
    v = step_view(layout, n, 1920, 1080)
    assert smallest_card_text(layout) * v.zoom >= MIN_TEXT_PX - 1e-9
    col = layout.stages[n - 1].column
    lanes_w = max(b.rect.w for b in layout.lanes)
    # the whole column width is on screen, right of the pinned lane headers
    assert v.left + lanes_w <= col.x + 1e-6
    assert v.left >= layout.lanes[0].rect.x - 1e-6  # no gap left of the lane headers
    assert col.right <= v.left + 1920 / v.zoom + 1e-6
    assert v.top == col.y  # its header at the top


def test_a_small_viewport_still_gets_readable_text(layout):
    v = step_view(layout, 2, 800, 600)
    assert smallest_card_text(layout) * v.zoom >= MIN_TEXT_PX - 1e-9


def test_a_focused_lane_below_the_screen_comes_up_under_the_stage_header(layout):
    lane = layout.lanes[-1]
    stage = layout.stages[1]
    v = step_view(layout, 2, 1920, 1080, lane.id)
    assert v.top == pytest.approx(lane.row.y - stage.rect.h)
    assert lane.row.bottom <= v.top + 1080 / v.zoom + stage.rect.h


def test_out_of_range_steps_are_clamped(layout):
    assert step_view(layout, 99, 1920, 1080) == step_view(layout, len(layout.stages), 1920, 1080)
    assert step_view(layout, -3, 1920, 1080) == step_view(layout, 0, 1920, 1080)


def test_shades_reveal_focus_and_lanes(layout):
    ids = [s.id for s in layout.stages]
    assert shades(layout, 0) == []
    at2 = shades(layout, 2)
    assert [s.kind for s in at2] == [DIM] * (len(ids) - 1)
    assert layout.stages[1].column not in [s.rect for s in at2]
    revealed = shades(layout, 2, reveal=True)
    hidden = [s.rect for s in revealed if s.kind == HIDE]
    assert hidden == [st.column for st in layout.stages[2:]]
    assert [s.rect for s in revealed if s.kind == DIM] == [layout.stages[0].column]
    assert len([s for s in shades(layout, 0, reveal=True) if s.kind == HIDE]) == len(ids)
    lane = layout.lanes[1].id
    dimmed = [s for s in shades(layout, 0, lane=lane)]
    assert len(dimmed) == len(layout.lanes) - 1
    assert all(s.rect.y != layout.lanes[1].row.y for s in dimmed)


def test_lane_focus_cycles_through_the_lanes_then_off(layout):
    seen = []
    lane = None
    for _ in range(len(layout.lanes) + 1):
        lane = next_lane(layout, lane)
        seen.append(lane)
    assert seen == [b.id for b in layout.lanes] + [None]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_countdown_start_pause_resume_add_and_zero():
    clock = FakeClock()
    c = Countdown(clock)
    assert c.state == IDLE and c.text() == "0:00"
    c.start(5 * 60)
    assert c.state == RUNNING and c.text() == "5:00"
    clock.now += 30.2
    assert c.text() == "4:30"
    c.pause()
    clock.now += 100
    assert c.state == PAUSED and c.text() == "4:30"
    c.resume()
    clock.now += 10
    assert c.text() == "4:20"
    c.add(60)
    assert c.text() == "5:20"
    assert not c.poll()
    clock.now += 320
    assert c.poll() and c.state == DONE
    assert not c.poll()  # said once
    assert c.remaining() == 0 and c.text() == "0:00"
    c.add(60)  # a minute more after the end: it runs again
    assert c.state == RUNNING and c.text() == "1:00"


def test_time_formats():
    assert format_seconds(59.1) == "1:00"
    assert format_seconds(0) == "0:00"
    assert format_seconds(3725) == "1:02:05"


def test_the_step_maths_and_the_countdown_need_no_qt():
    from module_probe import modules_loaded_by

    code, loaded = modules_loaded_by(
        "import journeymapper.ui.present_steps, journeymapper.ui.countdown"
    )
    assert code == 0
    assert sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6"))) == []
