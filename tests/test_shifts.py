"""Shifts and cash control (issue 13), through the services, on both backends: the float,
paid-ins and -outs, No sale, the blind close with its over or short and a manager's
approval, X and Z reports, voids, and the sale that always belongs to one shift."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import STAFF_PASSWORD, People, customer_actor
from helpers import cart, new_customer, new_product
from sqlalchemy import select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.shift_models import CashMovement, Shift
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.services import Services
from pos_app.services.records import ManagerOverride, RefundRequest, ReturnLine
from pos_app.ui.sales.sales_csv import CSV_HEADER, sales_csv_row

COUNTER = "Test counter"
D = Decimal


def open_shift(services: Services, people: People, float_count: dict[str, int]) -> None:
    services.shifts.open(people.cashier, float_count, counter=COUNTER)


def rows(db: Database, model: type) -> list:
    return db.read(lambda tx: list(tx.session.scalars(select(model))))


def audit_actions(services: Services, people: People) -> list[str]:
    return [e.action.value for e in services.audit.search(people.admin).items]


def test_a_shift_opens_with_its_float_counted_by_denomination(
    services: Services, people: People, db: Database
) -> None:
    opened = services.shifts.open(people.cashier, {"20": 2, "5": "3", "0.25": 4}, counter=COUNTER)

    assert (opened.opening_float, opened.opened_by) == (D("56.00"), people.cashier.username)
    assert services.shifts.current(people.cashier, COUNTER) == opened
    report = services.shifts.x_report(people.manager, COUNTER)
    assert report.expected_cash == D("56.00")
    assert report.opening_count is not None
    assert report.opening_count.counts == ((D("20.00"), 2), (D("5.00"), 3), (D("0.25"), 4))
    assert report.closed_at is None and report.over_short is None
    assert "shift_opened" in audit_actions(services, people)


@pytest.mark.parametrize(
    ("count", "says"),
    [
        ({"20": -1}, "The count of 20.00 must be from 0 to 100,000"),
        ({"20": "1.5"}, "The count of 20.00 must be a whole number"),
        ({"20": "two"}, "The count of 20.00 must be a whole number"),
        ({"20": "sNaN"}, "The count of 20.00 must be a whole number"),
        ({"3": 1}, "3.00 is not one of the store's denominations"),
        ({"-20": 1}, "A denomination is more than 0.00"),
        ("56.00", "The count"),
    ],
)
def test_a_count_that_is_not_whole_numbers_of_the_stores_notes_is_refused(
    services: Services, people: People, db: Database, count: object, says: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.shifts.open(people.cashier, count, counter=COUNTER)
    assert says in refused.value.message
    assert rows(db, Shift) == []


def test_one_shift_at_a_time_per_counter(services: Services, people: People, db: Database) -> None:
    open_shift(services, people, {"10": 1})
    with pytest.raises(ConflictError, match="already open at counter Test counter"):
        services.shifts.open(people.manager, {"10": 1}, counter=COUNTER)
    services.shifts.open(people.manager, {"10": 1}, counter="Counter 2")  # another is fine
    assert len(rows(db, Shift)) == 2


def test_paid_in_paid_out_and_no_sale_carry_a_reason_and_are_audited(
    services: Services, people: People, db: Database
) -> None:
    open_shift(services, people, {"20": 5})
    services.shifts.paid_in(people.cashier, "30.00", "Change from the bank", counter=COUNTER)
    services.shifts.paid_out(people.cashier, "12.50", "Window cleaner", counter=COUNTER)
    services.shifts.no_sale(people.cashier, "Customer needed change", counter=COUNTER)
    report = services.shifts.x_report(people.manager, COUNTER)

    assert (report.paid_in, report.paid_out, report.no_sales) == (D("30.00"), D("12.50"), 1)
    assert report.expected_cash == D("100.00") + D("30.00") - D("12.50")
    details = {e.action.value: e.detail for e in services.audit.search(people.admin).items}
    assert details["paid_out"] == "counter Test counter, 12.50: Window cleaner"
    assert details["no_sale"] == "counter Test counter, Customer needed change"
    assert details["paid_in"] == "counter Test counter, 30.00: Change from the bank"


def test_the_days_z_report_counts_the_cash_paid_in_and_out_as_the_shifts_does(
    services: Services, people: People, db: Database
) -> None:
    """The second keyboard trial: the shift said "expected 200.05, 10.05 short"; the day's
    Z report said "expected 35.05", having left out the 20.00 paid in and 5.00 paid out
    (and the float, which the day's report takes as typed)."""
    open_shift(services, people, {"50": 3})  # 150.00
    shirt = new_product(services, people.manager, price="35.05", stock=5)
    services.sales.checkout(people.cashier, cart((shirt.id, 1)))  # at COUNTER
    services.shifts.paid_in(people.cashier, "20.00", "Change from the bank", counter=COUNTER)
    services.shifts.paid_out(people.cashier, "5.00", "Window cleaner", counter=COUNTER)
    shift = services.shifts.x_report(people.manager, COUNTER)
    assert shift.expected_cash == D("200.05")
    day = services.end_of_day.open_day(people.manager, counter=COUNTER, opening_float="150.00")
    assert (day.paid_in, day.paid_out) == (D("20.00"), D("5.00"))
    assert day.expected_cash == shift.expected_cash
    elsewhere = services.end_of_day.open_day(people.manager, counter="Till 2")
    assert (elsewhere.paid_in, elsewhere.paid_out, elsewhere.expected_cash) == (0, 0, 0)
    store = services.end_of_day.open_day(people.manager, opening_float="150.00")
    assert store.expected_cash == D("200.05")  # the whole store: every counter's
    closed = services.end_of_day.close_day(
        people.manager, counter=COUNTER, opening_float="150.00", counted_cash="190.00"
    )
    assert (closed.expected_cash, closed.difference) == (D("200.05"), D("-10.05"))
    stored = db.read(lambda tx: tx.closings.last(COUNTER))
    assert stored is not None and stored.expected_cash_cents == 20005


def test_the_days_z_report_counts_voids_and_no_sale_openings_as_the_shifts_does(
    services: Services, people: People
) -> None:
    """The full-day trial found no voids line and no No-sale line on the day's Z report,
    where the shift's counted both."""
    open_shift(services, people, {"50": 1})
    shirt = new_product(services, people.manager, price="35.05", stock=5)
    services.sales.checkout(people.cashier, cart((shirt.id, 1)))  # at COUNTER
    twice = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    services.shifts.void(people.manager, twice.id, "rang up twice")
    services.shifts.no_sale(people.cashier, "Customer needed change", counter=COUNTER)
    shift = services.shifts.x_report(people.manager, COUNTER)
    day = services.end_of_day.open_day(people.manager, counter=COUNTER)
    assert (day.voids_count, day.voids, day.no_sales) == (1, D("35.05"), 1)
    assert (day.voids_count, day.no_sales) == (shift.voids, shift.no_sales)
    assert (day.sales_count, day.gross) == (1, D("35.05"))  # the void is in no other figure
    elsewhere = services.end_of_day.open_day(people.manager, counter="Till 2")
    assert (elsewhere.voids_count, elsewhere.no_sales) == (0, 0)
    closed = services.end_of_day.close_day(
        people.manager, counter=COUNTER, opening_float="50.00", counted_cash="85.05"
    )
    assert (closed.voids_count, closed.no_sales) == (1, 1)


def test_bad_cash_movements_are_refused_with_nothing_written(
    services: Services, people: People, db: Database
) -> None:
    with pytest.raises(ConflictError, match="No shift is open"):
        services.shifts.paid_in(people.cashier, "5", "Float", counter=COUNTER)
    open_shift(services, people, {"10": 2})
    with pytest.raises(ValidationError, match="Reason"):
        services.shifts.no_sale(people.cashier, "  ", counter=COUNTER)
    with pytest.raises(ValidationError):
        services.shifts.paid_in(people.cashier, "-5", "Float", counter=COUNTER)
    with pytest.raises(ValidationError, match="more than the drawer should hold"):
        services.shifts.paid_out(people.cashier, "20.01", "Too much", counter=COUNTER)
    assert rows(db, CashMovement) == []


def test_a_customer_may_not_open_the_drawer(services: Services, people: People) -> None:
    open_shift(services, people, {"10": 1})
    customer = new_customer(services, people.manager)
    actor = customer_actor(customer.id, customer.username)
    with pytest.raises(PermissionDeniedError):
        services.shifts.no_sale(actor, "Curious", counter=COUNTER)


def test_the_blind_close_records_counted_against_expected_per_method(
    services: Services, people: People, db: Database
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    customer = new_customer(services, people.manager, balance="50.00")
    open_shift(services, people, {"20": 5})  # 100.00
    services.sales.checkout(people.cashier, cart((shirt.id, 2), cash_tendered=D("50")))  # +20
    services.sales.checkout(people.cashier, cart((shirt.id, 1), card_amount=D("10.00")))
    services.sales.checkout(people.cashier, cart((shirt.id, 3), customer_id=customer.id))
    services.wallets.top_up(people.cashier, customer.id, "15.00", method="cash", counter=COUNTER)
    with pytest.raises(PermissionDeniedError):  # the cashier's close is blind
        services.shifts.x_report(people.cashier, COUNTER)
    x = services.shifts.x_report(people.manager, COUNTER)
    assert (x.sales, x.cash_sales, x.card_sales, x.wallet_sales) == (
        3,
        D("20.00"),
        D("10.00"),
        D("30.00"),
    )
    assert x.expected_cash == D("135.00")  # 100 + 20 + 15 top-up

    z = services.shifts.close(
        people.cashier, {"20": 6, "10": 1, "1": 3}, card_total="10.00", counter=COUNTER
    )  # 133.00: 2.00 short, within the default 5.00
    cash, card, wallet = z.methods
    assert (cash.expected, cash.counted, cash.difference) == (D("135.00"), D("133.00"), D("-2.00"))
    assert (card.expected, card.counted, card.difference) == (D("10.00"), D("10.00"), D("0.00"))
    assert (wallet.expected, wallet.counted) == (D("30.00"), None)
    assert z.over_short == D("-2.00") and z.closed_by == people.cashier.username
    assert services.shifts.current(people.cashier, COUNTER) is None
    (entry,) = [
        e for e in services.audit.search(people.admin).items if e.action is AuditAction.SHIFT_CLOSED
    ]
    assert entry.detail == "counter Test counter, counted 133.00, expected 135.00, short 2.00"


def test_closing_twice_is_refused(services: Services, people: People) -> None:
    open_shift(services, people, {"10": 1})
    services.shifts.close(people.cashier, {"10": 1}, counter=COUNTER)
    with pytest.raises(ConflictError, match="No shift is open at counter Test counter"):
        services.shifts.close(people.cashier, {"10": 1}, counter=COUNTER)


def test_a_difference_above_the_limit_needs_a_managers_approval(
    services: Services, people: People, db: Database
) -> None:
    open_shift(services, people, {"20": 5})
    with pytest.raises(PermissionDeniedError, match="a manager must approve") as refused:
        services.shifts.close(people.cashier, {"20": 4}, counter=COUNTER)  # 20.00 short
    assert "20.00" not in refused.value.message and "100.00" not in refused.value.message
    assert services.shifts.current(people.cashier, COUNTER) is not None  # nothing written

    wrong = ManagerOverride(people.cashier.username, STAFF_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="not a manager"):
        services.shifts.close(people.cashier, {"20": 4}, counter=COUNTER, override=wrong)
    signed = ManagerOverride(people.manager.username, STAFF_PASSWORD)
    z = services.shifts.close(people.cashier, {"20": 4}, counter=COUNTER, override=signed)
    assert (z.over_short, z.approved_by) == (D("-20.00"), people.manager.username)


def test_after_a_refused_count_every_close_of_the_shift_needs_a_manager(
    services: Services, people: People, db: Database
) -> None:
    """The blind close could be probed: told the count was too far off, a cashier recounted
    (another figure each time) until one passed, and so learnt what the drawer held. The
    refusal is kept; a count within the limit after it is refused all the same, with the
    same words whatever the figure, and the manager's approval names it."""
    open_shift(services, people, {"20": 5})  # 100.00 expected
    with pytest.raises(PermissionDeniedError, match="by more than the store allows"):
        services.shifts.close(people.cashier, {"20": 4}, counter=COUNTER)  # 20.00 short
    for recount in ({"20": 5}, {"20": 6}):  # right, and over: the same answer
        with pytest.raises(PermissionDeniedError) as again:
            services.shifts.close(people.cashier, recount, counter=COUNTER)
        assert again.value.message == (
            "A count of this shift was refused already: a manager must approve this close"
        )
    assert services.shifts.current(people.cashier, COUNTER) is not None  # still open
    refusals = [
        (e.outcome.value, e.detail)
        for e in services.audit.search(people.admin, action=AuditAction.SHIFT_CLOSED).items
    ]
    assert refusals == [
        (
            "denied",
            "counter Test counter, counted 120.00: a count was refused before",
        ),
        (
            "denied",
            "counter Test counter, counted 100.00: a count was refused before",
        ),
        ("denied", "counter Test counter, counted 80.00: over the limit"),
    ]
    signed = ManagerOverride(people.manager.username, STAFF_PASSWORD)
    z = services.shifts.close(people.cashier, {"20": 5}, counter=COUNTER, override=signed)
    assert (z.over_short, z.approved_by) == (D("0.00"), people.manager.username)
    closed = services.audit.search(people.admin, action=AuditAction.SHIFT_CLOSED).items[0]
    assert closed.detail.endswith(f"approved by {people.manager.username} after a refused count")
    # The next shift at this counter starts afresh.
    open_shift(services, people, {"20": 5})
    services.shifts.close(people.cashier, {"20": 5}, counter=COUNTER)
    assert services.shifts.current(people.cashier, COUNTER) is None


def test_a_sale_belongs_to_the_shift_open_at_its_counter_or_to_none(
    services: Services, people: People, db: Database
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    before = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    open_shift(services, people, {"10": 1})
    during = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    elsewhere = services.sales.checkout(
        people.cashier, replace(cart((shirt.id, 1)), counter="Counter 2")
    )
    services.shifts.close(people.cashier, {"10": 2}, counter=COUNTER)
    after = services.sales.checkout(people.cashier, cart((shirt.id, 1)))

    (shift,) = rows(db, Shift)
    by_sale = {s.id: s.shift_id for s in rows(db, models.Sale)}
    assert by_sale == {before.id: None, during.id: shift.id, elsewhere.id: None, after.id: None}


def test_a_store_that_sells_only_in_shifts_refuses_a_sale_with_no_shift_open(
    services: Services, people: People, db: Database
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    services.taxes.update_settings(people.manager, {"shift_required": True})
    with pytest.raises(ConflictError, match="No shift is open at counter Test counter"):
        services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    assert rows(db, models.Sale) == []
    assert services.inventory.get(people.manager, shirt.id).stock == 20
    open_shift(services, people, {"10": 1})
    sale = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    assert sale.total == D("10.00")


def refund_all(services: Services, people: People, sale_id: int, method: str) -> None:
    sale = services.sales.get(people.manager, sale_id)
    request = RefundRequest(
        str(uuid.uuid4()),
        sale.id,
        tuple(ReturnLine(line.line_id, line.quantity) for line in sale.lines),
        method,
        "Changed mind",
        counter=COUNTER,
    )
    services.refunds.refund(people.manager, request)


def test_with_shifts_required_cash_goes_back_only_while_a_shift_is_open(
    services: Services, people: People, db: Database
) -> None:
    """The full-day keyboard trial refunded 148.27 in cash after the shift and the day were
    closed: the cash left a drawer that no shift counted. Store credit still may."""
    services.taxes.update_settings(people.manager, {"shift_required": True})
    open_shift(services, people, {"10": 1})
    shirt = new_product(services, people.manager, price="10.00", stock=5)
    customer = new_customer(services, people.manager, "johndoe", "50.00")
    sale = services.sales.checkout(
        people.cashier, cart((shirt.id, 1), customer_id=customer.id, wallet_amount=D(0))
    )
    services.shifts.close(people.cashier, {"10": 2}, counter=COUNTER)
    with pytest.raises(ConflictError, match="before paying a refund in cash"):
        refund_all(services, people, sale.id, "cash")
    assert rows(db, models.Refund) == []
    assert services.inventory.get(people.manager, shirt.id).stock == 4
    refund_all(services, people, sale.id, "wallet")  # no cash moves: store credit may
    assert services.wallets.balance(people.manager, customer.id) == D("60.00")


def test_a_void_takes_the_whole_sale_back_during_its_shift(
    services: Services, people: People, db: Database
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    customer = new_customer(services, people.manager, balance="50.00")
    open_shift(services, people, {"20": 5})
    cash_sale = services.sales.checkout(people.cashier, cart((shirt.id, 2), cash_tendered=D("20")))
    wallet_sale = services.sales.checkout(
        people.cashier, cart((shirt.id, 1), customer_id=customer.id)
    )

    with pytest.raises(PermissionDeniedError):
        services.shifts.void(people.cashier, cash_sale.id, "Rang up twice")
    signed = ManagerOverride(people.manager.username, STAFF_PASSWORD)
    voided = services.shifts.void(people.cashier, cash_sale.id, "Rang up twice", signed)
    services.shifts.void(people.manager, wallet_sale.id, "Customer left")

    assert voided.voided_at is not None and voided.void_reason == "Rang up twice"
    assert services.inventory.get(people.manager, shirt.id).stock == 20
    assert services.customers.get(people.manager, customer.id).balance == D("50.00")
    x = services.shifts.x_report(people.manager, COUNTER)
    assert (x.sales, x.voids, x.cash_sales, x.expected_cash) == (0, 2, D("0.00"), D("100.00"))
    voids = [e for e in services.audit.search(people.admin).items if e.action is AuditAction.VOID]
    assert [e.detail for e in voids] == [
        f"sale #{wallet_sale.id}, 10.00: Customer left",
        f"sale #{cash_sale.id}, 20.00: Rang up twice, authorised by {people.manager.username}",
    ]
    with pytest.raises(ConflictError, match="already void"):
        services.shifts.void(people.manager, cash_sale.id, "Again")
    with pytest.raises(ValidationError, match="was voided"):
        refund_all(services, people, cash_sale.id, "cash")


def test_a_void_of_another_shifts_sale_or_of_a_returned_sale_is_refused(
    services: Services, people: People, db: Database
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    open_shift(services, people, {"10": 1})
    old = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    services.shifts.close(people.cashier, {"10": 2}, counter=COUNTER)
    open_shift(services, people, {"10": 2})
    returned = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    refund_all(services, people, returned.id, "cash")

    with pytest.raises(ValidationError, match="not of a shift still open"):
        services.shifts.void(people.manager, old.id, "Too late")
    with pytest.raises(ValidationError, match="has a return already"):
        services.shifts.void(people.manager, returned.id, "Twice")
    assert all(s.voided_at is None for s in rows(db, models.Sale))


def test_the_z_report_of_a_period_is_built_from_its_closed_shifts(
    services: Services, people: People
) -> None:
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    start = datetime.now(UTC) - timedelta(minutes=1)
    for counter, sold in ((COUNTER, 2), ("Counter 2", 3)):
        services.shifts.open(people.manager, {"10": 1}, counter=counter)
        services.sales.checkout(people.manager, replace(cart((shirt.id, sold)), counter=counter))
        services.shifts.close(people.manager, {"10": 1 + sold}, counter=counter)
    end = datetime.now(UTC) + timedelta(minutes=1)

    store = services.shifts.closed(people.manager, start, end)
    one = services.shifts.closed(people.manager, start, end, counter="Counter 2")
    assert [s.counter for s in store.shifts] == [COUNTER, "Counter 2"]
    assert store.total("cash_sales") == D("50.00") and store.over_short == D("0.00")
    assert [s.cash_sales for s in one.shifts] == [D("30.00")]
    with pytest.raises(PermissionDeniedError):
        services.shifts.closed(people.cashier, start, end)


def test_the_sales_csv_says_which_sales_were_voided_and_what_came_back(
    services: Services, people: People
) -> None:
    """The full-day trial summed the export's totals and counted a voided sale's money,
    which had all gone back: nothing in the file said so."""
    shirt = new_product(services, people.manager, price="10.00", stock=20)
    open_shift(services, people, {"10": 1})
    kept = services.sales.checkout(people.cashier, cart((shirt.id, 2)))
    voided = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    services.shifts.void(people.manager, voided.id, "=Rang up twice")
    returned = services.sales.checkout(people.cashier, cart((shirt.id, 1)))
    refund_all(services, people, returned.id, "cash")

    by_id = {
        sale.id: dict(zip(CSV_HEADER, sales_csv_row(sale), strict=True))
        for sale in services.sales.history(people.manager).items
    }
    shown = {
        sale_id: (row["total"], row["refunded"], row["status"], row["void_reason"])
        for sale_id, row in by_id.items()
    }
    assert shown == {
        kept.id: ("20.00", "0.00", "completed", ""),
        voided.id: ("10.00", "0.00", "void", "'=Rang up twice"),  # typed: no formula
        returned.id: ("10.00", "10.00", "completed", ""),
    }
