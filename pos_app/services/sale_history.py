"""Sales as recorded: one sale, the history a page at a time, and the figures of the
Reports tab. Checkout (``sales``) writes them."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from pos_app.data import models
from pos_app.data.repositories.sale_writer import SaleLineWrite, SaleWrite
from pos_app.data.repositories.sales import sale_key
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import PaymentMethod, Role, SaleStatus
from pos_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError, shown
from pos_app.domain.money import from_cents
from pos_app.services.base import Service, check_id, check_page
from pos_app.services.paging import check_after, read_keyed
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import (
    AccountId,
    Actor,
    DailyTotal,
    Page,
    Payment,
    ProductId,
    Sale,
    SaleId,
    SaleLine,
    TopProduct,
)
from pos_app.services.report_records import TaxTotal
from pos_app.services.taxes import E4


def clean_uuid(value: object) -> str:
    try:
        return str(uuidlib.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise ValidationError(f"Not a sale number: {shown(value)}", "sale_uuid") from None


#: A counter number as an offline receipt prints it (issue 15): "T1-000042" (no control
#: character or lone surrogate, which no database column holds).
COUNTER_NUMBER = re.compile(
    r"[^\s\x00-\x1f\x7f\ud800-\udfff][^\x00-\x1f\x7f\ud800-\udfff]{0,32}-[0-9]{6,12}"
)


def lookup_key(value: object) -> tuple[str, str]:
    """("uuid", the UUID) or else ("number", a counter number), or ValidationError. A
    UUID is read first: its last group may be all digits, like a counter number's."""
    try:
        return "uuid", clean_uuid(value)
    except ValidationError:
        text = value.strip() if isinstance(value, str) else ""
        if COUNTER_NUMBER.fullmatch(text):
            return "number", text
        raise


#: A sale line as written, or about to be (the sale's plan, before it is written).
PricedLine = models.SaleLine | SaleLineWrite
#: A sale's figures as written, or about to be.
PricedSale = models.Sale | SaleWrite


def line_record(line: PricedLine, name: str, line_id: int, returned: int) -> SaleLine:
    return SaleLine(
        product_id=ProductId(line.product_id),
        product_name=name,
        quantity=line.quantity,
        unit_price=from_cents(line.unit_price_cents),
        line_total=from_cents(line.quantity * line.unit_price_cents),
        line_id=line_id,
        returned=returned,
        paid=from_cents(line.paid_cents),
        tax=from_cents(line.tax_cents),
        tax_name=line.tax_name,
        tax_percent=Decimal(line.tax_percent_e4) / E4,
        promotion_name=line.promotion_name,
        promotion=from_cents(line.promotion_cents),
        discount=from_cents(line.discount_cents + line.cart_discount_cents),
        discount_reason=line.discount_reason,
    )


def tax_totals(lines: Iterable[PricedLine]) -> tuple[TaxTotal, ...]:
    """The receipt's summary: the lines' net and tax by rate, highest rate first, exempt
    last. Lines sold without a rate have no row."""
    sums: dict[tuple[bool, int, str], list[int]] = {}
    for line in lines:
        if line.tax_name:
            key = (line.tax_exempt, -line.tax_percent_e4, line.tax_name)
            net_and_tax = sums.setdefault(key, [0, 0])
            net_and_tax[0] += line.paid_cents - line.tax_cents
            net_and_tax[1] += line.tax_cents
    return tuple(
        TaxTotal(name, Decimal(-minus_e4) / E4, exempt, from_cents(net), from_cents(tax))
        for (exempt, minus_e4, name), (net, tax) in sorted(sums.items())
    )


def pricing_fields(
    sale: PricedSale, lines: Iterable[PricedLine], tax_number: str
) -> dict[str, Any]:
    """The tax, discount and rounding fields of a Sale record."""
    return {
        "tax_number": tax_number,
        "tax": from_cents(sale.tax_cents),
        "taxes": tax_totals(lines),
        "discount": from_cents(sale.discount_cents),
        "promotion": from_cents(sale.promotion_cents),
        "cash_rounding": from_cents(sale.cash_rounding_cents),
        "prices_include_tax": sale.prices_include_tax,
        "discount_reason": sale.discount_reason,
    }


