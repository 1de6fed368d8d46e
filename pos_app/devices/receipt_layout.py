"""A completed sale as the lines of a thermal receipt: plain text, every line exactly as
wide as the paper's columns (48 of Font A on 80 mm paper, 32 on 58 mm). No Qt and no
printer here: pos_app.devices.escpos_receipt sends these lines to one.

The receipt says what the A5 one (pos_app.ui.receipts) says: the store, its tax number,
the sale's number, time, cashier, counter and customer, each line as charged with its
promotion and discounts, the subtotal, the tax per rate, the total, cash rounding, the
payments with the cash tendered and the change, and the sale's reference. A voided sale's
receipt says "*** VOID ***" under the heading (with when and why) and again above the
total, and never opens the drawer. A sale recorded offline (issue 15) is headed by its
counter number ("No. C1-000042") and says it waits for the server.

The store's language (issue 17): every fixed word goes through ``say`` (English text in,
the counter's language out; English by default), which the screen gives as its
translator (pos_app.ui.i18n.tr: lupdate finds these words in pos_app.ui.receipt_words).
Each line also keeps its parts as written (``PrintLine.kind`` and ``parts``), so that a
language the printer's code page cannot print (Arabic) is drawn as a picture, right to
left, from the same lines (pos_app.ui.receipt_image).
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from pos_app.domain.enums import PaymentMethod, RefundMethod
from pos_app.domain.money import ZERO, plain_money
from pos_app.services.records import Refund, Sale, SaleLine

#: Paper width in millimetres -> characters per line in Font A.
PAPER_COLUMNS = {80: 48, 58: 32}
#: Narrower than this, not even a label and an amount fit on a line.
MIN_COLUMNS = 24
#: The one code page the receipt is printed in (Western European with the euro sign): each
#: character is one byte and one column; a character outside it prints as "?".
CODEPAGE = "cp858"

#: A translator: English text in, the counter's language out.
Say = Callable[[str], str]


def english(text: str) -> str:
    """The receipt's words as written: English."""
    return text


#: How the receipt names each way of paying (short: 58 mm paper has 32 columns).
PAID_BY = {
    PaymentMethod.WALLET: "Store credit",
    PaymentMethod.CASH: "Cash",
    PaymentMethod.CARD: "Card",
}

#: Where a refund slip says the money went.
REFUNDED_TO = {
    RefundMethod.WALLET: "Store credit",
    RefundMethod.CASH: "Cash",
    RefundMethod.CARD: "Card",
}
#: What a voided sale's receipt says, under its heading and above its total.
VOID_MARK = "*** VOID ***"
#: Paper width in millimetres -> dots a line (at 203 dpi): how wide a logo may print.
PAPER_DOTS = {80: 576, 58: 384}


@dataclass(frozen=True)
class StoreHeading:
    """What heads every receipt: the counter's saved store name and address."""

    name: str
    address: str = ""


#: What a line is, for a picture of the receipt: a rule, centred text, text from the start
#: edge, a label and its value at the far edge, a table row, or the rest of a wrapped text.
RULE, CENTRED, TEXT, PAIR, ROW, MORE = "rule", "centred", "text", "pair", "row", "more"


@dataclass(frozen=True)
class PrintLine:
    """One printed line, exactly ``columns`` characters wide; the total is in bold.
    ``kind`` and ``parts``: the line as written, before the code page and the widths
    (a PAIR's label and value, a ROW's cells, a TEXT's whole text and its indent)."""

    text: str
    bold: bool = False
    kind: str = TEXT
    parts: tuple[str, ...] = ()


def columns_for(paper_mm: int) -> int:
    """Characters per line on ``paper_mm`` paper (80 or 58)."""
    try:
        return PAPER_COLUMNS[paper_mm]
    except KeyError:
        raise ValueError(f"Paper width must be 80 or 58 mm, not {paper_mm}") from None


