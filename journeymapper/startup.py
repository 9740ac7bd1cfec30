"""The garbage collector while the editor starts.

Start-up builds some 50,000 long-lived objects (Qt's enums, the document classes, the
window) and no garbage: the collector's ~130 passes over them while the editor starts
find nothing and cost ~20 ms. The GUI's entry (`cli._main`, before it imports the
application) calls `rest`, which stops the collector; `settle` (in `make_app`) freezes the
objects of the modules imported so far, which live as long as the process, out of its
later passes, and starts it again once the event loop runs. Importing a module changes
nothing: a script or a test that imports the application keeps its collector.
"""

from __future__ import annotations

import gc

_resting = False


def rest() -> None:
    """The editor is starting: no collection until `settle`."""
    global _resting
    if gc.isenabled():
        gc.disable()
        _resting = True


def settle() -> None:
    """Called when the application is made: collect again once start-up is over (only
    after `rest`, and once: a later call must not end a pause that is not start-up's)."""
    global _resting
    if not _resting:
        return
    _resting = False
    from PySide6.QtCore import QTimer

    gc.freeze()  # the modules imported so far: permanent
    QTimer.singleShot(0, gc.enable)  # the event loop runs: the first window is up
