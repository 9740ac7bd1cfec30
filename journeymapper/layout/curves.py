"""Emotion lanes: the scale from -5 to +5 and the curves through the scores, one per
(lane, persona), their points at the stage centres."""

from __future__ import annotations

from ..model import JourneyMap, LaneKind
from .geometry import (
    Curve,
    CurvePoint,
    EmotionNote,
    EmotionScale,
    LaneBox,
    Rect,
    StageBox,
    TextBlock,
)
from .text import FontMetrics, wrap
from .theme import Theme, persona_colour

#: The words of an emotion scale, by score (on the map and on a persona's PDF page).
SCALE_LABELS = {5: "+5", 0: "0", -5: "−5"}


def emotion_scale(lane_id: str, row: Rect, t: Theme) -> EmotionScale:
    """The scale of an emotion lane whose row is ``row``, with its +5 / 0 / −5 labels."""
    top, bottom = row.y + t.cell_pad + 10, row.bottom - t.cell_pad - 10
    lh = t.curve_label_size * t.line_spacing
    labels = tuple(
        TextBlock(row.x + 6, yy - lh / 2, (text,), t.curve_label_size, False, t.muted_ink, lh)
        for text, yy in (
            (SCALE_LABELS[5], top),
            (SCALE_LABELS[0], (top + bottom) / 2),
            (SCALE_LABELS[-5], bottom),
        )
    )
    return EmotionScale(lane_id, top, bottom, row.x, row.right, labels)


def emotion_curves(
    doc: JourneyMap, stages: list[StageBox], scales: dict[str, EmotionScale], t: Theme
) -> list[Curve]:
    """One curve per (emotion lane, persona) with scores, lanes and personas in order."""
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    personas_idx = {p.id: i for i, p in enumerate(doc.personas)}
    groups: dict[tuple[str, str | None], list] = {}
    for e in doc.emotions:
        if e.lane in scales and e.stage in stage_index:
            groups.setdefault((e.lane, e.persona), []).append(e)
    curves: list[Curve] = []
    for lane in doc.lanes:
        if lane.id not in scales:
            continue
        scale = scales[lane.id]
        keys = [(lane.id, p.id) for p in doc.personas] + [(lane.id, None)]
        for key in keys:
            pts = groups.get(key)
            if not pts:
                continue
            pts = sorted(pts, key=lambda e: stage_index[e.stage])
            cps = tuple(
                CurvePoint(
                    e.id,
                    e.stage,
                    stages[stage_index[e.stage]].column.cx,
                    scale.y_of(e.score),
                    e.score,
                )
                for e in pts
            )
            pid = key[1]
            colour = (
                persona_colour(personas_idx[pid], doc.personas[personas_idx[pid]].color, t.palette)
                if pid is not None
                else t.ink
            )
            curves.append(
                Curve(lane.id, pid, colour, cps, smooth_segments([(p.x, p.y) for p in cps]))
            )
    return curves


