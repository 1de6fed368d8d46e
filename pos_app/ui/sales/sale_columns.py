"""How a sale reads in the Sales history: the columns of sales, their lines and payments."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from pos_app.domain.money import format_money
from pos_app.services.records import Payment, Sale, SaleLine
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.sales.void_sale import void_mark, void_text
from pos_app.ui.table_model import Column

WALK_IN = "walk-in"


def paid_by(sale: Sale) -> str:
    """ "wallet", "cash" or "split": how the history reads a sale's payments."""
    methods = {p.method for p in sale.payments if p.amount > 0}
    if len(methods) > 1:
        return "split"
    return next(iter(methods)).value if methods else ""


def paid_by_shown(sale: Sale) -> object:
    """``paid_by`` as the history's cell reads it, in the counter's language (the CSV keeps
    the English codes): the method itself (a cell translates it) or "split"."""
    methods = {p.method for p in sale.payments if p.amount > 0}
    if len(methods) > 1:
        return translate("SalesWorkspace", "split")
    return next(iter(methods)) if methods else ""


def customer_shown(sale: Sale) -> str:
    """The sale's customer, or "walk-in" in the counter's language."""
    return sale.customer_username or translate("SalesWorkspace", "walk-in")


def item_count(sale: Sale) -> int:
    return sum(line.quantity for line in sale.lines)


def short_number(sale: Sale) -> str:
    """The sale's number as the banner, the receipt and the return lookup say it; the
    UUID stays internal (the receipt's small print, the CSV)."""
    return str(sale.id)


def sale_number(sale: Sale) -> str:
    """``short_number``, and the counter's number of a sale recorded offline (issue 15:
    what its receipt says), as the history shows them: "42 (C1-000007)"."""
    if sale.counter_number is None:
        return short_number(sale)
    return f"{short_number(sale)} ({sale.counter_number})"


SALE_COLUMNS: list[Column[Sale]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda s: s.created_at),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sale"), lambda s: f"{sale_number(s)} {void_mark(s)}".strip()
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), customer_shown),
    Column(QT_TRANSLATE_NOOP("Columns", "Cashier"), lambda s: s.cashier_username),
    Column(QT_TRANSLATE_NOOP("Columns", "Counter"), lambda s: s.counter),
    Column(QT_TRANSLATE_NOOP("Columns", "Items"), item_count, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda s: s.total, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Refunded"), lambda s: s.refunded or None, numeric=True),
    # A voided sale's money all went back: it kept nothing (the full-day trial read a VOID
    # sale's whole total as Net, where the Reports tab left it out).
    Column(
        QT_TRANSLATE_NOOP("Columns", "Net"),
        lambda s: s.net if s.voided_at is None else Decimal("0.00"),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Paid by"), paid_by_shown),
    Column(QT_TRANSLATE_NOOP("Columns", "Tax"), lambda s: s.tax or None, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Discounts"),
        lambda s: (s.discount + s.promotion) or None,
        numeric=True,
    ),
]
LINE_COLUMNS: list[Column[SaleLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda line: line.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Qty"), lambda line: line.quantity, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Unit price"), lambda line: line.unit_price, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Line total"), lambda line: line.line_total, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Off"),
        lambda line: (line.promotion + line.discount) or None,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Tax"), lambda line: line.tax or None, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Paid"), lambda line: line.charged, numeric=True),
]
PAYMENT_COLUMNS: list[Column[Payment]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Method"), lambda p: p.method),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p: p.amount, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Tendered"), lambda p: p.tendered, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Change"), lambda p: p.change, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda p: p.reference or ""),
]


def sales_matched(total: int) -> str:
    if total == 1:
        return translate("SalesWorkspace", "1 sale matches the filters")
    return translate("SalesWorkspace", "{0:,} sales match the filters").format(total)


def sales_exported(count: int, path: str) -> str:
    if count == 1:
        return translate("SalesWorkspace", "Exported 1 sale to {0}").format(path)
    return translate("SalesWorkspace", "Exported {0:,} sales to {1}").format(count, path)


def sale_detail_html(sale: Sale) -> str:
    """The line over the selected sale's lines: number, time, customer, total (refunded and
    net when something came back, the void and its reason when voided)."""
    when = sale.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    who = escape(customer_shown(sale))
    text = translate("SalesWorkspace", "<b>Sale {0}</b> · {1} · {2} · total <b>{3}</b>")
    text = text.format(escape(sale_number(sale)), when, who, format_money(sale.total))
    if sale.refunded:
        more = translate("SalesWorkspace", " · refunded {0} · net <b>{1}</b>")
        text += more.format(format_money(sale.refunded), format_money(sale.net))
    if sale.voided_at:
        text += f" · <b style='color: #b91c1c;'>{escape(void_text(sale))}</b>"
    return text
