"""Drawn routes: an orthogonal route's rounded corners and its pieces (the same for the
canvas, the PNG and the PDF)."""

from __future__ import annotations

from dataclasses import dataclass

#: One piece of a drawn route: ("line", x, y) or ("corner", cx, cy, x, y), a quadratic
#: curve with its control point at the corner.
RouteStep = tuple


def rounded_route(pts: tuple[tuple[float, float], ...], radius: float = 8.0) -> list[RouteStep]:
    """The steps that draw an orthogonal route with rounded corners, after a move to its
    first point (the same for the canvas, the PNG and the PDF)."""
    steps: list[RouteStep] = []
    for i in range(1, len(pts) - 1):
        (x0, y0), (x1, y1), (x2, y2) = pts[i - 1], pts[i], pts[i + 1]
        d1 = max(abs(x1 - x0), abs(y1 - y0))
        d2 = max(abs(x2 - x1), abs(y2 - y1))
        r = min(radius, d1 / 2, d2 / 2)
        if r <= 0.5:
            steps.append(("line", x1, y1))
            continue
        ax = x1 - (r if x1 > x0 else -r if x1 < x0 else 0)
        ay = y1 - (r if y1 > y0 else -r if y1 < y0 else 0)
        bx = x1 + (r if x2 > x1 else -r if x2 < x1 else 0)
        by = y1 + (r if y2 > y1 else -r if y2 < y1 else 0)
        steps.append(("line", ax, ay))
        steps.append(("corner", x1, y1, bx, by))
    steps.append(("line", *pts[-1]))
    return steps


@dataclass(frozen=True, slots=True)
class RoutePiece:
    """A straight run or a rounded corner of a drawn route, on its own: the canvas draws
    and repaints a long route by the pieces inside the area concerned. A dash pattern
    starts afresh at each piece, so a piece looks the same however much of its route is
    drawn (on the canvas, in the PNG and in the PDF)."""

    x0: float
    y0: float
    x1: float
    y1: float
    #: the control point of a rounded corner (a quadratic curve); None for a straight run
    corner: tuple[float, float] | None
    length: float

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the piece's line (a corner stays in its hull)."""
        xs = [self.x0, self.x1]
        ys = [self.y0, self.y1]
        if self.corner is not None:
            xs.append(self.corner[0])
            ys.append(self.corner[1])
        return min(xs), min(ys), max(xs), max(ys)


def route_pieces(
    pts: tuple[tuple[float, float], ...], radius: float = 8.0
) -> tuple[RoutePiece, ...]:
    """`rounded_route` as separate pieces, each with its length."""
    pieces: list[RoutePiece] = []
    x, y = pts[0]
    for step in rounded_route(pts, radius):
        if step[0] == "line":
            nx, ny = step[1], step[2]
            length = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5
            if length == 0:
                continue
            pieces.append(RoutePiece(x, y, nx, ny, None, length))
        else:
            cx, cy, nx, ny = step[1], step[2], step[3], step[4]
            chord = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5
            hull = ((cx - x) ** 2 + (cy - y) ** 2) ** 0.5 + ((nx - cx) ** 2 + (ny - cy) ** 2) ** 0.5
            # a quadratic curve's length lies between its chord and its hull; this mean is
            # within 1 % for the quarter-circle-like corners of a route
            length = (2 * chord + hull) / 3
            pieces.append(RoutePiece(x, y, nx, ny, (cx, cy), length))
        x, y = nx, ny
    return tuple(pieces)
