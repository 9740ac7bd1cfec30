"""The GUI entry: a QApplication with the main window on FILE or the example map."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__
from .editing.recovery import RecoveryStore
from .editing.session import DocumentSession
from .i18n import tr
from .model import DocumentError
from .render.fonts import family
from .resources import icon_path, resource_path

if TYPE_CHECKING:
    from .ui.main_window import MainWindow


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("journeymapper")
    app.setOrganizationName("journeymapper")
    app.setApplicationVersion(__version__)
    # the installed menu entry's id (packaging/linux/journeymapper.desktop): Wayland and the
    # taskbars match the window to it, for its icon and name
    app.setDesktopFileName("journeymapper")
    app.setWindowIcon(QIcon(str(icon_path("journeymapper"))))
    family()  # register the map font before anything measures text
    if app.platformName() in ("offscreen", "minimal"):
        # Cards we copied live in a Python-made QMimeData owned by the clipboard; without a
        # real clipboard it would be destroyed after Python has shut down (a crash at exit).
        app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())
    install_translations(app)
    return app


#: interface languages offered in Preferences ("" follows the system)
LANGUAGES = {"": "System", "en": "English", "it": "Italiano"}


def interface_locale() -> QLocale:
    """The language chosen in Preferences (JOURNEYMAPPER_LANG overrides it), else the system's."""
    choice = os.environ.get("JOURNEYMAPPER_LANG") or str(
        QSettings("journeymapper", "journeymapper").value("language", "") or ""
    )
    return QLocale(choice) if choice in LANGUAGES and choice else QLocale()


def install_translations(app: QApplication) -> None:
    """Our strings and Qt's own (standard buttons, file dialogs) in the chosen language."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    locale = interface_locale()
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    folder = resource_path("translations")
    if folder.is_dir() and ours.load(locale, "journeymapper", "_", str(folder)):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


#: every open main window (Qt does not keep Python wrappers alive by itself)
WINDOWS: list = []  # type: ignore[type-arg]


def offer_recovery(store: RecoveryStore | None = None) -> list[DocumentSession]:
    """After a crash: ask which unsaved maps to recover; their sessions, as unsaved maps."""
    from .ui.dialogs import RecoveryDialog

    store = store or RecoveryStore()
    entries = store.orphans()
    if not entries:
        return []
    dialog = RecoveryDialog(entries)
    dialog.exec()
    if dialog.choice == "later":
        return []
    chosen = set(dialog.selected_keys()) if dialog.choice == "recover" else set()
    sessions: list[DocumentSession] = []
    for entry in entries:
        if entry.key not in chosen:
            store.remove(entry.key)
            continue
        try:
            doc = entry.load()
        except DocumentError as exc:
            QMessageBox.warning(
                None,
                tr("app", "Cannot recover map"),
                tr("app", "The recovery copy of “{0}” is damaged:\n{1}").format(
                    entry.title, exc.summary()
                ),
            )
            continue
        session = DocumentSession(doc)
        session.recovery_key = entry.key  # keep autosaving to the same copy
        session.mark_unsaved()
        store.write(entry.key, doc, None)  # now owned by this process
        sessions.append(session)
    return sessions


def open_window(session: DocumentSession | None = None) -> MainWindow:
    from .ui.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    WINDOWS.append(window)
    return window


def run_gui(path: str | None = None) -> int:
    """Start the editor; returns the process exit code."""
    app = make_app()
    recovered = offer_recovery()
    for session in recovered:
        open_window(session)
    if path is not None or not recovered:
        window = open_window()
        if path is not None:
            QTimer.singleShot(0, lambda: window.open_file(path))
    return app.exec()
