"""One export run in a worker thread for the export dialog, reporting through queued signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..export import ExportError, ExportOptions, export_map
from ..i18n import tr
from ..io import SaveError
from ..model import JourneyMap


class ExportJob(QObject):
    """Runs one export in a thread; reports through queued signals."""

    progress = Signal(int, int)
    finished = Signal(object)  # the path written, or None when cancelled
    failed = Signal(str)

    def __init__(self, doc: JourneyMap, path: str, options: ExportOptions) -> None:
        super().__init__()
        self.doc = doc
        self.path = path
        self.options = options
        self.cancelled = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = export_map(self.doc, self.path, self.options, self._progress)
        except (ExportError, SaveError) as exc:
            self.failed.emit(str(exc))
            return
        except MemoryError:
            self.failed.emit(
                tr(
                    "export",
                    "There is not enough memory for this export; "
                    "choose a smaller page or a lower resolution.",
                )
            )
            return
        self.finished.emit(result)
