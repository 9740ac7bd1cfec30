"""The editor's compare view: File → Compare With…, the marks on the canvas, the Differences
dock, Escape / Close, editing while comparing, git, and Save as To-Be."""

from __future__ import annotations

import json
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from compare_samples import base_data, doc
from gui_helpers import open_window
from pixels import colour_pixels, render_scene
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from journeymapper.canvas.compare_overlay import STYLES
from journeymapper.io import load, save

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


def _old_and_new() -> tuple[dict, dict]:
    """The other map (old) and the open one (new): c2 removed, c1 retitled, c9 added,
    Sam's score at Buy re-scored from -2 to 1.5."""
    old = base_data()
    new = base_data()
    new["cards"] = [c for c in new["cards"] if c["id"] != "c2"]
    new["cards"][0]["title"] = "Sees a poster"
    new["cards"].append({"id": "c9", "stage": "s2", "lane": "l1", "title": "Orders online"})
    new["emotions"][1]["score"] = 1.5
    return old, new


def _compare_menu(w) -> QMenu:
    file_menu = w.menuBar().actions()[0].menu()
    sub = next(
        a.menu()
        for a in file_menu.actions()
        if a.menu() is not None and a.menu().objectName() == "compare-menu"
    )
    sub.aboutToShow.emit()  # what opening the menu does: the actions' states are worked out
    return sub


def _action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


