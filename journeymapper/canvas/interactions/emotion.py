"""Emotion gestures: drag a point up or down (whole steps; Shift: tenths), with its curve
redrawn live through it; a click on an empty stage slot of a curve adds a point."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...editing import edits
from ...editing.kinds import PartKind
from ...editing.placement import free_persona
from ...layout import Curve, smooth_segments
from .base import Host, Interaction

SCORE_MIN, SCORE_MAX = -5.0, 5.0


class DragEmotionPoint(Interaction):
    def __init__(self, host: Host, point_id: str) -> None:
        super().__init__(host)
        self.point_id = point_id
        layout = host.layout
        self.curve = next(c for c in layout.curves if any(p.id == point_id for p in c.points))
        self.point = next(p for p in self.curve.points if p.id == point_id)
        self.scale = layout.scales[self.curve.lane]
        self.score = self.point.score
        #: the dragged point's curve as drawn while it moves, by (lane, persona)
        self.curve_preview: dict[tuple[str, str | None], Curve] = {}

    def snap(self, y: float, fine: bool) -> tuple[float, float]:
        """The score under ``y`` (whole steps, or tenths) and its y."""
        step = 0.1 if fine else 1.0
        score = round(max(SCORE_MIN, min(SCORE_MAX, self.scale.score_at(y))) / step) * step
        score = round(score, 1)
        return score, self.scale.y_of(score)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.score, y = self.snap(event.scenePos().y(), fine)
        item = self.host.item_for(PartKind.EMOTION, self.point_id)
        if item is not None:
            item.setPos(self.point.x, y)
        self.host.overlay.show_score(QPointF(self.point.x, y), self.score)
        self.preview(y)

    def preview(self, y: float) -> None:
        curve, point_id = self.curve, self.point_id
        points = tuple(replace(pt, y=y) if pt.id == point_id else pt for pt in curve.points)
        segments = smooth_segments([(pt.x, pt.y) for pt in points])
        self.curve_preview[(curve.lane, curve.persona)] = replace(
            curve, points=points, segments=segments
        )
        lane_item = self.host.curve_lane(curve.lane)
        if lane_item is not None:
            # only the two segments next to the point change
            i = next(k for k, pt in enumerate(points) if pt.id == point_id)
            x0 = points[max(0, i - 1)].x
            x1 = points[min(len(points) - 1, i + 1)].x
            rect = lane_item.boundingRect()
            lane_item.update(QRectF(x0 - 8, rect.y(), x1 - x0 + 16, rect.height()))

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        host, point_id, score = self.host, self.point_id, self.score
        changed = score != self.point.score
        self.end()
        if changed:
            host.push(
                lambda: edits.update_part(host.session.doc, PartKind.EMOTION, point_id, score=score)
            )

    def cleanup(self) -> None:
        super().cleanup()
        if self.curve_preview:
            self.curve_preview.clear()
            lane_item = self.host.curve_lane(self.curve.lane)
            if lane_item is not None:
                lane_item.update()
        item = self.host.item_for(PartKind.EMOTION, self.point_id)
        if item is not None and item.pos() != QPointF(self.point.x, self.point.y):
            item.setPos(self.point.x, self.point.y)  # the sync moves it if the score changed


def add_point_at(host: Host, lane_id: str, pos: QPointF) -> bool:
    """A click (or a drop) on an emotion lane: a point there, if that stage has a slot
    free (one per persona). True if a point was added."""
    layout = host.layout
    si = layout.stage_index_at(pos.x())
    if si is None:
        return False
    doc = host.session.doc
    stage_id = doc.stages[si].id
    room, persona = free_persona(doc, lane_id, stage_id)
    if not room:
        return False
    scale = layout.scales[lane_id]
    score = round(max(SCORE_MIN, min(SCORE_MAX, scale.score_at(pos.y()))))
    return host.push(lambda: edits.add_emotion(doc, lane_id, stage_id, score, persona))
