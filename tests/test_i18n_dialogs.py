"""Every dialog in English and in Italian at its default size: no label is cut, and the
app's own Italian windows have no English words left (issue 12, items 15 and 16)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from journeymapper.editing.session import DocumentSession
from journeymapper.i18n import trn
from journeymapper.model import DocumentError, Problem
from journeymapper.templates import blank_map, load_template
from journeymapper.ui.dialogs import (
    PreferencesDialog,
    RecoveryDialog,
    TemplateChooser,
    confirm_delete,
    show_document_error,
)
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

#: words that are the same in both languages (names, formats, units)
SAME_IN_BOTH = {
    "English",
    "Italiano",
    "PDF",
    "PNG",
    "OK",
    "A4",
    "A3",
    "A2",
    "A1",
    "A0",
    "Letter",
    "Tabloid",
    "dpi",
    "mm",
    "journeymapper",
    "Touchpoint",
    "Touchpoints",
    "Zoom",
    "File",
    "Personas",  # the UX term, used as is in Italian
    "Workshop",  # Italian facilitators say "workshop" and "timer" too
    "Timer",
}


class Entry:
    key = "k"
    title = "Map"
    saved_at = 0.0
    original = None


def dialogs(parent: MainWindow) -> dict[str, QWidget]:
    """Every dialog of the app, built as the app builds it (not yet shown)."""
    doc = parent.session.doc
    out: dict[str, QWidget] = {
        "template chooser": TemplateChooser(parent),
        "preferences": PreferencesDialog(30, True, "", parent),
        "recovery": RecoveryDialog([Entry()], parent),
    }
    export = ExportDialog(doc, parent.scene.layout, "/tmp/map", parent)
    out["export (PDF)"] = export
    export_png = ExportDialog(doc, parent.scene.layout, "/tmp/map", parent)
    export_png.fmt.setCurrentIndex(export_png.fmt.findData("png"))
    out["export (PNG)"] = export_png
    export_tiles = ExportDialog(doc, parent.scene.layout, "/tmp/map", parent)
    export_tiles.page.setCurrentIndex(export_tiles.page.findData("A4"))
    export_tiles.tile.setChecked(True)
    out["export (tiles)"] = export_tiles
    error = DocumentError([Problem("$.cards[3].id", "duplicate id", ("cards", 3, "Checkout"))])
    box = show_document_error(parent, "/tmp/broken.journey.json", error, lambda: None)
    box.hide()
    out["cannot open"] = box
    return out


def shown(widget: QWidget) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    if isinstance(widget, ExportDialog):
        widget.update_preview()
        QApplication.processEvents()


def visible_texts(widget: QWidget) -> list[tuple[QWidget, str]]:
    out: list[tuple[QWidget, str]] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            out.append((child, child.text()))
        if isinstance(child, QComboBox):
            out += [(child, child.itemText(i)) for i in range(child.count())]
    return out


def cut_labels(widget: QWidget) -> list[str]:
    """Labels, check boxes and buttons whose text does not fit their width."""
    cut = []
    for child, text in visible_texts(widget):
        if isinstance(child, QComboBox) or not text.strip():
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            if child.heightForWidth(child.width()) > child.height() + 1:
                cut.append(f"{text!r}: needs {child.heightForWidth(child.width())} px height")
        elif isinstance(child, QLabel | QCheckBox | QPushButton):
            if child.pixmap() if isinstance(child, QLabel) else False:
                continue
            if child.sizeHint().width() > child.width() + 1:
                cut.append(f"{text!r}: {child.sizeHint().width()} px wide in {child.width()}")
    return cut


WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def english_left(english: list[str], italian: list[str]) -> list[str]:
    """Texts shown identically in both languages that contain a word (not a name)."""
    same = set(english) & set(italian)
    return sorted(
        text
        for text in same
        if any(word not in SAME_IN_BOTH for word in WORD.findall(text.replace("&", "")))
    )


def window_and_dialogs(qtbot: Any, lang: str) -> tuple[MainWindow, dict[str, QWidget]]:
    w = MainWindow(DocumentSession(load_template(f"awareness-to-loyalty-{lang}")))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    return w, dialogs(w)


def test_no_cut_labels_and_no_english_left(qtbot: Any, language: Any) -> None:
    texts: dict[str, dict[str, list[str]]] = {}
    problems: list[str] = []
    for lang in ("en", "it"):
        language(lang)
        w, found = window_and_dialogs(qtbot, lang)
        for name, dialog in found.items():
            shown(dialog)
            problems += [f"[{lang}] {name}: {c}" for c in cut_labels(dialog)]
            texts.setdefault(name, {})[lang] = [t for _, t in visible_texts(dialog)] + [
                dialog.windowTitle()
            ]
            dialog.close()
        shown(w)
        menus = [a.text() for m in w.menuBar().actions() for a in [m, *m.menu().actions()]]
        texts.setdefault("main window", {})[lang] = menus + [
            t for _, t in visible_texts(w) if not isinstance(_, QComboBox)
        ]
        w.close()
    for name, by_lang in texts.items():
        left = english_left(by_lang["en"], by_lang["it"])
        problems += [f"[it] {name}: English left: {t!r}" for t in left]
    assert problems == []


def test_the_cut_check_sees_a_cut_label(qtbot: Any, language: Any) -> None:
    """The old tiling label, cut off in Italian ("…con nastro ade"), is caught."""
    language("it")
    w = MainWindow(DocumentSession(load_template("awareness-to-loyalty-it")))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    d = ExportDialog(w.session.doc, w.scene.layout, "/tmp/map", w)
    d.tile.setText("Tessere poster: più pagine da unire con nastro adesivo, una per riga")
    shown(d)
    assert any("nastro adesivo" in c for c in cut_labels(d))
    d.close()


def test_delete_question_fits_in_both_languages(
    qtbot: Any, language: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, list[str]] = {}
    for lang in ("en", "it"):
        language(lang)
        w = MainWindow(DocumentSession(load_template(f"awareness-to-loyalty-{lang}")))
        qtbot.addWidget(w)
        w.settings.remove("confirm_delete_with_cards")

        def record(box: QMessageBox, lang: str = lang) -> int:
            shown(box)
            seen[lang] = [box.text()] + [b.text() for b in box.buttons()]
            seen[lang] += [box.checkBox().text(), box.informativeText()]
            assert cut_labels(box) == []
            return 0

        monkeypatch.setattr(QMessageBox, "exec", record)
        assert not confirm_delete(w, w.settings, w.session.doc, [w.session.doc.stages[0].id])
    assert seen["en"][0].startswith("Delete stage")
    assert seen["it"][0].startswith("Eliminare la fase")
    assert english_left(seen["en"], seen["it"]) == []


def test_plurals_use_the_language_forms(language: Any) -> None:
    language("en")
    assert trn("export", "%n page(s), {0}", None, 1) == "1 page, {0}"
    assert trn("export", "%n page(s), {0}", None, 3) == "3 pages, {0}"
    language("it")
    assert trn("export", "%n page(s), {0}", None, 1) == "1 pagina, {0}"
    assert trn("export", "%n page(s), {0}", None, 3) == "3 pagine, {0}"


def test_every_plural_in_the_code_is_translated() -> None:
    """lupdate's Python reader does not see plural forms: trn() texts live in the
    hand-kept plurals file, which must hold every one of them."""
    used = set()
    for path in (ROOT / "journeymapper").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "trn"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                used.add(node.args[1].value)
    ts = ET.parse(ROOT / "resources" / "translations" / "journeymapper_plurals_it.ts")
    have = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")] for m in ts.iter("message")
    }
    assert used, "no plural found in the code"
    assert sorted(used - set(have)) == []
    for source in used:
        assert len(have[source]) == 2 and all(have[source]), source


def test_qt_own_file_dialog_is_italian(language: Any) -> None:
    language("it")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Cerca in:" in labels and "File di &tipo:" in labels, labels
    dialog.deleteLater()


def test_blank_map_of_an_italian_interface(language: Any) -> None:
    language("it")
    doc = blank_map()
    assert doc.locale == "it" and doc.title == "Mappa senza titolo"
