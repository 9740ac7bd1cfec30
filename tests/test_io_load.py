"""Loading files: hostile input always ends in a DocumentError with a path and a reason."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from journeymapper.io import MAX_FILE_BYTES, dumps, load, loads
from journeymapper.model import DocumentError, JourneyMap


def sample() -> dict[str, Any]:
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Fedeltà al marchio",
        "stages": [{"id": "s1", "name": "Scoperta"}, {"id": "s2", "name": "Acquisto"}],
        "lanes": [
            {"id": "l1", "name": "Azioni", "kind": "cards"},
            {"id": "l2", "name": "Emozioni", "kind": "emotion"},
        ],
        "cards": [
            {"id": "c1", "stage": "s1", "lane": "l1", "title": "Vede un annuncio"},
            {"id": "c2", "stage": "s2", "lane": "l1", "title": "Compra"},
        ],
        "emotions": [{"id": "e1", "lane": "l2", "stage": "s1", "score": 2}],
        "connections": [{"id": "k1", "source": "c1", "target": "c2"}],
    }


def sample_bytes() -> bytes:
    return json.dumps(sample(), indent=2, ensure_ascii=False).encode("utf-8")


def only_problem(data: bytes | str) -> tuple[DocumentError, str]:
    """The error for ``data``: exactly DocumentError (or a subclass), one problem at ``$``."""
    with pytest.raises(DocumentError) as info:
        loads(data, source="x.journey.json")
    exc = info.value
    assert len(exc.problems) == 1, exc.problems
    assert exc.problems[0].path == "$"
    assert exc.source == "x.journey.json"
    return exc, exc.problems[0].message


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.journey.json"
    path.write_bytes(sample_bytes())
    doc = load(path)
    assert isinstance(doc, JourneyMap)
    assert doc.title == "Fedeltà al marchio"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.journey.json"
    path.write_bytes(b"\xef\xbb\xbf" + sample_bytes())
    assert load(path) == loads(sample_bytes())
    assert loads("\ufeff" + sample_bytes().decode("utf-8")).title == "Fedeltà al marchio"


def test_invalid_utf8() -> None:
    data = sample_bytes().replace("Fedeltà".encode(), "Fedeltà".encode("latin-1"))
    _, message = only_problem(data)
    assert "not valid UTF-8" in message
    assert "line 4" in message


def test_utf16_file_is_not_utf8() -> None:
    _, message = only_problem(json.dumps(sample()).encode("utf-16"))
    assert "UTF-8" in message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_or_blank_file(data: bytes) -> None:
    _, message = only_problem(data)
    assert message == "the file is empty"


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda t: t[: t.index('"stages"') + 12], id="after-open-bracket"),
        pytest.param(lambda t: t[: t.index('"lanes"') - 5], id="after-comma"),
        pytest.param(lambda t: t[:-2], id="last-brace-missing"),
        pytest.param(lambda t: t[: t.index("Scoperta") + 3], id="inside-a-string"),
        pytest.param(lambda t: t[: t.index('"format"') + 4], id="inside-a-key"),
    ],
)
def test_truncated_file_says_it_is_cut_off(cut: Any) -> None:
    text = sample_bytes().decode("utf-8")
    _, message = only_problem(cut(text).encode("utf-8"))
    assert "not valid JSON at line" in message
    assert "cut off" in message


def test_syntax_error_gives_line_and_column() -> None:
    text = sample_bytes().decode("utf-8").replace('"title":', '"title"', 1)
    _, message = only_problem(text)
    assert "not valid JSON at line 4, column" in message
    assert "cut off" not in message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[]", "a list"),
        ("[1, 2]", "a list"),
        ('"map"', "text"),
        ("3", "a number"),
        ("null", "null"),
        ("true", "true/false"),
    ],
)
def test_top_level_must_be_an_object(text: str, kind: str) -> None:
    _, message = only_problem(text)
    assert message == f"a journey map must be a JSON object, not {kind}"


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_200000_levels_of_nesting(opener: str) -> None:
    depth = 200_000
    closer = "]" if opener == "[" else "}"
    text = opener * depth + ("1" if opener != "[" else "") + closer * depth
    _, message = only_problem(text)
    assert "nested too deeply" in message


def test_deep_nesting_inside_a_field() -> None:
    data = sample()
    nested = "[" * 100_000 + "]" * 100_000
    text = json.dumps(data).replace('"title": "Fedelt\\u00e0 al marchio"', '"title": ' + nested)
    assert "[[[[" in text
    _, message = only_problem(text)
    assert "nested too deeply" in message


def test_deeply_nested_extensions_are_refused_cleanly() -> None:
    data = sample()
    inner: Any = "bottom"
    for _ in range(500):
        inner = {"x": inner}
    data["extensions"] = inner
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    assert info.value.problems[0].path.startswith("$")
    assert "nested" in info.value.problems[0].message


def test_huge_integer_written_as_digits() -> None:
    text = json.dumps(sample()).replace('"score": 2', '"score": 1' + "0" * 5000)
    _, message = only_problem(text)
    assert "not valid JSON" in message
    assert "digits" in message


def test_huge_integer_message_does_not_tell_users_to_call_python() -> None:
    """The message is for someone opening a map, not for a Python programmer."""
    text = json.dumps(sample()).replace('"score": 2', '"score": ' + "9" * 5000)
    _, message = only_problem(text)
    assert "sys." not in message and "set_int_max_str_digits" not in message, message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_nan_and_infinity_literals_in_a_number_field(literal: str) -> None:
    text = json.dumps(sample()).replace('"score": 2', f'"score": {literal}')
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.path == "$.emotions[0].score"
    assert "finite" in problem.message


@pytest.mark.parametrize("literal", ["NaN", "Infinity"])
def test_nan_and_infinity_literals_in_a_text_field(literal: str) -> None:
    old_title = '"title": "Fedelt\\u00e0 al marchio"'
    text = json.dumps(sample()).replace(old_title, f'"title": {literal}')
    assert literal in text
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.path == "$.title"
    assert problem.message == "must be text, not a number"


def test_nan_inside_extensions_is_not_silently_changed() -> None:
    """NaN is not JSON: either refuse it, or keep it; never save it back as null."""
    text = json.dumps(sample())[:-1] + ', "extensions": {"weight": NaN, "max": Infinity}}'
    try:
        doc = loads(text)
    except DocumentError as exc:
        assert all(p.path.startswith("$") for p in exc.problems)
        return
    saved = json.loads(dumps(doc))
    assert saved["extensions"]["weight"] is not None, "NaN was turned into null on save"
    assert saved["extensions"]["max"] is not None, "Infinity was turned into null on save"


@pytest.mark.parametrize(
    "escape",
    ["\\ud800", "\\uDFFF", "x\\ud83dy"],
)
def test_lone_surrogate_escape(escape: str) -> None:
    text = json.dumps(sample()).replace('"Compra"', f'"{escape}"')
    _, message = only_problem(text)
    assert "surrogate" in message


def test_lone_surrogate_in_an_extensions_key() -> None:
    text = json.dumps(sample())[:-1] + ', "extensions": {"\\ud800": 1}}'
    _, message = only_problem(text)
    assert "surrogate" in message


def test_a_proper_surrogate_pair_escape_is_fine() -> None:
    text = json.dumps(sample()).replace('"Compra"', '"\\ud83d\\ude00"')
    assert loads(text).cards[1].title == "😀"


def test_escaped_backslash_u_is_just_text() -> None:
    text = json.dumps(sample()).replace('"Compra"', '"C:\\\\ud800"')
    assert loads(text).cards[1].title == "C:\\ud800"


def test_trailing_garbage() -> None:
    _, message = only_problem(sample_bytes() + b"\n{}")
    assert "not valid JSON" in message


def test_nul_bytes() -> None:
    _, message = only_problem(b"\x00" * 64)
    assert "not valid JSON" in message


def test_file_bigger_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey.json"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: takes no real disk space
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert "too large" in problem.message and "100 MB" in problem.message
    assert f"{MAX_FILE_BYTES // 1048576} MB" in problem.message
    assert info.value.source == str(path)


def test_file_just_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.journey.json"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(DocumentError) as info:
        load(path)
    assert info.value.problems[0].path == "$"
    assert "MB" in info.value.problems[0].message


def test_the_limit_is_at_least_tens_of_megabytes() -> None:
    # a real map with thousands of cards is a few MB; the limit must not bite them
    assert 16 * 1024 * 1024 <= MAX_FILE_BYTES < 100 * 1024 * 1024


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "maps.journey.json"
    folder.mkdir()
    with pytest.raises(DocumentError) as info:
        load(folder)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert "folder" in problem.message


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.journey.json"
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert problem.message == "no such file"
    assert info.value.source == str(path)
    assert info.value.lines() == [f"{path}: $: no such file"]


def test_a_file_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        load(tmp_path / "no" / "such" / "x.journey.json")
    assert info.value.problems[0].path == "$"


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.journey.json"
    path.write_bytes(sample_bytes())
    path.chmod(0)
    if os.geteuid() == 0:  # root reads it anyway: make opening fail as it would for a user
        real_open = os.open

        def refuse(p: Any, *args: Any, **kwargs: Any) -> Any:
            if os.fspath(p) == os.fspath(path):
                raise PermissionError(13, "Permission denied", str(p))
            return real_open(p, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(DocumentError) as info:
        load(path)
    assert "permission" in info.value.problems[0].message


def test_validation_errors_carry_the_source(tmp_path: Path) -> None:
    data = sample()
    data["titel"] = "x"
    path = tmp_path / "typo.journey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load(path)
    assert info.value.source == str(path)
    assert info.value.lines() == [f"{path}: $.titel: unknown field 'titel' (did you mean 'title'?)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_fifo_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pipe.journey.json"
    os.mkfifo(path)
    real_open = os.open
    flags: list[int] = []

    def spy(p: Any, f: int, *a: Any, **k: Any) -> int:
        flags.append(f)
        return real_open(p, f | os.O_NONBLOCK, *a, **k)  # never block this test

    monkeypatch.setattr(os, "open", spy)

    def unblock() -> None:  # if the reader blocks on the pipe, fail instead of hanging
        time.sleep(5)
        with contextlib.suppress(OSError):
            os.close(real_open(path, os.O_WRONLY | os.O_NONBLOCK))

    threading.Thread(target=unblock, daemon=True).start()
    with pytest.raises(DocumentError) as info:
        load(path)
    assert "named pipe" in info.value.problems[0].message
    assert flags == [], "a FIFO must be refused before it is opened"


def test_files_are_opened_without_blocking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO swapped in between the check and the open cannot hang the reader."""
    path = tmp_path / "map.journey.json"
    path.write_bytes(sample_bytes())
    real_open = os.open
    flags: list[int] = []

    def spy(p: Any, f: int, *a: Any, **k: Any) -> int:
        flags.append(f)
        return real_open(p, f, *a, **k)

    monkeypatch.setattr(os, "open", spy)
    load(path)
    assert flags and all(f & os.O_NONBLOCK for f in flags)
