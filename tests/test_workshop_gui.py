"""Running a workshop in the real window: presentation mode, the timer, quick capture
(issue 14). Keys and clicks go to the view and its viewport, as a user's would."""

from __future__ import annotations

import pytest
from gui_helpers import (  # the window and gestures of the editor tests
    LEFT,
    NO_MOD,
    TEMPLATE,
    cell_centre,
    click,
    dump,
    open_window,
    show_scene,
    title_pos,
    vp,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog

from journeymapper.model import LaneKind
from journeymapper.templates import load_template
from journeymapper.ui.countdown import DONE, PAUSED, RUNNING
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.present_steps import DIM, HIDE, MIN_TEXT_PX, smallest_card_text

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

FULL_HD = QRect(0, 0, 1920, 1080)


@pytest.fixture
def window(qtbot) -> MainWindow:
    return open_window(qtbot)


def present(qtbot, w: MainWindow, geometry: QRect | None = FULL_HD):
    p = w.workshop.presentation
    p.enter(geometry)
    qtbot.waitUntil(lambda: w.view.viewport().width() >= (geometry or QRect()).width() - 2)
    QApplication.processEvents()
    p.apply()
    return p


def key(qtbot, w: MainWindow, k: Qt.Key, text: str | None = None) -> None:
    qtbot.keyClick(w.view, k)


def stage_in_room(w: MainWindow, number: int) -> bool:
    """Whether stage ``number``'s column is wholly on screen, right of the lane headers."""
    layout = w.scene.layout
    col = layout.stages[number - 1].column
    lanes_w = max(b.rect.w for b in layout.lanes) * w.view.zoom()
    left = w.view.mapFromScene(QPointF(col.x, col.y))
    right = w.view.mapFromScene(QPointF(col.right, col.y))
    return left.x() >= lanes_w - 1 and right.x() <= w.view.viewport().width() + 1


# -- presentation ------------------------------------------------------------------------------


def test_f5_presents_full_screen_without_docks_or_bars_and_escape_returns(qtbot, window):
    w = window
    assert w.inspector_dock.isVisible() and w.menuBar().isVisible()
    qtbot.keyClick(w.view, Qt.Key.Key_F5)
    p = w.workshop.presentation
    assert p.active
    qtbot.waitUntil(lambda: w.isFullScreen())
    assert not w.inspector_dock.isVisible() and not w.palette_dock.isVisible()
    assert not w.menuBar().isVisible() and not w.statusBar().isVisible()
    assert w.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert p.step == 0 and p.counter_text().startswith("Whole map")
    # the whole map is in view
    layout = w.scene.layout
    vpr = QRectF(w.view.viewport().rect())
    shown = w.view.mapFromScene(QRectF(0, 0, layout.width, layout.height)).boundingRect()
    assert vpr.adjusted(-2, -2, 2, 2).contains(QRectF(shown))
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert not p.active
    qtbot.waitUntil(lambda: not w.isFullScreen())
    assert w.inspector_dock.isVisible() and w.palette_dock.isVisible()
    assert w.menuBar().isVisible() and w.statusBar().isVisible()
    assert w.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert not [it for it in w.scene.items() if it.zValue() == 800]  # no shade left


def test_escape_gives_back_the_zoom_and_place_the_user_had(qtbot, window):
    w = window
    w.view.set_zoom(0.8)
    w.view.centerOn(QPointF(900, 700))
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_3)
    key(qtbot, w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.view.viewport().width() < 1900)
    assert abs(w.view.zoom() - 0.8) < 1e-6
    back = w.view.mapToScene(w.view.viewport().rect().center())
    assert abs(back.x() - centre.x()) < 3 and abs(back.y() - centre.y()) < 3


def test_the_keys_step_forward_back_home_end_and_to_a_number(qtbot, window):
    w = window
    p = present(qtbot, w)
    n = len(w.session.doc.stages)
    steps = [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_End, n),
        (Qt.Key.Key_Right, n),  # no further than the last
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_4, 4),
        (Qt.Key.Key_0, 0),
    ]
    for k, expected in steps:
        key(qtbot, w, k)
        assert p.step == expected, k
        if expected:
            assert stage_in_room(w, expected)
    assert w.session.doc.stages  # (the keys changed nothing in the map)


