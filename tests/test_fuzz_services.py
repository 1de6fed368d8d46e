"""Hostile input to every service entry point (Hypothesis).

Two properties, for every call:
- only the documented errors come out: PosError subclasses, nothing else (no TypeError,
  no sqlalchemy error, no InvalidOperation, no OverflowError...);
- a refused call leaves the database as it was. Audit rows are left out of the
  comparison (refusals are audited on purpose), and so are an account's failed sign-in
  counter and lockout (a refused sign-in counts towards the lockout on purpose).

Each test seeds a small store once (customers with balances, products, two sales, a
refund, a review, a parked cart) and then fires random and hostile arguments at one
entry point: sometimes all plausible, sometimes one argument hostile, sometimes all.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import fuzz_strategies as fz
import pytest
from conftest import (
    STAFF_PASSWORD,
    People,
    QuickHasher,
    customer_actor,
    examples,
    make_people,
)
from helpers import CONSENT, pin_hash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import (
    AuditAction,
    Category,
    MaritalStatus,
    RefundMethod,
    ReviewStatus,
    Role,
)
from pos_app.domain.errors import PosError, ValidationError
from pos_app.services import Services, build_services
from pos_app.services.permissions import Op
from pos_app.services.records import (
    AccountId,
    Actor,
    CartLine,
    CheckoutRequest,
    DiscountRequest,
    ManagerOverride,
    RefundRequest,
    ReturnLine,
)

EXAMPLES = 60
#: Entry points that hash or check a bcrypt password (about 60 ms each at cost 10).
HASHING_EXAMPLES = 30

#: Left out of the before/after comparison: see the module docstring.
#: Sign-in bookkeeping, not the store's data: a refused call whose override names someone
#: is checked by a sign-in (its audit row, and on PostgreSQL a server session ended at
#: once) like the failed-attempt counters below; on PostgreSQL a manager's override the
#: server checked leaves its grant, unused, which lapses (migration 0020).
UNCOMPARED_TABLES = frozenset({"audit_entries", "staff_sessions", "override_grants"})
UNCOMPARED_COLUMNS = frozenset({("accounts", "failed_sign_ins"), ("accounts", "locked_until")})


# -- the database before and after -------------------------------------------------------


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the audit trail, in primary-key order."""

    def work(tx: Transaction) -> dict[str, list[tuple[Any, ...]]]:
        out = {}
        for table in models.Base.metadata.sorted_tables:
            if table.name in UNCOMPARED_TABLES:
                continue
            columns = [c for c in table.columns if (table.name, c.name) not in UNCOMPARED_COLUMNS]
            query = select(*columns).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(row) for row in tx.session.execute(query)]
        return out

    return db.read(work)


