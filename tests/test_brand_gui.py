"""Map → Brand… and the brand presets in Preferences, through the real window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import check_undo_redo, dump, save_and_reload
from pixels import colour_pixels
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from journeymapper.editing.brand import set_brand
from journeymapper.model.document import Brand, Palette, Typeface
from journeymapper.ui import brand_presets
from journeymapper.ui.brand_dialog import BrandDialog
from journeymapper.ui.brand_presets import KEY, PresetsPanel, load_presets

pytestmark = pytest.mark.usefixtures("no_blocking_dialogs")


@pytest.fixture(autouse=True)
def _no_presets():  # type: ignore[no-untyped-def]
    """QSettings keeps its file for the whole run: every test starts without presets."""
    from PySide6.QtCore import QSettings

    settings = QSettings("journeymapper", "journeymapper")
    settings.remove(KEY)
    yield
    settings.remove(KEY)


LOGO_COLOUR = "#00C2A8"
ACCENT = "#E4007C"


def logo_file(tmp_path: Path, width: int = 300, height: int = 100) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(LOGO_COLOUR))
    path = tmp_path / "acme.png"
    assert image.save(str(path))
    return path


def open_dialog(qtbot, window) -> BrandDialog:  # type: ignore[no-untyped-def]
    window.act_brand.trigger()
    dialog = window.brand_dialog
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot, dialog: BrandDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def screen(window) -> QImage:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return window.view.viewport().grab().toImage()


def test_the_brand_dialog_applies_everything_as_one_undo_step(
    qtbot, window, tmp_path: Path
) -> None:
    before = dump(window)
    steps = window.session.undo_stack.count()
    assert colour_pixels(screen(window), ACCENT, tol=6) == 0
    dialog = open_dialog(qtbot, window)
    assert "(no logo)" in dialog.logo.text()
    qtbot.keyClicks(dialog.name, "Acme")
    qtbot.keyClicks(dialog.client, "Acme Bikes")
    qtbot.keyClicks(dialog.author, "Studio Nord")
    assert dialog.use_logo(str(logo_file(tmp_path)))
    dialog.set_accent(ACCENT.lower())
    dialog.typeface.setCurrentIndex(dialog.typeface.findData("serif"))
    dialog.palette.setCurrentIndex(dialog.palette.findData("colour-blind-safe"))
    dialog.update_preview()
    preview = dialog.preview.pixmap().toImage()
    assert colour_pixels(preview, LOGO_COLOUR, tol=8) > 20  # the live preview shows it
    assert window.session.doc.brand is None  # nothing happens before OK
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session.doc.brand is not None)

    doc = window.session.doc
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.undo_stack.undoText() == "Change brand"
    assert doc.client == "Acme Bikes" and doc.author == "Studio Nord"
    brand = doc.brand
    assert brand.name == "Acme" and brand.accent == ACCENT
    assert brand.typeface is Typeface.SERIF and brand.palette is Palette.COLOUR_BLIND_SAFE
    logo = doc.asset(brand.logo)
    assert logo is not None and logo.name == "acme.png"

    # the canvas shows it: serif layout, the logo and the accent where the layout put them
    layout = window.scene.layout
    assert layout.theme.typeface == "serif" and layout.brand is not None
    r = layout.brand.logo_rect
    window.view.centerOn(QPointF(r.x + r.w / 2, r.y + r.h / 2))
    image = screen(window)
    centre = window.view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2))
    assert colour_pixels(image, LOGO_COLOUR, QRect(centre.x() - 5, centre.y() - 3, 10, 6), 6) == 60
    assert colour_pixels(image, ACCENT, tol=6) > 100

    # the stage headers redraw in the new look (not from a cache of the old one)
    head = layout.stages[0].rect
    window.view.centerOn(QPointF(head.x + head.w / 2, head.y + head.h / 2))
    image = screen(window)
    top_left = window.view.mapFromScene(QPointF(head.x, head.y))
    bottom_right = window.view.mapFromScene(QPointF(head.right, head.bottom))
    on_screen = QRect(top_left, bottom_right)
    assert colour_pixels(image, ACCENT, on_screen, 6) > head.w * 0.8

    after = check_undo_redo(window, before)
    assert after["brand"]["accent"] == ACCENT
    reloaded = save_and_reload(window, tmp_path)
    assert reloaded.brand == brand and reloaded.asset(brand.logo) is not None


def test_a_refused_logo_says_why_and_changes_nothing(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    dialog = open_dialog(qtbot, window)
    assert not dialog.use_logo(str(bad))
    assert "not a PNG or JPEG" in dialog.error.text()
    assert "(no logo)" in dialog.logo.text()
    dialog.reject()
    assert window.session.doc.brand is None


def _png(path: Path, width: int, height: int) -> Path:
    """A real one-colour grey RGB PNG of any size, written cheaply (it compresses to little)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * (3 * width)  # filter byte, then mid grey pixels
    data = b"".join(rows.compress(row) for _ in range(height)) + rows.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return path