@pytest.fixture
def compared(qtbot, tmp_path, monkeypatch):
    old, new = _old_and_new()
    other = tmp_path / "old.journey.json"
    save(doc(old), other)
    w = open_window(qtbot, doc(new), tmp_path / "new.journey.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    _action(_compare_menu(w), "Another Map…").trigger()
    qtbot.waitUntil(lambda: w.compare.active)
    return w


def _mark_image(w, part_id: str):
    mark = w.compare.geometry.mark_for(part_id)
    r = mark.rect
    return render_scene(w.scene, QRectF(r.x - 14, r.y - 14, r.w + 28, r.h + 28), "#FFFFFF")


def test_compare_with_another_map_marks_added_changed_and_removed(compared) -> None:
    w = compared
    assert w.compare.dock.isVisible()
    marks = {(m.kind, m.part, m.id) for m in w.compare.geometry.marks}
    assert ("added", "card", "c9") in marks
    assert ("changed", "card", "c1") in marks
    assert ("removed", "card", "c2") in marks
    assert ("changed", "emotion", "e2") in marks
    # each kind is drawn in its colour (and, see below, its own pattern and glyph)
    for ident, kind in (("c9", "added"), ("c1", "changed"), ("c2", "removed")):
        assert colour_pixels(_mark_image(w, ident), STYLES[kind][0], tol=40) > 30, kind
    assert {s[1] for s in STYLES.values()} == {
        Qt.PenStyle.SolidLine,
        Qt.PenStyle.DashLine,
        Qt.PenStyle.DotLine,
    }
    assert [s[2] for s in STYLES.values()] == ["+", "~", "−"]
    # the ghost sits in its old cell (Aware / Actions), after the cards still there
    ghost = w.compare.geometry.mark_for("c2").rect
    cell = w.scene.layout.cell_rect("s1", "l1")
    assert cell.y <= ghost.y and ghost.bottom <= cell.bottom
    assert cell.x <= ghost.x and ghost.right <= cell.right
    assert ghost.bottom >= w.scene.layout.cards["c3"].rect.bottom
    # the other map's curve goes dashed through the old score, the change is labelled
    (curve,) = w.compare.geometry.curves
    scale = w.scene.layout.scales["l3"]
    assert curve.points[1][1] == pytest.approx(scale.y_of(-2))
    assert [(d.text, d.point) for d in w.compare.geometry.deltas] == [("+3.5", "e2")]
    panel = w.compare.panel
    assert "2 changed" in panel.summary.text() and "1 added" in panel.summary.text()
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["added (1)", "removed (1)", "changed (2)"]
    removed = panel.tree.topLevelItem(1).child(0).text(0)
    assert removed.startswith("− card") and "Asks friend" in removed


def _click_entry(qtbot, w, group: int, row: int) -> None:
    tree = w.compare.panel.tree
    item = tree.topLevelItem(group).child(row)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_in_the_dock_selects_and_centres_the_part(qtbot, compared) -> None:
    w = compared
    w.view.set_zoom(3.0)  # (so that the small map can scroll any part to the centre)
    w.view.centerOn(QPointF(3000, 3000))  # far away
    _click_entry(qtbot, w, 0, 0)  # added: c9
    assert w.scene.selected_ids() == ["c9"]
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    card = w.scene.layout.cards["c9"].rect
    assert abs(centre.x() - card.cx) < 30 and abs(centre.y() - card.cy) < 30
    _click_entry(qtbot, w, 1, 0)  # removed: c2, a ghost: centred, nothing selected
    ghost = w.compare.geometry.mark_for("c2").rect
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    assert abs(centre.x() - ghost.cx) < 30 and abs(centre.y() - ghost.cy) < 30
    assert w.scene.selected_ids() == []


def test_escape_and_close_leave_the_compare_view(qtbot, compared) -> None:
    w = compared
    assert w.compare.overlay.layer.scene() is w.scene
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert not w.compare.active and not w.compare.dock.isVisible()
    assert not [i for i in w.scene.items() if type(i).__name__ == "CompareLayer"]
    _action(_compare_menu(w), "Another Map…").trigger()
    assert w.compare.active
    qtbot.mouseClick(w.compare.panel.close_button, Qt.MouseButton.LeftButton)
    assert not w.compare.active
    assert not [i for i in w.scene.items() if type(i).__name__ == "CompareLayer"]
    _action(_compare_menu(w), "Another Map…").trigger()
    w.compare.dock.close()  # the dock's own ×
    assert not w.compare.active
    assert not [i for i in w.scene.items() if type(i).__name__ == "CompareLayer"]


def test_editing_while_comparing_compares_again(qtbot, compared) -> None:
    w = compared
    w.scene.select_ids(["c9"])
    w.act_delete.trigger()  # the added card goes: nothing added any more
    assert w.session.doc.card("c9") is None
    qtbot.waitUntil(lambda: w.compare.geometry.mark_for("c9") is None, timeout=3000)
    assert "added" not in w.compare.panel.summary.text()
    w.act_undo.trigger()
    qtbot.waitUntil(lambda: w.compare.geometry.mark_for("c9") is not None, timeout=3000)
    assert w.compare.geometry.mark_for("c9").kind == "added"
    # a stale mark never stays where the card was: the mark follows the card's new box
    assert w.compare.geometry.mark_for("c9").rect.cx == pytest.approx(
        w.scene.layout.cards["c9"].rect.cx
    )


def test_a_file_that_is_not_a_map_gets_the_loader_message(qtbot, tmp_path, monkeypatch) -> None:
    w = open_window(qtbot, doc(base_data()))
    bad = tmp_path / "notes.journey.json"
    bad.write_text("this is not JSON", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    _action(_compare_menu(w), "Another Map…").trigger()
    box = w.last_error_dialog
    assert (
        box is not None and "cannot be opened" in box.text() and "notes.journey.json" in box.text()
    )
    assert "JSON" in box.detailedText()
    assert not w.compare.active
    box.close()


def test_unsaved_map_has_no_saved_version_and_no_git(qtbot) -> None:
    w = open_window(qtbot, doc(base_data()))
    menu = _compare_menu(w)
    assert _action(menu, "Another Map…").isEnabled()
    assert not _action(menu, "The Saved Version").isEnabled()
    assert not _action(menu, "The Last Git Commit").isEnabled()
    assert not _action(menu, "The As-Is Map").isEnabled()
    # a disabled entry says why
    assert "git work tree" in _action(menu, "The Last Git Commit").toolTip()
    assert "saved to a file" in _action(menu, "The Saved Version").toolTip()


def test_the_saved_version_shows_the_unsaved_edits(qtbot, tmp_path) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(base_data()), path)
    w = open_window(qtbot, load(path), path)
    w.scene.select_ids(["c3"])
    w.act_delete.trigger()
    menu = _compare_menu(w)
    _action(menu, "The Saved Version").trigger()
    assert [m.id for m in w.compare.geometry.marks if m.kind == "removed"] == ["c3"]
    assert "saved version" in w.compare.panel.title.text()


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@needs_git
def test_the_last_git_commit(qtbot, tmp_path) -> None:
    repo = tmp_path / "repo"
    (repo / "maps").mkdir(parents=True)
    _git("init", "-q", cwd=repo)
    path = repo / "maps" / "m.journey.json"
    save(doc(base_data()), path)
    _git("add", ".", cwd=repo)
    _git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "map", cwd=repo)
    data = base_data()
    data["cards"][1]["title"] = "Asks a colleague"
    save(doc(data), path)
    w = open_window(qtbot, load(path), path)
    menu = _compare_menu(w)
    git = _action(menu, "The Last Git Commit")
    assert git.isEnabled()
    git.trigger()
    assert w.compare.active
    assert {(m.kind, m.id) for m in w.compare.geometry.marks} == {("changed", "c2")}
    assert "git commit" in w.compare.panel.title.text()


