"""File → Import… and File → Export to Another Format…: Open Journey Format, Mermaid journey
and CSV, in and out, listing what a conversion dropped or assumed."""

from __future__ import annotations

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
from ..i18n import tr, trn
from ..interop import (
    ConversionWarning,
    ImportResult,
    InteropError,
    export_bytes,
    format_of,
    import_file,
)
from ..interop.csv_io import LAYOUTS
from ..io import SaveError, write_atomic
from .dialogs import message_box, remember_folder, start_folder

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
        self,
        source: str,
        warnings: list[ConversionWarning],
        parent: QWidget | None = None,
        exported: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export-warnings" if exported else "import-warnings")
        if exported:
            self.setWindowTitle(tr("ImportDialog", "Export warnings"))
            text = trn(
                "ImportDialog",
                "“{0}” was written. %n thing(s) of the map could not be carried over exactly:",
                None,
                len(warnings),
            )
        else:
            self.setWindowTitle(tr("ImportDialog", "Import warnings"))
            text = trn(
                "ImportDialog",
                "“{0}” is open as a new, unsaved map. %n thing(s) could not be carried "
                "over exactly:",
                None,
                len(warnings),
            )
        layout = QVBoxLayout(self)
        label = QLabel(text.format(Path(source).name))
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
    box = message_box(
        window,
        QMessageBox.Icon.Warning,
        tr("ImportDialog", "Cannot import"),
        tr(
            "ImportDialog", "“{0}” cannot be imported. The map you have open was not changed."
        ).format(path)
        + "\n\n"
        + exc.line(Path(path).name),
    )
    box.setObjectName("import-error")
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
    start = start_folder(window.settings, window.session.path)
    path, _ = QFileDialog.getOpenFileName(
        window, tr("ImportDialog", "Import a map"), start, import_filter()
    )
    if path:
        remember_folder(window.settings, path)
        import_into(window, path)


#: the formats File → Export to Another Format… writes: (format, suffix, filter text)
def _export_filters() -> list[tuple[str, str, str]]:
    return [
        ("csv", ".csv", tr("ImportDialog", "CSV sheet (*.csv)")),
        ("mermaid", ".mmd", tr("ImportDialog", "Mermaid journey (*.mmd)")),
        ("ojf", ".ojf", tr("ImportDialog", "Open Journey Format (*.ojf)")),
    ]


def export_other(window: MainWindow, path: str, fmt: str) -> bool:
    """Write the open map to ``path`` as ``fmt``; say what the format could not hold."""
    data, warnings = export_bytes(window.session.doc, fmt)
    try:
        write_atomic(path, data)
    except SaveError as exc:
        box = message_box(
            window, QMessageBox.Icon.Warning, tr("ImportDialog", "Export failed"), str(exc)
        )
        box.open()
        window.last_error_dialog = box
        return False
    window.statusBar().showMessage(tr("ImportDialog", "Wrote {0}").format(path), 8000)
    if warnings:
        dialog = ImportWarningsDialog(path, warnings, window, exported=True)
        dialog.open()
        window.last_error_dialog = dialog
    return True


def export_other_dialog(window: MainWindow) -> None:
    """Ask for a CSV, Mermaid or Open Journey Format file name and write the map to it."""
    filters = _export_filters()
    stem = (
        Path(window.session.path.name.removesuffix(".journey.json")).stem
        if (window.session.path)
        else "map"
    )
    start = str(Path(start_folder(window.settings, window.session.path)) / (stem + ".csv"))
    path, chosen = QFileDialog.getSaveFileName(
        window,
        tr("ImportDialog", "Export to another format"),
        start,
        ";;".join(text for _, _, text in filters),
    )
    if not path:
        return
    fmt, suffix = next(((f, x) for f, x, text in filters if text == chosen), ("csv", ".csv"))
    by_suffix = {x: f for f, x, _ in filters}
    if Path(path).suffix.lower() in by_suffix:
        fmt = by_suffix[Path(path).suffix.lower()]
    else:
        path += suffix
    remember_folder(window.settings, path)
    export_other(window, path, fmt)
