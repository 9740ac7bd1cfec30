"""The `journeymapper` command line: exit codes 0/1/2, messages, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import journeymapper
from journeymapper.cli import main
from journeymapper.io import dumps, json_schema, load
from journeymapper.templates import list_templates, load_template

REPO = Path(__file__).resolve().parent.parent
EXPECTED_TEMPLATES = {
    "awareness-to-loyalty-en",
    "awareness-to-loyalty-it",
    "discovery-to-loyalty-en",
    "discovery-to-loyalty-it",
    "awareness-to-advocacy-en",
    "awareness-to-advocacy-it",
}


def sample() -> dict[str, Any]:
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "CLI sample",
        "stages": [{"id": "s1", "name": "One"}],
        "lanes": [{"id": "l1", "name": "Actions", "kind": "cards"}],
        "cards": [{"id": "c1", "stage": "s1", "lane": "l1", "title": "Do"}],
    }


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out and "Traceback" not in err
    return code, out, err


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.journey.json"
    path.write_text(json.dumps(sample()), encoding="utf-8")
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    data = sample()
    data["titel"] = "typo"
    data["cards"][0]["votes"] = "3"
    data["cards"][0]["stage"] = "nowhere"
    path = tmp_path / "bad.journey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- validate ---------------------------------------------------------------------------


def test_validate_a_good_file(good_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["validate", str(good_file)], capsys)
    assert code == 0
    assert out.startswith(f"{good_file}: ")
    assert "valid" in out
    assert err == ""


def test_validate_prints_one_line_per_problem(
    bad_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["validate", str(bad_file)], capsys)
    assert code == 1
    assert out.splitlines() == [
        f'{bad_file}: $.cards[0].stage: refers to stage "nowhere", which does not exist',
        f"{bad_file}: $.cards[0].votes: must be a whole number, not text",
        f"{bad_file}: $.titel: unknown field 'titel' (did you mean 'title'?)",
    ]


def test_validate_several_files(
    good_file: Path, bad_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.journey.json"
    code, out, _ = run(["validate", str(good_file), str(bad_file), str(missing)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{good_file}: ")
    assert sum(line.startswith(f"{bad_file}: $") for line in lines) == 3
    assert f"{missing}: $: no such file" in lines
    assert len(lines) == 5


def test_validate_all_good_files_exits_zero(
    good_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.journey.json"
    other.write_bytes(dumps(load(good_file)))
    code, out, _ = run(["validate", str(good_file), str(other)], capsys)
    assert code == 0
    assert len(out.splitlines()) == 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"{", "cut off"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[]", "JSON object"),
        (b'{"format": "journeymapper", "schema_version": 3}', "version 3"),
    ],
)
def test_validate_hostile_files(
    content: bytes, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.journey.json"
    path.write_bytes(content)
    code, out, err = run(["validate", str(path)], capsys)
    assert code == 1
    (line,) = out.splitlines()
    assert line.startswith(f"{path}: $")
    assert words in line
    assert err == ""


def test_validate_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert out.strip() == f"{tmp_path}: $: this is a folder, not a journey map file"


def test_validate_without_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["validate"], capsys)
    assert code == 2
    assert "usage" in err.lower()


# -- schema, templates, version ---------------------------------------------------------


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    assert json.loads(out) == json_schema()


def test_templates_lists_one_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["templates"], capsys)
    assert code == 0
    lines = out.splitlines()
    names = [line.split()[0] for line in lines]
    assert len(lines) == len(list_templates())
    assert len(lines) >= 6
    assert set(names) >= EXPECTED_TEMPLATES
    for line, name in zip(lines, names, strict=True):
        assert " " not in name
        assert len(line) > len(name) + 5, f"no description on: {line!r}"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"journeymapper {journeymapper.__version__}"


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for command in ("validate", "schema", "templates", "new"):
        assert command in out


# -- new --------------------------------------------------------------------------------


def test_new_writes_a_valid_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mine.journey.json"
    code, _, err = run(["new", "--template", "awareness-to-loyalty-en", "-o", str(target)], capsys)
    assert code == 0, err
    doc = load(target)
    assert doc == load_template("awareness-to-loyalty-en")
    assert target.read_bytes() == dumps(doc)
    code, _, _ = run(["validate", str(target)], capsys)
    assert code == 0


@pytest.mark.parametrize("name", sorted(EXPECTED_TEMPLATES))
def test_new_from_every_template(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"{name}.journey.json"
    code, _, err = run(["new", "-t", name, "--output", str(target)], capsys)
    assert code == 0, err
    assert load(target) == load_template(name)


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "exists.journey.json"
    target.write_bytes(b"precious")
    code, _, err = run(["new", "--template", "awareness-to-loyalty-it", "-o", str(target)], capsys)
    assert code == 1
    assert target.read_bytes() == b"precious"
    assert "--force" in err
    assert str(target) in err


def test_new_overwrites_with_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "exists.journey.json"
    target.write_bytes(b"precious")
    code, _, err = run(
        ["new", "--template", "awareness-to-loyalty-it", "-o", str(target), "--force"], capsys
    )
    assert code == 0, err
    assert load(target).locale == "it"


def test_new_with_an_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.journey.json"
    code, _, err = run(["new", "--template", "no-such-template", "-o", str(target)], capsys)
    assert code == 2
    assert "no-such-template" in err
    for name in EXPECTED_TEMPLATES:
        assert name in err, f"available template {name} not named in: {err}"
    assert not target.exists()


def test_new_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nope" / "x.journey.json"
    code, _, err = run(["new", "--template", "awareness-to-loyalty-en", "-o", str(target)], capsys)
    assert code == 1
    assert "does not exist" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["validate", "--bogus", "x.journey.json"],
        ["new", "--template", "awareness-to-loyalty-en"],
        ["new", "-o", "x.journey.json"],
        ["new", "--template", "awareness-to-loyalty-en", "-o", "x.journey.json", "--frobnicate"],
        ["schema", "extra-argument"],
        ["templates", "--verbose"],
    ],
)
def test_usage_errors_exit_2(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "usage" in err.lower()
    assert not (tmp_path / "x.journey.json").exists()


def test_an_unknown_command_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # not a command and not an existing file: it must not start the GUI
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["frobnicate"], capsys)
    assert code == 2
    assert "frobnicate" in err
    assert "validate" in err


# -- real processes ---------------------------------------------------------------------


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_python_dash_m_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "journeymapper", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(),
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"journeymapper {journeymapper.__version__}"
    assert "Traceback" not in proc.stderr


def test_python_dash_m_validate_bad_file_has_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.journey.json"
    path.write_bytes(b'{"format": "journeymapper", "schema_version": 1, "title": "x", "stag')
    proc = subprocess.run(
        [sys.executable, "-m", "journeymapper", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(),
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert proc.stderr == ""
    (line,) = proc.stdout.splitlines()
    assert line.startswith(f"{path}: $: not valid JSON")
