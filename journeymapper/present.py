"""``journeymapper present FILE``: the editor window straight into presentation mode
(Escape leaves to the normal editor on the same map).

Qt is imported only when the command runs (``journeymapper --help`` stays quick)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .i18n import tr

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


def add_parser(sub: Any) -> None:
    """Adds the ``present`` sub-command to the sub-parsers of ``journeymapper``."""
    p = sub.add_parser(
        "present",
        help=tr("cli", "open FILE full screen in presentation mode (Escape leaves to the editor)"),
    )
    p.add_argument("file", metavar="FILE")


def run(ns: argparse.Namespace) -> int:
    from .model import DocumentError

    if not Path(ns.file).is_file():
        print(f"journeymapper: {ns.file}: " + tr("cli", "no such file"), file=sys.stderr)
        return EXIT_USAGE
    from .app import make_app, open_window
    from .editing.session import DocumentSession

    app = make_app()
    try:
        session = DocumentSession.open(ns.file)
    except DocumentError as exc:
        for line in exc.lines(ns.file):
            print(line, file=sys.stderr)
        return EXIT_INVALID
    window = open_window(session)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: window.workshop.presentation.enter())
    return app.exec()
