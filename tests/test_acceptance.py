"""The foundation's acceptance list, each on SQLite and on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import bcrypt
import pytest
from conftest import People, customer_actor
from helpers import PASSWORD, buy, cart, new_customer, new_product
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.enums import ReviewStatus, Role
from pos_app.domain.errors import (
    AuthenticationError,
    InsufficientFundsError,
    NotFoundError,
    NothingToChangeError,
    OutOfStockError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.services import Services


def count(db: Database, model: type[models.Base]) -> int:
    return db.read(lambda s: s.session.scalar(select(func.count()).select_from(model)) or 0)


def stored_account(db: Database, username: str) -> models.Account | None:
    return db.read(lambda s: s.accounts.by_username(username))


# 1
def test_registration_ignores_a_requested_role_and_hashes_the_password(
    services: Services, people: People, db: Database
) -> None:
    customer = services.customers.register(
        people.cashier,
        username="johndoe",
        password=PASSWORD,
        name="John Doe",
        age=30,
        marital_status="single",
        requested_role="admin",
    )
    assert customer.balance == Decimal("0.00")
    account = stored_account(db, "johndoe")
    assert account is not None
    assert account.role == Role.CUSTOMER.value
    assert account.password_hash != PASSWORD
    assert bcrypt.checkpw(PASSWORD.encode(), account.password_hash.encode())
    assert bcrypt.gensalt(10)[:4] == account.password_hash.encode()[:4]
    assert "password" not in repr(customer).lower()
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("0.00")


# 2
def test_existing_username_is_refused_and_nothing_is_added(
    services: Services, people: People, db: Database
) -> None:
    new_customer(services, people.cashier, "johndoe")
    with pytest.raises(ValidationError, match=r"already taken"):
        new_customer(services, people.cashier, "johndoe")
    assert count(db, models.Account) == 3 + 1
    assert count(db, models.Wallet) == 3 + 1


# 3
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("marital_status", "engaged", "Marital status"),
        ("age", -1, "Age"),
        ("username", "", "Username"),
        ("password", "7-bytes", "at least 8"),
        ("password", "x" * 73, "at most 72"),
        ("age", 151, "Age"),
        ("username", "John Doe", "Username"),
    ],
)
def test_bad_registration_is_refused_and_nothing_stored(
    services: Services, people: People, db: Database, field: str, value: object, message: str
) -> None:
    data: dict[str, object] = {
        "username": "johndoe",
        "password": PASSWORD,
        "name": "John",
        "age": 30,
        "marital_status": "single",
    }
    data[field] = value
    with pytest.raises(ValidationError, match=message) as caught:
        services.customers.register(people.cashier, **data)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert count(db, models.Account) == 3
    assert count(db, models.Wallet) == 3


# 4
def test_empty_update_changes_nothing_and_partial_update_changes_only_its_fields(
    services: Services, people: People
) -> None:
    before = new_customer(services, people.manager, "johndoe")
    with pytest.raises(NothingToChangeError, match=r"Nothing to update"):
        services.customers.update(people.manager, before.id, {})
    assert services.customers.get(people.manager, before.id) == before
    after = services.customers.update(
        people.manager, before.id, {"address": "2 High Street", "age": 31}
    )
    assert (after.address, after.age) == ("2 High Street", 31)
    assert after == type(before)(**{**before.__dict__, "address": "2 High Street", "age": 31})


# 5
def test_unknown_customer_is_not_found_everywhere(services: Services, people: People) -> None:
    with pytest.raises(NotFoundError, match=r"not found"):
        services.customers.update(people.manager, 999, {"age": 40})
    with pytest.raises(NotFoundError, match=r"not found"):
        services.customers.delete(people.manager, 999)
    with pytest.raises(NotFoundError, match=r"not found"):
        services.wallets.top_up(people.manager, 999, Decimal("5.00"), method="cash")
    with pytest.raises(NotFoundError, match=r"not found"):
        services.customers.get(people.manager, 999)
    with pytest.raises(NotFoundError, match=r"Customer 'ghost' not found"):
        services.customers.get_by_username(people.manager, "ghost")


# 6
@pytest.mark.parametrize("amount", ["0", "-5", "0.001", "NaN", "Infinity", "abc", ""])
def test_bad_top_up_is_refused_and_balance_unchanged(
    services: Services, people: People, amount: str
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="10.00")
    with pytest.raises(ValidationError):
        services.wallets.top_up(people.cashier, customer.id, amount, method="cash")
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("10.00")


def test_float_money_is_refused(services: Services, people: People) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    with pytest.raises(ValidationError, match=r"not 0.1"):
        services.wallets.top_up(people.cashier, customer.id, 0.1, method="cash")


# 7
def test_deduct_refuses_overdraw_and_allows_exact_balance(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.manager, "johndoe", balance="10.00")
    with pytest.raises(InsufficientFundsError, match=r"balance 10.00, total 10.01"):
        services.wallets.deduct(people.manager, customer.id, "10.01")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("10.00")
    movement = services.wallets.deduct(people.manager, customer.id, "10.00")
    assert movement.balance == Decimal("0.00")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("0.00")
    kinds = [e.kind.value for e in services.wallets.ledger(people.manager, customer.id).items]
    assert kinds == ["adjustment", "top_up"]


# 8
def test_added_product_reads_back_identically(services: Services, people: People) -> None:
    product = services.inventory.add(
        people.manager,
        name="Green T-Shirt",
        category="clothes",
        price="19.99",
        description="Soft cotton",
        stock=3,
        barcode="4006381333931",
    )
    assert product.id > 0
    assert services.inventory.get(people.cashier, product.id) == product
    assert services.inventory.get_by_barcode(people.cashier, "4006381333931") == product
    assert product.price == Decimal("19.99")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"price": "-0.01"}, "price"),  # 0.00 is a free item (issue 10, defect 24)
        ({"category": "toys"}, "category"),
        ({"stock": -1}, "stock"),
        ({"name": "x" * 101}, "name"),
        ({"description": "d" * 256}, "description"),
        ({"price": "1000000.01"}, "price"),
        ({"price": "1.999"}, "price"),
        ({"name": "   "}, "name"),
    ],
)
def test_bad_product_is_refused(
    services: Services, people: People, db: Database, changes: dict[str, object], field: str
) -> None:
    data: dict[str, object] = {"name": "Mug", "category": "accessories", "price": "4.50"}
    data.update(changes)
    with pytest.raises(ValidationError) as caught:
        services.inventory.add(people.manager, **data)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert count(db, models.Product) == 0


# 9
def test_price_only_update_leaves_the_rest(services: Services, people: People) -> None:
    before = new_product(services, people.manager, barcode="111")
    after = services.inventory.update(people.manager, before.id, {"price": "17.50"})
    assert after == type(before)(**{**before.__dict__, "price": Decimal("17.50")})
    assert services.inventory.get(people.manager, before.id) == after


# 10
def test_deducting_stock_at_zero_is_refused(services: Services, people: People) -> None:
    product = new_product(services, people.manager, stock=1)
    assert services.inventory.deduct_one(people.manager, product.id).stock == 0
    with pytest.raises(OutOfStockError, match=r"out of stock"):
        services.inventory.deduct_one(people.manager, product.id)
    assert services.inventory.get(people.manager, product.id).stock == 0


def test_several_units_go_out_as_one_movement_and_never_below_zero(
    services: Services, people: People
) -> None:
    """A box of five dropped: one adjustment of -5, not five of -1 (the manager's trial
    took them out one at a time); more than the stock is refused, nothing taken."""
    product = new_product(services, people.manager, stock=7)
    assert services.inventory.deduct(people.manager, product.id, 5, "Dropped").stock == 2
    with pytest.raises(OutOfStockError):
        services.inventory.deduct(people.manager, product.id, 3, "Dropped")
    for bad in (0, -1, "two"):
        with pytest.raises(ValidationError):
            services.inventory.deduct(people.manager, product.id, bad, "Dropped")
    with pytest.raises(PermissionDeniedError):
        services.inventory.deduct(people.cashier, product.id, 1, "Dropped")
    moves = services.inventory.movements(people.manager, product.id).items
    assert [(m.quantity, m.stock_after, m.reason) for m in moves][:1] == [(-5, 2, "Dropped")]
    assert services.inventory.get(people.manager, product.id).stock == 2


# 11
def test_purchase_debits_wallet_and_stock_and_records_the_sale(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="50.00")
    product = new_product(services, people.manager, price="19.99", stock=3)
    sale = buy(services, people.cashier, customer.id, product.id)
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("30.01")
    assert services.inventory.get(people.cashier, product.id).stock == 2
    assert sale.total == Decimal("19.99")
    assert sale.wallet_balance_after == Decimal("30.01")
    assert sale.created_at.tzinfo is not None
    history = services.sales.history(people.manager, customer_id=customer.id)
    assert history.total == 1
    assert history.items[0] == sale
    assert history.items[0].lines[0].unit_price == Decimal("19.99")


# 12
def test_insufficient_funds_changes_nothing(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="10.00")
    product = new_product(services, people.manager, price="19.99", stock=3)
    with pytest.raises(InsufficientFundsError, match=r"balance 10.00, total 19.99"):
        buy(services, people.cashier, customer.id, product.id)
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("10.00")
    assert services.inventory.get(people.cashier, product.id).stock == 3
    assert count(db, models.Sale) == 0
    assert count(db, models.SaleLine) == 0


# 13
def test_multi_line_cart_is_all_or_nothing(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="100.00")
    a = new_product(services, people.manager, "Apples", "1.00", 10, category="food")
    b = new_product(services, people.manager, "Bread", "2.00", 10, category="food")
    c = new_product(services, people.manager, "Cheese", "3.00", 1, category="food")
    request = cart((a.id, 1), (b.id, 2), (c.id, 2), customer_id=customer.id)
    with pytest.raises(OutOfStockError, match=r"Only 1 left of Cheese"):
        services.sales.checkout(people.cashier, request)
    assert [services.inventory.get(people.cashier, p.id).stock for p in (a, b, c)] == [10, 10, 1]
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("100.00")
    assert count(db, models.Sale) == 0
    assert count(db, models.StockMovement) == 3  # the three opening-stock rows only


# 14
def test_same_sale_uuid_twice_records_one_sale_and_one_debit(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="50.00")
    product = new_product(services, people.manager, price="19.99", stock=3)
    request = cart((product.id, 1), customer_id=customer.id)
    first = services.sales.checkout(people.cashier, request)
    second = services.sales.checkout(people.cashier, request)
    assert first == second
    assert count(db, models.Sale) == 1
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("30.01")
    assert services.inventory.get(people.cashier, product.id).stock == 2
    purchases = [
        e
        for e in services.wallets.ledger(people.cashier, customer.id).items
        if e.kind.value == "purchase"
    ]
    assert len(purchases) == 1


# 17
def test_only_buyers_review_once_and_reviews_start_unapproved(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="50.00")
    me = customer_actor(customer.id, customer.username)
    product = new_product(services, people.manager)
    with pytest.raises(PermissionDeniedError, match=r"only review products you bought"):
        services.reviews.submit(me, product.id, 5, "Lovely")
    buy(services, people.cashier, customer.id, product.id)
    review = services.reviews.submit(me, product.id, 5, "Lovely")
    assert review.status is ReviewStatus.NEEDS_APPROVAL
    with pytest.raises(ValidationError, match=r"already reviewed"):
        services.reviews.submit(me, product.id, 4, "Again")
    assert services.reviews.for_customer(me, customer.id).total == 1


# 18
def test_editing_returns_review_to_moderation_and_only_the_author_may_edit(
    services: Services, people: People
) -> None:
    alice = new_customer(services, people.cashier, "alice", balance="50.00")
    bob = new_customer(services, people.cashier, "bob", balance="50.00")
    product = new_product(services, people.manager)
    buy(services, people.cashier, alice.id, product.id)
    author = customer_actor(alice.id, "alice")
    other = customer_actor(bob.id, "bob")
    review = services.reviews.submit(author, product.id, 4, "Good")
    services.reviews.moderate(people.manager, review.id, "approved")
    edited = services.reviews.update_own(author, review.id, comment="Very good")
    assert edited.status is ReviewStatus.NEEDS_APPROVAL
    assert edited.comment == "Very good"
    with pytest.raises(PermissionDeniedError):
        services.reviews.update_own(other, review.id, rating=1)
    with pytest.raises(PermissionDeniedError):
        services.reviews.delete_own(other, review.id)
    assert services.reviews.get(people.manager, review.id) == edited
    services.reviews.delete_own(author, review.id)
    with pytest.raises(NotFoundError):
        services.reviews.get(people.manager, review.id)


# 19
def test_customers_see_only_approved_reviews_managers_see_all(
    services: Services, people: People
) -> None:
    product = new_product(services, people.manager, stock=10)
    reviews = []
    for name in ("ann", "ben", "cat"):
        customer = new_customer(services, people.cashier, name, balance="50.00")
        buy(services, people.cashier, customer.id, product.id)
        reviews.append(
            services.reviews.submit(customer_actor(customer.id, name), product.id, 3, name)
        )
    services.reviews.moderate(people.manager, reviews[0].id, "approved")
    services.reviews.moderate(people.manager, reviews[1].id, "flagged")
    viewer = new_customer(services, people.cashier, "viewer")
    seen = services.reviews.for_product(customer_actor(viewer.id, "viewer"), product.id)
    assert [r.comment for r in seen.items] == ["ann"]
    everything = services.reviews.for_product(people.manager, product.id)
    assert sorted(r.status.value for r in everything.items) == [
        "approved",
        "flagged",
        "needs_approval",
    ]
    assert everything.items[0].status is ReviewStatus.NEEDS_APPROVAL  # queue order


# 20
def test_moderation_reports_old_and_new_status_and_is_for_managers_only(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", balance="50.00")
    me = customer_actor(customer.id, "johndoe")
    product = new_product(services, people.manager)
    buy(services, people.cashier, customer.id, product.id)
    review = services.reviews.submit(me, product.id, 5, "Great")
    for outsider in (people.cashier, me):
        with pytest.raises(PermissionDeniedError):
            services.reviews.moderate(outsider, review.id, "approved")
    assert services.reviews.get(people.manager, review.id).status is ReviewStatus.NEEDS_APPROVAL
    with pytest.raises(ValidationError, match=r"Status must be one of"):
        services.reviews.moderate(people.manager, review.id, "rejected")
    result = services.reviews.moderate(people.manager, review.id, "approved")
    assert (result.old_status, result.new_status) == (
        ReviewStatus.NEEDS_APPROVAL,
        ReviewStatus.APPROVED,
    )
    assert result.review.status is ReviewStatus.APPROVED
    assert result.review.moderated_by == people.manager.username
    assert result.review.moderated_at is not None


# 21
def test_wrong_password_and_unknown_user_give_the_same_error(
    services: Services, people: People
) -> None:
    new_customer(services, people.cashier, "johndoe")
    with pytest.raises(AuthenticationError) as wrong:
        services.auth.sign_in("johndoe", "not-the-password")
    with pytest.raises(AuthenticationError) as unknown:
        services.auth.sign_in("nobody", "not-the-password")
    assert str(wrong.value) == str(unknown.value) == "Invalid username or password"
    session = services.auth.sign_in("johndoe", PASSWORD)
    assert (session.username, session.role) == ("johndoe", Role.CUSTOMER)


def test_inactive_account_gets_the_same_error(services: Services, people: People) -> None:
    services.staff.set_active(people.admin, people.cashier.account_id, False)  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError, match=r"^Invalid username or password$"):
        services.auth.sign_in(people.cashier.username, "staff-pass-1")
    assert services.auth.sign_in(people.manager.username, "staff-pass-1").role is Role.MANAGER


# 22
def test_cashier_is_refused_manager_operations(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    product = new_product(services, people.manager, stock=3)
    with pytest.raises(PermissionDeniedError):
        services.inventory.restock(people.cashier, product.id, 5)
    with pytest.raises(PermissionDeniedError):
        services.customers.delete(people.cashier, customer.id)
    with pytest.raises(PermissionDeniedError):
        services.reviews.moderate(people.cashier, 1, "approved")
    with pytest.raises(PermissionDeniedError):
        services.inventory.restock(None, product.id, 5)
    assert services.inventory.get(people.cashier, product.id).stock == 3
    assert services.customers.get(people.manager, customer.id).active


def test_delete_customer_without_history_deletes_with_history_deactivates(
    services: Services, people: People, db: Database
) -> None:
    plain = new_customer(services, people.cashier, "plain")
    buyer = new_customer(services, people.cashier, "buyer", balance="20.00")
    product = new_product(services, people.manager, price="5.00")
    buy(services, people.cashier, buyer.id, product.id)
    gone = services.customers.delete(people.manager, plain.id)
    assert gone.deleted
    with pytest.raises(NotFoundError):
        services.customers.get(people.manager, plain.id)
    kept = services.customers.delete(people.manager, buyer.id)
    assert not kept.deleted
    assert "deactivated" in kept.message
    assert services.customers.get(people.manager, buyer.id).active is False
    assert count(db, models.Wallet) == 3 + 1


def test_customer_sees_only_their_own_records(services: Services, people: People) -> None:
    alice = new_customer(services, people.cashier, "alice", balance="30.00")
    bob = new_customer(services, people.cashier, "bob", balance="30.00")
    product = new_product(services, people.manager)
    buy(services, people.cashier, bob.id, product.id)
    me = customer_actor(alice.id, "alice")
    assert services.customers.get(me, alice.id).username == "alice"
    with pytest.raises(PermissionDeniedError):
        services.customers.get(me, bob.id)
    with pytest.raises(PermissionDeniedError):
        services.wallets.ledger(me, bob.id)
    with pytest.raises(PermissionDeniedError):
        services.customers.search(me, "")
    with pytest.raises(PermissionDeniedError):
        services.sales.history(me, customer_id=bob.id)
    assert services.sales.history(me).total == 0
    assert services.sales.history(customer_actor(bob.id, "bob")).total == 1
