"""Dialogs: the template chooser and the list of problems of a file that cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import DocumentError
from ..templates import list_templates

BLANK = ""


def _t(text: str) -> str:
    return tr("dialogs", text)


class TemplateChooser(QDialog):
    """New map: blank, or one of the templates (each shown with its description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("New journey map"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Start from a blank map or from a complete example:")))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        blank = QListWidgetItem(
            _t("Blank map")
            + "\n"
            + _t("Three stages, a touchpoint lane, an actions lane and an emotion lane.")
        )
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for info in list_templates():
            lang = {"en": "English", "it": "Italiano"}.get(info.locale, info.locale)
            item = QListWidgetItem(f"{info.title}  [{lang}]\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def problems_text(error: DocumentError, limit: int = 500) -> str:
    lines = [str(p) for p in error.problems[:limit]]
    if len(error.problems) > limit:
        lines.append(_t("… and {0} more").format(len(error.problems) - limit))
    return "\n".join(lines)


def show_document_error(parent: QWidget | None, path: str, error: DocumentError) -> QMessageBox:
    """A dialog listing every problem (path and reason); the open map is untouched."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Cannot open map"))
    count = len(error.problems)
    box.setText(_t("“{0}” cannot be opened: {1} problem(s) found.").format(path, count))
    box.setInformativeText(_t("The map you have open was not changed. Details:"))
    box.setDetailedText(problems_text(error))
    # show the details straight away: they are the point of this dialog
    for child in box.findChildren(QPlainTextEdit):
        child.setMinimumWidth(560)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("document-error")
    box.open()
    return box
