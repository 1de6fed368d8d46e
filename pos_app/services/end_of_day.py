"""End of day: the Z report for a counter or the whole store, and closing the day.

**Business day.** A counter's business day runs from its previous closing (before its
first closing: from local midnight of the day it is closed) to the moment a manager
closes it, and it is named by the counter's local date at that moment. There is one
closing per counter (or whole store) and business day: a second closing the same date is
refused, naming who closed it and when; the UNIQUE (counter, business_day) constraint
decides when two managers close at once. So what is sold after today's closing belongs
to the next business day: the next closing, made on a later date, counts it.

"The counter's local date" is the date in the time zone of the computer that closes the
day (``zone``, if given, else this computer's own).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.currency import store_currency
from pos_app.domain.enums import AuditAction, PaymentMethod, RefundMethod, TopUpMethod
from pos_app.domain.errors import ConflictError, ValidationError
from pos_app.domain.money import ZERO, from_cents, parse_money, plain_money, to_cents
from pos_app.services.audit import seal_quietly
from pos_app.services.audit_log import record_on
from pos_app.services.base import Service
from pos_app.services.offline_conflicts import checked_waiting, waiting_words
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import (
    Actor,
    DayClosed,
    DiscountTotal,
    PromotionTotal,
    TaxTotal,
    ZReport,
)
from pos_app.services.taxes import E4

FLOAT_MAX = Decimal("100000.00")


def _period(given_since: object, given_until: object) -> tuple[datetime, datetime]:
    since = rules.moment(given_since, "since", "From")
    until = rules.moment(given_until, "until", "Until")
    if until <= since:
        raise ValidationError("The period must end after it starts", "until")
    return since, until


def _amount(value: object, field: str, label: str) -> int:
    amount = parse_money(value, field=field, label=label)
    most = store_currency().limit(FLOAT_MAX)
    if amount < 0 or amount > most:
        raise ValidationError(
            f"{label} must be between {plain_money(ZERO)} and {plain_money(most)}", field
        )
    return to_cents(amount)


def _zone(zone: object) -> tzinfo | None:
    if zone is not None and not isinstance(zone, tzinfo):
        raise ValidationError("A time zone is needed", "zone")
    return zone


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _figures(
    tx: Transaction, since: datetime, until: datetime, counter: str, opening_cents: int
) -> dict[str, int]:
    count, gross, paid = tx.reports.sales_summary(since, until, counter)
    refunds_count, refunded = tx.reports.refunds_summary(since, until, counter)
    top_ups = tx.reports.top_ups_summary(since, until, counter)
    paid_in, paid_out = tx.reports.cash_moved(since, until, counter)
    voids, voided, no_sales = tx.reports.voids_and_no_sales(since, until, counter)
    cash_sales = paid.get(PaymentMethod.CASH.value, 0)
    cash_refunds = refunded.get(RefundMethod.CASH.value, 0)
    cash_top_ups = top_ups.get(TopUpMethod.CASH.value, 0)
    return {
        "sales_count": count,
        "gross_cents": gross,
        "refunds_count": refunds_count,
        "refunds_cents": sum(refunded.values()),
        "cash_sales_cents": cash_sales,
        "wallet_sales_cents": paid.get(PaymentMethod.WALLET.value, 0),
        "card_sales_cents": paid.get(PaymentMethod.CARD.value, 0),
        "cash_refunds_cents": cash_refunds,
        "wallet_refunds_cents": refunded.get(RefundMethod.WALLET.value, 0),
        "card_refunds_cents": refunded.get(RefundMethod.CARD.value, 0),
        "cash_top_ups_cents": cash_top_ups,
        "card_top_ups_cents": top_ups.get(TopUpMethod.CARD.value, 0),
        "opening_float_cents": opening_cents,
        "paid_in_cents": paid_in,
        "paid_out_cents": paid_out,
        "voids_count": voids,
        "voids_cents": voided,
        "no_sales": no_sales,
        "expected_cash_cents": (
            opening_cents + cash_sales - cash_refunds + cash_top_ups + paid_in - paid_out
        ),
    }


#: Figures shown in the report but kept by their own rows, not in the closing's.
NOT_STORED = (
    "refunds_count",
    "paid_in_cents",
    "paid_out_cents",
    "voids_count",
    "voids_cents",
    "no_sales",
)


def _pricing(tx: Transaction, since: datetime, until: datetime, counter: str) -> dict[str, Any]:
    """The Z report's pricing figures (the fields of ZReport they fill)."""
    reports = tx.pricing_reports

    def rates(rows: list[tuple[str, int, bool, int, int]]) -> tuple[TaxTotal, ...]:
        return tuple(
            TaxTotal(name, Decimal(e4) / E4, exempt, from_cents(net), from_cents(tax))
            for name, e4, exempt, net, tax in rows
        )

    return {
        "sales_tax": rates(reports.sales_tax(since, until, counter)),
        "refunds_tax": rates(reports.refunds_tax(since, until, counter)),
        "discounts": tuple(
            DiscountTotal(who, n, from_cents(c))
            for who, n, c in reports.discounts_by_cashier(since, until, counter)
        ),
        "promotions": tuple(
            PromotionTotal(name, n, from_cents(c))
            for name, n, c in reports.promotions_applied(since, until, counter)
        ),
        "cash_rounding": from_cents(reports.cash_rounding(since, until, counter)),
    }


