"""Alt+letter reaches one entry: no menu (nor the menu bar) has two entries with the same
accelerator letter, in English and in Italian; and the Reset Votes question's button says
what it does (Italian "Azzera voti", not "Ripristina", which means restore)."""

from __future__ import annotations

import re

import pytest
from gui_helpers import open_window
from PySide6.QtWidgets import QMenu, QMessageBox

from journeymapper.ui import voting as voting_ui


def accelerator(text: str) -> str | None:
    match = re.search(r"&(.)", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(menu: QMenu | object, where: str) -> list[str]:
    found: dict[str, list[str]] = {}
    out = []
    for action in menu.actions():  # type: ignore[attr-defined]
        if action.isSeparator():
            continue
        letter = accelerator(action.text())
        if letter:
            found.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            out += clashes(action.menu(), f"{where} > {action.text()}")
    out += [f"{where}: {texts}" for texts in found.values() if len(texts) > 1]
    return out


@pytest.mark.parametrize("lang", ["en", "it"])
def test_no_menu_has_two_entries_with_one_accelerator(qtbot, language, lang) -> None:
    language(lang)
    w = open_window(qtbot)
    bar = w.menuBar()
    assert len(bar.actions()) >= 5 and any(a.menu() for a in bar.actions())
    assert clashes(bar, "menu bar") == []


@pytest.mark.parametrize(("lang", "label"), [("en", "Reset Votes"), ("it", "Azzera voti")])
def test_reset_votes_button_says_reset(qtbot, language, monkeypatch, lang, label) -> None:
    language(lang)
    w = open_window(qtbot)
    assert any(c.votes for c in w.session.doc.cards)
    seen = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        seen.append(box.button(QMessageBox.StandardButton.Reset).text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(voting_ui, "ask", answer)
    w.voting.act_reset.trigger()
    assert seen == [label]
