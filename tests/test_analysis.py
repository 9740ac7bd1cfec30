"""The customer-path summary the inspector shows for the whole map."""

from __future__ import annotations

from journeymapper.analysis import path_summary
from journeymapper.model import Connection
from journeymapper.templates import load_template


def test_template_path_counts_steps_cards_and_arrows_back() -> None:
    doc = load_template("awareness-to-loyalty-en")
    s = path_summary(doc)
    assert s.steps == len(doc.connections) == 6
    assert s.cards == 9
    # x-3 (consideration -> familiarity) and x-6 (loyalty -> awareness) go back
    assert s.back == 2
    assert s.loops == 0  # no card leads back to itself
    assert s.starts == ("c-co-tp3", "c-pu-tp3", "c-lo-tp3")
    assert s.ends == ("c-fa-tp3", "c-pu-tp1", "c-lo-tp1")


def test_a_closed_loop_is_counted() -> None:
    doc = load_template("awareness-to-loyalty-en")
    # x-1 goes c-aw-tp1 -> c-fa-tp1; this one comes back: a loop of two cards
    back = Connection(id="x-back", source="c-fa-tp1", target="c-aw-tp1")
    s = path_summary(doc.model_copy(update={"connections": [*doc.connections, back]}))
    assert s.steps == 7
    assert s.loops == 1
    assert s.back == 3
    assert "c-aw-tp1" not in s.starts


def test_a_map_without_connections_has_an_empty_path() -> None:
    doc = load_template("awareness-to-loyalty-en")
    s = path_summary(doc.model_copy(update={"connections": []}))
    assert (s.steps, s.cards, s.back, s.loops, s.starts, s.ends) == (0, 0, 0, 0, (), ())


def test_the_inspector_shows_the_summary_of_the_map(qtbot) -> None:
    from gui_helpers import open_window

    w = open_window(qtbot)
    w.scene.clearSelection()
    label = w.inspector.fields["path"]
    qtbot.waitUntil(lambda: bool(label.text()), timeout=5000)
    assert label.text() == "6 steps through 9 cards; 2 back to an earlier stage; 0 closed loop(s)"
