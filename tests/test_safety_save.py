"""Saving when things go wrong, and the backup of the previous version.

- ``NAME.journey.json.bak`` keeps the previous bytes on save (preference, on by default);
- a full disk or a read-only folder gives a plain message; in the editor the map stays
  open and unsaved, the file on disk is unchanged and no temporary file is left.
"""

from __future__ import annotations

import errno
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import unprivileged
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import SaveError, dumps, load, save
from journeymapper.io.save import TEMP_SUFFIX, backup_path
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

TEMPLATE = "awareness-to-loyalty-en"
#: the module (``journeymapper.io.save`` the attribute is the function)
save_module = importlib.import_module("journeymapper.io.save")


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "workshop.journey.json"
    save(load_template(TEMPLATE), path)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(TEMP_SUFFIX))


# -- backups -------------------------------------------------------------------------------


def test_backup_keeps_previous_bytes(user_file: Path) -> None:
    first = user_file.read_bytes()
    doc = load(user_file)
    doc.title = "Second version"
    second = save(doc, user_file, backup=True)
    bak = backup_path(user_file)
    assert bak.name == "workshop.journey.json.bak"
    assert bak.read_bytes() == first
    assert user_file.read_bytes() == second

    doc.title = "Third version"
    save(doc, user_file, backup=True)
    assert bak.read_bytes() == second, "the backup must be the version just before"

    # saving the same content again does not replace the backup with a copy of itself
    save(doc, user_file, backup=True)
    assert bak.read_bytes() == second
    # the backup is itself a valid map
    assert load(bak).title == "Second version"
    assert leftovers(user_file.parent) == []


def test_no_backup_unless_asked(user_file: Path) -> None:
    doc = load(user_file)
    doc.title = "Changed"
    save(doc, user_file)
    assert not backup_path(user_file).exists()


def test_backup_of_a_new_file_is_not_made(tmp_path: Path) -> None:
    target = tmp_path / "new.journey.json"
    save(load_template(TEMPLATE), target, backup=True)
    assert not backup_path(target).exists()


@pytest.fixture
def window(qtbot, user_file: Path) -> MainWindow:
    make_app()
    w = MainWindow(DocumentSession.open(user_file))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    yield w
    w.settings.remove("backup_on_save")


def rename(w: MainWindow, title: str) -> None:
    w.session.push(edits.set_map_field(w.session.doc, "title", title))


def test_editor_keeps_a_backup_by_default(window: MainWindow, user_file: Path) -> None:
    window.settings.remove("backup_on_save")
    first = user_file.read_bytes()
    rename(window, "Edited in the editor")
    assert window.save()
    assert backup_path(user_file).read_bytes() == first
    assert load(user_file).title == "Edited in the editor"
    second = user_file.read_bytes()
    rename(window, "Edited twice")
    assert window.save()
    assert backup_path(user_file).read_bytes() == second


def test_editor_without_backup_preference(window: MainWindow, user_file: Path) -> None:
    window.settings.setValue("backup_on_save", False)
    rename(window, "No backup please")
    assert window.save()
    assert load(user_file).title == "No backup please"
    assert not backup_path(user_file).exists()


