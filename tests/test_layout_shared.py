"""An export of the map on screen reuses the editor's layout; any other document is laid
out afresh, and a closed editor's layout is not kept alive."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from pathlib import Path

from journeymapper.editing import edits
from journeymapper.editing.session import DocumentSession
from journeymapper.export.pdf import plan_export
from journeymapper.export.png import export_png, png_layout
from journeymapper.layout import DEFAULT_THEME
from journeymapper.layout.shared import layout_of
from journeymapper.templates import load_template
from journeymapper.text import map_metrics


def test_an_export_of_the_map_on_screen_reuses_its_layout(qapp, tmp_path: Path) -> None:
    from journeymapper.canvas.scene import MapScene

    session = DocumentSession(load_template("awareness-to-loyalty-en"))
    scene = MapScene(session)
    assert png_layout(session.doc) is scene.layout
    assert plan_export(session.doc, page_size="A2").layout is scene.layout
    # another theme: laid out afresh with it
    wide = dataclasses.replace(DEFAULT_THEME, card_pad=20.0)
    themed = layout_of(session.doc, map_metrics(), wide)
    assert themed is not scene.layout and themed.theme == wide
    # an equal document that is another object: laid out afresh, to the same geometry
    copy = session.doc.model_copy(deep=True)
    fresh = png_layout(copy)
    assert fresh is not scene.layout
    assert fresh.cards.keys() == scene.layout.cards.keys()
    assert all(fresh.cards[k].rect == r.rect for k, r in scene.layout.cards.items())
    # after an edit the editor shows a new document: an export follows it
    card = session.doc.cards[0]
    session.push(edits.update_part(session.doc, "cards", card.id, title="Renamed"))
    assert png_layout(session.doc) is scene.layout
    titles = [" ".join(b.title.lines) for b in scene.layout.cards.values()]
    assert "Renamed" in titles
    export_png(session.doc, tmp_path / "m.png", dpi=72)
    assert (tmp_path / "m.png").stat().st_size > 0


def test_a_closed_editors_layout_is_not_kept(qapp) -> None:
    from journeymapper.canvas.scene import MapScene

    session = DocumentSession(load_template("awareness-to-loyalty-en"))
    scene = MapScene(session)
    gone = weakref.ref(scene.layout)
    doc = session.doc
    scene.session.changed.disconnect(scene.sync)
    del scene, session
    gc.collect()
    assert gone() is None
    assert png_layout(doc) is not None  # laid out again