def _report(
    since: datetime,
    until: datetime,
    counter: str,
    figures: dict[str, int],
    pricing: dict[str, Any],
    counted_cents: int | None = None,
    closing: tuple[int, str | None, datetime] | None = None,
    business_day: date | None = None,
    previous: DayClosed | None = None,
) -> ZReport:
    # Each "<name>_cents" figure is the report's money field <name>; the rest are counts.
    shown: dict[str, Any] = {
        key.removesuffix("_cents"): from_cents(value) if key.endswith("_cents") else value
        for key, value in figures.items()
    }
    return ZReport(
        since=since,
        until=until,
        counter=counter,
        **shown,
        counted_cash=None if counted_cents is None else from_cents(counted_cents),
        closing_id=closing[0] if closing else None,
        closed_by=closing[1] if closing else None,
        closed_at=closing[2] if closing else None,
        business_day=business_day,
        previous=previous,
        **pricing,
    )


def _closed(tx: Transaction, closing: models.DayClosing, zone: tzinfo | None) -> DayClosed:
    who = tx.accounts.usernames([closing.closed_by_id]).get(closing.closed_by_id or 0)
    day = closing.business_day or _local(closing.created_at, zone).date()
    return DayClosed(business_day=day, closed_at=closing.created_at, closed_by=who)


def already_closed_message(counter: str, closed: DayClosed, zone: tzinfo | None) -> str:
    when = _local(closed.closed_at, zone).strftime("%H:%M")
    return (
        f"The day {closed.business_day.isoformat()} is already closed for "
        f"{counter or 'the whole store'}: closed at {when} by {closed.closed_by or 'pos-admin'}. "
        f"Sales from now on count for {(closed.business_day + timedelta(days=1)).isoformat()}."
    )


def _open_period(
    tx: Transaction, counter: str, now: datetime, zone: tzinfo | None
) -> tuple[datetime, date, DayClosed | None]:
    """Where the business day open at ``now`` started, which day it is, and the closing
    before it."""
    today = _local(now, zone).date()
    last = tx.closings.last(counter)
    if last is None:
        midnight = datetime.combine(today, time.min)
        start = midnight.astimezone() if zone is None else midnight.replace(tzinfo=zone)
        return min(start, now), today, None
    previous = _closed(tx, last, zone)
    # A closing counted what was sold until it was made (closings made before business
    # days were kept named a period that could end later).
    start = min(last.period_end, last.created_at)
    day = max(today, previous.business_day + timedelta(days=1))
    return start, day, previous


