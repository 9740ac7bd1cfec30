"""Emotion lanes: the scale from -5 to +5 and the curves through the scores, one per
(lane, persona), their points at the stage centres."""

from __future__ import annotations

from ..model import JourneyMap
from .geometry import Curve, CurvePoint, EmotionScale, Rect, StageBox, TextBlock
from .theme import Theme, persona_colour


def emotion_scale(lane_id: str, row: Rect, t: Theme) -> EmotionScale:
    """The scale of an emotion lane whose row is ``row``, with its +5 / 0 / −5 labels."""
    top, bottom = row.y + t.cell_pad + 10, row.bottom - t.cell_pad - 10
    lh = t.curve_label_size * t.line_spacing
    labels = tuple(
        TextBlock(row.x + 6, yy - lh / 2, (text,), t.curve_label_size, False, t.muted_ink, lh)
        for text, yy in (("+5", top), ("0", (top + bottom) / 2), ("−5", bottom))
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
                persona_colour(personas_idx[pid], doc.personas[personas_idx[pid]].color)
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
