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
from pos_app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    day_text,
    is_right_to_left,
    isolate,
    ltr,
    tr,
    translate,
)
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


#: How a receipt names each way of paying (in English: shown through ``translate``).
PAID_BY = {
    PaymentMethod.WALLET: QT_TRANSLATE_NOOP("Receipts", "Store credit"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Receipts", "Cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Receipts", "Card (external terminal)"),
}
#: Where a refund slip says the money went.
REFUNDED_TO = {
    RefundMethod.WALLET: QT_TRANSLATE_NOOP("Receipts", "store credit"),
    RefundMethod.CASH: QT_TRANSLATE_NOOP("Receipts", "cash"),
    RefundMethod.CARD: QT_TRANSLATE_NOOP("Receipts", "card (external terminal)"),
}


def _money(amount: Decimal) -> str:
    """An amount that keeps its sign on its left in a right-to-left document."""
    return ltr(format_money(amount))


def _html(body: str) -> str:
    """A whole document: right to left in a right-to-left language, where Qt mirrors the
    figures' "text-align: right" to the left edge."""
    direction = " dir='rtl'" if is_right_to_left() else ""
    return f"<html><head>{_STYLE}</head><body{direction}>{body}</body></html>"


def _header(settings: AppSettings) -> str:
    name, address = isolate(escape(settings.store_name)), isolate(escape(settings.store_address))
    return f"<h2>{name}</h2><div>{address}</div><hr/>"


def _tr(cells: list[str], css: str = "") -> str:
    """A table row of ``cells`` (each a whole <td>), first cell at the start of the line:
    on the right in a right-to-left language (a QTextDocument table is never mirrored)."""
    klass = f" class='{css}'" if css else ""
    ordered = cells[::-1] if is_right_to_left() else cells
    return f"<tr{klass}>{''.join(ordered)}</tr>"


def _row(label: str, value: str, css: str = "") -> str:
    shown = ltr(escape(value)) if value else ""
    return _tr([f"<td>{escape(label)}</td>", f"<td class='n'>{shown}</td>"], css)


def _line_rows(line: SaleLine) -> str:
    """A line as it was charged: its price, then what its promotion and discounts took off."""
    each = ltr(f"{line.quantity} x {format_money(line.unit_price)}")
    rows = _tr(
        [
            f"<td>{isolate(escape(line.product_name))}</td>",
            f"<td class='n'>{each}</td>",
            f"<td class='n'>{_money(line.line_total)}</td>",
        ]
    )
    if line.promotion:
        rows += _off(line.promotion_name or tr("Promotion"), line.promotion)
    if line.discount:
        why = tr("Discount ({0})").format(line.discount_reason) if line.discount_reason else ""
        rows += _off(why or tr("Discount"), line.discount)
    return rows


def _off(label: str, amount: Decimal) -> str:
    cells = [f"<td>&nbsp;&nbsp;{escape(label)}</td>", "<td></td>"]
    return _tr([*cells, f"<td class='n'>{_money(-amount)}</td>"], "small")


def _tax_rows(sale: Sale) -> str:
    """Prices without tax: each rate's tax is added before the total. With tax: the total
    is followed by what it includes, rate by rate (net, tax, gross)."""
    if not sale.taxes:
        return ""
    if not sale.prices_include_tax:
        return "".join(_row(t.label, format_money(t.tax)) for t in sale.taxes)
    rows = [(tr("Included tax"), tr("Net"), tr("Tax"), tr("Gross"))] + [
        (t.label, format_money(t.net), format_money(t.tax), format_money(t.gross))
        for t in sale.taxes
    ]
    cells = "".join(
        _tr(
            [f"<td>{escape(label)}</td>"]
            + [f"<td class='n'>{ltr(escape(value))}</td>" for value in values],
            "small",
        )
        for label, *values in rows
    )
    return f"</table>{_TABLE}{cells}"


def receipt_html(sale: Sale, settings: AppSettings) -> str:
    when = sale.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = "".join(_line_rows(line) for line in sale.lines)
    payments = ""
    if sale.cash_rounding:
        payments += _row(tr("Cash rounding"), format_money(sale.cash_rounding))
    for payment in sale.payments:
        paid_by = translate("Receipts", PAID_BY[payment.method])
        payments += _row(paid_by, format_money(payment.amount))
        if payment.tendered is not None:
            payments += _row(tr("Cash tendered"), format_money(payment.tendered))
            payments += _row(tr("Change"), format_money(payment.change or ZERO))
        if payment.reference:
            payments += _row(tr("Card reference"), payment.reference)
    balance = (
        _row(tr("Wallet balance after"), format_money(sale.wallet_balance_after))
        if sale.wallet_balance_after is not None
        else ""
    )
    customer = isolate(escape(sale.customer_username or tr("walk-in")))
    subtotal = ""
    if sale.promotion or sale.discount:
        gross = sum((line.line_total for line in sale.lines), ZERO)
        subtotal = _row(tr("Subtotal"), format_money(gross))
        subtotal += _row(tr("Promotions"), format_money(-sale.promotion)) if sale.promotion else ""
        if sale.discount:
            why = tr("Discounts (cart: {0})").format(sale.discount_reason)
            subtotal += _row(
                why if sale.discount_reason else tr("Discounts"), format_money(-sale.discount)
            )
    added_tax = "" if sale.prices_include_tax else _tax_rows(sale)
    included_tax = _tax_rows(sale) if sale.prices_include_tax else ""
    tax_number = (
        "<div class='small'>{}</div>".format(
            escape(tr("Tax number {0}")).format(ltr(escape(sale.tax_number)))
        )
        if sale.tax_number
        else ""
    )
    sold = _sold(sale, when)
    by = tr("Cashier {0} · {1} · Customer {2}").format(
        isolate(escape(sale.cashier_username or "-")), isolate(escape(sale.counter)), customer
    )
    total = _row(tr("TOTAL"), format_money(sale.total), "total")
    ref = escape(tr("Ref. {0}")).format(ltr(escape(sale.uuid)))
    if sale.counter_number is not None and not sale.id:  # not on the server yet
        waits = escape(tr("Recorded offline: sent to the server when it is back"))
        ref = f"<b>{waits}</b></div><div class='small'>{ref}"
    thanks = escape(tr("Thank you for shopping with us."))
    return _html(
        f"{_header(settings)}{tax_number}<div>{sold}</div><div>{by}</div><hr/>"
        f"{_TABLE}{lines}</table>{_TABLE}{subtotal}{added_tax}"
        f"{total}{included_tax}</table>"
        f"{_TABLE}{payments}{balance}</table><hr/>"
        f"<div class='small'>{ref}</div><div class='small'>{thanks}</div>"
    )


def _sold(sale: Sale, when: str) -> str:
    """The receipt's number and time: a sale recorded offline keeps its counter's number
    (issue 15), beside the server's once it synced."""
    if sale.counter_number is None:
        return tr("Sale {0} · {1}").format(sale.id, ltr(when))
    number = f"<b>{ltr(escape(sale.counter_number))}</b>"
    if not sale.id:
        return tr("No. {0} · {1}").format(number, ltr(when))
    return tr("No. {0} · sale {1} · {2}").format(number, sale.id, ltr(when))


def refund_html(refund: Refund, settings: AppSettings) -> str:
    when = refund.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = "".join(
        _tr(
            [
                f"<td>{isolate(escape(line.product_name))}</td>",
                f"<td class='n'>{line.quantity}</td>",
                f"<td class='n'>{_money(line.amount)}</td>",
            ]
        )
        for line in refund.lines
    )
    what = tr("<b>REFUND</b> of sale {0} · {1}").format(refund.sale_id, ltr(when))
    by = tr("By {0}, authorised by {1}").format(
        escape(refund.cashier_username or "-"), escape(refund.authorised_by or "-")
    )
    card = _row(tr("Card reference"), refund.reference) if refund.reference else ""
    refunded = _row(tr("REFUNDED"), format_money(refund.amount), "total")
    to = _row(tr("To"), translate("Receipts", REFUNDED_TO[refund.method]))
    return _html(
        f"{_header(settings)}<div>{what}</div><div>{by} &middot; {escape(refund.reason)}</div>"
        f"<hr/>{_TABLE}{lines}</table>{_TABLE}"
        f"{refunded}{to}{card}</table>"
    )


def z_report_html(report: ZReport, settings: AppSettings) -> str:
    since = report.since.astimezone().strftime("%Y-%m-%d %H:%M")
    until = report.until.astimezone().strftime("%Y-%m-%d %H:%M")
    rows = [
        (tr("Sales"), str(report.sales_count)),
        (tr("Gross"), format_money(report.gross)),
        (tr("Refunds"), f"{report.refunds_count} / {format_money(report.refunds)}"),
        (tr("Net"), format_money(report.net)),
        (tr("Cash sales"), format_money(report.cash_sales)),
        (tr("Store-credit sales"), format_money(report.wallet_sales)),
        (tr("Card sales"), format_money(report.card_sales)),
        (tr("Cash refunds"), format_money(report.cash_refunds)),
        (tr("Store-credit refunds"), format_money(report.wallet_refunds)),
        (tr("Card refunds"), format_money(report.card_refunds)),
        (tr("Top-ups paid in cash"), format_money(report.cash_top_ups)),
        (tr("Top-ups paid by card"), format_money(report.card_top_ups)),
        (tr("Paid in"), format_money(report.paid_in)),
        (tr("Paid out"), format_money(report.paid_out)),
        (tr("Voided sales"), f"{report.voids_count} / {format_money(report.voids)}"),
        (tr("No sale (drawer opened)"), str(report.no_sales)),
        (tr("Opening float"), format_money(report.opening_float)),
        (tr("Cash expected in drawer"), format_money(report.expected_cash)),
    ]
    rows += _pricing_rows(report)
    if report.counted_cash is not None and report.difference is not None:
        rows += [
            (tr("Cash counted"), format_money(report.counted_cash)),
            (tr("Difference"), format_money(report.difference)),
        ]
    closed = ""
    if report.closed_at is not None:
        closed = f"<div><b>{escape(day_closed_text(report))}</b></div>"
    elif report.business_day is not None:
        closed = f"<div>{escape(open_day_text(report))}</div>"
    where = isolate(escape(report.counter or tr("whole store")))
    period = tr("{0} to {1}").format(ltr(since), ltr(until))
    heading = tr("Z report · {0}").format(where)
    return _html(
        f"{_header(settings)}<h3>{heading}</h3>"
        f"<div>{period}</div>{closed}<hr/>"
        f"{_TABLE}{''.join(_row(label, value) for label, value in rows)}</table>"
    )


def over_short_text(difference: Decimal | None) -> str:
    """1.00 over, 2.00 short, even; "" when not counted."""
    if difference is None:
        return ""
    if difference > 0:
        return tr("{0} over").format(format_money(difference))
    if difference < 0:
        return tr("{0} short").format(format_money(-difference))
    return tr("even")


def _shift_figures(row: ShiftRow) -> list[tuple[str, str]]:
    rows = [
        (tr("Opening float"), format_money(row.opening_float)),
        (tr("Cash sales"), format_money(row.cash_sales)),
        (tr("Card sales"), format_money(row.card_sales)),
        (tr("Store credit sales"), format_money(row.wallet_sales)),
        (tr("Refunds"), format_money(row.refunds)),
        (tr("Paid in"), format_money(row.paid_in)),
        (tr("Paid out"), format_money(row.paid_out)),
        (tr("Cash expected"), format_money(row.expected_cash)),
        (tr("Cash counted"), "" if row.counted_cash is None else format_money(row.counted_cash)),
        (tr("Over / short"), over_short_text(row.over_short)),
    ]
    if row.approved_by:
        rows.append((tr("Approved by"), row.approved_by))
    return rows


def shifts_report_html(total: ShiftsTotal, settings: AppSettings) -> str:
    """The Z report of a period built from its closed shifts (one counter's, or the whole
    store's): each shift's figures, then their sum."""
    since = ltr(total.since.astimezone().strftime("%Y-%m-%d %H:%M"))
    until = ltr(total.until.astimezone().strftime("%Y-%m-%d %H:%M"))
    where = tr("counter {0}").format(total.counter) if total.counter else tr("whole store")
    parts = []
    for shift in total.shifts:
        opened = ltr(shift.opened_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        closed = shift.closed_at.astimezone().strftime("%Y-%m-%d %H:%M") if shift.closed_at else ""
        rows = _shift_figures(shift_row(shift))
        title = tr("Shift {0} · {1}").format(shift.id, escape(shift.counter))
        when = tr("Opened {0} by {1}, closed {2} by {3}").format(
            opened, escape(shift.opened_by), ltr(closed), escape(shift.closed_by or "?")
        )
        parts.append(
            f"<div><b>{title}</b></div><div class='small'>{when}</div>"
            f"{_TABLE}{''.join(_row(label, value) for label, value in rows)}</table>"
        )
    sums = _shift_figures(total_row(total))
    count = len(total.shifts)
    shifts = tr("1 shift") if count == 1 else tr("{0} shifts").format(count)
    body = "<hr/>".join(parts) or "<div>{}</div>".format(tr("No shift was closed in this period."))
    heading = tr("Z report of shifts · {0}").format(escape(where))
    closed = tr("Shifts closed from {0} to {1}").format(since, until)
    summed = tr("Total, {0} ({1})").format(escape(where), shifts)
    return _html(
        f"{_header(settings)}<h3>{heading}</h3>"
        f"<div>{closed}</div><hr/>{body}<hr/><div><b>{summed}</b></div>"
        f"{_TABLE}{''.join(_row(label, value) for label, value in sums)}</table>"
    )


def _pricing_rows(report: ZReport) -> list[tuple[str, str]]:
    """Tax by rate (collected, and given back by refunds), net sales before tax, discounts
    by cashier, promotions and cash rounding: only what the period has."""
    rows = [
        (tr("Tax {0} on {1}").format(t.label, format_money(t.net)), format_money(t.tax))
        for t in report.sales_tax
    ]
    rows += [
        (tr("Refunded tax {0} on {1}").format(t.label, format_money(t.net)), format_money(-t.tax))
        for t in report.refunds_tax
    ]
    if rows:
        rows += [
            (tr("Tax collected"), format_money(report.tax)),
            (tr("Net sales before tax"), format_money(report.net_sales)),
        ]
    for d in report.discounts:
        label = (
            tr("Discounts by {0} (1 sale)") if d.sales == 1 else tr("Discounts by {0} ({1} sales)")
        )
        rows.append((label.format(d.cashier, d.sales), format_money(d.amount)))
    for p in report.promotions:
        label = tr("Promotion {0} (1 line)") if p.lines == 1 else tr("Promotion {0} ({1} lines)")
        rows.append((label.format(p.name, p.lines), format_money(p.amount)))
    if report.cash_rounding:
        rows.append((tr("Cash rounding"), format_money(report.cash_rounding)))
    return rows


def day_closed_text(report: ZReport) -> str:
    """What a closing says, e.g. "Day 2026-11-27 closed at 18:02 by manager1; sales from
    now on count for 2026-11-28" (days as the language writes them: ``day_text``)."""
    assert report.closed_at is not None
    when = report.closed_at.astimezone().strftime("%H:%M")
    day = report.business_day
    by = report.closed_by or "pos-admin"
    if day is None:
        return tr("Day closed at {0} by {1}").format(ltr(when), isolate(by))
    text = tr("Day {0} closed at {1} by {2}; sales from now on count for {3}")
    return text.format(day_text(day), ltr(when), isolate(by), day_text(day + timedelta(days=1)))


def open_day_text(report: ZReport) -> str:
    """What the open business day says: since when it runs and which day it counts for."""
    assert report.business_day is not None
    since = report.since.astimezone().strftime("%Y-%m-%d %H:%M")
    text = tr("Business day {0}, open since {1}").format(day_text(report.business_day), ltr(since))
    if report.previous is not None:
        closed = report.previous.closed_at.astimezone().strftime("%H:%M")
        text += " " + tr("(day {0} closed at {1} by {2})").format(
            day_text(report.previous.business_day),
            ltr(closed),
            report.previous.closed_by or "pos-admin",
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