def test_a_stage_step_shows_card_text_18_px_high_on_full_hd_with_headers_in_view(qtbot, window):
    w = window
    p = present(qtbot, w)
    assert w.view.viewport().size().width() == 1920
    layout = w.scene.layout
    for step in range(1, len(layout.stages) + 1):
        p.go(step)
        stage = layout.stages[step - 1]
        smallest = smallest_card_text(layout)
        on_screen = w.view.mapFromScene(QRectF(0, 0, 10, smallest)).boundingRect().height()
        assert on_screen >= MIN_TEXT_PX - 1
        vpr = w.view.viewport().rect()
        header = w.view.mapFromScene(
            QRectF(stage.rect.x, stage.rect.y, stage.rect.w, stage.rect.h)
        ).boundingRect()
        assert vpr.contains(header), step  # the stage's header, whole, on screen
        # the lane headers are at the left edge (pinned there when scrolled)
        dx, _dy = w.view._pinned_offsets()
        lane_left = layout.lanes[0].rect.x + dx
        assert w.view.mapFromScene(QPointF(lane_left, stage.rect.bottom + 5)).x() <= 1
        first = layout.cell_cards.get((stage.id, layout.lanes[0].id)) or []
        for card_id in first[:1]:
            r = layout.cards[card_id].rect
            assert vpr.contains(w.view.mapFromScene(QPointF(r.cx, r.y + 10)))


def test_the_counter_names_the_stage(qtbot, window):
    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_3)
    doc = w.session.doc
    assert p.counter_text() == f"Stage 3 of {len(doc.stages)}: {doc.stages[2].name}"


def test_a_click_goes_forward_and_a_double_click_edits_the_card(qtbot, window):
    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_1)
    before = dump(w)
    middle = w.view.viewport().rect().center()
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, middle)
    qtbot.waitUntil(lambda: p.step == 2)
    assert dump(w) == before and w.scene.selected_ids() == []  # nothing selected, moved
    card_id = w.scene.layout.cell_cards[("s-familiarity", "l-touchpoints")][0]
    pos = w.view.mapFromScene(title_pos(w, card_id))
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, pos)
    assert w.scene.editor is not None
    qtbot.keyClicks(w.view, "Tasting day")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert w.session.doc.card(card_id).title == "Tasting day"
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    assert p.step == 2  # the double-click did not also step forward
    assert p.active
    # Escape while typing cancels the typing and stays in the presentation
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, pos)
    qtbot.keyClicks(w.view, "oops")
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert w.scene.editor is None and p.active
    assert w.session.doc.card(card_id).title == "Tasting day"
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert not p.active


def test_read_only_blocks_edits_until_it_is_switched_off(qtbot, window):
    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_2)
    key(qtbot, w, Qt.Key.Key_E)
    assert p.read_only and "read-only" in p.counter_text()
    before = dump(w)
    card_id = w.scene.layout.cell_cards[("s-familiarity", "l-touchpoints")][0]
    pos = w.view.mapFromScene(title_pos(w, card_id))
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, pos)
    assert w.scene.editor is None
    w.scene.select_ids([card_id])
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.view, "xyz")
    assert not w.act_delete.isEnabled()
    assert dump(w) == before
    key(qtbot, w, Qt.Key.Key_E)
    assert not p.read_only and w.act_delete.isEnabled()
    w.scene.clearSelection()
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, pos)
    assert w.scene.editor is not None


def test_reveal_hides_later_stages_and_dims_earlier_ones(qtbot, window):
    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_2)
    key(qtbot, w, Qt.Key.Key_R)
    assert p.reveal
    layout = w.scene.layout
    items = p.shade_items()
    hidden = [it.rect() for it in items if it.data(0) == HIDE]
    dimmed = [it.rect() for it in items if it.data(0) == DIM]
    columns = [QRectF(s.column.x, s.column.y, s.column.w, s.column.h) for s in layout.stages]
    assert hidden == columns[2:]
    assert dimmed == columns[:1]
    assert all(it.scene() is w.scene for it in items)
    # the hidden stages are really covered: the scene's top item at a later card is a shade
    later = layout.cell_cards[(layout.stages[3].id, layout.lanes[0].id)][0]
    r = layout.cards[later].rect
    top = w.scene.items(QPointF(r.cx, r.cy))[0]
    assert top in items and top.data(0) == HIDE
    key(qtbot, w, Qt.Key.Key_Right)
    assert [it.rect() for it in p.shade_items() if it.data(0) == HIDE] == columns[3:]
    key(qtbot, w, Qt.Key.Key_R)
    assert not [it for it in p.shade_items() if it.data(0) == HIDE]


