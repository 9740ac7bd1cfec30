"""The program makes no network connection and never executes anything from a map file.

At run time: every way to open a connection or look up a host name is replaced by a trap
while the command line and the editor do their work (open, edit, save, export, autosave).
In a fresh process, none of the networking modules is even imported. In the sources: no
networking or process-spawning import, no eval/exec/compile, no pickle.
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journeymapper.cli import main as cli_main
from journeymapper.io import load, save
from journeymapper.templates import load_template, template_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymapper"
TEMPLATE = "awareness-to-loyalty-en"
URLS = "http://example.invalid/x.png https://192.0.2.1/track <img src='http://192.0.2.1/a.png'>"


class NetworkTrap:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []

        def trap(name: str) -> Any:
            def refuse(*args: Any, **kwargs: Any) -> Any:
                self.calls.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
                raise OSError(f"network access attempted: {name}")

            return refuse

        for name in ("connect", "connect_ex", "sendto", "sendmsg"):
            monkeypatch.setattr(socket.socket, name, trap(f"socket.{name}"))
        for name in (
            "create_connection",
            "getaddrinfo",
            "gethostbyname",
            "gethostbyname_ex",
            "gethostbyaddr",
            "getnameinfo",
        ):
            monkeypatch.setattr(socket, name, trap(name))


@pytest.fixture
def trap(monkeypatch: pytest.MonkeyPatch) -> NetworkTrap:
    return NetworkTrap(monkeypatch)


def test_the_trap_works(trap: NetworkTrap) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.invalid", 80)
    s = socket.socket()
    try:
        with pytest.raises(OSError):
            s.connect(("192.0.2.1", 80))
    finally:
        s.close()
    assert len(trap.calls) == 3
    trap.calls.clear()


def test_command_line_makes_no_connection(
    trap: NetworkTrap, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.journey.json"
    assert cli_main(["validate", str(template_path(TEMPLATE))]) == 0
    assert cli_main(["templates"]) == 0
    assert cli_main(["schema"]) == 0
    assert cli_main(["new", "-t", TEMPLATE, "-o", str(out)]) == 0
    assert cli_main(["validate", str(out)]) == 0
    assert cli_main(["--version"]) == 0
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"format": "journeymapper", "$schema": "http://192.0.2.1/s.json"}')
    assert cli_main(["validate", str(bad)]) == 1
    capsys.readouterr()
    assert trap.calls == []


def test_editor_makes_no_connection(
    qtbot, trap: NetworkTrap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pixels import colour_pixels, ink_pixels, render_scene
    from PySide6.QtCore import QPoint, QRect, QRectF
    from PySide6.QtWidgets import QApplication

    from journeymapper.app import make_app
    from journeymapper.editing import edits
    from journeymapper.export import export_pdf, export_png
    from journeymapper.ui.main_window import MainWindow

    make_app()
    doc = load_template(TEMPLATE)
    doc.cards[0].body = URLS
    doc.connections[0].label = "http://192.0.2.1/"
    path = tmp_path / "map.journey.json"
    save(doc, path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    assert w.open_file(path)
    w.session.push(edits.set_map_field(w.session.doc, "title", "https://example.invalid"))
    w.scene.select_ids([doc.cards[0].id])
    QApplication.processEvents()
    # the whole window painted: the card's links drawn in the inspector and on the map
    shot = w.grab().toImage()
    body = w.inspector.fields["body"]
    assert ink_pixels(shot, QRect(body.mapTo(w, QPoint(0, 0)), body.size())) > 50
    theme = w.scene.layout.theme
    r = w.scene.layout.cards[doc.cards[0].id].rect
    card = render_scene(w.scene, QRectF(r.x - 4, r.y - 4, r.w + 8, r.h + 8), theme.page)
    assert ink_pixels(card) > 50
    assert colour_pixels(card, theme.selection) > 200
    assert w.guard.autosave_now()
    assert w.save()
    assert load(path).title == "https://example.invalid"
    export_pdf(w.session.doc, tmp_path / "map.pdf")
    export_png(w.session.doc, tmp_path / "map.png", dpi=72)
    assert trap.calls == []


NETWORK_MODULES = [
    "urllib.request",
    "http.client",
    "http.server",
    "ssl",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc.client",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
]

FRESH_PROCESS = r"""
import json, sys
from pathlib import Path
from journeymapper.cli import main
from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.export import export_pdf, export_png
from journeymapper.ui.main_window import MainWindow

