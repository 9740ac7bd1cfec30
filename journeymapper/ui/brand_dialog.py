"""Map → Brand…: the client's brand, the client and the author, applied as one edit.

Name, client, author, the logo (chosen through the image import, with its checks), the
accent colour, the typeface and the palette, with a live preview of the map's top-left
corner as it will look. OK pushes one undoable edit; Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..canvas import image_import as images
from ..editing import Edit, EditRejected
from ..editing.brand import make_brand, set_brand
from ..i18n import tr
from ..layout import Rect, compute_layout
from ..model import Asset, JourneyMap
from ..render import painting
from ..text import map_metrics
from .forms import widget_row

LOGO_W, LOGO_H = 160, 56
PREVIEW_W, PREVIEW_H = 460, 230


class BrandDialog(QDialog):
    """Edit the map's brand; `edit()` is the change to push once the dialog is accepted."""

    def __init__(self, doc: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        brand = doc.brand
        self.setWindowTitle(tr("brand", "Brand"))
        self.setMinimumWidth(500)
        #: the logo shown: an asset of the map, a newly chosen one, or None
        self._logo_id: str | None = brand.logo if brand else None
        self._new_logo: Asset | None = None
        self._accent: str | None = brand.accent if brand else None
        self._edit: Edit | None = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.name = QLineEdit((brand.name if brand else None) or "")
        self.name.setPlaceholderText(tr("brand", "e.g. the client's company"))
        form.addRow(tr("brand", "Brand name"), self.name)
        self.client = QLineEdit(doc.client or "")
        self.client.setPlaceholderText(tr("brand", "who the map is made for"))
        form.addRow(tr("brand", "Client"), self.client)
        self.author = QLineEdit(doc.author or "")
        self.author.setPlaceholderText(tr("brand", "who made the map"))
        form.addRow(tr("brand", "Author"), self.author)

        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_W, LOGO_H)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border:1px solid #C5CCD3; color:#5B6673;")
        choose = QPushButton(tr("brand", "Choose…"))
        choose.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(tr("brand", "Remove"))
        self.remove_logo.clicked.connect(self._remove_logo)
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(choose)
        column.addWidget(self.remove_logo)
        form.addRow(tr("brand", "Logo"), widget_row(self.logo, buttons))

        self.accent = QPushButton()
        self.accent.setMinimumWidth(110)
        self.accent.clicked.connect(self._choose_accent)
        self.accent.setToolTip(tr("brand", "Choose the accent colour of the stage headers"))
        #: only shown while there is an accent to take away
        self.no_accent = QPushButton(tr("brand", "No accent"))
        self.no_accent.clicked.connect(lambda: self.set_accent(None))
        form.addRow(tr("brand", "Accent colour"), widget_row(self.accent, self.no_accent))

        self.typeface = QComboBox()
        self.typeface.addItem(tr("brand", "Sans (DejaVu Sans)"), "sans")
        self.typeface.addItem(tr("brand", "Serif (DejaVu Serif)"), "serif")
        self.typeface.setCurrentIndex(
            max(0, self.typeface.findData(brand.typeface.value if brand else "sans"))
        )
        form.addRow(tr("brand", "Typeface"), self.typeface)
        self.palette = QComboBox()
        self.palette.addItem(tr("brand", "Standard"), "standard")
        self.palette.addItem(tr("brand", "Colour-blind safe (Okabe–Ito)"), "colour-blind-safe")
        self.palette.addItem(tr("brand", "High contrast"), "high-contrast")
        self.palette.setCurrentIndex(
            max(0, self.palette.findData(brand.palette.value if brand else "standard"))
        )
        self.palette.setToolTip(
            tr("brand", "The colours of sticky notes and persona curves on the map.")
        )
        form.addRow(tr("brand", "Palette"), self.palette)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border:1px solid #C5CCD3;")
        form.addRow(tr("brand", "Preview"), self.preview)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # (file names are user text)
        self.error.setStyleSheet("color:#B42318;")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for line in (self.name, self.client, self.author):
            line.textChanged.connect(self._timer.start)
        for combo in (self.typeface, self.palette):
            combo.currentIndexChanged.connect(self._timer.start)
        self.set_accent(self._accent)
        self._show_logo()
        self.update_preview()

    # -- accent and logo --------------------------------------------------------------

    def set_accent(self, colour: str | None) -> None:
        self._accent = colour.upper() if colour else None
        # set: a swatch of the colour with its code; unset: a plain "Choose…" button
        self.accent.setText(self._accent or tr("brand", "Choose…"))
        if self._accent:
            ink = "#FFFFFF" if QColor(self._accent).lightnessF() < 0.55 else "#1F2933"
            self.accent.setStyleSheet(f"background:{self._accent}; color:{ink};")
        else:
            self.accent.setStyleSheet("")
        self.no_accent.setVisible(self._accent is not None)
        self._timer.start()

    def _choose_accent(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._accent or "#1F63B8"), self, tr("brand", "Accent colour")
        )
        if chosen.isValid():
            self.set_accent(chosen.name())

    def _logo_asset(self) -> Asset | None:
        if self._new_logo is not None:
            return self._new_logo
        return self.doc.asset(self._logo_id) if self._logo_id else None

    def _show_logo(self) -> None:
        asset = self._logo_asset()
        self.remove_logo.setEnabled(asset is not None)
        images.show_thumbnail(self.logo, asset, LOGO_W - 4, LOGO_H - 4, tr("brand", "(no logo)"))

    def use_logo(self, path: str) -> bool:
        """Show the picture in ``path`` as the logo (what "Choose…" does once chosen)."""
        try:
            prepared = images.from_file(path)
        except images.ImageRefused as exc:
            self.error.setText(str(exc))
            return False
        self._new_logo = prepared.asset
        self.error.setText(prepared.note())
        self._show_logo()
        self._timer.start()
        return True

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("brand", "Choose a logo"), "", tr("images", "Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo(path)

    def _remove_logo(self) -> None:
        self._new_logo = None
        self._logo_id = None
        self._show_logo()
        self._timer.start()

    # -- the result -------------------------------------------------------------------

    def _brand(self):  # type: ignore[no-untyped-def]
        return make_brand(
            self.name.text().strip() or None,
            None if self._new_logo is not None else self._logo_id,
            self._accent,
            self.typeface.currentData(),
            self.palette.currentData(),
        )

    def previewed(self) -> JourneyMap:
        """The map as it would look with the dialog's values (a copy; for the preview)."""
        brand = self._brand()
        assets = list(self.doc.assets)
        if self._new_logo is not None:
            logo = self._new_logo.model_copy(update={"id": "brand-preview-logo"})
            assets.append(logo)
            brand = brand.model_copy(update={"logo": logo.id})
        return self.doc.model_copy(
            update={
                "brand": brand,
                "assets": assets,
                "client": self.client.text().strip() or None,
                "author": self.author.text().strip() or None,
            }
        )

    def update_preview(self) -> None:
        """Draw the top-left corner of the map (title block, first stages and lanes)."""
        try:
            doc = self.previewed()
        except EditRejected:
            return
        layout = compute_layout(doc, map_metrics())
        right = layout.width
        if len(layout.stages) > 2:
            right = layout.stages[2].column.right
        if layout.brand is not None and layout.brand.logo_rect is not None:
            right = layout.width  # (the logo is at the right end of the title block)
        bottom = layout.lanes[1].row.bottom if len(layout.lanes) > 1 else layout.height
        view = Rect(0, 0, right, min(bottom, layout.height))
        scale = min(PREVIEW_W / view.w, PREVIEW_H / view.h)
        image = QImage(PREVIEW_W, PREVIEW_H, QImage.Format.Format_RGB32)
        image.fill(QColor(layout.theme.page))
        p = QPainter(image)
        p.scale(scale, scale)
        p.setClipRect(QRectF(0, 0, view.w, view.h))
        painting.draw_map(p, layout, view=view)
        p.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _accept(self) -> None:
        try:
            self._edit = set_brand(
                self.doc,
                self._brand(),
                self.client.text(),
                self.author.text(),
                self._new_logo,
            )
        except EditRejected as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def edit(self) -> Edit | None:
        """The edit to push (None before OK, or when nothing changed)."""
        if self._edit is None or not self._edit.ops:
            return None
        return self._edit


def open_brand_dialog(window) -> BrandDialog:  # type: ignore[no-untyped-def]
    """Map → Brand…: not modal (the window stays usable); OK pushes one edit."""
    dialog = BrandDialog(window.session.doc, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    session = window.session

    def done(result: int) -> None:
        edit = dialog.edit()
        if result == QDialog.DialogCode.Accepted and edit is not None:
            session.push(edit)

    dialog.finished.connect(done)
    dialog.open()
    window.brand_dialog = dialog
    return dialog
