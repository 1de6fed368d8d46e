"""The Conflicts view's service (issue 15): flagged offline sales and conflicts listed,
open first, and resolved once by a manager with a note, audited; SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_customer, new_product
from sqlalchemy import func, select
from test_offline_sales import counter, offline_cart

from pos_app.data.database import Database
from pos_app.data.offline_models import OfflineResolution
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.services import Services
from pos_app.services.offline_conflicts import IssueKind, OfflineIssue, PriceDifference
from pos_app.services.records import CartLine, CheckoutRequest


def resolutions(db: Database) -> int:
    return int(db.read(lambda tx: tx.session.scalar(select(func.count(OfflineResolution.id)))))


def audit_details(services: Services, people: People) -> list[str]:
    """The details of the resolutions' audit rows, as the audit trail shows them."""
    found = services.audit.search(people.admin, action=AuditAction.OFFLINE_RESOLVED)
    return [entry.detail for entry in found.items]


def stage(db: Database, services: Services, people: People, tmp_path: Path) -> dict[str, str]:
    """An oversold sale (the last lamp, sold offline at two counters), a price-changed
    one (the shirt went up meanwhile) and a conflict (a UUID again with other content)."""
    lamp = new_product(services, people.manager, name="Lamp", price="30.00", stock=1)
    shirt = new_product(services, people.manager, name="Shirt", price="19.99", stock=5)
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    t1, t2 = counter(db, tmp_path, "T1"), counter(db, tmp_path, "T2")
    t1.sell(people.cashier, offline_cart("T1", (lamp.id, 1, "30.00")))
    oversold = t2.sell(people.cashier, offline_cart("T2", (lamp.id, 1, "30.00")))
    repriced = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 2, "19.99")))
    online = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(mug.id, 1),), counter="T3")
    )
    t2.sell(people.cashier, offline_cart("T2", (mug.id, 3, "4.50"), sale_uuid=online.uuid))
    services.inventory.update(people.manager, shirt.id, {"price": Decimal("24.99")})
    assert t1.sync_once().sent == 2
    report = t2.sync_once()
    assert (report.oversold, report.conflicts) == (1, 1)
    return {"oversold": oversold.sale_uuid, "repriced": repriced.sale_uuid, "online": online.uuid}


def by_uuid(issues: list[OfflineIssue], sale_uuid: str) -> OfflineIssue:
    (found,) = [i for i in issues if i.sale_uuid == sale_uuid]
    return found