@needs_git
def test_a_map_not_yet_committed_gets_a_message(qtbot, tmp_path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    path = repo / "new.journey.json"
    save(doc(base_data()), path)
    w = open_window(qtbot, load(path), path)
    git = _action(_compare_menu(w), "The Last Git Commit")
    assert git.isEnabled()  # in a work tree; that it has no commit yet is said when asked
    git.trigger()
    box = w.last_error_dialog
    assert "no committed version" in box.text() and "new.journey.json" in box.text()
    assert not w.compare.active
    box.close()


def test_outside_git_and_without_git(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(base_data()), path)
    w = open_window(qtbot, load(path), path)
    if shutil.which("git") is not None:
        monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
        assert not _action(_compare_menu(w), "The Last Git Commit").isEnabled()
        w.compare.compare_git()  # (what the action would do, were it enabled)
        assert "not inside a git work tree" in w.last_error_dialog.text()
        w.last_error_dialog.close()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not _action(_compare_menu(w), "The Last Git Commit").isEnabled()
    w.compare.compare_git()
    assert "git is not installed" in w.last_error_dialog.text()
    w.last_error_dialog.close()


def test_save_as_to_be_links_the_copy_and_compares_with_its_as_is(
    qtbot, tmp_path, monkeypatch
) -> None:
    as_is = tmp_path / "coffee.journey.json"
    save(doc(base_data()), as_is)
    before = as_is.read_bytes()
    w = open_window(qtbot, load(as_is), as_is)
    (tmp_path / "future").mkdir()
    target = tmp_path / "future" / "coffee-to-be.journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    w.compare.act_save_to_be.trigger()
    assert as_is.read_bytes() == before  # the open file is never overwritten
    assert json.loads(target.read_text(encoding="utf-8"))["as_is"] == "../coffee.journey.json"
    assert w.session.path == target and w.session.doc.as_is == "../coffee.journey.json"
    # the to-be map is edited; Compare With offers its as-is map directly
    w.scene.select_ids(["c1"])
    w.act_delete.trigger()
    action = _action(_compare_menu(w), "The As-Is Map")
    assert action.isEnabled()
    action.trigger()
    assert w.compare.active and "coffee.journey.json" in w.compare.panel.title.text()
    texts = [
        w.compare.panel.tree.topLevelItem(i).child(j).text(0)
        for i in range(w.compare.panel.tree.topLevelItemCount())
        for j in range(w.compare.panel.tree.topLevelItem(i).childCount())
    ]
    assert any("map" in t and "as_is" in t for t in texts)  # diff reports it under "map"
    assert any("Sees ad" in t for t in texts)


def test_save_as_to_be_refuses_its_own_file_and_a_missing_as_is(
    qtbot, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(base_data()), path)
    before = path.read_bytes()
    w = open_window(qtbot, load(path), path)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    w.compare.act_save_to_be.trigger()
    assert "cannot replace its as-is map" in w.last_error_dialog.text()
    w.last_error_dialog.close()
    assert path.read_bytes() == before and w.session.doc.as_is is None
    # a to-be map whose as-is map went away
    data = base_data()
    data["schema_version"] = 2
    data["as_is"] = "gone.journey.json"
    lost = tmp_path / "lost.journey.json"
    lost.write_text(json.dumps(data), encoding="utf-8")
    assert w.open_file(lost)
    _action(_compare_menu(w), "The As-Is Map").trigger()
    assert "not there any more" in w.last_error_dialog.text()
    w.last_error_dialog.close()
    assert not w.compare.active


def test_opening_another_map_leaves_the_compare_view(qtbot, compared, tmp_path) -> None:
    w = compared
    other = tmp_path / "third.journey.json"
    save(doc(base_data()), other)
    w.session.undo_stack.setClean()
    assert w.open_file(other)
    QApplication.processEvents()
    assert not w.compare.active and not w.compare.dock.isVisible()


def test_the_export_dialog_offers_the_comparison_pages_while_comparing(
    qtbot, compared, tmp_path
) -> None:
    from journeymapper.ui.export_dialog import ExportDialog

    w = compared
    d = ExportDialog(w.session.doc, w.scene.layout, str(tmp_path / "map"), w)
    qtbot.addWidget(d)
    assert d.compare_pages.isEnabled()
    d.compare_pages.setChecked(True)
    o = d.options()
    assert o.compare is not None and o.compare[1] == "old.journey.json"
    out = tmp_path / "compared.pdf"
    with qtbot.waitSignal(d.accepted, timeout=60_000):
        d.start_export(str(out), o)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Comparison with old.journey.json" in text and "“Orders online”" in text
    d.fmt.setCurrentIndex(d.fmt.findData("png"))
    assert not d.compare_pages.isEnabled() and d.options().compare is None
    w.compare.close()
    d2 = ExportDialog(w.session.doc, w.scene.layout, str(tmp_path / "map"), w)
    qtbot.addWidget(d2)
    assert not d2.compare_pages.isEnabled() and d2.options().compare is None


def test_a_changed_persona_opens_in_its_editor(qtbot, tmp_path, monkeypatch) -> None:
    from journeymapper.ui.persona_editor import PersonaEditor

    old = base_data()
    new = base_data()
    new["personas"][1]["name"] = "Ada Lovelace"
    other = tmp_path / "old.journey.json"
    save(doc(old), other)
    w = open_window(qtbot, doc(new))
    assert w.compare.compare_file(other)
    panel = w.compare.panel
    assert panel.tree.topLevelItem(0).child(0).text(0).startswith("~ persona “Ada Lovelace”")
    _click_entry(qtbot, w, 0, 0)
    editors = [d for d in w.findChildren(PersonaEditor) if d.isVisible()]
    assert len(editors) == 1
    editors[0].reject()


@needs_git
def test_a_broken_committed_version_gets_the_loader_message(qtbot, tmp_path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    path = repo / "m.journey.json"
    path.write_text('{"format": "journeymapper", "schema_version": 2, "title": ""}\n')
    _git("add", ".", cwd=repo)
    _git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "broken", cwd=repo)
    save(doc(base_data()), path)  # mended on disk since
    w = open_window(qtbot, load(path), path)
    _action(_compare_menu(w), "The Last Git Commit").trigger()
    box = w.last_error_dialog
    assert (
        "the last git commit of m.journey.json" in box.text() and "cannot be opened" in box.text()
    )
    assert "$.title" in box.detailedText() and "$.stages" in box.detailedText()
    assert not w.compare.active
    box.close()


def test_save_as_to_be_of_an_unsaved_map_asks_to_save_it_first(
    qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import journeymapper.ui.dialogs as dialogs

    w = open_window(qtbot, doc(base_data()))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask(box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        return answer[0]

    monkeypatch.setattr(dialogs, "ask", ask)
    names = iter([str(tmp_path / "as-is.journey.json"), str(tmp_path / "to-be.journey.json")])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(names), ""))
    )
    w.compare.act_save_to_be.trigger()  # cancelled: nothing is written
    assert asked and "Save this map first?" in asked[0]
    assert list(tmp_path.glob("*.json")) == []
    answer[0] = QMessageBox.StandardButton.Save
    w.compare.act_save_to_be.trigger()
    assert (tmp_path / "as-is.journey.json").is_file()
    assert load(tmp_path / "to-be.journey.json").as_is == "as-is.journey.json"
    assert w.session.path == tmp_path / "to-be.journey.json"


