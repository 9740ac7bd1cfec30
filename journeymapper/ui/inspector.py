"""The inspector: every field of the selection (or of the map when nothing is selected).

Each field change is an edit; consecutive changes of one field merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..canvas.scene import MapScene
from ..editing import EditRejected, edits
from ..i18n import tr
from ..layout.theme import persona_colour
from ..model import Channel, LaneKind
from .names import channel_name, lane_kind_name

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
            QColor(self._colour or "#FFFFFF"), self, tr("inspector", "Choose a colour")
        )
        if chosen.isValid():
            self._on_change(chosen.name().upper())


class Inspector(QWidget):
    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self._updating = False
        self._kind: str | None = None
        self._part_id: str | None = None
        outer = QVBoxLayout(self)
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
        self.fields: dict[str, QWidget] = {}
        scene.selectionChanged.connect(self.refresh)
        scene.relaid.connect(self.refresh_values)
        self.refresh()

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

    def _update(self, list_name: str, **changes: Any) -> None:
        part_id = self._part_id
        if part_id is None:
            return
        self._push(
            lambda: edits.update_part(
                self.scene.session.doc,
                list_name,  # type: ignore[arg-type]
                part_id,
                **changes,
            )
        )

    def _line(self, key: str, label: str, on_change: Callable[[str], None]) -> QLineEdit:
        w = QLineEdit()
        w.setMaxLength(MAX_FIELD_LENGTH)  # the default (32767) would cut long texts
        w.textEdited.connect(on_change)
        self.form.addRow(label, w)
        self.fields[key] = w
        return w

    def _text(self, key: str, label: str, on_change: Callable[[str], None]) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setMinimumHeight(90)
        w.textChanged.connect(lambda: on_change(w.toPlainText()))
        self.form.addRow(label, w)
        self.fields[key] = w
        return w

    def _colour(self, key: str, label: str, on_change: Callable[[str | None], None]) -> None:
        w = ColourButton(on_change)
        self.form.addRow(label, w)
        self.fields[key] = w

    def refresh(self) -> None:
        """Rebuild the form for the current selection."""
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return  # torn down (the scene emits while it is deleted)
        items = self.scene.selectedItems()
        from ..canvas.items import MapItem

        chosen = [i for i in items if isinstance(i, MapItem)]
        if len(chosen) == 1:
            kind, part_id = chosen[0].kind, chosen[0].part_id
        else:
            kind, part_id = "map", None
        shown = (kind, part_id, len(chosen))
        if shown == getattr(self, "_shown", None) and self.fields:
            self.refresh_values()  # same selection: keep the widgets (and the focus)
            return
        self._shown = shown
        self._kind, self._part_id = kind, part_id
        self._clear()
        doc = self.scene.session.doc
        if len(chosen) > 1:
            self.heading.setText(tr("inspector", "{0} items selected").format(len(chosen)))
            return
        if kind == "card":
            self.heading.setText(tr("inspector", "Card"))
            self._line("title", tr("inspector", "Title"), lambda v: self._update("cards", title=v))
            self._text(
                "body", tr("inspector", "Body"), lambda v: self._update("cards", body=v or None)
            )
            combo = QComboBox()
            combo.addItem(tr("inspector", "(none)"), None)
            for ch in Channel:
                combo.addItem(channel_name(ch), ch.value)
            combo.activated.connect(lambda _i: self._update("cards", channel=combo.currentData()))
            self.form.addRow(tr("inspector", "Channel"), combo)
            self.fields["channel"] = combo
            self._colour(
                "color", tr("inspector", "Colour"), lambda c: self._update("cards", color=c)
            )
            tags = self._line(
                "tags",
                tr("inspector", "Tags"),
                lambda v: self._update(
                    "cards", tags=[t.strip() for t in v.split(",") if t.strip()]
                ),
            )
            tags.setPlaceholderText(tr("inspector", "comma-separated, e.g. quick-win, assumption"))
            votes = QSpinBox()
            votes.setRange(0, 9999)
            votes.valueChanged.connect(lambda v: self._update("cards", votes=v))
            self.form.addRow(tr("inspector", "Votes"), votes)
            self.fields["votes"] = votes
        elif kind == "stage":
            self.heading.setText(tr("inspector", "Stage"))
            self._line("name", tr("inspector", "Name"), lambda v: self._update("stages", name=v))
            self._text(
                "description",
                tr("inspector", "Description"),
                lambda v: self._update("stages", description=v or None),
            )
            self._colour(
                "color", tr("inspector", "Colour"), lambda c: self._update("stages", color=c)
            )
        elif kind == "lane":
            self.heading.setText(tr("inspector", "Lane"))
            self._line("name", tr("inspector", "Name"), lambda v: self._update("lanes", name=v))
            kind_label = QLabel()
            self.form.addRow(tr("inspector", "Kind"), kind_label)
            self.fields["kind"] = kind_label
            self._colour(
                "color", tr("inspector", "Colour"), lambda c: self._update("lanes", color=c)
            )
        elif kind == "emotion":
            self.heading.setText(tr("inspector", "Emotion point"))
            score = QDoubleSpinBox()
            score.setRange(-5, 5)
            score.setSingleStep(0.5)
            score.setDecimals(1)
            score.valueChanged.connect(lambda v: self._update("emotions", score=v))
            self.form.addRow(tr("inspector", "Score (−5 … +5)"), score)
            self.fields["score"] = score
            persona = QComboBox()
            persona.addItem(tr("inspector", "(customer)"), None)
            for p in doc.personas:
                persona.addItem(p.name, p.id)
            persona.activated.connect(
                lambda _i: self._update("emotions", persona=persona.currentData())
            )
            self.form.addRow(tr("inspector", "Persona"), persona)
            self.fields["persona"] = persona
            self._text(
                "note", tr("inspector", "Note"), lambda v: self._update("emotions", note=v or None)
            )
        elif kind == "connection":
            self.heading.setText(tr("inspector", "Connection"))
            self._line(
                "label",
                tr("inspector", "Label"),
                lambda v: self._update("connections", label=v or None),
            )
            route = QLabel()
            route.setWordWrap(True)
            self.form.addRow(tr("inspector", "From → to"), route)
            self.fields["route"] = route
        else:
            self._build_map_form()
        self.refresh_values()

    def _build_map_form(self) -> None:
        self.heading.setText(tr("inspector", "Map"))
        doc = self.scene.session.doc
        self._line(
            "title",
            tr("inspector", "Title"),
            lambda v: self._push(lambda: edits.set_map_field(self.scene.session.doc, "title", v)),
        )
        self._text(
            "description",
            tr("inspector", "Description"),
            lambda v: self._push(
                lambda: edits.set_map_field(self.scene.session.doc, "description", v)
            ),
        )
        self._line(
            "locale",
            tr("inspector", "Language"),
            lambda v: self._push(
                lambda: edits.set_map_field(self.scene.session.doc, "locale", v.strip())
            ),
        )
        personas = QListWidget()
        personas.setMaximumHeight(140)
        for i, p in enumerate(doc.personas):
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setForeground(QColor(persona_colour(i, p.color)))  # as its curve shows
            personas.addItem(item)
        personas.itemChanged.connect(self._persona_renamed)
        self.form.addRow(tr("inspector", "Personas"), personas)
        self.fields["personas"] = personas
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(tr("inspector", "Add persona"))
        add.clicked.connect(lambda: self._push(lambda: edits.add_persona(self.scene.session.doc)))
        remove = QPushButton(tr("inspector", "Remove"))
        remove.clicked.connect(self._remove_persona)
        colour = QPushButton(tr("inspector", "Colour…"))
        colour.clicked.connect(self._persona_colour)
        for b in (add, remove, colour):
            row.addWidget(b)
        self.form.addRow("", buttons)
        hint = QLabel(
            tr(
                "inspector",
                "Double-click a persona to rename it. Removing a persona removes "
                "its emotion points.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5B6673;")
        self.form.addRow("", hint)
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
            QColor(persona.color if persona and persona.color else "#2F80ED"),
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
        if isinstance(w, QLineEdit):
            if w.text() != (value or "") and not w.hasFocus():
                w.setText(value or "")
                w.setCursorPosition(0)  # show the start of a long title, not its end
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or "") and not w.hasFocus():
                w.setPlainText(value or "")
        elif isinstance(w, ColourButton):
            w.set_colour(value)
        elif isinstance(w, QComboBox):
            idx = w.findData(value)
            w.setCurrentIndex(max(idx, 0))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            if not w.hasFocus():
                w.setValue(value)
        elif isinstance(w, QLabel):
            w.setText(str(value))

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
            list_name = {
                "card": "cards",
                "stage": "stages",
                "lane": "lanes",
                "emotion": "emotions",
                "connection": "connections",
            }[self._kind or ""]
            part = next((p for p in getattr(doc, list_name) if p.id == self._part_id), None)
            if part is None:
                return
            for key in self.fields:
                if key == "tags":
                    self._set("tags", ", ".join(part.tags))
                elif key == "channel":
                    self._set("channel", part.channel.value if part.channel else None)
                elif key == "kind":
                    self._set("kind", lane_kind_name(LaneKind(part.kind)))
                elif key == "route":
                    a, b = doc.card(part.source), doc.card(part.target)
                    self._set("route", f"{a.title if a else '?'} → {b.title if b else '?'}")
                else:
                    self._set(key, getattr(part, key, None))
        finally:
            self._updating = False
