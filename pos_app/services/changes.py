"""The screens' door to what writes changed (``pos_app.data.changes``).

A screen subscribes to the topics it shows; this process's committed writes are
published at once, and on PostgreSQL the other counters' arrive through the listener
(``start_listening``). Subscribers are called on the publishing thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_app.data.changes import (
    AUDIT,
    CUSTOMERS,
    PARKED,
    PRICING,
    PRODUCTS,
    REVIEWS,
    SALES,
    STAFF,
    STOCK,
    TOPICS,
)

if TYPE_CHECKING:
    from pos_app.data.change_listener import ChangeListener
    from pos_app.data.database import Database

__all__ = [
    "AUDIT",
    "CUSTOMERS",
    "PARKED",
    "PRICING",
    "PRODUCTS",
    "REVIEWS",
    "SALES",
    "STAFF",
    "STOCK",
    "TOPICS",
    "ChangeService",
]

Subscriber = Callable[[frozenset[str]], None]


class ChangeService:
    """Subscribe to change topics; on PostgreSQL, hear the other counters too."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._listener: ChangeListener | None = None

    @property
    def hears_other_counters(self) -> bool:
        """True where other processes' changes can arrive (PostgreSQL)."""
        return self._db.backend == "postgresql"

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(topics)`` after every committed change; returns the
        unsubscribe."""
        return self._db.changes.subscribe(subscriber)

    def start_listening(self) -> None:
        """PostgreSQL: start hearing the other counters (once; a no-op on SQLite, where
        every change is this process's own)."""
        if not self.hears_other_counters or self.listening:
            return
        from pos_app.data.change_listener import ChangeListener  # noqa: PLC0415

        self._listener = ChangeListener(self._db.url, self._db.changes)
        self._listener.start()

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.running

    def stop_listening(self) -> None:
        """Stop hearing the other counters; returns once the listener's thread ended."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
