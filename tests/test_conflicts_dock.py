"""The Conflicts dock: a map `journeymapper merge` left with conflicts opens with the list;
"Use Ours" / "Use Theirs" are one undo step each and drop the record; the last one removes
the record altogether."""

from __future__ import annotations

import copy

import pytest
from compare_samples import base_data, doc
from gui_helpers import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.compare import CONFLICTS_KEY, merge
from journeymapper.editing import EditRejected
from journeymapper.editing.conflicts import recorded_conflicts, resolve
from journeymapper.editing.edits import delete_parts
from journeymapper.io import load, save
from journeymapper.model import check_document

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")


@pytest.fixture(autouse=True)
def _insights_idle(qtbot):  # type: ignore[no-untyped-def]
    """After each test, let the Insights dock's worker thread finish: one still running when
    pytest deletes the windows at the end of a session emits into a deleted object and
    crashes the process (a bug of the Insights dock, seen when these tests run last)."""
    yield
    from journeymapper.ui.main_window import MainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.insights._timer.stop()
            qtbot.waitUntil(lambda w=w: not w.insights._running, timeout=20_000)
            w.insights._timer.stop()  # (a stale result starts it again)


def _conflicted():
    base = base_data()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours["cards"][0]["title"] = "Ours"
    theirs["cards"][0]["title"] = "Theirs"
    ours["description"] = "Our words"
    theirs["description"] = "Their words"
    ours["cards"][3]["stage"] = "s3"  # c4 moved to different cells
    theirs["cards"][3]["stage"] = "s1"
    ours["cards"] = [c for c in ours["cards"] if c["id"] != "c2"]  # deleted in ours
    theirs["cards"][1]["body"] = "edited in theirs"
    theirs["extensions"] = {"tool": 2}
    ours["extensions"] = {"tool": 1}
    result = merge(doc(base), doc(ours), doc(theirs))
    assert len(result.conflicts) == 5
    return result.doc


def _click_row(qtbot, w, text: str) -> None:
    lst = w.conflicts.panel.list
    row = next(i for i in range(lst.count()) if text in lst.item(i).text())
    lst.scrollToItem(lst.item(row))
    qtbot.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(row)).center()
    )
    assert lst.currentRow() == row


def test_opening_a_conflicted_map_lists_its_conflicts(qtbot, tmp_path) -> None:
    path = tmp_path / "merged.journey.json"
    save(_conflicted(), path)
    w = open_window(qtbot)
    assert not w.conflicts.isVisible()
    assert w.open_file(path)
    assert w.conflicts.isVisible()
    texts = [w.conflicts.panel.list.item(i).text() for i in range(w.conflicts.panel.list.count())]
    assert len(texts) == 5
    assert any("title: base “Sees ad” | ours “Ours” | theirs “Theirs”" in t for t in texts)
    assert any("description" in t and "“Their words”" in t for t in texts)
    assert (
        "card “Web shop”, cell: base “Buy / Touch” | ours “Use / Touch” | theirs “Aware / Touch”"
        in texts
    )
    # a part deleted on one side reads by its name, its values are in the tooltip
    assert "card “Asks friend”: deleted in ours, changed in theirs" in texts
    row = texts.index("card “Asks friend”: deleted in ours, changed in theirs")
    assert "edited in theirs" in w.conflicts.panel.list.item(row).toolTip()


