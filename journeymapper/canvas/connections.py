"""Every connection of the map, drawn by one item.

Drawn one item per connection, a route across a big map is a box over hundreds of cards:
every repaint of a small area asked each route whose box covered it to paint (on the
stress map, some 800 Python calls per frame of a card drag), and moving one route
invalidated its whole box. This layer keeps the routes with the grid cells they touch, draws
only the routes (and, for long dashed runs, only the parts) inside the area being
repainted, and invalidates only the pieces of a route that changed.

The `ConnectionItem`s stay, without contents, for hit-testing and selection.

Far away (below `far_below`, where labels are not drawn and a line is a hairline) the
routes are drawn by tiles of the map: the pieces of their legs inside each tile in one
call, their arrowheads in another, kept until a route through the tile changes, and only
the tiles in the rectangles being repainted: a few calls per frame, not one per route.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import DEFAULT_THEME, ConnectionPath, Theme
from ..perf import paused_gc
from ..render import drawing, painting
from ..render.surface import Stroke
from .dimming import DIMMED, EMPHASIS
from .far import exposed_boxes
from .route_tiles import (
    ARROW,
    HALO_WIDTH,
    PAD,
    TILE,
    Box,
    Route,
    Tile,
    cells_of,
    grow,
    meets,
    route_tiles,
)


class ConnectionLayer(QGraphicsItem):
    """Draws the connections; takes no clicks (the `ConnectionItem`s below are hit)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(12)  # above the cards: arrowheads and labels touch them
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.theme: Theme = DEFAULT_THEME
        self.label_from = 0.35  # below this zoom, labels are not drawn (a grey smudge)
        self._rect = QRectF()
        #: the map's rectangle, and the box of every route (None: to be worked out)
        self._map_rect = QRectF()
        self._reach: Box | None = None
        #: while `set_routes` runs, what it repaints at its end (`_invalidate`)
        self._batch: list[Box] | None = None
        self._routes: dict[str, Route] = {}
        self._selected: set[str] = set()
        self._dimmed: set[str] = set()  # drawn see-through (`dimming`)
        self._emphasis: set[str] = set()  # drawn over a halo (a highlighted path)
        #: routes drawn where a drag has them, not where the layout does
        self._live: set[str] = set()
        #: the routes the layout's replaced at the last `set_routes` and since, by id: an
        #: undo or a redo brings back their very paths (then they serve again, with their
        #: pieces and tiles)
        self._older: dict[str, Route] = {}
        self._replaced: dict[str, Route] = {}
        #: below this zoom, routes are drawn by tiles (see the module); ``far``: the view is
        #: there now (a route that changes repaints only the tiles where it looks different)
        self.far_below = 0.0
        self.far = False
        #: route ids by tile (None: not worked out yet, until the first far-away paint),
        #: and each tile's drawing (missing: to be made again)
        self._tile_routes: dict[tuple[int, int], set[str]] | None = None
        self._tiles: dict[tuple[int, int], Tile] = {}
        #: the drawings of tiles dropped at the last `set_routes` and since, by tile (an
        #: undo or a redo brings back their very routes: then they serve again)
        self._older_tiles: dict[tuple[int, int], Tile] = {}
        self._dropped_tiles: dict[tuple[int, int], Tile] = {}

    # -- geometry and hit-testing: none (the layer is not an object on the map)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def contains(self, point: QPointF) -> bool:
        return False

    def set_rect(self, rect: QRectF) -> None:
        """The map's rectangle; the layer also covers every route reaching beyond it (a
        card dragged past the edge), or what is drawn there would never be wiped."""
        if rect == self._map_rect and self._reach is not None:
            return  # (no route changed since: a map of 3,000 routes re-syncs often)
        self._map_rect = QRectF(rect)
        if self._reach is None:
            boxes = [r.box for r in self._routes.values()]
            self._reach = (
                (
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
                if boxes
                else None
            )
        if self._reach is not None:
            left, top, right, bottom = self._reach
            rect = rect.united(QRectF(left, top, right - left, bottom - top))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def _cover(self, box: Box) -> None:
        left, top, right, bottom = box
        r = self._rect
        if left < r.left() or top < r.top() or right > r.right() or bottom > r.bottom():
            self.prepareGeometryChange()
            self._rect = r.united(QRectF(left, top, right - left, bottom - top))

    # -- routes

    def route(self, conn_id: str) -> ConnectionPath | None:
        """The route drawn for a connection (during a drag: where it is drawn right now)."""
        r = self._routes.get(conn_id)
        return r.conn if r is not None else None

    def set_routes(
        self,
        connections: list[ConnectionPath],
        theme: Theme,
        before: list[ConnectionPath] | None = None,
    ) -> None:
        """The routes of a new layout; repaints only what changed. ``before``: the
        routes the layer was given last (then only those that are not the very same
        objects at the same place are looked at)."""
        outer, self._batch = self._batch, []  # (one repaint for all: `_invalidate`)
        try:
            self._set_routes(connections, theme, before)
        finally:
            boxes, self._batch = self._batch, outer
            self._invalidate(boxes)

    def _set_routes(
        self,
        connections: list[ConnectionPath],
        theme: Theme,
        before: list[ConnectionPath] | None,
    ) -> None:
        if theme != self.theme:
            self.theme = theme
            self._tiles, self._dropped_tiles, self._older_tiles = {}, {}, {}
            self.update()
        live, self._live = self._live, set()
        self._older, self._replaced = self._replaced, {}
        self._older_tiles, self._dropped_tiles = self._dropped_tiles, {}
        if (
            before is not None
            and len(before) == len(connections)
            and all(a.id == b.id for a, b in zip(before, connections, strict=True))
        ):
            for order, (old, conn) in enumerate(zip(before, connections, strict=True)):
                if old is not conn or conn.id in live:
                    self._set(conn, order, conn.id not in live)
            return
        seen = set()
        for order, conn in enumerate(connections):
            seen.add(conn.id)
            self._set(conn, order, conn.id not in live)
        for conn_id in [i for i in self._routes if i not in seen]:
            gone = self._routes.pop(conn_id)
            self._invalidate([gone.box])
            self._reach = None
            self._unband(gone)
        self._selected &= seen

    @property
    def live(self) -> bool:
        """Whether routes drawn during a drag are shown (the next `set_routes` puts them
        back where the layout has them)."""
        return bool(self._live)

    def set_live(self, conn: ConnectionPath) -> None:
        """A route that follows a card being dragged (drawn, not in the layout)."""
        old = self._routes.get(conn.id)
        first = conn.id not in self._live
        if first and old is not None:
            self._unband(old)  # drawn on its own while it follows the drag
        self._live.add(conn.id)
        self._set(conn, old.order if old is not None else len(self._routes), first)

    def set_selected(self, conn_id: str, selected: bool) -> None:
        if (conn_id in self._selected) == selected:
            return
        if selected:
            self._selected.add(conn_id)
        else:
            self._selected.discard(conn_id)
        route = self._routes.get(conn_id)
        if route is not None:
            self._invalidate([route.box])
            if self._tile_routes is not None:
                for key in route_tiles(route):
                    self._drop_tile(key)

    def _unband(self, route: Route) -> None:
        if self._tile_routes is None:
            return
        for key in route_tiles(route):
            members = self._tile_routes.get(key)
            if members is not None:
                members.discard(route.conn.id)
            self._drop_tile(key)

    def set_emphasis(self, dimmed: set[str], emphasis: set[str]) -> None:
        """Routes drawn dimmed and routes drawn with a halo (see `dimming.Dimmer`)."""
        changed = (self._dimmed ^ dimmed) | (self._emphasis ^ emphasis)
        self._dimmed, self._emphasis = set(dimmed), set(emphasis)
        self._invalidate([r.box for i in changed if (r := self._routes.get(i)) is not None])

    def is_dimmed(self, conn_id: str) -> bool:
        return conn_id in self._dimmed

    def is_emphasised(self, conn_id: str) -> bool:
        return conn_id in self._emphasis

    def _set(self, conn: ConnectionPath, order: int, keep_old: bool = True) -> None:
        """Draw ``conn``; ``keep_old``: the route it replaces is the layout's (not one
        drawn during a drag: it is in its tiles), which an undo may bring back."""
        old = self._routes.get(conn.id)
        if old is not None and (old.conn is conn or old.conn == conn):
            old.order = order
            return
        new = self._older.get(conn.id)
        if new is not None and new.conn is conn:
            new.order = order
        else:
            new = Route(conn, order)
        if old is not None and keep_old:
            self._replaced[conn.id] = old
        self._routes[conn.id] = new
        self._cover(new.box)
        if self._reach is not None:  # (only ever grows, until a route is removed)
            r, b = self._reach, new.box
            self._reach = (min(r[0], b[0]), min(r[1], b[1]), max(r[2], b[2]), max(r[3], b[3]))
        tile_routes = self._tile_routes
        if conn.id not in self._live and tile_routes is not None:
            # (a route that follows a drag is drawn alone)
            if old is not None and keep_old:
                # a route of the layout: only the tiles it leaves or enters change members
                # (a route an undo moved down a little stays in most of its tiles)
                left, added, touched = old.tile_moves(new)
                for key in left:
                    members = tile_routes.get(key)
                    if members is not None:
                        members.discard(conn.id)
            else:
                if old is not None:
                    self._unband(old)
                added = touched = route_tiles(new)
            for key in added:
                tile_routes.setdefault(key, set()).add(conn.id)
            tiles, dropped = self._tiles, self._dropped_tiles
            for key in touched:
                tile = tiles.pop(key, None)
                if tile is not None:
                    dropped[key] = tile
        # (far away, a selected route or one following a drag is drawn alone, whole: a
        # dashed one whose start moved has moved its dashes along its length)
        far = self.far and conn.id not in self._selected and conn.id not in self._live
        self._invalidate(old.changes(new, far) if old is not None else [new.box])

    def _drop_tile(self, key: tuple[int, int]) -> None:
        tile = self._tiles.pop(key, None)
        if tile is not None:
            self._dropped_tiles[key] = tile

    def _invalidate(self, boxes: list[Box]) -> None:
        """Repaint ``boxes``: their bounding rectangle (Qt unites an item's updates into
        one rectangle anyway), or add them to the one `set_routes` repaints at its end."""
        if not boxes:
            return
        batch = self._batch
        if batch is not None:
            batch.extend(boxes)
            return
        lefts, tops, rights, bottoms = zip(*boxes, strict=True)
        left, top = min(lefts), min(tops)
        self.update(left, top, max(rights) - left, max(bottoms) - top)

    # -- drawing

    def routes_in(self, box: Box) -> list[Route]:
        """The routes with a piece inside ``box``, in the layout's order.

        Each route knows the grid cells it touches, so the test is one set operation per
        route (in C): a third of a millisecond for the 3,000 routes of the stress map."""
        cells = set(cells_of(box))
        hits = [
            r
            for r in self._routes.values()
            if not r.cells.isdisjoint(cells) and any(meets(b, box) for b in r.boxes)
        ]
        hits.sort(key=lambda r: r.order)
        return hits

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        e = option.exposedRect
        exposed: Box = (e.left(), e.top(), e.right(), e.bottom())
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(p.worldTransform())
        if lod < self.far_below:
            with paused_gc():  # (cutting routes by tiles allocates; see `perf.paused_gc`)
                self._paint_far(p, exposed_boxes(self, option))
            alone = [self._routes[i] for i in self._selected | self._live if i in self._routes]
            routes = [r for r in alone if any(meets(b, exposed) for b in r.boxes)]
            routes.sort(key=lambda r: r.order)
        else:
            routes = self.routes_in(exposed)
        if not routes:
            return
        labels = lod >= self.label_from
        clip = grow(exposed, PAD)
        theme, selected = self.theme, self._selected
        s = painting.prepare(p, theme.typeface)
        pixel = 1 / max(lod, 1e-6)
        labelled = []
        dimmed, emphasis = self._dimmed, self._emphasis
        # emphasised and selected routes last: on top of any route sharing their corridor
        routes.sort(key=lambda r: (r.conn.id in selected, r.conn.id in emphasis))
        for route in routes:
            conn = route.conn
            chosen = conn.id in selected
            faint = conn.id in dimmed
            if faint:
                p.setOpacity(DIMMED)
            elif conn.id in emphasis:
                halo = Stroke(EMPHASIS, HALO_WIDTH, 0.6, cap="round", join="round")
                s.path(drawing.route_path(conn.points, theme.route_radius), None, halo)
            box = route.box
            inside = box[0] >= clip[0] and box[2] <= clip[2]
            inside = inside and box[1] >= clip[1] and box[3] <= clip[3]
            pieces = route.pieces if conn.loops_back else None
            drawing.draw_route_line(s, conn, theme, chosen, None if inside else clip, pixel, pieces)
            if meets(route.arrow_box, exposed):
                drawing.draw_arrow_head(s, conn, theme, chosen)
            if faint:
                p.setOpacity(1.0)
            if labels and route.label_box is not None and meets(route.label_box, exposed):
                labelled.append((conn, chosen, faint))
        for conn, chosen, faint in labelled:  # over every line, as in the PNG and the PDF
            if faint:
                p.setOpacity(DIMMED)
            drawing.draw_connection_label(s, conn, theme, chosen)
            if faint:
                p.setOpacity(1.0)

    def _paint_far(self, p: QPainter, boxes: list[Box]) -> None:
        """Every route that is not selected nor dragged, by tiles (see the module)."""
        t = self.theme
        keys: dict[tuple[int, int], None] = {}
        for left, top, right, bottom in boxes:
            # (a line drawn in a tile reaches a pen's width and an arrowhead beyond it)
            for i in range(int((left - ARROW) // TILE), int((right + ARROW) // TILE) + 1):
                for j in range(int((top - ARROW) // TILE), int((bottom + ARROW) // TILE) + 1):
                    keys[(i, j)] = None
        tiles = []
        alone = self._selected | self._live
        tile_routes = self._tile_routes
        if tile_routes is None:
            tile_routes = self._tile_routes = {}
            for route in self._routes.values():
                if route.conn.id not in self._live:
                    for key in route_tiles(route):
                        tile_routes.setdefault(key, set()).add(route.conn.id)
        for key in keys:
            members = tile_routes.get(key)
            if not members:
                continue
            tile = self._tiles.get(key)
            if tile is None:
                tile = self._older_tiles.get(key)
                if tile is None or not tile.serves(members, alone, self._routes):
                    routes = sorted(
                        (self._routes[i] for i in members if i not in alone),
                        key=lambda r: r.order,
                    )
                    tile = Tile(key, routes, t)
                self._tiles[key] = tile
            tiles.append(tile)
        if not tiles:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        # one call for each kind of line (a call per tile cost more than its drawing)
        solid: list[QLineF] = []
        dashed: list[QLineF] = []
        for tile in tiles:
            solid += tile.solid
            dashed += tile.dashed
        if solid:
            p.setPen(painting.pen(drawing.connection_stroke(t, False, False)))
            p.drawLines(solid)
        if dashed:
            p.setPen(painting.pen(drawing.connection_stroke(t, True, False)))
            p.drawLines(dashed)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(painting.qcolour(t.connection))
        for tile in tiles:
            if not tile.arrows.isEmpty():
                p.drawPath(tile.arrows)
