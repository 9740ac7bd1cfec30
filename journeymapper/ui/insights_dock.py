"""The Insights dock: what the map says (issue 16), by section, kept up to date as it changes.

An edit is never delayed by it: a change only (re)starts a short single-shot timer; when the
edits pause, the insights are computed in a worker thread on a snapshot of the document and
shown when they arrive, unless the map has changed meanwhile (a stale result is dropped and
the newer state computed). A run in progress is cancelled as soon as the scene starts to
redraw an edit (`MapScene.syncing`): Python's threads share one interpreter lock, and a run
left going would take half of it from the edit (on the stress map an edit then took half as
long again, tests/benchmarks/insights_dock.py). The run stops itself: it is handed a
`Checkpoint` (`analysis.cancel`), which the analysis checks between its steps and in its
loops; the dock trips it and the run raises `Cancelled` at its next check, within a few
milliseconds of work, which the worker catches; its result, if one still arrives, is
ignored. Clicking a finding selects its cards (or emotion points, or stages) on the canvas and
scrolls them to the middle of the view.

Two toggles over the tree change how the canvas shows the map (never the map itself):
"Highlight path" picks out one path from an entry to an exit (the longest, the shortest or
any listed one): its cards and arrows stay as they are, with an amber ring and halo, and every
other card and arrow is dimmed through the scene's one dimmer (`canvas.dimming`, which the
search bar uses too). An edit that breaks the path (a card or an arrow of it deleted) turns
the highlight off and says so in the status bar. "Colour stages by emotion" tints each stage
by the average score of everyone's or one persona's points (`canvas.mood`).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.cancel import Cancelled, Check, Checkpoint, checked, never
from ..canvas.scene import MapScene
from ..editing.kinds import PartKind
from ..editing.ops import LIST_NAMES
from ..i18n import tr
from ..model import JourneyMap
from ..quotes import quote

if TYPE_CHECKING:  # (the analysis loads with the first result, after the window shows)
    from ..analysis.findings import Finding, Section

#: Milliseconds of quiet after a change before the insights are computed again.
DEBOUNCE_MS = 300
#: The path box keeps room for this many characters (the rest of a route is elided).
PATH_BOX_CHARS = 24
#: Groups with at most this many items are shown open.
OPEN_GROUP_SIZE = 5
IDS_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def snapshot(doc: JourneyMap) -> JourneyMap:
    """A copy the worker can read while edits go on: the edits replace parts with changed
    copies and change only the lists, so copying the lists (not the parts) is enough."""
    return doc.model_copy(update={name: list(getattr(doc, name)) for name in LIST_NAMES})


@dataclass(frozen=True)
class Route:
    """A path the dock offers to highlight: its label and its cards, in order."""

    label: str
    cards: tuple[str, ...]


@dataclass(frozen=True)
class DockResult:
    sections: tuple[Section, ...]
    routes: tuple[Route, ...]  # the longest, the shortest, then every listed path


def compute(doc: JourneyMap, check: Check = never) -> DockResult:
    """The findings of ``doc`` and its paths (Qt-free; runs in the worker thread). ``check``
    is called now and then; it stops the run by raising `Cancelled`."""
    from ..analysis.compute import insights
    from ..analysis.findings import findings
    from ..analysis.text import name_only, route

    result = insights(doc, check)
    p = result.path
    routes = []
    for label, r in (
        (tr("insights", "Longest path: {0}"), p.longest),
        (tr("insights", "Shortest path: {0}"), p.shortest),
    ):
        if r is not None:
            routes.append(Route(label.format(route(r, name_only)), tuple(c.id for c in r.cards)))
    for n, r in enumerate(checked(p.paths, check, 1), start=1):
        text = tr("insights", "Path {0}: {1}").format(n, route(r, name_only))
        routes.append(Route(text, tuple(c.id for c in r.cards)))
    return DockResult(findings(result, doc, check), tuple(routes))


def path_connections(doc: JourneyMap, cards: tuple[str, ...]) -> set[str] | None:
    """The connections along ``cards`` (every arrow from one to the next), or None when the
    path is broken: a card is gone or two neighbours are no longer connected."""
    present = {c.id for c in doc.cards}
    if len(cards) < 2 or any(c not in present for c in cards):
        return None
    wanted = set(pairwise(cards))
    found: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for conn in doc.connections:
        if (conn.source, conn.target) in wanted:
            found.add(conn.id)
            seen.add((conn.source, conn.target))
    return found if seen == wanted else None


class _Run:
    """One run of the worker: its thread and the check that stops it (`cancel`)."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        #: ``gate``: the scene's `MapScene.idle` (the run waits while the user drags)
        self.check = Checkpoint(gate)
        self.thread: threading.Thread | None = None

    def cancel(self) -> None:
        """Stop the run at its next check (a run already over just sends nothing)."""
        self.check.cancel()