def test_lane_focus_steps_through_the_lanes_dimming_the_others(qtbot, window):
    w = window
    p = present(qtbot, w)
    layout = w.scene.layout
    for lane in layout.lanes:
        key(qtbot, w, Qt.Key.Key_L)
        assert p.lane == lane.id
        dim_tops = {round(it.rect().y(), 3) for it in p.shade_items() if it.data(0) == DIM}
        others = {round(b.row.y, 3) for b in layout.lanes if b.id != lane.id}
        assert dim_tops == others
        assert w.session.doc.lane(lane.id).name in p.counter_text()
    key(qtbot, w, Qt.Key.Key_L)
    assert p.lane is None and p.shade_items() == []


def test_lane_focus_brings_a_low_lane_into_view_on_a_stage(qtbot, window):
    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_4)
    layout = w.scene.layout
    for _ in layout.lanes:
        key(qtbot, w, Qt.Key.Key_L)
    last = layout.lanes[-1]
    assert p.lane == last.id
    row_top = w.view.mapFromScene(QPointF(layout.stages[3].column.cx, last.row.y + 5))
    assert w.view.viewport().rect().contains(row_top)
    # the other lanes' headers, pinned at the left edge, are dimmed too
    lanes_w = max(b.rect.w for b in layout.lanes) * w.view.zoom()
    pinned = [r for r, _colour in p.pinned_shades()]
    lane_pins = [r for r in pinned if r.x() == 0 and abs(r.width() - lanes_w) < 1]
    assert len(lane_pins) == len(layout.lanes) - 1
    focused = w.view.mapFromScene(QPointF(last.rect.x, last.row.cy)).y()
    assert not any(r.top() < focused < r.bottom() for r in lane_pins)
    # and the other stages' headers, pinned at the top
    stage_pins = [r for r in pinned if r not in lane_pins]
    assert len(stage_pins) == len(layout.stages) - 1 and all(r.y() == 0 for r in stage_pins)


def test_another_map_opened_while_presenting_is_presented(qtbot, window):
    from journeymapper.editing.session import DocumentSession

    w = window
    p = present(qtbot, w)
    key(qtbot, w, Qt.Key.Key_2)
    old_scene = w.scene
    other = load_template("awareness-to-loyalty-it")
    w.set_session(DocumentSession(other))
    qtbot.waitUntil(lambda: p.shade_items() and p.shade_items()[0].scene() is w.scene)
    assert w.scene is not old_scene
    assert p.counter_text().startswith("Stage 2 of ")
    assert other.stages[1].name in p.counter_text()
    assert w.view.zoom() * smallest_card_text(w.scene.layout) >= MIN_TEXT_PX - 0.5
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not p.active and w.menuBar().isVisible()


def test_the_pointer_follows_the_mouse(qtbot, window):
    w = window
    p = present(qtbot, w)
    qtbot.mouseMove(w.view.viewport(), QPoint(300, 200))
    qtbot.waitUntil(lambda: p.overlay.pointer is not None)
    assert p.overlay.pointer.toPoint() == QPoint(300, 200)
    key(qtbot, w, Qt.Key.Key_P)
    assert not p.overlay.show_pointer


def test_two_screens_the_presentation_goes_to_the_other(qtbot, window, monkeypatch):
    w = window
    here = w.screen()

    class Other:
        pass

    other = Other()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [here, other]))
    assert w.workshop.presentation.target_screen() is other
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [here]))
    assert w.workshop.presentation.target_screen() is here


def test_the_running_timer_is_in_the_presentation(qtbot, window):
    w = window
    p = present(qtbot, w)
    w.workshop.timer.start(180)
    assert p.timer.visible() and p.timer.text() == "3:00"
    key(qtbot, w, Qt.Key.Key_T)
    assert w.workshop.timer.state == PAUSED


# -- the timer -----------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(window) -> FakeClock:
    fake = FakeClock()
    window.workshop.timer.countdown.clock = fake
    window.workshop.timer.settings.setValue("timer_sound", True)
    return fake


