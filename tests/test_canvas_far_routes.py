"""Far away, a route that changes repaints only where it looks different: the far-away
layer draws a route as its legs cut by tiles, so a long leg whose far end moved (an undo
that makes a lane shorter moves every card below it) keeps its parts in the tiles before
that end, and their pixels. What the layer repaints must still cover every pixel that
changed, solid and dashed, whichever end moved."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journeymapper.canvas.connections import ConnectionLayer
from journeymapper.canvas.far import FAR_BELOW
from journeymapper.canvas.route_tiles import TILE
from journeymapper.layout import DEFAULT_THEME, ConnectionPath

SIZE = 4096.0  # the scene drawn, in scene units
PIXELS = 256  # ... into this many pixels: a zoom of 1/16, far away


def _conn(conn_id: str, points: list[tuple[float, float]], dashed: bool) -> ConnectionPath:
    return ConnectionPath(conn_id, "a", "b", tuple(points), None, None, dashed)


def _routes(bottom: float) -> list[ConnectionPath]:
    """Routes from the top of the map to a lane whose top is at ``bottom``: into it (the
    target moved), out of it (the source moved), dashed and solid, and one that stays."""
    return [
        _conn("down", [(300, 120), (300, bottom), (1500, bottom)], dashed=False),
        _conn("up", [(2200, bottom), (2200, 140), (2900, 140)], dashed=True),
        _conn("down-dashed", [(3500, 200), (3500, bottom + 40), (3800, bottom + 40)], True),
        _conn("stays", [(600, 300), (1800, 300), (1800, 900)], dashed=False),
    ]


def _layer(far: bool) -> tuple[QGraphicsScene, ConnectionLayer, list[QRectF]]:
    scene = QGraphicsScene()
    layer = ConnectionLayer()
    layer.far_below = FAR_BELOW
    layer.far = far
    scene.addItem(layer)
    layer.set_routes(_routes(3400), DEFAULT_THEME)
    layer.set_rect(QRectF(0, 0, SIZE, SIZE))
    repainted: list[QRectF] = []

    def update(*rect: float) -> None:  # what the layer asks Qt to repaint
        repainted.append(QRectF(*rect) if rect else layer.boundingRect())

    layer.update = update  # type: ignore[method-assign]
    return scene, layer, repainted


def _picture(scene: QGraphicsScene) -> QImage:
    image = QImage(PIXELS, PIXELS, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(p, QRectF(0, 0, PIXELS, PIXELS), QRectF(0, 0, SIZE, SIZE))
    p.end()
    return image


def _changed_pixels(a: QImage, b: QImage) -> list[tuple[int, int]]:
    return [(x, y) for y in range(PIXELS) for x in range(PIXELS) if a.pixel(x, y) != b.pixel(x, y)]


def _covered(x: int, y: int, rects: list[QRectF]) -> bool:
    k = PIXELS / SIZE
    return any(
        r.left() * k - 1 <= x + 0.5 <= r.right() * k + 1
        and r.top() * k - 1 <= y + 0.5 <= r.bottom() * k + 1
        for r in rects
    )


def test_far_away_a_route_repaints_only_the_tiles_where_it_changed(qtbot) -> None:
    scene, layer, repainted = _layer(far=True)
    before = _picture(scene)
    for bottom in (2700.0, 3400.0):  # the lane moves up (an undo), then back (a redo)
        repainted.clear()
        layer.set_routes(_routes(bottom), DEFAULT_THEME)
        after = _picture(scene)
        changed = _changed_pixels(before, after)
        assert len(changed) > 100  # (the routes did move)
        # every pixel that changed is repainted ...
        assert [xy for xy in changed if not _covered(*xy, repainted)] == []
        # ... and the long legs' parts in the tiles above the moved end are not: they
        # look the same, in either direction, solid or dashed
        top = min(r.top() for r in repainted)
        assert top >= 2 * TILE - 16, top  # (the legs end in the tile starting at 2 × TILE)
        before = after


def test_near_a_moved_route_repaints_its_changed_pieces_whole(qtbot) -> None:
    """Near, a dashed run is drawn from its start: a run whose start moved changes
    everywhere, and is repainted whole."""
    _scene, layer, repainted = _layer(far=False)  # (the scene keeps the layer)
    layer.set_routes(_routes(2700), DEFAULT_THEME)
    assert min(r.top() for r in repainted) < 200  # ("up" starts at its moved end)


def test_far_away_undo_and_redo_draw_what_a_new_layer_draws(qtbot) -> None:
    """An undo or a redo brings back the very routes from before, and the layer reuses what
    it kept of them (their drawings by tiles, the tiles they left and entered): the picture
    must be the one a new layer draws, as the routes move between tiles and back."""
    scene, layer, _ = _layer(far=True)
    _picture(scene)  # (the tiles are worked out at the first far-away paint)
    shorter, longer, longest = _routes(2700), _routes(3400), _routes(3900)
    for routes in (shorter, longer, shorter, longer, longest, longer, longest, shorter):
        layer.set_routes(routes, DEFAULT_THEME)
        fresh_scene, fresh, _ = _layer(far=True)
        fresh.set_routes(routes, DEFAULT_THEME)
        assert _picture(scene) == _picture(fresh_scene)


def test_far_away_a_selected_dashed_route_whose_start_moved_is_repainted_where_it_changed(
    qtbot,
) -> None:
    """Far away, a selected route (or one following a drag) is drawn alone and whole, not
    by tiles: a dashed one's dashes start at its source, so a moved source shifts them
    along the whole route, and all of it is repainted."""
    scene, layer, repainted = _layer(far=True)
    _picture(scene)
    layer.set_selected("up", True)  # (dashed; its source is at the moved end)
    before = _picture(scene)
    repainted.clear()
    layer.set_routes(_routes(2700.0), DEFAULT_THEME)
    after = _picture(scene)
    changed = _changed_pixels(before, after)
    assert len(changed) > 100
    assert [xy for xy in changed if not _covered(*xy, repainted)] == []
