"""Editing what stands behind a card and a persona, through the real window (issue 13):
card kinds from the palette and the inspector, evidence, comments, images dropped, pasted
or chosen, and the persona editor. Each change is one undo step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui_helpers import (  # the window and gestures of the editor tests
    LEFT,
    NO_MOD,
    TEMPLATE,
    card_centre,
    card_ids_in,
    check_undo_redo,
    click,
    dump,
    open_window,
    palette_item,
    save_and_reload,
    select_card,
    show_scene,
    vp,
)
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from journeymapper.model import CardKind, EvidenceSource
from journeymapper.model.assets import check_image, decode_base64
from journeymapper.templates import load_template
from journeymapper.ui.card_panels import AUTHOR_KEY, CommentPanel, EvidencePanel, ImagePanel
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.persona_editor import PersonaEditor

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")

CARD = "c-aw-act1"  # a plain note in the awareness stage's actions lane
EMPTY_CELL = ("s-purchase", "l-actions")  # emptied by the `window` fixture


@pytest.fixture
def window(qtbot) -> MainWindow:
    """The template with one empty card cell (`EMPTY_CELL`) and no connections (one of
    them crosses that cell)."""
    doc = load_template(TEMPLATE)
    doc.cards = [c for c in doc.cards if (c.stage, c.lane) != EMPTY_CELL]
    doc.connections = []
    return open_window(qtbot, doc)


def empty_spot(w: MainWindow, stage: str, lane: str) -> QPointF:
    """A point of a cell with no card under it."""
    r = w.scene.layout.cell_rect(stage, lane)
    pos = QPointF(r.cx, r.bottom - 8)
    assert w.scene.card_at(pos) is None
    return pos


def drop_on_viewport(w: MainWindow, mime: QMimeData, pos: QPointF) -> bool:
    """The drag-enter, drag-move and drop events a real drop delivers to the viewport;
    whether the drop was accepted."""
    show_scene(w, pos)
    at = vp(w, pos)
    copy = Qt.DropAction.CopyAction
    viewport = w.view.viewport()
    enter = QDragEnterEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(at), copy, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def picture(path: Path, width: int, height: int, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2F80ED"))
    for x in range(0, width, max(1, width // 10)):
        for y in range(height):
            image.setPixelColor(x, y, QColor("#F2994A"))
    assert image.save(str(path), fmt)
    return path


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def messages_of(w: MainWindow) -> list[str]:
    said: list[str] = []
    w.scene.message.connect(said.append)
    return said


def image_of(w: MainWindow, card_id: str) -> QImage:
    card = w.session.doc.card(card_id)
    assert card is not None and card.image is not None
    asset = w.session.doc.asset(card.image)
    assert asset is not None
    data = decode_base64(asset.data)
    check_image(data, asset.media_type)
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


# -- kinds ----------------------------------------------------------------------------------


def test_the_palette_offers_every_card_kind_with_an_icon(window):
    w = window
    for kind in CardKind:
        code = "card" if kind is CardKind.NOTE else f"card:{kind.value}"
        item = palette_item(w, code)
        assert not item.icon().isNull()
        assert item.text()


def test_dropping_each_kind_from_the_palette_makes_a_card_of_that_kind(qtbot, window, tmp_path):
    w = window
    cell = EMPTY_CELL
    for kind in CardKind:
        code = "card" if kind is CardKind.NOTE else f"card:{kind.value}"
        before = dump(w)
        existing = card_ids_in(w.session.doc, *cell)
        mime = w.palette.mimeData([palette_item(w, code)])
        assert drop_on_viewport(w, mime, empty_spot(w, *cell))
        added = [c for c in card_ids_in(w.session.doc, *cell) if c not in existing]
        assert len(added) == 1
        card = w.session.doc.card(added[0])
        assert card.kind == kind
        check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert {c.kind for c in reloaded.cards_in(*cell)} == set(CardKind)


def test_the_inspector_changes_a_cards_kind_in_one_step(qtbot, window, tmp_path):
    w = window
    select_card(qtbot, w, CARD)
    combo = w.inspector.fields["kind"]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "note"
    before = dump(w)
    combo.setCurrentIndex(combo.findData("moment_of_truth"))
    combo.activated.emit(combo.currentIndex())
    assert w.session.doc.card(CARD).kind == CardKind.MOMENT_OF_TRUTH
    title = w.session.doc.card(CARD).title
    assert w.session.undo_stack.undoText() == f"Change card '{title}' to moment of truth"
    w.session.undo_stack.undo()
    assert combo.currentData() == "note"  # the inspector shows the undone kind
    w.session.undo_stack.redo()
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card(CARD).kind == CardKind.MOMENT_OF_TRUTH


# -- evidence -------------------------------------------------------------------------------


def evidence_panel(qtbot, w: MainWindow, card_id: str) -> EvidencePanel:
    select_card(qtbot, w, card_id)
    panel = w.inspector.fields["evidence"]
    assert isinstance(panel, EvidencePanel)
    return panel


def test_evidence_add_edit_reorder_remove_each_one_undo_step(qtbot, window, tmp_path):
    w = window
    stack = w.session.undo_stack
    panel = evidence_panel(qtbot, w, CARD)
    assert panel.table.rowCount() == 0
    start = dump(w)

    # add: a new source, selected, its title ready to type over
    before = dump(w)
    qtbot.mouseClick(panel.add, LEFT)
    card = w.session.doc.card(CARD)
    assert len(card.evidence) == 1 and panel.table.rowCount() == 1
    first = card.evidence[0]
    assert first.source == EvidenceSource.ASSUMPTION
    assert first.id.startswith("evidence-") and first.id not in {
        e["id"] for c in before["cards"] for e in c["evidence"]
    }
    assert stack.undoText().startswith("Add source")
    check_undo_redo(w, before)

    # typing the title: one step, named after the final text
    before = dump(w)
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "NPS survey, Q3")
    assert w.session.doc.card(CARD).evidence[0].title == "NPS survey, Q3"
    assert stack.undoText() == "Rename source to 'NPS survey, Q3'"
    assert panel.table.item(0, 0).text() == "NPS survey, Q3"
    check_undo_redo(w, before)

    # source from the list, reference, date
    before = dump(w)
    panel.source.setCurrentIndex(panel.source.findData("first_party"))
    panel.source.activated.emit(panel.source.currentIndex())
    assert w.session.doc.card(CARD).evidence[0].source == EvidenceSource.FIRST_PARTY
    assert panel.table.item(0, 1).text() == "First-party data"
    check_undo_redo(w, before)
    qtbot.keyClicks(panel.reference, "https://example.com/nps")
    qtbot.keyClicks(panel.date, "2024-09-30")
    item = w.session.doc.card(CARD).evidence[0]
    assert (item.reference, item.date) == ("https://example.com/nps", "2024-09-30")
    assert panel.error.text() == ""

    # a date that is not a date: a message, nothing changes
    before = dump(w)
    panel.date.clear()
    qtbot.keyClicks(panel.date, "2024-02-30")
    assert dump(w) == before
    assert "not a date" in panel.error.text()
    assert w.session.doc.card(CARD).evidence[0].date == "2024-09-30"

    # a second source, then move it up
    qtbot.mouseClick(panel.add, LEFT)
    qtbot.keyClicks(panel.title, "x")  # replaces the selected default title
    second = w.session.doc.card(CARD).evidence[1]
    assert second.title == "x"
    before = dump(w)
    qtbot.mouseClick(panel.up, LEFT)
    assert [e.id for e in w.session.doc.card(CARD).evidence] == [second.id, first.id]
    assert stack.undoText() == "Move source 'x' up"
    check_undo_redo(w, before)
    qtbot.mouseClick(panel.down, LEFT)
    assert [e.id for e in w.session.doc.card(CARD).evidence] == [first.id, second.id]

    # remove the selected one
    before = dump(w)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove, LEFT)
    assert [e.id for e in w.session.doc.card(CARD).evidence] == [second.id]
    title = w.session.doc.card(CARD).title
    assert stack.undoText() == f"Remove source 'NPS survey, Q3' from card '{title}'"
    check_undo_redo(w, before)
    reloaded = save_and_reload(w, tmp_path)
    assert [e.title for e in reloaded.card(CARD).evidence] == ["x"]

    # every step back: the card as it was
    while dump(w) != start and stack.canUndo():
        stack.undo()
    assert dump(w) == start


def test_an_evidence_title_cannot_be_emptied(qtbot, window):
    w = window
    panel = evidence_panel(qtbot, w, CARD)
    qtbot.mouseClick(panel.add, LEFT)
    before = dump(w)
    panel.title.selectAll()
    qtbot.keyClick(panel.title, Qt.Key.Key_Backspace)
    assert dump(w) == before
    assert "needs a title" in panel.error.text()


# -- comments -------------------------------------------------------------------------------


def test_comment_added_with_author_and_time_then_deleted(qtbot, window, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings("journeymapper", "journeymapper").setValue(AUTHOR_KEY, "Giulia")
    w = window
    select_card(qtbot, w, CARD)
    panel = w.inspector.fields["comments"]
    assert isinstance(panel, CommentPanel)
    assert panel.author.text() == "Giulia"  # the remembered name
    before = dump(w)
    qtbot.mouseClick(panel.add, LEFT)  # nothing written: refused
    assert dump(w) == before
    assert w.inspector.error.text()
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "Ask the client for last year's NPS")
    panel.author.setText("Marco")
    qtbot.mouseClick(panel.add, LEFT)
    comments = w.session.doc.card(CARD).comments
    assert len(comments) == 1
    assert comments[0].text == "Ask the client for last year's NPS"
    assert comments[0].author == "Marco"
    assert comments[0].created and comments[0].created[:4].isdigit()
    assert panel.thread.count() == 1 and "Marco" in panel.thread.item(0).text()
    assert panel.text.toPlainText() == ""
    assert QSettings("journeymapper", "journeymapper").value(AUTHOR_KEY) == "Marco"
    assert w.session.undo_stack.undoText().startswith("Comment on card")
    check_undo_redo(w, before)
    assert save_and_reload(w, tmp_path).card(CARD).comments[0].author == "Marco"

    before = dump(w)
    panel.thread.setCurrentRow(0)
    qtbot.mouseClick(panel.delete, LEFT)
    assert w.session.doc.card(CARD).comments == []
    check_undo_redo(w, before)


# -- images ---------------------------------------------------------------------------------


def test_png_dropped_on_a_card_becomes_its_image(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    path = picture(tmp_path / "whiteboard.png", 320, 200)
    assert drop_on_viewport(w, file_mime(path), card_centre(w, CARD))
    card = w.session.doc.card(CARD)
    asset = w.session.doc.asset(card.image)
    assert (asset.name, asset.media_type) == ("whiteboard.png", "image/png")
    assert decode_base64(asset.data) == path.read_bytes()  # small: embedded as it is
    assert image_of(w, CARD).size().toTuple() == (320, 200)
    assert len(w.session.doc.cards) == len(before["cards"])
    title = card.title
    assert w.session.undo_stack.undoText() == f"Set image of card '{title}' to 'whiteboard.png'"
    check_undo_redo(w, before)  # one step: the asset and the card's image together
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.asset(reloaded.card(CARD).image).name == "whiteboard.png"


def test_jpeg_dropped_on_an_empty_cell_makes_a_card_with_it(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    path = picture(tmp_path / "shelf.jpg", 200, 150, "JPEG")
    assert drop_on_viewport(w, file_mime(path), empty_spot(w, *EMPTY_CELL))
    added = [c for c in w.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert len(added) == 1
    card = added[0]
    assert (card.stage, card.lane, card.title) == (*EMPTY_CELL, "shelf.jpg")
    assert w.session.doc.asset(card.image).media_type == "image/jpeg"
    check_undo_redo(w, before)
    save_and_reload(w, tmp_path)


def test_a_file_that_is_not_an_image_is_refused_with_a_message(qtbot, window, tmp_path):
    w = window
    said = messages_of(w)
    before = dump(w)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not drop_on_viewport(w, file_mime(text), card_centre(w, CARD))
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a not a png at all")
    assert not drop_on_viewport(w, file_mime(fake), card_centre(w, CARD))
    assert dump(w) == before
    assert any("notes.txt" in m and "PNG or JPEG" in m for m in said)
    assert any("fake.png" in m for m in said)


def test_a_3000_px_image_is_scaled_down_and_the_user_is_told(qtbot, window, tmp_path):
    w = window
    said = messages_of(w)
    before = dump(w)
    path = picture(tmp_path / "photo.png", 3000, 1500)
    assert drop_on_viewport(w, file_mime(path), card_centre(w, CARD))
    image = image_of(w, CARD)
    assert image.size().toTuple() == (2000, 1000)
    assert w.session.doc.asset(w.session.doc.card(CARD).image).media_type == "image/png"
    assert any("3000 × 1500" in m and "2000" in m for m in said)
    assert w.statusBar().currentMessage() == said[-1]
    check_undo_redo(w, before)


def test_paste_an_image_onto_the_selected_card_then_into_a_focused_cell(qtbot, window, tmp_path):
    w = window
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#27AE60"))
    mime = QMimeData()
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    select_card(qtbot, w, CARD)
    before = dump(w)
    w.act_paste.trigger()
    assert image_of(w, CARD).size().toTuple() == (64, 48)
    assert len(w.session.doc.cards) == len(before["cards"])
    check_undo_redo(w, before)

    # nothing selected, a cell clicked: a new card there
    pos = empty_spot(w, *EMPTY_CELL)
    click(qtbot, w, pos)
    assert w.scene.selected_ids() == [] and w.scene.focus_cell == EMPTY_CELL
    mime = QMimeData()
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    before = dump(w)
    w.act_paste.trigger()
    added = [c for c in w.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert len(added) == 1 and (added[0].stage, added[0].lane) == EMPTY_CELL
    assert image_of(w, added[0].id).size().toTuple() == (64, 48)
    check_undo_redo(w, before)
    save_and_reload(w, tmp_path)


def test_the_inspector_chooses_and_removes_a_cards_image(qtbot, window, tmp_path):
    w = window
    select_card(qtbot, w, CARD)
    panel = w.inspector.fields["image"]
    assert isinstance(panel, ImagePanel)
    assert not panel.remove.isEnabled()
    before = dump(w)
    panel.use_file(str(picture(tmp_path / "chart.png", 90, 60)))
    assert image_of(w, CARD).size().toTuple() == (90, 60)
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    assert panel.remove.isEnabled()
    check_undo_redo(w, before)
    before = dump(w)
    qtbot.mouseClick(panel.remove, LEFT)
    assert w.session.doc.card(CARD).image is None
    assert w.session.undo_stack.undoText().startswith("Remove image")
    check_undo_redo(w, before)
    # the image nobody shows any more is not saved
    path = tmp_path / "m.journey.json"
    w.session.save(path)
    assert '"assets"' not in path.read_text(encoding="utf-8")


def test_an_image_over_the_total_limit_is_refused(qtbot, window, tmp_path, monkeypatch):
    from journeymapper.editing import content

    w = window
    said = messages_of(w)
    path = picture(tmp_path / "a.png", 100, 100)
    monkeypatch.setattr(content, "MAX_TOTAL_ASSET_BYTES", len(path.read_bytes()) + 10)
    assert drop_on_viewport(w, file_mime(path), card_centre(w, CARD))
    before = dump(w)
    other = w.session.doc.cards[0].id
    assert not drop_on_viewport(w, file_mime(path), card_centre(w, other))
    assert dump(w) == before
    assert any("at most" in m and "MB" in m for m in said)


# -- the persona editor ---------------------------------------------------------------------


def open_persona_editor(qtbot, w: MainWindow, persona_id: str) -> PersonaEditor:
    w.scene.clearSelection()
    personas = w.inspector.fields["personas"]
    row = next(
        i
        for i in range(personas.count())
        if personas.item(i).data(Qt.ItemDataRole.UserRole) == persona_id
    )
    personas.setCurrentRow(row)
    qtbot.mouseClick(w.inspector.fields["edit_persona"], LEFT)
    dialog = next(d for d in w.findChildren(PersonaEditor) if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def test_persona_editor_round_trip(qtbot, window, tmp_path):
    w = window
    before = dump(w)
    dialog = open_persona_editor(qtbot, w, "p-sam")
    assert dialog.name.text() == w.session.doc.persona("p-sam").name
    dialog.name.setText("Sam Rossi")
    dialog.role.setText("Owner of a small bakery")
    dialog.goals.setPlainText("Find suppliers fast\n\n  Pay less for delivery  ")
    dialog.frustrations.setPlainText("Hidden fees")
    dialog.quote.setText("I have no time for forms.")
    dialog.description.setPlainText("Runs the shop alone.")
    dialog._set_colour("#AA3377")
    assert dialog.use_photo(str(picture(tmp_path / "sam.jpg", 120, 120, "JPEG")))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    p = w.session.doc.persona("p-sam")
    assert (p.name, p.role, p.quote, p.color) == (
        "Sam Rossi",
        "Owner of a small bakery",
        "I have no time for forms.",
        "#AA3377",
    )
    assert p.goals == ["Find suppliers fast", "Pay less for delivery"]
    assert p.frustrations == ["Hidden fees"]
    assert p.description == "Runs the shop alone."
    assert w.session.doc.asset(p.photo).media_type == "image/jpeg"
    assert w.session.undo_stack.undoText() == "Edit persona 'Sam Rossi'"
    check_undo_redo(w, before)  # the whole profile and its photo: one step
    reloaded = save_and_reload(w, tmp_path)
    assert reloaded.persona("p-sam").goals == p.goals

    # the photo removed again, and cancel changes nothing
    dialog = open_persona_editor(qtbot, w, "p-sam")
    assert dialog.remove_photo.isEnabled()
    qtbot.mouseClick(dialog.remove_photo, LEFT)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert w.session.doc.persona("p-sam").photo is None
    after = dump(w)
    dialog = open_persona_editor(qtbot, w, "p-sam")
    dialog.name.setText("Someone else")
    dialog.reject()
    assert dump(w) == after


def test_persona_editor_refuses_an_empty_name(qtbot, window):
    w = window
    before = dump(w)
    dialog = open_persona_editor(qtbot, w, "p-sam")
    dialog.name.setText("   ")
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert dialog.isVisible()
    assert "name" in dialog.error.text()
    dialog.reject()
    assert dump(w) == before


@pytest.mark.parametrize("persona", ["p-sam"])
def test_double_click_on_a_persona_opens_the_editor(qtbot, window, persona):
    w = window
    w.scene.clearSelection()
    personas = w.inspector.fields["personas"]
    item = personas.item(0)
    rect = personas.visualItemRect(item)
    qtbot.mouseClick(personas.viewport(), LEFT, NO_MOD, rect.center())
    qtbot.mouseDClick(personas.viewport(), LEFT, NO_MOD, rect.center())
    dialog = next(d for d in w.findChildren(PersonaEditor) if d.isVisible())
    assert dialog.persona.id == persona
    dialog.reject()


def test_the_card_panels_follow_the_selection_and_show_sources(qtbot, window):
    w = window
    kpi = "c-aw-kpi1"  # the template cites two sources for it
    panel = evidence_panel(qtbot, w, kpi)
    assert panel.table.rowCount() == len(w.session.doc.card(kpi).evidence) == 2
    select_card(qtbot, w, CARD)
    assert w.inspector.fields["evidence"].table.rowCount() == 0


def noise(path: Path, side: int, alpha: bool) -> Path:
    """A picture of random pixels (it compresses badly: a large file)."""
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    data = os.urandom(side * side * 4)
    image = QImage(data, side, side, side * 4, fmt).copy()
    assert image.save(str(path), "PNG")
    return path


def test_a_large_png_photo_is_scaled_and_stored_as_jpeg(qtbot, window, tmp_path):
    w = window
    path = noise(tmp_path / "noisy.png", 2400, alpha=False)
    assert path.stat().st_size > 5 * 1024 * 1024
    assert drop_on_viewport(w, file_mime(path), card_centre(w, CARD))
    asset = w.session.doc.asset(w.session.doc.card(CARD).image)
    assert asset.media_type == "image/jpeg"
    assert image_of(w, CARD).size().toTuple() == (2000, 2000)


def test_an_image_still_too_large_after_scaling_is_refused(qtbot, window, tmp_path):
    w = window
    said = messages_of(w)
    before = dump(w)
    path = noise(tmp_path / "glass.png", 2400, alpha=True)  # transparent: stays a PNG
    assert not drop_on_viewport(w, file_mime(path), card_centre(w, CARD))
    assert dump(w) == before
    assert any("glass.png" in m and "after scaling" in m and "5 MB" in m for m in said)


def test_double_click_on_a_persona_in_the_curve_legend_opens_the_editor(qtbot, window):
    w = window
    box = w.scene.layout.lane_box("l-emotions")
    entry = next(e for e in box.legend if e.persona == "p-sam")
    pos = QPointF(entry.text.x + 4, entry.text.y + entry.text.height / 2)
    show_scene(w, pos)
    w.view.ensureVisible(box.rect.x, box.rect.y, box.rect.w, box.rect.h, 0, 0)  # not pinned
    assert not w.view.covered(QPointF(vp(w, pos)))
    qtbot.mouseClick(w.view.viewport(), LEFT, NO_MOD, vp(w, pos))
    qtbot.mouseDClick(w.view.viewport(), LEFT, NO_MOD, vp(w, pos))
    dialog = next(d for d in w.findChildren(PersonaEditor) if d.isVisible())
    assert dialog.persona.id == "p-sam"
    assert w.scene.editor is None  # not the lane's name edited in place
    dialog.reject()


def test_ctrl_z_in_an_evidence_field_is_the_maps_undo(qtbot, window):
    w = window
    panel = evidence_panel(qtbot, w, CARD)
    qtbot.mouseClick(panel.add, LEFT)
    panel.title.setFocus()
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "CRM export")
    assert w.session.doc.card(CARD).evidence[0].title == "CRM export"
    qtbot.keyClick(panel.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card(CARD).evidence[0].title == "New source"
    assert panel.title.text() == "New source"  # the field shows the map's text
    qtbot.keyClick(panel.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.doc.card(CARD).evidence == []


def test_a_card_copied_to_another_map_takes_its_image_along(qtbot, window, tmp_path):
    a = window
    path = picture(tmp_path / "board.png", 80, 40)
    assert drop_on_viewport(a, file_mime(path), card_centre(a, CARD))
    a.scene.select_ids([CARD])
    mime = a.scene.copy_mime()
    b = open_window(qtbot, load_template("discovery-to-loyalty-en"))
    # the other map already holds an image under the same id: a different picture
    other = picture(tmp_path / "other.png", 10, 10)
    target = next(c for c in b.session.doc.cards if b.session.doc.lane(c.lane).kind == "cards")
    b.scene.select_ids([target.id])
    b.inspector.fields["image"].use_file(str(other))
    assert b.session.doc.card(target.id).image == a.session.doc.card(CARD).image  # same id
    before = dump(b)
    assert b.scene.paste_mime(mime)
    (new,) = [c for c in b.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert image_of(b, new.id).size().toTuple() == (80, 40)
    assert image_of(b, target.id).size().toTuple() == (10, 10)
    check_undo_redo(b, before)  # the image and the card: one step
    save_and_reload(b, tmp_path)
    # pasted in its own map, the card shows the same image (no copy of it)
    count = len(a.session.doc.assets)
    assert a.scene.paste_mime(mime)
    assert len(a.session.doc.assets) == count


def test_double_click_on_a_kind_in_the_palette_adds_it_next_to_the_selection(qtbot, window):
    w = window
    select_card(qtbot, w, CARD)
    before = dump(w)
    item = palette_item(w, "card:question")
    w.palette.scrollToItem(item)
    rect = w.palette.visualItemRect(item)
    qtbot.mouseClick(w.palette.viewport(), LEFT, NO_MOD, rect.center())
    qtbot.mouseDClick(w.palette.viewport(), LEFT, NO_MOD, rect.center())
    added = [c for c in w.session.doc.cards if c.id not in {x["id"] for x in before["cards"]}]
    assert len(added) == 1
    card = added[0]
    assert card.kind == CardKind.QUESTION and card.title == "Question"
    old = w.session.doc.card(CARD)
    assert (card.stage, card.lane) == (old.stage, old.lane)
    check_undo_redo(w, before)
