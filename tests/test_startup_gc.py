"""The garbage collector rests while the editor starts (journeymapper/startup.py) and
works again as soon as the event loop runs: nothing a user does later leaks. Importing
the application alone (a script, a test) leaves the collector as it was."""

from __future__ import annotations

import os

from module_probe import run_blocked

CODE = """
import gc, weakref
import journeymapper.app as app
assert gc.isenabled(), "importing the application stopped the collector"
from journeymapper import startup
startup.rest()  # what the editor's entry does before it imports the application
assert not gc.isenabled(), "the collector runs during start-up"
qapp = app.make_app(["journeymapper"])
assert not gc.isenabled(), "the collector runs before the first window is up"
from PySide6.QtCore import QTimer
QTimer.singleShot(0, qapp.quit)
qapp.exec()
assert gc.isenabled(), "the collector stays off after start-up"

class Node:
    pass

a, b = Node(), Node()
a.other, b.other = b, a  # a cycle only the collector can free
gone = weakref.ref(a)
del a, b
keep = [[] for _ in range(20_000)]  # allocations: the collector runs by itself
assert gone() is None, "a cycle made after start-up was not collected"

gc.disable()  # a pause of someone else's (perf.paused_gc): another make_app keeps it
app.make_app(["journeymapper"])
QTimer.singleShot(0, qapp.quit)
qapp.exec()
assert not gc.isenabled(), "a later make_app ended another pause of the collector"
gc.enable()
print("OK")
"""


def test_the_collector_rests_at_start_up_and_works_after() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = run_blocked(CODE, block=(), env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("OK")
