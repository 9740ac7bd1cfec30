"""`journeymapper upgrade FILE...` and the upgrade of version-1 maps (templates included)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from module_probe import run_blocked

from journeymapper.cli import main
from journeymapper.io import dumps, load, loads
from journeymapper.io.save import SaveError
from journeymapper.model import SCHEMA_VERSION, CardKind
from journeymapper.templates import list_templates, load_template

REPO = Path(__file__).resolve().parent.parent

V1: dict[str, Any] = {
    "format": "journeymapper",
    "schema_version": 1,
    "title": "An old map",
    "stages": [{"id": "s1", "name": "One"}],
    "lanes": [
        {"id": "l1", "name": "Actions", "kind": "cards"},
        {"id": "l2", "name": "Criticità", "kind": "cards"},
    ],
    "cards": [
        {"id": "c1", "stage": "s1", "lane": "l1", "title": "Do"},
        {"id": "c2", "stage": "s1", "lane": "l2", "title": "Ouch"},
    ],
}


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines(), err


def test_a_version_one_file_is_upgraded_in_place_keeping_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "old.journey.json", V1)
    original = path.read_bytes()
    code, lines, err = run(["upgrade", str(path)], capsys)
    assert code == 0 and err == ""
    assert lines == [
        f"{path}: upgraded from format version 1 to 2 (original kept as old.journey.json.bak)"
    ]
    assert (tmp_path / "old.journey.json.bak").read_bytes() == original
    saved = json.loads(path.read_bytes())
    assert saved["schema_version"] == 2
    assert [c.get("kind") for c in saved["cards"]] == [None, "pain_point"]
    assert path.read_bytes() == dumps(load(path)), "written canonically"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "old.journey.json",
        "old.journey.json.bak",
    ], "no temporary file is left behind"


def test_a_current_file_is_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.journey.json"
    path.write_bytes(dumps(loads(json.dumps(V1))))
    before = path.read_bytes()
    code, lines, _ = run(["upgrade", str(path)], capsys)
    assert code == 0
    assert lines == [f"{path}: already format version {SCHEMA_VERSION}"]
    assert path.read_bytes() == before
    assert not (tmp_path / "new.journey.json.bak").exists()


def test_bad_files_are_reported_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.journey.json", V1)
    broken = write(tmp_path / "broken.journey.json", {**V1, "titel": "typo"})
    newer = write(tmp_path / "newer.journey.json", {**V1, "schema_version": 99})
    missing = tmp_path / "missing.journey.json"
    before = {p: p.read_bytes() for p in (broken, newer)}
    code, lines, _ = run(["upgrade", str(broken), str(good), str(newer), str(missing)], capsys)
    assert code == 1
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"{broken}: $.titel: unknown field")
    assert lines[1].startswith(f"{good}: upgraded from format version 1")
    assert lines[2].startswith(f"{newer}: $.schema_version:") and "version 99" in lines[2]
    assert lines[3] == f"{missing}: $: no such file"
    for path, data in before.items():
        assert path.read_bytes() == data
        assert not Path(f"{path}.bak").exists()


def test_a_file_that_cannot_be_written_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "old.journey.json", V1)
    before = path.read_bytes()

    def refuse(target: Any, data: bytes) -> None:
        raise SaveError(target, "the disk is full; free some space and save again")

    save_module = importlib.import_module("journeymapper.io.save")
    monkeypatch.setattr(save_module, "write_atomic", refuse)
    code, lines, _ = run(["upgrade", str(path)], capsys)
    assert code == 1
    assert lines == [f"{path}: not upgraded: the disk is full; free some space and save again"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("argv", [["upgrade"], ["upgrade", "--nope", "x"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "usage" in err


def test_upgrade_needs_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    path = write(tmp_path / "old.journey.json", V1)
    proc = run_blocked(
        f"""
        import argparse

        from journeymapper import upgrade

        status = upgrade.run(argparse.Namespace(files=[{str(path)!r}]))
        assert status == 0, status
        print("ok")
        """,
        block=("PySide6", "shiboken6", "reportlab"),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "ok"
    assert json.loads(path.read_bytes())["schema_version"] == 2


def test_validate_says_a_version_one_file_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "old.journey.json", V1)
    code, lines, _ = run(["validate", str(path)], capsys)
    assert (code, lines) == (0, [f"{path}: valid"])


# -- every template, written as version 1, opens and upgrades -------------------------------

V2_CARD_FIELDS = ("kind", "evidence", "comments", "image")
V2_PERSONA_FIELDS = ("role", "goals", "frustrations", "quote", "photo")


def as_version_one(data: dict[str, Any]) -> dict[str, Any]:
    """The map as version 1 could hold it (the version-2 fields left out)."""
    old = json.loads(json.dumps(data))
    old["schema_version"] = 1
    old.pop("assets", None)
    for card in old.get("cards", []):
        for key in V2_CARD_FIELDS:
            card.pop(key, None)
    for persona in old.get("personas", []):
        for key in V2_PERSONA_FIELDS:
            persona.pop(key, None)
    return old


@pytest.mark.parametrize("name", sorted(t.name for t in list_templates()))
def test_template_as_version_one_upgrades_with_its_kinds(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = load_template(name)
    data = json.loads(dumps(template))
    path = write(tmp_path / f"{name}.journey.json", as_version_one(data))
    code, lines, _ = run(["upgrade", str(path)], capsys)
    assert code == 0, lines
    upgraded = load(path)
    assert upgraded.schema_version == 2
    lane_names = {lane.id: lane.name for lane in template.lanes}
    for before, after in zip(template.cards, upgraded.cards, strict=True):
        if before.kind in (CardKind.PAIN_POINT, CardKind.OPPORTUNITY):
            # the template's pain points and opportunities sit in lanes the upgrade knows
            assert after.kind == before.kind, (lane_names[before.lane], before.title)
        else:
            assert after.kind is CardKind.NOTE
