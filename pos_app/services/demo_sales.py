"""The sales of the bulk demo data (``pos_app.services.demo_bulk``): a year of trade
priced by the checkout's rules and written a batch per transaction, each batch with its
lines, stock movements, payments, wallet debits and audit rows, and the stock and wallet
balances they moved."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from itertools import islice
from typing import Any

from pos_app.data.changes import AUDIT, CUSTOMERS, SALES, STOCK
from pos_app.data.repositories.bulk import BulkWriter
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import (
    AuditAction,
    PaymentMethod,
    SaleStatus,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.money import from_cents
from pos_app.domain.pricing import CartItem, price_cart
from pos_app.services.demo_bulk import BATCH, BulkDemo
from pos_app.services.sale_pricing import NO_TAX, PricingBook, cash_part, line_write

#: Products whose tax rate one query reads (SQLite allows 32,766 parameters).
PLACE_CHUNK = 5_000
COUNTERS = ("Demo counter", "Demo counter 2", "Demo counter 3")
#: Monday .. Sunday, and December's extra trade.
WEEKDAY_TRADE = (0.8, 0.85, 0.9, 1.0, 1.3, 1.6, 0.7)
DECEMBER_TRADE = 1.5
OPEN_HOURS = (8, 20)


def sale_times(rng: random.Random, count: int, days: int, today: datetime) -> Iterator[datetime]:
    """``count`` moments in the ``days`` whole days before ``today`` (midnight UTC), in
    order: more on busy weekdays and in December, within the opening hours."""
    first = today - timedelta(days=days)
    weights = []
    for n in range(days):
        day = first + timedelta(days=n)
        season = DECEMBER_TRADE if day.month == 12 else 1.0
        weights.append(WEEKDAY_TRADE[day.weekday()] * season * rng.uniform(0.85, 1.15))
    scale = count / sum(weights)
    counts = [int(weight * scale) for weight in weights]
    counts[max(range(days), key=weights.__getitem__)] += count - sum(counts)
    opening, closing = (hour * 3600 for hour in OPEN_HOURS)
    for n, many in enumerate(counts):
        day = first + timedelta(days=n)
        for second in sorted(rng.uniform(opening, closing) for _ in range(many)):
            yield day + timedelta(seconds=second)


@dataclass
class Catalogue:
    """What the sales sell from, by position: product ids, names, prices, stock on hand."""

    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    prices: list[int] = field(default_factory=list)
    stock: list[int] = field(default_factory=list)


@dataclass
class SalePlan:
    """One sale as priced, before it has an id."""

    at: datetime
    uuid: str
    counter: str
    customer: int | None  #: position in the run's customers
    lines: list[Any]  #: SaleLineWrite, in product-id order
    names: list[str]
    total: int
    tax: int
    promotion: int
    rounding: int
    paid: dict[str, int]  #: payment method -> cents
    tendered: int | None
    reference: str | None
    balance_after: int | None


def add_sales(run: BulkDemo, count: int) -> int:
    """Up to ``count`` sales of the store's catalogue over ``run.days`` days (fewer if it
    sells out); how many were made."""
    return BulkSales(run).add(count)


class BulkSales:
    """The sales of one bulk run: planned in memory a batch at a time, then written."""

    def __init__(self, run: BulkDemo) -> None:
        self.run = run

    def add(self, count: int) -> int:
        """Up to ``count`` sales (fewer if the catalogue sells out); how many were made."""
        catalogue = self.run.db.read(read_catalogue)
        if not catalogue.ids or count <= 0:
            return 0
        book = PricingBook()
        priced_by = self.run.db.read(lambda tx: book.current(tx, self.run.opened, trusted=True))
        times = sale_times(self.run.rng, count, self.run.days, self.run.today)
        made = 0
        while batch := list(islice(times, BATCH)):
            picks = [self._pick(catalogue) for _ in batch]
            wanted = sorted({catalogue.ids[pos] for lines in picks for pos, _, _ in lines})
            placed: dict[int, tuple[str, Any]] = {}
            for start in range(0, len(wanted), PLACE_CHUNK):
                chunk = wanted[start : start + PLACE_CHUNK]
                placed.update(self.run.db.read(partial(priced_by.place, product_ids=chunk)))
            plans = [
                self._plan(at, lines, catalogue, priced_by, placed)
                for at, lines in zip(batch, picks, strict=True)
                if lines
            ]
            self.run.write(partial(self._sales, plans=plans), SALES, STOCK, CUSTOMERS, AUDIT)
            made += len(plans)
        return made

    def _pick(self, catalogue: Catalogue) -> list[tuple[int, int, int]]:
        """1 to 4 products in stock (popular ones more often): (position, quantity, stock
        after), the stock taken off in memory."""
        rng, stock, size = self.run.rng, catalogue.stock, len(catalogue.ids)
        chosen: dict[int, tuple[int, int]] = {}
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            quantity = 1 if roll < 0.85 else 2 if roll < 0.95 else 3
            for _attempt in range(5):
                pos = int(size * rng.random() ** 2)
                if pos not in chosen and stock[pos] >= quantity:
                    stock[pos] -= quantity
                    chosen[pos] = (quantity, stock[pos])
                    break
        return sorted((pos, q, after) for pos, (q, after) in chosen.items())

    def _plan(
        self,
        at: datetime,
        picked: list[tuple[int, int, int]],
        catalogue: Catalogue,
        priced_by: Any,
        placed: dict[int, tuple[str, Any]],
    ) -> SalePlan:
        rng, ids = self.run.rng, catalogue.ids
        items = []
        for pos, quantity, _after in picked:
            category, rate = placed.get(ids[pos], ("", NO_TAX))
            items.append(CartItem(ids[pos], quantity, catalogue.prices[pos], rate, category))
        product_ids = [item.product_id for item in items]
        promotions = priced_by.promotions(product_ids, {item.category for item in items})
        priced = price_cart(items, priced_by.settings.rules, at=at, promotions=promotions)
        total = priced.total_cents
        customer = (
            rng.randrange(len(self.run.people)) if self.run.people and rng.random() < 0.7 else None
        )
        wallet = card = 0
        balance_after = None
        if customer is not None and rng.random() >= 0.4 and self.run.balances[customer] >= total:
            wallet = total
            self.run.balances[customer] -= total
            balance_after = self.run.balances[customer]
        if total - wallet and rng.random() < 0.3:
            card = total - wallet
        cash, rounding = cash_part(total - wallet - card, priced_by.settings)
        tendered = None
        if cash:
            tendered = cash if rng.random() < 0.5 else -(-cash // 500) * 500
        if customer is not None:
            for product_id in product_ids:
                if len(self.run.bought) < self.run.bought_max:
                    self.run.bought.append((customer, product_id, at))
        return SalePlan(
            at=at,
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            counter=rng.choice(COUNTERS),
            customer=customer,
            lines=[line_write(line) for line in priced.lines],
            names=[catalogue.names[pos] for pos, _, _ in picked],
            total=total,
            tax=priced.tax_cents,
            promotion=priced.promotion_cents,
            rounding=rounding,
            paid={"wallet": wallet, "cash": cash, "card": card},
            tendered=tendered,
            reference=f"{rng.randint(0, 9999):04d}" if card else None,
            balance_after=balance_after,
        )

    def _sales(self, tx: Transaction, plans: list[SalePlan]) -> None:
        actor_id, people = self.run.actor.account_id, self.run.people
        cashiers = self.run.cashier_ids
        sales, lines, movements, payments, entries, audit = [], [], [], [], [], []
        sold: dict[int, int] = {}
        spent: dict[int, int] = {}
        bulk = BulkWriter(tx)
        # Each movement and ledger row's running balance from the figures as they are now
        # (locked): a sale or a top-up made since the catalogue was read is counted.
        stock = bulk.held("products", "stock", (x.product_id for p in plans for x in p.lines))
        wallets = (people[p.customer][2] for p in plans if p.customer is not None)
        balances = bulk.held("wallets", "balance_cents", wallets)
        for plan, sale_id in zip(plans, bulk.take_ids("sales", len(plans)), strict=True):
            sales.append(
                {
                    "id": sale_id,
                    "uuid": plan.uuid,
                    "customer_id": None
                    if plan.customer is None
                    else self.run.people[plan.customer][0],
                    "cashier_id": cashiers[sale_id % len(cashiers)] if cashiers else actor_id,
                    "counter": plan.counter,
                    "created_at": plan.at,
                    "total_cents": plan.total,
                    "status": SaleStatus.COMPLETED.value,
                    "net_cents": plan.total - plan.tax,
                    "tax_cents": plan.tax,
                    "discount_cents": 0,
                    "promotion_cents": plan.promotion,
                    "cash_rounding_cents": plan.rounding,
                    "prices_include_tax": self.run.prices_include_tax,
                    "discount_reason": "",
                    "discount_authorised_by_id": None,
                    "shift_id": None,
                    "voided_at": None,
                    "voided_by_id": None,
                    "void_reason": "",
                }
            )
            for line, name in zip(plan.lines, plan.names, strict=True):
                stock[line.product_id] -= line.quantity
                lines.append(
                    {
                        "sale_id": sale_id,
                        "product_id": line.product_id,
                        "product_name": name,
                        "quantity": line.quantity,
                        "unit_price_cents": line.unit_price_cents,
                        "line_total_cents": line.gross_cents,
                        "promotion_name": line.promotion_name,
                        "promotion_cents": line.promotion_cents,
                        "discount_cents": line.discount_cents,
                        "cart_discount_cents": line.cart_discount_cents,
                        "discount_reason": line.discount_reason,
                        "tax_name": line.tax_name,
                        "tax_percent_e4": line.tax_percent_e4,
                        "tax_exempt": line.tax_exempt,
                        "net_cents": line.net,
                        "tax_cents": line.tax_cents,
                        "paid_cents": line.paid_cents,
                    }
                )
                movements.append(
                    {
                        "product_id": line.product_id,
                        "kind": StockMovementKind.SALE.value,
                        "quantity": -line.quantity,
                        "stock_after": stock[line.product_id],
                        "actor_id": actor_id,
                        "sale_id": sale_id,
                        "reason": "Sale",
                        "created_at": plan.at,
                    }
                )
                sold[line.product_id] = sold.get(line.product_id, 0) + line.quantity
            payments.extend(self._payments(plan, sale_id))
            wallet = plan.paid["wallet"]
            if wallet:
                assert plan.customer is not None and plan.balance_after is not None
                wallet_id = people[plan.customer][2]
                spent[wallet_id] = spent.get(wallet_id, 0) + wallet
                balances[wallet_id] -= wallet
                entries.append(
                    {
                        "wallet_id": wallet_id,
                        "kind": WalletEntryKind.PURCHASE.value,
                        "amount_cents": -wallet,
                        "balance_after_cents": balances[wallet_id],
                        "actor_id": actor_id,
                        "sale_id": sale_id,
                        "reason": "Purchase",
                        "payment_method": None,
                        "counter": "",
                        "created_at": plan.at,
                        "shift_id": None,
                    }
                )
            paid = ", ".join(
                f"{method} {from_cents(cents):.2f}" for method, cents in plan.paid.items() if cents
            )
            detail = f"sale {sale_id}: {from_cents(plan.total):.2f} ({paid})"
            audit.append(self.run.audit(plan.at, AuditAction.SALE, "sale", plan.uuid, detail))
        for table, rows in (
            ("sales", sales),
            ("sale_lines", lines),
            ("stock_movements", movements),
            ("sale_payments", payments),
            ("wallet_entries", entries),
            ("audit_entries", audit),
        ):
            bulk.insert(table, rows)
        bulk.take_stock(sold)
        bulk.take_from_wallets(spent)

    @staticmethod
    def _payments(plan: SalePlan, sale_id: int) -> list[dict[str, Any]]:
        rows = []
        for method, cents in plan.paid.items():
            if not cents:
                continue
            cash = method == PaymentMethod.CASH.value
            rows.append(
                {
                    "sale_id": sale_id,
                    "method": method,
                    "amount_cents": cents,
                    "tendered_cents": plan.tendered if cash else None,
                    "change_cents": (plan.tendered or 0) - cents if cash else None,
                    "reference": plan.reference if method == PaymentMethod.CARD.value else None,
                }
            )
        return rows


def read_catalogue(tx: Transaction) -> Catalogue:
    """The products a till may sell now, in id order."""
    catalogue = Catalogue()
    for product_id, name, price, stock in BulkWriter(tx).sellable():
        catalogue.ids.append(product_id)
        catalogue.names.append(name)
        catalogue.prices.append(price)
        catalogue.stock.append(stock)
    return catalogue