def test_timer_presets_pause_resume_add_a_minute_and_zero(qtbot, window, clock):
    w = window
    ws = w.workshop
    timer = ws.timer
    label = ws.label
    assert not label.isVisible() and not ws.act_pause.isEnabled()
    ws.preset_actions[1].trigger()  # 5 minutes
    assert timer.state == RUNNING and label.isVisible()
    assert label.text() == "Timer 5:00"
    clock.now += 30
    timer.tick()
    assert label.text() == "Timer 4:30"
    ws.act_pause.trigger()
    assert timer.state == PAUSED and "paused" in label.text()
    assert ws.act_pause.text() == "&Resume"
    clock.now += 500
    timer.tick()
    assert label.text().startswith("Timer 4:30")
    ws.act_pause.trigger()
    clock.now += 10
    timer.tick()
    assert label.text() == "Timer 4:20"
    ws.act_add_minute.trigger()
    assert label.text() == "Timer 5:20"
    # the timer never blocks editing
    before = len(w.session.doc.cards)
    w.scene.select_ids(["c-aw-act1"])
    w.act_duplicate.trigger()
    assert len(w.session.doc.cards) == before + 1
    clock.now += 321
    timer.tick()
    assert timer.state == DONE and label.text() == "Timer 0:00"
    assert timer.beeps == 1 and timer.flash_on
    assert "D64545" in label.styleSheet()
    qtbot.waitUntil(lambda: not timer.flash_on, timeout=8000)
    timer.tick()
    assert timer.beeps == 1  # once
    ws.act_stop.trigger()
    assert not label.isVisible()


def test_the_real_tick_counts_down(qtbot, window, clock):
    w = window
    w.workshop.preset_actions[0].trigger()  # 3 minutes
    clock.now += 179.5
    qtbot.waitUntil(lambda: w.workshop.label.text() == "Timer 0:01")
    clock.now += 1
    qtbot.waitUntil(lambda: w.workshop.timer.state == DONE)


def test_the_sound_can_be_switched_off(qtbot, window, clock):
    w = window
    ws = w.workshop
    ws.act_sound.setChecked(False)
    assert not ws.timer.sound_on()
    ws.timer.start(60)
    clock.now += 61
    ws.timer.tick()
    assert ws.timer.state == DONE and ws.timer.beeps == 0 and ws.timer.flash_on
    ws.act_sound.setChecked(True)


def test_a_custom_time(qtbot, window, clock, monkeypatch):
    w = window
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (7, True)))
    w.workshop.act_custom.trigger()
    assert w.workshop.label.text() == "Timer 7:00"
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (9, False)))
    w.workshop.act_custom.trigger()
    assert w.workshop.label.text() == "Timer 7:00"  # cancelled: unchanged


# -- quick capture -------------------------------------------------------------------------------


def emptied(*cells: tuple[str, str]):
    doc = load_template(TEMPLATE)
    doc.cards = [c for c in doc.cards if (c.stage, c.lane) not in cells]
    doc.connections = [x for x in doc.connections if doc.card(x.source) and doc.card(x.target)]
    return doc


def test_typing_on_a_focused_cell_writes_cards_enter_next_escape_ends(qtbot):
    cell = ("s-purchase", "l-actions")
    w = open_window(qtbot, emptied(cell))
    before = dump(w)
    click(qtbot, w, cell_centre(w, *cell))
    assert w.scene.focus_cell == cell
    qtbot.keyClicks(w.view, "Calls support")
    assert w.scene.editor is not None
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert [c.title for c in w.session.doc.cards_in(*cell)] == ["Calls support"]
    assert w.scene.editor is not None  # the next card in the same cell
    assert w.scene.focus_cell == cell
    qtbot.keyClicks(w.view, "Reads FAQ")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    qtbot.keyClicks(w.view, "dropped")
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert w.scene.editor is None
    assert [c.title for c in w.session.doc.cards_in(*cell)] == ["Calls support", "Reads FAQ"]
    w.session.undo_stack.undo()
    w.session.undo_stack.undo()
    assert dump(w) == before


def test_tab_commits_and_moves_to_the_next_cell(qtbot):
    a, b = ("s-purchase", "l-actions"), ("s-loyalty", "l-actions")
    w = open_window(qtbot, emptied(a, b))
    click(qtbot, w, cell_centre(w, *a))
    qtbot.keyClicks(w.view, "One")
    qtbot.keyClick(w.view, Qt.Key.Key_Tab)
    assert [c.title for c in w.session.doc.cards_in(*a)] == ["One"]
    assert w.scene.editor is not None and w.scene.focus_cell == b
    qtbot.keyClicks(w.view, "Two")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert [c.title for c in w.session.doc.cards_in(*b)] == ["Two"]
    assert [c.title for c in w.session.doc.cards_in(*a)] == ["One"]


