"""Dot voting in the editor (issue 14): Workshop → Dot Voting…, the session bar, the dots.

`DotVoting` runs one `VotingSession` (editing.voting) over the window's map:
- a click on a card that is part of the vote places the current participant's dot; Shift-
  click or right-click takes one back; clicks start no drag, selection or edit meanwhile
  (an event filter on the view, which goes before presentation mode's own);
- N or Tab passes the laptop to the next participant, Shift+N or Shift+Tab back;
- the session bar over the bottom of the map (in presentation mode too) shows whose turn
  it is, in their colour and number, the dots they have left, and Next, End Voting, Cancel;
- every dot is written at once beside the map's recovery copy (`RecoveryStore.write_voting`),
  so a crash loses none: the recovered map offers to resume the vote;
- End Voting adds the dots to the cards' ``votes`` as one undo step and shows the results,
  with the top cards ringed on the map. Workshop → Reset Votes… sets every card's votes to 0.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from ..canvas.scene import MapScene
from ..canvas.vote_layer import VoteLayer
from ..editing import EditRejected
from ..editing.voting import (
    VoteRejected,
    VotingSession,
    add_votes_edit,
    reset_votes_edit,
)
from ..i18n import tr, trn
from .dialogs import ask, message_box
from .present_steps import HIDE

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .voting_dialogs import VotingBar, VotingResultsDialog, VotingSetupDialog

#: results: the cards ranked this or better are ringed on the map
TOP_RANKS = 3
_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.ContextMenu,
}
Button = QMessageBox.StandardButton


def choose(box: QMessageBox) -> QAbstractButton | None:
    """Show a box with buttons of its own; the one clicked (tests answer here)."""
    box.exec()
    return box.clickedButton()


class DotVoting(QObject):
    """Dot voting in one main window: the Workshop menu's entries, the session, the bar."""

    @property
    def bar(self) -> VotingBar:
        """The session bar (its module loads with the first vote, not at start-up)."""
        if self._bar is None:
            from .voting_dialogs import VotingBar

            self._bar = VotingBar(self, self.window.view)
        return self._bar

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: VotingSession | None = None
        self.layer: VoteLayer | None = None
        self.results_dialog: VotingResultsDialog | None = None
        self.setup_dialog: VotingSetupDialog | None = None
        self._scene: MapScene | None = None
        self._filtering: list[QObject] = []
        #: the status messages this session showed (cleared when it ends)
        self._said: set[str] = set()
        self._bar: VotingBar | None = None  # made with the first vote (not at start-up)
        workshop = window.workshop
        menu = workshop.menu
        menu.addSeparator()
        self.act_vote = QAction(tr("Voting", "Dot &Voting…"), window)
        self.act_vote.setStatusTip(
            tr("Voting", "Let each participant place dots on the cards that matter most")
        )
        self.act_vote.triggered.connect(self.open_setup)
        self.act_end = QAction(tr("Voting", "&End Voting"), window)
        self.act_end.triggered.connect(self.end)
        self.act_reset = QAction(tr("Voting", "&Reset Votes…"), window)
        self.act_reset.setStatusTip(tr("Voting", "Set the votes of every card to 0 (undoable)"))
        self.act_reset.triggered.connect(self.reset_votes)
        menu.addActions([self.act_vote, self.act_end, self.act_reset])
        # presentation mode installs its own event filter when it starts: ours goes first
        workshop.act_present.triggered.connect(self._filter_first)
        self._update_actions()
        QTimer.singleShot(0, self.offer_resume)

    @property
    def active(self) -> bool:
        return self.session is not None

    def _update_actions(self) -> None:
        self.act_vote.setEnabled(not self.active)
        self.act_end.setEnabled(self.active)
        self.act_reset.setEnabled(not self.active)

    # -- starting ------------------------------------------------------------

    def open_setup(self) -> None:
        if self.active:
            return
        if not self.window.session.doc.cards:
            self.window.statusBar().showMessage(tr("Voting", "The map has no cards to vote on."))
            return
        from .voting_dialogs import VotingSetupDialog

        dialog = VotingSetupDialog(self.window.session.doc, self.window)
        dialog.recall(self.window.settings)
        self.setup_dialog = dialog
        if dialog.exec() == VotingSetupDialog.DialogCode.Accepted and dialog.setup is not None:
            dialog.remember(self.window.settings)
            self.start(VotingSession(dialog.setup))
        self.setup_dialog = None
        dialog.deleteLater()

    def start(self, session: VotingSession) -> None:
        """Run ``session`` on the window's map (a new one, or one resumed after a crash)."""
        w = self.window
        self.clear_results()
        scene = w.scene
        if scene.interaction is not None:
            scene.interaction.interrupt()
        scene.clearSelection()
        scene.set_focus_cell(None)
        session.prune(c.id for c in w.session.doc.cards)
        self.session = session
        self._attach_scene(scene)
        self._filter_first()
        self.bar.show()
        self.bar.raise_()
        self._changed(write=True)
        self._update_actions()
        w.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _attach_scene(self, scene: MapScene) -> None:
        self._detach_scene()
        self._scene = scene
        self.layer = VoteLayer(lambda: scene.layout)
        scene.addItem(self.layer)
        scene.relaid.connect(self._relaid)
        self.window.session.undo_stack.cleanChanged.connect(self._clean_changed)

    def _detach_scene(self) -> None:
        scene, self._scene = self._scene, None
        if scene is not None and shiboken6.isValid(scene):
            with contextlib.suppress(RuntimeError, TypeError):
                scene.relaid.disconnect(self._relaid)
            with contextlib.suppress(RuntimeError, TypeError):
                scene.session.undo_stack.cleanChanged.disconnect(self._clean_changed)
            if self.layer is not None and self.layer.scene() is scene:
                scene.removeItem(self.layer)
        self.layer = None

    def _filter_first(self) -> None:
        """(Re)install the event filters so that they run before any other one."""
        if not self.active:
            return
        view = self.window.view
        for obj in (view, view.viewport()):
            obj.removeEventFilter(self)
            obj.installEventFilter(self)
            self._filtering.append(obj)
        if self._bar is not None:
            self._bar.raise_()
        QTimer.singleShot(0, lambda: self._changed(write=False, veil=True))  # (bigger bar)

    def _unfilter(self) -> None:
        for obj in self._filtering:
            if shiboken6.isValid(obj):
                obj.removeEventFilter(self)
        self._filtering = []

    # -- the session's state -------------------------------------------------------------------

    def votable_ids(self) -> set[str]:
        assert self.session is not None
        return {c.id for c in self.window.session.doc.cards if self.session.setup.votable(c)}

    def _changed(self, write: bool = True, card_id: str | None = None, veil: bool = False) -> None:
        """The session changed: redraw (only ``card_id``'s dots, or everything, or the veil
        too when the map changed), update the bar, write the recovery file."""
        session = self.session
        if session is None:
            return
        layer = self.layer
        if layer is not None:
            if veil or layer.session is not session:
                doc = self.window.session.doc
                votable = self.votable_ids()
                layer.show_session(session, (c.id for c in doc.cards if c.id not in votable))
            elif card_id is not None:
                layer.update_card(card_id)
            elif session.setup.hide_results:
                layer.update()  # (whose dots show depends on whose turn it is)
        self.bar.refresh(session)
        if write:
            self.write_recovery()

    def write_recovery(self) -> None:
        """Write the session beside the map's recovery copy (and the copy, if there is
        none: a clean map with dots on it is unsaved work too)."""
        session = self.session
        if session is None:
            return
        doc_session = self.window.session
        store = self.window.guard.store
        key = doc_session.recovery_key
        try:
            store.write_voting(key, session.to_json())
            if not store.has_copy(key):
                store.write(key, doc_session.doc, doc_session.path)
        except (OSError, ValueError) as exc:
            self._say(
                tr("Voting", "Could not write the vote's recovery copy: {0}").format(exc), 8000
            )

    def _clean_changed(self, clean: bool) -> None:
        if clean and self.active:
            self.write_recovery()  # (a save removed the copy; the dots are still unsaved)

    def _relaid(self) -> None:
        if self.layer is not None:
            self.layer.relaid()
        if self.session is not None:
            lost = self.session.prune(c.id for c in self.window.session.doc.cards)
            self._changed(write=lost > 0, veil=True)
        elif self.layer is not None and self.layer.ranks:
            self.layer.update()

    # -- dots and participants ------------------------------------------------------------

    def place(self, card_id: str) -> bool:
        return self._dot(card_id, remove=False)

    def remove(self, card_id: str) -> bool:
        return self._dot(card_id, remove=True)

    def _dot(self, card_id: str, remove: bool) -> bool:
        session = self.session
        card = self.window.session.doc.card(card_id)
        if session is None or card is None:
            return False
        try:
            if remove:
                session.remove(card_id)
            else:
                session.place(card)
        except VoteRejected as exc:
            self._say(str(exc), 5000)
            self.bar.left_label.setToolTip(str(exc))
            return False
        self._changed(card_id=card_id)
        return True

    def _say(self, text: str, ms: int) -> None:
        """A status message about the session (taken away when the session ends)."""
        self._said.add(text)
        self.window.statusBar().showMessage(text, ms)

    def next_participant(self) -> None:
        if self.session is not None:
            self.session.next_participant()
            self._changed()

    def previous_participant(self) -> None:
        if self.session is not None:
            self.session.previous_participant()
            self._changed()

    # -- the view's events while voting ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.session is None:
            return False
        kind = event.type()
        view = self.window.view
        if kind == QEvent.Type.KeyPress and watched is view and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind in _MOUSE and watched is view.viewport():
            return self._mouse(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if self.window.scene.editor is not None:
            return False
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        others = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if others:
            return False
        if key == Qt.Key.Key_Backtab or (key in (Qt.Key.Key_N, Qt.Key.Key_Tab) and shift):
            self.previous_participant()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Tab):
            self.next_participant()
        else:
            return False
        event.accept()
        return True

    def _mouse(self, event: QEvent) -> bool:
        w = self.window
        view = w.view
        presenting = w.workshop.presentation.active
        if event.type() == QEvent.Type.ContextMenu:
            return True  # (a right-click removes a dot; no menu)
        if not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or getattr(view, "_space", False):
            return False  # panning
        pos = event.position()
        at = view.mapToScene(pos.toPoint())
        card_id = None if view.covered(pos) else w.scene.card_at(at)
        if presenting and any(
            item.data(0) == HIDE and item.rect().contains(at)
            for item in w.workshop.presentation.shade_items()
        ):
            card_id = None  # (a stage not revealed yet takes no dot)
        if card_id is None:
            # presentation: a click on the surround still goes forward
            return not presenting and button != Qt.MouseButton.NoButton
        if event.type() == QEvent.Type.MouseButtonPress:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if button == Qt.MouseButton.RightButton or (
                button == Qt.MouseButton.LeftButton and shift
            ):
                self.remove(card_id)
            elif button == Qt.MouseButton.LeftButton:
                self.place(card_id)
        event.accept()
        return True  # no selection, drag or edit while voting

    # -- ending ------------------------------------------------------------

    def end(self) -> None:
        """Add the dots to the cards' votes (one undo step) and show the results."""
        session = self.session
        if session is None:
            return
        w = self.window
        doc = w.session.doc
        session.prune(c.id for c in doc.cards)
        if not session.everyone_voted() and session.total() > 0:
            left = sum(session.dots_left(i) for i in range(len(session.participants)))
            box = message_box(
                w,
                QMessageBox.Icon.Question,
                tr("Voting", "End Voting"),
                trn(
                    "Voting",
                    "%n dot(s) still to place. End the vote anyway?",
                    None,
                    left,
                ),
                Button.Yes | Button.No,
                Button.No,
            )
            box.setObjectName("voting-end-early")
            if ask(box) != Button.Yes:
                return
        tally = session.tally()
        rows = session.results(doc)
        text = session.results_text(doc)
        w.scene.push(lambda: add_votes_edit(w.session.doc, tally))
        self._stop()
        ranks = {r.card_id: r.rank for r in rows if r.rank <= TOP_RANKS}
        if ranks:
            self._show_results_on_map(ranks)
        summary = trn(
            "Voting",
            "%n dot(s) placed. Each card's dots were added to its votes (Edit → Undo takes "
            "them back).",
            None,
            sum(tally.values()),
        )
        from .voting_dialogs import VotingResultsDialog

        dialog = VotingResultsDialog(rows, text, summary, w, go_to=self._go_to)
        dialog.finished.connect(lambda _r: self.clear_results())
        self.results_dialog = dialog
        dialog.show()

    def _show_results_on_map(self, ranks: dict[str, int]) -> None:
        scene = self.window.scene
        if self.layer is None:
            self._attach_scene(scene)
        assert self.layer is not None
        doc = self.window.session.doc
        self.layer.show_results(
            ranks, (c.id for c in doc.cards if c.id not in ranks) if ranks else ()
        )

    def clear_results(self) -> None:
        if self.session is None:
            self._detach_scene()
        dialog, self.results_dialog = self.results_dialog, None
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.close()

    def _go_to(self, card_id: str) -> None:
        scene = self.window.scene
        item = scene.item_for("card", card_id)
        if item is not None:
            self.window.view.centerOn(item.sceneBoundingRect().center())

    def cancel(self) -> None:
        """Stop the vote without touching the map (asks when dots would be lost)."""
        session = self.session
        if session is None:
            return
        if session.total() > 0:
            box = message_box(
                self.window,
                QMessageBox.Icon.Question,
                tr("Voting", "Cancel Voting"),
                trn(
                    "Voting",
                    "Discard the %n dot(s) placed? The map's votes stay as they are.",
                    None,
                    session.total(),
                ),
                Button.Discard | Button.Cancel,
                Button.Cancel,
            )
            box.setObjectName("voting-cancel")
            if ask(box) != Button.Discard:
                return
        self._stop()
        self.window.statusBar().showMessage(
            tr("Voting", "Voting cancelled; the map's votes are as they were."), 5000
        )

    def _stop(self) -> None:
        """The session is over: no bar, no dots, no recovery file."""
        w = self.window
        self.session = None
        self._unfilter()
        if self._bar is not None:
            self._bar.hide()
            self._bar.left_label.setToolTip("")
        status = w.statusBar()
        if status.currentMessage() in self._said:
            status.clearMessage()  # ("Ann has no dots left…" is no longer true)
        self._said.clear()
        if self.layer is not None:
            self.layer.clear()
        self._detach_scene()
        store, key = w.guard.store, w.session.recovery_key
        store.write_voting(key, None)
        if not w.session.modified:
            store.remove(key)  # (the copy was written for the dots alone)
        self._update_actions()

    def may_close(self) -> bool:
        """Before the map is closed or replaced: a running vote is ended, dropped or kept."""
        session = self.session
        if session is None or session.total() == 0:
            self.discard()
            return True
        box = message_box(
            self.window,
            QMessageBox.Icon.Question,
            tr("Voting", "Dot voting is running"),
            trn(
                "Voting",
                "This map has %n dot(s) placed. End the vote and add the dots to the cards' "
                "votes, or discard them?",
                None,
                session.total(),
            ),
            Button.Cancel,
            Button.Cancel,
        )
        box.setObjectName("voting-close")
        end = box.addButton(tr("Voting", "End Voting"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Voting", "Discard Dots"), QMessageBox.ButtonRole.DestructiveRole)
        clicked = choose(box)
        if clicked is None or box.standardButton(clicked) == Button.Cancel:
            return False
        if clicked is end:
            w = self.window
            doc = w.session.doc
            session.prune(c.id for c in doc.cards)
            w.scene.push(lambda: add_votes_edit(w.session.doc, session.tally()))
        self.discard()
        return True

    def discard(self) -> None:
        """Drop the session and anything shown (the map is being replaced)."""
        if self.session is not None:
            self._stop()
        self.clear_results()
        self._detach_scene()

    # -- after a crash ------------------------------------------------------------

    def offer_resume(self) -> None:
        """A recovered map that had a vote running: offer to go on with it."""
        w = self.window
        if not shiboken6.isValid(w) or self.active:
            return
        store, key = w.guard.store, w.session.recovery_key
        data = store.read_voting(key)
        if data is None:
            return
        try:
            session = VotingSession.from_json(data)
        except ValueError as exc:
            w.statusBar().showMessage(str(exc), 10000)
            store.write_voting(key, None)
            return
        session.prune(c.id for c in w.session.doc.cards)
        box = message_box(
            w,
            QMessageBox.Icon.Question,
            tr("Voting", "Resume Dot Voting"),
            trn(
                "Voting",
                "This map had a dot vote running, with %n dot(s) placed. Resume it?",
                None,
                session.total(),
            ),
            Button.NoButton,
        )
        box.setObjectName("voting-resume")
        resume = box.addButton(tr("Voting", "Resume Voting"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            tr("Voting", "Discard Dots"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(resume)
        box.setEscapeButton(resume)
        if choose(box) is discard:
            store.write_voting(key, None)
            return
        self.start(session)

    # -- reset ------------------------------------------------------------

    def reset_votes(self) -> None:
        w = self.window
        doc = w.session.doc
        voted = sum(1 for c in doc.cards if c.votes)
        if not voted:
            w.statusBar().showMessage(tr("Voting", "No card has votes."), 5000)
            return
        box = message_box(
            w,
            QMessageBox.Icon.Question,
            tr("Voting", "Reset Votes"),
            trn(
                "Voting",
                "Set the votes of %n card(s) to 0? (Edit → Undo brings them back.)",
                None,
                voted,
            ),
            Button.Reset | Button.Cancel,
            Button.Cancel,
        )
        box.setObjectName("voting-reset")
        box.button(Button.Reset).setText(tr("Voting", "Reset Votes"))  # not "Restore"
        if ask(box) != Button.Reset:
            return
        try:
            w.session.push(reset_votes_edit(doc))
        except EditRejected as exc:
            w.statusBar().showMessage(str(exc), 5000)


__all__ = ["DotVoting"]
