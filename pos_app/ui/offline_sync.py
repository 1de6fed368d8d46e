"""The counter's offline sales sent in the background (issue 15), and the status bar's
"Offline: N sales waiting".

While the app runs on a PostgreSQL server, every ``SYNC_INTERVAL_MS`` (and at once after a
sale recorded offline) a job on the task runner sends the waiting sales
(``services.offline.sync_once``, exactly once per sale) and brings this counter's copy of
the catalogue up to date (``refresh_catalogue``), and the managers' verifiers for offline
overrides with it (``overrides.refresh``), and the signed-in person's offline ticket
(``tickets.renew``). Never on the UI thread, and never two at once: a kick while one runs
makes one more run after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.services import Services
from pos_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 3_000
#: Sales sent by one run; the next run sends the rest.
SALES_PER_RUN = 500


@dataclass(frozen=True)
class SyncRun:
    waiting: int
    sent: int
    unreachable: bool
    #: The catalogue's copy is up to date as of this run (None: not refreshed).
    catalogue: bool | None = None


def sync_and_refresh(services: Services) -> SyncRun:
    """One background run (on a pool thread): the outbox, then the catalogue's copy."""
    offline = services.offline
    report = offline.sync_once(SALES_PER_RUN)
    catalogue, unreachable = None, report.unreachable
    if not unreachable:  # a refresh cut short leaves the copy as it was: no news
        refreshed = offline.refresh_catalogue()
        unreachable = refreshed.unreachable
        if not unreachable:
            catalogue = refreshed.complete and refreshed.last_seq > 0
            # Managers demoted, deactivated or locked out since lose their offline
            # override here; expired verifiers go (one small read, none when none kept).
            offline.overrides.refresh()
            # The signed-in person's ticket for selling offline here, once an hour old.
            offline.tickets.renew()
    sent = report.sent + report.already_there
    return SyncRun(report.waiting, sent, unreachable, catalogue)


class OfflineSyncer(QObject):
    """Runs ``sync_and_refresh`` on the task runner now and then.

    Signals: waiting_changed(int): the number of sales waiting to be sent."""

    waiting_changed = Signal(int)

    def __init__(
        self, services: Services, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.running = False
        self._again = False
        self.waiting = 0
        #: This counter holds a whole copy of the catalogue: it can sell offline.
        self.can_sell = False
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.kick)

    def start(self) -> None:
        """Begin (only on a server: a SQLite store is never unreachable)."""
        if self._services.offline.on_server:
            self.timer.start()
            self.kick()

    def stop(self) -> None:
        self.timer.stop()
        self._again = False

    def kick(self) -> None:
        """Send now (or right after the run in flight)."""
        if self.running:
            self._again = True
            return
        self.running = True
        services = self._services
        self._tasks.read(lambda: sync_and_refresh(services), self._done, self._failed)

    def _done(self, run: SyncRun) -> None:
        self.running = False
        if run.catalogue is not None:
            self.can_sell = run.catalogue
        if run.sent:
            log.info("%d offline sales synced, %d waiting", run.sent, run.waiting)
        self._set_waiting(run.waiting)
        self._next()

    def _failed(self, exc: Exception) -> None:
        # The counter's own file failed (the server's failures are in the report).
        self.running = False
        log.error("offline sync failed: %s", exc)
        self._next()

    def _next(self) -> None:
        if self._again and self.timer.isActive():
            self._again = False
            self.kick()

    def _set_waiting(self, waiting: int) -> None:
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
