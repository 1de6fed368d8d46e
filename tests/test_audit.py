"""The audit trail: a row for each sensitive action, refusals included; append-only in
the database itself; lockout after ten failed sign-ins and an admin's unlock."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from conftest import STAFF_PASSWORD, People, customer_actor
from helpers import buy, cart, new_customer, new_product
from sqlalchemy import text

from pos_app.data.database import Database
from pos_app.domain.enums import AuditAction, AuditOutcome
from pos_app.domain.errors import AuthenticationError, ConflictError, PermissionDeniedError
from pos_app.services import Services
from pos_app.services.records import ManagerOverride, RefundRequest, ReturnLine


def trail(services: Services, people: People, **filters: object) -> list[tuple[str, str, str]]:
    page = services.audit.search(people.admin, limit=1000, **filters)  # type: ignore[arg-type]
    return [(r.action.value, r.outcome.value, r.actor_username) for r in page.items]


def test_each_sensitive_action_leaves_a_row(services: Services, people: People) -> None:
    cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "Counter 7")
    customer = new_customer(services, cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="10.00", stock=5)
    services.inventory.update(people.manager, product.id, {"price": "12.00"})
    services.inventory.restock(people.manager, product.id, 3)
    sale = buy(services, cashier, customer.id, product.id, qty=2)
    services.refunds.refund(
        cashier,
        RefundRequest(
            str(uuid.uuid4()),
            sale.id,
            (ReturnLine(sale.lines[0].line_id, 1),),
            "wallet",
            "Damaged",
            "Counter 7",
        ),
        ManagerOverride("manager1", STAFF_PASSWORD),
    )
    services.wallets.deduct(people.manager, customer.id, Decimal("1.00"), "Goodwill error")
    review = services.reviews.submit(customer_actor(customer.id, "johndoe"), product.id, 5)
    services.reviews.moderate(people.manager, review.id, "approved")
    member = services.staff.create(
        people.admin, username="newbie", password="newbie-pass-1", name="New", role="cashier"
    )
    services.staff.set_role(people.admin, member.id, "manager")
    services.staff.reset_password(people.admin, member.id, "newbie-pass-2")
    services.audit.settings_changed(people.admin, ["counter_name", "store_name"])
    services.auth.sign_out(cashier)
    actions = {row[0] for row in trail(services, people)}
    for expected in (
        AuditAction.SIGN_IN,
        AuditAction.SIGN_OUT,
        AuditAction.CUSTOMER_REGISTERED,
        AuditAction.WALLET_TOP_UP,
        AuditAction.WALLET_ADJUSTMENT,
        AuditAction.PRICE_CHANGE,
        AuditAction.STOCK_ADJUSTMENT,
        AuditAction.SALE,
        AuditAction.REFUND,
        AuditAction.REVIEW_MODERATION,
        AuditAction.STAFF_CREATED,
        AuditAction.ROLE_CHANGED,
        AuditAction.PASSWORD_RESET,
        AuditAction.SETTINGS_CHANGE,
    ):
        assert expected.value in actions, expected
    sale_rows = services.audit.search(people.admin, record_ref=f"sale:{sale.uuid}").items
    assert [r.action for r in sale_rows] == [AuditAction.REFUND, AuditAction.SALE]
    assert sale_rows[0].counter == "Counter 7"
    assert "authorised by manager1" in sale_rows[0].detail
    price = services.audit.search(people.admin, action="price_change").items[0]
    assert price.detail.endswith("10.00 -> 12.00")


def test_refusals_are_recorded(services: Services, people: People) -> None:
    product = new_product(services, people.manager, stock=3)
    with pytest.raises(PermissionDeniedError):
        services.inventory.restock(people.cashier, product.id, 5)
    with pytest.raises(PermissionDeniedError):
        services.staff.list(None)
    with pytest.raises(AuthenticationError):
        services.auth.sign_in("cashier1", "wrong-password-x")
    with pytest.raises(AuthenticationError):
        services.auth.sign_in("my-secret-password", "whatever-pass")
    rows = services.audit.search(people.admin, limit=100).items
    denied = [r for r in rows if r.action is AuditAction.PERMISSION_DENIED]
    assert [(r.actor_username, r.outcome) for r in denied] == [
        ("", AuditOutcome.DENIED),
        ("cashier1", AuditOutcome.DENIED),
    ]
    assert "InventoryService.restock" in denied[1].detail
    failed = [r for r in rows if r.action is AuditAction.SIGN_IN_FAILED]
    assert [(r.actor_username, r.detail) for r in failed] == [
        ("", "unknown username"),
        ("cashier1", "wrong password"),
    ]
    assert all("my-secret-password" not in (r.detail + r.actor_username) for r in rows)
    with pytest.raises(PermissionDeniedError):
        services.audit.search(people.manager)


def test_audit_rows_cannot_be_changed_or_deleted(
    services: Services, people: People, db: Database
) -> None:
    services.audit.settings_changed(people.admin, ["store_name"])
    for statement in ("UPDATE audit_entries SET detail = 'x'", "DELETE FROM audit_entries"):
        with pytest.raises(ConflictError, match="refused"):
            db.write(lambda s, sql=statement: s.session.execute(text(sql)))
    assert [r[0] for r in trail(services, people)] == ["settings_change"]


def test_ten_failed_sign_ins_lock_the_account_until_an_admin_unlocks(
    services: Services, people: People
) -> None:
    for _ in range(10):
        with pytest.raises(AuthenticationError):
            services.auth.sign_in("cashier1", "wrong-password-x")
    with pytest.raises(AuthenticationError, match=r"^Invalid username or password$"):
        services.auth.sign_in("cashier1", STAFF_PASSWORD)  # locked: same generic message
    assert [m.username for m in services.staff.locked(people.admin)] == ["cashier1"]
    assert AuditAction.LOCKOUT.value in {row[0] for row in trail(services, people)}
    with pytest.raises(PermissionDeniedError):
        services.staff.unlock(people.manager, people.cashier.account_id)  # type: ignore[arg-type]
    services.staff.unlock(people.admin, people.cashier.account_id)  # type: ignore[arg-type]
    assert services.auth.sign_in("cashier1", STAFF_PASSWORD).username == "cashier1"
    assert services.staff.locked(people.admin) == ()
    assert AuditAction.UNLOCK.value in {row[0] for row in trail(services, people)}


def test_a_cashier_changes_a_price_only_with_a_manager(services: Services, people: People) -> None:
    product = new_product(services, people.manager, price="5.00", stock=3)
    with pytest.raises(PermissionDeniedError, match="manager must authorise"):
        services.inventory.update(people.cashier, product.id, {"price": "4.00"})
    changed = services.inventory.update(
        people.cashier, product.id, {"price": "4.00"}, ManagerOverride("manager1", STAFF_PASSWORD)
    )
    assert changed.price == Decimal("4.00")
    row = services.audit.search(people.admin, action="price_change").items[0]
    assert (row.actor_username, row.detail.endswith("authorised by manager1")) == ("cashier1", True)
    sale = services.sales.checkout(
        people.cashier, cart((product.id, 1), cash_tendered=Decimal("4"))
    )
    assert sale.total == Decimal("4.00")
