"""File → Import…: read an .ojf, Mermaid journey or CSV file into a new, unsaved map and list
what the conversion dropped or assumed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..editing.session import DocumentSession
from ..i18n import tr
from ..interop import ConversionWarning, ImportResult, InteropError, format_of, import_file
from ..interop.csv_io import LAYOUTS

if TYPE_CHECKING:
    from .main_window import MainWindow


def import_filter() -> str:
    return ";;".join(
        [
            tr("ImportDialog", "Maps from other tools (*.ojf *.mmd *.mermaid *.md *.csv)"),
            tr("ImportDialog", "Open Journey Format (*.ojf)"),
            tr("ImportDialog", "Mermaid journey (*.mmd *.mermaid *.md)"),
            tr("ImportDialog", "CSV sheet (*.csv)"),
        ]
    )


class ImportWarningsDialog(QDialog):
    """The warnings of one import, one per line, as plain text."""

    def __init__(
        self, source: str, warnings: list[ConversionWarning], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-warnings")
        self.setWindowTitle(tr("ImportDialog", "Import warnings"))
        layout = QVBoxLayout(self)
        label = QLabel(
            tr(
                "ImportDialog",
                "“{0}” is open as a new, unsaved map. {1} thing(s) could not be carried "
                "over exactly:",
            ).format(Path(source).name, len(warnings))
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.addItems([str(w) for w in warnings])
        self.list.setMinimumWidth(620)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _ask_layout(window: QWidget) -> str | None:
    names = {
        "full": tr("ImportDialog", "full: one row per part, with a “type” column"),
        "simple": tr("ImportDialog", "simple: stage, lane, title, body"),
        "grid": tr("ImportDialog", "grid: stages across, lanes down"),
        "steps": tr("ImportDialog", "steps: one row per step, one column per lane"),
    }
    choice, ok = QInputDialog.getItem(
        window,
        tr("ImportDialog", "CSV layout"),
        tr(
            "ImportDialog", "The shape of this sheet cannot be told from its first row. Read it as:"
        ),
        [names[name] for name in LAYOUTS],
        0,
        False,
    )
    if not ok:
        return None
    return next(name for name in LAYOUTS if names[name] == choice)


def show_import_error(window: QWidget, path: str, exc: InteropError) -> QMessageBox:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setObjectName("import-error")
    box.setWindowTitle(tr("ImportDialog", "Cannot import"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr(
            "ImportDialog", "“{0}” cannot be imported. The map you have open was not changed."
        ).format(path)
        + "\n\n"
        + exc.line(Path(path).name)
    )
    box.open()
    return box


def import_into(window: MainWindow, path: str, csv_layout: str | None = None) -> bool:
    """Import ``path`` and show it in ``window`` as a new unsaved map (warnings listed)."""
    try:
        result: ImportResult = import_file(path, csv_layout=csv_layout)
    except InteropError as exc:
        if format_of(path) == "csv" and csv_layout is None and "--csv-layout" in exc.message:
            layout = _ask_layout(window)
            if layout is not None:
                return import_into(window, path, layout)
            return False
        window.last_error_dialog = show_import_error(window, path, exc)
        return False
    if not window.maybe_save():
        return False
    session = DocumentSession(result.doc)
    window.set_session(session)
    session.mark_unsaved()
    if result.warnings:
        dialog = ImportWarningsDialog(path, result.warnings, window)
        dialog.open()
        window.last_error_dialog = dialog
    return True


def import_dialog(window: MainWindow) -> None:
    """Ask for a file and import it."""
    start = str(window.session.path.parent) if window.session.path else os.getcwd()
    path, _ = QFileDialog.getOpenFileName(
        window, tr("ImportDialog", "Import a map"), start, import_filter()
    )
    if path:
        import_into(window, path)
