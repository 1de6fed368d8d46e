"""Screens that refresh on change: what writes changed, brought to the UI thread.

Committed writes are published (``ChangeService``) on whatever thread wrote them, or on
the PostgreSQL listener's thread for the other counters' writes. ``LiveChanges`` hops
them onto the UI thread and coalesces a burst: the first change is passed on at once,
the ones that follow within ``COALESCE_MS`` are passed on together when it ends, so
sales pouring in at other counters cost one refresh per interval, not one per sale.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from pos_app.services.changes import ChangeService

#: At most one refresh per this many milliseconds while changes keep coming.
COALESCE_MS = 250


class LiveChanges(QObject):
    """Signals: changed(frozenset[str]): topics that changed, on the UI thread."""

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(
        self, changes: ChangeService, parent: QObject | None = None, interval_ms: int = COALESCE_MS
    ) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._pass_pending)
        # Queued even from the UI thread: a refresh never runs inside the write's call.
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        # Held while a publisher emits, so that ``stop`` returns only when none is
        # emitting (the object may be deleted right after).
        self._lock = threading.Lock()
        self._stopped = False
        self._unsubscribe = changes.subscribe(self._heard)

    def _heard(self, topics: frozenset[str]) -> None:
        """Called on the publishing thread."""
        with self._lock:
            if not self._stopped:
                self._arrived.emit(topics)

    def _collect(self, topics: frozenset[str]) -> None:
        if self._stopped:
            return
        if self._timer.isActive():
            self._pending |= topics
            return
        self._timer.start()
        self.changed.emit(topics)

    def _pass_pending(self) -> None:
        if self._pending and not self._stopped:
            topics = frozenset(self._pending)
            self._pending.clear()
            self._timer.start()
            self.changed.emit(topics)

    def stop(self) -> None:
        """Hear no more changes (before the screens that listen go away)."""
        with self._lock:
            self._stopped = True
        self._unsubscribe()
        self._timer.stop()
        self._pending.clear()