class EndOfDayService(Service):
    """Z reports and day closings (managers), by business day: see the module docstring
    for what a business day is and why a second closing of one is refused."""

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
        figures, pricing = self._db.read(
            lambda tx: (_figures(tx, start, end, name, opening), _pricing(tx, start, end, name))
        )
        return _report(start, end, name, figures, pricing)

    def open_day(
        self,
        actor: Actor | None,
        *,
        counter: str = "",
        opening_float: object = "0.00",
        zone: tzinfo | None = None,
    ) -> ZReport:
        """The business day not closed yet, so far: from the previous closing until now,
        with the day it counts for and that previous closing."""
        authorize(actor, Op.SALE_REPORTS)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        opening = _amount(opening_float, "opening_float", "Opening float")
        where = _zone(zone)

        def work(tx: Transaction) -> ZReport:
            now = models.utcnow()
            start, day, previous = _open_period(tx, name, now, where)
            figures = _figures(tx, start, now, name, opening)
            pricing = _pricing(tx, start, now, name)
            return _report(start, now, name, figures, pricing, business_day=day, previous=previous)

        return self._db.read(work)

    def business_day(
        self, actor: Actor | None, *, counter: str = "", zone: tzinfo | None = None
    ) -> tuple[date, DayClosed | None]:
        """The business day a sale at ``counter`` counts for now, and the closing before it
        (the checkout says so when today is already closed)."""
        authorize(actor, Op.SALE_CHECKOUT)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        where = _zone(zone)

        def work(tx: Transaction) -> tuple[date, DayClosed | None]:
            _start, day, previous = _open_period(tx, name, models.utcnow(), where)
            return day, previous

        return self._db.read(work)

    def close_day(
        self,
        actor: Actor | None,
        *,
        counted_cash: object,
        counter: str = "",
        opening_float: object = "0.00",
        zone: tzinfo | None = None,
        offline_waiting: object = 0,
    ) -> ZReport:
        """Close the business day open now (see the module docstring) with the cash a
        manager counted in the drawer, and record its Z report. A second closing of the
        same counter and date is refused with ConflictError. ``offline_waiting``: the
        sales this counter's outbox still holds; the closing manager's audit row says so
        (they reach the next day's figures when they arrive)."""
        checked = authorize(actor, Op.DAY_CLOSE)
        waiting = checked_waiting(offline_waiting)
        late = f"; {waiting_words(waiting)}" if waiting else ""
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        opening = _amount(opening_float, "opening_float", "Opening float")
        counted = _amount(counted_cash, "counted_cash", "Counted cash")
        where = _zone(zone)

        def work(tx: Transaction) -> ZReport:
            now = models.utcnow()
            day = _local(now, where).date()
            same_day = tx.closings.on(name, day)
            if same_day is not None:
                raise ConflictError(
                    already_closed_message(name, _closed(tx, same_day, where), where)
                )
            start, _, previous = _open_period(tx, name, now, where)
            figures = _figures(tx, start, now, name, opening)
            closing = tx.closings.add(
                counter=name,
                business_day=day,
                period_start=start,
                period_end=now,
                counted_cash_cents=counted,
                closed_by_id=checked.account_id,
                created_at=now,
                **{k: v for k, v in figures.items() if k not in NOT_STORED},
            )
            record_on(
                tx,
                checked,
                AuditAction.DAY_CLOSED,
                closing,
                f"{name or 'whole store'} {day.isoformat()}: expected "
                f"{from_cents(closing.expected_cash_cents):.2f}, counted {from_cents(counted):.2f}"
                f"{late}",
            )
            return _report(
                start,
                now,
                name,
                figures,
                _pricing(tx, start, now, name),
                counted,
                (closing.id, checked.username, now),
                business_day=day,
                previous=previous,
            )

        def winner(tx: Transaction) -> ZReport | None:
            """The other close of this day won: refused, with what it recorded."""
            found = tx.closings.last(name)
            if found is None:
                return None
            raise ConflictError(already_closed_message(name, _closed(tx, found, where), where))

        report = self._write_or_read_winner(work, "uq_day_closings_counter_business_day", winner)
        seal_quietly(self._db)  # the audit chain takes in the day's rows
        return report
