"""How a sale reads in the Sales history: the columns of sales, their lines and payments."""

from __future__ import annotations

from pos_app.services.records import Payment, Sale, SaleLine
from pos_app.ui.sales.void_sale import void_mark
from pos_app.ui.table_model import Column

WALK_IN = "walk-in"


def paid_by(sale: Sale) -> str:
    """ "wallet", "cash" or "split": how the history reads a sale's payments."""
    methods = {p.method for p in sale.payments if p.amount > 0}
    if len(methods) > 1:
        return "split"
    return next(iter(methods)).value if methods else ""


def item_count(sale: Sale) -> int:
    return sum(line.quantity for line in sale.lines)


def short_number(sale: Sale) -> str:
    """The sale's number as the banner, the receipt and the return lookup say it; the
    UUID stays internal (the receipt's small print, the CSV)."""
    return str(sale.id)


SALE_COLUMNS: list[Column[Sale]] = [
    Column("Time", lambda s: s.created_at),
    Column("Sale", lambda s: f"{short_number(s)} {void_mark(s)}".strip()),
    Column("Customer", lambda s: s.customer_username or WALK_IN),
    Column("Cashier", lambda s: s.cashier_username),
    Column("Counter", lambda s: s.counter),
    Column("Items", item_count, numeric=True),
    Column("Total", lambda s: s.total, numeric=True),
    Column("Refunded", lambda s: s.refunded or None, numeric=True),
    Column("Net", lambda s: s.net, numeric=True),
    Column("Paid by", paid_by),
    Column("Tax", lambda s: s.tax or None, numeric=True),
    Column("Discounts", lambda s: (s.discount + s.promotion) or None, numeric=True),
]
LINE_COLUMNS: list[Column[SaleLine]] = [
    Column("Product", lambda line: line.product_name),
    Column("Qty", lambda line: line.quantity, numeric=True),
    Column("Unit price", lambda line: line.unit_price, numeric=True),
    Column("Line total", lambda line: line.line_total, numeric=True),
    Column("Off", lambda line: (line.promotion + line.discount) or None, numeric=True),
    Column("Tax", lambda line: line.tax or None, numeric=True),
    Column("Paid", lambda line: line.charged, numeric=True),
]
PAYMENT_COLUMNS: list[Column[Payment]] = [
    Column("Method", lambda p: p.method),
    Column("Amount", lambda p: p.amount, numeric=True),
    Column("Tendered", lambda p: p.tendered, numeric=True),
    Column("Change", lambda p: p.change, numeric=True),
    Column("Reference", lambda p: p.reference or ""),
]
