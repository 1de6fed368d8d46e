"""A sale recorded offline, as its receipt prints it (issues 15 and 17).

The receipt of a sale in this counter's outbox is read back from the outbox itself (the
sale as it will be sent, kept there after it synced) and the counter's copy of the
catalogue (the products' names): so a receipt that did not print, or a crash before it
did, prints later, at this counter, the server there or not. It is headed by the sale's
counter number, which stays final after the sync.

The receipt queue keeps an offline sale's receipt under the negative of its gapless
number (``queue_key``), next to the online sales' numbers, which are positive.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC
from decimal import Decimal

from pos_app.data.catalogue_cache import CatalogueCache
from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.outbox import Outbox, counter_number, from_body
from pos_app.data.repositories.sale_writer import SaleLineWrite, SaleWrite
from pos_app.domain.enums import PaymentMethod, SaleStatus
from pos_app.domain.errors import NotFoundError, PosError
from pos_app.domain.money import from_cents
from pos_app.services.records import Payment, Sale, SaleId, SaleLine
from pos_app.services.report_records import TaxTotal


class OfflineReceiptError(PosError):
    """This counter's own file cannot give an offline sale's receipt back."""


@dataclass(frozen=True)
class OfflineSale:
    """A sale recorded offline, as its receipt shows it, and its counter number."""

    sale: Sale
    counter_number: str


def queue_key(number: str) -> int:
    """The receipt queue's key of offline sale ``number`` ("C1-000042" -> -42)."""
    return -int(number.rsplit("-", 1)[1])


def number_of(counter: str, key: int) -> str:
    """The counter number that ``queue_key`` gave ``key`` at ``counter``."""
    return counter_number(counter, -key)


def offline_sale(file: CounterFile, number: str) -> OfflineSale:
    """The sale recorded offline at this counter under ``number``, as its receipt prints
    it; NotFoundError if this counter's file has no such sale."""
    try:
        row = Outbox(file).by_number(number)
        if row is None:
            raise NotFoundError(f"No sale was recorded offline here as {number}")
        sale = from_body(row.body)
        names = CatalogueCache(file).products([line.product_id for line in sale.lines])
    except CounterFileError as exc:
        raise OfflineReceiptError(f"This counter's offline sales are unavailable ({exc})") from exc
    return OfflineSale(_sale(sale, row.server_sale_id or 0, names, number), number)


def _sale(
    sale: SaleWrite, sale_id: int, products: dict[int, tuple[object, ...]], number: str
) -> Sale:
    def name(line: SaleLineWrite) -> str:
        found = products.get(line.product_id)
        return str(found[1]) if found else f"#{line.product_id}"

    lines = tuple(
        SaleLine(
            product_id=line.product_id,  # type: ignore[arg-type]
            product_name=name(line),
            quantity=line.quantity,
            unit_price=from_cents(line.unit_price_cents),
            line_total=from_cents(line.gross_cents),
            tax=from_cents(line.tax_cents),
            tax_name=line.tax_name,
            promotion_name=line.promotion_name,
            promotion=from_cents(line.promotion_cents),
            paid=from_cents(line.paid_cents),
            discount=from_cents(line.discount_cents + line.cart_discount_cents),
            discount_reason=line.discount_reason,
        )
        for line in sale.lines
    )
    return Sale(
        id=SaleId(sale_id),
        uuid=sale.uuid,
        customer_id=None,
        customer_username=None,
        cashier_username=sale.actor_username or None,
        counter=sale.counter,
        created_at=sale.created_at.astimezone(UTC),
        total=from_cents(sale.total_cents),
        status=SaleStatus.COMPLETED,
        lines=lines,
        payments=_payments(sale),
        tax=from_cents(sum(line.tax_cents for line in sale.lines)),
        taxes=_taxes(sale.lines),
        promotion=from_cents(sale.promotion_cents),
        discount=from_cents(sale.discount_cents),
        discount_reason=sale.discount_reason,
        cash_rounding=from_cents(sale.cash_rounding_cents),
        prices_include_tax=sale.prices_include_tax,
        counter_number=number,
    )


def _payments(sale: SaleWrite) -> tuple[Payment, ...]:
    paid: list[Payment] = []
    if sale.wallet_cents:  # store credit within this counter's lease (issue 15)
        paid.append(Payment(PaymentMethod.WALLET, from_cents(sale.wallet_cents)))
    if sale.card_cents:
        reference = sale.card_reference or None
        paid.append(Payment(PaymentMethod.CARD, from_cents(sale.card_cents), reference=reference))
    if sale.cash_cents or not (sale.card_cents or sale.wallet_cents):
        tendered = sale.tendered_cents
        paid.append(
            Payment(
                PaymentMethod.CASH,
                from_cents(sale.cash_cents),
                None if tendered is None else from_cents(tendered),
                None if tendered is None else from_cents(tendered - sale.cash_cents),
            )
        )
    return tuple(paid)


def _taxes(lines: tuple[SaleLineWrite, ...]) -> tuple[TaxTotal, ...]:
    """The tax summary by rate, from the lines as priced (as the server's sale keeps it)."""
    by_rate: dict[tuple[str, int, bool], list[int]] = defaultdict(lambda: [0, 0])
    for line in lines:
        if line.tax_rate_id is None and not line.tax_name:
            continue
        sums = by_rate[(line.tax_name, line.tax_percent_e4, line.tax_exempt)]
        sums[0] += line.net
        sums[1] += line.tax_cents
    return tuple(
        TaxTotal(name, Decimal(percent) / 10_000, exempt, from_cents(net), from_cents(tax))
        for (name, percent, exempt), (net, tax) in sorted(by_rate.items())
    )