class _Relay(QObject):
    """Carries a result from the worker thread to the dock (a queued signal)."""

    done = Signal(object, int, object)


class RouteBox(QComboBox):
    """A combo box that elides its text in the middle: a route's first card and its
    number of steps stay in sight (the list and the tooltip show the whole text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def shown_text(self) -> str:
        """The current text as the box draws it."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, field.width()
        )

    def paintEvent(self, _event: Any) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class InsightsDock(QWidget):
    #: emitted after a result is shown (its generation): tests and the benchmark wait on it
    updated = Signal(int)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights-panel")
        self._path: tuple[str, ...] = ()  # the cards of the highlighted path (none: off)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_toggles())
        layout.addWidget(self.status)
        layout.addWidget(self.tree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._generation = 0  # counts the states of the map; a result carries its own
        self._shown = -1  # the generation on screen
        self._running = False
        self._run: _Run | None = None  # the run in progress
        self._expanded: set[tuple[str, ...]] | None = None
        self._keep_open = False  # False: open the default groups (a new map)
        self.scene: MapScene | None = None
        self.set_scene(scene)

    def _build_toggles(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        self.act_path = QAction(tr("insights", "Highlight path"), self)
        self.act_path.setCheckable(True)
        self.act_path.setToolTip(
            tr("insights", "Show the chosen path on the canvas and dim every other card")
        )
        self.act_path.toggled.connect(self._path_toggled)
        self.path_box = RouteBox(box)
        self.path_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # a route is long: the box keeps room for its start, and elides it in the middle
        # (its end, the number of steps, stays); the tooltip has it all
        self.path_box.setMinimumContentsLength(PATH_BOX_CHARS)
        self.path_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.path_box.currentIndexChanged.connect(self._path_tooltip)
        self.path_box.activated.connect(self._path_chosen)
        self.act_tint = QAction(tr("insights", "Colour stages by emotion"), self)
        self.act_tint.setCheckable(True)
        self.act_tint.setToolTip(
            tr("insights", "Tint each stage by its average emotion score, shown as a number")
        )
        self.act_tint.toggled.connect(self._update_tint)
        self._tint_tip = self.act_tint.toolTip()
        self.persona_box = QComboBox(box)
        self.persona_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.persona_box.activated.connect(self._update_tint)
        # a route is long: its box has a row of its own, the dock's whole width
        for row, (action, combo) in enumerate(
            ((self.act_path, self.path_box), (self.act_tint, self.persona_box))
        ):
            button = QToolButton(box)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, 2 * row, 0)
            if combo is self.path_box:
                grid.addWidget(combo, 1, 0, 1, 2)
            else:
                grid.addWidget(combo, 2 * row, 1)
        grid.setColumnStretch(1, 1)
        self._fill_paths(())
        return box

    def _path_tooltip(self, *_args: Any) -> None:
        """The chosen path's whole text (the box may show it elided)."""
        self.path_box.setToolTip(self.path_box.currentText())

    # -- following the document --------------------------------------------------------------

    def set_scene(self, scene: MapScene) -> None:
        """Follow another document (after New/Open)."""
        if self.scene is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old session is gone
                self.scene.session.changed.disconnect(self.schedule)
                self.scene.session.changed.disconnect(self._map_changed)
                self.scene.syncing.disconnect(self.cancel)
        self.scene = scene
        scene.syncing.connect(self.cancel)
        scene.session.changed.connect(self.schedule)
        scene.session.changed.connect(self._map_changed)
        self._keep_open = False  # a new map opens with the default groups open
        # a new map starts plain: no highlighted path, stages not coloured
        self._path = ()
        for action in (self.act_path, self.act_tint):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._fill_paths(())
        self._fill_personas()
        self._follow_scores()
        self.schedule()

    def schedule(self, *_args: Any) -> None:
        """The map changed: compute again once the edits pause (the edit is drawn first)."""
        self._generation += 1
        # (the line keeps its height: the findings under it do not jump at every edit)
        self.status.setMinimumHeight(self.status.height() if self.status.isVisible() else 0)
        self.status.setText(tr("insights", "Updating\u2026"))
        self._timer.start()

    def cancel(self) -> None:
        """Stop the run in progress (the map is changing): compute again after the pause."""
        run = self._run
        if run is None:
            return
        self._run = None
        self._running = False
        run.cancel()
        self._timer.start()

    def stop(self) -> None:
        """The window is closing: cancel a run in progress and wait for its thread to end,
        so that no worker outlives the widgets it reports to."""
        self._timer.stop()
        run, self._run, self._running = self._run, None, False
        if run is not None:
            run.cancel()
            if run.thread is not None:
                run.thread.join(timeout=5.0)

    def _start(self) -> None:
        if self._running or self.scene is None:
            return  # `_finished` starts the next round
        self._running = True
        generation = self._generation
        doc = snapshot(self.scene.session.doc)
        relay = self._relay
        run = self._run = _Run(self.scene.idle)

        def work() -> None:
            try:
                result: object = compute(doc, run.check)
            except Cancelled:
                return  # the map moved on; the dock has already forgotten this run
            except Exception as exc:  # shown in the dock, never a traceback
                result = exc
            if run.check.cancelled:
                return  # (cancelled after its last check: `_finished` would drop it anyway)
            with contextlib.suppress(RuntimeError):  # the dock was closed meanwhile
                relay.done.emit(run, generation, result)

        run.thread = threading.Thread(target=work, name="insights", daemon=True)
        run.thread.start()

    def _finished(self, run: _Run, generation: int, result: object) -> None:
        if run is not self._run:
            return  # a cancelled run's result, sent before it was cancelled
        self._run = None
        self._running = False
        if generation != self._generation:
            self._timer.start()  # stale: the map changed meanwhile; compute the newer state
            return
        self.status.setMinimumHeight(0)
        if isinstance(result, Exception):
            self.status.setText(
                tr("insights", "The insights could not be computed: {0}").format(result)
            )
            return
        assert isinstance(result, DockResult)
        self._show(result.sections)
        self._fill_paths(result.routes)
        self._shown = generation
        doc = self.scene.session.doc if self.scene is not None else None
        if doc is not None:
            self.status.setText(
                tr("insights", "{0}: {1} cards, {2} connections").format(
                    doc.title, len(doc.cards), len(doc.connections)
                )
            )
        self.updated.emit(generation)

    def is_current(self) -> bool:
        """The findings shown are those of the map as it is now."""
        return self._shown == self._generation and not self._timer.isActive()

    # -- the canvas toggles ---------------------------------------------------------------------

    def _map_changed(self, *_args: Any) -> None:
        """After an edit (the scene has re-synced): keep the highlight if the path still
        stands, else turn it off; follow the personas."""
        if self._path:
            self._apply_path()
        self._fill_personas()
        self._follow_scores()

    def _follow_scores(self) -> None:
        """Colouring by emotion needs scores: without any the toggle is off and says why."""
        scores = self.scene is not None and bool(self.scene.session.doc.emotions)
        self.act_tint.setEnabled(scores)
        self.persona_box.setEnabled(scores)
        self.act_tint.setToolTip(
            self._tint_tip
            if scores
            else tr("insights", "There are no emotion scores on this map yet")
        )
        if not scores and self.act_tint.isChecked():
            self.act_tint.setChecked(False)  # (the last score was deleted: the tint goes)

    def _fill_paths(self, routes: tuple[Route, ...]) -> None:
        box = self.path_box
        box.blockSignals(True)
        was = box.currentIndex()
        box.clear()
        for r in routes:
            box.addItem(r.label, r.cards)
            box.setItemData(box.count() - 1, r.label, Qt.ItemDataRole.ToolTipRole)
        # the highlighted path stays chosen: at the same place if it is still there (the
        # longest path may also be path 1), else wherever it is listed now
        same = [i for i, r in enumerate(routes) if r.cards == self._path]
        at = (was if was in same else same[0]) if same else -1
        if not self._path:
            at = max(was, 0) if was < len(routes) else 0
        elif at < 0:  # still standing, no longer listed (no longer the longest)
            titles = {c.id: c.title for c in self.scene.session.doc.cards} if self.scene else {}
            names = " \u2192 ".join(quote(titles.get(c, c)) for c in self._path)
            box.insertItem(0, tr("insights", "Highlighted path: {0}").format(names), self._path)
            at = 0
        if box.count() == 0:
            box.addItem(tr("insights", "No path yet: connect cards with arrows"), ())
        box.setCurrentIndex(max(at, 0))
        box.setEnabled(bool(routes) or bool(self._path))
        box.blockSignals(False)
        self._path_tooltip()
        self.act_path.setEnabled(bool(routes) or bool(self._path))

    def _path_toggled(self, on: bool) -> None:
        if on:
            self.highlight_path(tuple(self.path_box.currentData() or ()))
        else:
            self.clear_path()

    def _path_chosen(self, _index: int) -> None:
        if self.act_path.isChecked():
            self.highlight_path(tuple(self.path_box.currentData() or ()))

    def highlight_path(self, cards: tuple[str, ...]) -> None:
        """Pick out the path through ``cards`` on the canvas (dim everything else)."""
        self._path = cards
        if cards and not self.act_path.isChecked():
            self.act_path.blockSignals(True)
            self.act_path.setChecked(True)
            self.act_path.blockSignals(False)
        self._apply_path()

    def _apply_path(self) -> None:
        scene = self.scene
        if scene is None:
            return
        doc = scene.session.doc
        connections = path_connections(doc, self._path)
        if connections is None:
            if self._path:
                scene.tell(
                    tr("insights", "The highlighted path was broken by an edit: highlight off.")
                )
            self.clear_path()
            return
        on = set(self._path)
        dim = {(PartKind.CARD, c.id) for c in doc.cards if c.id not in on}
        dim |= {(PartKind.CONNECTION, x.id) for x in doc.connections if x.id not in connections}
        emphasis = {(PartKind.CARD, c) for c in self._path}
        emphasis |= {(PartKind.CONNECTION, x) for x in connections}
        scene.dimmer.set("path", dim, emphasis)

    def clear_path(self) -> None:
        """No highlighted path: undim what it dimmed (the search's dimming stays)."""
        self._path = ()
        if self.act_path.isChecked():
            self.act_path.blockSignals(True)
            self.act_path.setChecked(False)
            self.act_path.blockSignals(False)
        if self.scene is not None:
            self.scene.dimmer.clear("path")

    def _fill_personas(self) -> None:
        box = self.persona_box
        doc = self.scene.session.doc if self.scene is not None else None
        entries = [(p.name, p.id) for p in doc.personas] if doc is not None else []
        current = box.currentData()
        wanted = [(tr("insights", "All personas"), None), *entries]
        if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == wanted:
            return
        box.blockSignals(True)
        box.clear()
        for name, pid in wanted:
            box.addItem(name, pid)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        box.blockSignals(False)
        if self.act_tint.isChecked() and box.currentData() != current:
            self._update_tint()  # the persona shown was deleted: everyone's average

    def _update_tint(self, *_args: Any) -> None:
        if self.scene is None:
            return
        persona = self.persona_box.currentData()
        name = self.persona_box.currentText() if persona is not None else None
        self.scene.tint.set(self.act_tint.isChecked(), persona, name)

    # -- the tree -------------------------------------------------------------------------------

    def _show(self, sections: tuple[Section, ...]) -> None:
        tree = self.tree
        self._expanded = self._open_keys() if self._keep_open else None
        self._keep_open = True
        scroll = tree.verticalScrollBar().value()
        tree.setUpdatesEnabled(False)
        try:
            tree.clear()
            bold = QFont(tree.font())
            bold.setBold(True)
            for section in sections:
                top = QTreeWidgetItem([section.title])
                top.setFont(0, bold)
                top.setData(0, IDS_ROLE, ())
                top.setData(0, KEY_ROLE, section.key)
                tree.addTopLevelItem(top)
                for n, finding in enumerate(section.findings):
                    self._add(top, finding, (section.key, str(n)))
                top.setExpanded(self._expanded is None or (section.key,) in self._expanded)
        finally:
            tree.setUpdatesEnabled(True)
        tree.verticalScrollBar().setValue(scroll)

    def _add(self, parent: QTreeWidgetItem, finding: Finding, key: tuple[str, ...]) -> None:
        item = QTreeWidgetItem([finding.text])
        item.setToolTip(0, finding.text)
        item.setData(0, IDS_ROLE, finding.ids)
        parent.addChild(item)
        for n, child in enumerate(finding.children):
            self._add(item, child, (*key, str(n)))
        if finding.children:
            if self._expanded is None:
                item.setExpanded(len(finding.children) <= OPEN_GROUP_SIZE)
            else:
                item.setExpanded(key in self._expanded)

    def _open_keys(self) -> set[tuple[str, ...]]:
        """Which items are open, by their place (section, position…): kept across updates."""
        keys: set[tuple[str, ...]] = set()

        def walk(item: QTreeWidgetItem, key: tuple[str, ...]) -> None:
            if item.isExpanded():
                keys.add(key)
            for n in range(item.childCount()):
                walk(item.child(n), (*key, str(n)))

        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            walk(top, (str(top.data(0, KEY_ROLE)),))
        return keys

    def find_items(self, text: str) -> list[QTreeWidgetItem]:
        """Items whose text contains ``text`` (any depth)."""
        flags = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        return self.tree.findItems(text, flags, 0)

    # -- clicking a finding ---------------------------------------------------------------------

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = list(item.data(0, IDS_ROLE) or ())
        if ids and self.scene is not None:
            self.show_parts(ids)

    def show_parts(self, ids: list[str]) -> None:
        """Select the parts with these ids and centre them in the view."""
        scene = self.scene
        if scene is None:
            return
        scene.select_ids(ids)
        scene.placer.place()  # (where the items are: see `canvas.placing`)
        selected = scene.selectedItems()
        if not selected:
            return
        bounds = selected[0].sceneBoundingRect()
        for it in selected[1:]:
            bounds = bounds.united(it.sceneBoundingRect())
        for view in scene.views():
            centre = QPointF(view.viewport().rect().center())
            view.scroll_to_put(bounds.center(), centre)  # type: ignore[attr-defined]