def opens_drawer(sale: Sale) -> bool:
    """Whether the cash drawer opens for this sale: only when cash changed hands, and
    never for a voided sale (its receipt printed again hands no money over)."""
    if sale.voided_at is not None:
        return False
    return any(payment.method is PaymentMethod.CASH for payment in sale.payments)


def refund_opens_drawer(refund: Refund) -> bool:
    """Whether the cash drawer opens for this refund: only when it is paid out in cash."""
    return refund.method is RefundMethod.CASH


def printable(text: str) -> str:
    """``text`` as the printer can print it, one character a column: composed accents
    (NFC), control characters and line breaks as spaces, anything outside the code page as
    "?"."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char).startswith(("C", "Z")) and char != " ":
            out.append(" ")
            continue
        try:
            char.encode(CODEPAGE)
        except UnicodeEncodeError:
            out.append("?")
        else:
            out.append(char)
    return "".join(out)


class _Receipt:
    """Collects the lines of one receipt at one width."""

    def __init__(self, columns: int, say: Say = english) -> None:
        if columns < MIN_COLUMNS:
            raise ValueError(f"A receipt needs at least {MIN_COLUMNS} columns, not {columns}")
        self.columns = columns
        self.say = say
        self.lines: list[PrintLine] = []

    def rule(self) -> None:
        self.lines.append(PrintLine("-" * self.columns, kind=RULE))

    def centred(self, text: str, *, bold: bool = False) -> None:
        for i, part in enumerate(self._wrapped(text)):
            kind, parts = (CENTRED, (text,)) if i == 0 else (MORE, ())
            self.lines.append(PrintLine(part.strip().center(self.columns), bold, kind, parts))

    def left(self, text: str, indent: int = 0) -> None:
        for i, part in enumerate(self._wrapped(text, indent)):
            kind, parts = (TEXT, (text, str(indent))) if i == 0 else (MORE, ())
            self.lines.append(PrintLine(part.ljust(self.columns), kind=kind, parts=parts))

    def pair(self, label: str, value: str, *, indent: int = 0, bold: bool = False) -> None:
        """``label`` on the left, ``value`` (an amount) on the right; the label gives way."""
        right = printable(value)[: self.columns]
        room = self.columns - len(right) - 1
        left = " " * indent + printable(label)
        text = right.rjust(self.columns) if room <= 0 else f"{left[:room]:<{room}} {right}"
        self.lines.append(PrintLine(text, bold, PAIR, (label, value, str(indent))))

    def row(self, label: str, values: tuple[str, ...], room: int, width: int) -> None:
        """A table's row: ``label`` in ``room`` columns, each value right-aligned in
        ``width``."""
        text = _table_row(label, values, room, width)
        self.lines.append(PrintLine(text, kind=ROW, parts=(label, *values)))

    def money(self, label: str, amount: Decimal, *, indent: int = 0, bold: bool = False) -> None:
        self.pair(label, plain_money(amount), indent=indent, bold=bold)

    def _wrapped(self, text: str, indent: int = 0) -> list[str]:
        pad = " " * indent
        return textwrap.wrap(
            printable(text),
            self.columns,
            initial_indent=pad,
            subsequent_indent=pad,
            break_long_words=True,
            break_on_hyphens=False,
        ) or [""]


def receipt_lines(
    sale: Sale,
    store: StoreHeading,
    columns: int,
    *,
    copy: bool = False,
    say: Say = english,
    offline_number: str | None = None,
) -> tuple[PrintLine, ...]:
    """The receipt of ``sale``, each line exactly ``columns`` wide, its words through
    ``say``. ``copy``: a reprint, said so under the heading. ``offline_number``: the
    sale was recorded offline under this counter number, which heads it in place of the
    sale's number, and the receipt says it waits for the server."""
    out = _Receipt(columns, say)
    _heading(out, sale, store, copy, offline_number)
    out.rule()
    for line in sale.lines:
        _sale_line(out, line)
    out.rule()
    _totals(out, sale)
    out.rule()
    _payments(out, sale)
    out.rule()
    if offline_number is not None:
        out.centred(say("Recorded offline: sent to the server when it is back"), bold=True)
        out.rule()
    out.left(say("Ref. {0}").format(sale.uuid))
    out.centred(say("Thank you for shopping with us."))
    return tuple(out.lines)


