"""Closing with sales still waiting (issue 15), through the services on both backends: a
shift close at a counter whose outbox still holds sales needs a manager, and the audit
row says how many were waiting; the day's closing says it too."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import STAFF_PASSWORD, People

from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services import Services
from pos_app.services.records import ManagerOverride

COUNTER = "Test counter"


def details(services: Services, people: People, action: AuditAction) -> list[str]:
    return [e.detail for e in services.audit.search(people.admin, action=action).items]


def test_a_cashiers_close_with_sales_waiting_needs_a_manager_and_says_so(
    services: Services, people: People
) -> None:
    services.shifts.open(people.cashier, {"20": 2}, counter=COUNTER)
    with pytest.raises(PermissionDeniedError) as refused:
        services.shifts.close(people.cashier, {"20": 2}, counter=COUNTER, offline_waiting=3)
    assert refused.value.message == (
        "3 sales made offline have not reached the server: a manager must approve this close"
    )
    cashier_signs = ManagerOverride(people.cashier.username, STAFF_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.shifts.close(
            people.cashier, {"20": 2}, counter=COUNTER, offline_waiting=3, override=cashier_signs
        )
    assert services.shifts.current(people.cashier, COUNTER) is not None  # still open
    assert details(services, people, AuditAction.SHIFT_CLOSED) == []

    manager = ManagerOverride(people.manager.username, STAFF_PASSWORD)
    z = services.shifts.close(
        people.cashier, {"20": 2}, counter=COUNTER, offline_waiting=3, override=manager
    )
    assert z.closed_at is not None and z.over_short == Decimal("0.00")
    assert services.shifts.current(people.cashier, COUNTER) is None
    (detail,) = details(services, people, AuditAction.SHIFT_CLOSED)
    assert detail.endswith(
        f"3 sales made offline have not reached the server, approved by {people.manager.username}"
    )


def test_a_managers_own_close_with_one_sale_waiting_is_audited_as_such(
    services: Services, people: People
) -> None:
    services.shifts.open(people.manager, {"20": 1}, counter=COUNTER)
    services.shifts.close(people.manager, {"20": 1}, counter=COUNTER, offline_waiting=1)
    (detail,) = details(services, people, AuditAction.SHIFT_CLOSED)
    assert "1 sale made offline has not reached the server" in detail


def test_nothing_waiting_closes_as_before(services: Services, people: People) -> None:
    services.shifts.open(people.cashier, {"20": 1}, counter=COUNTER)
    services.shifts.close(people.cashier, {"20": 1}, counter=COUNTER, offline_waiting=0)
    (detail,) = details(services, people, AuditAction.SHIFT_CLOSED)
    assert "offline" not in detail and "approved" not in detail


@pytest.mark.parametrize("waiting", [-1, "2", 1.5, True])
def test_a_waiting_count_that_is_not_a_count_is_refused(
    services: Services, people: People, waiting: object
) -> None:
    services.shifts.open(people.cashier, {"20": 1}, counter=COUNTER)
    with pytest.raises(ValidationError):
        services.shifts.close(people.manager, {"20": 1}, counter=COUNTER, offline_waiting=waiting)
    with pytest.raises(ValidationError):
        services.end_of_day.close_day(people.manager, counted_cash="0", offline_waiting=waiting)
    assert services.shifts.current(people.cashier, COUNTER) is not None


def test_the_days_closing_says_how_many_sales_were_still_waiting(
    services: Services, people: People
) -> None:
    services.end_of_day.close_day(
        people.manager, counted_cash="0.00", counter=COUNTER, offline_waiting=2
    )
    (detail,) = details(services, people, AuditAction.DAY_CLOSED)
    assert detail.endswith("; 2 sales made offline have not reached the server")
