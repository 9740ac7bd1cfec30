"""Dot voting in the real window (issue 14): clicks on the view's viewport place and remove
dots, keys pass the laptop, End Voting adds the votes as one undo step and shows the
results, Reset Votes… clears them; presentation mode votes too."""

from __future__ import annotations

import pytest
from gui_helpers import card_centre, drag, dump, open_window, show_scene, vp
from pixels import colour_pixels
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import journeymapper.ui.voting as voting_ui
from journeymapper.canvas.vote_layer import dot_centres, dot_radius
from journeymapper.editing.voting import VotingSession, VotingSetup, participant_colour
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.voting_dialogs import VotingResultsDialog, VotingSetupDialog

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MOD, SHIFT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
Button = QMessageBox.StandardButton


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


@pytest.fixture
def window(qtbot, monkeypatch):
    # pytest-qt closes the window before fixtures end: a vote still running then is
    # discarded (that question is tested on its own below)
    monkeypatch.setattr(voting_ui, "choose", lambda box: button(box, "Discard Dots"))
    return open_window(qtbot)


def first_lane(w: MainWindow) -> str:
    return w.session.doc.cards[0].lane


def start(w: MainWindow, names=("Ann", "Bo"), **kwargs) -> VotingSession:
    kwargs.setdefault("lanes", frozenset({first_lane(w)}))
    w.voting.start(VotingSession(VotingSetup(tuple(names), **kwargs)))
    QApplication.processEvents()
    return w.voting.session


def votable(w: MainWindow) -> list[str]:
    return [c.id for c in w.session.doc.cards if w.voting.session.setup.votable(c)]


def press(qtbot, w: MainWindow, card_id: str, button=LEFT, mods=NO_MOD) -> None:
    p = card_centre(w, card_id)
    show_scene(w, p)
    qtbot.mouseClick(w.view.viewport(), button, mods, vp(w, p))


def votes(w: MainWindow) -> dict[str, int]:
    return {c.id: c.votes for c in w.session.doc.cards}


def grab_dot(w: MainWindow, card_id: str, index: int, count: int) -> tuple[int, QRect]:
    """The image of the viewport and the pixel box of the ``index``-th of ``count`` dots."""
    r = w.scene.layout.cards[card_id].rect
    rect = QRectF(r.x, r.y, r.w, r.h)
    radius = dot_radius(rect, w.view.zoom())
    centre = dot_centres(rect, count, radius)[index]
    at = vp(w, centre)
    half = max(2, int(radius * w.view.zoom() * 0.5))
    return w.view.viewport().grab().toImage(), QRect(
        at.x() - half, at.y() - half, 2 * half, 2 * half
    )


def test_clicks_place_and_remove_dots_and_keys_pass_the_laptop(qtbot, window) -> None:
    w = window
    before = dump(w)
    s = start(w)
    assert w.voting.bar.isVisible()
    assert w.voting.bar.name_label.text() == "Ann"
    assert w.voting.bar.left_label.text() == "3 dots left"
    a, b, *_ = votable(w)
    press(qtbot, w, a)
    press(qtbot, w, a)
    assert s.dots[a] == [0, 0]
    assert w.voting.bar.left_label.text() == "1 dot left"
    # the dots are drawn on the card, in Ann's colour
    image, box = grab_dot(w, a, 1, 2)
    assert colour_pixels(image, participant_colour(0), box) > box.width() * box.height() // 3
    press(qtbot, w, a, mods=SHIFT)  # Shift-click takes one back
    assert s.dots[a] == [0]
    press(qtbot, w, a, RIGHT)  # so does a right-click
    assert a not in s.dots
    press(qtbot, w, a, RIGHT)  # nothing of Ann's left there: said, nothing changes
    assert "Ann has no dot on this card" in w.statusBar().currentMessage()
    press(qtbot, w, b)
    qtbot.keyClick(w.view, Qt.Key.Key_N)  # pass the laptop
    assert s.current == 1 and w.voting.bar.name_label.text() == "Bo"
    assert w.voting.bar.left_label.text() == "3 dots left"
    press(qtbot, w, b)
    image, box = grab_dot(w, b, 1, 2)
    assert colour_pixels(image, participant_colour(1), box) > box.width() * box.height() // 3
    press(qtbot, w, b, RIGHT)  # Bo removes Bo's dot, not Ann's
    assert s.dots[b] == [0]
    qtbot.keyClick(w.view, Qt.Key.Key_Tab)  # Tab passes on too (after the last: the first)
    assert s.current == 0
    qtbot.keyClick(w.view, Qt.Key.Key_N, SHIFT)  # back
    assert s.current == 1
    qtbot.keyClick(w.view, Qt.Key.Key_Backtab, SHIFT)
    assert s.current == 0
    qtbot.mouseClick(w.voting.bar.next_button, LEFT)
    assert s.current == 1
    # nothing of this is in the map yet, nothing is selected, no undo step
    assert dump(w) == before
    assert w.scene.selected_ids() == []
    assert w.session.undo_stack.count() == 0


