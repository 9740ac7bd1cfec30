"""The pieces of the connection layer's routes (`connections`): each route with the grid
cells it touches and its legs cut into pieces, and far away the tiles that draw the legs of
every route inside them in one call."""

from __future__ import annotations

import math
from itertools import pairwise
from operator import is_

from PySide6.QtCore import QLineF
from PySide6.QtGui import QPainterPath, QPolygonF

from ..layout import ConnectionPath, RoutePiece, Theme, route_pieces
from ..render import drawing, painting

#: side of a cell of the grid that tells which routes pass where, in scene units
CELL = 512.0
#: far away, routes are drawn together by square tiles of this side (2 × 2 cells)
TILE = 2 * CELL
#: around a piece's line: half the widest pen, antialiasing, and the arrowhead's width
PAD = 4.0
ARROW = 11.0
#: a highlighted route's halo under its line: inside `PAD` (or a repaint leaves traces)
HALO_WIDTH = 6.5

Box = tuple[float, float, float, float]  # left, top, right, bottom
TileKey = tuple[int, int]


def grow(box: Box, by: float) -> Box:
    return box[0] - by, box[1] - by, box[2] + by, box[3] + by


def meets(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def cells_of(box: Box) -> range | set[int]:
    """The grid cells ``box`` touches, as numbers (column * `_ROW` + row)."""
    i0, i1 = int(box[0] // CELL), int(box[2] // CELL)
    j0, j1 = int(box[1] // CELL) + _ROW_OFFSET, int(box[3] // CELL) + _ROW_OFFSET
    if j0 == j1:  # a horizontal run: one row of cells
        return range(i0 * _ROW + j0, i1 * _ROW + j0 + 1, _ROW)
    if i0 == i1:  # a vertical run: one column
        return range(i0 * _ROW + j0, i0 * _ROW + j1 + 1)
    return {i * _ROW + j for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)}


#: cells are numbered column * _ROW + row (+ _ROW_OFFSET, for rows above the map)
_ROW = 1 << 20
_ROW_OFFSET = 1 << 10


class Route:
    """One connection as the layer draws it."""

    __slots__ = (
        "_arrow",
        "_diff",
        "_moves",
        "_path",
        "_pieces",
        "_tiled",
        "arrow_box",
        "box",
        "boxes",
        "cells",
        "conn",
        "label_box",
        "order",
    )

    def __init__(self, conn: ConnectionPath, order: int) -> None:
        self.conn = conn
        self.order = order
        pts = conn.points
        x, y = pts[-1]
        self.arrow_box: Box = (x - ARROW, y - ARROW, x + ARROW, y + ARROW)
        lr = conn.label_rect
        self.label_box: Box | None = (
            grow((lr.x, lr.y, lr.right, lr.bottom), 1) if lr is not None else None
        )
        #: around each leg of the route (a rounded corner stays inside its two legs'),
        #: its arrowhead and its label: where the route may show
        self.boxes: list[Box] = [
            (min(x0, x1) - PAD, min(y0, y1) - PAD, max(x0, x1) + PAD, max(y0, y1) + PAD)
            for (x0, y0), (x1, y1) in pairwise(pts)
        ]
        self.boxes.append(self.arrow_box)
        if self.label_box is not None:
            self.boxes.append(self.label_box)
        boxes = self.boxes
        self.box: Box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        #: the grid cells those boxes touch
        self.cells: set[int] = set()
        for b in boxes:
            self.cells.update(cells_of(b))
        self._pieces: dict[RoutePiece, Box] | None = None
        self._tiled: dict[tuple[int, int], list[QLineF]] | None = None
        self._path: QPainterPath | None = None
        self._arrow: QPolygonF | None = None
        #: the route this one replaced, whether far away, and where they differ (`changes`)
        self._diff: tuple[Route, bool, list[Box]] | None = None
        #: the route this one replaced and the tiles this one left, entered and touched
        #: then (`tile_moves`)
        self._moves: tuple[Route, set[TileKey], set[TileKey], set[TileKey]] | None = None

    @property
    def pieces(self) -> dict[RoutePiece, Box]:
        """The drawn pieces (straight runs and rounded corners) with the box of each."""
        if self._pieces is None:
            self._pieces = {
                piece: grow(piece.bounds(), PAD) for piece in route_pieces(self.conn.points)
            }
        return self._pieces

    def tiled(self) -> dict[tuple[int, int], list[QLineF]]:
        """Its legs cut by the far-away tiles (see the module), by tile."""
        if self._tiled is None:
            self._tiled = {}
            for (x0, y0), (x1, y1) in pairwise(self.conn.points):
                for key, line in split_leg(x0, y0, x1, y1):
                    self._tiled.setdefault(key, []).append(line)
        return self._tiled

    def tip_tile(self) -> tuple[int, int]:
        x, y = self.conn.points[-1]
        return math.floor(x / TILE), math.floor(y / TILE)

    def path(self) -> QPainterPath:
        if self._path is None:
            self._path = painting.connection_path(self.conn)
        return self._path

    def arrow(self) -> QPolygonF:
        if self._arrow is None:
            self._arrow = painting.arrow_head(self.conn)
        return self._arrow

    def changes(self, new: Route, far: bool = False) -> list[Box]:
        """The areas where ``new`` looks different from this route (the same areas as
        last time when ``new`` is the route this one replaced: an undo, a redo); ``far``:
        as the far-away tiles draw them (`far_changes`)."""
        diff = self._diff
        if diff is not None and diff[0] is new and diff[1] == far:
            boxes = diff[2]
        else:
            boxes = self._far_changes(new) if far else self._changes(new)
        self._diff = None  # (no chain of every route before)
        new._diff = (self, far, boxes)
        return boxes

    def tile_moves(self, new: Route) -> tuple[set[TileKey], set[TileKey], set[TileKey]]:
        """The far-away tiles ``new`` leaves and enters where it replaces this route, and
        every tile either touches (kept the other way round for an undo or a redo that
        brings this route back: working them out again was a third of the layer's time)."""
        moves = self._moves
        if moves is not None and moves[0] is new:
            left, entered, touched = moves[2], moves[1], moves[3]  # (the other way round)
        else:
            was, now = route_tiles(self), route_tiles(new)
            left, entered, touched = was - now, now - was, was | now
        self._moves = None  # (no chain of every route before)
        new._moves = (self, left, entered, touched)
        return left, entered, touched

    def _far_changes(self, new: Route) -> list[Box]:
        """Far away, a route is its legs cut by tiles (`tiled`) and its arrowhead: only the
        parts that are not the very same lines look different. A long leg whose far end
        moved (a lane above or below grew) keeps its parts in the tiles before that end,
        and their pixels."""
        if self.conn.loops_back != new.conn.loops_back:
            return [self.box, new.box]
        old_tiles, new_tiles = self.tiled(), new.tiled()
        boxes: list[Box] = []
        for key in old_tiles.keys() | new_tiles.keys():
            was, now = old_tiles.get(key, ()), new_tiles.get(key, ())
            if was == now:
                continue
            lines = [ln for ln in was if ln not in now] + [ln for ln in now if ln not in was]
            if not lines:  # (the same lines in another order)
                continue
            xs = [x for ln in lines for x in (ln.x1(), ln.x2())]
            ys = [y for ln in lines for y in (ln.y1(), ln.y2())]
            boxes.append(grow((min(xs), min(ys), max(xs), max(ys)), PAD))
        if self.conn.points[-2:] != new.conn.points[-2:]:
            boxes += [self.arrow_box, new.arrow_box]
        return boxes

    def _changes(self, new: Route) -> list[Box]:
        old_conn, new_conn = self.conn, new.conn
        if old_conn.loops_back != new_conn.loops_back:
            return [self.box, new.box]
        boxes = [b for piece, b in self.pieces.items() if piece not in new.pieces]
        boxes += [b for piece, b in new.pieces.items() if piece not in self.pieces]
        if old_conn.points[-2:] != new_conn.points[-2:]:
            boxes += [self.arrow_box, new.arrow_box]
        if old_conn.label_rect != new_conn.label_rect or old_conn.label != new_conn.label:
            boxes += [b for b in (self.label_box, new.label_box) if b is not None]
        return boxes


def route_tiles(route: Route) -> set[TileKey]:
    """The tiles a route's legs and arrowhead may reach into (from the grid cells it
    touches: a tile is 2 × 2 cells)."""
    # (not kept with the route: on the stress map that held ~10 MB)
    return {(n // _ROW >> 1, (n % _ROW - _ROW_OFFSET) >> 1) for n in route.cells}


def split_leg(x0: float, y0: float, x1: float, y1: float) -> list[tuple[tuple[int, int], QLineF]]:
    """A leg cut into its parts inside each tile (legs run along x or y: a division)."""
    out = []
    if y0 == y1:
        lo, hi = min(x0, x1), max(x0, x1)
        j = math.floor(y0 / TILE)
        for i in range(math.floor(lo / TILE), math.floor(hi / TILE) + 1):
            out.append(((i, j), QLineF(max(lo, i * TILE), y0, min(hi, (i + 1) * TILE), y0)))
    elif x0 == x1:
        lo, hi = min(y0, y1), max(y0, y1)
        i = math.floor(x0 / TILE)
        for j in range(math.floor(lo / TILE), math.floor(hi / TILE) + 1):
            out.append(((i, j), QLineF(x0, max(lo, j * TILE), x0, min(hi, (j + 1) * TILE))))
    else:  # (not made by the router; a route drawn live could be)
        for i in range(math.floor(min(x0, x1) / TILE), math.floor(max(x0, x1) / TILE) + 1):
            for j in range(math.floor(min(y0, y1) / TILE), math.floor(max(y0, y1) / TILE) + 1):
                box = (i * TILE, j * TILE, (i + 1) * TILE, (j + 1) * TILE)
                cut = drawing.clip_segment(x0, y0, x1, y1, box)
                if cut is not None:
                    u0, u1 = cut
                    dx, dy = x1 - x0, y1 - y0
                    piece = QLineF(x0 + dx * u0, y0 + dy * u0, x0 + dx * u1, y0 + dy * u1)
                    out.append(((i, j), piece))
    return out


class Tile:
    """The routes through one tile drawn as few calls (see the module)."""

    __slots__ = ("arrows", "dashed", "routes", "solid")

    def __init__(self, key: tuple[int, int], routes: list[Route], theme: Theme) -> None:
        #: what it was drawn from: the routes through it, in order
        self.routes = routes
        # the part of each leg inside the tile, straight: a route's rounded corners (8
        # units) are under half a pixel here, and each would be flattened into segments
        self.solid: list[QLineF] = []
        self.dashed: list[QLineF] = []
        self.arrows = QPainterPath()
        for route in routes:
            conn = route.conn
            lines = route.tiled().get(key)
            if lines:
                (self.dashed if conn.loops_back else self.solid).extend(lines)
            if route.tip_tile() == key:
                self.arrows.addPath(painting.painter_path(drawing.arrow_head(conn, theme)))

    def serves(self, members: set[str], alone: set[str], routes: dict[str, Route]) -> bool:
        """Whether it draws the tile's routes now: ``members`` (ids) but those drawn
        ``alone``, each the very route of ``routes`` it was drawn from, in their order (an
        undo or a redo brings back the routes of a tile kept from before)."""
        drawn = self.routes
        if len(drawn) != len(members) - len(alone.intersection(members)):
            return False
        ids = [r.conn.id for r in drawn]
        return (
            alone.isdisjoint(ids)
            and all(map(is_, map(routes.get, ids), drawn))
            and all(a.order < b.order for a, b in pairwise(drawn))
        )
