"""Deleting a stage or lane that holds cards says what goes and asks, with "don't ask
again", which Preferences can turn back on (issue 12, item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import load_template
from journeymapper.ui.dialogs import PreferencesDialog
from journeymapper.ui.main_window import MainWindow


class Answer:
    """Stands in for the modal loop: records the box and clicks one of its buttons."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.boxes: list[QMessageBox] = []
        self.click = "Delete"
        self.tick_dont_ask = False

        def exec_(box: QMessageBox) -> int:
            self.boxes.append(box)
            if self.tick_dont_ask and box.checkBox() is not None:
                box.checkBox().setChecked(True)
            for button in box.buttons():
                if button.text().replace("&", "") == self.click:
                    button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answer:
    return Answer(monkeypatch)


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    make_app()
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.settings.remove("confirm_delete_with_cards")  # settings live as long as the process
    yield w
    w.settings.remove("confirm_delete_with_cards")


def stage_with_cards(w: MainWindow) -> tuple[str, str, int]:
    doc = w.session.doc
    stage = doc.stages[3]
    return stage.id, stage.name, sum(1 for c in doc.cards if c.stage == stage.id)


def test_cancel_keeps_the_stage_and_its_cards(window: MainWindow, answer: Answer) -> None:
    sid, name, n = stage_with_cards(window)
    assert n > 1
    window.scene.select_ids([sid])
    answer.click = "Cancel"
    window.delete()
    assert answer.boxes[-1].text() == f"Delete stage “{name}” and its {n} cards?"
    assert window.session.doc.stage(sid) is not None
    assert not window.session.modified


def test_delete_removes_them_in_one_undo_step(window: MainWindow, answer: Answer) -> None:
    sid, _name, n = stage_with_cards(window)
    cards_before = len(window.session.doc.cards)
    window.scene.select_ids([sid])
    window.delete()
    assert window.session.doc.stage(sid) is None
    assert len(window.session.doc.cards) == cards_before - n
    window.session.undo_stack.undo()
    assert window.session.doc.stage(sid) is not None
    assert len(window.session.doc.cards) == cards_before


def test_a_lane_with_one_card_says_card(window: MainWindow, answer: Answer) -> None:
    doc = window.session.doc
    lane = doc.lanes[1]
    keep = next(c for c in doc.cards if c.lane == lane.id)
    from journeymapper.editing import edits

    others = [c.id for c in doc.cards if c.lane == lane.id and c.id != keep.id]
    window.session.push(edits.delete_parts(doc, others))
    window.scene.select_ids([lane.id])
    answer.click = "Cancel"
    window.delete()
    assert answer.boxes[-1].text() == f"Delete lane “{lane.name}” and its 1 card?"


def test_dont_ask_again_and_preferences(
    window: MainWindow, answer: Answer, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = window.session.doc
    answer.tick_dont_ask = True
    window.scene.select_ids([doc.stages[0].id])
    window.delete()
    assert len(answer.boxes) == 1
    window.scene.select_ids([doc.stages[0].id])
    window.delete()  # not asked again
    assert len(answer.boxes) == 1
    assert len(doc.stages) == 3

    seen: list[PreferencesDialog] = []

    def accept(dialog: PreferencesDialog) -> int:
        seen.append(dialog)
        assert not dialog.confirm_delete.isChecked()
        dialog.confirm_delete.setChecked(True)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.preferences()
    assert seen
    answer.click = "Cancel"
    window.scene.select_ids([doc.stages[0].id])
    window.delete()
    assert len(answer.boxes) == 2, "asking again after Preferences turned it back on"


def test_an_empty_stage_goes_without_asking(window: MainWindow, answer: Answer) -> None:
    from journeymapper.editing import edits

    doc = window.session.doc
    window.session.push(edits.add_stage(doc, len(doc.stages)))
    empty = doc.stages[-1].id
    window.scene.select_ids([empty])
    window.delete()
    assert answer.boxes == []
    assert doc.stage(empty) is None
