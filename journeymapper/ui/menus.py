"""The main window's actions, menu bar and toolbar, and the File → Open Recent menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup

from ..editing.kinds import NewPart, PartKind
from ..i18n import tr
from ..model import LaneKind
from ..resources import icon_path
from .recent import RecentFiles
from .voting import DotVoting
from .workshop import Workshop

if TYPE_CHECKING:
    from .main_window import MainWindow


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


def make_action(
    window: MainWindow,
    text: str,
    slot,
    shortcut=None,
    icon_name: str | None = None,  # type: ignore[no-untyped-def]
    tip: str | None = None,
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def build_actions(window: MainWindow) -> None:
    """The window's actions (window.act_*), each with its text, shortcut, icon and slot."""
    K = QKeySequence.StandardKey
    window.act_new = make_action(
        window,
        tr("MainWindow", "&New…"),
        window.new_map,
        K.New,
        "new",
        tr("MainWindow", "Start a new map, blank or from a template"),
    )
    window.act_open = make_action(
        window, tr("MainWindow", "&Open…"), window.open_dialog, K.Open, "open"
    )
    window.act_import = make_action(window, tr("MainWindow", "&Import…"), window.import_dialog)
    window.act_export_other = make_action(
        window, tr("MainWindow", "Export to Another &Format…"), window.export_other_dialog
    )
    window.act_save = make_action(window, tr("MainWindow", "&Save"), window.save, K.Save, "save")
    window.act_save_as = make_action(
        window, tr("MainWindow", "Save &As…"), window.save_as, K.SaveAs
    )
    window.act_export = make_action(
        window,
        tr("MainWindow", "&Export…"),
        window.export_dialog,
        "Ctrl+E",
        "export",
        tr("MainWindow", "Export the map as a PDF poster or a PNG image"),
    )
    window.act_close = make_action(window, tr("MainWindow", "&Close"), window.close_map, K.Close)
    window.act_quit = make_action(window, tr("MainWindow", "&Quit"), window.close, K.Quit)
    window.act_cut = make_action(window, tr("MainWindow", "Cu&t"), window.cut, K.Cut)
    window.act_copy = make_action(window, tr("MainWindow", "&Copy"), window.copy, K.Copy)
    window.act_paste = make_action(window, tr("MainWindow", "&Paste"), window.paste, K.Paste)
    window.act_duplicate = make_action(
        window, tr("MainWindow", "Dupl&icate"), window.duplicate, "Ctrl+D", "duplicate"
    )
    window.act_delete = make_action(
        window, tr("MainWindow", "&Delete"), window.delete, K.Delete, "delete"
    )
    window.act_select_all = make_action(
        window, tr("MainWindow", "Select &All"), window.select_all, K.SelectAll
    )
    window.act_find = make_action(
        window, tr("MainWindow", "&Find…"), lambda: window.search_bar.open_find(), K.Find, "search"
    )
    window.act_filter = make_action(
        window,
        tr("MainWindow", "Fi&lter…"),
        lambda: window.search_bar.open_filter(),
        "Ctrl+Shift+F",
    )
    window.act_preferences = make_action(
        window, tr("MainWindow", "Pr&eferences…"), window.preferences, K.Preferences
    )
    window.act_zoom_in = make_action(
        window, tr("MainWindow", "Zoom &In"), window.view.zoom_in, K.ZoomIn, "zoom-in"
    )
    window.act_zoom_out = make_action(
        window, tr("MainWindow", "Zoom &Out"), window.view.zoom_out, K.ZoomOut, "zoom-out"
    )
    window.act_zoom_100 = make_action(
        window, tr("MainWindow", "&Actual Size"), window.view.zoom_actual, "Ctrl+0", "zoom-100"
    )
    window.act_zoom_fit = make_action(
        window, tr("MainWindow", "&Fit to Window"), window.view.zoom_fit, "Ctrl+9", "zoom-fit"
    )
    window.act_add_stage = make_action(
        window,
        tr("MainWindow", "Add &Stage"),
        lambda: window.add(NewPart(PartKind.STAGE)),
        None,
        "stage",
    )
    window.act_add_lane = make_action(
        window,
        tr("MainWindow", "Add &Lane"),
        lambda: window.add(NewPart(PartKind.LANE, LaneKind.CARDS)),
        None,
        "lane",
    )
    window.act_add_card = make_action(
        window,
        tr("MainWindow", "Add &Card"),
        lambda: window.add(NewPart(PartKind.CARD)),
        "Ctrl+Shift+N",
        "card",
    )
    window.act_add_persona = make_action(
        window, tr("MainWindow", "Add &Persona"), window.add_persona, None, "persona"
    )
    for a in (
        window.act_delete,
        window.act_duplicate,
        window.act_cut,
        window.act_copy,
        window.act_paste,
        window.act_select_all,
    ):
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(a)


