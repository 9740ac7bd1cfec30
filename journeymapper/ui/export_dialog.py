"""File → Export…: PDF or PNG, with a live preview of the pages, and the export itself
in a worker thread behind a progress dialog that can cancel it (the window never freezes).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPicture, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export import PAGE_SIZE_CHOICES, ExportError, ExportOptions, export_map, plan_export
from ..export.png import plan_png
from ..i18n import tr
from ..io import SaveError
from ..layout import MapLayout
from ..model import JourneyMap
from ..render import painting

MAX_PREVIEW_PAGES = 24
THUMB_HEIGHT = 220


class _Job(QObject):
    """Runs one export in a thread; reports through queued signals."""

    progress = Signal(int, int)
    finished = Signal(object)  # the path written, or None when cancelled
    failed = Signal(str)

    def __init__(self, doc: JourneyMap, path: str, options: ExportOptions) -> None:
        super().__init__()
        self.doc = doc
        self.path = path
        self.options = options
        self.cancelled = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = export_map(self.doc, self.path, self.options, self._progress)
        except (ExportError, SaveError) as exc:
            self.failed.emit(str(exc))
            return
        except MemoryError:
            self.failed.emit(
                tr(
                    "export",
                    "There is not enough memory for this export; "
                    "choose a smaller page or a lower resolution.",
                )
            )
            return
        self.finished.emit(result)


class PreviewArea(QWidget):
    """Thumbnails of the pages the export will produce."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_box = QHBoxLayout(self)
        self.layout_box.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.labels: list[QLabel] = []

    def show_pixmaps(self, pixmaps: list[tuple[QPixmap, str]]) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for pixmap, caption in pixmaps:
            box = QLabel()
            box.setPixmap(pixmap)
            box.setToolTip(caption)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout_box.addWidget(box)
            self.labels.append(box)