def test_a_participant_cannot_place_more_than_their_dots(qtbot, window, monkeypatch) -> None:
    w = window
    s = start(w, dots_each=2)
    a, b, c, *_ = votable(w)
    for cid in (a, b, c):
        press(qtbot, w, cid)
    assert s.tally() == {a: 1, b: 1}
    assert "Ann has no dots left" in w.statusBar().currentMessage()
    assert w.voting.bar.left_label.text() == "0 dots left"
    # the vote over (Bo's dots unplaced: "End anyway? Yes"), its messages go with it
    monkeypatch.setattr(voting_ui, "ask", lambda box: Button.Yes)
    w.voting.act_end.trigger()
    assert not w.voting.active
    assert "dots left" not in w.statusBar().currentMessage()
    w.voting.clear_results()


def test_cancelling_replaces_the_session_s_status_message(qtbot, window, monkeypatch) -> None:
    w = window
    start(w, dots_each=1)
    a, b, *_ = votable(w)
    press(qtbot, w, a)
    press(qtbot, w, b)
    assert "Ann has no dots left" in w.statusBar().currentMessage()
    monkeypatch.setattr(voting_ui, "ask", lambda box: Button.Discard)
    qtbot.mouseClick(w.voting.bar.cancel_button, LEFT)
    assert not w.voting.active
    assert w.statusBar().currentMessage() == "Voting cancelled; the map's votes are as they were."


def test_cards_outside_the_vote_are_veiled_and_take_no_dot(qtbot, window) -> None:
    w = window
    s = start(w)
    other = next(c.id for c in w.session.doc.cards if c.lane != first_lane(w))
    assert other in w.voting.layer.veiled
    assert not set(votable(w)) & w.voting.layer.veiled
    press(qtbot, w, other)
    assert s.total() == 0
    assert "is not part of this vote" in w.statusBar().currentMessage()
    # the veil lightens the card: its pixels are paler than without it
    r = w.scene.layout.cards[other].rect
    box = QRect(vp(w, QPointF(r.x + 4, r.y + 4)), vp(w, QPointF(r.right - 4, r.bottom - 4)))
    veiled = w.view.viewport().grab().toImage()
    w.voting.layer.hide()
    plain = w.view.viewport().grab().toImage()
    w.voting.layer.show()

    def darkness(image) -> int:
        return sum(
            255 - image.pixelColor(x, y).lightness()
            for x in range(box.left(), box.right(), 3)
            for y in range(box.top(), box.bottom(), 3)
        )

    assert darkness(veiled) < darkness(plain) * 0.6


def test_voting_clicks_start_no_drag_selection_or_edit(qtbot, window) -> None:
    w = window
    before = dump(w)
    s = start(w, dots_each=9)
    a, b, *_ = votable(w)
    drag(qtbot, w, card_centre(w, a), card_centre(w, b))
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, card_centre(w, a)))
    assert w.scene.editor is None
    assert w.scene.selected_ids() == []
    assert dump(w) == before
    assert s.total() >= 1  # (the presses placed dots, the drag moved nothing)


def test_hidden_results_show_only_the_current_participants_dots(qtbot, window) -> None:
    w = window
    s = start(w, dots_each=1, hide_results=True)
    a = votable(w)[0]
    press(qtbot, w, a)
    image, box = grab_dot(w, a, 0, 1)
    assert colour_pixels(image, participant_colour(0), box) > 0
    qtbot.keyClick(w.view, Qt.Key.Key_N)
    image, box = grab_dot(w, a, 0, 1)
    assert colour_pixels(image, participant_colour(0), box) == 0  # Bo cannot see Ann's dot
    press(qtbot, w, a)  # everyone has voted: every dot shows
    assert s.everyone_voted()
    image, box = grab_dot(w, a, 0, 2)
    assert colour_pixels(image, participant_colour(0), box) > 0


