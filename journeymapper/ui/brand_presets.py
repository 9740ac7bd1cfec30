"""Brand presets: a client's brand saved once (Preferences) and applied to other maps.

A preset is the brand's name, accent, typeface and palette and its logo's bytes, kept in
QSettings (``brand/presets``, JSON) so that it outlives the map it came from. A logo is
size-limited like any image of a map (`MAX_ASSET_BYTES`), and all presets together at
most `MAX_PRESETS_BYTES`. What is read back is checked again: a damaged or hand-edited
entry is left out, never a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import Edit, EditRejected
from ..editing.brand import set_brand
from ..i18n import tr
from ..model import Asset, JourneyMap
from ..model.assets import MAX_ASSET_BYTES, ImageError, check_image, decode_base64
from ..model.document import Brand
from .dialogs import message_box

KEY = "brand/presets"
MAX_PRESETS_BYTES = 20 * 1024 * 1024
MAX_NAME = 80


@dataclass(frozen=True)
class Preset:
    name: str
    brand: Brand  # its logo field unused: the logo is `logo`
    logo: Asset | None = None


class PresetError(ValueError):
    """A preset that cannot be saved; the message says why."""


def _read(settings: QSettings) -> list[dict]:
    raw = settings.value(KEY, "")
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def _preset(entry: dict) -> Preset | None:
    """A stored entry as a `Preset`, or None when anything in it is wrong."""
    try:
        name = entry["name"]
        if not isinstance(name, str) or not name.strip():
            return None
        brand = Brand.model_validate({**entry.get("brand", {}), "logo": None}, strict=False)
        logo = None
        if entry.get("logo") is not None:
            logo = Asset.model_validate({**entry["logo"], "id": "logo"}, strict=False)
            check_image(decode_base64(logo.data), logo.media_type)
    except (KeyError, TypeError, ValueError, ImageError):
        return None
    return Preset(name, brand, logo)


def load_presets(settings: QSettings) -> list[Preset]:
    """The usable presets, by name."""
    presets = [p for p in map(_preset, _read(settings)) if p is not None]
    return sorted(presets, key=lambda p: p.name.casefold())


def _entry(preset: Preset) -> dict:
    brand = preset.brand.model_dump(mode="json", exclude={"logo"}, exclude_none=True)
    logo = None
    if preset.logo is not None:
        logo = {"name": preset.logo.name, "media_type": preset.logo.media_type}
        logo["data"] = preset.logo.data
    return {"name": preset.name, "brand": brand, "logo": logo}


def _write(settings: QSettings, presets: list[Preset]) -> None:
    text = json.dumps([_entry(p) for p in presets], ensure_ascii=False)
    if len(text) > MAX_PRESETS_BYTES:
        raise PresetError(
            tr("brand", "The brand presets would take more than {0} MB; delete one first.").format(
                MAX_PRESETS_BYTES // 1048576
            )
        )
    settings.setValue(KEY, text)
    settings.sync()


def preset_from_map(doc: JourneyMap, name: str) -> Preset:
    """The map's brand (with its logo's bytes) as a preset called ``name``."""
    name = " ".join(name.split())
    if not name:
        raise PresetError(tr("brand", "A brand preset needs a name."))
    if len(name) > MAX_NAME:
        raise PresetError(
            tr("brand", "A preset name can be at most {0} characters long.").format(MAX_NAME)
        )
    if doc.brand is None:
        raise PresetError(tr("brand", "This map has no brand to save: set one with Map → Brand…"))
    logo = doc.asset(doc.brand.logo) if doc.brand.logo else None
    if logo is not None:
        data = decode_base64(logo.data)
        if len(data) > MAX_ASSET_BYTES:
            raise PresetError(
                tr(
                    "brand", "The logo is {0:.1f} MB; a preset's logo may be at most {1} MB."
                ).format(len(data) / 1048576, MAX_ASSET_BYTES // 1048576)
            )
    return Preset(name, doc.brand.model_copy(update={"logo": None}), logo)


def save_preset(settings: QSettings, preset: Preset) -> None:
    """Keep ``preset`` (replacing one of the same name)."""
    others = [p for p in load_presets(settings) if p.name != preset.name]
    _write(settings, [*others, preset])


def delete_preset(settings: QSettings, name: str) -> None:
    _write(settings, [p for p in load_presets(settings) if p.name != name])


def apply_preset(doc: JourneyMap, preset: Preset) -> Edit:
    """Give the open map the preset's brand (its logo added as an image): one undo step.
    The map's client and author stay as they are."""
    same_logo = None
    if preset.logo is not None:  # the very picture already in the map: no second copy
        same_logo = next((a.id for a in doc.assets if a.data == preset.logo.data), None)
    brand = preset.brand.model_copy(update={"logo": same_logo})
    logo = preset.logo if preset.logo is not None and same_logo is None else None
    edit = set_brand(doc, brand, doc.client, doc.author, logo)
    edit.text = tr("brand", "Apply brand preset “{0}”").format(preset.name)
    return edit


class PresetsPanel(QWidget):
    """Preferences → Brand presets: save the open map's brand, apply one, delete one."""

    def __init__(self, settings: QSettings, window, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.settings = settings
        self.window_ = window  # the main window: its session is the open map
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.save = QPushButton(tr("brand", "Save This Map's Brand…"))
        self.apply = QPushButton(tr("brand", "Apply to This Map"))
        self.delete = QPushButton(tr("brand", "Delete"))
        for button in (self.save, self.apply, self.delete):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # (preset names are user text)
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.save.clicked.connect(self._ask_and_save)
        self.apply.clicked.connect(self.apply_selected)
        self.delete.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(self._enable)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for preset in load_presets(self.settings):
            self.list.addItem(preset.name)
            if preset.name == select:
                self.list.setCurrentRow(self.list.count() - 1)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.apply.setEnabled(chosen)
        self.delete.setEnabled(chosen)
        self.save.setEnabled(self.window_.session.doc.brand is not None)

    def _selected(self) -> Preset | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((p for p in load_presets(self.settings) if p.name == item.text()), None)

    def _ask_and_save(self) -> None:
        doc = self.window_.session.doc
        default = (doc.brand.name if doc.brand else None) or doc.client or ""
        name, ok = QInputDialog.getText(
            self, tr("brand", "Save brand preset"), tr("brand", "Preset name:"), text=default
        )
        if ok:
            self.save_as(name)

    def save_as(self, name: str) -> bool:
        """Save the open map's brand as the preset ``name`` (what "Save…" does)."""
        try:
            preset = preset_from_map(self.window_.session.doc, name)
            save_preset(self.settings, preset)
        except PresetError as exc:
            self._fail(str(exc))
            return False
        self.status.setText(tr("brand", "Saved the preset “{0}”.").format(preset.name))
        self.refresh(select=preset.name)
        return True

    def apply_selected(self) -> bool:
        preset = self._selected()
        if preset is None:
            return False
        try:
            edit = apply_preset(self.window_.session.doc, preset)
        except EditRejected as exc:
            self._fail(str(exc))
            return False
        self.window_.session.push(edit)
        self.status.setText(tr("brand", "Applied “{0}” to the map.").format(preset.name))
        self._enable()
        return True

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            delete_preset(self.settings, item.text())
        except PresetError as exc:
            self._fail(str(exc))
            return
        self.status.setText(tr("brand", "Deleted the preset “{0}”.").format(item.text()))
        self.refresh()

    def _fail(self, text: str) -> None:
        box = message_box(self, QMessageBox.Icon.Warning, tr("brand", "Brand presets"), text)
        box.open()