def smooth_segments(
    pts: list[tuple[float, float]],
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Fritsch–Carlson monotone cubic through ``pts`` (sorted by x) as Bézier segments.

    A monotone curve never overshoots its points, so it never leaves the lane.
    """
    n = len(pts)
    if n < 2:
        return ()
    dx = [pts[i + 1][0] - pts[i][0] for i in range(n - 1)]
    slope = [(pts[i + 1][1] - pts[i][1]) / dx[i] if dx[i] else 0.0 for i in range(n - 1)]
    tangent = [0.0] * n
    tangent[0], tangent[-1] = slope[0], slope[-1]
    for i in range(1, n - 1):
        if slope[i - 1] * slope[i] <= 0:
            tangent[i] = 0.0
        else:
            w1 = 2 * dx[i] + dx[i - 1]
            w2 = dx[i] + 2 * dx[i - 1]
            tangent[i] = (w1 + w2) / (w1 / slope[i - 1] + w2 / slope[i])
    segments = []
    for i in range(n - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        h = dx[i] / 3
        segments.append(
            ((x0, y0), (x0 + h, y0 + tangent[i] * h), (x1 - h, y1 - tangent[i + 1] * h), (x1, y1))
        )
    return tuple(segments)


# -- emotion-point notes ----------------------------------------------------------------


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _curve_samples(curve: Curve, steps: int = 12) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for (x0, y0), (ax, ay), (bx, by), (x1, y1) in curve.segments:
        for i in range(steps + 1):
            u = i / steps
            v = 1 - u
            out.append(
                (
                    v * v * v * x0 + 3 * v * v * u * ax + 3 * v * u * u * bx + u * u * u * x1,
                    v * v * v * y0 + 3 * v * v * u * ay + 3 * v * u * u * by + u * u * u * y1,
                )
            )
    return out


def _note_plate(
    x: float, y: float, lines: tuple[str, ...], m: FontMetrics, t: Theme
) -> tuple[Rect, TextBlock]:
    lh = t.note_size * t.line_spacing
    width = max(m.width(line, t.note_size, False) for line in lines)
    pad_x, pad_y = 6.0, 3.0
    w = width + 2 * pad_x + t.note_stripe_width
    h = len(lines) * lh + 2 * pad_y
    text = TextBlock(
        x + t.note_stripe_width + pad_x, y + pad_y, lines, t.note_size, False, t.ink, lh
    )
    return Rect(x, y, w, h), text


def emotion_notes(
    doc: JourneyMap,
    curves: list[Curve],
    stages: list[StageBox],
    lanes: list[LaneBox],
    m: FontMetrics,
    t: Theme,
) -> list[EmotionNote]:
    """The notes of emotion points, each on a plate above or below its point: the side
    (and a shift left or right) where it stays inside its lane, covers no point and no
    other note, and crosses the curves least. A long note is cut to `Theme.note_max_lines`
    lines ending with "…" (the whole note stays in the document); a note that finds no
    free place at all is left off the map rather than drawn over something."""
    notes_of = {e.id: e.note.strip() for e in doc.emotions if e.note and e.note.strip()}
    if not notes_of:
        return []
    column_w = {s.id: s.column.w for s in stages}
    out: list[EmotionNote] = []
    for lane in lanes:
        if lane.kind != LaneKind.EMOTION:
            continue
        in_lane = [c for c in curves if c.lane == lane.id]
        if not any(p.id in notes_of for c in in_lane for p in c.points):
            continue
        r = t.point_selected_radius + 2  # (a point, with room for its selection ring)
        points = [Rect(p.x - r, p.y - r, 2 * r, 2 * r) for c in in_lane for p in c.points]
        samples = [s for c in in_lane for s in _curve_samples(c)]
        row = lane.row
        top, bottom = row.y + 3, row.bottom - 3
        placed: list[Rect] = []
        for curve in in_lane:
            for p in curve.points:
                text = notes_of.get(p.id)
                if text is None:
                    continue
                max_w = min(t.note_max_width, column_w.get(p.stage, t.note_max_width) - 16)
                best: tuple[float, Rect, TextBlock, bool] | None = None
                # (only what lies within a note's reach of the point can be in its way)
                reach = max_w + 2 * t.note_stripe_width + 40
                near_samples = [q for q in samples if abs(q[0] - p.x) <= reach]
                near = [o for o in placed + points if abs(o.cx - p.x) <= reach + o.w]
                for max_lines in range(t.note_max_lines, 0, -1):
                    lines = tuple(wrap(text, max_w, m, t.note_size, False, max_lines))
                    if not lines:
                        break
                    size = _note_plate(0, 0, lines, m, t)[0]
                    w, h = size.w, size.h
                    for above in (True, False):
                        y = p.y - t.note_gap - h if above else p.y + t.note_gap
                        for x in (p.x - w / 2, p.x - w + 12, p.x - 12):
                            x = min(max(x, row.x + 28), row.right - w - 4)
                            rect = Rect(x, y, w, h)
                            if rect.y < top or rect.bottom > bottom:
                                continue
                            if any(_overlaps(rect, o) for o in near):
                                continue
                            crossed = sum(1 for sx, sy in near_samples if rect.contains(sx, sy))
                            score = crossed + abs(rect.cx - p.x) / 50 + (0 if above else 0.5)
                            if best is None or score < best[0]:
                                plate, block = _note_plate(x, y, lines, m, t)
                                best = (score, plate, block, above)
                    if best is not None:
                        break
                if best is None:
                    continue
                _, plate, block, above = best
                placed.append(plate)
                out.append(EmotionNote(p.id, curve.colour, plate, block, above))
    return out
