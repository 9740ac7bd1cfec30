"""Test set-up: Qt runs offscreen, and no test touches the user's settings or files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# tests read English messages whatever the machine's language
os.environ["JOURNEYMAPPER_LANG"] = "en"

import pytest

_APP = None


def pytest_sessionstart(session: pytest.Session) -> None:
    """One QApplication for the whole run, made before any test: code under test that
    needs a Qt application (the PNG export) makes a bare QGuiApplication when there is
    none, and widget tests could not run after it, whatever order the tests run in."""
    global _APP
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    # Qt reads where settings live once per process: point it at a throw-away folder
    # before anything asks (the per-test HOME below comes too late for Qt)
    folder = tempfile.mkdtemp(prefix="journeymapper-test-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    if QApplication.instance() is None:
        _APP = QApplication(["pytest-qt-qapp"])
        _APP.setApplicationName("pytest-qt-qapp")


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    """Every test starts with no remembered settings (language, window state, export
    choices, recent maps, presets): what one test stores cannot change another."""
    from PySide6.QtCore import QSettings

    QSettings("journeymapper", "journeymapper").clear()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, recent files and recovery copies go to a throw-away folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def language():  # type: ignore[no-untyped-def]
    """``use("it")`` switches the interface language (the app's own translators); English
    again afterwards."""
    from PySide6.QtCore import QLocale

    from journeymapper.app import install_translations, make_app

    app = make_app()

    def use(lang: str) -> None:
        os.environ["JOURNEYMAPPER_LANG"] = lang
        install_translations(app)

    yield use
    use("en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would hang an offscreen test: any unexpected one fails it.
    (Tests that expect a prompt patch the method again with their answer.) Not autouse:
    a GUI test module asks for it with
    ``pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")``."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A shown main window on the template map at 100 %, the view focused (see
    ``gui_helpers.open_window``). A module may define its own ``window``."""
    from gui_helpers import open_window

    return open_window(qtbot)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Delete every window and scene while Python is still alive.

    Qt objects that outlive the interpreter are destroyed by Qt's exit handlers, which
    then call back into a finalized Python and crash the process after the summary.
    """
    import gc

    try:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    app = QApplication.instance()
    if app is None:
        return
    # Mime data we put on the clipboard is a Python object owned by Qt's clipboard; on
    # the offscreen platform it is destroyed after Python has gone.
    QApplication.clipboard().clear()
    for widget in QApplication.topLevelWidgets():
        dock = getattr(widget, "insights", None)
        if hasattr(dock, "stop"):
            dock.stop()  # (a window whose close was refused keeps its worker otherwise)
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(params=["no system fallback", "a system fallback"])
def system_fallback(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """The PDF exporter's look-up of a system fallback font, made to find none or a known
    font, whatever fonts this machine has (fonts-droid-fallback or not): the registered
    font name, or None. The known font is the Khmer subset reportlab ships for its own
    tests (NotoSansKhmer: ឆ ន ា ំ ្, glyphs DejaVu Sans lacks; no CJK)."""
    from pathlib import Path

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from journeymapper.text import metrics

    name = None
    if request.param == "a system fallback":
        name = "JM-TestFallback"
        path = Path(reportlab.__file__).parent / "fonts" / "hb-test.ttf"
        pdfmetrics.registerFont(TTFont(name, str(path)))
    monkeypatch.setattr(metrics, "fallback_font", lambda: name)
    return name
