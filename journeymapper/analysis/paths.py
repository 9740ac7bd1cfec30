"""The path section: how the customer moves through the cards.

Everything here is bounded on the stress map (20,000 cards, 3,000 connections): the simple
paths are enumerated up to `MAX_PATHS` paths and `MAX_PATH_STEPS` search steps, the closed
loops up to `MAX_LOOPS`; the shortest path is exact (a breadth-first search), the longest is
the longest of the paths enumerated (exact when the enumeration was not capped). Walks are
plain breadth- and depth-first searches over the arrows; the closed loops are networkx's
`simple_cycles`, run on the cards that can loop (networkx is loaded only when there are some).
A run given a check (`cancel`) calls it between the steps, between the calls to networkx and
every `EVERY` items of each loop (every path and every loop found).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from itertools import islice

from .cancel import EVERY, Check, checked, never
from .common import Index, Ref
from .summary import MAX_LOOPS

#: At most this many simple paths from entries to exits are listed.
MAX_PATHS = 200
#: The enumeration of simple paths gives up after this many steps of its depth-first search.
MAX_PATH_STEPS = 200_000


@dataclass(frozen=True)
class Route:
    """Cards one after the other along the arrows; ``steps`` arrows between them."""

    cards: tuple[Ref, ...]
    steps: int


@dataclass(frozen=True)
class PlacedCard:
    card: Ref
    stage: Ref


@dataclass(frozen=True)
class BackStep:
    """An arrow to a card in an earlier stage."""

    connection: str
    label: str | None
    source: Ref
    target: Ref
    from_stage: Ref
    to_stage: Ref


@dataclass(frozen=True)
class Fork:
    """A card where paths branch (``cards`` are its next cards) or merge (its previous ones)."""

    card: Ref
    stage: Ref
    cards: tuple[Ref, ...]


@dataclass(frozen=True)
class PathSection:
    steps: int  # connections
    cards_on_path: int  # cards with at least one connection
    entries: tuple[Ref, ...]  # on the path, no incoming arrow (document order)
    exits: tuple[Ref, ...]  # on the path, no outgoing arrow
    dead_ends: tuple[PlacedCard, ...]  # exits that are not in the last stage
    last_stage: Ref
    path_lanes: tuple[Ref, ...]  # lanes with at least one connected card
    off_path: tuple[Ref, ...]  # cards of those lanes with no connection
    unreachable: tuple[Ref, ...]  # on the path but reached from no entry (only in loops)
    paths: tuple[Route, ...]  # simple paths entry → exit, at most `max_paths`
    paths_capped: bool  # True: there may be more paths than those listed
    max_paths: int
    longest: Route | None  # the longest of `paths` (exact only when not capped)
    shortest: Route | None  # the shortest entry → exit path (always exact)
    back_steps: tuple[BackStep, ...]
    loops: tuple[Route, ...]  # closed loops, at most `max_loops`
    loops_capped: bool
    max_loops: int
    branches: tuple[Fork, ...]  # cards with two or more outgoing arrows
    merges: tuple[Fork, ...]  # cards with two or more incoming arrows


def _route(index: Index, ids: list[str]) -> Route:
    return Route(tuple(index.card(i) for i in ids), max(len(ids) - 1, 0))


Adjacency = dict[str, list[str]]


def _simple_paths(
    succ: Adjacency, entries: list[str], exits: set[str], check: Check = never
) -> tuple[list[list[str]], bool]:
    """Simple paths from each entry to an exit, depth first, in document order; capped."""
    found: list[list[str]] = []
    budget = MAX_PATH_STEPS
    for entry in entries:
        path = [entry]
        on_path = {entry}
        stack = [iter(succ.get(entry, ()))]
        while stack:
            budget -= 1
            if budget < 0:
                return found, True
            if not budget % EVERY:
                check()
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                on_path.discard(path.pop())
                continue
            if nxt in on_path:
                continue
            if nxt in exits:
                found.append([*path, nxt])
                if len(found) >= MAX_PATHS:
                    return found, True
                check()
                continue
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(succ.get(nxt, ())))
    return found, False


def _shortest(
    succ: Adjacency, entries: list[str], exits: set[str], check: Check = never
) -> list[str] | None:
    """The fewest arrows from any entry to any exit (breadth first from all entries at once)."""
    parent: dict[str, str | None] = dict.fromkeys(entries)
    queue = deque(entries)
    steps = 0
    while queue:
        steps += 1
        if not steps % EVERY:
            check()
        node = queue.popleft()
        if node in exits:
            path = [node]
            while (prev := parent[path[-1]]) is not None:
                path.append(prev)
            return path[::-1]
        for nxt in succ.get(node, ()):
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    return None


def _reached(succ: Adjacency, entries: list[str], check: Check = never) -> set[str]:
    reached = set(entries)
    queue = deque(entries)
    steps = 0
    while queue:
        steps += 1
        if not steps % EVERY:
            check()
        for nxt in succ.get(queue.popleft(), ()):
            if nxt not in reached:
                reached.add(nxt)
                queue.append(nxt)
    return reached


def looping_cards(succ: Adjacency, check: Check = never) -> set[str]:
    """The cards of every group that leads back to itself (strongly connected groups of two
    or more cards; maps have no arrow from a card to itself). Tarjan's algorithm, iterative
    and linear: on a map without loops networkx is not even loaded."""
    number: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[str] = set()
    steps = 0
    for root in succ:
        if root in number:
            continue
        number[root] = low[root] = len(number)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succ.get(root, ())))]
        while work:
            steps += 1
            if not steps % EVERY:
                check()
            node, targets = work[-1]
            for nxt in targets:
                if nxt not in number:
                    number[nxt] = low[nxt] = len(number)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ.get(nxt, ()))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], number[nxt])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == number[node]:
                    group = []
                    while True:
                        card = stack.pop()
                        on_stack.discard(card)
                        group.append(card)
                        if card == node:
                            break
                    if len(group) > 1:
                        found.update(group)
    return found


def _loops(index: Index, succ: Adjacency, check: Check = never) -> list[Route]:
    """Up to `MAX_LOOPS` + 1 closed loops, each from the card that comes first in the map:
    networkx's `simple_cycles` (Johnson's algorithm) on the cards that can loop."""
    looping = looping_cards(succ, check)
    if not looping:
        return []
    check()
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_edges_from(
        (a, b) for a in checked(looping, check) for b in succ.get(a, ()) if b in looping
    )
    check()
    order = index.card_order
    loops = []
    for cycle in checked(islice(nx.simple_cycles(graph), MAX_LOOPS + 1), check, 1):
        first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
        cycle = cycle[first:] + cycle[:first]
        loops.append(_route(index, [*cycle, cycle[0]]))
    return loops


def path_section(index: Index, check: Check = never) -> PathSection:
    doc = index.doc
    order = index.card_order
    succ: Adjacency = {}
    pred: Adjacency = {}
    for conn in checked(doc.connections, check):
        succ.setdefault(conn.source, []).append(conn.target)
        pred.setdefault(conn.target, []).append(conn.source)
    for adjacency in (succ, pred):
        for card_id, cards in checked(list(adjacency.items()), check):
            adjacency[card_id] = sorted(set(cards), key=order.__getitem__)
    on_path = sorted(succ.keys() | pred.keys(), key=order.__getitem__)
    check()
    entries = [c for c in on_path if c not in pred]
    exits = [c for c in on_path if c not in succ]
    exit_set = set(exits)
    lanes = {c.lane for c in checked(doc.cards, check) if c.id in succ or c.id in pred}
    last = doc.stages[-1].id
    found, capped = _simple_paths(succ, entries, exit_set, check)
    longest = max(found, key=len, default=None)
    shortest = _shortest(succ, entries, exit_set, check)
    reached = _reached(succ, entries, check)
    stage_order = index.stage_order
    back_steps = []
    for conn in checked(doc.connections, check):
        a, b = index.card_stage.get(conn.source, ""), index.card_stage.get(conn.target, "")
        if stage_order.get(b, 0) < stage_order.get(a, 0):
            back_steps.append(
                BackStep(
                    conn.id,
                    conn.label,
                    index.card(conn.source),
                    index.card(conn.target),
                    index.stage(a),
                    index.stage(b),
                )
            )
    loops = _loops(index, succ, check)

    def fork(card: str, neighbours: list[str]) -> Fork:
        stage = index.stage(index.card_stage[card])
        return Fork(index.card(card), stage, tuple(index.card(n) for n in neighbours))

    return PathSection(
        steps=len(doc.connections),
        cards_on_path=len(on_path),
        entries=tuple(index.card(c) for c in checked(entries, check)),
        exits=tuple(index.card(c) for c in checked(exits, check)),
        dead_ends=tuple(
            PlacedCard(index.card(c), index.stage(index.card_stage[c]))
            for c in checked(exits, check)
            if index.card_stage[c] != last
        ),
        last_stage=index.stage(last),
        path_lanes=tuple(index.lane_ref[la.id] for la in doc.lanes if la.id in lanes),
        off_path=tuple(
            index.card(c.id)
            for c in checked(doc.cards, check)
            if c.lane in lanes and c.id not in succ and c.id not in pred
        ),
        unreachable=tuple(index.card(c) for c in checked(on_path, check) if c not in reached),
        paths=tuple(_route(index, p) for p in checked(found, check, 1)),
        paths_capped=capped,
        max_paths=MAX_PATHS,
        longest=None if longest is None else _route(index, longest),
        shortest=None if shortest is None else _route(index, shortest),
        back_steps=tuple(back_steps),
        loops=tuple(loops[:MAX_LOOPS]),
        loops_capped=len(loops) > MAX_LOOPS,
        max_loops=MAX_LOOPS,
        branches=tuple(
            fork(c, succ[c]) for c in checked(on_path, check) if len(succ.get(c, ())) > 1
        ),
        merges=tuple(fork(c, pred[c]) for c in checked(on_path, check) if len(pred.get(c, ())) > 1),
    )