def build_menus(window: MainWindow) -> None:
    """The menu bar (File, Edit, Insert, View, Workshop), the undo group and the toolbar."""
    bar = window.menuBar()
    m = bar.addMenu(tr("MainWindow", "&File"))
    m.addActions([window.act_new, window.act_open, window.act_import])
    window.recent_menu = m.addMenu(tr("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    m.addSeparator()
    m.addActions(
        [
            window.act_save,
            window.act_save_as,
            window.act_export,
            window.act_export_other,
            window.act_close,
        ]
    )
    m.addSeparator()
    from .compare_mode import CompareMode  # Compare With…, Save as To-Be…, their docks
    from .conflicts_dock import ConflictsDock

    window.compare = CompareMode(window)
    window.conflicts = ConflictsDock(window)
    m.addMenu(window.compare.menu)
    m.addAction(window.compare.act_save_to_be)
    m.addSeparator()
    m.addAction(window.act_quit)

    m = bar.addMenu(tr("MainWindow", "&Edit"))
    window.undo_group = QUndoGroup(window)
    window.undo_group.addStack(window.session.undo_stack)
    window.undo_group.setActiveStack(window.session.undo_stack)
    window.act_undo = window.undo_group.createUndoAction(window, tr("MainWindow", "&Undo"))
    window.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
    window.act_undo.setIcon(icon("undo"))
    # the menu shows "Undo Move card 'X'"; the toolbar keeps a short, steady label
    window.act_undo.setIconText(tr("MainWindow", "Undo"))
    window.act_redo = window.undo_group.createRedoAction(window, tr("MainWindow", "&Redo"))
    window.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
    window.act_redo.setIcon(icon("redo"))
    window.act_redo.setIconText(tr("MainWindow", "Redo"))
    m.addActions([window.act_undo, window.act_redo])
    m.addSeparator()
    m.addActions(
        [window.act_cut, window.act_copy, window.act_paste, window.act_duplicate, window.act_delete]
    )
    m.addSeparator()
    m.addAction(window.act_select_all)
    m.addSeparator()
    m.addActions([window.act_find, window.act_filter])
    m.addSeparator()
    m.addAction(window.act_preferences)

    m = bar.addMenu(tr("MainWindow", "&Insert"))
    m.addActions(
        [window.act_add_stage, window.act_add_lane, window.act_add_card, window.act_add_persona]
    )

    m = bar.addMenu(tr("MainWindow", "&Map"))
    window.act_brand = m.addAction(tr("MainWindow", "&Brand…"), lambda: _brand_dialog(window))
    window.act_brand.setStatusTip(
        tr("MainWindow", "The client's logo, accent colour, typeface and palette")
    )

    m = bar.addMenu(tr("MainWindow", "&View"))
    m.addActions(
        [window.act_zoom_in, window.act_zoom_out, window.act_zoom_100, window.act_zoom_fit]
    )
    m.addSeparator()
    for dock in (
        window.palette_dock,
        window.inspector_dock,
        window.history_dock,
        window.insights_dock,
    ):
        m.addAction(dock.toggleViewAction())
    m.addActions([window.insights.act_path, window.insights.act_tint])  # (the dock's toggles)
    window.workshop = Workshop(window, m)  # View → Present, the Workshop menu, the timer
    window.voting = DotVoting(window)  # Workshop → Dot Voting…, Reset Votes…

    tb = window.addToolBar(tr("MainWindow", "Main"))
    tb.setObjectName("main-toolbar")
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tb.addActions([window.act_new, window.act_open, window.act_save, window.act_export])
    tb.addSeparator()
    tb.addActions([window.act_undo, window.act_redo])
    tb.addSeparator()
    tb.addActions([window.act_add_stage, window.act_add_card, window.act_delete])
    tb.addSeparator()
    tb.addActions([window.act_zoom_out, window.act_zoom_in, window.act_zoom_fit])


def _brand_dialog(window: MainWindow) -> None:
    from .brand_dialog import open_brand_dialog

    open_brand_dialog(window)


def fill_recent(window: MainWindow) -> None:
    """File → Open Recent: title and path of each map (a missing one marked), Clear."""
    window.recent_menu.clear()
    recent = RecentFiles(window.settings)
    entries = recent.entries()
    if not entries:
        window.recent_menu.addAction(tr("MainWindow", "(none)")).setEnabled(False)
    for n, entry in enumerate(entries, 1):
        shown = str(entry.path).encode("utf-8", "backslashreplace").decode("utf-8")
        text = f"{entry.title}  ({shown})" if entry.title else shown
        if not entry.exists():
            text = tr("MainWindow", "{0} — missing").format(text)
        prefix = f"&{n} " if n < 10 else ""
        action = window.recent_menu.addAction(
            prefix + text.replace("&", "&&"), lambda p=entry.path: window.open_file(p)
        )
        action.setEnabled(entry.exists())
        action.setToolTip(shown)
    window.recent_menu.addSeparator()
    clear = window.recent_menu.addAction(
        tr("MainWindow", "&Clear Menu"), lambda: RecentFiles(window.settings).clear()
    )
    clear.setEnabled(bool(entries))