def test_a_manager_sees_what_each_flagged_sale_and_conflict_is(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    staged = stage(db, services, people, tmp_path)
    issues = services.conflicts.issues(people.manager)
    assert len(issues) == 3
    assert not any(i.resolved for i in issues)

    oversold = by_uuid(issues, staged["oversold"])
    assert (oversold.kind, oversold.counter_number) == (IssueKind.OFFLINE_SALE, "T2-000001")
    assert (oversold.oversold, oversold.price_changed) == (True, False)
    assert oversold.below_zero == (("Lamp", -1),)
    assert oversold.total == Decimal("30.00")
    assert oversold.cashier == people.cashier.username

    repriced = by_uuid(issues, staged["repriced"])
    assert (repriced.oversold, repriced.price_changed) == (False, True)
    assert repriced.prices == (PriceDifference("Shirt", Decimal("19.99"), Decimal("24.99")),)
    assert repriced.below_zero == ()

    conflict = by_uuid(issues, staged["online"])
    assert (conflict.kind, conflict.counter_number) == (IssueKind.CONFLICT, "T2-000002")
    assert conflict.sale_id is not None  # the sale the server keeps under that UUID


def test_resolving_with_a_note_is_kept_audited_and_listed_after_the_open_ones(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    staged = stage(db, services, people, tmp_path)
    oversold = by_uuid(services.conflicts.issues(people.manager), staged["oversold"])

    done = services.conflicts.resolve(
        people.manager, oversold.kind, oversold.subject_id, "  Found one more lamp in the back  "
    )
    assert done.resolved
    assert (done.resolved_by, done.note) == (
        people.manager.username,
        "Found one more lamp in the back",
    )
    issues = services.conflicts.issues(people.manager)
    assert [i.resolved for i in issues] == [False, False, True]
    assert issues[-1].sale_uuid == staged["oversold"]
    (detail,) = audit_details(services, people)
    assert "T2-000001" in detail and "oversold" in detail
    assert detail.endswith("Found one more lamp in the back")

    conflict = by_uuid(issues, staged["online"])
    services.conflicts.resolve(people.admin, conflict.kind, conflict.subject_id, "Kept the first")
    assert by_uuid(services.conflicts.issues(people.admin), staged["online"]).resolved
    assert resolutions(db) == 2
    assert len(audit_details(services, people)) == 2


@pytest.mark.parametrize("note", ["", "   ", None])
def test_an_empty_note_is_refused_and_changes_nothing(
    db: Database, services: Services, people: People, tmp_path: Path, note: object
) -> None:
    staged = stage(db, services, people, tmp_path)
    issue = by_uuid(services.conflicts.issues(people.manager), staged["repriced"])
    with pytest.raises(ValidationError, match="note"):
        services.conflicts.resolve(people.manager, issue.kind, issue.subject_id, note)
    assert resolutions(db) == 0
    assert audit_details(services, people) == []
    assert not by_uuid(services.conflicts.issues(people.manager), staged["repriced"]).resolved


def test_a_cashier_may_neither_read_nor_resolve(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    staged = stage(db, services, people, tmp_path)
    issue = by_uuid(services.conflicts.issues(people.manager), staged["oversold"])
    with pytest.raises(PermissionDeniedError):
        services.conflicts.issues(people.cashier)
    with pytest.raises(PermissionDeniedError):
        services.conflicts.resolve(people.cashier, issue.kind, issue.subject_id, "I counted")
    assert resolutions(db) == 0
    assert audit_details(services, people) == []


def test_resolving_twice_is_refused_and_the_first_note_stays(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    staged = stage(db, services, people, tmp_path)
    issue = by_uuid(services.conflicts.issues(people.manager), staged["oversold"])
    services.conflicts.resolve(people.manager, issue.kind, issue.subject_id, "Recounted")
    with pytest.raises(ConflictError, match=r"resolved already.*Recounted"):
        services.conflicts.resolve(people.admin, issue.kind, issue.subject_id, "Again")
    assert resolutions(db) == 1
    assert len(audit_details(services, people)) == 1
    again = by_uuid(services.conflicts.issues(people.manager), staged["oversold"])
    assert again.note == "Recounted"


def test_an_unflagged_or_unknown_subject_is_not_found(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    stage(db, services, people, tmp_path)
    with pytest.raises(ValidationError):
        services.conflicts.resolve(people.manager, "sale", 1, "What kind?")
    for kind in IssueKind:
        with pytest.raises(NotFoundError, match="2147483647"):
            services.conflicts.resolve(people.manager, kind, 2**31 - 1, "Nothing there")
    assert resolutions(db) == 0


def test_a_sale_the_server_refused_is_listed_at_its_counter_and_kept_on_the_server_once_resolved(
    db: Database, services: Services, people: People
) -> None:
    """The server refused it at sync (its customer left meanwhile): it is set aside in
    this counter's outbox, listed here, and resolving it keeps its content and why on the
    server, as a conflict without a sale, with the manager's note."""
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    leaving = new_customer(services, people.manager, username="leaving")
    till = services.offline
    assert till.refresh_catalogue().complete
    sold = till.sell(
        people.cashier,
        offline_cart("T1", (mug.id, 1, "4.50"), customer_id=leaving.id, cash_tendered="5"),
    )
    services.customers.delete(people.manager, leaving.id)
    assert till.sync_once().set_aside == 1

    (refused,) = services.conflicts.issues(people.manager)
    assert (refused.kind, refused.sale_uuid, refused.resolved) == (
        IssueKind.REFUSED,
        sold.sale_uuid,
        False,
    )
    assert refused.total == Decimal("4.50") and refused.reason
    with pytest.raises(PermissionDeniedError):
        services.conflicts.resolve(people.cashier, refused.kind, refused.subject_id, "Mine")

    done = services.conflicts.resolve(
        people.manager, refused.kind, refused.subject_id, "Rang it up again for cash"
    )
    assert (done.kind, done.sale_id, done.resolved) == (IssueKind.CONFLICT, None, True)
    assert done.reason == refused.reason
    assert services.conflicts.issues(people.manager) == [done]  # listed once, resolved
    with pytest.raises(ConflictError, match="resolved already"):
        services.conflicts.resolve(people.admin, refused.kind, refused.subject_id, "Again")
    assert resolutions(db) == 1
    (detail,) = audit_details(services, people)
    assert detail.startswith(f"conflict #{done.subject_id} ({sold.counter_number}")
    assert detail.endswith("Rang it up again for cash")