def test_use_theirs_and_use_ours_are_one_undo_step_each(qtbot, tmp_path) -> None:
    path = tmp_path / "merged.journey.json"
    save(_conflicted(), path)
    w = open_window(qtbot, load(path), path)
    panel = w.conflicts.panel
    assert w.session.doc.card("c1").title == "Ours"
    before = w.session.doc.model_dump()
    _click_row(qtbot, w, "title")
    assert w.scene.selected_ids() == ["c1"]  # the card in question, selected on the map
    qtbot.mouseClick(panel.theirs, Qt.MouseButton.LeftButton)
    assert w.session.doc.card("c1").title == "Theirs"
    assert len(recorded_conflicts(w.session.doc)) == 4
    assert panel.list.count() == 4
    assert w.session.undo_stack.count() == 1
    w.act_undo.trigger()  # one step: the title and the record come back together
    assert w.session.doc.model_dump() == before
    assert panel.list.count() == 5
    w.act_redo.trigger()
    assert w.session.doc.card("c1").title == "Theirs" and panel.list.count() == 4

    _click_row(qtbot, w, "description")
    qtbot.mouseClick(panel.ours, Qt.MouseButton.LeftButton)
    assert w.session.doc.description == "Our words" and panel.list.count() == 3

    _click_row(qtbot, w, "cell")  # c4 goes to THEIRS's cell
    qtbot.mouseClick(panel.theirs, Qt.MouseButton.LeftButton)
    assert w.session.doc.card("c4").stage == "s1"

    _click_row(qtbot, w, "deleted in ours")  # c2 comes back as THEIRS edited it
    qtbot.mouseClick(panel.theirs, Qt.MouseButton.LeftButton)
    assert w.session.doc.card("c2").body == "edited in theirs"

    _click_row(qtbot, w, "extension")
    qtbot.mouseClick(panel.theirs, Qt.MouseButton.LeftButton)
    assert w.session.doc.extensions == {"tool": 2}  # the record is gone, the key with it
    assert CONFLICTS_KEY not in (w.session.doc.extensions or {})
    assert not w.conflicts.isVisible()
    assert check_document(w.session.doc) == []
    assert w.session.undo_stack.count() == 5
    for _ in range(5):
        w.act_undo.trigger()
    assert w.session.doc.model_dump() == before
    assert w.conflicts.isVisible()


def test_theirs_that_no_longer_fits_is_refused_with_a_message(qtbot, tmp_path) -> None:
    merged = _conflicted()
    w = open_window(qtbot, merged)
    records = recorded_conflicts(w.session.doc)
    row = next(i for i, r in enumerate(records) if r["field"] == "cell")
    # the user deleted the stage THEIRS moved the card to: THEIRS's cell cannot be taken
    w.scene.select_ids(["s1"])
    w.session.push(delete_parts(w.session.doc, ["s1"]))
    with pytest.raises(EditRejected):
        resolve(w.session.doc, row, "theirs")
    w.conflicts.panel.list.setCurrentRow(row)
    before = w.session.doc.model_dump()
    qtbot.mouseClick(w.conflicts.panel.theirs, Qt.MouseButton.LeftButton)
    assert w.session.doc.model_dump() == before
    box = w.last_error_dialog
    assert "does not fit" in box.text() and "not changed" in box.informativeText()
    box.close()


def test_an_unreadable_record_can_only_be_dismissed(qtbot) -> None:
    data = base_data()
    data["extensions"] = {CONFLICTS_KEY: ["garbage", {"part": "card", "id": "c1"}]}
    w = open_window(qtbot, doc(data))
    panel = w.conflicts.panel
    assert w.conflicts.isVisible() and panel.list.count() == 2
    panel.list.setCurrentRow(0)
    assert panel.ours.isEnabled() and not panel.theirs.isEnabled()
    qtbot.mouseClick(panel.ours, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.ours, Qt.MouseButton.LeftButton)
    assert w.session.doc.extensions is None
    assert not w.conflicts.isVisible()


def test_each_conflict_is_a_block_of_its_own_with_its_part_as_heading(qtbot, tmp_path) -> None:
    """Between two entries the list's own background shows (the blocks do not run
    together), and each block's heading is its part and field, in bold, above the values."""
    from pixels import colour_pixels, ink_pixels
    from PySide6.QtCore import QRect

    from journeymapper.ui.conflict_delegate import HEADING_ROLE

    path = tmp_path / "merged.journey.json"
    save(_conflicted(), path)
    w = open_window(qtbot)
    assert w.open_file(path)
    lst = w.conflicts.panel.list
    headings = [lst.item(i).data(HEADING_ROLE) for i in range(lst.count())]
    assert "card “Web shop”, cell" in headings and "card “Asks friend”" in headings
    assert "map, description" in headings
    lst.scrollToItem(lst.item(2))
    image = lst.viewport().grab().toImage()
    base = lst.viewport().palette().color(lst.viewport().backgroundRole()).name()
    first, second = lst.visualItemRect(lst.item(1)), lst.visualItemRect(lst.item(2))
    assert second.top() >= first.bottom()
    x0, x1 = first.left() + 20, first.right() - 20
    # the seam between the two: a row of the list's background, no block across it
    seam = QRect(x0, first.bottom(), x1 - x0, 1)
    assert colour_pixels(image, base, seam, tol=6) == seam.width()
    # inside a block: its own fill, unlike the list's background, and the heading's ink
    inside = QRect(x0, first.top() + 6, x1 - x0, 1)
    assert colour_pixels(image, base, inside, tol=6) == 0
    assert ink_pixels(image, first.adjusted(8, 8, -8, -8)) > 50
