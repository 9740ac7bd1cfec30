"""The GUI entry: a QApplication with the main window on FILE or the example map."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import __version__
from .render.fonts import family
from .resources import icon_path, resource_path


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("journeymapper")
    app.setOrganizationName("journeymapper")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("journeymapper"))))
    family()  # register the map font before anything measures text
    translator = QTranslator(app)
    folder = resource_path("translations")
    if folder.is_dir() and translator.load(QLocale(), "journeymapper", "_", str(folder)):
        app.installTranslator(translator)
    return app


def run_gui(path: str | None = None) -> int:
    """Start the editor; returns the process exit code."""
    app = make_app()
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path is not None:
        QTimer.singleShot(0, lambda: window.open_file(path))
    return app.exec()
