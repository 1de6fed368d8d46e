"""Receipts and Z reports as documents: preview on screen, print, save as PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from pos_app.domain.enums import PaymentMethod
from pos_app.domain.money import ZERO, format_money
from pos_app.services.records import Refund, Sale, ZReport
from pos_app.ui.context import AppSettings

_TABLE = '<table width="100%" cellspacing="0" cellpadding="2">'
_STYLE = """
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h2 { margin: 0; }
table { width: 100%; border-collapse: collapse; }
td.n { text-align: right; }
tr.total td { font-weight: bold; font-size: 12pt; border-top: 1px solid black; }
.small { color: #444; font-size: 8pt; }
</style>
"""


def _header(settings: AppSettings) -> str:
    return f"<h2>{escape(settings.store_name)}</h2><div>{escape(settings.store_address)}</div><hr/>"


def _row(label: str, value: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<tr{klass}><td>{escape(label)}</td><td class='n'>{escape(value)}</td></tr>"


def receipt_html(sale: Sale, settings: AppSettings) -> str:
    when = sale.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = "".join(
        f"<tr><td>{escape(line.product_name)}</td>"
        f"<td class='n'>{line.quantity} x {format_money(line.unit_price)}</td>"
        f"<td class='n'>{format_money(line.line_total)}</td></tr>"
        for line in sale.lines
    )
    payments = ""
    for payment in sale.payments:
        label = "Store credit" if payment.method is PaymentMethod.WALLET else "Cash"
        payments += _row(label, format_money(payment.amount))
        if payment.tendered is not None:
            payments += _row("Cash tendered", format_money(payment.tendered))
            payments += _row("Change", format_money(payment.change or ZERO))
    balance = (
        _row("Wallet balance after", format_money(sale.wallet_balance_after))
        if sale.wallet_balance_after is not None
        else ""
    )
    customer = escape(sale.customer_username or "walk-in")
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}"
        f"<div>Sale {sale.id} &middot; {when}</div>"
        f"<div>Cashier {escape(sale.cashier_username or '-')} &middot; "
        f"{escape(sale.counter)} &middot; Customer {customer}</div><hr/>"
        f"{_TABLE}{lines}</table>{_TABLE}{_row('TOTAL', format_money(sale.total), 'total')}"
        f"{payments}{balance}</table><hr/>"
        f"<div class='small'>Sale number {escape(sale.uuid)}</div>"
        f"<div class='small'>Thank you for shopping with us.</div></body></html>"
    )


def refund_html(refund: Refund, settings: AppSettings) -> str:
    when = refund.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = "".join(
        f"<tr><td>{escape(line.product_name)}</td><td class='n'>{line.quantity}</td>"
        f"<td class='n'>{format_money(line.amount)}</td></tr>"
        for line in refund.lines
    )
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}"
        f"<div><b>REFUND</b> of sale {escape(refund.sale_uuid)} &middot; {when}</div>"
        f"<div>By {escape(refund.cashier_username or '-')}, authorised by "
        f"{escape(refund.authorised_by or '-')} &middot; {escape(refund.reason)}</div><hr/>"
        f"{_TABLE}{lines}</table>{_TABLE}"
        f"{_row('REFUNDED', format_money(refund.amount), 'total')}"
        f"{_row('To', 'store credit' if refund.method.value == 'wallet' else 'cash')}</table>"
        f"</body></html>"
    )


def z_report_html(report: ZReport, settings: AppSettings) -> str:
    since = report.since.astimezone().strftime("%Y-%m-%d %H:%M")
    until = report.until.astimezone().strftime("%Y-%m-%d %H:%M")
    rows = [
        ("Sales", str(report.sales_count)),
        ("Gross", format_money(report.gross)),
        ("Refunds", f"{report.refunds_count} / {format_money(report.refunds)}"),
        ("Net", format_money(report.net)),
        ("Cash sales", format_money(report.cash_sales)),
        ("Store-credit sales", format_money(report.wallet_sales)),
        ("Cash refunds", format_money(report.cash_refunds)),
        ("Store-credit refunds", format_money(report.wallet_refunds)),
        ("Opening float", format_money(report.opening_float)),
        ("Cash expected in drawer", format_money(report.expected_cash)),
    ]
    if report.counted_cash is not None and report.difference is not None:
        rows += [
            ("Cash counted", format_money(report.counted_cash)),
            ("Difference", format_money(report.difference)),
        ]
    closed = f"<div>Closed by {escape(report.closed_by or '-')}</div>" if report.closed_by else ""
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}"
        f"<h3>Z report &middot; {escape(report.counter or 'whole store')}</h3>"
        f"<div>{since} to {until}</div>{closed}<hr/>"
        f"{_TABLE}{''.join(_row(label, value) for label, value in rows)}</table></body></html>"
    )


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def save_pdf(html: str, path: Path) -> Path:
    """Render ``html`` to a PDF file (receipt-width pages are left to the printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setOutputFileName(str(path))
    document(html).print_(printer)
    return path
