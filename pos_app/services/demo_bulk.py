"""Demo data in bulk: a big store's catalogue, customers and a year of sales in minutes.

``DemoDataService.generate`` makes a small store through the services, one transaction
per sale. At a million products that would take hours, so above a size it comes here.
The rows are the same kinds: products with their opening stock movement and the import's
audit row, customers with a wallet, a top-up and its audit row, sales priced by the same
rules (``price_cart``, ``line_write``, ``cash_part``) with their lines, stock movements,
wallet debits, payments and audit rows, and moderated reviews. They are written with
SQLAlchemy Core executemany into the models' tables, a batch per transaction, and each
batch keeps the ledgers' invariants when it commits: a product's stock is the sum of its
movements, a wallet's balance the sum of its entries, a sale's total the sum of its
lines. On SQLite the FTS5 triggers of migration 0009 index the names as they go in.

The sales are spread over the ``days`` whole days before today (UTC), busier on Fridays
and Saturdays and in December, between 08:00 and 20:00. Ids of the rows other rows name
are taken inside each batch's transaction (SQLite: after the largest, under the write
lock; PostgreSQL: from the table's sequence). Stock and balances are changed by the
amounts sold, so a sale made meanwhile is not lost, but the figures each movement
records assume nobody else sells while the demo data goes in.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from pos_app.data import models
from pos_app.data.changes import AUDIT, CUSTOMERS, PRODUCTS, REVIEWS, STOCK
from pos_app.data.database import Database
from pos_app.data.repositories.bulk import BulkWriter
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    MaritalStatus,
    ReviewStatus,
    Role,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.money import from_cents
from pos_app.domain.rules import natural_sort_key
from pos_app.services.records import Actor

#: Products, customers or sales per transaction.
BATCH = 10_000
COMMENTS = ("Great value", "Does the job", "Would buy again", "Not as pictured", "")


class BulkDemo:
    """One bulk run: ``add_products``, ``add_customers``, then ``demo_sales.add_sales``,
    then ``add_reviews``; what they share (the customers made, their balances, what they
    bought)."""

    def __init__(self, db: Database, actor: Actor, rng: random.Random, days: int) -> None:
        self.db = db
        self.actor = actor
        self.rng = rng
        self.days = max(1, days)
        now = models.utcnow()
        self.today = datetime(now.year, now.month, now.day, tzinfo=UTC)
        #: Customers and their top-ups predate the first sale.
        self.opened = self.today - timedelta(days=self.days + 1)
        #: The run's customers: (account id, username, wallet id), and their balances.
        self.people: list[tuple[int, str, int]] = []
        self._made: list[tuple[int, str, int]] = []
        self.balances: list[int] = []
        #: (customer position, product id, when) of purchases, for the reviews.
        self.bought: list[tuple[int, int, datetime]] = []
        self.bought_max = 0
        self.prices_include_tax = True
        #: Who rang up the sales, in turn (none: the sales name no cashier).
        self.cashier_ids: list[int] = []

    # -- rows shared by every phase --------------------------------------------------------
    def audit(
        self, at: datetime, action: AuditAction, kind: str, key: object, detail: str
    ) -> dict[str, Any]:
        return {
            "created_at": at,
            "actor_id": self.actor.account_id,
            "actor_username": self.actor.username[:64],
            "action": action.value,
            "outcome": AuditOutcome.OK.value,
            "counter": self.actor.counter[:64],
            "record_type": kind,
            "record_id": str(key),
            "detail": detail[:500],
        }

    def write(self, work: Callable[[Transaction], None], *topics: str) -> None:
        def run(tx: Transaction) -> None:
            tx.touch(*topics)
            work(tx)

        self.db.write(run)

    def analyze(self) -> None:
        """The planner's statistics after the load (PostgreSQL; see BulkWriter.analyze)."""
        self.db.write(lambda tx: BulkWriter(tx).analyze())

    # -- products -------------------------------------------------------------------------
    def add_products(
        self,
        count: int,
        first_number: int,
        categories: Sequence[str],
        nouns: Callable[[str], Sequence[str]],
        adjectives: Sequence[str],
    ) -> int:
        rng = self.rng
        for start in range(0, count, BATCH):
            rows: list[dict[str, Any]] = []
            for n in range(first_number + start, first_number + min(start + BATCH, count)):
                category = categories[n % len(categories)]
                name = f"{rng.choice(adjectives)} {rng.choice(nouns(category))} {n}"
                rows.append(
                    {
                        "name": name,
                        "name_key": natural_sort_key(name),
                        "category": category,
                        "price_cents": rng.randint(99, 19999),
                        "description": f"Demo product number {n}",
                        "stock": rng.randint(0, 200) if n % 17 else rng.randint(0, 4),
                        "barcode": f"200{n:010d}",
                        "active": True,
                        "variable_price": False,
                        "tax_rate_id": None,
                        "created_at": self.opened,
                        "updated_at": self.opened,
                    }
                )
            self.write(partial(self._products, rows=rows), PRODUCTS, STOCK, AUDIT)
        return count

    def _products(self, tx: Transaction, rows: list[dict[str, Any]]) -> None:
        bulk = BulkWriter(tx)
        for row, product_id in zip(rows, bulk.take_ids("products", len(rows)), strict=True):
            row["id"] = product_id
        bulk.insert("products", rows)
        movements = [
            {
                "product_id": row["id"],
                "kind": StockMovementKind.ADJUSTMENT.value,
                "quantity": row["stock"],
                "stock_after": row["stock"],
                "actor_id": self.actor.account_id,
                "sale_id": None,
                "reason": "Imported",
                "created_at": self.opened,
            }
            for row in rows
            if row["stock"]
        ]
        if movements:
            bulk.insert("stock_movements", movements)
        detail = f"imported {len(rows)} products"
        bulk.insert(
            "audit_entries",
            [self.audit(self.opened, AuditAction.PRODUCT_CHANGE, "product", "", detail)],
        )

    # -- customers ------------------------------------------------------------------------
    def add_customers(
        self,
        count: int,
        first_number: int,
        password_hash: str,
        first_names: Sequence[str],
        last_names: Sequence[str],
    ) -> int:
        rng = self.rng
        for start in range(0, count, BATCH):
            rows: list[dict[str, Any]] = []
            top_ups: list[tuple[int, str]] = []
            for n in range(first_number + start, first_number + min(start + BATCH, count)):
                first, last = rng.choice(first_names), rng.choice(last_names)
                john = n == 1
                rows.append(
                    {
                        "username": "johndoe" if john else f"{first.lower()}.{last.lower()}{n}",
                        "name": "John Doe" if john else f"{first} {last}",
                        "age": rng.randint(18, 90),
                        "address": f"{rng.randint(1, 200)} Market Street",
                        "phone": f"06 {rng.randint(0, 99):02d} {n % 10000:04d}",
                        "email": "",
                        "gender": rng.choice(("female", "male", "")),
                        "marital_status": rng.choice(list(MaritalStatus)).value,
                        "role": Role.CUSTOMER.value,
                        "password_hash": password_hash,
                        "active": True,
                        "failed_sign_ins": 0,
                        "locked_until": None,
                        "created_at": self.opened,
                    }
                )
                top_ups.append((rng.choice((20, 50, 100, 250)) * 100, rng.choice(("cash", "card"))))
            self.write(partial(self._customers, rows=rows, top_ups=top_ups), CUSTOMERS, AUDIT)
            # Kept once committed: a transaction run again takes its ids again.
            self.people.extend(self._made)
            self.balances.extend(cents for cents, _method in top_ups)
        return count

    def _customers(
        self, tx: Transaction, rows: list[dict[str, Any]], top_ups: list[tuple[int, str]]
    ) -> None:
        bulk = BulkWriter(tx)
        account_ids = bulk.take_ids("accounts", len(rows))
        wallet_ids = bulk.take_ids("wallets", len(rows))
        for row, account_id in zip(rows, account_ids, strict=True):
            row["id"] = account_id
        bulk.insert("accounts", rows)
        bulk.insert(
            "wallets",
            [
                {"id": w, "account_id": a, "balance_cents": cents}
                for w, a, (cents, _) in zip(wallet_ids, account_ids, top_ups, strict=True)
            ],
        )
        entries, audit = [], []
        for wallet_id, account_id, (cents, method) in zip(
            wallet_ids, account_ids, top_ups, strict=True
        ):
            entries.append(
                {
                    "wallet_id": wallet_id,
                    "kind": WalletEntryKind.TOP_UP.value,
                    "amount_cents": cents,
                    "balance_after_cents": cents,
                    "actor_id": self.actor.account_id,
                    "sale_id": None,
                    "reason": "Demo top-up",
                    "payment_method": method,
                    "counter": self.actor.counter,
                    "created_at": self.opened,
                    "shift_id": None,
                }
            )
            amount = from_cents(cents)
            detail = f"+{amount:.2f} ({method}) -> {amount:.2f}"
            audit.append(
                self.audit(self.opened, AuditAction.WALLET_TOP_UP, "account", account_id, detail)
            )
        bulk.insert("wallet_entries", entries)
        bulk.insert("audit_entries", audit)
        self._made = [
            (a, str(r["username"]), w)
            for a, r, w in zip(account_ids, rows, wallet_ids, strict=True)
        ]

    # -- reviews --------------------------------------------------------------------------
    def add_reviews(self, count: int) -> int:
        """Reviews by the run's customers of what they bought, most of them moderated."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        done: set[tuple[int, int]] = set()
        for customer, product_id, at in self.bought:
            if len(rows) >= count:
                break
            if (customer, product_id) in done:
                continue
            done.add((customer, product_id))
            written = min(at + timedelta(days=rng.randint(1, 14)), models.utcnow())
            outcome = rng.random()
            status = (
                ReviewStatus.APPROVED
                if outcome < 0.6
                else ReviewStatus.FLAGGED
                if outcome < 0.7
                else ReviewStatus.NEEDS_APPROVAL
            )
            moderated = status is not ReviewStatus.NEEDS_APPROVAL
            rows.append(
                {
                    "customer_id": self.people[customer][0],
                    "product_id": product_id,
                    "rating": rng.randint(1, 5),
                    "comment": rng.choice(COMMENTS),
                    "status": status.value,
                    "created_at": written,
                    "updated_at": written,
                    "moderated_by_id": self.actor.account_id if moderated else None,
                    "moderated_at": written if moderated else None,
                }
            )
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            self.write(partial(self._reviews, rows=chunk), REVIEWS, AUDIT)
        return len(rows)

    def _reviews(self, tx: Transaction, rows: list[dict[str, Any]]) -> None:
        audit = []
        bulk = BulkWriter(tx)
        for row, review_id in zip(rows, bulk.take_ids("reviews", len(rows)), strict=True):
            row["id"] = review_id
            if row["moderated_at"] is not None:
                detail = f"{ReviewStatus.NEEDS_APPROVAL.value} -> {row['status']}"
                at = row["moderated_at"]
                audit.append(
                    self.audit(at, AuditAction.REVIEW_MODERATION, "review", review_id, detail)
                )
        bulk.insert("reviews", rows)
        bulk.insert("audit_entries", audit)
