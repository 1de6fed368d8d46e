"""A shift as one row of figures (issue 13): what the Sales workspace's Shifts table and
the printed Z report of shifts both show, each shift and the total of those shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.domain.money import ZERO
from pos_app.services.shift_records import ShiftReport, ShiftsTotal
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate

TOTAL = QT_TRANSLATE_NOOP("ShiftRows", "Total")


def shift_refunds(shift: ShiftReport) -> Decimal:
    """What a shift gave back, every way of refunding together."""
    return shift.cash_refunds + shift.card_refunds + shift.wallet_refunds


@dataclass(frozen=True)
class ShiftRow:
    """One line of the table: a shift, or (``id`` None) the total of those shown."""

    id: int | None
    counter: str
    opened_by: str
    opened_at: datetime | None
    closed_at: datetime | None
    opening_float: Decimal
    cash_sales: Decimal
    card_sales: Decimal
    wallet_sales: Decimal
    refunds: Decimal
    paid_in: Decimal
    paid_out: Decimal
    expected_cash: Decimal
    counted_cash: Decimal | None
    over_short: Decimal | None
    approved_by: str


def shift_row(shift: ShiftReport) -> ShiftRow:
    return ShiftRow(
        id=shift.id,
        counter=shift.counter,
        opened_by=shift.opened_by,
        opened_at=shift.opened_at,
        closed_at=shift.closed_at,
        opening_float=shift.opening_float,
        cash_sales=shift.cash_sales,
        card_sales=shift.card_sales,
        wallet_sales=shift.wallet_sales,
        refunds=shift_refunds(shift),
        paid_in=shift.paid_in,
        paid_out=shift.paid_out,
        expected_cash=shift.expected_cash,
        counted_cash=shift.methods[0].counted,
        over_short=shift.over_short,
        approved_by=shift.approved_by,
    )


def total_row(total: ShiftsTotal) -> ShiftRow:
    """The sums of the shifts in ``total``, named after what they cover."""
    count = len(total.shifts)
    return ShiftRow(
        id=None,
        counter=translate("ShiftRows", TOTAL),
        opened_by=(
            translate("ShiftRows", "1 shift")
            if count == 1
            else translate("ShiftRows", "{0} shifts").format(count)
        ),
        opened_at=None,
        closed_at=None,
        opening_float=total.total("opening_float"),
        cash_sales=total.total("cash_sales"),
        card_sales=total.total("card_sales"),
        wallet_sales=total.total("wallet_sales"),
        refunds=sum((shift_refunds(s) for s in total.shifts), ZERO),
        paid_in=total.total("paid_in"),
        paid_out=total.total("paid_out"),
        expected_cash=total.total("expected_cash"),
        counted_cash=sum((s.methods[0].counted or ZERO for s in total.shifts), ZERO),
        over_short=total.over_short,
        approved_by="",
    )
