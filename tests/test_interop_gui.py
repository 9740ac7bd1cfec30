"""File → Import… in the editor: a new unsaved map, the warnings in a list, a bad file refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import load_template
from journeymapper.ui.import_dialog import ImportWarningsDialog, import_filter, import_into
from journeymapper.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent / "data" / "interop"


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    make_app()
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-en")))

    def forget(win: MainWindow) -> None:
        win.session.undo_stack.setClean()

    qtbot.addWidget(w, before_close_func=forget)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_file_menu_has_import(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Import…") == texts.index("&Open…") + 1
    assert "*.ojf" in import_filter() and "*.csv" in import_filter()


def test_import_opens_a_new_unsaved_map(window: MainWindow) -> None:
    assert import_into(window, str(DATA / "clinic-visit-blueprint.ojf"))
    assert window.session.doc.title == "Patient Clinic Visit"
    assert window.session.path is None
    assert window.session.modified  # closing asks to save it somewhere
    assert window.scene.session is window.session
    # no warnings: no dialog
    assert not isinstance(getattr(window, "last_error_dialog", None), ImportWarningsDialog)


def test_import_lists_the_warnings(window: MainWindow, tmp_path: Path) -> None:
    src = tmp_path / "day.mmd"
    src.write_text("journey\n section A\n  <b>not a task</b>\n  Tea: 9: Me\n")
    assert import_into(window, str(src))
    dialog = window.last_error_dialog
    assert isinstance(dialog, ImportWarningsDialog) and dialog.isVisible()
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == [
        "3: not a task (no “:” after the task name): “<b>not a task</b>”; skipped",
        "4: score 9 is outside 1…5; clamped",
    ]
    dialog.accept()


def test_a_bad_file_leaves_the_open_map_alone(window: MainWindow, tmp_path: Path) -> None:
    before = window.session
    src = tmp_path / "broken.ojf"
    src.write_text('{"stages": [')
    assert not import_into(window, str(src))
    assert window.session is before
    box = window.last_error_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "import-error"
    assert "broken.ojf:1: not valid JSON" in box.text()
    box.close()


def test_unsaved_changes_are_asked_about_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.mark_unsaved()
    asked = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(cancel))
    before = window.session
    assert not import_into(window, str(DATA / "simple.csv"))
    assert window.session is before and len(asked) == 1


def test_a_sheet_of_unknown_shape_asks_for_the_layout(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    src = tmp_path / "sheet.csv"
    src.write_text("Foo,Bar\nx,y\n")
    offered = []

    def choose(parent, title, label, items, *args):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return next(i for i in items if i.startswith("grid")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    assert import_into(window, str(src))
    assert len(offered) == 4
    assert [s.name for s in window.session.doc.stages] == ["Bar"]


def test_file_menu_exports_to_the_other_formats(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Export to Another &Format…") == texts.index("&Export…") + 1


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", ".csv"), ("mermaid", ".mmd"), ("ojf", ".ojf")])
def test_export_to_another_format_writes_a_file_that_imports_back(
    window: MainWindow, tmp_path: Path, fmt: str, suffix: str
) -> None:
    from journeymapper.interop import import_file
    from journeymapper.ui.import_dialog import export_other

    out = tmp_path / f"map{suffix}"
    assert export_other(window, str(out), fmt)
    back = import_file(str(out)).doc
    assert [s.name for s in back.stages] == [s.name for s in window.session.doc.stages]
    titles = {c.title for c in window.session.doc.cards}
    assert {c.title for c in back.cards} <= titles | {c.title for c in back.cards if not c.title}
    if fmt == "csv":  # the whole map round-trips through the full CSV layout
        assert back.cards == window.session.doc.cards
    if fmt == "mermaid":  # Mermaid holds no lanes: the dialog lists what was lost
        dialog = window.last_error_dialog
        assert isinstance(dialog, ImportWarningsDialog)
        assert dialog.objectName() == "export-warnings"
        assert dialog.list.count() > 0
        dialog.close()


def test_export_to_another_format_says_when_it_cannot_write(
    window: MainWindow, tmp_path: Path
) -> None:
    from journeymapper.ui.import_dialog import export_other

    target = tmp_path / "missing-folder" / "map.csv"
    assert not export_other(window, str(target), "csv")
    box = window.last_error_dialog
    assert isinstance(box, QMessageBox)
    assert str(target.parent) in box.text() or "missing-folder" in box.text()
    assert not target.exists()
    box.close()
