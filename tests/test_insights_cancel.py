"""A run of the insights can be stopped from outside (the Insights dock stops a run the map
has moved past): ``insights(doc, check)`` calls ``check`` now and then, and stops at once when
it raises `Cancelled`, however far the run has got. No wall-clock assertion: how much work a
run does between two checks is counted in lines of Python run (`sys.settrace`).

The map is the benchmarks' "large" one (2,000 cards, 300 connections, many paths) with some
arrows back, for closed loops (networkx).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from bench_maps import benchmark_data

from journeymapper.analysis.cancel import EVERY, Cancelled, Checkpoint, checked, never
from journeymapper.analysis.compute import insights
from journeymapper.model import JourneyMap, validate_document


@pytest.fixture(scope="module")
def doc() -> JourneyMap:
    data = benchmark_data("large")
    arrows = data["connections"]
    for n, arrow in enumerate(arrows[::10]):  # and some arrows back, for closed loops
        arrows.append({"id": f"back-{n}", "source": arrow["target"], "target": arrow["source"]})
    doc = validate_document(data, "large")
    result = insights(doc)
    # a map that exercises every kind of loop: many paths, closed loops (networkx), cards
    assert len(result.path.paths) > 10 and result.path.loops and len(doc.cards) == 2_000
    return doc


def dock_compute(doc: JourneyMap, check: Callable[[], None] = never) -> Any:
    from journeymapper.ui.insights_dock import compute

    return compute(doc, check)


RUNS = [pytest.param(insights, id="insights"), pytest.param(dock_compute, id="dock")]


def counted(run: Callable[..., Any], doc: JourneyMap) -> int:
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1

    run(doc, check)
    return calls


@pytest.mark.parametrize("run", RUNS)
def test_a_check_that_raises_stops_the_run_there(run: Callable[..., Any], doc: JourneyMap) -> None:
    total = counted(run, doc)
    assert total > 3 * len(doc.cards) // EVERY  # every loop over the cards checks, and more
    for stop_at in sorted({1, 2, total // 4, total // 2, 3 * total // 4, total - 1, total}):
        calls = 0

        def check(stop_at: int = stop_at) -> None:
            nonlocal calls
            calls += 1
            if calls == stop_at:
                raise Cancelled

        with pytest.raises(Cancelled):
            run(doc, check)
        assert calls == stop_at  # nothing swallowed it, nothing went on checking


def test_a_checkpoint_tripped_from_outside_stops_the_run(doc: JourneyMap) -> None:
    checkpoint = Checkpoint()
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            checkpoint.cancel()  # as the dock does from the GUI thread
        checkpoint()

    with pytest.raises(Cancelled):
        insights(doc, check)
    assert calls == 5 and checkpoint.cancelled


@pytest.mark.parametrize("run", RUNS)
def test_little_work_is_done_between_two_checks(run: Callable[..., Any], doc: JourneyMap) -> None:
    """Counted in lines of Python run (the analysis' and networkx's): a run cancelled at any
    point stops within a short stretch of work, a small part of the whole run."""
    run(doc)  # modules loaded: their import is not counted
    stretches = [0]

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            stretches[-1] += 1
        return tracer

    def check() -> None:
        stretches.append(0)

    sys.settrace(tracer)
    try:
        run(doc, check)
    finally:
        sys.settrace(None)
    total = sum(stretches)
    longest = max(stretches)
    assert len(stretches) > 20
    assert longest < 25 * EVERY, (longest, total)  # (a loop of EVERY items: 3 to 20 lines each)
    assert longest * 20 < total  # without the checks the only stretch would be the whole run


def test_a_check_changes_nothing_in_the_result(doc: JourneyMap) -> None:
    assert insights(doc, Checkpoint()).to_dict() == insights(doc).to_dict()
    assert dock_compute(doc, Checkpoint()) == dock_compute(doc)


def test_checked_checks_every_so_many_items() -> None:
    calls: list[int] = []
    seen: list[int] = []

    def check() -> None:
        calls.append(len(seen))

    for item in checked(range(7), check, every=3):
        seen.append(item)
    assert seen == list(range(7))
    assert calls == [0, 3, 6, 7]  # before the first item, after every three, at the end
    items = [1, 2]
    assert checked(items, never) is items  # no check: the items themselves, at no cost


def test_a_run_waits_at_its_checks_while_its_gate_is_closed(doc: JourneyMap) -> None:
    """The editor closes the gate while the user drags: the run stops working (and lets go
    of Python's lock) at its next check, goes on when the gate opens, and a cancel still
    stops it while it waits."""
    import threading
    import time

    gate = threading.Event()  # closed
    checks: list[float] = []
    done: list[object] = []
    check = Checkpoint(gate)

    def counted() -> None:
        checks.append(time.monotonic())
        check()

    worker = threading.Thread(target=lambda: done.append(insights(doc, counted)), daemon=True)
    worker.start()
    deadline = time.monotonic() + 30
    while not checks and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.6)  # (without the gate a run makes hundreds of checks in this time)
    assert not done and 1 <= len(checks) <= 4  # one check per wait of GATE_WAIT_S
    gate.set()
    worker.join(timeout=60)
    assert done and len(checks) > 10
    assert done[0] == insights(doc)
    # closed again, then cancelled while waiting: the run ends within a wait
    gate.clear()
    stopped: list[BaseException] = []
    check = Checkpoint(gate)

    def run_cancelled() -> None:
        try:
            insights(doc, check)
        except Cancelled as exc:
            stopped.append(exc)

    worker = threading.Thread(target=run_cancelled, daemon=True)
    worker.start()
    time.sleep(0.1)
    check.cancel()
    worker.join(timeout=5)
    assert stopped and not worker.is_alive()
