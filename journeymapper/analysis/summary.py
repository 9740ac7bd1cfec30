"""The customer's path as a graph (networkx): where it starts, ends and loops back."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ..model import JourneyMap

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class PathSummary:
    steps: int  # connections
    cards: int  # cards on the path
    starts: tuple[str, ...]  # card ids with no incoming connection, in document order
    ends: tuple[str, ...]  # card ids with no outgoing connection, in document order
    back: int  # connections to a card in an earlier stage (drawn dashed)
    loops: int  # distinct closed loops, cards that lead back to themselves (up to `MAX_LOOPS`)


MAX_LOOPS = 100


def journey_graph(doc: JourneyMap) -> nx.DiGraph:
    """Cards on the path as nodes, connections as edges."""
    import networkx as nx  # loaded on first use: ``journeymapper insights`` may not need it

    graph = nx.DiGraph()
    graph.add_edges_from((c.source, c.target, {"id": c.id}) for c in doc.connections)
    return graph


def path_summary(doc: JourneyMap) -> PathSummary:
    """Counted directly from the connections; networkx finds the closed loops (a few
    milliseconds for the 3,000 connections of the benchmarks' stress map)."""
    outgoing = Counter(c.source for c in doc.connections)
    incoming = Counter(c.target for c in doc.connections)
    stage_of = {c.id: c.stage for c in doc.cards}
    order = {s.id: i for i, s in enumerate(doc.stages)}
    back = sum(
        1
        for c in doc.connections
        if order.get(stage_of.get(c.target, ""), 0) < order.get(stage_of.get(c.source, ""), 0)
    )
    on_path = [c.id for c in doc.cards if c.id in outgoing or c.id in incoming]
    import networkx as nx

    loops = sum(1 for _ in islice(nx.simple_cycles(journey_graph(doc)), MAX_LOOPS))
    return PathSummary(
        steps=len(doc.connections),
        cards=len(on_path),
        starts=tuple(i for i in on_path if i not in incoming),
        ends=tuple(i for i in on_path if i not in outgoing),
        back=back,
        loops=loops,
    )