def payment_record(
    method: str,
    cents: int,
    tendered_cents: int | None = None,
    change_cents: int | None = None,
    reference: str | None = None,
) -> Payment:
    return Payment(
        method=PaymentMethod(method),
        amount=from_cents(cents),
        tendered=None if tendered_cents is None else from_cents(tendered_cents),
        change=None if change_cents is None else from_cents(change_cents),
        reference=reference or None,
    )


def existing_sale(tx: Transaction, sale_uuid: str) -> Sale | None:
    """The sale recorded under this UUID, once no send of it is still running."""
    tx.sales.wait_for(sale_uuid)
    sale = tx.sales.by_uuid(sale_uuid)
    return None if sale is None else sale_record(tx, sale)


def sale_record(tx: Transaction, sale: models.Sale) -> Sale:
    return sale_records(tx, [sale])[0]


def sale_records(tx: Transaction, sales: list[models.Sale]) -> list[Sale]:
    ids = [s.id for s in sales]
    lines, payments, balances = tx.sales.details(ids)
    returned = tx.refunds.returned_quantities(
        [line.id for group in lines.values() for line in group]
    )
    refunded = tx.refunds.totals(ids)
    people = tx.accounts.usernames([s.customer_id for s in sales] + [s.cashier_id for s in sales])
    tax_number = tx.pricing.settings().get("tax_number", "")
    numbers = tx.offline_sales.numbers(ids)  # synced offline sales keep their number
    out = []
    for sale in sales:
        out.append(
            Sale(
                id=SaleId(sale.id),
                uuid=sale.uuid,
                customer_id=AccountId(sale.customer_id) if sale.customer_id else None,
                customer_username=people.get(sale.customer_id) if sale.customer_id else None,
                cashier_username=people.get(sale.cashier_id) if sale.cashier_id else None,
                counter=sale.counter,
                created_at=sale.created_at,
                total=from_cents(sale.total_cents),
                status=SaleStatus(sale.status),
                lines=tuple(
                    line_record(line, line.product_name, line.id, returned.get(line.id, 0))
                    for line in lines[sale.id]
                ),
                payments=tuple(
                    payment_record(
                        p.method, p.amount_cents, p.tendered_cents, p.change_cents, p.reference
                    )
                    for p in payments[sale.id]
                ),
                wallet_balance_after=(
                    from_cents(balances[sale.id]) if sale.id in balances else None
                ),
                refunded=from_cents(refunded.get(sale.id, 0)),
                voided_at=sale.voided_at,
                void_reason=sale.void_reason,
                counter_number=numbers.get(sale.id),
                **pricing_fields(sale, lines[sale.id], tax_number),
            )
        )
    return out


