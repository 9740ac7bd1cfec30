"""The editor and an upgraded (version-1) file: told once, original kept on the first save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymapper.app import make_app
from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.io import load, save
from journeymapper.io.save import backup_path
from journeymapper.templates import load_template
from journeymapper.ui.main_window import MainWindow

V1 = {
    "format": "journeymapper",
    "schema_version": 1,
    "title": "Workshop, March",
    "stages": [{"id": "s1", "name": "One"}],
    "lanes": [{"id": "l1", "name": "Opportunities", "kind": "cards"}],
    "cards": [{"id": "c1", "stage": "s1", "lane": "l1", "title": "Faster refunds"}],
}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "march.journey.json"
    path.write_text(json.dumps(V1, indent=4), encoding="utf-8")
    return path


def test_session_keeps_the_original_on_the_first_save_only(old_file: Path) -> None:
    make_app()
    original = old_file.read_bytes()
    session = DocumentSession.open(old_file)
    assert session.upgraded_from == 1
    assert session.doc.cards[0].kind == "opportunity"
    session.save(backup=False)  # the preference says no backups
    assert backup_path(old_file).read_bytes() == original
    assert session.upgraded_from is None
    assert json.loads(old_file.read_bytes())["schema_version"] == 2
    session.push(edits.set_map_field(session.doc, "title", "Workshop, April"))
    session.save(backup=False)
    assert backup_path(old_file).read_bytes() == original, "later saves follow the preference"
    assert load(old_file).title == "Workshop, April"
    session.deleteLater()


def test_a_current_file_is_not_flagged(tmp_path: Path) -> None:
    make_app()
    path = tmp_path / "now.journey.json"
    save(load_template(), path)
    session = DocumentSession.open(path)
    assert session.upgraded_from is None
    session.save(backup=False)
    assert not backup_path(path).exists()
    session.deleteLater()


def test_save_as_elsewhere_leaves_the_original_alone(old_file: Path, tmp_path: Path) -> None:
    make_app()
    original = old_file.read_bytes()
    session = DocumentSession.open(old_file)
    other = tmp_path / "copy.journey.json"
    session.save(other, backup=False)
    assert old_file.read_bytes() == original
    assert not backup_path(other).exists() and not backup_path(old_file).exists()
    session.release_lock()
    session.deleteLater()


def test_window_says_once_that_the_file_was_upgraded(qtbot, old_file: Path, tmp_path: Path) -> None:
    make_app()
    start = tmp_path / "start.journey.json"
    save(load_template(), start)
    window = MainWindow(DocumentSession.open(start))
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    try:
        window.settings.setValue("backup_on_save", False)
        original = old_file.read_bytes()
        assert window.open_file(old_file)
        message = window.statusBar().currentMessage()
        assert "march.journey.json" in message and "version 1" in message
        assert ".bak" in message
        window.session.push(edits.set_map_field(window.session.doc, "title", "Edited"))
        assert window.save()
        assert backup_path(old_file).read_bytes() == original
        assert window.session.upgraded_from is None
    finally:
        window.settings.remove("backup_on_save")
