"""The customer's path as a graph (networkx): where it starts, ends and loops back."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import networkx as nx

from .model import JourneyMap


@dataclass(frozen=True)
class PathSummary:
    steps: int  # connections
    cards: int  # cards on the path
    starts: tuple[str, ...]  # card ids with no incoming connection
    ends: tuple[str, ...]  # card ids with no outgoing connection
    loops: int  # distinct cycles (counted up to `MAX_LOOPS`)


MAX_LOOPS = 100


def journey_graph(doc: JourneyMap) -> nx.DiGraph:
    """Cards on the path as nodes (in document order), connections as edges."""
    graph = nx.DiGraph()
    on_path = {c.source for c in doc.connections} | {c.target for c in doc.connections}
    graph.add_nodes_from(c.id for c in doc.cards if c.id in on_path)
    graph.add_edges_from((c.source, c.target, {"id": c.id}) for c in doc.connections)
    return graph


def path_summary(doc: JourneyMap) -> PathSummary:
    graph = journey_graph(doc)
    loops = sum(1 for _ in islice(nx.simple_cycles(graph), MAX_LOOPS))
    return PathSummary(
        steps=graph.number_of_edges(),
        cards=graph.number_of_nodes(),
        starts=tuple(n for n in graph.nodes if graph.in_degree(n) == 0),
        ends=tuple(n for n in graph.nodes if graph.out_degree(n) == 0),
        loops=loops,
    )
