"""File → Export…: PDF, PNG or SVG, with a live preview of the pages, and the export itself
in a worker thread behind a progress dialog that can cancel it (the window never freezes).
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QPainter, QPicture
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export import PAGE_SIZE_CHOICES, ExportError, ExportOptions, plan_export
from ..export.common import MM, Placement, fit_placement
from ..export.png import plan_png
from ..i18n import tr, trn
from ..io.paths import same_file
from ..layout import MapLayout
from ..model import JourneyMap
from ..render import painting
from .dialogs import remember_folder
from .export_job import ExportJob
from .export_preview import PagePreview, PreviewArea

MAX_PREVIEW_PAGES = 24
#: what the dialog remembers, globally and per map (QSettings keys under export/)
REMEMBERED = ("format", "page_size", "orientation", "margin", "tile", "dpi", "client")


class ExportDialog(QDialog):
    def __init__(
        self,
        doc: JourneyMap,
        layout: MapLayout,
        default_name: str,
        parent: QWidget | None = None,
        source: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source  # the map's own file: an export never replaces it
        self.setWindowTitle(tr("export", "Export"))
        self.resize(1100, 560)
        self.doc = doc.model_copy(deep=True)  # edits made meanwhile do not change the export
        self.layout_ = layout
        self.default_name = default_name
        self.settings = QSettings("journeymapper", "journeymapper")
        self._picture: QPicture | None = None
        self.job: ExportJob | None = None
        self.thread: threading.Thread | None = None
        self.written: Path | None = None
        self._deliverable_key: tuple | None = None  # the report's or handouts' planned pages
        self._deliverable: Any = None
        self._poster_extras: list[bool] | None = None  # while the report/handouts are chosen
        self._poster_page: str | None = None
        self._tips: list[str] = []

        outer = QHBoxLayout(self)
        left = QWidget()
        form = QFormLayout(left)
        self.fmt = QComboBox()
        self.fmt.addItem(tr("export", "PDF poster (vector)"), "pdf")
        self.fmt.addItem(tr("export", "PNG image"), "png")
        self.fmt.addItem(tr("export", "SVG drawing (for design tools)"), "svg")
        self.fmt.addItem(tr("export", "Report (PDF)"), "report")
        self.fmt.addItem(tr("export", "Stage handouts (PDF)"), "handouts")
        self.fmt.addItem(tr("export", "PowerPoint deck (editable slides)"), "pptx")
        self._slides: int | None = None  # the deck's slide count, counted once
        self._overview_slide = 1  # the deck's overview slide's number
        form.addRow(tr("export", "Format"), self.fmt)
        self.page = QComboBox()
        for size in PAGE_SIZE_CHOICES:
            label = tr("export", "Fit to the map (one page)") if size == "fit" else size
            self.page.addItem(label[:1].upper() + label[1:], size)  # "Letter", "Tabloid"
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
        self.tile = QCheckBox(tr("export", "Poster tiles"))
        self.tile.setToolTip(
            tr("export", "Several pages to tape together, with crop marks and an overview page")
        )
        form.addRow(tr("export", "Tiling"), self.tile)
        tile_help = QLabel(tr("export", "Several pages to tape together"))
        tile_help.setWordWrap(True)
        tile_help.setEnabled(False)
        form.addRow("", tile_help)
        self.personas = QCheckBox(tr("export", "Persona pages"))
        self.personas.setToolTip(tr("export", "One page per persona: profile and emotion curve"))
        self.sources = QCheckBox(tr("export", "Sources page"))
        self.sources.setToolTip(
            tr("export", "Every evidence item, numbered; the cards show their numbers")
        )
        form.addRow(tr("export", "Extra pages"), self.personas)
        form.addRow("", self.sources)
        mode = getattr(parent, "compare", None)  # the window's compare view, when it is on
        self.compared = (mode.other, mode.other_label) if mode and mode.active else None
        self.compare_pages = QCheckBox(tr("export", "Comparison pages"))
        self.compare_pages.setToolTip(
            tr("export", "Both emotion curves and the list of changes, against {0}").format(
                self.compared[1]
            )
            if self.compared
            else tr("export", "Compare the map with another first (File → Compare With)")
        )
        form.addRow("", self.compare_pages)
        self.insights = QCheckBox(tr("export", "Insights page"))
        self.insights.setToolTip(
            tr("export", "Figures, emotion curves, channels, top votes and claims without evidence")
        )
        form.addRow("", self.insights)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        form.addRow(tr("export", "Resolution"), self.dpi)
        self.transparent = QCheckBox(tr("export", "Transparent background"))
        form.addRow("", self.transparent)
        self.text_paths = QCheckBox(tr("export", "Text as outlines"))
        self.text_paths.setToolTip(
            tr("export", "For tools without the DejaVu Sans font; the text is no longer editable")
        )
        form.addRow("", self.text_paths)
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
        self.preview.setMinimumWidth(620)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("export", "Preview")))
        right.addWidget(self.preview, 1)
        outer.addLayout(right, 1)
        self.restore_choices()

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
        kind = self.fmt.currentData()
        if kind in ("report", "handouts"):  # PDFs of their own: the page size and margin
            return ExportOptions(
                page_size=self.page.currentData(),
                margin_mm=self.margin.value(),
                author=self.author.text().strip() or None,
                client=self.client.text().strip() or None,
                report=kind == "report",
                handouts=kind == "handouts",
            )
        return ExportOptions(
            fmt=self.fmt.currentData(),
            page_size="fit"
            if self.fmt.currentData() in ("svg", "pptx")
            else self.page.currentData(),
            orientation=self.orientation.currentData(),
            margin_mm=self.margin.value(),
            tile=self.tile.isChecked() and self.fmt.currentData() == "pdf",
            dpi=self.dpi.value(),
            transparent=self.transparent.isChecked(),
            author=self.author.text().strip() or None,
            client=self.client.text().strip() or None,
            personas=self.personas.isChecked() and self.fmt.currentData() == "pdf",
            sources=self.sources.isChecked() and self.fmt.currentData() == "pdf",
            insights=self.insights.isChecked() and self.fmt.currentData() == "pdf",
            text_as_paths=self.text_paths.isChecked() and self.fmt.currentData() == "svg",
            compare=self.compared
            if self.compare_pages.isChecked() and self.fmt.currentData() == "pdf"
            else None,
        )

    def _changed(self, *_args: Any) -> None:
        pdf = self.fmt.currentData() == "pdf"
        svg = self.fmt.currentData() == "svg"
        deliverable = self.fmt.currentData() in ("report", "handouts")
        deck = self.fmt.currentData() == "pptx"
        self._show_deliverable_choices(self.fmt.currentData())
        self.tile.setEnabled(pdf)
        self.personas.setEnabled(pdf)
        self.sources.setEnabled(pdf)
        self.compare_pages.setEnabled(pdf and self.compared is not None)
        self.insights.setEnabled(pdf)
        self.author.setEnabled(pdf or deck or self.fmt.currentData() == "report")
        self.client.setEnabled(pdf or deck or self.fmt.currentData() == "report")
        self.dpi.setEnabled(not pdf and not svg and not deliverable and not deck)
        self.transparent.setEnabled(not pdf and not deliverable and not deck)
        self.orientation.setEnabled(not svg and not deliverable and not deck)  # pages turn to suit
        for w in (self.page, self.margin):
            w.setEnabled(not svg and not deck)  # an SVG is the map's own size, slides 16:9
        self.text_paths.setEnabled(svg)
        self._timer.start()

    def _show_deliverable_choices(self, kind: str) -> None:
        """The page size and extra pages the report and the handouts really have: a page
        of a named size (no "fit" choice: A4 when the poster's was fit), and the extra
        pages checked for the report (always in it), unchecked for the handouts; the
        poster's own choices come back when it is chosen again."""
        deliverable = kind in ("report", "handouts")
        fit = self.page.findData("fit")
        item = self.page.model().item(fit) if fit >= 0 else None  # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(not deliverable)
        boxes = (self.personas, self.sources, self.insights)
        if deliverable:
            if self._poster_extras is None:
                self._poster_extras = [b.isChecked() for b in boxes]
                self._poster_page = self.page.currentData()
                self._tips = [b.toolTip() for b in boxes]
            if self.page.currentData() == "fit":
                with QSignalBlocker(self.page):
                    self.page.setCurrentIndex(self.page.findData("A4"))
            for box in boxes:
                box.setChecked(kind == "report")
                box.setToolTip(
                    tr("export", "Always in the report (when the map has them)")
                    if kind == "report"
                    else tr("export", "The stage handouts have the stages' pages only")
                )
        elif self._poster_extras is not None:
            for box, checked, tip in zip(boxes, self._poster_extras, self._tips, strict=True):
                box.setChecked(checked)
                box.setToolTip(tip)
            if self._poster_page == "fit":
                with QSignalBlocker(self.page):
                    self.page.setCurrentIndex(fit)
            self._poster_extras = None

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
            if o.report or o.handouts:
                pages, text = self._deliverable_preview(o)
            elif o.fmt == "pdf":
                plan = plan_export(
                    self.doc,
                    page_size=o.page_size,
                    orientation=o.orientation,
                    margin_mm=o.margin_mm,
                    tile=o.tile,
                    layout=self.layout_,
                )
                pages = [
                    PagePreview(
                        pg.width,
                        pg.height,
                        pg.placement,
                        pg.area,
                        pg.tile,
                        pg.overview,
                        pg.tiles,
                        _caption(pg.tile, pg.overview),
                    )
                    for pg in plan.pages
                ]
                n = len(pages)
                size = (
                    tr("export", "fitted to the map")
                    if o.page_size == "fit"
                    else o.page_size[:1].upper() + o.page_size[1:]
                )
                text = trn("export", "%n page(s), {0}", None, n).format(size)
                if o.tile:
                    text += " · " + tr("export", "{0} × {1} tiles plus an overview page").format(
                        plan.rows, plan.columns
                    )
            elif o.fmt == "pptx":
                from ..export.deck_plan import SLIDE_H, SLIDE_W, plan_deck

                if self._slides is None:
                    slides = plan_deck(self.doc).slides
                    kinds = [slide.kind for slide in slides]
                    at = kinds.index("overview") + 1 if "overview" in kinds else 1
                    self._slides = len(slides)
                    self._overview_slide = at
                lay = self.layout_
                place = fit_placement(lay.width, lay.height, 32, 32, SLIDE_W - 64, SLIDE_H - 64)
                # the deck's overview slide (the map as a picture), numbered as in the deck
                slide = tr("export", "Slide {0} of {1}").format(self._overview_slide, self._slides)
                pages = [
                    PagePreview(
                        SLIDE_W, SLIDE_H, place, caption=tr("export", "Overview"), label=slide
                    )
                ]
                text = trn(
                    "export", "%n slide(s), 16:9, editable in PowerPoint and Impress", None,
                    self._slides,
                )  # fmt: skip
            elif o.fmt == "svg":
                lay = self.layout_
                pages = [PagePreview(lay.width, lay.height, Placement(1.0, 0.0, 0.0))]
                text = tr("export", "{0} × {1} mm, vector, in Inkscape layers").format(
                    round(lay.width / MM), round(lay.height / MM)
                )
            else:
                w, h, placement = plan_png(
                    self.layout_, o.dpi, o.page_size, o.orientation, o.margin_mm
                )
                k = 72.0 / o.dpi  # the preview works in points
                pages = [
                    PagePreview(
                        w * k,
                        h * k,
                        type(placement)(placement.scale * k, placement.ox * k, placement.oy * k),
                    )
                ]
                mb = w * h * 4 / 1e6
                text = tr("export", "{0} × {1} pixels (about {2:.0f} MB in memory)").format(
                    w, h, mb
                )
        except ExportError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color:#B42318;")
            self.export_button.setEnabled(False)
            self.preview.set_pages([], None, False)
            return
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.export_button.setEnabled(True)
        self.preview.set_pages(
            pages[:MAX_PREVIEW_PAGES],
            self.map_picture(),
            transparent=o.fmt in ("png", "svg") and o.transparent,
        )

    def _deliverable_preview(self, o: ExportOptions) -> tuple[list[PagePreview], str]:
        """The report's or the handouts' pages, each drawn by the code that draws it into
        the PDF (recorded when first shown); the map's own pages as the poster's."""
        from ..export.report import preview_pages
        from .report_preview import page_picture

        key = (o.report, o.page_size, o.margin_mm, o.author, o.client)
        if self._deliverable_key != key:  # (planned once per choice: stages are laid out)
            self._deliverable = preview_pages(
                self.doc, o.report, o.page_size, o.margin_mm, o.author, o.client
            )
            self._deliverable_key = key
        report_pages, footer = self._deliverable
        total = len(report_pages)
        recorded: dict[int, Any] = {}

        def picture(i: int) -> Any:
            if i not in recorded:
                recorded[i] = page_picture(report_pages[i], i + 1, total, footer)
            return recorded[i]

        pages = []
        for i, pg in enumerate(report_pages):
            plan = pg.map_page
            if plan is None:
                pages.append(
                    PagePreview(
                        pg.width,
                        pg.height,
                        Placement(1.0, 0, 0),
                        caption=pg.caption,
                        picture=lambda i=i: picture(i),
                    )
                )
            else:
                pages.append(
                    PagePreview(
                        pg.width,
                        pg.height,
                        plan.placement,
                        plan.area,
                        plan.tile,
                        plan.overview,
                        plan.tiles,
                        _caption(plan.tile, plan.overview) or pg.caption,
                    )
                )
        size = "A4" if o.page_size == "fit" else o.page_size[:1].upper() + o.page_size[1:]
        return pages, trn("export", "%n page(s), {0}", None, total).format(size)

    # -- remembered choices ----------------------------------------------------------------

    def _map_key(self) -> str:
        digest = hashlib.sha1(self.default_name.encode("utf-8", "surrogateescape")).hexdigest()
        return f"export/maps/{digest[:16]}"

    def choices(self) -> dict[str, Any]:
        return {
            "format": self.fmt.currentData(),
            "page_size": self.page.currentData(),
            "orientation": self.orientation.currentData() or "",
            "margin": self.margin.value(),
            "tile": self.tile.isChecked(),
            "dpi": self.dpi.value(),
            "client": self.client.text(),
        }

    def remember_choices(self) -> None:
        """This export's choices, for this map and as the default for other maps."""
        for key, value in self.choices().items():
            self.settings.setValue(f"export/{key}", value)
            self.settings.setValue(f"{self._map_key()}/{key}", value)

    def restore_choices(self) -> None:
        """The choices of this map's last export, else those of the last export."""

        def value(key: str) -> Any:
            for prefix in (self._map_key(), "export"):
                found = self.settings.value(f"{prefix}/{key}")
                if found is not None:
                    return found
            return None

        def pick(combo: QComboBox, data: Any) -> None:
            index = combo.findData(data if data != "" else None)
            if index >= 0:
                combo.setCurrentIndex(index)

        for key, combo in (("format", self.fmt), ("page_size", self.page)):
            if value(key) is not None:
                pick(combo, str(value(key)))
        if value("orientation") is not None:
            pick(self.orientation, str(value("orientation")) or None)
        try:
            if value("margin") is not None:
                self.margin.setValue(float(value("margin")))
            if value("dpi") is not None:
                self.dpi.setValue(int(float(value("dpi"))))
        except (TypeError, ValueError):
            pass  # a damaged setting: keep the default
        if value("tile") is not None:
            self.tile.setChecked(value("tile") in (True, "true", "1", 1))
        if value("client") is not None:
            self.client.setText(str(value("client")))

    # -- exporting ---------------------------------------------------------------------------

    def choose_file_and_export(self) -> None:
        o = self.options()
        suffix = "." + o.fmt
        start = str(Path(self.default_name).with_suffix("")) + suffix
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("export", "Export as"),
            start,
            {
                "pdf": "PDF (*.pdf)",
                "png": "PNG (*.png)",
                "svg": "SVG (*.svg)",
                "pptx": "PowerPoint (*.pptx)",
            }[o.fmt],
        )
        if not path:
            return
        remember_folder(self.settings, path)
        self.remember_choices()
        if not path.lower().endswith(suffix):
            path += suffix
        self.settings.setValue("export/author", o.author or "")
        self.start_export(path, o)

    def start_export(self, path: str, options: ExportOptions) -> None:
        """Export in a worker thread behind a cancellable progress dialog."""
        if self.source is not None and same_file(self.source, path):
            QMessageBox.warning(
                self,
                tr("export", "Export failed"),
                tr(
                    "export",
                    "“{0}” is the map you are editing; the export would replace it. "
                    "Choose another name for the export.",
                ).format(path),
            )
            return
        self.job = job = ExportJob(self.doc, path, options)
        self.progress = QProgressDialog(
            tr("export", "Exporting {0}…").format(Path(path).name),
            tr("export", "Cancel"),
            0,
            0,
            self,
        )
        label = QLabel(tr("export", "Exporting {0}…").format(Path(path).name))
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.progress.setLabel(label)
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


def _caption(tile: Any, overview: bool) -> str:
    if overview:
        return tr("export", "Overview")
    if tile:
        return tr("export", "Row {0}, column {1}").format(tile.row, tile.column)
    return ""