def test_end_voting_adds_votes_as_one_undo_step_and_shows_results(qtbot, window) -> None:
    w = window
    s = start(w, dots_each=2)
    a, b, c, *_ = votable(w)
    before = votes(w)
    press(qtbot, w, a)
    press(qtbot, w, b)
    qtbot.keyClick(w.view, Qt.Key.Key_N)
    press(qtbot, w, a)
    press(qtbot, w, c)
    assert s.everyone_voted()  # (no "end early?" question)
    qtbot.mouseClick(w.voting.bar.end_button, LEFT)
    assert not w.voting.active and not w.voting.bar.isVisible()
    after = votes(w)
    assert after[a] == before[a] + 2 and after[b] == before[b] + 1 and after[c] == before[c] + 1
    assert sum(after.values()) == sum(before.values()) + 4
    stack = w.session.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Add dot votes"
    dialog = w.voting.results_dialog
    assert isinstance(dialog, VotingResultsDialog) and dialog.isVisible()
    rows = [
        [dialog.table.topLevelItem(i).text(col) for col in range(3)]
        for i in range(dialog.table.topLevelItemCount())
    ]
    titles = {cid: w.session.doc.card(cid).title for cid in (a, b, c)}
    assert rows == [
        ["1.", titles[a], "2"],
        ["2. (tie)", titles[b], "1"],
        ["2. (tie)", titles[c], "1"],
    ]
    # the top cards are ringed on the map, the others veiled
    assert w.voting.layer.ranks == {a: 1, b: 2, c: 2}
    assert a not in w.voting.layer.veiled and w.session.doc.cards[-1].id in w.voting.layer.veiled
    qtbot.mouseClick(dialog.copy_button, LEFT)
    text = QGuiApplication.clipboard().text()
    assert f"1.\t{titles[a]}\t2" in text and f"2.\t{titles[b]}\t1 (tie)" in text
    dialog.close()
    assert w.voting.layer is None  # closing the results clears the map
    stack.undo()
    assert votes(w) == before
    stack.redo()
    assert votes(w) == after


def test_ending_early_asks_first(qtbot, window, monkeypatch) -> None:
    w = window
    start(w)
    a = votable(w)[0]
    press(qtbot, w, a)
    answers = [Button.No, Button.Yes]
    asked = []

    def answer(box):
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(voting_ui, "ask", answer)
    before = votes(w)[a]
    w.voting.act_end.trigger()
    assert w.voting.active and votes(w)[a] == before  # "No": the vote goes on
    assert asked[0] == "5 dots still to place. End the vote anyway?"
    w.voting.act_end.trigger()
    assert not w.voting.active and votes(w)[a] == before + 1
    w.voting.clear_results()


def test_cancel_discards_the_dots_after_asking(qtbot, window, monkeypatch) -> None:
    w = window
    before = dump(w)
    start(w)
    press(qtbot, w, votable(w)[0])
    monkeypatch.setattr(voting_ui, "ask", lambda box: Button.Discard)
    qtbot.mouseClick(w.voting.bar.cancel_button, LEFT)
    assert not w.voting.active and dump(w) == before
    assert w.session.undo_stack.count() == 0


def test_reset_votes_is_one_undoable_edit(qtbot, window, monkeypatch) -> None:
    w = window
    before = votes(w)
    assert any(before.values())  # the template has votes
    asked = []
    monkeypatch.setattr(voting_ui, "ask", lambda box: asked.append(box.text()) or Button.Cancel)
    w.voting.act_reset.trigger()
    assert votes(w) == before and w.session.undo_stack.count() == 0
    monkeypatch.setattr(voting_ui, "ask", lambda box: asked.append(box.text()) or Button.Reset)
    w.voting.act_reset.trigger()
    n = sum(1 for v in before.values() if v)
    assert asked[-1].startswith(f"Set the votes of {n} cards to 0?")
    assert not any(votes(w).values())
    assert w.session.undo_stack.count() == 1
    w.session.undo_stack.undo()
    assert votes(w) == before