out = Path(sys.argv[1])
main(["new", "-t", "awareness-to-loyalty-en", "-o", str(out / "m.journey.json")])
main(["validate", str(out / "m.journey.json")])
app = make_app()
w = MainWindow()
w.show()
w.open_file(out / "m.journey.json")
w.session.push(edits.set_map_field(w.session.doc, "title", "x"))
w.guard.autosave_now()
w.save()
export_pdf(w.session.doc, out / "m.pdf")
export_png(w.session.doc, out / "m.png", dpi=72)
w.session.undo_stack.setClean()
print(json.dumps(sorted(sys.modules)))
"""


def test_no_networking_module_is_loaded(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(tmp_path)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    loaded = set(json.loads(result.stdout.decode().strip().splitlines()[-1]))
    assert "journeymapper.ui.main_window" in loaded
    assert sorted(loaded & set(NETWORK_MODULES)) == []


# -- the sources -------------------------------------------------------------------------------

FORBIDDEN_IMPORTS = {
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "telnetlib",
    "xmlrpc",
    "ssl",
    "subprocess",
    "pickle",
    "marshal",
    "shelve",
    "ctypes",
    "webbrowser",
    "runpy",
    "code",
    "asyncio",
}
FORBIDDEN_QT = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets")
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input", "breakpoint"}
FORBIDDEN_OS = {
    "system",
    "popen",
    "spawnl",
    "spawnlp",
    "spawnv",
    "spawnvp",
    "execv",
    "execve",
    "execvp",
    "execl",
    "execlp",
    "startfile",
    "posix_spawn",
}
#: the one use of the socket module allowed: the host name written into lock files
SOCKET_ALLOWED = {"gethostname"}
#: the modules allowed to start processes: `install-desktop` runs the desktop's own cache
#: tools (update-desktop-database, update-mime-database) by fixed name, nothing from a map
#: the one exec: `layout.geometry.quick_init` writes the ``__init__`` of a geometry value
#: from the class's own field names when the module is imported, as the standard
#: library's dataclasses does for every dataclass (a map's data never reaches it); it
#: makes laying out a big map about a fifth faster (see the README's benchmark notes)
EXEC_ALLOWED = {"journeymapper/layout/geometry.py"}

SUBPROCESS_ALLOWED = {
    "journeymapper/desktop.py",
    # Compare With → The Last Git Commit: `git show HEAD:./NAME` and `git rev-parse`, git found
    # on the PATH, no shell, a time limit; the map's file name is one argument after "HEAD:./"
    "journeymapper/compare/git.py",
}


def sources() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 20
    return found


def scan(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    rel = path.relative_to(root)
    bad: list[str] = []
    socket_names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top == "subprocess" and rel.as_posix() in SUBPROCESS_ALLOWED:
                    continue
                if top in FORBIDDEN_IMPORTS or alias.name.startswith(FORBIDDEN_QT):
                    bad.append(f"{rel}:{node.lineno}: import {alias.name}")
                if alias.name == "importlib" or alias.name.startswith("importlib."):
                    bad.append(f"{rel}:{node.lineno}: import {alias.name}")
                if alias.name == "socket":
                    socket_names.add(alias.asname or "socket")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            top = node.module.split(".")[0]
            if top in FORBIDDEN_IMPORTS or node.module.startswith(FORBIDDEN_QT):
                bad.append(f"{rel}:{node.lineno}: from {node.module} import ...")
            if top == "importlib":
                bad.append(f"{rel}:{node.lineno}: from {node.module} import ...")
            if node.module == "socket":
                names = {a.name for a in node.names}
                if not names <= SOCKET_ALLOWED:
                    bad.append(f"{rel}:{node.lineno}: from socket import {sorted(names)}")
            if node.module == "PySide6":
                for a in node.names:
                    if a.name.startswith(("QtNetwork", "QtWebEngine", "QtWebSockets")):
                        bad.append(f"{rel}:{node.lineno}: from PySide6 import {a.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                if func.id == "exec" and rel.as_posix() in EXEC_ALLOWED:
                    continue
                bad.append(f"{rel}:{node.lineno}: call to {func.id}()")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "os"
                and func.attr in FORBIDDEN_OS
            ):
                bad.append(f"{rel}:{node.lineno}: call to os.{func.attr}()")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in socket_names
            and node.attr not in SOCKET_ALLOWED
        ):
            bad.append(f"{rel}:{node.lineno}: socket.{node.attr}")
    return bad


def test_sources_have_no_network_or_code_execution() -> None:
    problems = [line for path in sources() for line in scan(path)]
    assert problems == []


def test_scanner_catches_what_it_should(tmp_path: Path) -> None:
    """The scan itself can fail: each forbidden thing is found in a sample."""
    samples = {
        "import urllib.request": "import urllib.request",
        "from http import client": "from http import",
        "import requests": "import requests",
        "import subprocess": "import subprocess",
        "from PySide6.QtNetwork import QTcpSocket": "PySide6.QtNetwork",
        "from PySide6 import QtNetwork": "QtNetwork",
        "eval(data)": "eval()",
        "exec(text)": "exec()",
        "import os\nos.system('x')": "os.system()",
        "import socket\nsocket.create_connection(('h', 1))": "socket.create_connection",
        "import pickle": "import pickle",
    }
    pkg = tmp_path / "journeymapper"
    pkg.mkdir()
    for i, (code, expected) in enumerate(samples.items()):
        path = pkg / f"sample{i}.py"
        path.write_text(code + "\n", encoding="utf-8")
        found = scan(path, tmp_path)
        assert any(expected in line for line in found), (code, found)
    ok = pkg / "ok.py"
    ok.write_text("import socket\nhost = socket.gethostname()\ndialog.exec()\n", encoding="utf-8")
    assert scan(ok, tmp_path) == []


def test_map_content_is_never_code(tmp_path: Path) -> None:
    """Text that looks like code, template syntax or a path is stored, not run."""
    marker = tmp_path / "pwned"
    doc = load_template(TEMPLATE)
    payloads = [
        f"__import__('os').system('touch {marker}')",
        f"{{{{ ''.__class__.__mro__ }}}} $(touch {marker}) `touch {marker}`",
        "{0.__class__}",
        "%(x)s %s %n",
        f"file://{marker}",
    ]
    for card, text in zip(doc.cards, payloads, strict=False):
        card.title = text
        card.body = text
    doc.extensions = {"x": {"__class__": "os.system", "cmd": f"touch {marker}"}}
    path = tmp_path / "code.journey.json"
    save(doc, path)
    again = load(path)
    assert [c.title for c in again.cards[: len(payloads)]] == payloads
    assert again.extensions == doc.extensions
    assert cli_main(["validate", str(path)]) == 0
    assert not marker.exists()
