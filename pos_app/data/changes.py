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


class ChangeFeed:
    """Publish topics to subscribers, from any thread."""

    def __init__(self) -> None:
        #: Names this process in its notifications, so its listener skips its own.
        self.origin = uuid.uuid4().hex[:16]
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

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

    def receive(self, payload: str) -> None:
        """Publish a notification another process sent; our own are already published."""
        origin, _, names = payload.partition(":")
        if origin != self.origin:
            self.publish(name for name in names.split(",") if name)