def test_a_long_list_of_differences_is_cut_with_a_count(qtbot, tmp_path) -> None:
    from journeymapper.ui.compare_mode import MAX_LISTED

    old = base_data()
    new = base_data()
    new["cards"] += [
        {"id": f"n{i}", "stage": "s3", "lane": "l1", "title": f"Step {i}"}
        for i in range(MAX_LISTED + 100)
    ]
    other = tmp_path / "old.journey.json"
    save(doc(old), other)
    w = open_window(qtbot, doc(new))
    assert w.compare.compare_file(other)
    group = w.compare.panel.tree.topLevelItem(0)
    assert group.text(0) == f"added ({MAX_LISTED + 100})"
    assert group.childCount() == MAX_LISTED + 1
    assert group.child(MAX_LISTED).text(0) == "… and 100 more (journeymapper diff lists them all)"
    assert len([m for m in w.compare.geometry.marks if m.kind == "added"]) == MAX_LISTED + 100


def test_the_kinds_differ_in_outline_pattern_not_only_colour(compared) -> None:
    """Along the top edge of each mark, the share of pixels the outline covers: a solid
    line covers it all, a dashed one about two thirds, a dotted one about a third."""
    w = compared

    def covered(part_id: str) -> float:
        r = w.compare.geometry.mark_for(part_id).rect
        # the top edge, clear of the rounded corners and of the glyph at the right
        source = QRectF(r.x + 12, r.y - 1, r.w - 44, 3)
        with_marks = render_scene(w.scene, source, "#FFFFFF")
        w.compare.overlay.layer.hide()
        without = render_scene(w.scene, source, "#FFFFFF")
        w.compare.overlay.layer.show()
        width = with_marks.width()

        def far(a: int, b: int) -> bool:  # (antialiased edges of a gap do not count)
            return max(abs((a >> k & 255) - (b >> k & 255)) for k in (0, 8, 16)) > 60

        hit = sum(1 for x in range(width) if far(with_marks.pixel(x, 1), without.pixel(x, 1)))
        return hit / width

    added, changed, removed = covered("c9"), covered("c1"), covered("c2")
    assert added > 0.95
    assert 0.45 < changed < 0.9
    assert removed < 0.6 and removed < changed - 0.1


