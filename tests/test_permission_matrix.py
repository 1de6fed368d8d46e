"""Every operation of the matrix, called through the real service as every role and as
no one: allowed exactly where the matrix says (100% of the pairs)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People, customer_actor
from helpers import buy, cart, new_customer, new_product

from pos_app.domain.enums import Role
from pos_app.domain.errors import PermissionDeniedError, PosError
from pos_app.services import Services
from pos_app.services.permissions import MATRIX, Op
from pos_app.services.records import (
    Actor,
    CartLine,
    CheckoutRequest,
    DiscountRequest,
    RefundRequest,
    ReturnLine,
)

pytestmark = pytest.mark.sqlite_only
NOW = datetime.now(UTC)


@dataclass
class World:
    customer_id: int
    product_id: int
    sale_id: int
    line_id: int
    review_id: int
    cashier_id: int


Call = Callable[[Services, Actor | None, World], object]

#: One real service call per operation; each is guarded by exactly that operation.
CALLS: dict[Op, Call] = {
    Op.CUSTOMER_REGISTER: lambda s, a, w: s.customers.register(
        a,
        username=f"u{uuid.uuid4().hex[:8]}",
        password="pass-word-1",
        name="N",
        age=30,
        marital_status="single",
    ),
    Op.CUSTOMER_UPDATE: lambda s, a, w: s.customers.update(a, w.customer_id, {"age": 31}),
    Op.CUSTOMER_DELETE: lambda s, a, w: s.customers.delete(a, 10**9),
    Op.CUSTOMER_VIEW: lambda s, a, w: s.customers.get(a, w.customer_id),
    Op.CUSTOMER_REACTIVATE: lambda s, a, w: s.customers.reactivate(a, w.customer_id),
    Op.WALLET_TOP_UP: lambda s, a, w: s.wallets.top_up(
        a, w.customer_id, Decimal("1.00"), method="cash"
    ),
    Op.WALLET_DEDUCT: lambda s, a, w: s.wallets.deduct(a, w.customer_id, Decimal("0.01")),
    Op.WALLET_LEDGER: lambda s, a, w: s.wallets.ledger(a, w.customer_id),
    Op.PRODUCT_VIEW: lambda s, a, w: s.inventory.get(a, w.product_id),
    Op.PRODUCT_ADD: lambda s, a, w: s.inventory.add(a, name="X", category="food", price="1.00"),
    Op.PRODUCT_UPDATE: lambda s, a, w: s.inventory.update(a, w.product_id, {"description": "d"}),
    Op.PRODUCT_RESTOCK: lambda s, a, w: s.inventory.restock(a, w.product_id, 1),
    Op.PRODUCT_DEDUCT: lambda s, a, w: s.inventory.deduct_one(a, w.product_id),
    Op.PRODUCT_IMPORT: lambda s, a, w: s.inventory.import_products(a, []),
    Op.CATEGORY_MANAGE: lambda s, a, w: s.inventory.add_category(a, "Food"),
    Op.SALE_CHECKOUT: lambda s, a, w: s.sales.checkout(
        a, cart((w.product_id, 1), cash_tendered=Decimal("100"))
    ),
    Op.SALE_HISTORY: lambda s, a, w: s.sales.history(a, customer_id=w.customer_id),
    Op.SALE_REPORTS: lambda s, a, w: s.sales.top_products(a, NOW - timedelta(1), NOW),
    Op.SALE_REFUND: lambda s, a, w: s.refunds.refund(
        a,
        RefundRequest(str(uuid.uuid4()), w.sale_id, (ReturnLine(w.line_id, 1),), "cash", "r"),
    ),
    Op.DAY_CLOSE: lambda s, a, w: s.end_of_day.close_day(a, counted_cash="0.00"),
    Op.CART_PARK: lambda s, a, w: s.parked.park(a, "Counter 1", (CartLine(w.product_id, 1),)),
    Op.REVIEW_WRITE: lambda s, a, w: s.reviews.update_own(a, w.review_id, comment="edited"),
    Op.REVIEW_READ: lambda s, a, w: s.reviews.for_product(a, w.product_id),
    Op.REVIEW_MODERATE: lambda s, a, w: s.reviews.moderate(a, w.review_id, "approved"),
    Op.STAFF_MANAGE: lambda s, a, w: s.staff.list(a),
    Op.AUDIT_READ: lambda s, a, w: s.audit.search(a),
    Op.SETTINGS_CHANGE: lambda s, a, w: s.audit.settings_changed(a, ["store_name"]),
    Op.TAX_MANAGE: lambda s, a, w: s.taxes.update_settings(a, {"tax_number": "FR-123"}),
    Op.DISCOUNT_ABOVE_LIMIT: lambda s, a, w: s.sales.checkout(
        a,
        CheckoutRequest(
            str(uuid.uuid4()),
            (CartLine(w.product_id, 1, discount=DiscountRequest("Damaged", percent=Decimal(50))),),
            cash_tendered=Decimal("100"),
        ),
    ),
    Op.HEALTH: lambda s, a, w: s.health.check(a),
    Op.SHIFT_WORK: lambda s, a, w: s.shifts.open(a, {"10": 1}, counter="Matrix counter"),
    Op.DRAWER_OPEN: lambda s, a, w: s.shifts.no_sale(a, "Change", counter="Matrix counter"),
    Op.SALE_VOID: lambda s, a, w: s.shifts.void(a, w.sale_id, "Rang up twice"),
    Op.SHIFT_MANAGE: lambda s, a, w: s.shifts.update_settings(a, difference_limit="5.00"),
    Op.OFFLINE_RESOLVE: lambda s, a, w: s.conflicts.resolve(a, "offline_sale", 10**9, "Noted"),
}


def test_every_operation_has_a_call() -> None:
    assert set(CALLS) == set(Op) == set(MATRIX)


@pytest.fixture
def world(services: Services, people: People) -> World:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="2.00", stock=50)
    sale = buy(services, people.cashier, customer.id, product.id, qty=5)
    review = services.reviews.submit(customer_actor(customer.id, "johndoe"), product.id, 4)
    assert people.cashier.account_id is not None
    return World(
        customer.id,
        product.id,
        sale.id,
        sale.lines[0].line_id,
        review.id,
        people.cashier.account_id,
    )


@pytest.mark.slow  # every pair: `make test` and CI; `make test-fast` leaves it out
@pytest.mark.parametrize("op", list(Op))
@pytest.mark.parametrize("role", [*Role, None])
def test_the_service_allows_exactly_what_the_matrix_says(
    services: Services, people: People, world: World, op: Op, role: Role | None
) -> None:
    if role is None:
        actor = None
    elif role is Role.CUSTOMER:
        actor = customer_actor(world.customer_id, "johndoe")
    else:
        actor = people.by_role(role)
    expected = role is not None and role in MATRIX[op]
    try:
        CALLS[op](services, actor, world)
    except PermissionDeniedError:
        assert not expected, f"{role} was refused {op.value}"
        return
    except PosError as exc:  # allowed, then refused for another reason (a rule, not a role)
        assert expected, f"{role} got past the check for {op.value}: {exc.message}"
        return
    assert expected, f"{role} was allowed {op.value}"


def test_a_customer_is_refused_other_customers_records(
    services: Services, people: People, world: World
) -> None:
    other = new_customer(services, people.cashier, "other")
    me = customer_actor(world.customer_id, "johndoe")
    for call in (
        lambda: services.customers.get(me, other.id),
        lambda: services.wallets.ledger(me, other.id),
        lambda: services.sales.history(me, customer_id=other.id),
        lambda: services.reviews.update_own(
            customer_actor(other.id, "other"), world.review_id, rating=1
        ),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
