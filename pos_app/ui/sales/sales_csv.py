"""The rows of the sales CSV export: one per sale, money as plain decimals. A voided sale
keeps its figures as rung up and says "void" (with its reason) in ``status``; what came
back by returns is ``refunded``: a spreadsheet that sums ``total`` filters on ``status``
(the full-day trial found no way to tell a voided sale in the file)."""

from __future__ import annotations

from decimal import Decimal

from pos_app.domain.enums import PaymentMethod
from pos_app.services.records import Sale
from pos_app.ui.csv_export import spreadsheet_safe
from pos_app.ui.sales.sale_columns import WALK_IN, item_count, paid_by, short_number

CSV_HEADER = [
    "time",
    "sale",
    "sale_uuid",
    "customer",
    "cashier",
    "counter",
    "items",
    "total",
    "net_of_tax",
    "tax",
    "discount",
    "promotions",
    "wallet",
    "cash",
    "card",
    "paid_by",
    "refunded",
    "status",
    "void_reason",
]


def money_text(amount: Decimal) -> str:
    """Money in a CSV cell: two decimals, no thousands separator, so spreadsheets read it."""
    return f"{amount:.2f}"


def sales_csv_row(sale: Sale) -> list[object]:
    """One export row; the names and the counter, typed by people, are spreadsheet-safe."""
    return [
        sale.created_at.astimezone().isoformat(timespec="seconds"),
        short_number(sale),
        sale.uuid,
        spreadsheet_safe(sale.customer_username or WALK_IN),
        spreadsheet_safe(sale.cashier_username or ""),
        spreadsheet_safe(sale.counter),
        item_count(sale),
        money_text(sale.total),
        money_text(sale.total - sale.tax),
        money_text(sale.tax),
        money_text(sale.discount),
        money_text(sale.promotion),
        money_text(sale.paid_by(PaymentMethod.WALLET)),
        money_text(sale.paid_by(PaymentMethod.CASH)),
        money_text(sale.paid_by(PaymentMethod.CARD)),
        paid_by(sale),
        money_text(sale.refunded),
        "void" if sale.voided_at is not None else "completed",
        spreadsheet_safe(sale.void_reason) if sale.voided_at is not None else "",
    ]