def printer_test_lines(
    store: StoreHeading, columns: int, say: Say = english
) -> tuple[PrintLine, ...]:
    """What Settings' test print prints: the heading, the paper's width, and a ruler of
    exactly ``columns`` digits, so that a wrong width shows as a wrapped or short ruler."""
    out = _Receipt(columns, say)
    _store(out, store)
    out.rule()
    out.centred(say("Test print"))
    out.left(say("{0} characters a line: the ruler below fills one exactly.").format(columns))
    out.lines.append(PrintLine("".join(str(i % 10) for i in range(1, columns + 1))))
    out.rule()
    return tuple(out.lines)


def refund_lines(
    refund: Refund, store: StoreHeading, columns: int, say: Say = english
) -> tuple[PrintLine, ...]:
    """A refund slip: the store, REFUND of which sale, when, who and who authorised it,
    why, each line given back, the amount in bold and where it went."""
    out = _Receipt(columns, say)
    _store(out, store)
    out.centred(say("REFUND of sale {0}").format(refund.sale_id), bold=True)
    out.rule()
    when = refund.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    out.pair(say("Refund {0}").format(refund.id), when)
    out.pair(say("By"), refund.cashier_username or "-")
    if refund.authorised_by:
        out.pair(say("Authorised by"), refund.authorised_by)
    out.pair(say("Counter"), refund.counter or "-")
    out.left(say("Reason: {0}").format(refund.reason))
    out.rule()
    for line in refund.lines:
        returned = say("{0} returned").format(line.quantity)
        _item(out, line.product_name, line.quantity, line.amount, returned)
    out.rule()
    out.money(say("REFUNDED"), refund.amount, bold=True)
    out.pair(say("To"), say(REFUNDED_TO[refund.method]))
    if refund.reference:
        out.pair(say("Card reference"), refund.reference, indent=2)
    if refund.wallet_balance_after is not None:
        out.money(say("Store credit now"), refund.wallet_balance_after)
    out.rule()
    out.left(say("Ref. {0}").format(refund.uuid))
    return tuple(out.lines)


def receipt_text(
    sale: Sale, store: StoreHeading, columns: int, *, copy: bool = False, say: Say = english
) -> list[str]:
    """The receipt's lines as plain text (what a test or a preview reads)."""
    return [line.text for line in receipt_lines(sale, store, columns, copy=copy, say=say)]


def _store(out: _Receipt, store: StoreHeading) -> None:
    """The store's name in bold, and its address when it has one: what heads every slip."""
    out.centred(store.name, bold=True)
    if store.address.strip():
        out.centred(store.address)


def _item(out: _Receipt, name: str, quantity: int, amount: Decimal, detail: str) -> None:
    """A sale's or a refund's line: its name and amount on one line when it is one item
    and both fit, else the name, then ``detail`` (how many) and the amount under it."""
    money = plain_money(amount)
    if quantity == 1 and len(printable(name)) + 1 + len(money) <= out.columns:
        out.pair(name, money)
    else:
        out.left(name)
        out.pair(detail, money, indent=2)


