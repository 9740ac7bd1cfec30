"""The command line's exports write their page text in the interface's language, as the
window does: JOURNEYMAPPER_LANG first, then Preferences, then the system's language when we
have a translation for it, and (an English or unknown system) the map's own locale.

Each export runs in a fresh interpreter with its own environment: the test process itself
runs with JOURNEYMAPPER_LANG=en (conftest)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from module_probe import REPO
from pptx import Presentation

from journeymapper.templates import template_path

ITALIAN = template_path("awareness-to-loyalty-it")
ENGLISH = template_path("awareness-to-loyalty-en")


def export(args: list[str], tmp: Path, **env: str | None) -> None:
    full = dict(os.environ)
    full.update(
        PYTHONPATH=str(REPO) + os.pathsep + full.get("PYTHONPATH", ""),
        XDG_CONFIG_HOME=str(tmp / "config"),  # no Preferences language
        LANG="C.UTF-8",
        LANGUAGE="",
        LC_ALL="",
        LC_MESSAGES="",
    )
    for key, value in env.items():
        if value is None:
            full.pop(key, None)
        else:
            full[key] = value
    proc = subprocess.run(
        [sys.executable, "-m", "journeymapper", "export", *map(str, args)],
        capture_output=True,
        text=True,
        env=full,
        cwd=tmp,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def test_report_follows_journeymapper_lang_whatever_the_map(tmp_path: Path) -> None:
    export([ENGLISH, "-o", "r.pdf", "--report"], tmp_path, JOURNEYMAPPER_LANG="it")
    text = pdf_text(tmp_path / "r.pdf")
    assert "Indice" in text and "pagina 1 di" in text
    assert "Contents" not in text and "page 1 of" not in text


def test_english_interface_wins_over_an_italian_map(tmp_path: Path) -> None:
    export([ITALIAN, "-o", "r.pdf", "--report"], tmp_path, JOURNEYMAPPER_LANG="en")
    text = pdf_text(tmp_path / "r.pdf")
    assert "Contents" in text and "page 1 of" in text
    assert "Indice" not in text


def test_an_italian_map_prints_italian_when_no_language_is_chosen(tmp_path: Path) -> None:
    export([ITALIAN, "-o", "r.pdf", "--report"], tmp_path, JOURNEYMAPPER_LANG=None)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Indice" in text and "pagina 1 di" in text
    assert "Contents" not in text and "Emotion curve" not in text


def test_the_system_language_wins_over_the_map_locale(tmp_path: Path) -> None:
    export([ENGLISH, "-o", "r.pdf", "--report"], tmp_path, JOURNEYMAPPER_LANG=None,
           LANG="it_IT.UTF-8")  # fmt: skip
    assert "Indice" in pdf_text(tmp_path / "r.pdf")


def test_preferences_language_wins_over_the_map_locale(tmp_path: Path) -> None:
    conf = tmp_path / "config" / "journeymapper" / "journeymapper.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[General]\nlanguage=en\n")
    export([ITALIAN, "-o", "r.pdf", "--report"], tmp_path, JOURNEYMAPPER_LANG=None)
    assert "Contents" in pdf_text(tmp_path / "r.pdf")


def test_deck_follows_journeymapper_lang(tmp_path: Path) -> None:
    export([ENGLISH, "-o", "deck.pptx"], tmp_path, JOURNEYMAPPER_LANG="it")
    texts = [
        shape.text_frame.text
        for slide in Presentation(str(tmp_path / "deck.pptx")).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    charts = [
        shape.chart.chart_title.text_frame.text
        for slide in Presentation(str(tmp_path / "deck.pptx")).slides
        for shape in slide.shapes
        if getattr(shape, "has_chart", False) and shape.chart.has_title
    ]
    joined = "\n".join(texts + charts)
    assert "Goals" not in joined and "Emotion curve" not in joined
    assert "Obiettivi" in joined


def test_tr_is_english_again_after_an_export(tmp_path: Path, monkeypatch) -> None:
    from journeymapper import cli
    from journeymapper.i18n import tr

    monkeypatch.setenv("JOURNEYMAPPER_LANG", "it")
    assert cli.main(["export", str(ENGLISH), "-o", str(tmp_path / "m.pdf")]) == 0
    assert "pagina 1 di" in pdf_text(tmp_path / "m.pdf")
    assert tr("export", "Goals") == "Goals"  # the window's translators again