def differences(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> str:
    lines = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old != new:
            gone = [r for r in old if r not in new][:3]
            added = [r for r in new if r not in old][:3]
            lines.append(f"{name}: {len(old)} -> {len(new)} rows; was {gone}; now {added}")
    return "\n".join(lines)


# -- the seeded store --------------------------------------------------------------------


@dataclass(repr=False)
class World:
    db: Database
    services: Services
    people: People
    actors: dict[str, Actor | None]
    customers: tuple[int, ...]
    usernames: tuple[str, ...]
    products: tuple[int, ...]
    barcodes: tuple[str, ...]
    sales: tuple[int, ...]
    sale_uuids: tuple[str, ...]
    sale_lines: tuple[int, ...]
    reviews: tuple[int, ...]
    parked: tuple[int, ...]
    staff: tuple[int, ...]
    last: dict[str, list[Any]] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"World({self.db.backend})"


def _add_customers(staff_hash: str) -> Callable[[Transaction], list[int]]:
    def work(tx: Transaction) -> list[int]:
        made = []
        for username in ("alice", "bob", "carol"):
            account = models.Account(
                username=username,
                name=username.title(),
                age=30,
                marital_status=MaritalStatus.SINGLE.value,
                role=Role.CUSTOMER.value,
                password_hash=staff_hash,
                address="1 Main Street",
                gender="",
                active=True,
                failed_sign_ins=0,
                pin_hash=pin_hash(),
            )
            tx.add(account)
            tx.flush()
            tx.add(models.Wallet(account_id=account.id, balance_cents=0))
            made.append(account.id)
        return made

    return work


def _build_world(db: Database, services: Services, people: People, staff_hash: str) -> World:
    alice, bob, carol = db.write(_add_customers(staff_hash))
    manager, cashier = people.manager, people.cashier
    services.wallets.top_up(manager, alice, Decimal("100.00"), method="cash")
    services.wallets.top_up(manager, carol, Decimal("50.00"), method="card")
    inv = services.inventory
    shirt = inv.add(
        manager, name="Green T-Shirt", category="clothes", price="19.99", stock=10, barcode="4006"
    )
    coffee = inv.add(
        manager, name="Coffee 100% _pure_", category="food", price="3.50", stock=50, barcode="C-1"
    )
    mug = inv.add(manager, name="Old Mug", category="accessories", price="5.00", stock=2)
    inv.update(manager, mug.id, {"active": False})
    phones = inv.add(
        manager, name="Headphones", category="electronics", price="49.00", stock=0, barcode="HP-9"
    )
    sale = services.sales.checkout(
        cashier,
        CheckoutRequest(
            str(uuid.uuid4()),
            (CartLine(shirt.id, 2), CartLine(coffee.id, 3)),
            customer_id=alice,
            counter="Till 1",
            consent=CONSENT,
        ),
    )
    walk_in = services.sales.checkout(
        cashier,
        CheckoutRequest(
            str(uuid.uuid4()),
            (CartLine(coffee.id, 2),),
            cash_tendered=Decimal("20.00"),
            counter="Till 2",
        ),
    )
    services.refunds.refund(
        manager,
        RefundRequest(
            str(uuid.uuid4()),
            sale.id,
            (ReturnLine(sale.lines[1].line_id, 1),),
            RefundMethod.WALLET,
            "Spilled",
        ),
    )
    alice_actor = customer_actor(alice, "alice")
    review = services.reviews.submit(alice_actor, shirt.id, 4, "Nice")
    parked = services.parked.park(
        cashier, "Till 1", (CartLine(shirt.id, 1),), customer_id=carol, label="Carol"
    )
    actors: dict[str, Actor | None] = {
        "admin": people.admin,
        "manager": manager,
        "cashier": cashier,
        "alice": alice_actor,
        "carol": customer_actor(carol, "carol"),
        "nobody": None,
        # A session whose account no longer exists (deleted while signed in elsewhere).
        "ghost": Actor(AccountId(9999), "ghost", Role.MANAGER, "Ghost"),
    }
    found = World(
        db=db,
        services=services,
        people=people,
        actors=actors,
        customers=(alice, bob, carol),
        usernames=("alice", "bob", "carol", "cashier1", "manager1", "admin1"),
        products=(shirt.id, coffee.id, mug.id, phones.id),
        barcodes=("4006", "C-1", "HP-9"),
        sales=(sale.id, walk_in.id),
        sale_uuids=(sale.uuid, walk_in.uuid),
        sale_lines=tuple(line.line_id for s in (sale, walk_in) for line in s.lines),
        reviews=(review.id,),
        parked=(parked.id,),
        staff=(people.cashier.account_id, people.manager.account_id, people.admin.account_id),  # type: ignore[arg-type]
    )
    found.last = snapshot(db)
    return found


@pytest.fixture(scope="session")
def sqlite_world(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path, staff_hash: str
) -> tuple[Path, World]:
    """The seeded store, built once on SQLite; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("world") / "world.db"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    services = build_services(db, hasher=QuickHasher())
    built = _build_world(db, services, make_people(db, staff_hash), staff_hash)
    db.dispose()
    assert not path.with_name(path.name + "-wal").exists(), "closed, the file holds it all"
    return path, built


@pytest.fixture
def world(request: pytest.FixtureRequest, db_url: str, staff_hash: str) -> World:
    """The seeded store on each backend: a fresh copy of the SQLite one, or built anew on
    PostgreSQL."""
    if not db_url.startswith("sqlite:///"):
        db, services = request.getfixturevalue("db"), request.getfixturevalue("services")
        return _build_world(db, services, request.getfixturevalue("people"), staff_hash)
    path, built = request.getfixturevalue("sqlite_world")
    shutil.copyfile(path, db_url.removeprefix("sqlite:///"))
    db = request.getfixturevalue("db")
    copy = replace(built, db=db, services=request.getfixturevalue("services"), last={})
    copy.last = snapshot(db)
    return copy


# -- the entry points --------------------------------------------------------------------

Params = Callable[[World], dict[str, st.SearchStrategy[Any]]]
Call = Callable[[Services, "Actor | None", dict[str, Any]], object]


@dataclass(frozen=True)
class Entry:
    name: str
    params: Params
    #: Actors tried most often (those allowed to do it); every actor is tried now and then.
    actors: tuple[str, ...]
    examples: int = EXAMPLES
    #: How to call it; by default ``services.<svc>.<method>(actor, **arguments)``.
    call: Call | None = None

    def invoke(self, services: Services, actor: Actor | None, arguments: dict[str, Any]) -> object:
        if self.call is not None:
            return self.call(services, actor, arguments)
        service, method = self.name.split(".")
        return getattr(getattr(services, service), method)(actor, **arguments)


def _choices(values: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from([*values, *(v.upper() for v in values), *(f" {v} " for v in values)])


def _overrides() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.just(ManagerOverride("manager1", STAFF_PASSWORD)),
        st.just(ManagerOverride("cashier1", STAFF_PASSWORD)),
        st.builds(
            ManagerOverride, fz.lax(st.sampled_from(["manager1", "x"])), fz.lax(fz.passwords)
        ),
    )


def _cart_lines(w: World) -> st.SearchStrategy[Any]:
    clean = st.lists(
        st.builds(
            CartLine,
            fz.ids(w.products),
            st.integers(1, 4),
            st.one_of(st.none(), st.sampled_from([Decimal("19.99"), Decimal("3.50"), "3.50"])),
        ),
        min_size=1,
        max_size=3,
    ).map(tuple)
    dirty = st.lists(
        st.builds(
            CartLine,
            fz.lax(fz.ids(w.products)),
            fz.lax(st.integers(1, 4)),
            fz.lax(st.one_of(st.none(), fz.positive_money)),
        ),
        max_size=3,
    ).map(tuple)
    return st.one_of(clean, clean, dirty)


def _return_lines(w: World) -> st.SearchStrategy[Any]:
    clean = st.lists(
        st.builds(ReturnLine, fz.ids(w.sale_lines), st.integers(1, 3)), min_size=1, max_size=2
    ).map(tuple)
    dirty = st.lists(
        st.builds(ReturnLine, fz.lax(fz.ids(w.sale_lines)), fz.lax(st.integers(1, 3))),
        max_size=2,
    ).map(tuple)
    return st.one_of(clean, clean, dirty)


def _sale_uuids(w: World) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.uuids().map(str), st.sampled_from(w.sale_uuids), st.uuids().map(lambda u: u.hex)
    )


def _profile_changes() -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {},
        optional={
            "name": fz.lax(fz.plain_text),
            "age": fz.lax(st.integers(0, 150)),
            "address": fz.lax(fz.plain_text),
            "gender": fz.lax(fz.plain_text),
            "marital_status": fz.lax(_choices([m.value for m in MaritalStatus])),
            "phone": fz.lax(st.sampled_from(["", "06 12 34", "+1 (555) 010-0", "call me"])),
            "email": fz.lax(st.sampled_from(["", "a@b.org", "A@B.ORG", "nope"])),
            "username": st.just("mallory"),
            "role": st.just("admin"),
            "password_hash": st.just("x"),
            "balance": st.just("1000.00"),
        },
    )


def _product_changes(w: World) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {},
        optional={
            "name": fz.lax(fz.plain_text),
            "category": fz.lax(_choices([c.value for c in Category])),
            "price": fz.lax(fz.positive_money),
            "description": fz.lax(fz.plain_text),
            "barcode": fz.lax(st.sampled_from([None, "", *w.barcodes, "NEW-1"])),
            "active": fz.lax(st.booleans()),
            "stock": st.just(5),
            "price_cents": st.just(1),
        },
    )


def _import_rows() -> st.SearchStrategy[Any]:
    row = st.fixed_dictionaries(
        {
            "name": fz.lax(st.sampled_from(["Tea", "Scarf", "Cable"])),
            "category": fz.lax(_choices([c.value for c in Category])),
            "price": fz.lax(fz.positive_money),
        },
        optional={
            "description": fz.lax(fz.plain_text),
            "stock": fz.lax(st.one_of(st.integers(0, 20), st.sampled_from(["3", "", None]))),
            "barcode": fz.lax(st.sampled_from(["", None, "4006", "IMP-1", "IMP-2"])),
            "active": fz.lax(st.sampled_from(["yes", "no", "Y", "0", ""])),
            "colour": st.just("green"),
        },
    )
    return st.lists(st.one_of(row, row, row, fz.hostile), max_size=3)


ENTRIES: tuple[Entry, ...] = (
    # customers
    Entry(
        "customers.register",
        lambda w: {
            "username": st.one_of(fz.usernames, st.sampled_from(w.usernames)),
            "password": fz.passwords,
            "name": fz.plain_text,
            "age": st.integers(0, 150),
            "marital_status": _choices([m.value for m in MaritalStatus]),
            "address": fz.plain_text,
            "gender": fz.plain_text,
            "requested_role": st.sampled_from([None, "customer", "admin"]),
        },
        ("cashier", "manager"),
        HASHING_EXAMPLES,
    ),
    Entry(
        "customers.update",
        lambda w: {"customer_id": fz.ids(w.customers), "changes": _profile_changes()},
        ("manager",),
    ),
    Entry(
        "customers.delete",
        lambda w: {"customer_id": fz.ids(w.customers), "override": _overrides()},
        ("manager", "cashier"),
        HASHING_EXAMPLES,
    ),
    Entry("customers.get", lambda w: {"customer_id": fz.ids(w.customers)}, ("cashier", "alice")),
    Entry(
        "customers.get_by_username",
        lambda w: {"username": st.one_of(st.sampled_from(w.usernames), fz.usernames)},
        ("cashier", "alice"),
    ),
    Entry(
        "customers.search",
        lambda w: {
            "text": fz.plain_text,
            "include_inactive": st.booleans(),
            "sort": st.sampled_from(["username", "name", "age", "balance", "created", "nope"]),
            "descending": st.booleans(),
            **fz.page_args(),
        },
        ("cashier",),
    ),
    Entry("customers.reactivate", lambda w: {"customer_id": fz.ids(w.customers)}, ("manager",)),
    Entry(
        "customers.set_pin",
        lambda w: {
            "customer_id": fz.ids(w.customers),
            "pin": st.one_of(st.text("0123456789", max_size=8), fz.plain_text),
            "again": st.one_of(st.text("0123456789", max_size=8), fz.plain_text),
        },
        ("manager", "cashier"),
        HASHING_EXAMPLES,
    ),
    Entry("customers.issue_card", lambda w: {"customer_id": fz.ids(w.customers)}, ("manager",)),
    Entry(
        "customers.set_consent_mode",
        lambda w: {"mode": st.one_of(st.sampled_from(["pin", "card", "pin_or_card"]), fz.hostile)},
        ("manager", "cashier"),
    ),
    # wallets
    Entry(
        "wallets.top_up",
        lambda w: {
            "customer_id": fz.ids(w.customers),
            "amount": fz.positive_money,
            "reason": fz.plain_text,
            "method": st.sampled_from(["cash", "card", "CASH", "cheque", ""]),
        },
        ("cashier", "manager"),
    ),
    Entry(
        "wallets.deduct",
        lambda w: {
            "customer_id": fz.ids(w.customers),
            "amount": fz.positive_money,
            "reason": fz.plain_text,
        },
        ("manager",),
    ),
    Entry("wallets.balance", lambda w: {"customer_id": fz.ids(w.customers)}, ("cashier", "alice")),
    Entry(
        "wallets.ledger",
        lambda w: {"customer_id": fz.ids(w.customers), **fz.page_args()},
        ("cashier", "alice"),
    ),
    # inventory
    Entry(
        "inventory.add",
        lambda w: {
            "name": fz.plain_text,
            "category": _choices([c.value for c in Category]),
            "price": fz.positive_money,
            "description": fz.plain_text,
            "stock": st.integers(0, 100),
            "barcode": st.sampled_from([None, "", *w.barcodes, "NEW-1", "NEW-2"]),
        },
        ("manager",),
    ),
    Entry(
        "inventory.update",
        lambda w: {
            "product_id": fz.ids(w.products),
            "changes": _product_changes(w),
            "override": _overrides(),
        },
        ("manager", "cashier"),
        HASHING_EXAMPLES,
    ),
    Entry("inventory.get", lambda w: {"product_id": fz.ids(w.products)}, ("cashier",)),
    Entry(
        "inventory.get_by_barcode",
        lambda w: {"barcode": st.sampled_from([*w.barcodes, "NOPE", " 4006 "])},
        ("cashier",),
    ),
    Entry(
        "sales.scan",
        lambda w: {
            "barcode": st.one_of(
                st.sampled_from([*w.barcodes, "NOPE", "2012345012349", "2012345012348"]),
                st.from_regex(r"2[0-9]{12}", fullmatch=True),
                fz.plain_text,
            )
        },
        ("cashier",),
    ),
    Entry(
        "inventory.search",
        lambda w: {
            "text": fz.plain_text,
            "category": st.one_of(st.none(), _choices([c.value for c in Category])),
            "barcode": st.sampled_from([None, "", *w.barcodes]),
            "low_stock_below": st.one_of(st.none(), st.integers(0, 100)),
            "include_inactive": st.booleans(),
            "sort": st.sampled_from(["name", "price", "stock", "category", "id", "nope"]),
            "descending": st.booleans(),
            **fz.page_args(),
        },
        ("cashier",),
    ),
    Entry(
        "inventory.restock",
        lambda w: {
            "product_id": fz.ids(w.products),
            "quantity": st.integers(1, 100),
            "reason": fz.plain_text,
        },
        ("manager",),
    ),
    Entry(
        "inventory.deduct_one",
        lambda w: {"product_id": fz.ids(w.products), "reason": fz.plain_text},
        ("manager",),
    ),
    Entry(
        "inventory.deduct",
        lambda w: {
            "product_id": fz.ids(w.products),
            "quantity": st.integers(1, 100),
            "reason": fz.plain_text,
        },
        ("manager",),
    ),
    Entry("inventory.categories", lambda w: {"include_retired": st.booleans()}, ("cashier",)),
    Entry(
        "inventory.add_category",
        lambda w: {"name": st.one_of(fz.plain_text, _choices([c.value for c in Category]))},
        ("manager",),
    ),
    Entry(
        "inventory.rename_category",
        lambda w: {
            "category_id": st.integers(-1, 8),
            "name": st.one_of(fz.plain_text, _choices([c.value for c in Category])),
        },
        ("manager",),
    ),
    Entry(
        "inventory.set_category_active",
        lambda w: {"category_id": st.integers(-1, 8), "active": st.booleans()},
        ("manager",),
    ),
    Entry("inventory.import_products", lambda w: {"rows": _import_rows()}, ("manager",)),
    Entry(
        "inventory.export_rows",
        lambda w: {"batch": st.integers(1, 5000)},
        ("cashier",),
        call=lambda s, a, k: list(s.inventory.export_rows(a, **k)),
    ),
    Entry(
        "inventory.ratings",
        lambda w: {"product_ids": st.lists(fz.lax(fz.ids(w.products)), max_size=4)},
        ("cashier", "alice"),
    ),
    Entry(
        "inventory.movements",
        lambda w: {"product_id": fz.ids(w.products), **fz.page_args()},
        ("manager",),
    ),
    # sales
    Entry(
        "sales.checkout",
        lambda w: {
            "sale_uuid": _sale_uuids(w),
            "lines": _cart_lines(w),
            "customer_id": st.one_of(st.none(), fz.ids(w.customers)),
            "wallet_amount": st.one_of(st.none(), fz.money),
            "cash_tendered": st.one_of(st.none(), fz.money),
            "counter": fz.plain_text,
            "consent": st.one_of(st.none(), st.just(CONSENT)),
        },
        ("cashier",),
        call=lambda s, a, k: s.sales.checkout(a, CheckoutRequest(**k)),
    ),
    Entry(
        "sales.checkout(discounts)",
        lambda w: {
            "sale_uuid": _sale_uuids(w),
            "lines": _cart_lines(w),
            "cash_tendered": st.one_of(st.none(), fz.money),
            "discount": st.one_of(
                st.none(),
                fz.hostile,
                st.builds(
                    DiscountRequest,
                    reason=fz.plain_text,
                    percent=st.one_of(st.none(), fz.money),
                    amount=st.one_of(st.none(), fz.money),
                ),
            ),
        },
        ("cashier", "manager"),
        call=lambda s, a, k: s.sales.checkout(a, CheckoutRequest(**k)),
    ),
    Entry(
        "sales.quote",
        lambda w: {
            "sale_uuid": _sale_uuids(w),
            "lines": _cart_lines(w),
            "discount": st.one_of(
                st.none(), st.builds(DiscountRequest, reason=fz.plain_text, percent=fz.money)
            ),
        },
        ("cashier",),
        call=lambda s, a, k: s.sales.quote(a, CheckoutRequest(**k)),
    ),
    Entry(
        "sales.checkout(request)",
        lambda w: {"request": fz.hostile},
        ("cashier",),
        call=lambda s, a, k: s.sales.checkout(a, k["request"]),
    ),
    Entry(
        "sales.history",
        lambda w: {
            "customer_id": st.one_of(st.none(), fz.ids(w.customers)),
            "cashier_id": st.one_of(st.none(), fz.ids(w.staff)),
            "product_id": st.one_of(st.none(), fz.ids(w.products)),
            "since": st.one_of(st.none(), fz.aware_times),
            "until": st.one_of(st.none(), fz.aware_times),
            **fz.page_args(),
        },
        ("manager", "alice"),
    ),
    Entry("sales.find_sale", lambda w: {"sale_uuid": _sale_uuids(w)}, ("cashier", "alice")),
    Entry("sales.get", lambda w: {"sale_id": fz.ids(w.sales)}, ("cashier", "alice")),
    Entry(
        "sales.daily_totals",
        lambda w: {
            "first": st.dates(min_value=datetime(2020, 1, 1).date()),
            "last": st.dates(min_value=datetime(2020, 1, 1).date()),
            "zone": st.sampled_from(fz.EXTREME_ZONES),
        },
        ("manager",),
    ),
    Entry(
        "sales.top_products",
        lambda w: {"since": fz.aware_times, "until": fz.aware_times, "limit": st.integers(1, 100)},
        ("manager",),
    ),
    # refunds
    Entry(
        "refunds.refund",
        lambda w: {
            "refund_uuid": _sale_uuids(w),
            "sale_id": fz.ids(w.sales),
            "lines": _return_lines(w),
            "method": st.one_of(st.sampled_from(list(RefundMethod)), _choices(["wallet", "cash"])),
            "reason": fz.plain_text,
            "counter": fz.plain_text,
            "override": _overrides(),
        },
        ("manager", "cashier"),
        HASHING_EXAMPLES,
        call=lambda s, a, k: s.refunds.refund(
            a, RefundRequest(**{n: v for n, v in k.items() if n != "override"}), k["override"]
        ),
    ),
    Entry(
        "refunds.refund(request)",
        lambda w: {"request": fz.hostile},
        ("manager",),
        call=lambda s, a, k: s.refunds.refund(a, k["request"]),
    ),
    # reviews
    Entry(
        "reviews.submit",
        lambda w: {
            "product_id": fz.ids(w.products),
            "rating": st.integers(1, 5),
            "comment": fz.plain_text,
        },
        ("alice", "carol"),
    ),
    Entry(
        "reviews.update_own",
        lambda w: {
            "review_id": fz.ids(w.reviews),
            "rating": st.one_of(st.none(), st.integers(1, 5)),
            "comment": st.one_of(st.none(), fz.plain_text),
        },
        ("alice",),
    ),
    Entry("reviews.delete_own", lambda w: {"review_id": fz.ids(w.reviews)}, ("alice", "carol")),
    Entry("reviews.get", lambda w: {"review_id": fz.ids(w.reviews)}, ("alice", "carol")),
    Entry(
        "reviews.for_product",
        lambda w: {"product_id": fz.ids(w.products), **fz.page_args()},
        ("carol", "manager"),
    ),
    Entry(
        "reviews.for_customer",
        lambda w: {"customer_id": fz.ids(w.customers), **fz.page_args()},
        ("alice", "manager"),
    ),
    Entry(
        "reviews.queue",
        lambda w: {
            "statuses": st.one_of(
                st.none(),
                _choices([s.value for s in ReviewStatus]),
                st.lists(st.sampled_from(list(ReviewStatus)), max_size=3),
            ),
            "product_id": st.one_of(st.none(), fz.ids(w.products)),
            "customer_id": st.one_of(st.none(), fz.ids(w.customers)),
            "product_text": fz.plain_text,
            "customer_text": fz.plain_text,
            **fz.page_args(),
        },
        ("manager",),
    ),
    Entry(
        "reviews.moderate",
        lambda w: {
            "review_id": fz.ids(w.reviews),
            "status": st.one_of(
                st.sampled_from(list(ReviewStatus)), _choices([s.value for s in ReviewStatus])
            ),
        },
        ("manager",),
    ),
    # staff
    Entry(
        "staff.create",
        lambda w: {
            "username": st.one_of(fz.usernames, st.sampled_from(w.usernames)),
            "password": fz.passwords,
            "name": fz.plain_text,
            "role": _choices([r.value for r in Role]),
        },
        ("admin",),
        HASHING_EXAMPLES,
    ),
    Entry(
        "staff.set_active",
        lambda w: {"account_id": fz.ids(w.staff + w.customers), "active": st.booleans()},
        ("admin",),
    ),
    Entry(
        "staff.set_role",
        lambda w: {
            "account_id": fz.ids(w.staff + w.customers),
            "role": _choices([r.value for r in Role]),
        },
        ("admin",),
    ),
    Entry(
        "staff.reset_password",
        lambda w: {"account_id": fz.ids(w.staff + w.customers), "new_password": fz.passwords},
        ("admin",),
        HASHING_EXAMPLES,
    ),
    Entry("staff.unlock", lambda w: {"account_id": fz.ids(w.staff + w.customers)}, ("admin",)),
    # taxes and pricing settings
    Entry("taxes.rates", lambda w: {"include_retired": st.booleans()}, ("cashier",)),
    Entry(
        "taxes.add_rate",
        lambda w: {
            "name": fz.plain_text,
            "percent": st.one_of(fz.money, st.sampled_from(["-1", "100.00001", "5.5", "abc"])),
            "exempt": st.booleans(),
        },
        ("manager",),
    ),
    Entry(
        "taxes.set_rate_active",
        lambda w: {"rate_id": fz.ids((1,)), "active": st.booleans()},
        ("manager",),
    ),
    Entry(
        "taxes.set_category_rate",
        lambda w: {
            "category": st.sampled_from(["food", "nope", ""]),
            "rate_id": st.one_of(st.none(), fz.ids((1,))),
        },
        ("manager",),
    ),
    Entry(
        "taxes.set_product_rate",
        lambda w: {
            "product_id": fz.ids(w.products),
            "rate_id": st.one_of(st.none(), fz.ids((1,))),
        },
        ("manager",),
    ),
    Entry(
        "taxes.update_settings",
        lambda w: {
            "changes": st.dictionaries(
                st.sampled_from(
                    [
                        "prices_include_tax",
                        "tax_rounding",
                        "cash_rounding_cents",
                        "tax_number",
                        "default_tax_rate_id",
                        "cashier_discount_limit_percent",
                        "nonsense",
                    ]
                ),
                st.one_of(st.booleans(), fz.plain_text, st.integers(-5, 200), st.none()),
                max_size=3,
            )
        },
        ("manager",),
    ),
    Entry("promotions.list", lambda w: {"include_ended": st.booleans()}, ("cashier",)),
    Entry(
        "promotions.add",
        lambda w: {
            "name": fz.plain_text,
            "kind": st.sampled_from(["multi_buy", "buy_x_get_y", "category_percent", "nope"]),
            "starts_at": fz.aware_times,
            "ends_at": fz.aware_times,
            "product_ids": st.one_of(st.just(()), st.tuples(fz.ids(w.products))),
            "category": st.sampled_from([None, "food", "nope"]),
            "quantity": st.integers(-1, 5),
            "price": fz.money,
            "free_quantity": st.integers(-1, 3),
            "percent": st.one_of(fz.money, st.sampled_from(["50", "101", "-1"])),
        },
        ("manager",),
    ),
    Entry(
        "promotions.set_active",
        lambda w: {"promotion_id": fz.ids((1,)), "active": st.booleans()},
        ("manager",),
    ),
    # parked carts
    Entry(
        "parked.park",
        lambda w: {
            "counter": st.sampled_from(["Till 1", "Till 2", " Till 1 "]),
            "lines": _cart_lines(w),
            "customer_id": st.one_of(st.none(), fz.ids(w.customers)),
            "label": fz.plain_text,
            "note": fz.plain_text,
            "key": st.one_of(st.none(), fz.lax(st.uuids().map(str))),
        },
        ("cashier",),
    ),
    Entry("parked.list", lambda w: {"counter": fz.plain_text}, ("cashier",)),
    Entry("parked.resume", lambda w: {"cart_id": fz.ids(w.parked)}, ("cashier",)),
    Entry(
        "parked.swap",
        lambda w: {
            "counter": st.sampled_from(["Till 1", "Till 2", " Till 1 "]),
            "key": fz.lax(st.uuids().map(str)),
            "take_id": fz.ids(w.parked),
            "lines": st.one_of(st.just(()), _cart_lines(w)),
            "customer_id": st.one_of(st.none(), fz.ids(w.customers)),
            "note": fz.plain_text,
        },
        ("cashier",),
    ),
    Entry("parked.forget", lambda w: {"key": fz.lax(st.uuids().map(str))}, ("cashier",)),
    # end of day
    Entry(
        "end_of_day.z_report",
        lambda w: {
            "since": fz.aware_times,
            "until": fz.aware_times,
            "counter": st.sampled_from(["", "Till 1", "Till 2", "%"]),
            "opening_float": fz.money,
        },
        ("manager",),
    ),
    Entry(
        "end_of_day.open_day",
        lambda w: {
            "counter": st.sampled_from(["", "Till 1", "Till 2", "%"]),
            "opening_float": fz.money,
            "zone": st.sampled_from(fz.EXTREME_ZONES),
        },
        ("manager",),
    ),
    Entry(
        "end_of_day.business_day",
        lambda w: {
            "counter": st.sampled_from(["", "Till 1", "Till 2", "%"]),
            "zone": st.sampled_from(fz.EXTREME_ZONES),
        },
        ("cashier",),
    ),
    Entry(
        "end_of_day.close_day",
        lambda w: {
            "counted_cash": fz.money,
            "counter": st.sampled_from(["", "Till 1", "Till 2"]),
            "opening_float": fz.money,
            "zone": st.sampled_from(fz.EXTREME_ZONES),
        },
        ("manager",),
    ),
    # audit
    Entry(
        "audit.search",
        lambda w: {
            "username": st.sampled_from(["", *w.usernames]),
            "action": st.one_of(st.none(), st.sampled_from(list(AuditAction)), st.just("sale")),
            "record_ref": st.sampled_from(["", "sale", "account:1", "product:", ":"]),
            "since": st.one_of(st.none(), fz.aware_times),
            "until": st.one_of(st.none(), fz.aware_times),
            **fz.page_args(),
        },
        ("admin",),
    ),
    Entry(
        "audit.settings_changed",
        lambda w: {"keys": st.lists(fz.plain_text, max_size=3)},
        ("admin",),
    ),
    Entry(
        "audit.verify",
        lambda w: {
            "expected": st.one_of(
                st.none(),
                fz.plain_text,
                st.sampled_from(["1:deadbeef", f"0:{'0' * 64}", "x:y", "99999999999:abcdef12"]),
            ),
            "seal": st.sampled_from([True, False, "yes", None]),
        },
        ("admin",),
    ),
    # sign-in
    Entry(
        "auth.sign_in",
        lambda w: {
            "username": st.sampled_from(w.usernames),
            "password": st.one_of(st.just(STAFF_PASSWORD), fz.passwords),
            "counter": st.sampled_from(["", "Till 1"]),
        },
        (),
        HASHING_EXAMPLES,
        call=lambda s, a, k: s.auth.sign_in(**k),
    ),
    Entry(
        "auth.confirm",
        lambda w: {
            "username": st.sampled_from(w.usernames),
            "password": st.one_of(st.just(STAFF_PASSWORD), fz.passwords),
            "counter": st.sampled_from(["", "Till 1"]),
        },
        (),
        HASHING_EXAMPLES,
        call=lambda s, a, k: s.auth.confirm(**k),
    ),
    Entry(
        "auth.authorise",
        lambda w: {
            "username": st.sampled_from(w.usernames),
            "password": st.one_of(st.just(STAFF_PASSWORD), fz.passwords),
            "counter": st.sampled_from(["", "Till 1"]),
            "op": st.one_of(st.sampled_from([o.value for o in Op]), fz.plain_text),
        },
        (),
        HASHING_EXAMPLES,
        call=lambda s, a, k: s.auth.authorise(**k),
    ),
    Entry(
        "auth.create_first_admin",
        lambda w: {"username": fz.usernames, "password": fz.passwords, "name": fz.plain_text},
        (),
        HASHING_EXAMPLES,
        call=lambda s, a, k: s.auth.create_first_admin(**k),
    ),
)


@st.composite
def _arguments(draw: st.DrawFn, plausible: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    """All plausible, exactly one hostile, or each one either way."""
    names = list(plausible)
    mode = draw(st.sampled_from(["plausible", "one hostile", "one hostile", "mixed"]))
    target = draw(st.sampled_from(names)) if mode == "one hostile" else None
    arguments = {}
    for name in names:
        if name == target:
            strategy = fz.hostile
        elif mode == "mixed":
            strategy = st.one_of(plausible[name], fz.hostile)
        else:
            strategy = plausible[name]
        arguments[name] = draw(strategy, label=name)
    return arguments


def _actor_names(entry: Entry, world: World) -> st.SearchStrategy[str]:
    everyone = st.sampled_from(sorted(world.actors))
    if not entry.actors:
        return st.just("nobody")
    return st.one_of(st.sampled_from(entry.actors), everyone)


def _shown(value: object, size: int = 300) -> str:
    """str() that survives what hostile input does to it (a 5000-digit int cannot be shown)."""
    try:
        return str(value)[:size]
    except ValueError:
        return f"<{type(value).__name__} that cannot be shown>"


def check_call(world: World, entry: Entry, actor: Actor | None, arguments: dict[str, Any]) -> None:
    """Call the entry point; fail on an undocumented error or a refusal that changed data."""
    refusal: PosError | None = None
    try:
        entry.invoke(world.services, actor, arguments)
    except PosError as exc:
        refusal = exc
    except Exception as exc:
        raise AssertionError(
            f"{entry.name} raised {type(exc).__module__}.{type(exc).__name__}, "
            f"not a PosError: {_shown(exc)}"
        ) from exc
    finally:
        before, world.last = world.last, snapshot(world.db)
    if refusal is not None:
        changed = differences(before, world.last)
        assert not changed, (
            f"{entry.name} refused ({type(refusal).__name__}: {_shown(refusal.message, 200)}) "
            f"but changed the database:\n{changed}"
        )


FUZZ_SETTINGS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_hostile_input_gets_a_documented_refusal_and_changes_nothing(
    world: World, entry: Entry
) -> None:
    @settings(max_examples=examples(entry.examples), **FUZZ_SETTINGS)  # type: ignore[arg-type]
    @given(
        who=_actor_names(entry, world),
        arguments=_arguments(entry.params(world)),
    )
    def fire(who: str, arguments: dict[str, Any]) -> None:
        check_call(world, entry, world.actors[who], arguments)

    fire()


def test_every_public_entry_point_is_fuzzed(services: Services) -> None:
    """A new service method joins the fuzzing (or this list of deliberate exceptions)."""
    # no input beyond the actor
    not_fuzzed = {
        "auth.sign_out",
        "auth.needs_first_admin",
        "audit.seal",
        "customers.consent_mode",
        "sales.cashiers",
        "staff.list",
        "staff.locked",
        "taxes.settings",
    }
    fuzzed = {e.name.split("(")[0] for e in ENTRIES}
    public: set[str] = set()
    for service_name in (
        "customers",
        "wallets",
        "inventory",
        "sales",
        "refunds",
        "reviews",
        "staff",
        "parked",
        "end_of_day",
        "audit",
        "auth",
    ):
        public |= _public_methods(services, service_name)
    missing = sorted(public - fuzzed - not_fuzzed)
    assert not missing, f"not fuzzed: {missing}"


def _public_methods(services: Services, service_name: str) -> set[str]:
    service = getattr(services, service_name)
    return {
        f"{service_name}.{name}"
        for name in dir(type(service))
        if not name.startswith("_") and callable(getattr(service, name))
    }


# -- the harness itself -----------------------------------------------------------------


def test_the_seeded_store_is_consistent(world: World) -> None:
    """The fixture: alice paid 2 shirts and 3 coffees from 100.00 and got one coffee back."""
    wallets = {row[1]: row[2] for row in world.last["wallets"]}
    assert wallets[world.customers[0]] == 10000 - (2 * 1999 + 3 * 350) + 350
    assert wallets[world.customers[1]] == 0
    assert wallets[world.customers[2]] == 5000


def test_the_harness_notices_a_refusal_that_changed_data(world: World) -> None:
    def top_up_then_refuse(services: Services, actor: Actor | None, _: dict[str, Any]) -> None:
        services.wallets.top_up(
            world.people.manager, world.customers[1], Decimal("1.00"), method="cash"
        )
        raise ValidationError("refused after the fact")

    sneaky = Entry("sneaky", lambda w: {}, (), call=top_up_then_refuse)
    with pytest.raises(AssertionError, match="changed the database"):
        check_call(world, sneaky, None, {})


def test_the_harness_notices_an_undocumented_error(world: World) -> None:
    def crash(services: Services, actor: Actor | None, _: dict[str, Any]) -> None:
        raise TypeError("boom")

    with pytest.raises(AssertionError, match=r"builtins\.TypeError, not a PosError"):
        check_call(world, Entry("crash", lambda w: {}, (), call=crash), None, {})


# -- hostile input seen once, on both backends -----------------------------------------
#
# Each case is one concrete input: the fuzzing above finds such inputs at random; these
# keep them. A case passes when the call returns or raises a PosError, and a refusal
# leaves the database as it was.

G = fz.GIANT_INT
Case = Callable[[World], object]


def _s(w: World) -> Services:
    return w.services


def _checkout(w: World, **changes: Any) -> object:
    fields: dict[str, Any] = {
        "sale_uuid": str(uuid.uuid4()),
        "lines": (CartLine(w.products[1], 1),),
        "cash_tendered": Decimal("10.00"),
        "counter": "Till 1",
    }
    fields.update(changes)
    return w.services.sales.checkout(w.people.cashier, CheckoutRequest(**fields))


def _refund(w: World, **changes: Any) -> object:
    fields: dict[str, Any] = {
        "refund_uuid": str(uuid.uuid4()),
        "sale_id": w.sales[0],
        "lines": (ReturnLine(w.sale_lines[0], 1),),
        "method": "cash",
        "reason": "Damaged",
    }
    fields.update(changes)
    return w.services.refunds.refund(w.people.manager, RefundRequest(**fields))


def _cashier(w: World) -> Actor:
    return w.people.cashier


def _manager(w: World) -> Actor:
    return w.people.manager


def _alice(w: World) -> Actor:
    actor = w.actors["alice"]
    assert actor is not None
    return actor


UTC_PLUS_14 = timezone(timedelta(hours=14))
UTC_MINUS_12 = timezone(timedelta(hours=-12))
LAST_MOMENT = datetime.max.replace(tzinfo=UTC_MINUS_12)
FIRST_MOMENT = datetime.min.replace(tzinfo=UTC_PLUS_14)
A_DAY_AGO = datetime.now(UTC) - timedelta(days=1)

KNOWN_CASES: dict[str, Case] = {
    # handled today; kept so that they stay handled
    "customers.search: SQL in the search text": lambda w: _s(w).customers.search(
        _cashier(w), "'; DROP TABLE accounts; --"
    ),
    "inventory.search: LIKE wildcards and a backslash": lambda w: _s(w).inventory.search(
        _cashier(w), "%_\\"
    ),
    "customers.register: NUL in the name": lambda w: _s(w).customers.register(
        _cashier(w),
        username="nul-name",
        password="password-1",
        name="Eve\x00",
        age=30,
        marital_status="single",
    ),
    "wallets.top_up: NaN as text": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], "NaN", method="cash"
    ),
    "wallets.top_up: signalling NaN": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], Decimal("sNaN"), method="cash"
    ),
    "wallets.top_up: infinity as a float": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], float("inf"), method="cash"
    ),
    "wallets.top_up: 1E+999999": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], Decimal("1E+999999"), method="cash"
    ),
    "wallets.top_up: 1E+1000000": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], Decimal("1E+1000000"), method="cash"
    ),
    "wallets.top_up: 1e1000000 as text": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], "1e1000000", method="card"
    ),
    "wallets.top_up: paid by cheque": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], "1.00", method="cheque"
    ),
    "wallets.deduct: a negative amount": lambda w: _s(w).wallets.deduct(
        _manager(w), w.customers[0], Decimal("-5.00")
    ),
    "inventory.restock: 2**63 units": lambda w: _s(w).inventory.restock(
        _manager(w), w.products[0], 2**63
    ),
    "inventory.deduct: 2**63 units": lambda w: _s(w).inventory.deduct(
        _manager(w), w.products[0], 2**63
    ),
    "inventory.deduct: a negative count": lambda w: _s(w).inventory.deduct(
        _manager(w), w.products[0], -5
    ),
    "sales.checkout: a 10,000-digit quantity as text": lambda w: _checkout(
        w,
        lines=(CartLine(w.products[1], "9" * 10_000),),  # type: ignore[arg-type]
    ),
    "sales.checkout: wallet amount NaN": lambda w: _checkout(
        w, customer_id=w.customers[0], wallet_amount=Decimal("NaN")
    ),
    "sales.checkout: right-to-left override in the counter name": lambda w: _checkout(
        w, counter="\u202eTill"
    ),
    # PostgreSQL text cannot hold NUL: lookups that pass text straight to a query
    "customers.get_by_username: NUL in the username": lambda w: _s(w).customers.get_by_username(
        _cashier(w), "ali\x00ce"
    ),
    "auth.sign_in: NUL in the username": lambda w: _s(w).auth.sign_in(
        "cashier1\x00", STAFF_PASSWORD
    ),
    "auth.sign_in: NUL in the counter name": lambda w: _s(w).auth.sign_in(
        "cashier1", STAFF_PASSWORD, "Till\x00"
    ),
    # lone surrogates: str, but not encodable as UTF-8
    "auth.sign_in: lone surrogate in the password": lambda w: _s(w).auth.sign_in(
        "cashier1", "pass\ud800word"
    ),
    "auth.sign_in: lone surrogate in the username": lambda w: _s(w).auth.sign_in(
        "cashier\ud800", STAFF_PASSWORD
    ),
    "customers.register: lone surrogate in the name": lambda w: _s(w).customers.register(
        _cashier(w),
        username="surrogate",
        password="password-1",
        name="Eve\ud800",
        age=30,
        marital_status="single",
    ),
    "staff.create: lone surrogate in the password": lambda w: _s(w).staff.create(
        w.people.admin, username="newbie", password="pass\udfffword", name="N", role="cashier"
    ),
    "auth.create_first_admin: lone surrogate in the password": lambda w: _s(
        w
    ).auth.create_first_admin("founder", "pass\udfffword", "Founder"),
    "inventory.add: lone surrogate in the name": lambda w: _s(w).inventory.add(
        _manager(w), name="Tea\ud800", category="food", price="1.00"
    ),
    "inventory.search: lone surrogate in the text": lambda w: _s(w).inventory.search(
        _cashier(w), "Tea\ud800"
    ),
    "wallets.top_up: lone surrogate in the reason": lambda w: _s(w).wallets.top_up(
        _manager(w), w.customers[0], "1.00", "gift\ud800", method="cash"
    ),
    "sales.checkout: lone surrogate in the counter name": lambda w: _checkout(
        w, counter="Till\ud800"
    ),
    "reviews.submit: lone surrogate in the comment": lambda w: _s(w).reviews.submit(
        _alice(w), w.products[1], 5, "good\ud800"
    ),
    "audit.search: lone surrogate in the username": lambda w: _s(w).audit.search(
        w.people.admin, username="\ud800"
    ),
    # ids beyond PostgreSQL's integer (2**31 - 1), or too long to be shown in a message
    "customers.get: id 2**31": lambda w: _s(w).customers.get(_cashier(w), 2**31),
    "sales.get: id 2**31": lambda w: _s(w).sales.get(_cashier(w), 2**31),
    "inventory.deduct_one: id 2**31": lambda w: _s(w).inventory.deduct_one(_manager(w), 2**31),
    "inventory.ratings: id 2**31": lambda w: _s(w).inventory.ratings(_cashier(w), [2**31]),
    "customers.get: a 5000-digit id": lambda w: _s(w).customers.get(_cashier(w), G),
    "sales.find_sale: a 5000-digit sale number": lambda w: _s(w).sales.find_sale(
        _cashier(w),
        G,  # type: ignore[arg-type]
    ),
    "reviews.moderate: a 5000-digit status": lambda w: _s(w).reviews.moderate(
        _manager(w), w.reviews[0], G
    ),
    "customers.register: a 5000-digit requested role (logged)": lambda w: _s(w).customers.register(
        _cashier(w),
        username="giant",
        password="password-1",
        name="Giant",
        age=30,
        marital_status="single",
        requested_role=G,  # type: ignore[arg-type]
    ),
    "customers.update: a 5000-digit field name": lambda w: _s(w).customers.update(
        _manager(w),
        w.customers[0],
        {G: 1},  # type: ignore[dict-item]
    ),
    # a signalling NaN compared with the customer's own id
    "wallets.balance: signalling NaN id, as a customer": lambda w: _s(w).wallets.balance(
        _alice(w),
        Decimal("sNaN"),  # type: ignore[arg-type]
    ),
    "sales.history: signalling NaN customer id, as a customer": lambda w: _s(w).sales.history(
        _alice(w),
        customer_id=Decimal("sNaN"),  # type: ignore[arg-type]
    ),
    # wrong types where a container is expected
    "customers.search: a list as the sort column": lambda w: _s(w).customers.search(
        _cashier(w),
        sort=["name"],  # type: ignore[arg-type]
    ),
    "customers.update: changes that are not a mapping": lambda w: _s(w).customers.update(
        _manager(w),
        w.customers[0],
        "name=Eve",  # type: ignore[arg-type]
    ),
    "inventory.update: changes that are not a mapping": lambda w: _s(w).inventory.update(
        _manager(w),
        w.products[0],
        ["price", "1.00"],  # type: ignore[arg-type]
    ),
    "customers.delete: an override that is not a ManagerOverride": lambda w: _s(w).customers.delete(
        _cashier(w),
        w.customers[1],
        ("manager1", STAFF_PASSWORD),  # type: ignore[arg-type]
    ),
    "sales.checkout: lines that are not a sequence": lambda w: _checkout(w, lines=5),
    "refunds.refund: lines that are not a sequence": lambda w: _refund(w, lines=5),
    "refunds.refund: a line that is not a ReturnLine": lambda w: _refund(
        w, lines=((w.sale_lines[0], 1),)
    ),
    "parked.park: lines that are not a sequence": lambda w: _s(w).parked.park(
        _cashier(w),
        "Till 1",
        5,  # type: ignore[arg-type]
    ),
    "inventory.import_products: rows that are not a list": lambda w: _s(
        w
    ).inventory.import_products(
        _manager(w),
        5,  # type: ignore[arg-type]
    ),
    "inventory.import_products: a row that is not a mapping": lambda w: _s(
        w
    ).inventory.import_products(
        _manager(w),
        [["Tea", "food", "1.00"]],  # type: ignore[list-item]
    ),
    "inventory.import_products: column names of mixed types": lambda w: _s(
        w
    ).inventory.import_products(
        _manager(w),
        [{"name": "Tea", "category": "food", "price": "1.00", 1: "x", "colour": "green"}],  # type: ignore[dict-item]
    ),
    "inventory.ratings: ids that are not a list": lambda w: _s(w).inventory.ratings(
        _cashier(w),
        5,  # type: ignore[arg-type]
    ),
    "inventory.export_rows: a batch size that is not a number": lambda w: list(
        _s(w).inventory.export_rows(_cashier(w), "")  # type: ignore[arg-type]
    ),
    "audit.settings_changed: keys that are not a list": lambda w: _s(w).audit.settings_changed(
        w.people.admin,
        5,  # type: ignore[arg-type]
    ),
    # filters passed to SQL without a check
    "sales.history: a text customer id": lambda w: _s(w).sales.history(
        _manager(w),
        customer_id="abc",  # type: ignore[arg-type]
    ),
    "sales.history: a list as the product id": lambda w: _s(w).sales.history(
        _manager(w),
        product_id=[1],  # type: ignore[arg-type]
    ),
    "sales.history: offset 2**63": lambda w: _s(w).sales.history(_manager(w), offset=2**63),
    "reviews.queue: a text customer id": lambda w: _s(w).reviews.queue(
        _manager(w),
        customer_id="abc",  # type: ignore[arg-type]
    ),
    # dates and times
    "sales.top_products: naive datetimes": lambda w: _s(w).sales.top_products(
        _manager(w), datetime(2024, 1, 1), datetime(2025, 1, 1)
    ),
    "sales.top_products: no period": lambda w: _s(w).sales.top_products(
        _manager(w),
        None,  # type: ignore[arg-type]
        None,  # type: ignore[arg-type]
    ),
    "sales.daily_totals: the last day there is": lambda w: _s(w).sales.daily_totals(
        _manager(w), date.max, date.max, UTC
    ),
    "sales.daily_totals: days that are not dates": lambda w: _s(w).sales.daily_totals(
        _manager(w),
        "2024-01-01",  # type: ignore[arg-type]
        "2024-01-31",  # type: ignore[arg-type]
        UTC,
    ),
    "sales.daily_totals: a zone that is not a zone": lambda w: _s(w).sales.daily_totals(
        _manager(w),
        date(2024, 1, 1),
        date(2024, 1, 2),
        "Europe/Paris",  # type: ignore[arg-type]
    ),
    "sales.history: until the last moment at UTC-12": lambda w: _s(w).sales.history(
        _manager(w), until=LAST_MOMENT
    ),
    "end_of_day.z_report: from the first moment at UTC+14": lambda w: _s(w).end_of_day.z_report(
        _manager(w), FIRST_MOMENT, A_DAY_AGO
    ),
    "audit.search: since the last moment at UTC-12": lambda w: _s(w).audit.search(
        w.people.admin, since=LAST_MOMENT
    ),
}


@pytest.mark.parametrize("case", list(KNOWN_CASES))
def test_known_hostile_input(world: World, case: str) -> None:
    entry = Entry(case, lambda w: {}, (), call=lambda s, a, k: KNOWN_CASES[case](world))
    check_call(world, entry, None, {})


def test_like_wildcards_match_themselves(world: World) -> None:
    """'%' and '_' typed in a search box find products with those characters, not all."""
    cashier = world.people.cashier
    for text in ("%", "_", "0%", "_pure_"):
        names = [p.name for p in world.services.inventory.search(cashier, text).items]
        assert names == ["Coffee 100% _pure_"], text
    assert world.services.inventory.search(cashier, "\\").items == ()
    assert world.services.customers.search(cashier, "%").items == ()