def _heading(
    out: _Receipt, sale: Sale, store: StoreHeading, copy: bool, offline_number: str | None
) -> None:
    say = out.say
    _store(out, store)
    if sale.tax_number:
        out.centred(say("Tax number {0}").format(sale.tax_number))
    if copy:
        out.centred(say("*** COPY ***"), bold=True)
    if sale.voided_at is not None:
        out.centred(say(VOID_MARK), bold=True)
        out.pair(say("Voided"), sale.voided_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if sale.void_reason:
            out.left(say("Reason: {0}").format(sale.void_reason))
    out.rule()
    when = sale.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if offline_number is None:
        out.pair(say("Sale {0}").format(sale.id), when)
    else:
        out.pair(say("No. {0}").format(offline_number), when, bold=True)
    out.pair(say("Cashier"), sale.cashier_username or "-")
    out.pair(say("Counter"), sale.counter or "-")
    out.pair(say("Customer"), sale.customer_username or say("walk-in"))


def _sale_line(out: _Receipt, line: SaleLine) -> None:
    """A line as it was charged: its price, then what its promotion and discounts took
    off, each amount at the right edge."""
    say = out.say
    detail = f"{line.quantity} x {plain_money(line.unit_price)}"
    _item(out, line.product_name, line.quantity, line.line_total, detail)
    if line.promotion:
        out.money(line.promotion_name or say("Promotion"), -line.promotion, indent=2)
    if line.discount:
        why = say("Discount ({0})").format(line.discount_reason)
        out.money(why if line.discount_reason else say("Discount"), -line.discount, indent=2)


def _totals(out: _Receipt, sale: Sale) -> None:
    """Subtotal, what promotions and discounts took off, tax added at the counter, the
    total, and the tax a price-with-tax total includes, rate by rate."""
    say = out.say
    if sale.promotion or sale.discount:
        out.money(say("Subtotal"), sum((line.line_total for line in sale.lines), ZERO))
        if sale.promotion:
            out.money(say("Promotions"), -sale.promotion)
        if sale.discount:
            why = say("Discounts (cart: {0})").format(sale.discount_reason)
            out.money(why if sale.discount_reason else say("Discounts"), -sale.discount)
    if not sale.prices_include_tax:
        for rate in sale.taxes:
            out.money(rate.label, rate.tax)
    if sale.voided_at is not None:  # a total that was taken back: said where it is read
        out.centred(say(VOID_MARK), bold=True)
    out.money(say("TOTAL"), sale.total, bold=True)
    if sale.prices_include_tax and sale.taxes:
        _included_tax(out, sale)


def _included_tax(out: _Receipt, sale: Sale) -> None:
    """A small table: rate, net, tax, gross. On narrow paper each rate's name has a line
    of its own above its figures."""
    rows = [
        (t.label, (plain_money(t.net), plain_money(t.tax), plain_money(t.gross)))
        for t in sale.taxes
    ]
    say = out.say
    heads = (say("Net"), say("Tax"), say("Gross"))
    width = max(len(value) for values in (heads, *(r[1] for r in rows)) for value in values) + 1
    room = out.columns - 3 * width
    if room >= 12:
        out.row(say("Included tax"), heads, room, width)
        for label, values in rows:
            out.row(label, values, room, width)
        return
    out.left(say("Included tax"))
    out.row("", heads, room, width)
    for label, values in rows:
        out.left(label, indent=1)
        out.row("", values, room, width)


def _table_row(label: str, values: tuple[str, ...], room: int, width: int) -> str:
    return printable(label)[:room].ljust(room) + "".join(
        printable(v)[-width:].rjust(width) for v in values
    )


def _payments(out: _Receipt, sale: Sale) -> None:
    say = out.say
    if sale.cash_rounding:
        out.money(say("Cash rounding"), sale.cash_rounding)
    for payment in sale.payments:
        out.money(say(PAID_BY[payment.method]), payment.amount)
        if payment.tendered is not None:
            out.money(say("Cash tendered"), payment.tendered, indent=2)
            out.money(say("Change"), payment.change or ZERO, indent=2)
        if payment.reference:
            out.pair(say("Card reference"), payment.reference, indent=2)
    if sale.wallet_balance_after is not None:
        out.money(say("Store credit left"), sale.wallet_balance_after)
    if sale.refunded:
        out.money(say("Refunded so far"), -sale.refunded)
