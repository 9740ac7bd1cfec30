"""Each command loads only what it uses: no Qt for the tools that draw nothing, no reportlab
unless a PDF is written (issue 20: scripts and git hooks run `validate` on many files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from module_probe import modules_loaded_by

from journeymapper.templates import template_path


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "{example}"],
        ["schema"],
        ["templates"],
        ["new", "--template", "awareness-to-loyalty-en", "-o", "{tmp}/new.journey.json"],
        ["upgrade", "{tmp}/copy.journey.json"],
        ["insights", "{example}"],
        ["diff", "{example}", "{tmp}/copy.journey.json"],
        ["merge", "{example}", "{example}", "{tmp}/copy.journey.json", "-o", "{tmp}/m.json"],
        ["export", "{example}", "-o", "{tmp}/out.pdf", "--page-size", "A4"],
    ],
    ids=["validate", "schema", "templates", "new", "upgrade", "insights", "diff", "merge", "pdf"],
)
def test_commands_load_only_what_they_use(args: list[str], tmp_path: Path) -> None:
    example = template_path("awareness-to-loyalty-en")
    (tmp_path / "copy.journey.json").write_bytes(example.read_bytes())
    filled = [a.format(example=example, tmp=tmp_path) for a in args]
    code, loaded = modules_loaded_by(filled, tmp_path)
    assert code == 0
    assert "PySide6" not in loaded and "shiboken6" not in loaded, loaded
    if args[0] == "export":
        assert "reportlab" in loaded  # it wrote a PDF: the one command that needs it
        assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    else:
        assert "reportlab" not in loaded, loaded


def test_pdf_streams_are_binary_not_ascii85(tmp_path: Path) -> None:
    """Compressed streams are written as they are; ASCII85 on top only makes them larger."""
    from journeymapper.export import export_pdf
    from journeymapper.templates import load_template

    out = tmp_path / "map.pdf"
    export_pdf(load_template("awareness-to-loyalty-en"), out, page_size="A3")
    data = out.read_bytes()
    assert b"/FlateDecode" in data
    assert b"/ASCII85Decode" not in data


def test_reportlab_accelerator_is_installed() -> None:
    """rl-accel is a dependency: without it big PDFs take twice as long."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel" or "_rl_accel" in repr(rl_accel.fp_str)
