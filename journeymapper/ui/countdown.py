"""The workshop timer's logic, without Qt: a countdown on a clock that can be replaced
(tests pass a fake one). `ui.workshop` shows it and ticks it."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

IDLE, RUNNING, PAUSED, DONE = "idle", "running", "paused", "done"

#: the presets of Workshop → Timer, in minutes
PRESET_MINUTES = (3, 5, 10, 15)
MAX_SECONDS = 24 * 3600


class Countdown:
    """Start, pause, resume, add time; `poll()` says once when it reaches zero."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.state = IDLE
        self.duration = 0.0
        self._ends_at = 0.0
        self._left = 0.0

    def start(self, seconds: float) -> None:
        seconds = max(1.0, min(float(MAX_SECONDS), seconds))
        self.duration = seconds
        self._ends_at = self.clock() + seconds
        self.state = RUNNING

    def pause(self) -> None:
        if self.state == RUNNING:
            self._left = self.remaining()
            self.state = PAUSED

    def resume(self) -> None:
        if self.state == PAUSED:
            self._ends_at = self.clock() + self._left
            self.state = RUNNING

    def toggle(self) -> None:
        """Pause a running timer, resume a paused one."""
        if self.state == RUNNING:
            self.pause()
        elif self.state == PAUSED:
            self.resume()

    def add(self, seconds: float) -> None:
        """More time: to a running or paused timer; a timer at zero starts again with it."""
        if self.state == RUNNING:
            self._ends_at = min(self._ends_at + seconds, self.clock() + MAX_SECONDS)
        elif self.state == PAUSED:
            self._left = min(self._left + seconds, float(MAX_SECONDS))
        elif self.state == DONE:
            self.start(seconds)

    def stop(self) -> None:
        self.state = IDLE

    def remaining(self) -> float:
        if self.state == RUNNING:
            return max(0.0, self._ends_at - self.clock())
        if self.state == PAUSED:
            return self._left
        return 0.0

    def poll(self) -> bool:
        """True once, when a running timer has reached zero (it is DONE from then on)."""
        if self.state == RUNNING and self._ends_at - self.clock() <= 0:
            self.state = DONE
            return True
        return False

    def text(self) -> str:
        """The time left as M:SS (H:MM:SS from an hour), rounded up: 0:00 only at zero."""
        return format_seconds(self.remaining())


def format_seconds(seconds: float) -> str:
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
