"""Every OSError on a save path is a message, never a traceback or a silent exit.

Issue 10, items 1, 7, 9, 10 and 14. Permission errors are produced for real in a child
process that cannot bypass file permissions: as root, `setpriv` drops CAP_DAC_OVERRIDE
and CAP_DAC_READ_SEARCH; as another user nothing needs dropping. Errors a test cannot
produce for real (EIO, ESTALE from a dropped network share) are simulated in-process.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from unprivileged import prefix as unprivileged_prefix

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.io import SaveError, dumps, load, save, write_atomic
from journeymapper.io.save import backup_path
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "awareness-to-loyalty-en"
LONG_NAME = "m" * 300 + ".journey.json"


def unprivileged(_tmp_path: Path) -> list[str]:
    return unprivileged_prefix()


def run_cli(prefix: list[str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*prefix, sys.executable, "-m", "journeymapper", *args],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        env=env,
        cwd=cwd,
        check=False,
    )


def assert_clear_failure(result: subprocess.CompletedProcess, path: str, words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert path in result.stderr, result.stderr
    assert words in result.stderr, result.stderr


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


@pytest.fixture
def locked_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "locked"
    folder.mkdir()
    save(load_template(TEMPLATE), folder / "inside.journey.json")
    folder.chmod(0)
    yield folder
    folder.chmod(0o755)


# -- item 1: io.save, for real, as a user without the permission bypass -------------------


SAVE_CHILD = r"""
import sys
from journeymapper.io import SaveError, save
from journeymapper.templates import load_template
try:
    save(load_template("awareness-to-loyalty-en"), sys.argv[1], backup=True)
except SaveError as exc:
    print("SaveError:", exc.message)
    sys.exit(1)
print("saved")
"""


def test_save_into_an_unreadable_folder_is_a_save_error(
    tmp_path: Path, locked_folder: Path
) -> None:
    """`is_file()` raised PermissionError outside the `try` of `save()`."""
    prefix = unprivileged(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [*prefix, sys.executable, "-c", SAVE_CHILD, str(locked_folder / "inside.journey.json")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "SaveError: permission denied" in result.stdout


@pytest.mark.parametrize("backup", [True, False])
@pytest.mark.parametrize("err", [errno.EACCES, errno.EIO, errno.ESTALE, errno.ENAMETOOLONG])
def test_every_oserror_of_save_is_a_save_error(
    user_file: Path, monkeypatch: pytest.MonkeyPatch, err: int, backup: bool
) -> None:
    before = user_file.read_bytes()
    real_stat = os.stat

    def failing_stat(path: Any, *a: Any, **k: Any) -> Any:
        if os.fspath(path) == os.fspath(user_file):
            raise OSError(err, os.strerror(err), os.fspath(path))
        return real_stat(path, *a, **k)

    monkeypatch.setattr(os, "stat", failing_stat)
    with pytest.raises(SaveError):
        save(load_template(TEMPLATE), user_file, backup=backup)
    with pytest.raises(SaveError):
        write_atomic(user_file, b"x")
    monkeypatch.undo()
    assert user_file.read_bytes() == before


def test_a_name_over_255_bytes_is_explained(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        save(load_template(TEMPLATE), tmp_path / LONG_NAME)
    assert "too long" in info.value.message


def test_a_long_but_legal_name_saves(tmp_path: Path) -> None:
    """The temporary file's name must not be longer than the longest legal target name."""
    target = tmp_path / ("n" * (255 - len(".journey.json")) + ".journey.json")
    save(load_template(TEMPLATE), target, backup=False)
    assert load(target).title
    save(load_template(TEMPLATE), target)  # and again, over it


# -- item 1: the editor --------------------------------------------------------------------


@pytest.fixture
def window(qtbot, user_file: Path) -> MainWindow:
    make_app()
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.show()
    assert w.open_file(user_file)
    return w


def rename(w: MainWindow, title: str) -> None:
    w.session.push(edits.set_map_field(w.session.doc, "title", title))