def test_a_to_be_copy_that_cannot_be_written_says_why(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(base_data()), path)
    w = open_window(qtbot, load(path), path)
    target = tmp_path / "no-such-folder" / "m-to-be.journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    w.compare.act_save_to_be.trigger()
    box = w.last_error_dialog
    assert box.text().startswith("The to-be map was not saved:")
    box.close()
    assert not target.exists() and w.session.path == path


@pytest.fixture
def compared_connections(qtbot, tmp_path, monkeypatch):
    """Connections only: k1's label changed, k2 removed, k3 added (the cards stay put)."""
    old, new = base_data(), base_data()
    for data in (old, new):
        data["cards"].append({"id": "c5", "stage": "s3", "lane": "l1", "title": "Brews"})
    old["connections"].append({"id": "k2", "source": "c4", "target": "c5"})
    new["connections"][0]["label"] = "taps"
    new["connections"].append({"id": "k3", "source": "c3", "target": "c4"})
    other = tmp_path / "old.journey.json"
    save(doc(old), other)
    w = open_window(qtbot, doc(new), tmp_path / "new.journey.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    _action(_compare_menu(w), "Another Map…").trigger()
    qtbot.waitUntil(lambda: w.compare.active)
    return w


def _with_and_without_marks(w, source: QRectF):
    with_marks = render_scene(w.scene, source, "#FFFFFF")
    w.compare.overlay.layer.hide()
    without = render_scene(w.scene, source, "#FFFFFF")
    w.compare.overlay.layer.show()
    return with_marks, without


def _far(a: int, b: int) -> bool:  # (antialiased edges of a gap do not count)
    return max(abs((a >> k & 255) - (b >> k & 255)) for k in (0, 8, 16)) > 60


def test_a_connection_is_traced_along_its_route_not_boxed(compared_connections) -> None:
    """Each connection's mark follows its own route in its kind's pattern; where the old
    box around the whole route crossed a card, the card is drawn as it is."""
    w = compared_connections
    layout, other_layout = w.scene.layout, w.compare.other_layout
    routes = {c.id: c.points for c in layout.connections}
    marks = {m.id: m for m in w.compare.geometry.marks if m.part == "connection"}
    assert {(m.kind, i) for i, m in marks.items()} == {
        ("added", "k3"),
        ("changed", "k1"),
        ("removed", "k2"),
    }
    assert marks["k3"].route == routes["k3"] and marks["k1"].route == routes["k1"]
    assert marks["k2"].route == next(c.points for c in other_layout.connections if c.id == "k2")

    def covered(part_id: str) -> float:
        """The share of the route's longest straight piece the mark's colour covers."""
        route = marks[part_id].route
        (ax, ay), (bx, by) = max(
            pairwise(route), key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1])
        )
        vertical = ax == bx
        lo, hi = (min(ay, by), max(ay, by)) if vertical else (min(ax, bx), max(ax, bx))
        lo, hi = lo + 12, hi - 12  # clear of the rounded corners
        source = QRectF(ax - 1, lo, 3, hi - lo) if vertical else QRectF(lo, ay - 1, hi - lo, 3)
        on, off = _with_and_without_marks(w, source)
        px = (lambda i, im: im.pixel(1, i)) if vertical else (lambda i, im: im.pixel(i, 1))
        colour = QColor(STYLES[marks[part_id].kind][0])
        glyphs = [m.midpoint for m in marks.values()]  # (the glyphs sit on the lines)
        hit, n = 0, 0
        for i in range(on.height() if vertical else on.width()):
            x, y = (ax, lo + i) if vertical else (lo + i, ay)
            if any(abs(x - gx) < 13 and abs(y - gy) < 13 for gx, gy in glyphs):
                continue
            n += 1
            c = QColor(px(i, on))
            near = max(
                abs(c.red() - colour.red()),
                abs(c.green() - colour.green()),
                abs(c.blue() - colour.blue()),
            )
            hit += near < 60 and _far(px(i, on), px(i, off))
        assert n > 12, part_id
        return hit / n

    added, changed, removed = covered("k3"), covered("k1"), covered("k2")
    assert added > 0.9
    assert 0.45 < changed < 0.9
    assert 0.1 < removed < 0.6 and removed < changed - 0.1
    # where the box round k1's whole route (as the marks were once drawn) ran through the
    # middle of a card away from the route, that card's pixels are untouched
    path = next(c for c in layout.connections if c.id == "k1")
    b = path.bounds()
    box = QRectF(b.x - 2, b.y - 2, b.w + 4, b.h + 4)
    crossings = []
    for card in layout.cards.values():
        r = card.rect
        for x in (box.left(), box.right()):
            if r.x + 10 < x < r.right - 10:
                crossings.append(QPointF(x, r.cy))
        for y in (box.top(), box.bottom()):
            if r.y + 10 < y < r.bottom - 10:
                crossings.append(QPointF(r.cx, y))
    far_from_routes = [
        p
        for p in crossings
        if all(
            min(abs(p.x() - x) + abs(p.y() - y) for x, y in m.route) > 30
            and not (
                min(x for x, _ in m.route) - 8 < p.x() < max(x for x, _ in m.route) + 8
                and min(y for _, y in m.route) - 8 < p.y() < max(y for _, y in m.route) + 8
            )
            for m in marks.values()
        )
    ]
    assert far_from_routes  # (the test means something: the old box did cross a card)
    for p in far_from_routes:
        on, off = _with_and_without_marks(w, QRectF(p.x() - 3, p.y() - 3, 7, 7))
        assert all(
            on.pixel(x, y) == off.pixel(x, y) for x in range(on.width()) for y in range(on.height())
        ), p


def test_comparing_with_an_equal_map_says_so_as_a_sentence(qtbot, tmp_path, monkeypatch) -> None:
    other = tmp_path / "copy.journey.json"
    save(doc(base_data()), other)
    w = open_window(qtbot, doc(base_data()), tmp_path / "m.journey.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    _action(_compare_menu(w), "Another Map…").trigger()
    qtbot.waitUntil(lambda: w.compare.active)
    assert w.compare.panel.summary.text() == "The maps are the same"
    assert w.compare.geometry.marks == []
