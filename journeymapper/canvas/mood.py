"""Stages coloured by their average emotion, on the canvas (issue 16; the Insights dock's
toggle). On screen only: the document and the exports are not touched.

The averages and the colour scale are `journeymapper.analysis.moods` (no Qt); this module
paints them: each stage header takes the colour of its average and shows the average as a
number on a small plate (so nothing depends on colour alone), its column gets a light wash
of the same colour, and a legend sits in the empty corner above the lane headers. The
averages are worked out again after every change of the map (a few hundred points at most:
no need to wait for the dock's background run).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..analysis.moods import HIGH, LOW, NEUTRAL, StageMood, mood_colour, mood_label, stage_moods
from ..editing.kinds import PartKind
from ..i18n import tr
from ..layout import MapLayout, Rect, Theme
from ..layout.geometry import StageBox
from ..layout.theme import mix
from ..render.drawing import Fill, Stroke
from ..render.fonts import base_font
from ..render.surface import Surface

if TYPE_CHECKING:
    from .scene import MapScene

#: how much of the header's own fill gives way to the average's colour
HEADER_MIX = 0.8
#: the wash over a stage's column
COLUMN_ALPHA = 0.22
#: the plate with the average on the header
PLATE_SIZE = 13.0
PLATE_PAD = 6.0


class StageTint:
    """Whether the stages are coloured, for whom, and their averages (one per scene)."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.active = False
        self.persona: str | None = None  # None: every persona
        self.persona_name: str | None = None
        self.moods: dict[str, StageMood] = {}
        self.legend = MoodLegend(self)
        self.legend.hide()
        scene.addItem(self.legend)
        scene.relaid.connect(self._relaid)

    def set(self, active: bool, persona: str | None = None, persona_name: str | None = None):
        """Colour the stages (``active``) by the average of ``persona`` (None: everyone)."""
        self.active, self.persona, self.persona_name = active, persona, persona_name
        self._refresh(force=True)

    def average(self, stage_id: str) -> float | None:
        mood = self.moods.get(stage_id) if self.active else None
        return mood.average if mood is not None else None

    def _relaid(self) -> None:
        if self.active:
            self._refresh()

    def _refresh(self, force: bool = False) -> None:
        scene = self.scene
        doc = scene.session.doc
        if self.persona is not None and all(p.id != self.persona for p in doc.personas):
            self.persona, self.persona_name = None, None  # the persona was deleted
        moods = stage_moods(doc, self.persona) if self.active else {}
        if moods == self.moods and not force:
            self._place_legend()
            return
        self.moods = moods
        for box in scene.layout.stages:
            it = scene.items_by_id.get((PartKind.STAGE, box.id))
            if it is not None:
                it.update()
        scene.background.update()
        self._place_legend()

    def _place_legend(self) -> None:
        layout = self.scene.layout
        if not self.active or not layout.stages or not layout.lanes:
            self.legend.hide()
            return
        lane = layout.lanes[0].rect
        stage = layout.stages[0].rect
        self.legend.set_rect(QRectF(lane.x, stage.y, lane.w - 4, stage.h - 4))
        self.legend.show()
        self.legend.update()

    # -- painting (called by the stage headers and the background) -------------------------------

    def header_box(self, box: StageBox) -> StageBox:
        """The header as drawn: its fill moved towards its average's colour."""
        average = self.average(box.id)
        if average is None:
            return box
        return replace(box, fill=mix(box.fill, mood_colour(average), HEADER_MIX))

    def paint_plate(self, s: Surface, box: StageBox, theme: Theme) -> None:
        """The average as a number on a white plate in the header's top right corner (the
        bottom right when the stage's name runs under it)."""
        if not self.active:
            return
        average = self.average(box.id)
        text = mood_label(average)
        metrics = self.scene.metrics
        w = metrics.width(text, PLATE_SIZE, True) + 2 * PLATE_PAD
        h = PLATE_SIZE * 1.5
        r = box.rect
        x, y = r.right - 8 - w, r.y + 7
        name = box.name
        if name.lines and name.x + metrics.width(name.lines[0], name.size, name.bold) + 6 > x:
            y = r.bottom - 4 - 7 - h
        plate = Rect(x, y, w, h)
        edge = theme.grid_line if average is None else mood_colour(average)
        edge = mix(edge, theme.ink, 0.25)
        s.rounded_rect(plate, h / 2, Fill(theme.paper), Stroke(edge, 1.5))
        ink = theme.muted_ink if average is None else theme.ink
        baseline = y + h / 2 + PLATE_SIZE * 0.36
        s.text(x + PLATE_PAD, [(baseline, text)], PLATE_SIZE, True, ink)

    def paint_columns(self, s: Surface, layout: MapLayout) -> None:
        """A light wash of each stage's colour over its column (empty cells show it)."""
        if not self.active:
            return
        grid = layout.grid
        for stage in layout.stages:
            average = self.average(stage.id)
            if average is not None:
                rect = Rect(stage.column.x, grid.y, stage.column.w, grid.h)
                s.rect(rect, Fill(mood_colour(average), COLUMN_ALPHA))


class MoodLegend(QGraphicsItem):
    """What the colours mean, in the corner above the lane headers."""

    def __init__(self, tint: StageTint) -> None:
        super().__init__()
        self.tint = tint
        self._rect = QRectF()
        self.setZValue(6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def title(self) -> str:
        who = self.tint.persona_name or tr("insights", "all personas")
        return tr("insights", "Average emotion, {0}").format(who)

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        if r.isEmpty():
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        theme = self.tint.scene.layout.theme
        pad = 10.0
        font = QFont(base_font(True))
        font.setPixelSize(12)
        p.setFont(font)
        p.setPen(QColor(theme.ink))
        title = QRectF(r.x() + pad, r.y() + pad, r.width() - 2 * pad, 34)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        p.drawText(title, int(flags), self.title())
        bar = QRectF(r.x() + pad, min(r.y() + pad + 38, r.bottom() - 30), r.width() - 2 * pad, 10)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0.0, QColor(LOW))
        gradient.setColorAt(0.5, QColor(NEUTRAL))
        gradient.setColorAt(1.0, QColor(HIGH))
        p.setPen(QPen(QColor(theme.grid_line), 1))
        p.setBrush(gradient)
        p.drawRoundedRect(bar, 3, 3)
        font.setBold(False)
        font.setPixelSize(11)
        p.setFont(font)
        p.setPen(QColor(theme.muted_ink))
        labels = QRectF(bar.x(), bar.bottom() + 2, bar.width(), 16)
        p.drawText(labels, int(Qt.AlignmentFlag.AlignLeft), "\u22125")
        p.drawText(labels, int(Qt.AlignmentFlag.AlignHCenter), "0")
        p.drawText(labels, int(Qt.AlignmentFlag.AlignRight), "+5")


__all__ = ["MoodLegend", "StageTint"]
