"""The one geometry of a journey map: every position, wrapped line and curve point.

`compute_layout` turns a `JourneyMap` and a font-metrics object into a `MapLayout`. The
canvas, the PDF and the PNG all draw from it, so what is on screen is what is on paper.
It puts together the parts laid out by the other modules of this package:

* `grid`: the title, the stage headers (columns) and the lane headers (rows);
* `cards`: each card's box and wrapped text, stacked in its cell;
* `curves`: the scales and curves of emotion lanes;
* `routing`: the connections' routes along the corridors, and their labels;
* `cache`: what a layout keeps for the next one of the same document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from ..model import Card, JourneyMap, LaneKind
from ..model.assets import ImageError, decode_base64, image_info
from .brand import branded_theme, typeface_metrics
from .brand import title_block as branded_title_block
from .cache import LayoutCache, RowEntry
from .cards import card_box, lay_cell
from .curves import emotion_curves, emotion_scale
from .geometry import CardBox, EmotionScale, ImageRef, LaneBox, MapLayout, Rect, StageBox
from .grid import (
    base_lane_height,
    header_height,
    lane_head,
    place_lane,
    place_stage,
    stage_head,
)
from .text import CachedMetrics, FontMetrics
from .theme import DEFAULT_THEME, Theme, map_words


def compute_layout(
    doc: JourneyMap,
    metrics: FontMetrics,
    theme: Theme = DEFAULT_THEME,
    cache: LayoutCache | None = None,
    source_numbers: Mapping[str, tuple[int, ...]] | None = None,
) -> MapLayout:
    """Lay out the whole map (``cache``: reuse the boxes of unchanged cards and, when no
    card moved, the routes; the result is the same as without it). ``source_numbers``:
    the numbers of each card's sources on a PDF's sources page (card id → numbers), which
    its evidence badge then lists."""
    t = branded_theme(theme, doc.brand)
    metrics = typeface_metrics(metrics, t.typeface)
    m = metrics if isinstance(metrics, CachedMetrics) else CachedMetrics(metrics)
    keep = cache if cache is not None else LayoutCache()
    keep.keep_look((t, metrics))
    words = map_words(doc.locale)
    images = card_images(doc)
    numbers = source_numbers or {}
    stage_widths = [s.width or t.stage_width for s in doc.stages]
    grid_x = t.margin + t.lane_header_width
    grid_w = sum(stage_widths)
    total_w = grid_x + grid_w + t.margin

    title, subtitle, header_y, marks = branded_title_block(doc, total_w, m, t, images)

    heads = []
    x = grid_x
    for s, w in zip(doc.stages, stage_widths, strict=True):
        heads.append(
            keep.memo(
                "head", s.id, (s, x, w, m, t), lambda s=s, x=x, w=w: stage_head(s, x, w, m, t)
            )
        )
        x += w
    header_h = header_height(heads, t)
    grid_y = header_y + header_h

    # Lanes: each grows to fit its tallest cell (and its header text).
    cells = keep.group(doc.cards)
    columns = [(s.id, sh.x, sh.width) for s, sh in zip(doc.stages, heads, strict=True)]
    keep.begin_layout((m, t, images, numbers, columns))
    lanes: list[LaneBox] = []
    cards: dict[str, CardBox] = {}
    cell_ids: dict[tuple[str, str], list[str]] = {}
    scales: dict[str, EmotionScale] = {}
    no_cards: list[Card] = []
    pad, gap = t.cell_pad, t.card_gap
    y = grid_y
    for li, lane in enumerate(doc.lanes):
        kind = lane.kind
        head = lane_head(doc, lane, m, t, words)
        lane_h = max(base_lane_height(lane, t), head.height)
        if kind != LaneKind.EMOTION:
            row = keep.row(lane, y, words)
            if row is None:
                row = keep.older_row(
                    lane,
                    y,
                    words,
                    lambda row, lane=lane, kind=kind, y=y: _row_fits(
                        row, lane.id, kind, cells, columns, y + pad, pad, words
                    ),
                )
            if row is None:
                row = RowEntry(lane, y, words, lane_h, {}, {}, {}, {})
                for s, sh in zip(doc.stages, heads, strict=True):
                    key = (s.id, lane.id)
                    group = cells.get(key, no_cards)
                    width = sh.width - 2 * pad
                    x0, y0 = sh.x + pad, y + pad
                    cell = keep.cell(key, group, kind, width, words, x0, y0)
                    if cell is None:
                        place = _placer(keep, kind, width, words, m, t, images, numbers)
                        boxes, next_y = lay_cell(group, x0, y0, gap, place)
                        cell = keep.keep_cell(key, group, kind, width, words, x0, y0, boxes, next_y)
                    if cell.boxes:
                        row.cards.update(cell.by_id)
                        row.cell_ids[key] = cell.ids
                    row.cells[key] = cell
                    row.entries.update(cell.entries)
                    row.height = max(row.height, cell.next_y - gap + pad - y)
                keep.keep_row(row)
            cards.update(row.cards)
            cell_ids.update(row.cell_ids)
            lane_h = max(lane_h, row.height)
        row_rect = Rect(grid_x, y, grid_w, lane_h)
        lanes.append(
            keep.memo(
                "lane",
                lane.id,
                (lane, li, head, row_rect, m, t),
                lambda lane=lane, li=li, head=head, row_rect=row_rect: place_lane(
                    lane, li, head, row_rect, m, t
                ),
            )
        )
        if kind == LaneKind.EMOTION:
            scales[lane.id] = emotion_scale(lane.id, row_rect, t)
        y += lane_h
    grid_bottom = y
    keep.end_layout()

    stages: list[StageBox] = [
        keep.memo(
            "stage",
            s.id,
            (s, i, head, header_y, header_h, grid_bottom, t),
            lambda s=s, i=i, head=head: place_stage(s, i, head, header_y, header_h, grid_bottom, t),
        )
        for i, (s, head) in enumerate(zip(doc.stages, heads, strict=True))
    ]
    curves = emotion_curves(doc, stages, scales, t)
    return MapLayout(
        cell_cards={
            key: cell_ids[key] if key in cell_ids else [c.id for c in group]
            for key, group in cells.items()
        },
        width=total_w,
        height=grid_bottom + t.margin,
        theme=t,
        title=title,
        subtitle=subtitle,
        grid=Rect(grid_x, grid_y, grid_w, grid_bottom - grid_y),
        corner=Rect(t.margin, header_y, t.lane_header_width, header_h),
        stages=stages,
        lanes=lanes,
        cards=cards,
        scales=scales,
        curves=curves,
        notes=keep.notes(doc, curves, stages, lanes, m, t),
        connections=keep.routes(doc.connections, cards, stages, lanes, m, t),
        brand=marks,
    )


def _row_fits(
    row: RowEntry,
    lane_id: str,
    kind: LaneKind,
    cells: Mapping[tuple[str, str], list[Card]],
    columns: list[tuple[str, float, float]],
    y: float,
    pad: float,
    words: dict[str, str],
) -> bool:
    """Whether each cell of a lane kept from before holds the cards of the document's cell,
    at the same place (the columns of ``columns``, the first card at ``y``)."""
    kept = row.cells
    if len(kept) != len(columns):
        return False
    no_cards: list[Card] = []
    for stage_id, x, width in columns:
        key = (stage_id, lane_id)
        cell = kept.get(key)
        if cell is None or not cell.fits(
            cells.get(key, no_cards), kind, width - 2 * pad, words, x + pad, y
        ):
            return False
    return True


def _placer(
    keep: LayoutCache,
    kind: LaneKind,
    width: float,
    words: dict[str, str],
    m: FontMetrics,
    t: Theme,
    images: Mapping[str, ImageRef],
    numbers: Mapping[str, tuple[int, ...]],
) -> Callable[[Card, float, float], CardBox]:
    """Places the cards of one cell: the cached box of an unchanged card, else a new one."""

    def place(card: Card, x: float, y: float) -> CardBox:
        image = images.get(card.image) if card.image else None
        nums = numbers.get(card.id)
        return keep.place_card(
            card,
            kind,
            width,
            words,
            x,
            y,
            lambda: card_box(card, kind, width, m, t, words, image, nums),
            (image, nums) if image is not None or nums else (),
        )

    return place


@lru_cache(maxsize=256)
def image_ref(asset_id: str, media_type: str, data: str) -> ImageRef | None:
    """What the drawing needs of an asset (its size read from its header once; the
    same string again is a cache hit), or None when its bytes are not an image."""
    try:
        info = image_info(decode_base64(data))
    except ImageError:
        return None
    if info.width <= 0 or info.height <= 0:
        return None
    return ImageRef(f"{asset_id}:{hash(data):x}", media_type, info.width, info.height, data)


def card_images(doc: JourneyMap) -> dict[str, ImageRef]:
    """The usable images of a document by asset id (an asset that is no image is left
    out: its card is drawn without it)."""
    out: dict[str, ImageRef] = {}
    for asset in doc.assets:
        ref = image_ref(asset.id, asset.media_type, asset.data)
        if ref is not None:
            out[asset.id] = ref
    return out
