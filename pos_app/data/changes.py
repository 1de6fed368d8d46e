"""What a write changed, told to whoever shows it.

A committed write names the kinds of record it changed ("topics": products, stock,
customers, ...). ``Database.write`` publishes them on its ``ChangeFeed`` right after the
commit, so this process's open screens refresh what they show. On PostgreSQL the same
topics also go out with ``pg_notify`` inside the transaction (delivered at commit, never
for a rollback), and every counter's listener (``pos_app.data.change_listener``) publishes
what other counters changed on its own feed.

Subscribers are called on the publishing thread (a worker thread or the listener's):
a screen must hop to its own thread before touching widgets.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)

#: The LISTEN/NOTIFY channel of every counter of one store database.
CHANNEL = "pos_changes"
#: Where a session keeps the topics its transaction changed (``Session.info``), and the
#: feed that names this process in its notifications.
CHANGED = "pos_changed"
FEED = "pos_feed"

PRODUCTS = "products"  #: names, prices, categories, active flags
STOCK = "stock"  #: quantities on hand and their movements
CUSTOMERS = "customers"  #: customer accounts, wallets and their ledgers
STAFF = "staff"  #: staff accounts
SALES = "sales"  #: sales, refunds, day closings
REVIEWS = "reviews"
PARKED = "parked"  #: parked carts
AUDIT = "audit"
PRICING = "pricing"  #: tax rates, the store's pricing settings, promotions
TOPICS = frozenset({PRODUCTS, STOCK, CUSTOMERS, STAFF, SALES, REVIEWS, PARKED, AUDIT, PRICING})

#: Which topics a written row of each table changes.
TABLE_TOPICS: dict[str, frozenset[str]] = {
    "products": frozenset({PRODUCTS, STOCK}),
    "categories": frozenset({PRODUCTS, PRICING}),  # a category names its tax rate
    "stock_movements": frozenset({STOCK}),
    "wallets": frozenset({CUSTOMERS}),
    "wallet_entries": frozenset({CUSTOMERS}),
    "sales": frozenset({SALES}),
    "sale_lines": frozenset({SALES}),
    "sale_payments": frozenset({SALES}),
    "refunds": frozenset({SALES}),
    "refund_lines": frozenset({SALES}),
    "day_closings": frozenset({SALES}),
    "shifts": frozenset({SALES}),
    "cash_movements": frozenset({SALES}),
    "reviews": frozenset({REVIEWS}),
    "parked_carts": frozenset({PARKED}),
    "audit_entries": frozenset({AUDIT}),
    "tax_rates": frozenset({PRICING}),
    "store_settings": frozenset({PRICING}),
    "promotions": frozenset({PRICING}),
    "promotion_products": frozenset({PRICING}),
}

Subscriber = Callable[[frozenset[str]], None]

#: A counter selling fast tells the others at most once in this many seconds: PostgreSQL
#: commits the transactions that NOTIFY one at a time (a lock held through the commit's
#: disk write), which took a third off 8 counters' sales per second. A sale after a quiet
#: moment tells them at once; one within the window holds its topics back, and they go
#: out together when the window ends (``ChangeFeed.notice``).
NOTICE_WINDOW_S = 0.5


class ChangeFeed:
    """Publish topics to subscribers, from any thread."""

    def __init__(self) -> None:
        #: Names this process in its notifications, so its listener skips its own.
        self.origin = uuid.uuid4().hex[:16]
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []
        #: Sends a payload to the other counters on its own (``Database`` sets it on
        #: PostgreSQL); the held topics of ``notice`` go out through it.
        self.send: Callable[[str], None] | None = None
        self._sent_at: float | None = None  # time.monotonic() of the last notice
        self._held: set[str] = set()
        self._timer: threading.Timer | None = None

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(topics)`` after every change; returns the unsubscribe."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, topics: Iterable[str]) -> None:
        changed = frozenset(topics) & TOPICS
        if not changed:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changed)
            except Exception:  # a screen's refresh must never undo a committed write
                log.exception("a change subscriber failed")

    def payload(self, topics: Iterable[str]) -> str:
        """The NOTIFY payload: ``origin:topic,topic``."""
        return f"{self.origin}:{','.join(sorted(set(topics) & TOPICS))}"

    def notice(self, topics: Iterable[str]) -> str | None:
        """The payload a sale sends with its own statement, or None when a notice went out
        less than ``NOTICE_WINDOW_S`` ago: the topics are then held and sent when the
        window ends (even if this sale is refused: the others only refresh for nothing)."""
        now = time.monotonic()
        with self._lock:
            quiet = self._sent_at is None or now - self._sent_at >= NOTICE_WINDOW_S
            if self.send is None or (not self._held and quiet):
                self._sent_at = now
                return self.payload(topics)
            self._held.update(topics)
            if self._timer is None:
                wait = max(0.0, (self._sent_at or now) + NOTICE_WINDOW_S - now)
                self._timer = threading.Timer(wait, self.send_held)
                self._timer.daemon = True
                self._timer.start()
            return None

    def send_held(self) -> None:
        """Send the topics ``notice`` held back, if any (the window's end, or closing)."""
        with self._lock:
            topics, self._held = self._held, set()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._sent_at = time.monotonic()
            send = self.send
        if topics and send is not None:
            try:
                send(self.payload(topics))
            except Exception as exc:  # the others refresh later; no write is undone
                log.warning("could not tell the other counters what changed: %s", exc)

    def receive(self, payload: str) -> None:
        """Publish a notification another process sent; our own are already published."""
        origin, _, names = payload.partition(":")
        if origin != self.origin:
            self.publish(name for name in names.split(",") if name)