def test_a_huge_logo_is_taken_scaled_down(qtbot, window, tmp_path: Path) -> None:
    """9000 × 9000 is over Qt's decoding limit (256 MB): it is read scaled, not called damaged."""
    from PySide6.QtGui import QImageReader

    from journeymapper.canvas import image_import

    huge = _png(tmp_path / "huge.png", 9000, 9000)
    dialog = open_dialog(qtbot, window)
    assert dialog.use_logo(str(huge)), dialog.error.text()
    assert "damaged" not in dialog.error.text()
    assert "9000 × 9000" in dialog.error.text() and "scaled down" in dialog.error.text()
    assert QImageReader.allocationLimit() == 256  # Qt's own limit is back
    logo = QImage.fromData(__import__("base64").b64decode(dialog._new_logo.data))
    assert (logo.width(), logo.height()) == (image_import.MAX_SIDE, image_import.MAX_SIDE)
    assert QColor(logo.pixel(1000, 1000)).name() == "#808080"
    assert "(no logo)" not in dialog.logo.text()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session.doc.brand is not None)
    assert window.session.doc.asset(window.session.doc.brand.logo).name == "huge.png"


def test_a_logo_with_too_many_pixels_is_refused_saying_so(qtbot, window, tmp_path: Path) -> None:
    from journeymapper.canvas import image_import

    side = int(image_import.MAX_PIXELS**0.5) + 100
    dialog = open_dialog(qtbot, window)
    assert not dialog.use_logo(str(_png(tmp_path / "poster.png", side, side)))
    message = dialog.error.text()
    assert f"too large: {side} × {side} pixels" in message and "100 million" in message
    assert "damaged" not in message
    assert "(no logo)" in dialog.logo.text()


def test_the_accent_control_says_what_it_does(qtbot, window) -> None:
    """No accent: one "Choose…" button (not two "None"); an accent: its swatch and a
    "No accent" button that takes it away."""
    dialog = open_dialog(qtbot, window)
    assert dialog.accent.text() == "Choose…" and dialog.accent.isVisible()
    assert not dialog.no_accent.isVisible()
    visible = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert "None" not in visible and "No accent" not in visible
    dialog.set_accent(ACCENT)
    assert dialog.accent.text() == ACCENT and dialog.no_accent.isVisible()
    assert dialog.no_accent.text() == "No accent"
    qtbot.mouseClick(dialog.no_accent, Qt.MouseButton.LeftButton)
    assert dialog.accent.text() == "Choose…" and not dialog.no_accent.isVisible()
    dialog.reject()


def test_ok_without_changes_adds_no_undo_step(qtbot, window) -> None:
    steps = window.session.undo_stack.count()
    dialog = open_dialog(qtbot, window)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session.undo_stack.count() == steps
    assert window.session.doc.brand is None


def test_removing_the_logo_and_accent_in_the_dialog(qtbot, window, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.use_logo(str(logo_file(tmp_path)))
    dialog.set_accent(ACCENT)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session.doc.brand is not None)
    dialog = open_dialog(qtbot, window)
    assert dialog.accent.text() == ACCENT and dialog.remove_logo.isEnabled()
    qtbot.mouseClick(dialog.remove_logo, Qt.MouseButton.LeftButton)
    dialog.set_accent(None)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session.doc.brand is None)  # a plain brand is no brand
    assert window.scene.layout.brand is None


def _brand_the_map(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from journeymapper.canvas import image_import

    logo = image_import.from_file(logo_file(tmp_path)).asset
    brand = Brand(name="Acme", accent=ACCENT, typeface=Typeface.SERIF, palette="high-contrast")
    window.session.push(set_brand(window.session.doc, brand, "Acme Bikes", None, logo))


def test_presets_save_apply_and_delete(qtbot, window, tmp_path: Path) -> None:
    _brand_the_map(window, tmp_path)
    branded = window.session.doc.brand
    logo_data = window.session.doc.asset(branded.logo).data
    panel = PresetsPanel(window.settings, window)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.save.isEnabled() and not panel.apply.isEnabled()
    assert panel.save_as("  Acme   house style ")
    assert [p.name for p in load_presets(window.settings)] == ["Acme house style"]
    stored = json.loads(window.settings.value(KEY))
    assert stored[0]["logo"]["data"] == logo_data  # the logo's bytes travel with it

    window.session.undo_stack.undo()  # the map without its brand again
    assert window.session.doc.brand is None
    before = dump(window)
    steps = window.session.undo_stack.index()
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.apply, Qt.MouseButton.LeftButton)
    doc = window.session.doc
    assert window.session.undo_stack.index() == steps + 1
    assert window.session.undo_stack.undoText() == "Apply brand preset “Acme house style”"
    assert doc.brand is not None
    assert doc.brand.model_copy(update={"logo": None}) == branded.model_copy(update={"logo": None})
    assert doc.asset(doc.brand.logo).data == logo_data
    assert window.scene.layout.theme.palette == "high-contrast"
    check_undo_redo(window, before)

    qtbot.mouseClick(panel.delete, Qt.MouseButton.LeftButton)
    assert load_presets(window.settings) == [] and panel.list.count() == 0