def test_preferences_dialog_switches_backups_off(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journeymapper.ui.dialogs import PreferencesDialog

    def untick_and_accept(self: PreferencesDialog) -> int:
        assert self.backup.isChecked(), "backups must be on by default"
        self.backup.setChecked(False)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", untick_and_accept)
    window.preferences()
    rename(window, "After preferences")
    assert window.save()
    assert not backup_path(user_file).exists()


# -- full disk, read-only folder -------------------------------------------------------------


def _enospc(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FullFile:
    """A file whose writes fail as on a full disk."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self.fh.flush()

    def fileno(self) -> int:
        return self.fh.fileno()


def fill_disk(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    if where == "fsync":
        monkeypatch.setattr(save_module.os, "fsync", _enospc)
    else:
        real_fdopen = os.fdopen
        monkeypatch.setattr(
            save_module.os, "fdopen", lambda fd, *a, **k: _FullFile(real_fdopen(fd, *a, **k))
        )


@pytest.mark.parametrize("where", ["fsync", "write"])
def test_full_disk_gives_clear_error_and_keeps_file(user_file: Path, where: str) -> None:
    before = user_file.read_bytes()
    doc = load(user_file)
    doc.title = "Will not fit"
    with pytest.MonkeyPatch.context() as full:
        fill_disk(full, where)
        with pytest.raises(SaveError) as info:
            save(doc, user_file)
    assert "disk is full" in info.value.message
    assert str(user_file) in str(info.value)
    assert user_file.read_bytes() == before
    assert leftovers(user_file.parent) == []


@pytest.mark.parametrize(
    ("err", "words"),
    [
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.ENOSPC, "disk is full"),
    ],
)
def test_unwritable_folder_gives_clear_error(
    user_file: Path, monkeypatch: pytest.MonkeyPatch, err: int, words: str
) -> None:
    before = user_file.read_bytes()

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError(err, os.strerror(err))

    with pytest.MonkeyPatch.context() as unwritable:
        unwritable.setattr(save_module.tempfile, "mkstemp", refuse)
        with pytest.raises(SaveError) as info:
            save(load_template(TEMPLATE), user_file, backup=True)
    assert words in info.value.message
    assert user_file.read_bytes() == before
    assert not backup_path(user_file).exists()


READ_ONLY_CHILD = r"""
import sys
from journeymapper.io import SaveError, save
from journeymapper.templates import load_template
try:
    save(load_template("awareness-to-loyalty-en"), sys.argv[1], backup=True)
except SaveError as exc:
    print(exc.message)
    sys.exit(1)
"""


def test_really_read_only_folder(user_file: Path) -> None:
    """For real, in a child to which permissions apply (root bypasses them)."""
    command = unprivileged.prefix()
    before = user_file.read_bytes()
    folder = user_file.parent
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [*command, sys.executable, "-c", READ_ONLY_CHILD, str(user_file)],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent)),
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "permission denied" in result.stdout
    assert user_file.read_bytes() == before
    assert leftovers(folder) == []


def test_saving_onto_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.journey.json").mkdir()
    with pytest.raises(SaveError) as info:
        save(load_template(TEMPLATE), tmp_path / "x.journey.json")
    assert "folder" in info.value.message


@pytest.mark.parametrize("backup", [True, False])
@pytest.mark.parametrize("where", ["fsync", "write"])
def test_editor_full_disk_keeps_map_open_and_unsaved(
    window: MainWindow,
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    backup: bool,
) -> None:
    window.settings.setValue("backup_on_save", backup)
    before = user_file.read_bytes()
    session = window.session
    rename(window, "Workshop results")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )
    with pytest.MonkeyPatch.context() as full:
        fill_disk(full, where)
        assert window.save() is False
    assert len(shown) == 1, "the user must be told"
    assert "disk is full" in shown[0]
    assert "not saved" in shown[0]
    # the map is still open, with its changes, and still unsaved
    assert window.session is session
    assert session.doc.title == "Workshop results"
    assert session.modified
    assert window.isWindowModified()
    # the file on disk, the folder: as they were
    assert user_file.read_bytes() == before
    assert leftovers(user_file.parent) == []
    assert not backup_path(user_file).exists()

    # space freed: the next save works
    assert window.save() is True
    assert not session.modified
    assert user_file.read_bytes() == dumps(session.doc)
    assert leftovers(user_file.parent) == []
    if backup:
        assert backup_path(user_file).read_bytes() == before


def test_editor_read_only_folder_keeps_map_open(
    window: MainWindow, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = user_file.read_bytes()
    rename(window, "Cannot write here")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(save_module.tempfile, "mkstemp", refuse)
    assert window.save() is False
    assert shown and "read-only" in shown[0]
    assert window.session.modified
    assert window.session.doc.title == "Cannot write here"
    assert user_file.read_bytes() == before
