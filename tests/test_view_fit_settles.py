"""A fitted map stays put: fitting it must not make the scroll bars come and go for ever.

At some window sizes fitting the map made a scroll bar appear, which shrank the viewport,
which fitted the map again smaller, which removed the scroll bar… and the editor never went
idle (a blank map in a 1400 × 900 window did it).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication

from journeymapper.app import make_app
from journeymapper.editing.session import DocumentSession
from journeymapper.templates import blank_map, load_template
from journeymapper.ui.main_window import MainWindow


class ResizeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


@pytest.mark.parametrize("size", [(1400, 900), (1200, 800), (1600, 1000), (1000, 700)])
@pytest.mark.parametrize("which", ["blank", "template"])
def test_fitting_the_map_settles(qtbot, size: tuple[int, int], which: str) -> None:
    make_app()
    doc = blank_map() if which == "blank" else load_template("awareness-to-loyalty-en")
    w = MainWindow(DocumentSession(doc))
    qtbot.addWidget(w, before_close_func=lambda w: w.session.undo_stack.setClean())
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    counter = ResizeCounter()
    w.view.viewport().installEventFilter(counter)
    for _ in range(20):  # the window lays itself out and fits the map
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # (bounded)
        qtbot.wait(5)
    counter.count = 0
    for _ in range(20):  # then nothing changes any more
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # (bounded)
        qtbot.wait(5)
    assert counter.count == 0, f"the viewport was resized {counter.count} times while idle"
    assert w.view._auto_fit  # still fitted: a later window resize fits it again
    w.view.viewport().removeEventFilter(counter)