def test_preferences_offer_the_presets(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from journeymapper.ui.dialogs import PreferencesDialog

    seen = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.extend(dialog.findChildren(PresetsPanel))
        return PreferencesDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    window.act_preferences.trigger()
    assert len(seen) == 1 and not seen[0].save.isEnabled()  # this map has no brand yet


def test_damaged_presets_are_left_out(window) -> None:  # type: ignore[no-untyped-def]
    window.settings.setValue(KEY, "{not json")
    assert load_presets(window.settings) == []
    entries = [
        {"name": "Good", "brand": {"accent": "#112233", "typeface": "serif"}},
        {"name": "Bad colour", "brand": {"accent": "red"}},
        {
            "name": "Bad logo",
            "brand": {},
            "logo": {"name": "x.png", "media_type": "image/png", "data": "AAAA"},
        },
        {"name": "", "brand": {}},
        "junk",
    ]
    window.settings.setValue(KEY, json.dumps(entries))
    assert [p.name for p in load_presets(window.settings)] == ["Good"]


def test_presets_are_size_limited(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _brand_the_map(window, tmp_path)
    monkeypatch.setattr(brand_presets, "MAX_PRESETS_BYTES", 100)
    panel = PresetsPanel(window.settings, window)
    qtbot.addWidget(panel)
    assert not panel.save_as("Too big")
    assert load_presets(window.settings) == []


def test_changing_only_the_accent_redraws_every_header(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Headers and cards whose boxes stay the same still show the new look at once."""
    for colour in (ACCENT, "#0B6E4F", "#2F4BFF"):
        dialog = open_dialog(qtbot, window)
        dialog.set_accent(colour)
        click_ok(qtbot, dialog)
        qtbot.waitUntil(
            lambda c=colour: (
                window.session.doc.brand is not None and window.session.doc.brand.accent == c
            )
        )
        layout = window.scene.layout
        for stage in layout.stages[:3]:
            head = stage.rect
            window.view.centerOn(QPointF(head.x + head.w / 2, head.y + head.h / 2))
            image = screen(window)
            rect = QRect(
                window.view.mapFromScene(QPointF(head.x, head.y)),
                window.view.mapFromScene(QPointF(head.right, head.bottom)),
            )
            assert colour_pixels(image, colour, rect, 6) > head.w * 0.8, (colour, stage.id)


def test_preset_names_and_file_names_show_as_plain_text(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _brand_the_map(window, tmp_path)
    panel = PresetsPanel(window.settings, window)
    qtbot.addWidget(panel)
    assert panel.save_as("<h1>Acme</h1>")
    assert panel.status.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>Acme</h1>" in panel.status.text()
    bad = tmp_path / "<b>logo<b>.png"
    bad.write_text("no picture")
    dialog = open_dialog(qtbot, window)
    assert not dialog.use_logo(str(bad))
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert "<b>logo<b>.png" in dialog.error.text()
    dialog.reject()


def test_double_clicking_the_logo_does_not_rename_the_map(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The title's double-click area is its text: the logo beside it (and the gap
    between them) opens no editor; the title's own words still do."""
    from gui_helpers import show_scene, vp

    from journeymapper.canvas.interactions import InlineEditor

    w = window
    _brand_the_map(w, tmp_path)
    marks = w.scene.layout.brand
    assert marks is not None and marks.logo_rect is not None
    r = marks.logo_rect
    title = w.scene.layout.title
    before, steps = dump(w), w.session.undo_stack.count()
    for spot in (QPointF(r.x + r.w / 2, r.y + r.h / 2), QPointF(r.x + 3, r.y + 3)):
        show_scene(w, spot)
        qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(w, spot))
        assert w.scene.editor is None
    assert dump(w) == before and w.session.undo_stack.count() == steps
    words = QPointF(title.x + 20, title.y + title.line_height / 2)
    show_scene(w, words)
    qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(w, words))
    assert isinstance(w.scene.editor, InlineEditor)
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert w.scene.editor is None and dump(w) == before
