"""Keyset paging of the big lists (issue 14), on both backends: paging by ``next_after``
through products, customers, sales and the audit trail, in every sort the screens offer,
gives exactly the rows of one ordered query (ties broken by id, NULL ages where each
database puts them), and a row written or removed between pages never shows twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from backdating import backdate_sales
from conftest import People
from helpers import cart, new_product
from sqlalchemy import update

from pos_app.data.database import Database
from pos_app.data.models import Account, Product
from pos_app.data.repositories.products import PRODUCT_SORTS
from pos_app.data.repositories.wallets import Why
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import Role, WalletEntryKind
from pos_app.domain.errors import ValidationError
from pos_app.services import Services, inventory
from pos_app.services.base import add_account
from pos_app.services.records import Page

PAGE = 3

Fetch = Callable[..., Page[Any]]


def walk(fetch: Fetch, between: Callable[[int], None] | None = None) -> list[int]:
    """Every id, a page of ``PAGE`` at a time by ``after``; ``between(n)`` runs after page n."""
    seen: list[int] = []
    after: object = None
    for n in range(1000):
        page = fetch(offset=0, limit=PAGE, after=after)
        seen.extend(record.id for record in page.items)
        if page.next_after is None:
            return seen
        assert len(page.items) == PAGE
        if between is not None:
            between(n)
        after = page.next_after
    raise AssertionError("paging never ended")


def whole(fetch: Fetch) -> list[int]:
    """The ids of one ordered query (the offset API, one page of everything)."""
    return [record.id for record in fetch(offset=0, limit=500).items]


@pytest.fixture
def products(services: Services, people: People) -> list[int]:
    """Products with equal names, prices, stock and categories, so that ties need the id."""
    made = []
    for n in range(14):
        made.append(
            new_product(
                services,
                people.manager,
                name=f"Item {n % 4}" if n % 3 else f"Item {n}",
                price=str(1 + n % 3),
                stock=n % 2,
                category=("clothes", "food")[n % 2],
            ).id
        )
    return made


@pytest.mark.sampled(every=4)  # the edit-test loop: a quarter of the combinations
@pytest.mark.parametrize("sort", sorted(PRODUCT_SORTS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "Item", "tem 1"])
def test_products_page_by_key_as_one_query(
    services: Services, people: People, products: list[int], sort: str, descending: bool, text: str
) -> None:
    def fetch(**page: Any) -> Page[Any]:
        return services.inventory.search(
            people.cashier, text, sort=sort, descending=descending, **page
        )

    expected = whole(fetch)
    assert len(expected) >= (4 if text else 14)
    assert walk(fetch) == expected


def test_a_capped_search_pages_past_its_cap(
    services: Services, people: People, products: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)

    def fetch(**page: Any) -> Page[Any]:
        return services.inventory.search(people.cashier, "Item", **page)

    first = fetch(offset=0, limit=PAGE)
    assert first.capped and first.total == 5
    later = fetch(offset=0, limit=PAGE, after=first.next_after)
    assert later.capped and later.total == 5  # the same bounded count on every page
    assert walk(fetch) == whole(fetch) and len(whole(fetch)) == 14


def test_products_written_between_pages_show_once(
    services: Services, people: People, db: Database, products: list[int]
) -> None:
    def fetch(**page: Any) -> Page[Any]:
        return services.inventory.search(people.cashier, **page)

    before = whole(fetch)
    gone = before[-2]
    added: list[int] = []

    def between(n: int) -> None:
        if n == 0:  # sorts first: an offset would now show the page's last row again
            added.append(new_product(services, people.manager, name="Aaa first").id)
            db.write(
                lambda tx: tx.session.execute(
                    update(Product).where(Product.id == gone).values(active=False)
                )
            )

    seen = walk(fetch, between)
    assert len(seen) == len(set(seen))
    assert added[0] not in seen and gone not in seen
    assert seen == [i for i in before if i != gone]


@pytest.fixture
def customers(db: Database, staff_hash: str) -> list[int]:
    """Customers with equal names, balances, creation times, and ages some of them lack."""
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

    def work(tx: Transaction) -> list[int]:
        ids = []
        for n in range(13):
            account = add_account(
                tx,
                username=f"cust{n:02d}",
                name=f"Name {n % 3}",
                role=Role.CUSTOMER,
                password_hash=staff_hash,
                age=None if n % 4 == 0 else 20 + n % 3,
            )
            ids.append(account.id)
            tx.session.execute(
                update(Account)
                .where(Account.id == account.id)
                .values(created_at=moment + timedelta(seconds=n % 2))
            )
            if n % 3:  # through the ledger: the books balance (migration 0019)
                why = Why(WalletEntryKind.ADJUSTMENT.value, actor_id=None, reason="test")
                tx.wallets.credit(account.id, n % 3, why)
        return ids

    return db.write(work)


@pytest.mark.sampled(every=4)  # the edit-test loop: a quarter of the combinations
@pytest.mark.parametrize("sort", ["username", "name", "age", "balance", "created"])
@pytest.mark.parametrize("descending", [False, True])
def test_customers_page_by_key_as_one_query(
    services: Services, people: People, customers: list[int], sort: str, descending: bool
) -> None:
    def fetch(**page: Any) -> Page[Any]:
        return services.customers.search(people.manager, sort=sort, descending=descending, **page)

    expected = whole(fetch)
    assert sorted(expected) == sorted(customers)
    assert walk(fetch) == expected
    if sort == "age":  # where the NULLs fall is the database's; paging agrees with it
        ages = [c.age for c in fetch(offset=0, limit=500).items]
        assert None in ages


def test_customers_written_between_pages_show_once(
    services: Services, people: People, db: Database, staff_hash: str, customers: list[int]
) -> None:
    def fetch(**page: Any) -> Page[Any]:
        return services.customers.search(people.manager, sort="name", **page)

    before = whole(fetch)
    gone = before[-1]

    def between(n: int) -> None:
        if n == 1:
            db.write(
                lambda tx: add_account(
                    tx, username="aaa", name="Aaa", role=Role.CUSTOMER, password_hash=staff_hash
                )
            )
            db.write(
                lambda tx: tx.session.execute(
                    update(Account).where(Account.id == gone).values(active=False)
                )
            )

    seen = walk(fetch, between)
    assert seen == [i for i in before if i != gone]


@pytest.fixture
def sales(services: Services, people: People, db: Database) -> list[int]:
    """Sales, several rung up at the very same moment."""
    product = new_product(services, people.manager, price="1.00", stock=100)
    ids = []
    for _ in range(11):
        sale = services.sales.checkout(people.cashier, cart((product.id, 1)))
        ids.append(sale.id)
    base = datetime(2026, 3, 1, 12, tzinfo=UTC)
    backdate_sales(db, {sale_id: base + timedelta(minutes=n % 3) for n, sale_id in enumerate(ids)})
    return ids


def test_sales_page_by_key_as_one_query(
    services: Services, people: People, db: Database, sales: list[int]
) -> None:
    def fetch(**page: Any) -> Page[Any]:
        return services.sales.history(people.manager, **page)

    expected = whole(fetch)
    assert sorted(expected) == sorted(sales)
    assert walk(fetch) == expected
    newest = expected[0]
    added: list[int] = []

    def between(n: int) -> None:
        if n == 0:  # a new sale is the newest: it belongs before the pages shown
            product = new_product(services, people.manager, name="Later", price="1.00")
            sale = services.sales.checkout(people.cashier, cart((product.id, 1)))
            added.append(sale.id)

    seen = walk(fetch, between)
    assert seen == expected and added[0] not in seen and newest in seen


def test_the_audit_trail_pages_by_key(services: Services, people: People, db: Database) -> None:
    for n in range(10):
        services.audit.settings_changed(people.admin, [f"key{n}"])

    def fetch(**page: Any) -> Page[Any]:
        return services.audit.search(people.admin, **page)

    expected = whole(fetch)
    assert len(expected) >= 10
    added: list[int] = []

    def between(n: int) -> None:
        if n == 0:
            services.audit.settings_changed(people.admin, ["later"])
            added.append(whole(fetch)[0])

    seen = walk(fetch, between)
    assert seen == expected and added[0] not in seen


def test_a_cursor_of_another_order_is_refused(
    services: Services, people: People, products: list[int]
) -> None:
    page = services.inventory.search(people.cashier, sort="price", limit=PAGE)
    assert page.next_after is not None
    with pytest.raises(ValidationError, match="start again"):
        services.inventory.search(people.cashier, sort="name", limit=PAGE, after=page.next_after)
    with pytest.raises(ValidationError):
        services.customers.search(people.manager, after=("username", False, "x", "1"))
    last = services.inventory.search(people.cashier, limit=500)
    assert last.next_after is None  # the last page says so
