"""Connection labels in the row corridors: readable (never on top of each other) and on
their own route, however many connections share a corridor."""

from __future__ import annotations

import random

import pytest

from journeymapper.layout import ConnectionPath, Rect, compute_layout
from journeymapper.model import Connection
from journeymapper.templates import list_templates, load_template
from journeymapper.text import map_metrics

WORDS = ["calls", "the", "shop", "again", "later"]


def overlapping(paths: list[ConnectionPath]) -> list[tuple[str, str]]:
    rects = [(p.id, p.label_rect) for p in paths if p.label_rect is not None]
    return [
        (a, b)
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom and rb.y < ra.bottom
    ]


def on_its_route(path: ConnectionPath) -> bool:
    """The label touches one of the route's legs (within the parallel-route offset)."""
    r: Rect = path.label_rect
    return any(
        min(x0, x1) <= r.right
        and max(x0, x1) >= r.x
        and min(y0, y1) - 12 <= r.bottom
        and max(y0, y1) + 12 >= r.y
        for (x0, y0), (x1, y1) in zip(path.points, path.points[1:], strict=False)
    )


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_template_labels_are_apart_and_on_their_routes(name: str) -> None:
    layout = compute_layout(load_template(name), map_metrics())
    labelled = [c for c in layout.connections if c.label_rect is not None]
    assert labelled
    assert overlapping(layout.connections) == []
    assert [c.id for c in labelled if not on_its_route(c)] == []


@pytest.mark.parametrize(("extra_count", "on_route_share"), [(12, 0.8), (40, 0.4)])
def test_a_crowded_map_keeps_every_label_readable(extra_count: int, on_route_share: float) -> None:
    """More labelled arrows between the 15 touchpoints: some labels must give up their
    route's run for the nearest free place; none may cover another."""
    doc = load_template("awareness-to-loyalty-en")
    rng = random.Random(7)
    touch = [c.id for c in doc.cards if c.lane == "l-touchpoints"]
    extra = [
        Connection(
            id=f"x-extra-{i}",
            source=a,
            target=b,
            label=" ".join(
                rng.choice(["calls", "the", "shop", "again", "later"]) for _ in range(3)
            ),
        )
        for i, (a, b) in enumerate(rng.sample(touch, 2) for _ in range(extra_count))
    ]
    doc = doc.model_copy(update={"connections": [*doc.connections, *extra]})
    layout = compute_layout(doc, map_metrics())
    assert len(layout.connections) == len(doc.connections)
    assert overlapping(layout.connections) == []
    # labels find room on their own route while there is any (then: the nearest free place)
    on_route = sum(on_its_route(c) for c in layout.connections if c.label_rect is not None)
    assert on_route >= on_route_share * sum(1 for c in layout.connections if c.label_rect)


def test_the_nearest_corridors_are_found_without_sorting_them_all() -> None:
    """The quick search gives what sorting every row boundary by nearness gives."""
    from journeymapper.layout.routing import _nearest_boundaries

    rng = random.Random(11)
    for _ in range(3000):
        bounds = sorted(float(y) for y in rng.sample(range(0, 3000, 7), rng.randint(1, 30)))
        sy, ey = rng.uniform(-50, 3050), rng.uniform(-50, 3050)
        for count in (1, 3):
            # the shortest way, then the nearer to the start, then the upper (lengths
            # are compared to 1e-6: between the two ends every boundary is as short)
            slow = sorted(
                bounds,
                key=lambda yy: (round(abs(yy - sy) + abs(yy - ey), 6), round(abs(yy - sy), 6)),
            )
            assert _nearest_boundaries(bounds, sy, ey, count) == slow[:count]


def test_labels_with_no_room_left_stay_on_the_map() -> None:
    """15 labelled arrows between two columns: the corridors fill up, and the labels that
    find no free place stay over the grid (never off the map, where nobody sees them)."""
    from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage

    stages = [Stage(id=f"s{i}", name=f"S{i}") for i in range(4)]
    lanes = [Lane(id=f"l{i}", name=f"L{i}", kind=LaneKind.CARDS) for i in range(3)]
    cards = [
        Card(id=f"c{s}{lane}", stage=f"s{s}", lane=f"l{lane}", title="t")
        for s in range(4)
        for lane in range(3)
    ]
    conns = [
        Connection(
            id=f"x{k}",
            source=f"c0{k % 3}",
            target=f"c1{(k + 1) % 3}",
            label=f"Step {k}: customer moves on",
        )
        for k in range(15)
    ]
    doc = JourneyMap.new("T", stages=stages, lanes=lanes, cards=cards, connections=conns)
    layout = compute_layout(doc, map_metrics())
    for c in layout.connections:
        assert layout.grid.x <= c.label_rect.x
        assert c.label_rect.right <= layout.grid.right