class ExportDialog(QDialog):
    def __init__(
        self, doc: JourneyMap, layout: MapLayout, default_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("export", "Export"))
        self.resize(1100, 560)
        self.doc = doc.model_copy(deep=True)  # edits made meanwhile do not change the export
        self.layout_ = layout
        self.default_name = default_name
        self.settings = QSettings("journeymapper", "journeymapper")
        self._picture: QPicture | None = None
        self.job: _Job | None = None
        self.thread: threading.Thread | None = None
        self.written: Path | None = None

        outer = QHBoxLayout(self)
        left = QWidget()
        form = QFormLayout(left)
        self.fmt = QComboBox()
        self.fmt.addItem(tr("export", "PDF poster (vector)"), "pdf")
        self.fmt.addItem(tr("export", "PNG image"), "png")
        form.addRow(tr("export", "Format"), self.fmt)
        self.page = QComboBox()
        for size in PAGE_SIZE_CHOICES:
            label = tr("export", "Fit to the map (one page)") if size == "fit" else size
            self.page.addItem(label, size)
        form.addRow(tr("export", "Page size"), self.page)
        self.orientation = QComboBox()
        self.orientation.addItem(tr("export", "Like the map"), None)
        self.orientation.addItem(tr("export", "Portrait"), "portrait")
        self.orientation.addItem(tr("export", "Landscape"), "landscape")
        form.addRow(tr("export", "Orientation"), self.orientation)
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 50)
        self.margin.setSuffix(" mm")
        self.margin.setValue(12)
        form.addRow(tr("export", "Margin"), self.margin)
        self.tile = QCheckBox(tr("export", "Poster tiles: several pages to tape together"))
        form.addRow(tr("export", "Tiling"), self.tile)
        self.personas = QCheckBox(tr("export", "A page for each persona"))
        self.sources = QCheckBox(tr("export", "A sources page (cards show their numbers)"))
        form.addRow(tr("export", "Extra pages"), self.personas)
        form.addRow("", self.sources)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        form.addRow(tr("export", "Resolution"), self.dpi)
        self.transparent = QCheckBox(tr("export", "Transparent background"))
        form.addRow("", self.transparent)
        self.author = QLineEdit(str(self.settings.value("export/author", "")))
        form.addRow(tr("export", "Author"), self.author)
        self.client = QLineEdit()
        form.addRow(tr("export", "Client"), self.client)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            tr("export", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file_and_export)
        form.addRow(buttons)
        left.setMinimumWidth(360)
        outer.addWidget(left)

        self.preview = PreviewArea()
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(620)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("export", "Preview")))
        right.addWidget(scroll)
        outer.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for w in (self.fmt, self.page, self.orientation):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.margin, self.dpi):
            w.valueChanged.connect(self._changed)
        for w in (self.tile, self.transparent):
            w.toggled.connect(self._changed)
        self._changed()

    # -- options and preview ----------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(
            fmt=self.fmt.currentData(),
            page_size=self.page.currentData(),
            orientation=self.orientation.currentData(),
            margin_mm=self.margin.value(),
            tile=self.tile.isChecked() and self.fmt.currentData() == "pdf",
            dpi=self.dpi.value(),
            transparent=self.transparent.isChecked(),
            author=self.author.text().strip() or None,
            client=self.client.text().strip() or None,
            personas=self.personas.isChecked() and self.fmt.currentData() == "pdf",
            sources=self.sources.isChecked() and self.fmt.currentData() == "pdf",
        )

    def _changed(self, *_args: Any) -> None:
        pdf = self.fmt.currentData() == "pdf"
        self.tile.setEnabled(pdf)
        self.personas.setEnabled(pdf)
        self.sources.setEnabled(pdf)
        self.author.setEnabled(pdf)
        self.client.setEnabled(pdf)
        self.dpi.setEnabled(not pdf)
        self.transparent.setEnabled(not pdf)
        self._timer.start()

    def map_picture(self) -> QPicture:
        """The map recorded once as vector drawing commands, replayed on every thumbnail."""
        if self._picture is None:
            picture = QPicture()
            p = QPainter(picture)
            painting.draw_map(p, self.layout_)
            p.end()
            self._picture = picture
        return self._picture

    def update_preview(self) -> None:
        o = self.options()
        try:
            if o.fmt == "pdf":
                plan = plan_export(
                    self.doc,
                    page_size=o.page_size,
                    orientation=o.orientation,
                    margin_mm=o.margin_mm,
                    tile=o.tile,
                    layout=self.layout_,
                )
                pages = [
                    (pg.width, pg.height, pg.placement, pg.area, pg.tile, pg.overview, pg.tiles)
                    for pg in plan.pages
                ]
                n = len(pages)
                size = "fit" if o.page_size == "fit" else o.page_size
                text = tr("export", "{0} page(s), {1}").format(n, size)
                if o.tile:
                    text += " · " + tr("export", "{0} × {1} tiles plus an overview page").format(
                        plan.rows, plan.columns
                    )
            else:
                w, h, placement = plan_png(
                    self.layout_, o.dpi, o.page_size, o.orientation, o.margin_mm
                )
                pages = [(w, h, placement, None, None, False, ())]
                mb = w * h * 4 / 1e6
                text = tr("export", "{0} × {1} pixels (about {2:.0f} MB in memory)").format(
                    w, h, mb
                )
        except ExportError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color:#B42318;")
            self.export_button.setEnabled(False)
            self.preview.show_pixmaps([])
            return
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.export_button.setEnabled(True)
        thumbs = [
            self._thumbnail(*page, transparent=o.fmt == "png" and o.transparent)
            for page in pages[:MAX_PREVIEW_PAGES]
        ]
        self.preview.show_pixmaps(thumbs)

    def _thumbnail(
        self,
        width: float,
        height: float,
        placement: Any,
        area: Any,
        tile: Any,
        overview: bool,
        tiles: Any,
        transparent: bool = False,
    ) -> tuple[QPixmap, str]:
        k = THUMB_HEIGHT / height
        pixmap = QPixmap(QSize(max(1, round(width * k)), THUMB_HEIGHT))
        pixmap.fill(QColor("#FFFFFF") if not transparent else QColor(0, 0, 0, 0))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(k, k)
        if area is not None:
            p.setClipRect(QRectF(area.x, area.y, area.w, area.h))
        p.translate(placement.ox, placement.oy)
        p.scale(placement.scale, placement.scale)
        p.drawPicture(0, 0, self.map_picture())
        if overview and tiles:
            p.setPen(QPen(QColor("#2F80ED"), 2 / (k * placement.scale)))
            for t in tiles:
                p.drawRect(QRectF(t.view.x, t.view.y, t.view.w, t.view.h))
        p.end()
        caption = (
            tr("export", "Overview")
            if overview
            else tr("export", "Row {0}, column {1}").format(tile.row, tile.column)
            if tile
            else ""
        )
        return pixmap, caption

    # -- exporting ---------------------------------------------------------------------------

    def choose_file_and_export(self) -> None:
        o = self.options()
        suffix = "." + o.fmt
        start = str(Path(self.default_name).with_suffix("")) + suffix
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("export", "Export as"),
            start,
            "PDF (*.pdf)" if o.fmt == "pdf" else "PNG (*.png)",
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.settings.setValue("export/author", o.author or "")
        self.start_export(path, o)

    def start_export(self, path: str, options: ExportOptions) -> None:
        """Export in a worker thread behind a cancellable progress dialog."""
        self.job = job = _Job(self.doc, path, options)
        self.progress = QProgressDialog(
            tr("export", "Exporting {0}…").format(Path(path).name),
            tr("export", "Cancel"),
            0,
            0,
            self,
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(job.cancelled.set)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        self.thread = threading.Thread(target=job.run, name="journeymapper-export", daemon=True)
        self.thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_finished(self, result: Path | None) -> None:
        self.progress.reset()
        if result is None:
            return  # cancelled: nothing was written
        self.written = Path(result)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.progress.reset()
        QMessageBox.warning(self, tr("export", "Export failed"), message)

    def wait(self, timeout: float = 60.0) -> None:
        """For tests and shutdown: wait for a running export to end."""
        if self.thread is not None:
            self.thread.join(timeout)
