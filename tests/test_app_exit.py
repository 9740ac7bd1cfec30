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


EXAMPLE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journeymapper.app import make_app
from journeymapper.cli import main

make_app()  # the one the command will use, so that the timer below can be set

def look():
    titles = [w.session.doc.title for w in QApplication.topLevelWidgets()
              if hasattr(w, "session") and w.isVisible()]
    print("TITLES", titles, flush=True)
    QApplication.quit()

QTimer.singleShot(1500, look)
sys.exit(main(["--example"]))
"""


def test_example_flag_opens_the_example_map_not_the_start_page(tmp_path: Path) -> None:
    """`bash packaging/dev.sh run` (the README's first command) runs `journeymapper
    --example`: the editor on the built-in example map, as an unsaved copy."""
    from journeymapper.templates import DEFAULT_TEMPLATE, load_template

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEYMAPPER_LANG": "en",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", EXAMPLE], env=env, capture_output=True, text=True, timeout=120
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("TITLES")), "")
    assert repr(load_template(DEFAULT_TEMPLATE).title) in line, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]


def test_dev_script_runs_the_example_without_a_file() -> None:
    script = (Path(__file__).resolve().parents[1] / "packaging" / "dev.sh").read_text()
    assert "set -- --example" in script
