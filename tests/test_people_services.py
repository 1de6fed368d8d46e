"""Customers, staff, categories and prices as the keyboard trial asked (issue 10, defects
17, 18, 19, 20, 24): every rule on both backends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from conftest import People, PgServer, QuickHasher, _admin_conninfo
from helpers import PASSWORD, cart, new_customer, new_product
from sqlalchemy import text

from pos_app.data.database import Database
from pos_app.data.migrate import downgrade, upgrade_to_head
from pos_app.domain.enums import AuditAction, Category
from pos_app.domain.errors import (
    NothingToChangeError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.services import Services, build_services
from pos_app.services.customers import open_wallet_account
from pos_app.services.records import Actor


def audit_details(services: Services, people: People, action: AuditAction) -> list[str]:
    page = services.audit.search(people.admin, action=action.value, limit=100)
    return [row.detail for row in page.items]


# -- 17: phone and e-mail, searchable; personal details optional and not for cashiers ----
def test_customers_are_found_by_name_username_phone_and_email(
    services: Services, people: People
) -> None:
    services.customers.register(
        people.cashier,
        username="ann",
        password=PASSWORD,
        name="Ann Lee",
        phone="+44 (0)20 7946-0958",
        email="Ann.Lee@Example.org",
    )
    services.customers.register(
        people.cashier, username="bob", password=PASSWORD, name="Bob Stone", phone="06 12 34 56"
    )

    def found(text: str) -> list[str]:
        return [c.username for c in services.customers.search(people.cashier, text).items]

    assert found("7946") == ["ann"]
    assert found("0612") == ["bob"]  # typed without the spaces it was stored with
    assert found("example.ORG") == ["ann"]
    assert found("STONE") == ["bob"]
    assert found("an") == ["ann"]
    assert found("nobody") == []
    ann = services.customers.search(people.cashier, "ann").items[0]
    assert (ann.phone, ann.email) == ("+44 (0)20 7946-0958", "Ann.Lee@Example.org")


def test_age_and_the_rest_are_optional(services: Services, people: People) -> None:
    bare = services.customers.register(
        people.manager, username="bare", password=PASSWORD, name="Bare"
    )
    assert (bare.age, bare.marital_status, bare.address, bare.gender) == (None, None, "", "")
    changed = services.customers.update(
        people.manager, bare.id, {"age": "40", "phone": "555 0100", "email": "b@x.io"}
    )
    assert (changed.age, changed.phone, changed.email) == (40, "555 0100", "b@x.io")
    cleared = services.customers.update(people.manager, bare.id, {"age": None, "email": ""})
    assert (cleared.age, cleared.email) == (None, "")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone", "call me"),
        ("phone", "1" * 33),
        ("phone", "+-()"),
        ("email", "not-an-address"),
        ("email", "a@b"),
        ("email", "a b@c.org"),
        ("email", "x" * 250 + "@c.org"),
    ],
)
def test_bad_phone_or_email_is_refused_and_nothing_is_stored(
    services: Services, people: People, field: str, value: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.customers.register(
            people.cashier, username="carl", password=PASSWORD, name="Carl", **{field: value}
        )
    assert refused.value.field == field
    assert services.customers.search(people.manager, "carl").total == 0


def test_a_cashier_does_not_see_age_gender_marital_status_or_address(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.manager, "dora")
    as_cashier = services.customers.get(people.cashier, customer.id)
    assert (as_cashier.age, as_cashier.marital_status, as_cashier.address) == (None, None, "")
    listed = services.customers.search(people.cashier, "dora").items[0]
    assert (listed.age, listed.address) == (None, "")
    as_manager = services.customers.get(people.manager, customer.id)
    assert (as_manager.age, as_manager.address) == (30, "1 Main Street")
    with pytest.raises(ValidationError):
        services.customers.search(people.cashier, sort="age")


# -- 18: a deactivated customer's wallet is frozen; a manager reactivates ------------------
def _deactivated(services: Services, people: People) -> int:
    customer = new_customer(services, people.manager, "erin", "20.00")
    outcome = services.customers.delete(people.manager, customer.id)
    assert not outcome.deleted  # it has wallet history: deactivated
    return customer.id


def test_a_deactivated_customers_wallet_is_frozen(
    services: Services, people: People, db: Database
) -> None:
    customer_id = _deactivated(services, people)
    with pytest.raises(ValidationError, match="frozen"):
        services.wallets.deduct(people.manager, customer_id, Decimal("1.00"))
    with pytest.raises(ValidationError, match="frozen"):
        services.wallets.top_up(people.cashier, customer_id, Decimal("5.00"), method="cash")
    with pytest.raises(ValidationError, match="frozen"):
        db.write(lambda tx: open_wallet_account(tx, customer_id))
    product = new_product(services, people.manager, price="2.00", stock=5)
    with pytest.raises(ValidationError, match="deactivated"):
        services.sales.checkout(people.cashier, cart((product.id, 1), customer_id=customer_id))
    assert services.wallets.balance(people.manager, customer_id) == Decimal("20.00")
    assert services.inventory.get(people.manager, product.id).stock == 5


def test_a_manager_reactivates_and_it_is_audited(services: Services, people: People) -> None:
    customer_id = _deactivated(services, people)
    with pytest.raises(PermissionDeniedError):
        services.customers.reactivate(people.cashier, customer_id)
    back = services.customers.reactivate(people.manager, customer_id)
    assert back.active
    assert audit_details(services, people, AuditAction.CUSTOMER_ACTIVATION) == ["erin reactivated"]
    with pytest.raises(NothingToChangeError):
        services.customers.reactivate(people.manager, customer_id)
    moved = services.wallets.deduct(people.manager, customer_id, Decimal("1.00"))
    assert moved.balance == Decimal("19.00")


# -- 19: categories that managers define ---------------------------------------------------
def test_the_default_categories_are_there(services: Services, people: People) -> None:
    names = [c.name for c in services.inventory.categories(people.cashier)]
    assert names == sorted(c.value for c in Category)


def test_a_manager_adds_renames_and_products_follow(services: Services, people: People) -> None:
    with pytest.raises(PermissionDeniedError):
        services.inventory.add_category(people.cashier, "Toys")
    toys = services.inventory.add_category(people.manager, " Toys ")
    assert (toys.name, toys.active, toys.products) == ("Toys", True, 0)
    ball = new_product(services, people.manager, "Ball", category="toys")  # any case
    assert ball.category == "Toys"
    renamed = services.inventory.rename_category(people.manager, toys.id, "Games & Toys")
    assert (renamed.name, renamed.products) == ("Games & Toys", 1)
    assert services.inventory.get(people.manager, ball.id).category == "Games & Toys"
    found = services.inventory.search(people.manager, category="Games & Toys")
    assert [p.name for p in found.items] == ["Ball"]
    assert audit_details(services, people, AuditAction.CATEGORY_CHANGE) == [
        "renamed Toys -> Games & Toys",
        "added Toys",
    ]


@pytest.mark.parametrize("name", ["FOOD", "food", " Food "])
def test_a_category_name_is_unique_ignoring_case(
    services: Services, people: People, name: str
) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        services.inventory.add_category(people.manager, name)
    clothes = next(c for c in services.inventory.categories(people.manager) if c.name == "clothes")
    with pytest.raises(ValidationError, match="already exists"):
        services.inventory.rename_category(people.manager, clothes.id, name)


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, "a\tb"])
def test_a_category_name_has_1_to_40_characters(
    services: Services, people: People, name: str
) -> None:
    with pytest.raises(ValidationError):
        services.inventory.add_category(people.manager, name)


def test_a_retired_category_stays_on_its_products_but_is_not_given(
    services: Services, people: People
) -> None:
    food = next(c for c in services.inventory.categories(people.manager) if c.name == "food")
    bread = new_product(services, people.manager, "Bread", category="food")
    retired = services.inventory.set_category_active(people.manager, food.id, False)
    assert not retired.active
    assert "food" not in [
        c.name for c in services.inventory.categories(people.manager, include_retired=False)
    ]
    with pytest.raises(ValidationError, match="retired"):
        new_product(services, people.manager, "Milk", category="food")
    other = new_product(services, people.manager, "Shirt", category="clothes")
    with pytest.raises(ValidationError, match="retired"):
        services.inventory.update(people.manager, other.id, {"category": "food"})
    # Bread keeps it, and other changes to Bread still go through.
    kept = services.inventory.update(
        people.manager, bread.id, {"price": "3.00", "category": "FOOD"}
    )
    assert (kept.category, kept.price) == ("food", Decimal("3.00"))
    report = services.inventory.import_products(
        people.manager, [{"name": "Jam", "category": "food", "price": "2.00"}]
    )
    assert report.imported == 0 and "retired" in report.errors[0].message
    services.inventory.set_category_active(people.manager, food.id, True)
    assert new_product(services, people.manager, "Milk", category="food").category == "food"
    assert audit_details(services, people, AuditAction.CATEGORY_CHANGE) == [
        "reactivated food",
        "retired food",
    ]


def test_an_unknown_category_is_refused_in_add_and_import(
    services: Services, people: People
) -> None:
    with pytest.raises(ValidationError, match="no category"):
        new_product(services, people.manager, "Kite", category="toys")
    report = services.inventory.import_products(
        people.manager,
        [
            {"name": "Tea", "category": "Food", "price": "1.00"},
            {"name": "Kite", "category": "toys", "price": "1.00"},
        ],
    )
    assert report.imported == 0
    assert [(e.row, e.message) for e in report.errors] == [(2, "There is no category 'toys'")]
    services.inventory.add_category(people.manager, "Toys")
    report = services.inventory.import_products(
        people.manager, [{"name": "Kite", "category": "toys", "price": "1.00"}]
    )
    assert report.imported == 1
    assert services.inventory.search(people.manager, "Kite").items[0].category == "Toys"


# -- 20: an admin changes a staff role --------------------------------------------------
def test_an_admin_changes_a_role_and_it_is_audited(services: Services, people: People) -> None:
    with pytest.raises(PermissionDeniedError):
        services.staff.set_role(people.manager, people.cashier.account_id, "manager")  # type: ignore[arg-type]
    changed = services.staff.set_role(people.admin, people.cashier.account_id, "manager")  # type: ignore[arg-type]
    assert changed.role.value == "manager"
    assert audit_details(services, people, AuditAction.ROLE_CHANGED) == [
        "cashier1: cashier -> manager"
    ]
    with pytest.raises(NothingToChangeError):
        services.staff.set_role(people.admin, changed.id, "manager")
    with pytest.raises(ValidationError):
        services.staff.set_role(people.admin, changed.id, "customer")


def test_the_last_active_admin_cannot_step_down(services: Services, people: People) -> None:
    admin_id = people.admin.account_id
    assert admin_id is not None
    with pytest.raises(ValidationError, match="last active admin"):
        services.staff.set_role(people.admin, admin_id, "manager")
    second = services.staff.create(
        people.admin, username="admin2", password="admin-pass-2", name="Second", role="admin"
    )
    stepped = services.staff.set_role(people.admin, admin_id, "manager")
    assert stepped.role.value == "manager"
    roles = {m.username: m.role.value for m in services.staff.list(people.admin)}
    assert roles["admin1"] == "manager" and roles["admin2"] == "admin"
    # the one admin left cannot be demoted either (by pos-admin, say)
    with pytest.raises(ValidationError, match="last active admin"):
        services.staff.set_role(Actor.system(), second.id, "cashier")


# -- 24: a price of 0.00 -------------------------------------------------------------------
def test_a_free_item_is_added_imported_and_sold(services: Services, people: People) -> None:
    bag = new_product(services, people.manager, "Paper bag", price="0.00", stock=10)
    assert bag.price == Decimal("0.00")
    report = services.inventory.import_products(
        people.manager, [{"name": "Sticker", "category": "food", "price": "0", "stock": "5"}]
    )
    assert report.imported == 1
    with pytest.raises(ValidationError, match="negative"):
        new_product(services, people.manager, "Refund me", price="-0.01")
    sale = services.sales.checkout(people.cashier, cart((bag.id, 2)))
    assert sale.total == Decimal("0.00")
    assert services.inventory.get(people.manager, bag.id).stock == 8
    customer = new_customer(services, people.manager, "fay")
    sale = services.sales.checkout(people.cashier, cart((bag.id, 1), customer_id=customer.id))
    assert sale.total == Decimal("0.00")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("0.00")


def test_demo_data_uses_the_categories_the_store_has_now(
    services: Services, people: People
) -> None:
    by_name = {c.name: c for c in services.inventory.categories(people.manager)}
    services.inventory.rename_category(people.manager, by_name["food"].id, "Groceries")
    services.inventory.set_category_active(people.manager, by_name["clothes"].id, False)
    services.demo.generate(people.admin, products=8, customers=1, sales=0, reviews=0)
    shown = services.inventory.search(people.manager, limit=100).items
    assert len(shown) == 8
    assert {p.category for p in shown} == {"Groceries", "accessories", "electronics"}


# -- 22 (sort): names in the order a person reads them ------------------------------------
def test_inventory_sorts_names_naturally_page_by_page(services: Services, people: People) -> None:
    for name in ("Item 10", "item 2", "Item 1", "Item 02b", "Apple", "Item 100", "Item 9"):
        new_product(services, people.manager, name)
    services.inventory.import_products(
        people.manager, [{"name": "Item 11", "category": "food", "price": "1.00"}]
    )
    renamed = new_product(services, people.manager, "Zebra")
    services.inventory.update(people.manager, renamed.id, {"name": "Item 3"})

    def names(descending: bool = False) -> list[str]:
        out: list[str] = []
        offset = 0
        while True:  # pages of three: the order holds across pages, not only within one
            page = services.inventory.search(
                people.manager, descending=descending, offset=offset, limit=3
            )
            out += [p.name for p in page.items]
            offset += 3
            if offset >= page.total:
                return out

    expected = [
        "Apple",
        "Item 1",
        "item 2",
        "Item 02b",
        "Item 3",
        "Item 9",
        "Item 10",
        "Item 11",
        "Item 100",
    ]
    assert names() == expected
    assert names(descending=True) == expected[::-1]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def blank_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'blank.db'}")
        yield db
        db.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database("pos_people")
    db = Database(url)
    yield db
    db.dispose()
    server.drop_database(url)


@pytest.mark.slow  # an old revision's data carried up: make test and CI
def test_the_migration_gives_existing_products_their_sort_key(blank_db: Database) -> None:
    upgrade_to_head(blank_db)
    downgrade(blank_db, "0004")
    with blank_db.engine.begin() as connection:
        for name in ("Item 10", "Item 2"):
            connection.execute(
                text(
                    "INSERT INTO products (name, category, price_cents, description, stock,"
                    " active, created_at, updated_at) VALUES (:name, 'food', 100, '', 0,"
                    " :yes, :now, :now)"
                ),
                {"name": name, "yes": True, "now": datetime.now(UTC)},
            )
    upgrade_to_head(blank_db)
    services = build_services(blank_db, hasher=QuickHasher())
    found = services.inventory.search(Actor.system())
    assert [p.name for p in found.items] == ["Item 2", "Item 10"]


@pytest.mark.postgres_only
def test_two_admins_stepping_down_at_once_leave_one_admin(
    services: Services, people: People, db_url: str
) -> None:
    """The other admin's demotion is in flight (its row locked, not committed) when this
    admin steps down: the check waits for it and then counts one admin, not two."""
    assert db_url.startswith("postgresql")
    other = services.staff.create(
        people.admin, username="admin2", password="admin-pass-2", name="Second", role="admin"
    )
    admin_id = people.admin.account_id
    assert admin_id is not None
    outcome: list[object] = []
    with psycopg.connect(_admin_conninfo(db_url)) as in_flight:
        in_flight.execute("UPDATE accounts SET role = 'manager' WHERE id = %s", (other.id,))

        def step_down() -> None:
            try:
                outcome.append(services.staff.set_role(people.admin, admin_id, "manager"))
            except ValidationError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=step_down)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive()  # waiting for the other change, not reading around it
        in_flight.commit()
        worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ValidationError)
    assert "last active admin" in outcome[0].message
    roles = {m.username: m.role.value for m in services.staff.list(people.admin)}
    assert (roles["admin1"], roles["admin2"]) == ("admin", "manager")


@pytest.mark.postgres_only
def test_two_managers_adding_one_name_in_two_cases_get_one_category(
    services: Services, people: People, db_url: str
) -> None:
    """Another counter is adding "toys" (its category rows locked, its row not committed)
    while this one adds "Toys": this one waits, then sees it and refuses."""
    assert db_url.startswith("postgresql")
    outcome: list[object] = []
    with psycopg.connect(_admin_conninfo(db_url)) as in_flight:
        in_flight.execute("SELECT id FROM categories ORDER BY id FOR UPDATE")
        in_flight.execute(
            "INSERT INTO categories (name, active, created_at) VALUES ('toys', true, now())"
        )

        def add() -> None:
            try:
                outcome.append(services.inventory.add_category(people.manager, "Toys"))
            except ValidationError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=add)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive()
        in_flight.commit()
        worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ValidationError)
    assert outcome[0].message == "Category 'toys' already exists"
    names = [c.name.casefold() for c in services.inventory.categories(people.manager)]
    assert names.count("toys") == 1
