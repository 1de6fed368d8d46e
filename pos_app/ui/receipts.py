"""Receipts and Z reports as documents: preview on screen, print, save as PDF.

A document prints on an A5 page (office printers, and Z reports always), or, for receipts
at a counter set so (Settings > Receipt printer), on an 80 mm roll: one page 80 mm wide
and as long as the receipt, as a roll printer driven by the system prints it.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from pos_app.domain.enums import PaymentMethod, RefundMethod
from pos_app.domain.money import ZERO, format_money
from pos_app.services.records import Refund, Sale, SaleLine, ZReport
from pos_app.services.shift_records import ShiftsTotal
from pos_app.ui.context import AppSettings
from pos_app.ui.sales.shift_rows import ShiftRow, shift_row, total_row

#: The page layouts (AppSettings.receipt_page): an A5 page, or an 80 mm roll.
A5, ROLL_80 = "a5", "roll80"
ROLL_WIDTH_MM = 80.0
#: The roll's margin on each side: what a roll printer cannot print on anyway.
ROLL_MARGIN_MM = 3.0
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


#: How a receipt names each way of paying.
PAID_BY = {
    PaymentMethod.WALLET: "Store credit",
    PaymentMethod.CASH: "Cash",
    PaymentMethod.CARD: "Card (external terminal)",
}
#: Where a refund slip says the money went.
REFUNDED_TO = {
    RefundMethod.WALLET: "store credit",
    RefundMethod.CASH: "cash",
    RefundMethod.CARD: "card (external terminal)",
}


def _header(settings: AppSettings) -> str:
    return f"<h2>{escape(settings.store_name)}</h2><div>{escape(settings.store_address)}</div><hr/>"


def _row(label: str, value: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<tr{klass}><td>{escape(label)}</td><td class='n'>{escape(value)}</td></tr>"


def _line_rows(line: SaleLine) -> str:
    """A line as it was charged: its price, then what its promotion and discounts took off."""
    rows = (
        f"<tr><td>{escape(line.product_name)}</td>"
        f"<td class='n'>{line.quantity} x {format_money(line.unit_price)}</td>"
        f"<td class='n'>{format_money(line.line_total)}</td></tr>"
    )
    if line.promotion:
        rows += _off(line.promotion_name or "Promotion", line.promotion)
    if line.discount:
        why = f" ({line.discount_reason})" if line.discount_reason else ""
        rows += _off(f"Discount{why}", line.discount)
    return rows


def _off(label: str, amount: Decimal) -> str:
    return (
        f"<tr class='small'><td>&nbsp;&nbsp;{escape(label)}</td><td></td>"
        f"<td class='n'>-{format_money(amount)}</td></tr>"
    )


def _tax_rows(sale: Sale) -> str:
    """Prices without tax: each rate's tax is added before the total. With tax: the total
    is followed by what it includes, rate by rate (net, tax, gross)."""
    if not sale.taxes:
        return ""
    if not sale.prices_include_tax:
        return "".join(_row(t.label, format_money(t.tax)) for t in sale.taxes)
    rows = [("Included tax", "Net", "Tax", "Gross")] + [
        (t.label, format_money(t.net), format_money(t.tax), format_money(t.gross))
        for t in sale.taxes
    ]
    cells = "".join(
        f"<tr class='small'><td>{escape(label)}</td>"
        + "".join(f"<td class='n'>{escape(value)}</td>" for value in values)
        + "</tr>"
        for label, *values in rows
    )
    return f"</table>{_TABLE}{cells}"


def receipt_html(sale: Sale, settings: AppSettings) -> str:
    when = sale.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = "".join(_line_rows(line) for line in sale.lines)
    payments = ""
    if sale.cash_rounding:
        payments += _row("Cash rounding", format_money(sale.cash_rounding))
    for payment in sale.payments:
        payments += _row(PAID_BY[payment.method], format_money(payment.amount))
        if payment.tendered is not None:
            payments += _row("Cash tendered", format_money(payment.tendered))
            payments += _row("Change", format_money(payment.change or ZERO))
        if payment.reference:
            payments += _row("Card reference", payment.reference)
    balance = (
        _row("Wallet balance after", format_money(sale.wallet_balance_after))
        if sale.wallet_balance_after is not None
        else ""
    )
    customer = escape(sale.customer_username or "walk-in")
    subtotal = ""
    if sale.promotion or sale.discount:
        gross = sum((line.line_total for line in sale.lines), ZERO)
        subtotal = _row("Subtotal", format_money(gross))
        subtotal += _row("Promotions", format_money(-sale.promotion)) if sale.promotion else ""
        if sale.discount:
            why = f" (cart: {sale.discount_reason})" if sale.discount_reason else ""
            subtotal += _row(f"Discounts{why}", format_money(-sale.discount))
    added_tax = "" if sale.prices_include_tax else _tax_rows(sale)
    included_tax = _tax_rows(sale) if sale.prices_include_tax else ""
    tax_number = (
        f"<div class='small'>Tax number {escape(sale.tax_number)}</div>" if sale.tax_number else ""
    )
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}{tax_number}"
        f"<div>Sale {sale.id} &middot; {when}</div>"
        f"<div>Cashier {escape(sale.cashier_username or '-')} &middot; "
        f"{escape(sale.counter)} &middot; Customer {customer}</div><hr/>"
        f"{_TABLE}{lines}</table>{_TABLE}{subtotal}{added_tax}"
        f"{_row('TOTAL', format_money(sale.total), 'total')}{included_tax}</table>"
        f"{_TABLE}{payments}{balance}</table><hr/>"
        f"<div class='small'>Ref. {escape(sale.uuid)}</div>"
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
        f"<div><b>REFUND</b> of sale {refund.sale_id} &middot; {when}</div>"
        f"<div>By {escape(refund.cashier_username or '-')}, authorised by "
        f"{escape(refund.authorised_by or '-')} &middot; {escape(refund.reason)}</div><hr/>"
        f"{_TABLE}{lines}</table>{_TABLE}"
        f"{_row('REFUNDED', format_money(refund.amount), 'total')}"
        f"{_row('To', REFUNDED_TO[refund.method])}"
        f"{_row('Card reference', refund.reference) if refund.reference else ''}</table>"
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
        ("Card sales", format_money(report.card_sales)),
        ("Cash refunds", format_money(report.cash_refunds)),
        ("Store-credit refunds", format_money(report.wallet_refunds)),
        ("Card refunds", format_money(report.card_refunds)),
        ("Top-ups paid in cash", format_money(report.cash_top_ups)),
        ("Top-ups paid by card", format_money(report.card_top_ups)),
        ("Opening float", format_money(report.opening_float)),
        ("Cash expected in drawer", format_money(report.expected_cash)),
    ]
    rows += _pricing_rows(report)
    if report.counted_cash is not None and report.difference is not None:
        rows += [
            ("Cash counted", format_money(report.counted_cash)),
            ("Difference", format_money(report.difference)),
        ]
    closed = ""
    if report.closed_at is not None:
        closed = f"<div><b>{escape(day_closed_text(report))}</b></div>"
    elif report.business_day is not None:
        closed = f"<div>{escape(open_day_text(report))}</div>"
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}"
        f"<h3>Z report &middot; {escape(report.counter or 'whole store')}</h3>"
        f"<div>{since} to {until}</div>{closed}<hr/>"
        f"{_TABLE}{''.join(_row(label, value) for label, value in rows)}</table></body></html>"
    )


def over_short_text(difference: Decimal | None) -> str:
    """1.00 over, 2.00 short, even; "" when not counted."""
    if difference is None:
        return ""
    if difference > 0:
        return f"{format_money(difference)} over"
    if difference < 0:
        return f"{format_money(-difference)} short"
    return "even"


def _shift_figures(row: ShiftRow) -> list[tuple[str, str]]:
    rows = [
        ("Opening float", format_money(row.opening_float)),
        ("Cash sales", format_money(row.cash_sales)),
        ("Card sales", format_money(row.card_sales)),
        ("Store credit sales", format_money(row.wallet_sales)),
        ("Refunds", format_money(row.refunds)),
        ("Paid in", format_money(row.paid_in)),
        ("Paid out", format_money(row.paid_out)),
        ("Cash expected", format_money(row.expected_cash)),
        ("Cash counted", "" if row.counted_cash is None else format_money(row.counted_cash)),
        ("Over / short", over_short_text(row.over_short)),
    ]
    if row.approved_by:
        rows.append(("Approved by", row.approved_by))
    return rows


def shifts_report_html(total: ShiftsTotal, settings: AppSettings) -> str:
    """The Z report of a period built from its closed shifts (one counter's, or the whole
    store's): each shift's figures, then their sum."""
    since = total.since.astimezone().strftime("%Y-%m-%d %H:%M")
    until = total.until.astimezone().strftime("%Y-%m-%d %H:%M")
    where = f"counter {total.counter}" if total.counter else "whole store"
    parts = []
    for shift in total.shifts:
        opened = shift.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")
        closed = shift.closed_at.astimezone().strftime("%Y-%m-%d %H:%M") if shift.closed_at else ""
        rows = _shift_figures(shift_row(shift))
        parts.append(
            f"<div><b>Shift {shift.id} &middot; {escape(shift.counter)}</b></div>"
            f"<div class='small'>Opened {opened} by {escape(shift.opened_by)}, closed {closed}"
            f" by {escape(shift.closed_by or '?')}</div>"
            f"{_TABLE}{''.join(_row(label, value) for label, value in rows)}</table>"
        )
    sums = _shift_figures(total_row(total))
    shifts = _count(len(total.shifts), "shift")
    body = "<hr/>".join(parts) or "<div>No shift was closed in this period.</div>"
    return (
        f"<html><head>{_STYLE}</head><body>{_header(settings)}"
        f"<h3>Z report of shifts &middot; {escape(where)}</h3>"
        f"<div>Shifts closed from {since} to {until}</div><hr/>{body}<hr/>"
        f"<div><b>Total, {escape(where)} ({shifts})</b></div>"
        f"{_TABLE}{''.join(_row(label, value) for label, value in sums)}</table></body></html>"
    )


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


def _pricing_rows(report: ZReport) -> list[tuple[str, str]]:
    """Tax by rate (collected, and given back by refunds), net sales before tax, discounts
    by cashier, promotions and cash rounding: only what the period has."""
    rows = [
        (f"Tax {t.label} on {format_money(t.net)}", format_money(t.tax)) for t in report.sales_tax
    ]
    rows += [
        (f"Refunded tax {t.label} on {format_money(t.net)}", format_money(-t.tax))
        for t in report.refunds_tax
    ]
    if rows:
        rows += [
            ("Tax collected", format_money(report.tax)),
            ("Net sales before tax", format_money(report.net_sales)),
        ]
    rows += [
        (f"Discounts by {d.cashier} ({_count(d.sales, 'sale')})", format_money(d.amount))
        for d in report.discounts
    ]
    rows += [
        (f"Promotion {p.name} ({_count(p.lines, 'line')})", format_money(p.amount))
        for p in report.promotions
    ]
    if report.cash_rounding:
        rows.append(("Cash rounding", format_money(report.cash_rounding)))
    return rows


def day_closed_text(report: ZReport) -> str:
    """What a closing says, e.g. "Day 2026-11-27 closed at 18:02 by manager1; sales from
    now on count for 2026-11-28"."""
    assert report.closed_at is not None
    when = report.closed_at.astimezone().strftime("%H:%M")
    day = report.business_day
    named = f"Day {day.isoformat()} closed" if day is not None else "Day closed"
    text = f"{named} at {when} by {report.closed_by or 'pos-admin'}"
    if day is not None:
        text += f"; sales from now on count for {(day + timedelta(days=1)).isoformat()}"
    return text


def open_day_text(report: ZReport) -> str:
    """What the open business day says: since when it runs and which day it counts for."""
    assert report.business_day is not None
    since = report.since.astimezone().strftime("%Y-%m-%d %H:%M")
    text = f"Business day {report.business_day.isoformat()}, open since {since}"
    if report.previous is not None:
        closed = report.previous.closed_at.astimezone().strftime("%H:%M")
        text += (
            f" (day {report.previous.business_day.isoformat()} closed at {closed} by "
            f"{report.previous.closed_by or 'pos-admin'})"
        )
    return text


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def print_on(printer: QPrinter, html: str, page: str = A5) -> None:
    """Print ``html`` on ``printer``: on its pages as they are (A5 for a PDF), or (``page``
    ROLL_80) on one page 80 mm wide and exactly as long as the document."""
    if page != ROLL_80:
        document(html).print_(printer)
        return
    millimetre = QPageLayout.Unit.Millimeter
    margin = ROLL_MARGIN_MM
    printer.setPageMargins(QMarginsF(margin, margin, margin, margin), millimetre)
    printer.setPageSize(_roll(ROLL_WIDTH_MM * 3))  # any length: the width is what counts
    doc = document(html)
    doc.documentLayout().setPaintDevice(printer)  # laid out in the printer's own dots
    doc.setDocumentMargin(0)
    width = printer.pageRect(QPrinter.Unit.DevicePixel).width()
    doc.setTextWidth(width)
    # a millimetre to spare: the page rectangle is whole dots, and a line must not spill
    length = doc.size().height() / printer.resolution() * 25.4 + 2 * margin + 1
    printer.setPageSize(_roll(length))
    doc.setPageSize(QSizeF(width, printer.pageRect(QPrinter.Unit.DevicePixel).height()))
    doc.print_(printer)


def _roll(length_mm: float) -> QPageSize:
    return QPageSize(
        QSizeF(ROLL_WIDTH_MM, length_mm),
        QPageSize.Unit.Millimeter,
        "80 mm roll",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def save_pdf(html: str, path: Path, page: str = A5) -> Path:
    """Render ``html`` to a PDF file on A5 pages, or an 80 mm roll (``page`` ROLL_80)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setOutputFileName(str(path))
    print_on(printer, html, page)
    return path
