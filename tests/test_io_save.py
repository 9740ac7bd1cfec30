"""Saving: deterministic, diff-friendly bytes written atomically."""

from __future__ import annotations

import errno
import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from journeymapper.io import SaveError, dumps, load, loads, save, write_atomic
from journeymapper.model import JourneyMap

# the package re-exports the function `save`, which hides the module of the same name
save_module = importlib.import_module("journeymapper.io.save")


def sample() -> dict[str, Any]:
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Fedeltà al marchio",
        "description": "Dalla scoperta alla fedeltà 😀 <b>&amp;</b>",
        "locale": "it",
        "personas": [{"id": "p1", "name": "Giulia", "color": "#aa3300"}],
        "stages": [{"id": "s1", "name": "Scoperta"}, {"id": "s2", "name": "Acquisto"}],
        "lanes": [
            {"id": "l1", "name": "Punti di contatto", "kind": "touchpoints"},
            {"id": "l2", "name": "Emozioni", "kind": "emotion"},
        ],
        "cards": [
            {
                "id": "c1",
                "stage": "s1",
                "lane": "l1",
                "title": "Vede un annuncio",
                "channel": "social",
                "tags": ["paid", "ig"],
                "votes": 3,
            },
            {"id": "c2", "stage": "s2", "lane": "l1", "title": "Compra", "channel": "store"},
        ],
        "emotions": [
            {"id": "e1", "lane": "l2", "stage": "s1", "score": 2, "persona": "p1"},
            {"id": "e2", "lane": "l2", "stage": "s2", "score": -1.5, "note": "coda lunga"},
        ],
        "connections": [{"id": "k1", "source": "c1", "target": "c2", "label": "clic"}],
        "extensions": {"com.example": {"b": 1, "a": [True, None]}},
    }


def doc() -> JourneyMap:
    return loads(json.dumps(sample()))


def reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_keys(v) for v in value]
    return value


# -- deterministic output ---------------------------------------------------------------


def test_same_document_saved_twice_gives_identical_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.journey.json", tmp_path / "b.journey.json"
    save(doc(), a)
    save(doc(), b)
    assert a.read_bytes() == b.read_bytes()
    save(load(a), a)
    assert a.read_bytes() == b.read_bytes()


def test_key_order_of_the_input_does_not_matter() -> None:
    data = sample()
    extensions = data.pop("extensions")  # kept exactly as written, key order included
    shuffled = reversed_keys(data)
    shuffled["extensions"] = extensions
    shuffled = loads(json.dumps(shuffled))
    assert dumps(shuffled) == dumps(doc())


def test_pretty_printed_with_two_spaces_and_a_trailing_newline() -> None:
    data = dumps(doc())
    text = data.decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == "{"
    assert lines[1] == '  "format": "journeymapper",'
    assert lines[2] == '  "schema_version": 2,'
    assert '\n    {\n      "id": "p1",' in text
    assert "\t" not in text
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "\r" not in text
    assert all(line == line.rstrip() for line in lines), "no trailing spaces"


def test_non_ascii_is_written_as_utf8() -> None:
    data = dumps(doc())
    assert "Fedeltà".encode() in data
    assert "😀".encode() in data
    assert b"\\u00e0" not in data and b"\\ud83d" not in data
    data.decode("utf-8")  # strict
    assert not data.startswith(b"\xef\xbb\xbf")


def test_key_order_starts_with_format_version_title() -> None:
    top = list(json.loads(dumps(doc())))
    assert top[:3] == ["format", "schema_version", "title"]
    assert top == [
        "format",
        "schema_version",
        "title",
        "description",
        "locale",
        "personas",
        "stages",
        "lanes",
        "cards",
        "emotions",
        "connections",
        "extensions",
    ]
    card = list(json.loads(dumps(doc()))["cards"][0])
    assert card[:4] == ["id", "stage", "lane", "title"]


def test_whole_scores_stay_whole_and_defaults_are_not_written() -> None:
    text = dumps(doc()).decode("utf-8")
    assert '"score": 2,\n' in text and '"score": -1.5,\n' in text
    assert "2.0" not in text
    saved = json.loads(text)
    assert "votes" not in saved["cards"][1] and "tags" not in saved["cards"][1]


