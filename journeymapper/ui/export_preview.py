"""The export dialog's preview: the pages an export will produce, one at a time, filling
its pane, zoomed with the wheel, Fit and 100 %, paged with the arrows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPicture, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..layout.theme import DEFAULT_THEME

MIN_ZOOM, MAX_ZOOM = 0.01, 16.0


@dataclass(frozen=True)
class PagePreview:
    """One page of an export as the preview draws it (sizes in points)."""

    width: float
    height: float
    placement: Any
    area: Any = None
    tile: Any = None
    overview: bool = False
    tiles: Any = ()
    caption: str = ""
    #: the page's own drawing (page points), or a function that records it when the page
    #: is first shown; drawn instead of the map (a report's cover, a stage handout...)
    picture: Any = None
    #: what the page counter says of it instead of "Page 1 of 1" ("Slide 3 of 21")
    label: str = ""


class _PageItem(QGraphicsItem):
    """The page on the preview's scene: paper, then the map's recorded drawing."""

    def __init__(self, page: PagePreview, picture: QPicture, transparent: bool) -> None:
        super().__init__()
        self.page = page
        self.picture = picture
        self.transparent = transparent

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.page.width, self.page.height)

    def paint(self, p: QPainter, _option: Any, _widget: Any = None) -> None:
        page = self.page
        p.fillRect(
            self.boundingRect(),
            QColor(DEFAULT_THEME.paper) if not self.transparent else QColor(0, 0, 0, 0),
        )
        own = page.picture() if callable(page.picture) else page.picture
        if own is not None:
            p.drawPicture(0, 0, own)
            pen = QPen(QColor(DEFAULT_THEME.preview_frame), 1)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawRect(self.boundingRect())
            return
        p.save()
        if page.area is not None:
            p.setClipRect(QRectF(page.area.x, page.area.y, page.area.w, page.area.h))
        p.translate(page.placement.ox, page.placement.oy)
        p.scale(page.placement.scale, page.placement.scale)
        p.drawPicture(0, 0, self.picture)
        if page.overview and page.tiles:
            pen = QPen(QColor(DEFAULT_THEME.tile_grid), 2)
            pen.setCosmetic(True)
            p.setPen(pen)
            for t in page.tiles:
                p.drawRect(QRectF(t.view.x, t.view.y, t.view.w, t.view.h))
        p.restore()
        pen = QPen(QColor(DEFAULT_THEME.preview_frame), 1)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.drawRect(self.boundingRect())


class _ZoomView(QGraphicsView):
    """Zooms with the mouse wheel around the pointer."""

    zoomed = Signal()

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor(DEFAULT_THEME.preview_backdrop))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())
        self.zoomed.emit()


class PreviewArea(QWidget):
    """The pages the export will produce, one at a time: it fills its pane, zooms (wheel,
    Fit, 100 %) and pages through the pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[PagePreview] = []
        self.picture: QPicture | None = None
        self.transparent = False
        self.index = 0
        self._fit = True
        self.scene = QGraphicsScene(self)
        self.view = _ZoomView(self.scene)
        self.view.zoomed.connect(self._zoomed_by_hand)
        bar = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(tr("export", "Previous page"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(tr("export", "Next page"))
        self.page_label = QLabel()
        self.fit_button = QToolButton()
        self.fit_button.setText(tr("export", "Fit"))
        self.fit_button.setToolTip(tr("export", "The whole page in the preview"))
        self.actual_button = QToolButton()
        self.actual_button.setText(tr("export", "100 %"))
        self.actual_button.setToolTip(tr("export", "The page at its printed size"))
        self.zoom_label = QLabel()
        self.prev_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.fit_button.clicked.connect(self.fit)
        self.actual_button.clicked.connect(self.actual_size)
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_label, self.fit_button, self.actual_button):
            bar.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        self._update_controls()

    def set_pages(
        self, pages: list[PagePreview], picture: QPicture | None, transparent: bool
    ) -> None:
        self.pages = pages
        self.picture = picture
        self.transparent = transparent
        self.show_page(min(self.index, max(0, len(pages) - 1)))

    def page_count(self) -> int:
        return len(self.pages)

    def caption(self, index: int) -> str:
        return self.pages[index].caption

    def show_page(self, index: int) -> None:
        self.scene.clear()
        if not self.pages or self.picture is None:
            self.index = 0
            self._update_controls()
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[self.index]
        self.scene.addItem(_PageItem(page, self.picture, self.transparent))
        margin = max(page.width, page.height) * 0.02
        self.scene.setSceneRect(
            QRectF(-margin, -margin, page.width + 2 * margin, page.height + 2 * margin)
        )
        if self._fit:
            self.fit()
        self._update_controls()

    def fit(self) -> None:
        self._fit = True
        if self.pages:
            self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._update_controls()

    def actual_size(self) -> None:
        """100 %: one point of the page is one point on the screen."""
        self._fit = False
        k = self.logicalDpiX() / 72.0
        self.view.resetTransform()
        self.view.scale(k, k)
        self._update_controls()

    def zoom_percent(self) -> int:
        return round(self.view.zoom() / (self.logicalDpiX() / 72.0) * 100)

    def _zoomed_by_hand(self) -> None:
        self._fit = False
        self._update_controls()

    def _update_controls(self) -> None:
        n = len(self.pages)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < n - 1)
        caption = self.pages[self.index].caption if n else ""
        text = tr("export", "Page {0} of {1}").format(self.index + 1, n) if n else ""
        text = (self.pages[self.index].label or text) if n else text
        self.page_label.setText(f"{text} · {caption}" if caption else text)
        self.zoom_label.setText(tr("export", "{0} %").format(self.zoom_percent()) if n else "")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit:
            QTimer.singleShot(0, self.fit)
