"""What the other counters changed, heard through PostgreSQL's LISTEN/NOTIFY.

Every committed write on PostgreSQL sends ``pg_notify('pos_changes', '<origin>:<topics>')``
(``pos_app.data.changes``). A ``ChangeListener`` keeps one connection of its own that
listens on that channel, on a daemon thread, and hands each notification to the
process's ``ChangeFeed`` (which skips the process's own). If the server goes away it
reconnects with backoff; notifications sent meanwhile are lost, so after a reconnection
it publishes every topic once and the screens load again what they show.
"""

from __future__ import annotations

import logging
import threading

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL

from pos_app.data.changes import CHANNEL, TOPICS, ChangeFeed

log = logging.getLogger(__name__)

#: How long one wait for notifications lasts: ``stop()`` is noticed within about this.
POLL_SECONDS = 0.2
#: Waits between reconnection attempts: doubled each time, up to the last.
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 8.0)
CONNECT_TIMEOUT_SECONDS = 5
#: How the listener's connection is named in pg_stat_activity.
APPLICATION_NAME = "pos-change-listener"
#: TCP keepalives: a connection to a server that vanished without a word is noticed in
#: about idle + interval * count seconds, instead of never.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def conninfo(url: URL) -> str:
    """The libpq address of a SQLAlchemy ``postgresql+psycopg`` URL (password included:
    never log it)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """A daemon thread that publishes the other counters' changes on ``feed``.

    ``start()`` once; ``stop()`` ends the thread within about ``POLL_SECONDS``.
    """

    def __init__(self, url: URL, feed: ChangeFeed) -> None:
        if url.get_backend_name() != "postgresql":
            raise ValueError("only PostgreSQL sends change notifications")
        self._conninfo = make_conninfo(
            conninfo(url),
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name=APPLICATION_NAME,
            **KEEPALIVES,
        )
        #: For log lines: the address without its password.
        self._where = url.render_as_string(hide_password=True)
        self._feed = feed
        self._stopping = threading.Event()
        #: Set each time the listener is connected and listening (for tests and logs).
        self.listening = threading.Event()
        self.connections = 0
        self._thread = threading.Thread(target=self._run, name="pos-change-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """End the thread; waits up to ``timeout`` seconds for it."""
        self._stopping.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connections += 1
                    if self.connections > 1:  # what was sent while we were away is lost
                        log.info("change listener reconnected to %s", self._where)
                        self._feed.publish(TOPICS)
                    attempt = 0
                    self.listening.set()
                    self._listen(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                if self._stopping.is_set():
                    break
                delay = BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)]
                attempt += 1
                log.warning(
                    "change listener lost %s (%s); trying again in %.1f s",
                    self._where,
                    type(exc).__name__,
                    delay,
                )
                self._stopping.wait(delay)
            except Exception:  # never let the thread die silently: screens would go stale
                self.listening.clear()
                log.exception("change listener failed")
                self._stopping.wait(BACKOFF_SECONDS[-1])
        self.listening.clear()

    def _listen(self, conn: psycopg.Connection[tuple[object, ...]]) -> None:
        while not self._stopping.is_set():
            for notify in conn.notifies(timeout=POLL_SECONDS):
                self._feed.receive(notify.payload)
