"""New maps: a blank map in the interface's language, the example map in it, and
`journeymapper new --blank` (issue 12, items 8, 13 and 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from journeymapper.cli import main
from journeymapper.i18n import interface_language
from journeymapper.io import load
from journeymapper.model import LaneKind, check_document
from journeymapper.templates import (
    blank_map,
    default_template,
    frameworks,
    load_template,
)


@pytest.fixture
def italian() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_blank_map_in_english() -> None:
    doc = blank_map("en")
    assert doc.locale == "en"
    assert doc.title == "Untitled journey"
    assert [lane.name for lane in doc.lanes] == ["Touchpoints", "Customer actions", "Emotions"]
    assert check_document(doc) == []


def test_blank_map_takes_the_interface_language(italian: None) -> None:
    assert interface_language() == "it"
    doc = blank_map()
    assert doc.locale == "it"
    assert doc.title == "Mappa senza titolo"
    assert [s.name for s in doc.stages] == ["Fase 1", "Fase 2", "Fase 3"]
    assert [lane.name for lane in doc.lanes] == ["Touchpoint", "Azioni del cliente", "Emozioni"]


def test_blank_map_in_italian_whatever_the_interface() -> None:
    assert interface_language() == "en"
    doc = blank_map("it")
    assert doc.locale == "it" and doc.title == "Mappa senza titolo"


def test_example_map_follows_the_interface_language(italian: None) -> None:
    assert default_template() == "awareness-to-loyalty-it"
    assert load_template(default_template()).locale == "it"


def test_example_map_in_english() -> None:
    assert default_template() == "awareness-to-loyalty-en"


def test_blank_map_with_the_stages_of_a_framework() -> None:
    assert "discovery-to-loyalty" in frameworks()
    doc = blank_map("it", "discovery-to-loyalty")
    template = load_template("discovery-to-loyalty-it")
    assert [s.name for s in doc.stages] == [s.name for s in template.stages]
    assert not doc.cards and not doc.emotions
    assert [lane.kind for lane in doc.lanes] == [
        LaneKind.TOUCHPOINTS,
        LaneKind.CARDS,
        LaneKind.EMOTION,
    ]
    assert check_document(doc) == []


def test_cli_new_blank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.journey.json"
    code = main(
        ["new", "--blank", "--stages", "awareness-to-advocacy", "--locale", "it", "-o", str(target)]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(target) in out
    doc = load(target)
    assert doc.locale == "it"
    assert doc.title == "Mappa senza titolo"
    assert [s.name for s in doc.stages] == [
        s.name for s in load_template("awareness-to-advocacy-it").stages
    ]


def test_cli_new_blank_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.journey.json"
    assert main(["new", "--blank", "-o", str(target)]) == 0
    doc = load(target)
    assert doc.locale == "en" and len(doc.stages) == 3
    capsys.readouterr()


@pytest.mark.parametrize(
    "args",
    [
        ["new", "-o", "x.journey.json"],  # neither --template nor --blank
        ["new", "--blank", "-t", "awareness-to-loyalty-en", "-o", "x.journey.json"],
        ["new", "--blank", "--stages", "nope", "-o", "x.journey.json"],
        ["new", "--blank", "--locale", "1", "-o", "x.journey.json"],
        ["new", "-t", "awareness-to-loyalty-en", "--locale", "it", "-o", "x.journey.json"],
    ],
)
def test_cli_new_usage_errors(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    _, err = capsys.readouterr()
    assert err and "Traceback" not in err
    assert not (tmp_path / "x.journey.json").exists()