class SalesHistory(Service):
    """Read what was sold: a sale, the history, the daily totals and best sellers."""

    def get(self, actor: Actor | None, sale_id: int) -> Sale:
        """One sale by its number (a customer: only their own)."""
        checked = authorize(actor, Op.SALE_HISTORY)
        row_id = check_id(sale_id, "Sale")

        def work(tx: Transaction) -> Sale:
            sale = tx.get(models.Sale, row_id)
            hidden = (
                checked.role is Role.CUSTOMER
                and sale is not None
                and (sale.customer_id != checked.account_id)
            )
            if sale is None or hidden:
                raise NotFoundError(f"Sale {row_id} not found")
            return sale_record(tx, sale)

        return self._db.read(work)

    def find_sale(self, actor: Actor | None, sale_uuid: str) -> Sale | None:
        """The sale with this UUID, or None: how a counter learns an unknown outcome. A
        counter number ("T1-000042") finds the offline sale synced under it (issue 15),
        as a return looks up the sale its receipt names."""
        checked = authorize(actor, Op.SALE_HISTORY)
        kind, key = lookup_key(sale_uuid)

        def work(tx: Transaction) -> Sale | None:
            if kind == "number":
                found = tx.offline_sales.sale_numbered(key)
                row = None if found is None else tx.get(models.Sale, found)
                sale = None if row is None else sale_record(tx, row)
            else:
                sale = existing_sale(tx, key)
            if sale is None or (
                checked.role is Role.CUSTOMER and sale.customer_id != checked.account_id
            ):
                return None
            return sale

        return self._db.read(work)

    def daily_totals(
        self, actor: Actor | None, first: date, last: date, zone: tzinfo
    ) -> list[DailyTotal]:
        """One entry per local day from ``first`` to ``last`` inclusive, empty days too."""
        authorize(actor, Op.SALE_REPORTS)
        for name, day in (("first", first), ("last", last)):
            if not isinstance(day, date) or isinstance(day, datetime):
                raise ValidationError(f"The {name} day must be a date", name)
        if not isinstance(zone, tzinfo):
            raise ValidationError("A time zone is needed", "zone")
        if last < first or (last - first).days > 366 or last >= date.max - timedelta(days=1):
            raise ValidationError("Choose a period of at most a year, first day first", "period")
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        # Where each local day starts, and where the last one ends.
        bounds = [
            datetime.combine(day, datetime.min.time(), zone)
            for day in (*days, last + timedelta(days=1))
        ]
        sums = {row[0]: row[1:] for row in self._db.read(lambda tx: tx.reports.daily_sums(bounds))}
        totals = []
        for n, day in enumerate(days):
            count, total, net, tax, discount, promotion = sums.get(n, (0, 0, 0, 0, 0, 0))
            totals.append(
                DailyTotal(
                    day,
                    count,
                    from_cents(total),
                    net=from_cents(net),
                    tax=from_cents(tax),
                    discount=from_cents(discount),
                    promotion=from_cents(promotion),
                )
            )
        return totals

    def top_products(
        self, actor: Actor | None, since: datetime, until: datetime, limit: int = 10
    ) -> list[TopProduct]:
        """Best sellers by units in [since, until): the units the period's sales sold and
        what they charged for them (after promotions and discounts, tax included), less
        what was returned of those sales."""
        authorize(actor, Op.SALE_REPORTS)
        count = rules.integer(limit, "limit", "Number of products", 1, 100)
        since = rules.moment(since, "since", "From")
        until = rules.moment(until, "until", "Until")

        def work(tx: Transaction) -> list[TopProduct]:
            return [
                TopProduct(ProductId(pid), name, units, from_cents(cents))
                for pid, name, units, cents in tx.reports.top_products(since, until, count)
            ]

        return self._db.read(work)

    def cashiers(self, actor: Actor | None) -> list[tuple[int, str]]:
        """(id, username) of everyone who has rung up a sale: the Sales filter's choices."""
        authorize(actor, Op.SALE_REPORTS)
        return self._db.read(lambda tx: tx.accounts.cashiers())

    def history(
        self,
        actor: Actor | None,
        *,
        customer_id: int | None = None,
        cashier_id: int | None = None,
        product_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
        after: object = None,
    ) -> Page[Sale]:
        """Sales, newest first; a customer sees only their own purchases. ``after``: a
        page's ``next_after``, for the page that follows it (same filters)."""
        checked = authorize(actor, Op.SALE_HISTORY)
        if checked.role is Role.CUSTOMER:
            own = customer_id is None or (
                isinstance(customer_id, int) and customer_id == checked.account_id
            )
            if not own:
                raise PermissionDeniedError("Customers can only see their own purchases")
            customer_id = checked.account_id
        since = rules.optional_moment(since, "since", "From")
        until = rules.optional_moment(until, "until", "Until")
        customer_id = None if customer_id is None else check_id(customer_id, "Customer")
        cashier_id = None if cashier_id is None else check_id(cashier_id, "Cashier")
        product_id = None if product_id is None else check_id(product_id, "Product")
        offset, limit = check_page(offset, limit)
        start = check_after(after, "created", True, 2)
        return read_keyed(
            self._read_page,
            offset,
            limit,
            lambda tx: tx.sales.page(
                customer_id, cashier_id, product_id, since, until, offset, limit, start
            ),
            sale_records,
            sale_key,
            "created",
            True,
        )
