"""Manager overrides offline (issue 15), through the services on both databases: a
discount above the cashiers' limit is accepted offline only with the password of a
manager who signed in at this counter within the verifier's lifetime, checked against the
counter's own fresh bcrypt verifier (never the server's hash); the synced sale's audit
row names the cashier and the manager and says it was authorised offline, once."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import bcrypt
import pytest
from conftest import STAFF_PASSWORD, People, QuickHasher
from helpers import new_product
from sqlalchemy import select

from pos_app.data.counter_file import LAYOUT, CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Sale
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import AuthenticationError, PermissionDeniedError
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.offline_overrides import (
    NO_VERIFIER,
    OFFLINE_TRIES,
    VERIFIER_TTL,
    signed_in_here,
)
from pos_app.services.permissions import Op
from pos_app.services.records import CartLine, CheckoutRequest, DiscountRequest, ManagerOverride
from pos_app.ui.offline_sync import sync_and_refresh
from pos_app.ui.service_messages import matched

NO_MANAGER = NO_VERIFIER.format(hours=72)
OVER_LIMIT = "A discount of more than 10% needs a manager's authorisation"


def counter(db: Database, tmp_path: Path, name: str = "T1") -> OfflineSalesService:
    """Counter ``name``'s offline service on its own file, its catalogue copy current."""
    file = CounterFile(tmp_path / f"{name}.sqlite")
    service = OfflineSalesService(db, file, QuickHasher())
    assert service.refresh_catalogue().complete
    return service


def discounted(product_id: int, percent: str, *, reason: str = "Loyal customer") -> CheckoutRequest:
    """Two of the product at 10.00, a cart discount of ``percent``, paid in cash."""
    return CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=(CartLine(product_id, 2, Decimal("10.00")),),
        counter="T1",
        cash_tendered=Decimal(20),
        discount=DiscountRequest(reason, Decimal(percent)),
    )


def manager(password: str = STAFF_PASSWORD, username: str = "manager1") -> ManagerOverride:
    return ManagerOverride(username, password)


def sale_audit(services: Services, people: People, number: str) -> list[tuple[str, str]]:
    """(actor, detail) of the audit rows of the sale with counter number ``number``."""
    rows = services.audit.search(people.admin, action=AuditAction.SALE, limit=500).items
    return [(r.actor_username, r.detail) for r in rows if f"(offline {number})" in r.detail]


def authorised_by(db: Database, sale_uuid: str) -> tuple[int | None, int | None, int]:
    """(cashier id, discount authorised by id, discount cents) of the server's sale."""
    row = db.read(
        lambda tx: tx.session.execute(
            select(Sale.cashier_id, Sale.discount_authorised_by_id, Sale.discount_cents).where(
                Sale.uuid == sale_uuid
            )
        ).one()
    )
    return row[0], row[1], int(row[2])


@pytest.fixture
def shirt_id(services: Services, people: People) -> int:
    return new_product(services, people.manager, "Shirt", "10.00", 50, "2001").id


