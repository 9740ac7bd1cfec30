"""The inspector: every field of the selection (or of the map when nothing is selected).

Each field change is an edit; consecutive changes of one field merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..canvas.items import MapItem
from ..canvas.scene import MapScene
from ..editing import EditRejected, edits
from ..editing.kinds import PartKind
from ..i18n import tr
from ..layout.theme import DEFAULT_THEME, persona_colour
from ..model import JourneyMap
from .forms import FORMS, Form
from .persona_editor import PersonaEditor

MAX_FIELD_LENGTH = 10_000_000
#: the path summary imports networkx: after the window has shown the map
PATH_SUMMARY_DELAY_MS = 400


class ColourButton(QPushButton):
    """Shows a colour; click to choose one, right-click to clear it."""

    def __init__(self, on_change: Callable[[str | None], None]) -> None:
        super().__init__()
        self._on_change = on_change
        self._colour: str | None = None
        self.clicked.connect(self._choose)
        self.setToolTip(tr("inspector", "Click to choose a colour; right-click for the default"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda _pos: self._on_change(None))

    def set_colour(self, colour: str | None) -> None:
        self._colour = colour
        self.setText(colour or tr("inspector", "Default"))
        self.setStyleSheet(f"background:{colour}; color:#1F2933;" if colour else "")

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._colour or DEFAULT_THEME.colour_pick),
            self,
            tr("inspector", "Choose a colour"),
        )
        if chosen.isValid():
            self._on_change(chosen.name().upper())


class Inspector(QWidget):
    """Hosts the form of the selected part's kind (see `forms.FORMS`), or the map's."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self._updating = False
        #: set while the map's undo/redo runs from a field: the fields show the result
        self._undoing = False
        self._kind: PartKind | None = None
        self._part_id: str | None = None
        self._form: Form | None = None
        self.page = QWidget()
        outer = QVBoxLayout(self.page)
        outer.setContentsMargins(8, 8, 8, 8)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600; font-size:13pt;")
        outer.addWidget(self.heading)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addWidget(self.form_host)
        self.error = QLabel()
        self.error.setStyleSheet("color:#B42318;")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        outer.addStretch(1)
        # a card's form (evidence, comments, image) is taller than the dock: it scrolls
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.page)
        wrapper = QVBoxLayout(self)
        wrapper.setContentsMargins(0, 0, 0, 0)
        wrapper.addWidget(self.scroll)
        self.fields: dict[str, QWidget] = {}
        scene.selectionChanged.connect(self.refresh)
        scene.relaid.connect(self.refresh_values)
        self.refresh()

    @property
    def doc(self) -> JourneyMap:
        return self.scene.session.doc

    # -- building forms ---------------------------------------------------------------------

    def _clear(self) -> None:
        # takeRow + deleteLater: a widget may be the one whose signal brought us here
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for part in (row.labelItem, row.fieldItem):
                if part is not None and part.widget() is not None:
                    part.widget().hide()
                    part.widget().deleteLater()
        self.fields = {}
        self.error.clear()

    def push(self, make: Callable[[], edits.Edit]) -> None:
        """Push the edit ``make`` builds; a rejected one shows its reason here."""
        self._push(make)

    def tell(self, text: str) -> None:
        """A message for the status bar (an image scaled down or refused)."""
        self.scene.tell(text)

    def current_id(self) -> str | None:
        """The id of the part the form shows (None for the map)."""
        return self._part_id

    def _push(self, make: Callable[[], edits.Edit]) -> None:
        if self._updating:
            return
        try:
            edit = make()
        except EditRejected as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.scene.session.push(edit)

    def update_part(self, **changes: Any) -> None:
        """Change fields of the part shown (one edit; a run of typing merges into one)."""
        part_id, kind = self._part_id, self._kind
        if part_id is None or kind is None or kind is PartKind.MAP:
            return
        self._push(lambda: edits.update_part(self.scene.session.doc, kind, part_id, **changes))

    def row(self, key: str, label: str, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.installEventFilter(self._undo_guard)
        self.form.addRow(label, widget)
        self.fields[key] = widget

    def section(self, key: str, label: str, widget: QWidget) -> None:
        """A heading and a widget as wide as the form (the card's evidence, comments)."""
        heading = QLabel(label)
        heading.setStyleSheet("font-weight:600; margin-top:6px;")
        self.form.addRow(heading)
        self.form.addRow(widget)
        self.fields[key] = widget
        for field in getattr(widget, "model_fields", ()):
            field.installEventFilter(self._undo_guard)  # Ctrl+Z there is the map's undo

    def line(self, key: str, label: str, on_change: Callable[[str], None]) -> QLineEdit:
        w = QLineEdit()
        w.setMaxLength(MAX_FIELD_LENGTH)  # the default (32767) would cut long texts
        w.textEdited.connect(on_change)
        self.row(key, label, w)
        return w

    def text(self, key: str, label: str, on_change: Callable[[str], None]) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setMinimumHeight(90)
        w.setUndoRedoEnabled(False)  # undo is the map's (see `UndoGuard`)
        w.textChanged.connect(lambda: on_change(w.toPlainText()))
        self.row(key, label, w)
        return w

    def colour(self, key: str, label: str, on_change: Callable[[str | None], None]) -> None:
        self.row(key, label, ColourButton(on_change))

    @property
    def _undo_guard(self) -> UndoGuard:
        guard = getattr(self, "_guard", None)
        if guard is None:
            guard = self._guard = UndoGuard(self)
        return guard

    def undo_redo(self, redo: bool) -> None:
        """Ctrl+Z (Ctrl+Y, Ctrl+Shift+Z) in a field: the map's undo, shown in the fields."""
        stack = self.scene.session.undo_stack
        self._undoing = True
        try:
            stack.redo() if redo else stack.undo()
            self.refresh_values()
        finally:
            self._undoing = False

    def refresh(self) -> None:
        """Rebuild the form for the current selection."""
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return  # torn down (the scene emits while it is deleted)
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, MapItem)]
        if len(chosen) == 1:
            kind, part_id = PartKind(chosen[0].kind), chosen[0].part_id
        else:
            kind, part_id = PartKind.MAP, None
        shown = (kind, part_id, len(chosen))
        if shown == getattr(self, "_shown", None) and self.fields:
            self.refresh_values()  # same selection: keep the widgets (and the focus)
            return
        self._shown = shown
        self._kind, self._part_id = kind, part_id
        self._clear()
        if len(chosen) > 1:
            self._form = None
            self.heading.setText(tr("inspector", "{0} items selected").format(len(chosen)))
            return
        self._form = FORMS.get(kind)
        if self._form is None:
            self._build_map_form()
        else:
            self.heading.setText(self._form.heading())
            self._form.build(self)
        self.refresh_values()
        # the form scrolls up and down, never sideways: the dock is at least as wide
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.page.minimumSizeHint().width() + bar)

    def _build_map_form(self) -> None:
        self.heading.setText(tr("inspector", "Map"))
        doc = self.scene.session.doc
        self.line(
            "title",
            tr("inspector", "Title"),
            lambda v: self._push(lambda: edits.set_map_field(self.scene.session.doc, "title", v)),
        )
        self.text(
            "description",
            tr("inspector", "Description"),
            lambda v: self._push(
                lambda: edits.set_map_field(self.scene.session.doc, "description", v)
            ),
        )
        self.line(
            "locale",
            tr("inspector", "Language"),
            lambda v: self._push(
                lambda: edits.set_map_field(self.scene.session.doc, "locale", v.strip())
            ),
        )
        personas = QListWidget()
        personas.setMaximumHeight(140)
        palette = doc.brand.palette.value if doc.brand is not None else "standard"
        for i, p in enumerate(doc.personas):
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setForeground(QColor(persona_colour(i, p.color, palette)))  # as its curve shows
            personas.addItem(item)
        # double-click: the persona editor; F2 renames in place
        personas.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed)
        personas.itemDoubleClicked.connect(
            lambda item: self.edit_persona(item.data(Qt.ItemDataRole.UserRole))
        )
        personas.itemChanged.connect(self._persona_renamed)
        self.form.addRow(tr("inspector", "Personas"), personas)
        self.fields["personas"] = personas
        buttons = QWidget()
        grid = QGridLayout(buttons)  # two by two: the dock is narrow
        grid.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(tr("inspector", "Add persona"))
        add.clicked.connect(lambda: self._push(lambda: edits.add_persona(self.scene.session.doc)))
        remove = QPushButton(tr("inspector", "Remove"))
        remove.clicked.connect(self._remove_persona)
        colour = QPushButton(tr("inspector", "Colour…"))
        colour.clicked.connect(self._persona_colour)
        edit = QPushButton(tr("inspector", "Edit…"))
        edit.setToolTip(tr("inspector", "Edit the persona's profile"))
        edit.clicked.connect(lambda: self.edit_persona(self._current_persona()))
        self.fields["edit_persona"] = edit
        for i, b in enumerate((add, edit, remove, colour)):
            grid.addWidget(b, i // 2, i % 2)
        self.form.addRow(buttons)
        hint = QLabel(
            tr(
                "inspector",
                "Double-click a persona (or Edit…) to edit its profile; F2 renames it. "
                "Removing a persona removes its emotion points.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5B6673;")
        self.form.addRow(hint)
        path = QLabel()
        path.setWordWrap(True)
        self.form.addRow(tr("inspector", "Customer path"), path)
        self.fields["path"] = path

    def _show_path_summary(self) -> None:
        if not shiboken6.isValid(self) or "path" not in self.fields:
            return
        from ..analysis import path_summary

        summary = path_summary(self.scene.session.doc)
        self._set(
            "path",
            tr(
                "inspector",
                "{0} steps through {1} cards; {2} back to an earlier stage; {3} closed loop(s)",
            ).format(summary.steps, summary.cards, summary.back, summary.loops),
        )

    def _current_persona(self) -> str | None:
        w = self.fields.get("personas")
        if isinstance(w, QListWidget) and w.currentItem() is not None:
            return w.currentItem().data(Qt.ItemDataRole.UserRole)
        return None

    def _persona_renamed(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if not name:
            self.error.setText(tr("inspector", "A persona needs a name."))
            return
        self._push(lambda: edits.update_part(self.scene.session.doc, "personas", pid, name=name))

    def edit_persona(self, persona_id: str | None) -> PersonaEditor | None:
        """Open the persona editor (not modal: the window stays usable); OK pushes one edit."""
        persona = self.doc.persona(persona_id) if persona_id else None
        if persona is None:
            self.error.setText(tr("inspector", "Select a persona to edit."))
            return None
        dialog = PersonaEditor(self.doc, persona, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            edit = dialog.edit()
            if result == QDialog.DialogCode.Accepted and edit is not None:
                self.scene.session.push(edit)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _remove_persona(self) -> None:
        pid = self._current_persona()
        if pid is not None:
            self._push(lambda: edits.delete_parts(self.scene.session.doc, [pid]))

    def _persona_colour(self) -> None:
        pid = self._current_persona()
        if pid is None:
            return
        persona = self.scene.session.doc.persona(pid)
        chosen = QColorDialog.getColor(
            QColor(persona.color if persona and persona.color else DEFAULT_THEME.persona_pick),
            self,
            tr("inspector", "Persona colour"),
        )
        if chosen.isValid():
            self._push(
                lambda: edits.update_part(
                    self.scene.session.doc, "personas", pid, color=chosen.name().upper()
                )
            )

    # -- showing values ------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        w = self.fields.get(key)
        if w is None:
            return
        shown_anyway = self._undoing  # after an undo from a field, it shows the map's text
        if isinstance(w, QLineEdit):
            if w.text() != (value or "") and (shown_anyway or not w.hasFocus()):
                w.setText(value or "")
                w.setCursorPosition(0)  # show the start of a long title, not its end
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or "") and (shown_anyway or not w.hasFocus()):
                w.setPlainText(value or "")
        elif isinstance(w, ColourButton):
            w.set_colour(value)
        elif isinstance(w, QComboBox):
            idx = w.findData(value)
            w.setCurrentIndex(max(idx, 0))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            if shown_anyway or not w.hasFocus():
                w.setValue(value)
        elif isinstance(w, QLabel):
            w.setText(str(value))
        elif hasattr(w, "show_part"):
            w.show_part(value, shown_anyway)

    def refresh_values(self) -> None:
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return
        doc = self.scene.session.doc
        self._updating = True
        try:
            if self._kind == "map" or self._part_id is None:
                if "title" in self.fields and self._kind == "map":
                    self._set("title", doc.title)
                    self._set("description", doc.description)
                    self._set("locale", doc.locale)
                    # networkx loads in a moment: not before the window is first shown
                    QTimer.singleShot(PATH_SUMMARY_DELAY_MS, self._show_path_summary)
                    w = self.fields.get("personas")
                    if isinstance(w, QListWidget) and w.count() != len(doc.personas):
                        self._shown = None  # rebuild: the list of personas changed
                        QTimer.singleShot(0, self.refresh)
                return
            form = self._form
            if form is None:
                return
            part = next(
                (p for p in getattr(doc, form.kind.list_name) if p.id == self._part_id), None
            )
            if part is None:
                return
            special = form.values(part, doc)
            for key in self.fields:
                self._set(key, special[key] if key in special else getattr(part, key, None))
        finally:
            self._updating = False


class UndoGuard(QObject):
    """Ctrl+Z and Ctrl+Y in the inspector's text fields are the map's undo and redo: a
    field's own undo would change the map behind the undo stack's back."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__(inspector)
        self.inspector = inspector

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
        if not (undo or redo):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the field gets the key press (not the window's Undo action)
            return True
        self.inspector.undo_redo(redo=bool(redo and not undo))
        return True