def test_setup_dialog_from_the_workshop_menu(qtbot, window, monkeypatch) -> None:
    w = window
    seen = []

    def fill(dialog: VotingSetupDialog) -> int:
        seen.append(dialog)
        assert dialog.participants.value() == 4 and dialog.dots.value() == 3
        dialog.names.setPlainText("Ann\n\n  Bo \nCy\n")
        assert dialog.participants.value() == 3 and not dialog.participants.isEnabled()
        dialog.dots.setValue(5)
        for i in range(dialog.lanes.count()):  # only the first lane
            item = dialog.lanes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) != first_lane(w):
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.hide_results.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VotingSetupDialog, "exec", fill)
    w.voting.act_vote.trigger()
    s = w.voting.session
    assert s is not None and seen
    assert s.participants == ("Ann", "Bo", "Cy")
    assert s.setup.dots_each == 5 and s.setup.hide_results
    assert s.setup.lanes == frozenset({first_lane(w)}) and s.setup.kinds is None
    assert not w.voting.act_vote.isEnabled() and w.voting.act_end.isEnabled()
    w.voting.discard()
    assert w.voting.act_vote.isEnabled()

    # the next vote starts from the room's last set-up (the map's kinds and lanes: all)
    def check(dialog: VotingSetupDialog) -> int:
        assert dialog.names.toPlainText() == "Ann\nBo\nCy"
        assert dialog.dots.value() == 5 and dialog.hide_results.isChecked()
        lanes = [dialog.lanes.item(i).checkState() for i in range(dialog.lanes.count())]
        assert set(lanes) == {Qt.CheckState.Checked}
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(VotingSetupDialog, "exec", check)
    w.voting.act_vote.trigger()
    assert not w.voting.active


def test_setup_dialog_refuses_a_vote_on_nothing(qtbot, window) -> None:
    w = window
    dialog = VotingSetupDialog(w.session.doc, w)
    qtbot.addWidget(dialog)
    for i in range(dialog.kinds.count()):
        dialog.kinds.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.summary.text() == "0 cards can be voted on."
    dialog.accept()
    assert dialog.setup is None and dialog.problem.text() == (
        "Choose at least one card kind to vote on."
    )
    dialog.problem.close()


def test_voting_in_presentation_mode(qtbot, window) -> None:
    w = window
    s = start(w)
    p = w.workshop.presentation
    w.workshop.act_present.trigger()  # F5 (presentation's click handling comes after ours)
    assert p.active
    qtbot.wait(50)
    QApplication.processEvents()
    p.go(1)  # the first stage, where the first lane's cards are
    QApplication.processEvents()
    assert w.voting.bar.isVisible()
    bar = w.voting.bar.geometry()
    assert w.view.viewport().geometry().contains(bar)
    a = votable(w)[0]
    at = vp(w, card_centre(w, a))
    assert w.view.viewport().rect().contains(at)
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, at)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    assert s.dots == {a: [0]}
    assert p.step == 1  # the click voted, it did not go to the next stage
    qtbot.keyClick(w.view, Qt.Key.Key_N)
    assert s.current == 1
    assert w.voting.bar.scale > 1  # read across the room
    # reveal mode, on the whole map: no stage is shown yet, so no card takes a dot
    p.go(0)
    qtbot.keyClick(w.view, Qt.Key.Key_R)
    assert p.reveal
    QApplication.processEvents()
    at = vp(w, card_centre(w, a))
    assert w.view.viewport().rect().contains(at)
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, at)
    assert s.dots == {a: [0]}
    p.leave()
    qtbot.waitUntil(lambda: w.voting.bar.scale == 1.0)
    assert w.voting.bar.isVisible()


def test_closing_the_map_while_voting_asks(qtbot, window, monkeypatch) -> None:
    w = window
    start(w)
    a = votable(w)[0]
    press(qtbot, w, a)
    before = votes(w)[a]
    asked = []

    def answer(text):
        def pick(box):
            asked.append(box.text())
            return box.button(Button.Cancel) if text == "Cancel" else button(box, text)

        return pick

    monkeypatch.setattr(voting_ui, "choose", answer("Cancel"))
    w.close()
    assert w.isVisible() and w.voting.active  # Cancel: nothing closes, the dots stay
    assert asked == [
        "This map has 1 dot placed. End the vote and add the dots to the cards' votes, "
        "or discard them?"
    ]
    monkeypatch.setattr(voting_ui, "choose", answer("End Voting"))
    w.voting.may_close()
    assert not w.voting.active and votes(w)[a] == before + 1