def test_extensions_are_written_back_unchanged() -> None:
    saved = json.loads(dumps(doc()))
    assert saved["extensions"] == {"com.example": {"b": 1, "a": [True, None]}}


def test_save_then_load_is_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(), path)
    assert load(path) == doc()


# -- atomic save ------------------------------------------------------------------------

OLD = b'{"old": "content"}\n'


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("victim", ["replace", "fsync"])
def test_failure_mid_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, victim: str
) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)

    def crash(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(save_module.os, victim, crash)
    with pytest.raises(SaveError) as info:
        save(doc(), target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert folder_listing(tmp_path) == ["map.journey.json"], "temporary file left behind"
    assert info.value.path == str(target)
    assert str(target) in str(info.value)


def test_interrupted_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)

    def interrupt(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(save_module.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(doc(), target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert folder_listing(tmp_path) == ["map.journey.json"]


def test_disk_full_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_module.os, "fsync", full)
    with pytest.raises(SaveError) as info:
        save(doc(), target)
    monkeypatch.undo()
    assert "disk is full" in info.value.message
    assert target.read_bytes() == OLD


def test_the_new_content_is_complete_after_a_good_save(tmp_path: Path) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)
    save(doc(), target)
    assert target.read_bytes() == dumps(doc())
    assert folder_listing(tmp_path) == ["map.journey.json"]


def dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(proc.stdout)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return pid
    pytest.skip("could not find a pid that is not running")
    raise AssertionError  # unreachable


def test_stale_temporary_files_are_removed_at_the_next_save(tmp_path: Path) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)
    stale = tmp_path / f".map.journey.json.{dead_pid()}.x1y2z3.jm-tmp"
    stale.write_bytes(b"half a file")
    live = tmp_path / f".map.journey.json.{os.getppid()}.abcd.jm-tmp"
    live.write_bytes(b"another process is saving right now")
    other = tmp_path / f".other.journey.json.{dead_pid()}.abcd.jm-tmp"
    other.write_bytes(b"belongs to another map")
    save(doc(), target)
    assert not stale.exists()
    assert live.exists(), "a save in progress in a live process must not be disturbed"
    assert other.exists(), "temporaries of other maps are not ours to remove"
    assert target.read_bytes() == dumps(doc())


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "map.journey.json"
    target.write_bytes(OLD)
    if os.geteuid() == 0:
        # root ignores folder permissions: make creating the temporary file fail instead
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(save_module.tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(SaveError) as info:
            save(doc(), target)
    finally:
        folder.chmod(0o755)
        monkeypatch.undo()
    assert "permission" in info.value.message.lower()
    assert target.read_bytes() == OLD
    assert folder_listing(folder) == ["map.journey.json"]


def test_saving_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        save(doc(), tmp_path / "nope" / "map.journey.json")
    assert "does not exist" in info.value.message


def test_saving_over_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "map.journey.json"
    folder.mkdir()
    with pytest.raises(SaveError) as info:
        save(doc(), folder)
    assert "folder" in info.value.message
    assert folder.is_dir()


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_permissions_of_an_existing_file_are_kept(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(OLD)
    target.chmod(mode)
    save(doc(), target)
    assert target.stat().st_mode & 0o7777 == mode
    assert target.read_bytes() == dumps(doc())


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        target = tmp_path / "new.journey.json"
        save(doc(), target)
    finally:
        os.umask(old_umask)
    # mkstemp alone would give 0600; a saved map should be as readable as any new file
    assert target.stat().st_mode & 0o777 == 0o644


def test_write_atomic_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", b"hello\n")
    assert (tmp_path / "plain.txt").read_bytes() == b"hello\n"
    assert folder_listing(tmp_path) == ["plain.txt"]


def test_temporary_file_is_in_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rename is only atomic within one file system: the temporary must sit beside the target."""
    seen: list[str] = []
    real = tempfile.mkstemp

    def spy(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)
        seen.append(name)
        return fd, name

    monkeypatch.setattr(save_module.tempfile, "mkstemp", spy)
    target = tmp_path / "map.journey.json"
    save(doc(), target)
    assert len(seen) == 1
    assert Path(seen[0]).parent == tmp_path
    assert Path(seen[0]).name.startswith(".map.journey.json.")
