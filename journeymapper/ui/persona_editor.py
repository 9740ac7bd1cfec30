"""The persona editor: a persona's whole profile in one dialog, applied as one edit.

Name, role, colour, photo (an embedded image, like a card's), description, goals and
frustrations (one per line) and a quote. OK pushes one undoable edit; Cancel changes
nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..canvas import image_import as images
from ..editing import Edit, EditRejected, content
from ..i18n import tr
from ..layout.theme import DEFAULT_THEME
from ..model import Asset, JourneyMap, Persona
from .forms import widget_row

PHOTO_SIDE = 96


class PersonaEditor(QDialog):
    """Edit one persona; `edit()` is the change to push once the dialog is accepted."""

    def __init__(self, doc: JourneyMap, persona: Persona, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.persona = persona
        self.setWindowTitle(tr("persona", "Persona: {0}").format(persona.name))
        self.setMinimumWidth(440)
        #: the photo shown: an asset of the map, a newly chosen one, or None
        self._photo_id: str | None = persona.photo
        self._new_photo: Asset | None = None
        self._colour: str | None = persona.color
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.name = QLineEdit(persona.name)
        form.addRow(tr("persona", "Name"), self.name)
        self.role = QLineEdit(persona.role or "")
        self.role.setPlaceholderText(tr("persona", "e.g. Marketing manager, 35"))
        form.addRow(tr("persona", "Role"), self.role)
        self.colour = QPushButton()
        self.colour.clicked.connect(self._choose_colour)
        clear_colour = QPushButton(tr("persona", "Default"))
        clear_colour.clicked.connect(lambda: self._set_colour(None))
        form.addRow(tr("persona", "Colour"), widget_row(self.colour, clear_colour))
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border:1px solid #C5CCD3; color:#5B6673;")
        self.photo.setWordWrap(True)
        choose = QPushButton(tr("persona", "Choose…"))
        choose.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton(tr("persona", "Remove"))
        self.remove_photo.clicked.connect(self._remove_photo)
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(choose)
        column.addWidget(self.remove_photo)
        column.addStretch(1)
        form.addRow(tr("persona", "Photo"), widget_row(self.photo, buttons))
        self.description = _text(persona.description or "", 110)
        form.addRow(tr("persona", "Description"), self.description)
        self.goals = _text("\n".join(persona.goals), 70)
        self.goals.setPlaceholderText(tr("persona", "one goal per line"))
        form.addRow(tr("persona", "Goals"), self.goals)
        self.frustrations = _text("\n".join(persona.frustrations), 70)
        self.frustrations.setPlaceholderText(tr("persona", "one frustration per line"))
        form.addRow(tr("persona", "Frustrations"), self.frustrations)
        self.quote = QLineEdit(persona.quote or "")
        self.quote.setPlaceholderText(tr("persona", "something this persona would say"))
        form.addRow(tr("persona", "Quote"), self.quote)
        self.error = QLabel()
        self.error.setStyleSheet("color:#B42318;")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        self._edit: Edit | None = None
        self._set_colour(persona.color)
        self._show_photo()

    # -- colour and photo --------------------------------------------------------------------

    def _set_colour(self, colour: str | None) -> None:
        self._colour = colour
        self.colour.setText(colour or tr("persona", "Default"))
        self.colour.setStyleSheet(f"background:{colour}; color:#1F2933;" if colour else "")

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._colour or DEFAULT_THEME.persona_pick),
            self,
            tr("persona", "Persona colour"),
        )
        if chosen.isValid():
            self._set_colour(chosen.name().upper())

    def _show_photo(self) -> None:
        asset = self._new_photo or (self.doc.asset(self._photo_id) if self._photo_id else None)
        self.remove_photo.setEnabled(asset is not None)
        images.show_thumbnail(
            self.photo, asset, PHOTO_SIDE - 2, PHOTO_SIDE - 2, tr("persona", "(no photo)")
        )

    def use_photo(self, path: str) -> bool:
        """Show the picture in ``path`` as the photo (what "Choose…" does once chosen)."""
        try:
            prepared = images.from_file(path)
        except images.ImageRefused as exc:
            self.error.setText(str(exc))
            return False
        self._new_photo = prepared.asset
        self.error.setText(prepared.note())
        self._show_photo()
        return True

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("persona", "Choose a photo"), "", tr("images", "Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_photo(path)

    def _remove_photo(self) -> None:
        self._new_photo = None
        self._photo_id = None
        self._show_photo()

    # -- the result -----------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """The fields as the dialog shows them (the photo apart)."""
        changes: dict[str, Any] = {
            "name": self.name.text(),
            "role": self.role.text(),
            "color": self._colour,
            "description": self.description.toPlainText(),
            "goals": self.goals.toPlainText().splitlines(),
            "frustrations": self.frustrations.toPlainText().splitlines(),
            "quote": self.quote.text(),
        }
        if self._new_photo is None and self._photo_id != self.persona.photo:
            changes["photo"] = None
        return changes

    def _accept(self) -> None:
        try:
            self._edit = content.update_persona(
                self.doc, self.persona.id, self.changes(), photo=self._new_photo
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


def _text(value: str, height: int) -> QPlainTextEdit:
    w = QPlainTextEdit(value)
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    w.setMaximumHeight(height * 2)
    return w
