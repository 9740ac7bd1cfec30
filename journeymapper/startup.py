"""The garbage collector while the editor starts.

Start-up builds some 50,000 long-lived objects (Qt's enums, the document classes, the
window) and no garbage: the collector's ~130 passes over them while the editor starts
find nothing and cost ~20 ms. Importing this module (the GUI entry, `journeymapper.app`,
does it before its own imports) stops the collector; `settle` (in `make_app`) freezes
the objects of the modules imported so far, which live as long as the process, out of
its later passes, and starts it again once the event loop runs.
"""

from __future__ import annotations

import gc

gc.disable()
_settled = False


def settle() -> None:
    """Called when the application is made: collect again once start-up is over (once:
    a later call must not end a pause of the collector's that is not start-up's)."""
    global _settled
    if _settled:
        return
    _settled = True
    if gc.isenabled():
        return
    from PySide6.QtCore import QTimer

    gc.freeze()  # the modules imported so far: permanent
    QTimer.singleShot(0, gc.enable)  # the event loop runs: the first window is up
