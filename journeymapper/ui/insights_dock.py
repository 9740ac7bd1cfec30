"""The Insights dock: what the map says (issue 16), by section, kept up to date as it changes.

An edit is never delayed by it: a change only (re)starts a short single-shot timer; when the
edits pause, the insights are computed in a worker thread on a snapshot of the document and
shown when they arrive, unless the map has changed meanwhile (a stale result is dropped and
the newer state computed). Clicking a finding selects its cards (or emotion points, or stages)
on the canvas and scrolls them to the middle of the view.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..canvas.scene import MapScene
from ..editing.ops import LIST_NAMES
from ..i18n import tr
from ..model import JourneyMap

if TYPE_CHECKING:  # (the analysis loads with the first result, after the window shows)
    from ..analysis.findings import Finding, Section

#: Milliseconds of quiet after a change before the insights are computed again.
DEBOUNCE_MS = 300
#: Groups with at most this many items are shown open.
OPEN_GROUP_SIZE = 5
IDS_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def snapshot(doc: JourneyMap) -> JourneyMap:
    """A copy the worker can read while edits go on: the edits replace parts with changed
    copies and change only the lists, so copying the lists (not the parts) is enough."""
    return doc.model_copy(update={name: list(getattr(doc, name)) for name in LIST_NAMES})


def compute(doc: JourneyMap) -> tuple[Section, ...]:
    """The findings of ``doc`` (Qt-free; runs in the worker thread)."""
    from ..analysis.compute import insights
    from ..analysis.findings import findings

    return findings(insights(doc), doc)


class _Relay(QObject):
    """Carries a result from the worker thread to the dock (a queued signal)."""

    done = Signal(int, object)


class InsightsDock(QWidget):
    #: emitted after a result is shown (its generation): tests and the benchmark wait on it
    updated = Signal(int)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights-panel")
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
        self._expanded: set[tuple[str, ...]] | None = None
        self._keep_open = False  # False: open the default groups (a new map)
        self.scene: MapScene | None = None
        self.set_scene(scene)

    # -- following the document --------------------------------------------------------------

    def set_scene(self, scene: MapScene) -> None:
        """Follow another document (after New/Open)."""
        if self.scene is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old session is gone
                self.scene.session.changed.disconnect(self.schedule)
        self.scene = scene
        scene.session.changed.connect(self.schedule)
        self._keep_open = False  # a new map opens with the default groups open
        self.schedule()

    def schedule(self, *_args: Any) -> None:
        """The map changed: compute again once the edits pause (the edit is drawn first)."""
        self._generation += 1
        self.status.setText(tr("insights", "Updating\u2026"))
        self._timer.start()

    def _start(self) -> None:
        if self._running or self.scene is None:
            return  # `_finished` starts the next round
        self._running = True
        generation = self._generation
        doc = snapshot(self.scene.session.doc)
        relay = self._relay

        def work() -> None:
            try:
                result: object = compute(doc)
            except Exception as exc:  # shown in the dock, never a traceback
                result = exc
            with contextlib.suppress(RuntimeError):  # the dock was closed meanwhile
                relay.done.emit(generation, result)

        threading.Thread(target=work, name="insights", daemon=True).start()

    def _finished(self, generation: int, result: object) -> None:
        self._running = False
        if generation != self._generation:
            self._timer.start()  # stale: the map changed meanwhile; compute the newer state
            return
        if isinstance(result, Exception):
            self.status.setText(
                tr("insights", "The insights could not be computed: {0}").format(result)
            )
            return
        self._show(result)  # type: ignore[arg-type]
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
        selected = scene.selectedItems()
        if not selected:
            return
        bounds = selected[0].sceneBoundingRect()
        for it in selected[1:]:
            bounds = bounds.united(it.sceneBoundingRect())
        for view in scene.views():
            centre = QPointF(view.viewport().rect().center())
            view.scroll_to_put(bounds.center(), centre)  # type: ignore[attr-defined]
