"""The path section of the insights on small maps: straight, fork, merge, loop, dead end."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from insights_maps import card, ids, journey

from journeymapper.analysis import MAX_LOOPS, insights
from journeymapper.analysis import paths as paths_module


def test_a_straight_path() -> None:
    doc = journey(
        [
            card("a", "s-1"),
            card("b", "s-2"),
            card("c", "s-3"),
            card("lonely", "s-2"),  # a touchpoint on no path
            card("act", "s-1", "l-act"),  # no card of its lane is on a path: not reported
        ],
        [("a", "b"), ("b", "c")],
    )
    p = insights(doc).path
    assert (p.steps, p.cards_on_path) == (2, 3)
    assert ids(p.entries) == ["a"]
    assert ids(p.exits) == ["c"]
    assert p.dead_ends == ()  # c is in the last stage
    assert p.last_stage.id == "s-3" and p.last_stage.name == "Buy"
    assert ids(p.off_path) == ["lonely"]
    assert ids(p.path_lanes) == ["l-tp"]
    assert len(p.paths) == 1 and not p.paths_capped
    assert ids(p.longest.cards) == ids(p.shortest.cards) == ["a", "b", "c"]
    assert p.longest.steps == 2
    assert p.longest.cards[0].name == "Card a"
    assert (p.back_steps, p.loops, p.branches, p.merges, p.unreachable) == ((), (), (), (), ())


def test_a_fork_and_a_dead_end() -> None:
    # a -> b -> d (to the last stage) and a -> c, which stops in the middle of the journey
    doc = journey(
        [card("a", "s-1"), card("b", "s-2"), card("c", "s-2"), card("d", "s-3")],
        [("a", "b"), ("b", "d"), ("a", "c")],
    )
    p = insights(doc).path
    assert ids(p.entries) == ["a"]
    assert ids(p.exits) == ["c", "d"]
    assert ids(p.dead_ends) == ["c"]
    assert p.dead_ends[0].stage.id == "s-2"
    assert [ids(r.cards) for r in p.paths] == [["a", "b", "d"], ["a", "c"]]
    assert ids(p.longest.cards) == ["a", "b", "d"]
    assert ids(p.shortest.cards) == ["a", "c"]
    (branch,) = p.branches
    assert branch.card.id == "a" and ids(branch.cards) == ["b", "c"]
    assert p.merges == ()


def test_a_merge() -> None:
    doc = journey(
        [card("a", "s-1"), card("b", "s-1"), card("c", "s-3")],
        [("a", "c"), ("b", "c")],
    )
    p = insights(doc).path
    assert ids(p.entries) == ["a", "b"]
    assert ids(p.exits) == ["c"]
    (merge,) = p.merges
    assert merge.card.id == "c" and ids(merge.cards) == ["a", "b"]
    assert merge.stage.id == "s-3"
    assert len(p.paths) == 2 and p.branches == ()


def test_a_loop_back_to_an_earlier_stage() -> None:
    # e enters the loop a -> b -> c -> a, and c also leads out to x
    doc = journey(
        [card("e", "s-1"), card("a", "s-1"), card("b", "s-2"), card("c", "s-3"), card("x", "s-3")],
        [("e", "a"), ("a", "b"), ("b", "c"), ("c", "a"), ("c", "x")],
    )
    p = insights(doc).path
    (loop,) = p.loops
    assert ids(loop.cards) == ["a", "b", "c", "a"] and loop.steps == 3
    assert not p.loops_capped
    (back,) = p.back_steps
    assert (back.source.id, back.target.id, back.connection) == ("c", "a", "x-c-a")
    assert (back.from_stage.id, back.to_stage.id) == ("s-3", "s-1")
    assert ids(p.entries) == ["e"] and ids(p.exits) == ["x"]
    # a simple path never visits a card twice: the loop is not walked round
    assert [ids(r.cards) for r in p.paths] == [["e", "a", "b", "c", "x"]]
    assert ids(p.merges) == ["a"] and ids(p.branches) == ["c"]


def test_a_closed_loop_with_no_way_in_is_reached_from_no_entry() -> None:
    doc = journey(
        [card("a", "s-1"), card("b", "s-2"), card("p", "s-1"), card("q", "s-2")],
        [("a", "b"), ("p", "q"), ("q", "p")],
    )
    p = insights(doc).path
    assert ids(p.unreachable) == ["p", "q"]
    assert [ids(r.cards) for r in p.loops] == [["p", "q", "p"]]
    assert ids(p.entries) == ["a"]


def test_a_map_without_connections() -> None:
    p = insights(journey([card("a"), card("b", "s-2")])).path
    assert (p.steps, p.cards_on_path, p.entries, p.exits, p.paths) == (0, 0, (), (), ())
    assert p.longest is None and p.shortest is None
    assert p.off_path == ()  # no lane is on a path
    assert not p.paths_capped


def _diamonds(n: int) -> tuple[list, list]:
    """n diamonds in a row: 2**n simple paths from the first card to the last."""
    cards = [card("k0", "s-1")]
    arrows = []
    for i in range(n):
        cards += [card(f"u{i}", "s-2"), card(f"d{i}", "s-2"), card(f"k{i + 1}", "s-3")]
        arrows += [(f"k{i}", f"u{i}"), (f"k{i}", f"d{i}"), (f"u{i}", f"k{i + 1}")]
        arrows.append((f"d{i}", f"k{i + 1}"))
    return cards, arrows


def test_simple_paths_are_capped_and_say_so() -> None:
    cards, arrows = _diamonds(12)  # 4,096 paths
    p = insights(journey(cards, arrows)).path
    assert p.paths_capped
    assert len(p.paths) == p.max_paths == paths_module.MAX_PATHS
    assert p.shortest.steps == 24  # exact whatever the cap: every path has 24 steps
    assert p.longest.steps == 24


def test_the_path_search_also_stops_after_its_step_budget(monkeypatch) -> None:
    cards, arrows = _diamonds(6)  # 64 paths, well under the cap on paths
    monkeypatch.setattr(paths_module, "MAX_PATH_STEPS", 50)
    p = insights(journey(cards, arrows)).path
    assert p.paths_capped
    assert 0 < len(p.paths) < 64
    monkeypatch.setattr(paths_module, "MAX_PATH_STEPS", 200_000)
    p = insights(journey(cards, arrows)).path
    assert not p.paths_capped and len(p.paths) == 64


def test_closed_loops_are_capped_and_say_so() -> None:
    names = [f"n{i}" for i in range(6)]  # every card to every other: 409 closed loops
    doc = journey([card(n, "s-1") for n in names], [(a, b) for a in names for b in names if a != b])
    p = insights(doc).path
    assert p.loops_capped and len(p.loops) == MAX_LOOPS == p.max_loops
    assert p.entries == () and p.paths == ()
    assert ids(p.unreachable) == names


def test_a_dense_tangle_stays_bounded() -> None:
    """Three cards a layer, every card to every card of the next layer and back to the one
    before: 3**30 paths and countless loops, all capped."""
    layers = 30
    cards = [card(f"c{i}-{j}", "s-2") for i in range(layers) for j in range(3)]
    arrows = []
    for i in range(layers - 1):
        for j in range(3):
            for k in range(3):
                arrows.append((f"c{i}-{j}", f"c{i + 1}-{k}"))
                arrows.append((f"c{i + 1}-{k}", f"c{i}-{j}"))
    cards.append(card("in", "s-1"))
    cards.append(card("out", "s-3"))
    arrows += [("in", "c0-0"), (f"c{layers - 1}-2", "out")]
    result = insights(journey(cards, arrows))
    p = result.path
    assert p.paths_capped and 0 < len(p.paths) <= p.max_paths
    assert p.loops_capped and len(p.loops) == p.max_loops
    assert p.shortest.steps == layers + 1
    assert json.loads(json.dumps(result.to_dict()))["path"]["loops_capped"] is True


@pytest.mark.parametrize("seed", range(20))
def test_the_cards_that_can_loop_are_networkx_strongly_connected_groups(seed: int) -> None:
    import networkx as nx

    rng = random.Random(seed)
    cards = [f"c{i}" for i in range(rng.randint(2, 40))]
    succ: dict[str, list[str]] = {}
    graph = nx.DiGraph()
    graph.add_nodes_from(cards)
    for _ in range(rng.randint(0, 80)):
        a, b = rng.sample(cards, 2)
        succ.setdefault(a, []).append(b)
        graph.add_edge(a, b)
    expected = set().union(*(g for g in nx.strongly_connected_components(graph) if len(g) > 1))
    assert paths_module.looping_cards(succ) == expected


def test_a_map_without_loops_does_not_load_networkx(tmp_path) -> None:
    """networkx takes a tenth of a second to import: only maps with loops need it."""
    code = (
        "import sys\n"
        "from insights_maps import card, journey\n"
        "from journeymapper.analysis import insights\n"
        "insights(journey([card('a'), card('b', 's-2')], [('a', 'b')]))\n"
        "print('networkx' in sys.modules)\n"
        "insights(journey([card('a'), card('b', 's-2')], [('a', 'b'), ('b', 'a')]))\n"
        "print('networkx' in sys.modules)\n"
    )
    here = Path(__file__).resolve().parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(here.parent), str(here)]))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "True"]