def test_a_discount_within_the_limit_needs_no_one_and_syncs_audited(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    request = discounted(shirt_id, "10")  # the limit itself
    quote = t1.quote(people.cashier, request)
    assert (quote.needs_manager, quote.total, quote.discount) == (
        False,
        Decimal("18.00"),
        Decimal("2.00"),
    )
    assert quote == services.sales.quote(people.cashier, request)  # the online figure
    receipt = t1.sell(people.cashier, request)
    assert (receipt.total, receipt.change) == (Decimal("18.00"), Decimal("2.00"))
    assert t1.sync_once().sent == 1
    cashier = people.cashier.account_id
    assert authorised_by(db, request.sale_uuid) == (cashier, cashier, 200)
    ((actor, detail),) = sale_audit(services, people, receipt.counter_number)
    assert actor == "cashier1"
    assert detail.endswith("; discount 2.00 (Loyal customer), authorised by cashier1")


def test_above_the_limit_offline_is_refused_without_a_manager_and_writes_nothing(
    people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    request = discounted(shirt_id, "25")
    assert t1.quote(people.cashier, request).needs_manager
    with pytest.raises(PermissionDeniedError, match=OVER_LIMIT):
        t1.sell(people.cashier, request)
    with pytest.raises(PermissionDeniedError, match=NO_MANAGER):
        t1.sell(people.cashier, request, manager())  # no manager ever signed in here
    assert t1.sales(state=None) == []


def test_a_cached_managers_password_authorises_it_and_the_sync_audits_both_once(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    signed = signed_in_here(services.auth, t1.overrides, "manager1", STAFF_PASSWORD, "T1")
    assert signed.account_id == people.manager.account_id
    request = discounted(shirt_id, "25")

    with pytest.raises(AuthenticationError, match=r"^Invalid username or password$"):
        t1.sell(people.cashier, request, manager("wrong-pass-1"))
    with pytest.raises(PermissionDeniedError, match=NO_MANAGER):
        t1.sell(people.cashier, request, manager(username="manager2"))
    cashier_signs = ManagerOverride("cashier1", STAFF_PASSWORD)
    with pytest.raises(PermissionDeniedError, match=NO_MANAGER):
        t1.sell(people.cashier, request, cashier_signs)  # a cashier keeps no verifier
    assert t1.sales(state=None) == []

    receipt = t1.sell(people.cashier, request, manager())
    assert receipt.total == Decimal("15.00")
    assert t1.sync_once().sent == 1
    ids = (people.cashier.account_id, people.manager.account_id, 500)
    assert authorised_by(db, request.sale_uuid) == ids
    ((actor, detail),) = sale_audit(services, people, receipt.counter_number)
    assert actor == "cashier1"
    assert detail.endswith(
        "; discount 5.00 (Loyal customer), authorised by manager1 "
        "(offline override, checked at counter T1)"
    )

    # Sent again from scratch (as if its first send's answer and its count were lost):
    # the server still has it once, and its audit row once.
    with sqlite3.connect(tmp_path / "T1.sqlite") as local:
        local.execute("UPDATE outbox SET state = 'waiting', attempts = 0, server_sale_id = NULL")
    again = t1.sync_once()
    assert (again.sent, again.already_there, again.conflicts) == (0, 1, 0)
    assert len(sale_audit(services, people, receipt.counter_number)) == 1
    count = db.read(
        lambda tx: len(
            tx.session.scalars(select(Sale.id).where(Sale.uuid == request.sale_uuid)).all()
        )
    )
    assert count == 1


def test_the_verifier_is_the_counters_own_fresh_hash_with_an_expiry(
    services: Services, people: People, db: Database, tmp_path: Path, staff_hash: str
) -> None:
    t1 = counter(db, tmp_path)
    signed_in_here(services.auth, t1.overrides, "Manager1 ", STAFF_PASSWORD, "T1")
    signed_in_here(services.auth, t1.overrides, "cashier1", STAFF_PASSWORD, "T1")
    (kept,) = t1.overrides.copies.all()
    assert (kept.account_id, kept.username, kept.role) == (
        people.manager.account_id,
        "manager1",
        "manager",
    )
    # Made here from the password typed: not the hash the server's account was made with.
    assert kept.verifier != staff_hash
    assert bcrypt.checkpw(STAFF_PASSWORD.encode(), kept.verifier.encode())
    assert kept.expires_at - kept.remembered_at == VERIFIER_TTL == timedelta(hours=72)
    assert "$2" not in repr(kept)
    assert (tmp_path / "T1.sqlite").stat().st_mode & 0o077 == 0


def test_an_expired_verifier_is_refused_and_purged(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    t1.overrides.ttl = timedelta(0)  # expired as soon as kept
    signed_in_here(services.auth, t1.overrides, "manager1", STAFF_PASSWORD, "T1")
    assert len(t1.overrides.copies.all()) == 1
    with pytest.raises(PermissionDeniedError, match="in the last 0 hours"):
        t1.sell(people.cashier, discounted(shirt_id, "25"), manager())
    assert t1.overrides.copies.all() == []
    assert t1.sales(state=None) == []


def test_a_manager_demoted_or_deactivated_since_loses_the_offline_override(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    member = services.staff.create(
        people.admin, username="boss2", password="boss-pass-22", name="Boss Two", role="manager"
    )
    for name, password in (("manager1", STAFF_PASSWORD), ("boss2", "boss-pass-22")):
        signed_in_here(services.auth, t1.overrides, name, password, "T1")
    assert t1.overrides.refresh() == 0  # both still managers
    services.staff.set_role(people.admin, people.manager.account_id, "cashier")
    services.staff.set_active(people.admin, member.id, False)
    assert t1.overrides.refresh() == 2
    assert t1.overrides.copies.all() == []
    request = discounted(shirt_id, "25")
    for override in (manager(), manager("boss-pass-22", "boss2")):
        with pytest.raises(PermissionDeniedError, match=NO_MANAGER):
            t1.sell(people.cashier, request, override)
    # Signing in again as a cashier keeps nothing either.
    signed_in_here(services.auth, t1.overrides, "manager1", STAFF_PASSWORD, "T1")
    assert t1.overrides.copies.all() == []


def test_wrong_passwords_in_a_row_drop_the_verifier(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    signed_in_here(services.auth, t1.overrides, "manager1", STAFF_PASSWORD, "T1")
    request = discounted(shirt_id, "25")
    for _ in range(OFFLINE_TRIES):
        with pytest.raises(AuthenticationError):
            t1.sell(people.cashier, request, manager("wrong-pass-1"))
    with pytest.raises(PermissionDeniedError, match=NO_MANAGER):
        t1.sell(people.cashier, request, manager())
    assert t1.sales(state=None) == []


def test_an_online_override_keeps_a_verifier_too(
    services: Services, people: People, db: Database, tmp_path: Path, shirt_id: int
) -> None:
    t1 = counter(db, tmp_path)
    request = discounted(shirt_id, "25")
    sale = services.sales.checkout(people.cashier, request, manager())
    assert sale.total == Decimal("15.00")
    op = Op.DISCOUNT_ABOVE_LIMIT
    # A manager selling alone: the server never looked at a password typed; none is kept.
    assert not t1.overrides.remember_override(manager("any-guess-1"), people.manager, op)
    assert t1.overrides.copies.all() == []
    assert t1.overrides.remember_override(manager(), people.cashier, op)
    cashier_signs = ManagerOverride("cashier1", STAFF_PASSWORD)
    assert not t1.overrides.remember_override(cashier_signs, people.cashier, op)
    assert [v.username for v in t1.overrides.copies.all()] == ["manager1"]
    assert t1.sell(people.cashier, discounted(shirt_id, "25"), manager()).total == Decimal("15")


def test_an_older_counter_file_gains_the_verifiers_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:
        for step, statement in enumerate(LAYOUT[:-1], start=1):
            old.execute(statement)
            old.execute(f"PRAGMA user_version={step}")
    file = CounterFile(path)
    file.save_cart("T1", {"lines": []})  # opening it upgrades it
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == len(LAYOUT)
        assert upgraded.execute("SELECT count(*) FROM manager_verifiers").fetchone()[0] == 0


def test_the_background_sync_drops_a_demoted_managers_verifier(
    services: Services, people: People
) -> None:
    overrides = services.offline.overrides
    signed_in_here(services.auth, overrides, "manager1", STAFF_PASSWORD, "T1")
    sync_and_refresh(services)
    assert [v.username for v in overrides.copies.all()] == ["manager1"]
    services.staff.set_role(people.admin, people.manager.account_id, "cashier")
    sync_and_refresh(services)  # what the counter runs every few seconds
    assert overrides.copies.all() == []


def test_the_no_verifier_refusal_is_said_in_the_counters_language() -> None:
    assert matched(NO_MANAGER) == (NO_VERIFIER, {"hours": "72"})
