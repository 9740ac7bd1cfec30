"""The first screen when the editor starts without a file: a new blank map (stage framework
and language chosen), Open…, the filled examples and the recent maps, with pictures.

The page only asks; `journeymapper.app` opens the chosen map in a main window. Everything
works from the keyboard: Tab moves between the parts, Enter opens the chosen example or
recent map or presses the focused button, Delete removes a recent map from the list.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import interface_language, tr
from ..layout.theme import DEFAULT_THEME
from ..resources import icon_path
from ..templates import (
    DEFAULT_FRAMEWORK,
    TemplateInfo,
    _framework,
    frameworks,
    list_templates,
    load_template,
    template_in,
)
from .dialogs import file_filter, message_box, remember_folder, start_folder
from .recent import RecentFiles, RecentMap
from .thumbnails import HEIGHT, WIDTH, ThumbnailQueue

LANGUAGE_NAMES = {"en": "English", "it": "Italiano"}
RECENT_ICON = QSize(WIDTH // 2, HEIGHT // 2)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class Button(QPushButton):
    """A push button that Enter presses too (outside dialogs only Space would)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class RecentList(QListWidget):
    """The recent maps; Delete removes the current one from the list."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


def _placeholder(size: QSize, colour: str = DEFAULT_THEME.start_placeholder) -> QIcon:
    pixmap = QPixmap(size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class StartPage(QWidget):
    """The start page. Signals: ``new_blank(framework or None, language)``,
    ``example_chosen(template name)``, ``file_chosen(Path)``."""

    new_blank = Signal(object, str)
    example_chosen = Signal(str)
    file_chosen = Signal(object)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings("journeymapper", "journeymapper")
        self.recent = RecentFiles(self.settings)
        self.thumbnails = ThumbnailQueue(self)
        self.thumbnails.ready.connect(self._picture_ready)
        # the list items waiting for each file's picture
        self._example_items: dict[Path, list[QListWidgetItem]] = {}
        self._recent_items: dict[Path, list[QListWidgetItem]] = {}
        self.setWindowTitle(tr("StartPage", "Welcome — journeymapper"))
        self.setWindowIcon(QIcon(str(icon_path("journeymapper"))))
        self.resize(1280, 860)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)
        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QIcon(str(icon_path("journeymapper"))).pixmap(48, 48))
        header.addWidget(logo)
        title = QLabel("journeymapper")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(QLabel(tr("StartPage", "Start a new map, or open one to carry on.")))
        header.addStretch(1)
        outer.addLayout(header)

        body = QHBoxLayout()
        body.setSpacing(24)
        left = QWidget()
        left.setLayout(self._build_left())
        left.setMaximumWidth(420)
        body.addWidget(left, 0)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(_heading(tr("StartPage", "Examples")))
        right.addWidget(self._build_examples(), 3)
        recent_head = QHBoxLayout()
        recent_head.addWidget(_heading(tr("StartPage", "Recent maps")))
        recent_head.addStretch(1)
        self.remove_button = Button(tr("StartPage", "&Remove from List"))
        self.remove_button.clicked.connect(self.remove_current)
        recent_head.addWidget(self.remove_button)
        right.addLayout(recent_head)
        self.recent_list = RecentList()
        self.recent_list.setObjectName("recent-maps")
        self.recent_list.setIconSize(RECENT_ICON)
        self.recent_list.setSpacing(2)
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.remove_requested.connect(self.remove_current)
        right.addWidget(self.recent_list, 2)
        self.no_recent = QLabel(
            tr("StartPage", "No recent maps yet: the maps you open or save appear here.")
        )
        self.no_recent.setEnabled(False)
        right.addWidget(self.no_recent)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        self.fill_recent()
        # Tab: the examples (the example map is chosen), the recent maps, then the buttons
        order = [
            self.examples,
            self.recent_list,
            self.remove_button,
            self.language,
            self.framework,
            self.create_button,
            self.open_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.examples.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- parts ----------------------------------------------------------------------------------

    def _build_left(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(14)
        box = QGroupBox(tr("StartPage", "New blank map"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.framework = QComboBox()
        self.framework.setMinimumWidth(240)
        form.addRow(tr("StartPage", "&Language of the map:"), self.language)
        form.addRow(tr("StartPage", "&Stages:"), self.framework)
        self.framework_stages = QLabel()
        self.framework_stages.setWordWrap(True)
        self.framework_stages.setEnabled(False)
        form.addRow(self.framework_stages)
        self.create_button = Button(
            QIcon(str(icon_path("new"))), tr("StartPage", "&Create Blank Map")
        )
        self.create_button.clicked.connect(self._create_blank)
        form.addRow(self.create_button)
        self.language.currentIndexChanged.connect(self._fill_frameworks)
        self.framework.currentIndexChanged.connect(self._show_stages)
        self._fill_frameworks()
        left.addWidget(box)

        self.open_button = Button(QIcon(str(icon_path("open"))), tr("StartPage", "&Open a Map…"))
        self.open_button.clicked.connect(self.open_dialog)
        left.addWidget(self.open_button)
        left.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        left.addWidget(line)
        hint = QLabel(
            tr(
                "StartPage",
                "Tab moves between the parts of this page; Enter opens the chosen map. "
                "File → Open Recent in the editor lists the recent maps too.",
            )
        )
        hint.setWordWrap(True)
        hint.setMaximumWidth(340)
        left.addWidget(hint)
        return left

    def _fill_frameworks(self) -> None:
        language = str(self.language.currentData())
        current = self.framework.currentData()
        self.framework.blockSignals(True)
        self.framework.clear()
        self.framework.addItem(tr("StartPage", "Three simple stages"), None)
        self._stage_names: dict[str | None, list[str]] = {
            None: [tr("StartPage", "Stage 1, Stage 2, Stage 3: rename them as you go.")]
        }
        for name in frameworks():
            stages = [s.name for s in load_template(template_in(name, language)).stages]
            self._stage_names[name] = stages
            self.framework.addItem(f"{stages[0]} → {stages[-1]}", name)
        self.framework.setCurrentIndex(max(0, self.framework.findData(current)))
        self.framework.blockSignals(False)
        self._show_stages()

    def _show_stages(self) -> None:
        names = self._stage_names.get(self.framework.currentData(), [])
        self.framework_stages.setText(" → ".join(names))

    def _build_examples(self) -> QListWidget:
        self.examples = QListWidget()
        self.examples.setObjectName("examples")
        self.examples.setViewMode(QListView.ViewMode.IconMode)
        self.examples.setMovement(QListView.Movement.Static)
        self.examples.setResizeMode(QListView.ResizeMode.Adjust)
        self.examples.setIconSize(QSize(WIDTH, HEIGHT))
        self.examples.setGridSize(QSize(WIDTH + 36, HEIGHT + 92))
        self.examples.setWordWrap(True)
        self.examples.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.examples.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.examples.itemActivated.connect(
            lambda item: self.example_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        for info in self._example_order():
            lang = LANGUAGE_NAMES.get(info.locale.split("-")[0], info.locale)
            item = QListWidgetItem(f"{info.title}\n[{lang}]")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.description)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._add_picture(item, info.path, QSize(WIDTH, HEIGHT))
            self.examples.addItem(item)
        self.examples.setCurrentRow(0)
        return self.examples

    def _example_order(self) -> list[TemplateInfo]:
        """The interface language's examples first, the built-in example map at the top."""
        language = interface_language()
        default = template_in(DEFAULT_FRAMEWORK, language)

        def rank(info: TemplateInfo) -> tuple[int, int, str]:
            return (
                info.name != default,
                not info.locale.startswith(language),
                _framework(info.name),
            )

        return sorted(list_templates(), key=rank)

    def _add_picture(
        self, item: QListWidgetItem, path: Path, size: QSize, recent: bool = False
    ) -> None:
        (self._recent_items if recent else self._example_items).setdefault(path, []).append(item)
        image = self.thumbnails.request(path)
        item.setIcon(self._icon(image, size) if image is not None else _placeholder(size))
        item.setData(Qt.ItemDataRole.UserRole + 2, size)

    @staticmethod
    def _icon(image: QImage, size: QSize) -> QIcon:
        scaled = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        return QIcon(QPixmap.fromImage(scaled))

    def _picture_ready(self, path: Path, image: QImage) -> None:
        for item in [*self._example_items.get(path, []), *self._recent_items.get(path, [])]:
            item.setIcon(self._icon(image, item.data(Qt.ItemDataRole.UserRole + 2)))

    # -- recent maps ------------------------------------------------------------------------

    def fill_recent(self) -> None:
        self._recent_items.clear()
        self.recent_list.clear()
        entries = self.recent.entries()
        locale = QLocale()
        for entry in entries:
            self.recent_list.addItem(self._recent_item(entry, locale))
        self.recent_list.setVisible(bool(entries))
        self.remove_button.setVisible(bool(entries))
        self.no_recent.setVisible(not entries)
        if entries:
            self.recent_list.setCurrentRow(0)

    def _recent_item(self, entry: RecentMap, locale: QLocale) -> QListWidgetItem:
        shown = str(entry.path).encode("utf-8", "backslashreplace").decode("utf-8")
        title = entry.title or entry.path.name
        when = (
            locale.toString(QDateTime.fromSecsSinceEpoch(int(entry.opened)), "d MMM yyyy, HH:mm")
            if entry.opened
            else ""
        )
        item = QListWidgetItem()
        item.setData(PATH_ROLE, entry.path)
        item.setToolTip(shown)
        if entry.exists():
            item.setText(f"{title}\n{shown}\n{when}".rstrip())
            self._add_picture(item, entry.path, RECENT_ICON, recent=True)
        else:
            item.setText(
                tr("StartPage", "{0} — missing").format(title)
                + "\n"
                + tr("StartPage", "Not found: {0}").format(shown)
            )
            item.setForeground(QColor(DEFAULT_THEME.start_missing_ink))
            item.setIcon(_placeholder(RECENT_ICON, DEFAULT_THEME.start_missing_fill))
        item.setData(Qt.ItemDataRole.UserRole + 3, entry.exists())
        return item

    def remove_current(self) -> None:
        item = self.recent_list.currentItem()
        if item is None:
            return
        row = self.recent_list.row(item)
        self.recent.remove(item.data(PATH_ROLE))
        self.fill_recent()
        if self.recent_list.count():
            self.recent_list.setCurrentRow(min(row, self.recent_list.count() - 1))
            self.recent_list.setFocus()

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path: Path = item.data(PATH_ROLE)
        if item.data(Qt.ItemDataRole.UserRole + 3) and path.is_file():
            self.file_chosen.emit(path)
            return
        self.last_message = box = message_box(
            self,
            QMessageBox.Icon.Warning,
            tr("StartPage", "Map not found"),
            tr("StartPage", "“{0}” is no longer there. Remove it from the recent maps?").format(
                str(path).encode("utf-8", "backslashreplace").decode("utf-8")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.recent_list.setCurrentItem(item)
            self.remove_current()

    # -- actions ----------------------------------------------------------------------------

    def _create_blank(self) -> None:
        self.new_blank.emit(self.framework.currentData(), str(self.language.currentData()))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("StartPage", "Open journey map"), start_folder(self.settings), file_filter()
        )
        if path:
            remember_folder(self.settings, path)
            self.file_chosen.emit(Path(path))
