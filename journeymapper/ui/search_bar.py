"""The find and filter bar over the canvas (issue 14).

A small bar docked at the top of the view, like a browser's find bar. Ctrl+F opens it with the
search field: the cards that hold the typed text stay as they are and the others are dimmed;
Enter and Shift+Enter step through the hits (each is selected and centred) and a label counts
them ("3 of 12"). Edit → Filter… opens its second row, which narrows the map by tag, channel,
card kind, persona and "has votes".

Cards the filter leaves out are dimmed, not hidden: the layout does not change, so every card
stays where the team put it and the map still reads as a whole; hidden cards would leave holes
that look like empty cells and invite cards to be dropped on top of them. While a filter is
active a chip in the bar and a label in the status bar say so. Escape (or the close button)
clears both the search and the filter and closes the bar.

The matching is `journeymapper.search`; only the opacity of card and emotion-point items is
touched here (the drawing code is not).
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.dimming import DIMMED as _DIMMED
from journeymapper.canvas.scene import MapScene
from journeymapper.canvas.view import MapView
from journeymapper.editing.kinds import PartKind, card_kind_name
from journeymapper.i18n import tr
from journeymapper.model.document import CardKind, Channel
from journeymapper.search import CardFilter, SearchIndex, matching_points, tags_in

from .names import channel_name

#: the opacity of a card that is not a hit or that the filter leaves out (the dimmer's)
DIMMED = _DIMMED
_MARGIN = 8  # from the viewport's edges
_CHIP_WIDTH = 300  # the filter chip's text is cut (with …) beyond this


class _Field(QLineEdit):
    """The search field: Enter next, Shift+Enter previous, Escape closes the bar."""

    def __init__(self, bar: SearchBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.bar.step(-1)
            else:
                self.bar.step(1)
            return
        super().keyPressEvent(event)


class SearchBar(QFrame):
    """Find and filter over the map in ``window`` (its ``view`` and ``scene``)."""

    def __init__(self, window: QMainWindow, view: MapView) -> None:
        super().__init__(view)
        self.setObjectName("search-bar")
        self.window_ = window
        self.view = view
        self.scene: MapScene | None = None
        self.filter = CardFilter()
        self.hits: list[str] = []
        self.current = -1
        self._index: SearchIndex | None = None
        self._dimmed: set[tuple[str, str]] = set()  # items shown dimmed now
        self._chip_room = _CHIP_WIDTH
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#search-bar { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
            "#filter-chip { background: #fff3c4; color: #4a3b00; border: 1px solid #e0c25a;"
            " border-radius: 9px; padding: 1px 8px; }"
        )

        self.field = _Field(self)
        self.field.setPlaceholderText(tr("SearchBar", "Find in cards, tags, comments, evidence"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(180)
        self.field.textChanged.connect(self.refresh)
        self.count = QLabel(self)
        longest = (
            tr("SearchBar", "No matches"),
            tr("SearchBar", "Matches: {0}").format(8888),
            tr("SearchBar", "{0} of {1}").format(8888, 8888),
        )
        self.count.setMinimumWidth(
            max(self.count.fontMetrics().horizontalAdvance(t) for t in longest)
        )
        self.prev_button = self._button("↑", tr("SearchBar", "Previous match (Shift+Enter)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = self._button("↓", tr("SearchBar", "Next match (Enter)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.filter_button = self._button(tr("SearchBar", "Filter"), "")
        self.filter_button.setCheckable(True)
        self.filter_button.toggled.connect(self.show_filters)
        self.chip = QLabel(self)
        self.chip.setObjectName("filter-chip")
        self.chip.hide()
        close = self._button("✕", tr("SearchBar", "Close and clear (Escape)"))
        close.clicked.connect(self.close_bar)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addWidget(self.filter_button)
        row.addWidget(self.chip)
        row.addWidget(close)

        self.filters = QWidget(self)
        self.tag_box = QComboBox(self.filters)
        self.channel_box = QComboBox(self.filters)
        self.kind_box = QComboBox(self.filters)
        self.persona_box = QComboBox(self.filters)
        self.persona_box.setToolTip(
            tr(
                "SearchBar",
                "Cards have no persona of their own: a card counts as a persona's when it is "
                "tagged with the persona's name or id (any case or accents). The persona's "
                "emotion points are kept too.",
            )
        )
        self.votes_box = QCheckBox(tr("SearchBar", "Has votes"), self.filters)
        clear = QToolButton(self.filters)
        clear.setText(tr("SearchBar", "Clear filter"))
        clear.clicked.connect(self.clear_filter)
        self._filter_widgets: list[QWidget] = [
            self.tag_box,
            self.channel_box,
            self.kind_box,
            self.persona_box,
            self.votes_box,
            clear,
        ]
        for box in (self.tag_box, self.channel_box, self.kind_box, self.persona_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(self._filter_edited)
        self.votes_box.toggled.connect(self._filter_edited)
        self._grid = QGridLayout(self.filters)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange_filters(6)
        self.filters.hide()

        col = QVBoxLayout(self)
        col.setContentsMargins(8, 6, 8, 6)
        col.setSpacing(6)
        col.addLayout(row)
        col.addWidget(self.filters)

        self.status_label = QLabel()
        self.status_label.setObjectName("filter-status")
        self.status_label.hide()
        window.statusBar().addPermanentWidget(self.status_label)

        for w in self.findChildren(QWidget):
            w.installEventFilter(self)  # Escape anywhere in the bar
        view.installEventFilter(self)  # keep the bar at the top as the view resizes
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setAutoRaise(True)
        if tip:
            b.setToolTip(tip)
        return b

    # -- wiring ---------------------------------------------------------------------------------

    def set_scene(self, scene: MapScene) -> None:
        """Follow the window's (new) scene: a new map starts with no search and no filter."""
        if self.scene is not None and shiboken6.isValid(self.scene):
            with contextlib.suppress(RuntimeError, TypeError):
                self.scene.relaid.disconnect(self._relaid)
        self.scene = scene
        self._index = None
        self._dimmed = set()
        scene.relaid.connect(self._relaid)
        if self.isVisible():
            self.close_bar()

    def _relaid(self) -> None:
        self._index = None  # the text may have changed; new items are not dimmed yet
        if self.filters.isVisible():
            self._fill_filter_boxes()  # tags and personas may have come or gone
        if self.active:
            # an item made again (undo of a delete) is not dimmed, whatever its id was
            self._dimmed = {
                k for k in self._dimmed if (it := self._item(k)) is not None and it.opacity() < 1
            }
            self.refresh()

    @property
    def active(self) -> bool:
        return bool(self.field.text().strip()) or self.filter.active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view:
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and self._canvas_escape_is_ours()
            ):
                self.close_bar()  # Escape on the map clears the search and the filter too
                return True
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_bar()
            return True
        return False

    def _canvas_escape_is_ours(self) -> bool:
        """Escape on the canvas closes the bar unless a card is being typed or a gesture is
        under way there (their Escape comes first)."""
        scene = self.scene
        return (
            self.isVisible()
            and scene is not None
            and getattr(scene, "editor", None) is None
            and scene.interaction is None
        )

    def _arrange_filters(self, columns: int) -> None:
        """The filter row in one line (6 columns) or, in a narrow view, two lines (3)."""
        if columns == self._columns:
            return
        self._columns = columns
        for w in self._filter_widgets:
            self._grid.removeWidget(w)
        for i, w in enumerate(self._filter_widgets):
            self._grid.addWidget(w, i // columns, i % columns)

    def _place(self) -> None:
        vp = self.view.viewport().geometry()
        room = vp.width() - 2 * _MARGIN
        self._arrange_filters(3)
        narrow = self.filters.sizeHint().width() + 16
        self._arrange_filters(6)
        wide = self.filters.sizeHint().width() + 16
        self._arrange_filters(6 if wide <= room else 3)
        self._chip_room = _CHIP_WIDTH if room > 900 else max(80, room - 520)
        self._elide_chip()
        self.layout().activate()
        width = min(max(self.sizeHint().width(), 560, narrow), room)
        self.setGeometry(
            vp.right() - width - _MARGIN, vp.top() + _MARGIN, width, self.sizeHint().height()
        )

    def _elide_chip(self) -> None:
        text = self.chip.toolTip()
        metrics = self.chip.fontMetrics()
        self.chip.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._chip_room))

    # -- opening and closing -------------------------------------------------------------------

    def open_find(self) -> None:
        self._open()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def open_filter(self) -> None:
        self._open()
        self.filter_button.setChecked(True)
        self.tag_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open(self) -> None:
        self.show()
        self.raise_()
        self._place()

    def show_filters(self, shown: bool) -> None:
        if shown:
            self._fill_filter_boxes()
        self.filters.setVisible(shown)
        self._place()

    def close_bar(self) -> None:
        """Clear the search and the filter, undim everything, hide the bar."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.filter = CardFilter()
        self.filter_button.setChecked(False)
        self.refresh()
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the filter ------------------------------------------------------------------------------

    def _fill_filter_boxes(self) -> None:
        scene = self.scene
        if scene is None:
            return
        doc = scene.session.doc

        def fill(box: QComboBox, anyone: str, entries: list[tuple[str, str]], now: str | None):
            box.blockSignals(True)
            box.clear()
            box.addItem(anyone, None)
            for label, value in entries:
                box.addItem(label, value)
            at = box.findData(now) if now is not None else 0
            box.setCurrentIndex(max(at, 0))
            box.blockSignals(False)

        f = self.filter
        fill(
            self.tag_box,
            tr("SearchBar", "Any tag"),
            [(t, t) for t in tags_in(doc)],
            next(iter(f.tags), None),
        )
        fill(
            self.channel_box,
            tr("SearchBar", "Any channel"),
            [(channel_name(c), c.value) for c in Channel],
            next(iter(f.channels), None),
        )
        fill(
            self.kind_box,
            tr("SearchBar", "Any kind"),
            [(card_kind_name(k), k.value) for k in CardKind],
            next(iter(f.kinds), None),
        )
        fill(
            self.persona_box,
            tr("SearchBar", "Any persona"),
            [(p.name, p.id) for p in doc.personas],
            f.persona,
        )
        self.votes_box.blockSignals(True)
        self.votes_box.setChecked(f.has_votes)
        self.votes_box.blockSignals(False)

    def _filter_edited(self, *_args: object) -> None:
        def one(box: QComboBox) -> frozenset[str]:
            value = box.currentData()
            return frozenset({value}) if value else frozenset()

        self.set_filter(
            CardFilter(
                tags=one(self.tag_box),
                channels=one(self.channel_box),
                kinds=one(self.kind_box),
                persona=self.persona_box.currentData() or None,
                has_votes=self.votes_box.isChecked(),
            )
        )

    def set_filter(self, flt: CardFilter) -> None:
        self.filter = flt
        if self.filters.isVisible():
            self._fill_filter_boxes()
        self.refresh()

    def clear_filter(self) -> None:
        self.set_filter(CardFilter())

    def filter_text(self) -> str:
        """The active criteria in words ("" when none), for the chip and the status bar."""
        f = self.filter
        words: list[str] = sorted(f.tags)
        words += [channel_name(Channel(c)) for c in sorted(f.channels)]
        words += [card_kind_name(k) for k in sorted(f.kinds)]
        if f.persona is not None and self.scene is not None:
            names = {p.id: p.name for p in self.scene.session.doc.personas}
            words.append(names.get(f.persona, f.persona))
        if f.has_votes:
            words.append(tr("SearchBar", "has votes"))
        return ", ".join(words)

    # -- searching and dimming ------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Search again, dim what is not kept, update the count and the chip."""
        scene = self.scene
        if scene is None:
            return
        doc = scene.session.doc
        query = self.field.text()
        kept: list[str] | None = None
        if self.filter.active:
            kept = self.filter.matching_cards(doc)
        if query.strip():
            if self._index is None:
                self._index = SearchIndex.build(doc)
            self.hits = self._index.search(query, among=kept)
            shown = set(self.hits)
        else:
            self.hits = []
            shown = set(kept) if kept is not None else None
        self.current = -1
        dim: set[tuple[str, str]] = set()
        if shown is not None:
            dim = {(PartKind.CARD, c.id) for c in doc.cards if c.id not in shown}
        if self.filter.persona is not None:
            points = set(matching_points(doc, self.filter))
            dim |= {(PartKind.EMOTION, p.id) for p in doc.emotions if p.id not in points}
        self._apply_dim(dim)
        self._show_count()
        text = self.filter_text()
        self.chip.setToolTip(text)
        self._elide_chip()
        self.chip.setVisible(bool(text))
        self.status_label.setText(tr("SearchBar", "Filter: {0}").format(text) if text else "")
        self.status_label.setVisible(bool(text))
        if self.isVisible():
            self._place()

    def _item(self, key: tuple[str, str]):  # type: ignore[no-untyped-def]
        assert self.scene is not None
        return self.scene.items_by_id.get(key)

    def _apply_dim(self, dim: set[tuple[str, str]]) -> None:
        """Dim these parts through the scene's one dimmer (`canvas.dimming`: it touches only
        the items whose state changes, and keeps what other sources dim)."""
        if self.scene is not None:
            self.scene.dimmer.set("search", dim)
        self._dimmed = dim

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(tr("SearchBar", "No matches"))
        elif self.current < 0:
            self.count.setText(tr("SearchBar", "Matches: {0}").format(len(self.hits)))
        else:
            self.count.setText(
                tr("SearchBar", "{0} of {1}").format(self.current + 1, len(self.hits))
            )
        self.prev_button.setEnabled(bool(self.hits))
        self.next_button.setEnabled(bool(self.hits))

    def step(self, by: int) -> None:
        """Go to the next (``by`` 1) or previous (-1) hit, wrapping: select it, centre it."""
        if not self.hits or self.scene is None:
            return
        if self.current < 0:
            self.current = 0 if by > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + by) % len(self.hits)
        card_id = self.hits[self.current]
        self.scene.select_ids([card_id])
        item = self.scene.item_for(PartKind.CARD, card_id)
        if item is not None:
            centre = QPointF(self.view.viewport().rect().center())
            self.view.scroll_to_put(item.sceneBoundingRect().center(), centre)
        self._show_count()
