"""A map that cannot be read: the window names what the user was doing (comparing is not
opening) and shows the loader's common reasons in the interface's language; the command
line keeps printing the loader's English."""

from __future__ import annotations

import pytest
from compare_samples import base_data, doc
from gui_helpers import open_window

from journeymapper.io import load, loads
from journeymapper.model import DocumentError
from journeymapper.ui.load_messages import _FRAMES, translated_message

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

BROKEN = [
    "",
    "this is not JSON",
    '{"a": ',
    '{"a" 1}',
    "[1, 2]",
    '{"format": "something else"}',
    '{"title": "no format"}',
    '{"format": "journeymapper", "schema_version": 99}',
    '{"format": "journeymapper", "schema_version": -3}',
]


def reasons(text: str) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        loads(text)
    return [p.message for p in caught.value.problems]


@pytest.mark.parametrize("text", BROKEN)
def test_the_loaders_common_reasons_are_known_frames(text: str) -> None:
    """If the loader's wording changes, its translation in the window must follow."""
    for reason in reasons(text):
        assert any(pattern.fullmatch(reason) for pattern, _ in _FRAMES), reason
        assert translated_message(reason) == reason  # English interface: word for word


def test_missing_file_and_folder_are_known_frames(tmp_path) -> None:
    for path in (tmp_path / "gone.journey.json", tmp_path):
        with pytest.raises(DocumentError) as caught:
            load(path)
        reason = caught.value.problems[0].message
        assert any(pattern.fullmatch(reason) for pattern, _ in _FRAMES), reason


def test_comparing_with_a_broken_file_says_so(qtbot, tmp_path) -> None:
    w = open_window(qtbot, doc(base_data()))
    bad = tmp_path / "notes.journey.json"
    bad.write_text("this is not JSON", encoding="utf-8")
    assert not w.compare.compare_file(bad)
    box = w.last_error_dialog
    assert box.windowTitle() == "Cannot compare with this file"
    assert "not valid JSON at line 1, column 1: Expecting value" in box.detailedText()
    box.close()


def test_italian_compare_error_is_italian(qtbot, tmp_path, language) -> None:
    language("it")
    w = open_window(qtbot, doc(base_data()))
    bad = tmp_path / "notes.journey.json"
    bad.write_text("this is not JSON", encoding="utf-8")
    assert not w.compare.compare_file(bad)
    box = w.last_error_dialog
    assert box.windowTitle() == "Impossibile confrontare con questo file"
    details = box.detailedText()
    assert "JSON non valido alla riga 1, colonna 1: era atteso un valore" in details, details
    assert "Expecting" not in details
    box.close()


def test_the_command_line_keeps_the_loaders_english(tmp_path, capsys) -> None:
    from journeymapper.cli import main

    bad = tmp_path / "notes.journey.json"
    bad.write_text("this is not JSON", encoding="utf-8")
    assert main(["validate", str(bad)]) != 0
    out = capsys.readouterr()
    assert "not valid JSON at line 1, column 1: Expecting value" in out.out + out.err