class Boxes:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, warning_answer: Any) -> None:
        self.critical: list[str] = []
        self.warnings: list[str] = []

        def critical(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            self.critical.append(text)
            return QMessageBox.StandardButton.Ok

        def warning(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            self.warnings.append(text)
            return warning_answer

        monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))


@pytest.mark.parametrize("err", [errno.EACCES, errno.EIO, errno.ESTALE])
def test_close_then_save_failing_keeps_the_window_and_the_copy(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    """Close → Save on a folder that fails: before, the error escaped closeEvent after the
    close was accepted and the process exited silently."""
    before = user_file.read_bytes()
    rename(window, "Work of the whole morning")
    assert window.guard.autosave_now()
    rename(window, "Work of the whole morning, and more")
    store, key = window.guard.store, window.session.recovery_key
    copy = store.folder / f"{key}.journey.json"
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Save)
    real_stat = os.stat

    def failing_stat(path: Any, *a: Any, **k: Any) -> Any:
        if user_file.parent == Path(os.fspath(path)).parent:
            raise OSError(err, os.strerror(err), os.fspath(path))
        return real_stat(path, *a, **k)

    with monkeypatch.context() as broken:
        broken.setattr(os, "stat", failing_stat)
        assert window.close() is False
    assert boxes.warnings, "the unsaved-changes prompt was not shown"
    assert len(boxes.critical) == 1 and "not saved" in boxes.critical[0]
    assert window.isVisible()
    assert window.session.modified
    assert window.session.doc.title == "Work of the whole morning, and more"
    # the recovery copy stays, brought up to date with the last change
    assert copy.is_file()
    assert load(copy).title == "Work of the whole morning, and more"
    assert user_file.read_bytes() == before


