"""End of day: the Z report for a counter or the whole store, and closing the day."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pos_app.data import models
from pos_app.data.store import Store
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, PaymentMethod, RefundMethod
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import from_cents, parse_money, to_cents
from pos_app.services.audit_log import record
from pos_app.services.base import Service
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, ZReport

FLOAT_MAX = Decimal("100000.00")


def _period(given_since: object, given_until: object) -> tuple[datetime, datetime]:
    since = rules.moment(given_since, "since", "From")
    until = rules.moment(given_until, "until", "Until")
    if until <= since:
        raise ValidationError("The period must end after it starts", "until")
    return since, until


def _amount(value: object, field: str, label: str) -> int:
    amount = parse_money(value, field=field, label=label)
    if amount < 0 or amount > FLOAT_MAX:
        raise ValidationError(f"{label} must be between 0.00 and {FLOAT_MAX:,.2f}", field)
    return to_cents(amount)


def _figures(
    store: Store, since: datetime, until: datetime, counter: str, opening_cents: int
) -> dict[str, int]:
    count, gross, paid = store.sales_summary(since, until, counter)
    refunds_count, refunded = store.refunds_summary(since, until, counter)
    cash_sales = paid.get(PaymentMethod.CASH.value, 0)
    cash_refunds = refunded.get(RefundMethod.CASH.value, 0)
    return {
        "sales_count": count,
        "gross_cents": gross,
        "refunds_count": refunds_count,
        "refunds_cents": sum(refunded.values()),
        "cash_sales_cents": cash_sales,
        "wallet_sales_cents": paid.get(PaymentMethod.WALLET.value, 0),
        "cash_refunds_cents": cash_refunds,
        "wallet_refunds_cents": refunded.get(RefundMethod.WALLET.value, 0),
        "opening_float_cents": opening_cents,
        "expected_cash_cents": opening_cents + cash_sales - cash_refunds,
    }


def _report(
    since: datetime,
    until: datetime,
    counter: str,
    figures: dict[str, int],
    counted_cents: int | None = None,
    closing: tuple[int, str | None, datetime] | None = None,
) -> ZReport:
    return ZReport(
        since=since,
        until=until,
        counter=counter,
        sales_count=figures["sales_count"],
        gross=from_cents(figures["gross_cents"]),
        refunds_count=figures["refunds_count"],
        refunds=from_cents(figures["refunds_cents"]),
        cash_sales=from_cents(figures["cash_sales_cents"]),
        wallet_sales=from_cents(figures["wallet_sales_cents"]),
        cash_refunds=from_cents(figures["cash_refunds_cents"]),
        wallet_refunds=from_cents(figures["wallet_refunds_cents"]),
        opening_float=from_cents(figures["opening_float_cents"]),
        expected_cash=from_cents(figures["expected_cash_cents"]),
        counted_cash=None if counted_cents is None else from_cents(counted_cents),
        closing_id=closing[0] if closing else None,
        closed_by=closing[1] if closing else None,
        closed_at=closing[2] if closing else None,
    )


class EndOfDayService(Service):
    """Z reports and day closings (managers)."""

    def z_report(
        self,
        actor: Actor | None,
        since: datetime,
        until: datetime,
        *,
        counter: str = "",
        opening_float: object = "0.00",
    ) -> ZReport:
        """Figures for [since, until); ``counter`` empty means the whole store."""
        authorize(actor, Op.SALE_REPORTS)
        start, end = _period(since, until)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        opening = _amount(opening_float, "opening_float", "Opening float")
        figures = self._db.read(lambda store: _figures(store, start, end, name, opening))
        return _report(start, end, name, figures)

    def close_day(
        self,
        actor: Actor | None,
        since: datetime,
        until: datetime,
        *,
        counted_cash: object,
        counter: str = "",
        opening_float: object = "0.00",
    ) -> ZReport:
        """Record the Z report with the cash a manager counted in the drawer."""
        checked = authorize(actor, Op.DAY_CLOSE)
        start, end = _period(since, until)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        opening = _amount(opening_float, "opening_float", "Opening float")
        counted = _amount(counted_cash, "counted_cash", "Counted cash")

        def work(store: Store) -> ZReport:
            figures = _figures(store, start, end, name, opening)
            closing = models.DayClosing(
                counter=name,
                period_start=start,
                period_end=end,
                counted_cash_cents=counted,
                closed_by_id=checked.account_id,
                created_at=models.utcnow(),
                **{k: v for k, v in figures.items() if k != "refunds_count"},
            )
            store.add(closing)
            store.flush()
            record(
                store,
                checked,
                AuditAction.DAY_CLOSED,
                record_type="day_closing",
                record_id=closing.id,
                detail=f"{name or 'whole store'}: expected "
                f"{from_cents(closing.expected_cash_cents):.2f}, counted {from_cents(counted):.2f}",
            )
            return _report(
                start,
                end,
                name,
                figures,
                counted,
                (closing.id, checked.username, closing.created_at),
            )

        return self._db.write(work)
