"""The bundle's entry point: the same ``journeymapper`` command as the installed one.

One executable for the GUI and every sub-command. ``JOURNEYMAPPER_BUNDLE_CHECK=1`` is used by
``bash packaging/build.sh --check`` only: the editor opens FILE through the normal start-up,
reports what the window shows (title, icon, desktop file name, translations) and quits.
"""

from __future__ import annotations

import json
import os
import sys


def _bundle_check(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTimer
    from PySide6.QtWidgets import QApplication

    from journeymapper import app as gui
    from journeymapper.cli import main

    application = gui.make_app(["journeymapper"])
    facts: dict[str, object] = {}

    def report() -> None:
        windows = [w for w in gui.WINDOWS if w.isVisible()]
        facts.update(
            windows=len(windows),
            title=windows[0].windowTitle() if windows else None,
            icon=not application.windowIcon().isNull(),
            desktop_file=application.desktopFileName(),
            organization=application.organizationName(),
            qt_translations=QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            # Qt's own strings and ours, in the interface language (JOURNEYMAPPER_LANG)
            qt_cancel=QCoreApplication.translate("QPlatformTheme", "Cancel"),
            our_edit_menu=QCoreApplication.translate("MainWindow", "&Edit"),
            platform=application.platformName(),
        )
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(int(os.environ.get("JOURNEYMAPPER_BUNDLE_CHECK_MS", "1500")), report)
    code = main(argv)
    print("BUNDLE-CHECK " + json.dumps({"exit": code, **facts}), flush=True)
    return code


if __name__ == "__main__":
    if os.environ.get("JOURNEYMAPPER_BUNDLE_CHECK") == "1":
        sys.exit(_bundle_check(sys.argv[1:]))
    from journeymapper.cli import entry

    entry()
