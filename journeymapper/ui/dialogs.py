"""Dialogs: the template chooser, the list of problems of a file that cannot be opened, and
the one builder of message boxes.

Every message box shows its text as plain text: titles and file names come from users and
files, and Qt would otherwise guess "rich text" from a string such as ``<h1>…</h1>`` and
render it. `message_box` builds them; `QMessageBox.warning` / `question` / `critical` /
`information` are replaced (when this module is imported, which the app does at start-up)
by versions that go through it, so a static call anywhere shows plain text too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr, trn
from ..model import DocumentError, JourneyMap, Problem
from ..quotes import quote
from ..templates import list_templates
from .load_messages import problem_line

BLANK = ""

_Button = QMessageBox.StandardButton


def file_filter() -> str:
    """The file-type choices of the Open and Save dialogs."""
    return tr("dialogs", "Journey maps (*.journey.json *.json);;All files (*)")


def start_folder(settings: QSettings, near: Path | None = None) -> str:
    """Where an Open, Save or Export dialog starts: beside ``near`` (the map's file), else
    the last folder used, else the user's documents folder; never the working directory."""
    if near is not None:
        return str(Path(near).absolute().parent)
    last = str(settings.value("last_folder", "") or "")
    if last and os.path.isdir(last):
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and os.path.isdir(documents):
        return documents
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def remember_folder(settings: QSettings, chosen: str | os.PathLike[str]) -> None:
    """Remember the folder of a file the user chose, for the next dialog."""
    settings.setValue("last_folder", str(Path(chosen).absolute().parent))


def plain_labels(box: QMessageBox) -> None:
    """Every text of ``box`` as plain text (the informative label is made on demand)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = _Button.Ok,
    default: QMessageBox.StandardButton = _Button.NoButton,
    *,
    informative: str = "",
    detailed: str = "",
) -> QMessageBox:
    """A message box whose texts are all plain text (not shown yet)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    box.setStandardButtons(buttons)
    if default != _Button.NoButton:
        box.setDefaultButton(default)
    plain_labels(box)
    return box


def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show ``box`` modally; the standard button chosen (Cancel when closed otherwise)."""
    plain_labels(box)
    if box.exec() == -1:
        return _Button.Cancel
    clicked = box.clickedButton()
    button = box.standardButton(clicked) if clicked is not None else _Button.NoButton
    return button if button != _Button.NoButton else _Button.Cancel


def _plain_static(icon: QMessageBox.Icon, default_buttons: QMessageBox.StandardButton) -> Any:
    def show(
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton = default_buttons,
        defaultButton: QMessageBox.StandardButton = _Button.NoButton,
    ) -> QMessageBox.StandardButton:
        return ask(message_box(parent, icon, title, text, buttons, defaultButton))

    show.__doc__ = f"QMessageBox's static {icon.name.lower()} box, showing plain text."
    return staticmethod(show)


_installed = False


def install_plain_message_boxes() -> None:
    """Make QMessageBox's static helpers show plain text (see the module's doc); once
    (a later call leaves them alone, e.g. a test's stand-in)."""
    global _installed
    if _installed:
        return
    _installed = True
    Icon = QMessageBox.Icon
    QMessageBox.information = _plain_static(Icon.Information, _Button.Ok)  # type: ignore[method-assign]
    QMessageBox.warning = _plain_static(Icon.Warning, _Button.Ok)  # type: ignore[method-assign]
    QMessageBox.critical = _plain_static(Icon.Critical, _Button.Ok)  # type: ignore[method-assign]
    QMessageBox.question = _plain_static(Icon.Question, _Button.Yes | _Button.No)  # type: ignore[method-assign]


install_plain_message_boxes()


class TemplateChooser(QDialog):
    """New map: blank, or one of the templates (each shown with its description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("dialogs", "New journey map"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("dialogs", "Start from a blank map or from a complete example:"))
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        blank = QListWidgetItem(
            tr("dialogs", "Blank map")
            + "\n"
            + tr("dialogs", "Three stages, a touchpoint lane, an actions lane and an emotion lane.")
        )
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for info in list_templates():
            lang = {"en": "English", "it": "Italiano"}.get(info.locale, info.locale)
            item = QListWidgetItem(f"{info.title}  [{lang}]\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _part_words() -> dict[str, str]:
    return {
        "personas": tr("dialogs", "persona {0}"),
        "stages": tr("dialogs", "stage {0}"),
        "lanes": tr("dialogs", "lane {0}"),
        "cards": tr("dialogs", "card {0}"),
        "emotions": tr("dialogs", "emotion point {0}"),
        "connections": tr("dialogs", "connection {0}"),
    }


def describe_problem(problem: Problem) -> str:
    """One problem for people: ``card 4, “Checkout online” — $.cards[3].id: duplicate id …``."""
    if problem.subject is None:
        return problem_line(problem)
    key, index, name = problem.subject
    words = _part_words()
    if key not in words:
        return problem_line(problem)
    head = words[key].format(index + 1)
    if name:
        head += f", {quote(name)}"
    return f"{head} — {problem_line(problem)}"


#: QSettings key: ask before deleting a stage or lane that holds cards
CONFIRM_DELETE_KEY = "confirm_delete_with_cards"


def confirm_delete_enabled(settings: QSettings) -> bool:
    return settings.value(CONFIRM_DELETE_KEY, True) not in (False, "false", "0", 0)


def confirm_delete(
    parent: QWidget | None, settings: QSettings, doc: JourneyMap, ids: list[str]
) -> bool:
    """Before deleting stages or lanes that hold cards: say what goes and ask (unless the
    user said "don't ask again"). True to go on."""
    wanted = set(ids)
    groups = [s for s in doc.stages if s.id in wanted] + [
        lane for lane in doc.lanes if lane.id in wanted
    ]
    cards = [c for c in doc.cards if c.stage in wanted or c.lane in wanted]
    if not groups or not cards or not confirm_delete_enabled(settings):
        return True
    if all(s.id in wanted for s in doc.stages) or all(ln.id in wanted for ln in doc.lanes):
        return True  # the edit refuses it (a map keeps one stage and one lane): no question
    if len(groups) == 1:
        part = groups[0]
        if part in doc.stages:
            text = trn("dialogs", "Delete stage “{0}” and its %n card(s)?", None, len(cards))
        else:
            text = trn("dialogs", "Delete lane “{0}” and its %n card(s)?", None, len(cards))
        text = text.format(part.name)
    else:
        text = trn(
            "dialogs", "Delete {0} stages and lanes and their %n card(s)?", None, len(cards)
        ).format(len(groups))
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        tr("dialogs", "Delete"),
        text,
        QMessageBox.StandardButton.Cancel,
        informative=tr("dialogs", "Undo (Ctrl+Z) brings them back."),
    )
    delete = box.addButton(tr("dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(delete)
    again = QCheckBox(tr("dialogs", "Don't ask again"))
    again.setToolTip(tr("dialogs", "You can turn the question on again in Preferences."))
    box.setCheckBox(again)
    box.setObjectName("confirm-delete")
    plain_labels(box)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    if again.isChecked():
        settings.setValue(CONFIRM_DELETE_KEY, False)
    return True


def problems_text(error: DocumentError, limit: int = 500) -> str:
    lines = [describe_problem(p) for p in error.problems[:limit]]
    if len(error.problems) > limit:
        lines.append(tr("dialogs", "… and {0} more").format(len(error.problems) - limit))
    return "\n".join(lines)


def _nothing_open(parent: QWidget | None) -> bool:
    """True when ``parent`` (a main window) shows only an untouched, empty, unsaved map
    (as at start-up with a FILE): then no map the user opened is involved."""
    session = getattr(parent, "session", None)
    if session is None:
        return False
    return (
        session.path is None
        and session.undo_stack.count() == 0
        and not session.modified
        and not session.doc.cards
    )


def show_document_error(
    parent: QWidget | None,
    path: str,
    error: DocumentError,
    on_repair: Callable[[], None] | None = None,
    title: str | None = None,
) -> QMessageBox:
    """A dialog listing every problem (path and reason); the open map is untouched.

    With ``on_repair`` it also offers "Open a repaired copy" (the file stays as it is).
    ``title`` replaces "Cannot open map" (comparing with a file is not opening it).
    """
    count = len(error.problems)
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        title or tr("dialogs", "Cannot open map"),
        trn("dialogs", "“{0}” cannot be opened: %n problem(s) found.", None, count).format(path),
        informative=(
            tr("dialogs", "No map was opened. Details:")
            if _nothing_open(parent)
            else tr("dialogs", "The map you have open was not changed. Details:")
        ),
        detailed=problems_text(error),
    )
    # show the details straight away: they are the point of this dialog
    for child in box.findChildren(QPlainTextEdit):
        child.setMinimumWidth(560)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if on_repair is not None:
        repair = box.addButton(
            tr("dialogs", "Open a repaired copy"), QMessageBox.ButtonRole.ActionRole
        )
        repair.setToolTip(
            tr(
                "dialogs",
                "Fix or drop what breaks the rules, list each change, and open "
                "the result as a new unsaved map. The file is not changed.",
            )
        )
        repair.clicked.connect(on_repair)
        box.setObjectName("document-error-repairable")
    else:
        box.setObjectName("document-error")
    box.open()
    return box


class PreferencesDialog(QDialog):
    """Autosave interval and backups on save."""

    def __init__(
        self,
        autosave_seconds: int,
        backup: bool,
        language: str = "",
        parent: QWidget | None = None,
        confirm_delete: bool = True,
    ) -> None:
        from PySide6.QtWidgets import QFormLayout, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(tr("dialogs", "Preferences"))
        form = QFormLayout(self)
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(tr("dialogs", " s"))
        self.autosave.setValue(autosave_seconds)
        self.autosave.setToolTip(
            tr(
                "dialogs",
                "Unsaved changes are copied to a recovery folder this often "
                "(never over your file).",
            )
        )
        form.addRow(tr("dialogs", "Autosave every"), self.autosave)
        self.backup = QCheckBox(tr("dialogs", "Keep the previous version as NAME.journey.json.bak"))
        self.backup.setChecked(backup)
        form.addRow(tr("dialogs", "On save"), self.backup)
        from PySide6.QtWidgets import QComboBox

        self.language = QComboBox()
        self.language.addItem(tr("dialogs", "Like the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Italiano", "it")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(tr("dialogs", "Takes effect the next time journeymapper starts."))
        form.addRow(tr("dialogs", "Interface language"), self.language)
        self.confirm_delete = QCheckBox(
            tr("dialogs", "Ask before deleting a stage or lane that holds cards")
        )
        self.confirm_delete.setChecked(confirm_delete)
        form.addRow(tr("dialogs", "On delete"), self.confirm_delete)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RecoveryDialog(QDialog):
    """After a crash: which unsaved maps to recover."""

    def __init__(self, entries: list, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        from datetime import datetime

        super().__init__(parent)
        self.setWindowTitle(tr("dialogs", "Recover unsaved maps"))
        self.resize(560, 340)
        layout = QVBoxLayout(self)
        label = QLabel(
            tr(
                "dialogs",
                "journeymapper did not close properly last time. These maps had "
                "unsaved changes. Tick the ones to recover; they open as unsaved "
                "maps.",
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for entry in entries:
            when = datetime.fromtimestamp(entry.saved_at).strftime("%Y-%m-%d %H:%M:%S")
            where = entry.original or tr("dialogs", "never saved")
            item = QListWidgetItem(f"{entry.title}\n{when} · {where}")
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.recover_button = buttons.addButton(
            tr("dialogs", "Recover selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            tr("dialogs", "Discard all"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = buttons.addButton(
            tr("dialogs", "Decide later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.choice = "later"
        self.recover_button.clicked.connect(lambda: self._done("recover"))
        self.discard_button.clicked.connect(lambda: self._done("discard"))
        later.clicked.connect(lambda: self._done("later"))
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def selected_keys(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
