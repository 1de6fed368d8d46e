"""Python's cyclic garbage collector runs on the UI thread only.

Left alone, it runs on whichever thread happens to allocate when a threshold is crossed:
often a worker of the task runner. If the garbage then holds the last reference to a Qt
object (a closed dialog caught in a cycle with its slots), Qt deletes it from that worker
thread and the app crashes (seen as a segmentation fault in a keyboard test run). So
automatic collection is switched off and the same generational thresholds are checked
from a timer on the UI thread (the recipe calibre, Camelot and pyqtgraph use).

A full collection visits every object the collector tracks and holds the GIL throughout:
over the ~125,000 objects of Qt's, SQLAlchemy's and the app's own modules it took about
100 ms, in which no screen could respond, whichever thread ran it (issue 14's
``ui_stall``). So what lives as long as the program is frozen out of the collector's
sight once it is built (``keep_for_good``), and a full collection visits only what came
after it: a window and its rows, a few ms.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1_000


class GarbageCollector(QObject):
    """Collects on the UI thread every second, generation by generation, as Python's own
    thresholds would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        collect_due(self.threshold)

    @staticmethod
    def keep_for_good() -> None:
        """Take every object alive now for one that lives as long as the program (the
        modules, the database's engine, the services): collect once, then freeze them
        (``gc.freeze``), so that no later collection visits them again. Call it once
        those are built, before the main window opens: a window frozen, then closed in
        a reference cycle, would never be freed. Only the first call in a process
        freezes (a test run opens many databases, each for a while)."""
        if gc.get_freeze_count():
            return
        gc.collect()
        gc.freeze()


def collect_due(threshold: tuple[int, int, int]) -> None:
    """Collect the generations Python itself would have collected by now (on this thread)."""
    count0, count1, count2 = gc.get_count()
    if count0 > threshold[0]:
        gc.collect(0)
        if count1 > threshold[1]:
            gc.collect(1)
            if count2 > threshold[2]:
                gc.collect(2)
