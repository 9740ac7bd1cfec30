"""`journeymapper import` and `export` to .csv/.mmd/.ojf from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from module_probe import modules_loaded_by

from journeymapper.cli import main
from journeymapper.io import load
from journeymapper.templates import template_path

DATA = Path(__file__).resolve().parent / "data" / "interop"
EXAMPLE = template_path("awareness-to-loyalty-en")


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.name != "README.md"))
def test_every_sample_imports_to_a_valid_map(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.journey.json"
    assert main(["import", str(DATA / name), "-o", str(out)]) == 0
    assert load(out).stages
    assert main(["validate", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith(str(DATA / name) + ":"), line


def test_warnings_are_in_file_line_form_and_exit_is_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "day.mmd"
    src.write_text("journey\nsection A\n  not a task\n  Tea: 7: Me\n")
    assert main(["import", str(src), "-o", str(tmp_path / "m.journey.json")]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{src}:3: not a task (no “:” after the task name): “not a task”; skipped",
        f"{src}:4: score 7 is outside 1…5; clamped",
    ]


def test_never_over_an_existing_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.journey.json"
    out.write_text("precious")
    src = str(DATA / "simple.csv")
    assert main(["import", src, "-o", str(out)]) == 1
    assert out.read_text() == "precious"
    assert "--force" in capsys.readouterr().err
    assert main(["import", src, "--force", "-o", str(out)]) == 0
    assert load(out).cards


def test_nothing_usable_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.ojf"
    src.write_text('{"nodes": [')
    out = tmp_path / "out.journey.json"
    assert main(["import", str(src), "-o", str(out)]) == 1
    assert not out.exists()
    assert capsys.readouterr().err.strip() == (
        f"{src}:1: not valid JSON: Expecting value (the file seems to be cut off)"
    )


def test_format_from_the_option_or_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("journey\n section A\n  T: 3: Me\n")
    out = tmp_path / "m.journey.json"
    assert main(["import", str(src), "-o", str(out)]) == 1
    assert "--from" in capsys.readouterr().err
    assert main(["import", str(src), "--from", "mermaid", "-o", str(out)]) == 0
    assert [c.title for c in load(out).cards] == ["T"]


def test_csv_layout_option(tmp_path: Path) -> None:
    src = tmp_path / "sheet.csv"
    src.write_text("Foo,Bar\nx,y\n")
    out = tmp_path / "m.journey.json"
    assert main(["import", str(src), "-o", str(out)]) == 1
    assert main(["import", str(src), "--csv-layout", "grid", "-o", str(out)]) == 0


@pytest.mark.parametrize(
    "args",
    [["import", "x.csv"], ["import", "x.csv", "-o", "y", "--from", "xml"], ["import"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert main(args) == 2


def test_the_output_cannot_be_the_input(tmp_path: Path) -> None:
    src = tmp_path / "s.csv"
    src.write_bytes((DATA / "simple.csv").read_bytes())
    assert main(["import", str(src), "--force", "-o", str(src)]) == 2
    assert src.read_bytes() == (DATA / "simple.csv").read_bytes()


def test_a_100_mb_file_is_refused_by_size_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written to the disk
    assert main(["import", str(big), "-o", str(tmp_path / "m.journey.json")]) == 1
    assert "too large (100 MB)" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".mmd", ".ojf"])
def test_export_by_suffix(suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(EXAMPLE), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"wrote {out}" in captured.out
    for line in captured.err.splitlines():
        assert line.startswith(f"{EXAMPLE}:")
    back = tmp_path / "back.journey.json"
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert load(back).stages


def test_export_of_an_unknown_suffix_names_the_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".csv, .mmd or .ojf" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["import", str(DATA / "clinic-visit-blueprint.ojf"), "-o", "{tmp}/a.journey.json"],
        ["import", str(DATA / "userJourney.md"), "-o", "{tmp}/b.journey.json"],
        ["import", str(DATA / "steps-it-cp1252.csv"), "-o", "{tmp}/c.journey.json"],
        ["export", str(EXAMPLE), "-o", "{tmp}/d.csv"],
        ["export", str(EXAMPLE), "-o", "{tmp}/e.mmd"],
        ["export", str(EXAMPLE), "-o", "{tmp}/f.ojf"],
    ],
    ids=["import-ojf", "import-md", "import-csv", "export-csv", "export-mmd", "export-ojf"],
)
def test_no_qt_and_no_reportlab(args: list[str], tmp_path: Path) -> None:
    filled = [a.format(tmp=tmp_path) for a in args]
    code, loaded = modules_loaded_by(filled, tmp_path)
    assert code == 0
    assert (
        sorted(m for m in loaded if m.split(".")[0] in ("PySide6", "reportlab", "shiboken6")) == []
    )
