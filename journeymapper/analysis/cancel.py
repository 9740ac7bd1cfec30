"""Cooperative cancellation of a long analysis (no Qt): a run that may be stopped takes a
`Check`, a callable it calls now and then, which raises `Cancelled` once the run should stop.

The editor's Insights dock computes in a worker thread and stops a run the map has moved
past (an edit arrived): it hands the run a `Checkpoint` and sets it. The analysis calls the
check between its steps and every `EVERY` items of its loops over cards, paths and loops, so
that a run on the stress map (20,000 cards) stops within a few milliseconds of work. Callers
that never cancel (the command line, the exports) pass nothing: `never` is the default, and
`checked` then hands the items back untouched, at no cost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")

#: Called now and then by a run that may be stopped; raises `Cancelled` to stop it.
Check = Callable[[], None]
#: A loop calls the check once every this many items (from a few tens of microseconds of work
#: for the cheapest loops over cards, a few milliseconds for the dearest).
EVERY = 200


class Cancelled(BaseException):
    """The run was cancelled. Not an `Exception`: code that turns errors into messages with
    ``except Exception`` must let it through."""


def never() -> None:
    """The check of a run nobody cancels."""


#: Seconds a run waits at a check, at the most, while its gate is closed (then it does a
#: little more work and waits again: a gate left closed slows it down, never stops it).
GATE_WAIT_S = 0.25


class Checkpoint:
    """A check another thread can trip: `cancel` it and the run's next check raises.

    ``gate``: while this event is clear, the run waits at its checks (the editor clears it
    while the user drags something: a run holding Python's lock made a drag on a big map
    stutter)."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self._event = threading.Event()
        self._gate = gate

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> None:
        if self._event.is_set():
            raise Cancelled
        gate = self._gate
        if gate is not None and not gate.is_set():
            gate.wait(GATE_WAIT_S)  # (waiting lets go of Python's lock)
            if self._event.is_set():
                raise Cancelled


def checked(items: Iterable[T], check: Check, every: int = EVERY) -> Iterable[T]:
    """``items``, with ``check`` called before the first and then after every ``every``
    (``items`` itself when ``check`` is `never`)."""
    if check is never:
        return items
    return chain.from_iterable(_chunks(items, check, every))


def _chunks(items: Iterable[T], check: Check, every: int) -> Iterator[list[T]]:
    it = iter(items)
    while True:
        check()
        chunk = list(islice(it, every))
        if not chunk:
            return
        yield chunk
