"""Closing the editor prints nothing: no traceback while Qt tears the window down."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

app = make_app(["journeymapper"])
w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
w.resize(1200, 800)
w.show()
QTimer.singleShot(800, app.quit)
app.exec()
print("QUIT", flush=True)
"""


def test_the_window_closes_without_a_traceback(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "QUIT" in proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