def test_save_as_a_name_over_255_bytes_shows_a_message(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rename(window, "Long name")
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    target = user_file.parent / LONG_NAME
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save_as() is False
    assert len(boxes.critical) == 1
    assert "too long" in boxes.critical[0]
    assert window.session.modified
    assert window.session.path == user_file


# -- item 7: symbolic links and non-regular files ------------------------------------------


def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "map.journey.json"
    save(load_template(TEMPLATE), target)
    target.chmod(0o640)
    link = tmp_path / "link.journey.json"
    link.symlink_to(target)
    doc = load_template(TEMPLATE)
    doc.title = "Through the link"
    save(doc, link, backup=True)
    assert link.is_symlink(), "the link was replaced by a file"
    assert os.readlink(link) == str(target)
    assert target.read_bytes() == dumps(doc)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert backup_path(target).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.journey.json", "real"]


def test_saving_through_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.journey.json"
    link.symlink_to(tmp_path / "made.journey.json")
    save(load_template(TEMPLATE), link)
    assert link.is_symlink()
    assert load(tmp_path / "made.journey.json").title


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_export_through_a_link_to_a_device_is_refused(tmp_path: Path, user_file: Path) -> None:
    """`export -o full.pdf` where full.pdf -> /dev/full wrote a 0666 PDF over the link."""
    link = tmp_path / "full.pdf"
    link.symlink_to("/dev/full")
    result = run_cli([], "export", str(user_file), "-o", str(link))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    assert "not a regular file" in result.stderr
    assert link.is_symlink() and os.readlink(link) == "/dev/full"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_write_atomic_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.journey.json"
    os.mkfifo(fifo)
    with pytest.raises(SaveError) as info:
        write_atomic(fifo, b"data")
    assert "not a regular file" in info.value.message
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# -- item 9: a read-only file --------------------------------------------------------------


def test_mode_444_is_read_only_even_for_root(user_file: Path) -> None:
    from journeymapper.io.save import is_read_only

    assert not is_read_only(user_file)
    user_file.chmod(0o444)
    assert is_read_only(user_file)
    assert not is_read_only(user_file.parent / "missing.journey.json")


@pytest.mark.parametrize("answer", ["Cancel", "Save"])
def test_saving_over_a_read_only_file_asks_first(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    before = user_file.read_bytes()
    user_file.chmod(0o444)
    rename(window, "Edited a read-only map")
    boxes = Boxes(monkeypatch, getattr(QMessageBox.StandardButton, answer))
    saved = window.save()
    assert len(boxes.warnings) == 1 and "read-only" in boxes.warnings[0]
    if answer == "Cancel":
        assert saved is False
        assert user_file.read_bytes() == before
        assert window.session.modified
    else:
        assert saved is True
        assert load(user_file).title == "Edited a read-only map"
        assert stat.S_IMODE(user_file.stat().st_mode) == 0o444


# -- items 10 and 14: the command line ----------------------------------------------------


def test_export_never_writes_over_the_map_it_reads(tmp_path: Path, user_file: Path) -> None:
    named_pdf = tmp_path / "map.pdf"
    shutil.copy(user_file, named_pdf)
    before = named_pdf.read_bytes()
    alias = tmp_path / "alias.pdf"
    alias.symlink_to(named_pdf)
    for output in (str(named_pdf), str(alias), os.path.join(str(tmp_path), ".", "map.pdf")):
        result = run_cli([], "export", str(named_pdf), "-o", output)
        assert "Traceback" not in result.stderr
        assert result.returncode == 2, result.stderr
        assert "map being exported" in result.stderr
        assert named_pdf.read_bytes() == before
    assert alias.is_symlink()


def test_cli_long_names_are_messages(tmp_path: Path, user_file: Path) -> None:
    long_path = str(tmp_path / LONG_NAME)
    assert_clear_failure(run_cli([], long_path), long_path, "too long")
    assert_clear_failure(run_cli([], "new", "-t", TEMPLATE, "-o", long_path), long_path, "too long")
    long_pdf = str(tmp_path / ("p" * 300 + ".pdf"))
    assert_clear_failure(
        run_cli([], "export", str(user_file), "-o", long_pdf), long_pdf, "too long"
    )


def test_cli_permission_errors_are_messages(
    tmp_path: Path, user_file: Path, locked_folder: Path
) -> None:
    prefix = unprivileged(tmp_path)
    inside = str(locked_folder / "inside.journey.json")
    assert_clear_failure(run_cli(prefix, inside), inside, "permission denied")
    new = str(locked_folder / "new.journey.json")
    assert_clear_failure(
        run_cli(prefix, "new", "-t", TEMPLATE, "-o", new), new, "permission denied"
    )
    out = str(locked_folder / "out.pdf")
    assert_clear_failure(
        run_cli(prefix, "export", str(user_file), "-o", out), out, "permission denied"
    )
    out_png = str(locked_folder / "out.png")
    assert_clear_failure(
        run_cli(prefix, "export", str(user_file), "-o", out_png), out_png, "permission denied"
    )


CLOSE_CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.ui.main_window import MainWindow

path = Path(sys.argv[1])
app = make_app()
shown = []
QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save)
QMessageBox.critical = staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
w = MainWindow()
w.show()
assert w.open_file(path)
w.session.push(edits.set_map_field(w.session.doc, "title", "Edited, then the folder went"))
copy = w.guard.store.folder / f"{w.session.recovery_key}.journey.json"
path.parent.chmod(0)
try:
    closed = w.close()
finally:
    path.parent.chmod(0o755)
print("closed", closed)
print("visible", w.isVisible())
print("modified", w.session.modified)
print("copy", copy.is_file())
print("messages", len(shown), "not saved" in "".join(shown))
w.session.undo_stack.setClean()
"""


def test_close_save_into_a_folder_made_unreadable_for_real(tmp_path: Path, user_file: Path) -> None:
    """The issue's reproduction, as a user without the permission bypass: open, edit,
    `chmod 000` the folder, close the window, choose Save."""
    prefix = unprivileged(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    before = user_file.read_bytes()
    result = subprocess.run(
        [*prefix, sys.executable, "-c", CLOSE_CHILD, str(user_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "closed False",
        "visible True",
        "modified True",
        "copy True",
        "messages 1 True",
    ], result.stdout
    assert user_file.read_bytes() == before