def test_escape_at_once_adds_nothing(qtbot):
    cell = ("s-purchase", "l-actions")
    w = open_window(qtbot, emptied(cell))
    before = dump(w)
    click(qtbot, w, cell_centre(w, *cell))
    qtbot.keyClicks(w.view, "Never mind")
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert dump(w) == before and w.session.undo_stack.count() == 0


def test_pasting_several_lines_makes_a_card_per_line_in_one_undo_step(qtbot):
    cell = ("s-purchase", "l-actions")
    w = open_window(qtbot, emptied(cell))
    before = dump(w)
    click(qtbot, w, cell_centre(w, *cell))
    mime = QMimeData()
    mime.setText("Compares plans\nAsks a friend\r\n  Reads reviews  \n")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(w.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    titles = [c.title for c in w.session.doc.cards_in(*cell)]
    assert titles == ["Compares plans", "Asks a friend", "Reads reviews"]
    w.session.undo_stack.undo()
    assert dump(w) == before


def test_text_dropped_from_another_application_makes_cards_in_that_cell(qtbot):
    cell = ("s-loyalty", "l-pain-points")
    w = open_window(qtbot, emptied(cell))
    before = dump(w)
    pos = cell_centre(w, *cell)
    show_scene(w, pos)
    mime = QMimeData()
    mime.setText("Too many emails\nCannot pause")
    at = vp(w, pos)
    viewport = w.view.viewport()
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted() and w.scene.indicator.isVisible()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), copy, mime, LEFT, NO_MOD))
    assert not w.scene.indicator.isVisible()
    titles = [c.title for c in w.session.doc.cards_in(*cell)]
    assert titles == ["Too many emails", "Cannot pause"]
    assert w.session.doc.lane(cell[1]).kind == LaneKind.CARDS
    w.session.undo_stack.undo()
    assert dump(w) == before


def test_text_dropped_outside_the_cells_is_refused(qtbot, window):
    w = window
    before = dump(w)
    title = w.scene.layout.title
    pos = QPointF(title.x + 5, title.y + 5)
    w.view.centerOn(pos)
    mime = QMimeData()
    mime.setText("stray")
    at = vp(w, pos)
    copy = Qt.DropAction.CopyAction
    viewport = w.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, copy, mime, LEFT, NO_MOD))
    move = QDragMoveEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    assert not move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), copy, mime, LEFT, NO_MOD))
    assert dump(w) == before


# -- journeymapper present FILE ------------------------------------------------------------------


def test_present_command_opens_the_window_presenting(qtbot, tmp_path, monkeypatch):
    from journeymapper import app as app_module
    from journeymapper.cli import main
    from journeymapper.io import save

    path = tmp_path / "map.journey.json"
    save(load_template(TEMPLATE), path)
    monkeypatch.setattr(app_module, "WINDOWS", [])
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert main(["present", str(path)]) == 0
    (w,) = app_module.WINDOWS
    qtbot.addWidget(w)
    p = w.workshop.presentation
    qtbot.waitUntil(lambda: p.active)
    assert w.session.path == path
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)  # leaves to the normal editor
    assert not p.active and w.isVisible() and w.menuBar().isVisible()


def test_present_command_with_a_bad_file_says_why(tmp_path, capsys):
    from journeymapper.cli import main

    assert main(["present", str(tmp_path / "nope.journey.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"title": 3}', encoding="utf-8")
    assert main(["present", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.journey.json" in err and "Traceback" not in err


def test_the_other_commands_do_not_load_qt_because_present_exists(tmp_path):
    """`present` adds a parser only: the commands that draw nothing still load no Qt, and
    neither does `present` on a file that is not there."""
    from module_probe import modules_loaded_by

    code, loaded = modules_loaded_by(["present", str(tmp_path / "missing.json")], tmp_path)
    assert code == 2 and "PySide6" not in loaded
    code, loaded = modules_loaded_by(["templates"], tmp_path)
    assert code == 0 and "PySide6" not in loaded
