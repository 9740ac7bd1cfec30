"""The GUI entry: a QApplication with the main window on FILE, or the start page."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__, startup
from .editing.recovery import RecoveryStore
from .editing.session import DocumentSession
from .i18n import tr
from .model import DocumentError
from .render import threads
from .render.fonts import family
from .resources import icon_path, resource_path
from .templates import blank_map

if TYPE_CHECKING:
    from pathlib import Path

    from .ui.main_window import MainWindow
    from .ui.start_page import StartPage


def make_app(argv: list[str] | None = None) -> QApplication:
    startup.settle()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        threads.paint_inline()
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
    from .ui import dialogs

    dialogs.install_plain_message_boxes()  # user text in message boxes is plain text
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
    # Qt's own (file dialogs, standard buttons): from Qt's folder, else the copy we ship;
    # then the few strings that translation lacks
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder) or qt.load(locale, "qtbase", "_", str(folder)):
        app.installTranslator(qt)
    extra = QTranslator(app)
    if extra.load(locale, "qtbase_extra", "_", str(folder)):
        app.installTranslator(extra)


#: every open main window (Qt does not keep Python wrappers alive by itself)
WINDOWS: list = []  # type: ignore[type-arg]


def offer_recovery(store: RecoveryStore | None = None) -> list[DocumentSession]:
    """After a crash: ask which unsaved maps to recover; their sessions, as unsaved maps."""
    from .ui.dialogs import RecoveryDialog

    store = store or RecoveryStore()
    # claimed before they are offered: another instance starting now does not offer them
    entries = [entry for entry in store.orphans() if store.claim(entry)]
    if not entries:
        return []
    dialog = RecoveryDialog(entries)
    dialog.exec()
    if dialog.choice == "later":
        for entry in entries:
            store.release(entry)
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
            store.release(entry)
            continue
        session = DocumentSession(doc)
        session.recovery_key = entry.key  # keep autosaving to the same copy
        session.mark_unsaved()
        store.adopt(entry, doc)  # now owned by this process; the original path is kept
        sessions.append(session)
    return sessions


def open_window(session: DocumentSession | None = None) -> MainWindow:
    from .ui.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    WINDOWS.append(window)
    return window


def run_gui(path: str | None = None, example: bool = False) -> int:
    """Start the editor; returns the process exit code.

    ``example``: straight on the built-in example map (in the interface's language), as
    an unsaved copy, instead of the start page (`journeymapper --example`).

    Without FILE the start page comes first (a new blank map, Open…, the examples with
    the built-in example map first, the recent maps); it opens the chosen map in a main
    window. With FILE it starts on an empty map and opens FILE: a broken file leaves the
    empty map and a message about the file; a file that does not exist is offered as a
    new map.
    """
    app = make_app()
    recovered = offer_recovery()
    for session in recovered:
        open_window(session)
    if example:
        from .templates import default_template, load_template

        open_window(DocumentSession(load_template(default_template())))
    elif path is None:
        if not recovered:
            show_start_page()
    else:
        window = open_window(DocumentSession(blank_map()))
        QTimer.singleShot(0, lambda: open_or_create(window, path))
    return app.exec()


def show_start_page() -> StartPage:
    """The first screen; it closes when a map is opened in a main window."""
    from .templates import load_template
    from .ui.start_page import StartPage

    page = StartPage()

    def leave(session: DocumentSession) -> MainWindow:
        window = open_window(session)
        page.close()
        if page in WINDOWS:
            WINDOWS.remove(page)
        page.deleteLater()
        return window

    def open_path(path: Path) -> None:
        # like FILE: a file that cannot be opened leaves an empty map and a message
        window = leave(DocumentSession(blank_map()))
        window.open_file(path)

    page.new_blank.connect(
        lambda framework, language: leave(DocumentSession(blank_map(language, framework)))
    )
    page.example_chosen.connect(lambda name: leave(DocumentSession(load_template(name))))
    page.file_chosen.connect(open_path)
    page.show()
    WINDOWS.append(page)
    return page


def open_or_create(window: MainWindow, path: str) -> bool:
    """Open ``path`` in ``window``; when there is no such file, offer to start a new map
    that will be saved there. True when the window shows ``path`` afterwards."""
    if os.path.lexists(path):
        return window.open_file(path)
    answer = QMessageBox.question(
        window,
        tr("app", "New map"),
        tr(
            "app",
            "“{0}” does not exist yet.\n\nStart a new map that will be saved there?",
        ).format(path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    session = DocumentSession(blank_map(), os.path.abspath(path))
    window.set_session(session)
    session.mark_unsaved()  # nothing is on disk yet: Save (or closing) writes it
    window.statusBar().showMessage(
        tr("app", "New map: Save writes it to {0}").format(session.path), 15000
    )
    return True
