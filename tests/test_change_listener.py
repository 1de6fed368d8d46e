"""What a write changed reaches the screens: this process's at once, the other counters'
through LISTEN/NOTIFY on PostgreSQL (pos_app.data.changes, pos_app.data.change_listener).

Nothing is mocked: the writes are real service calls, the notifications real ones from
the server, and a dropped connection is a real backend terminated on the server."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from conftest import People
from helpers import cart, new_product
from sqlalchemy.engine import make_url

from pos_app.data.change_listener import ChangeListener, conninfo
from pos_app.data.changes import CHANNEL, NOTICE_WINDOW_S, TOPICS, ChangeFeed
from pos_app.data.database import Database
from pos_app.domain.errors import PosError
from pos_app.services import Services, build_services
from pos_app.services.changes import AUDIT, PRODUCTS, SALES, STOCK

#: How long a test waits for what must come (a failure, not a timing goal).
WAIT_SECONDS = 10
ON_POSTGRES = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


class Heard:
    """A subscriber that keeps every publication, from any thread."""

    def __init__(self) -> None:
        self.items: queue.Queue[frozenset[str]] = queue.Queue()

    def __call__(self, topics: frozenset[str]) -> None:
        self.items.put(topics)

    def next(self) -> frozenset[str]:
        return self.items.get(timeout=WAIT_SECONDS)

    def until(self, wanted: frozenset[str]) -> list[frozenset[str]]:
        """Everything heard up to and including a publication with all of ``wanted``."""
        got = [self.next()]
        while not wanted <= got[-1]:
            got.append(self.next())
        return got

    def drained(self) -> list[frozenset[str]]:
        got = []
        while not self.items.empty():
            got.append(self.items.get_nowait())
        return got


def test_a_notification_from_another_process_is_published_and_our_own_is_not() -> None:
    feed, heard = ChangeFeed(), Heard()
    feed.subscribe(heard)
    feed.receive(feed.payload({STOCK, SALES}))
    assert heard.drained() == []
    other = ChangeFeed()
    feed.receive(other.payload({STOCK, SALES}))
    feed.receive(f"{other.origin}:stock,nonsense")
    assert heard.drained() == [frozenset({STOCK, SALES}), frozenset({STOCK})]


def test_an_unsubscribed_screen_hears_nothing_more() -> None:
    feed, heard = ChangeFeed(), Heard()
    unsubscribe = feed.subscribe(heard)
    feed.publish({STOCK})
    unsubscribe()
    feed.publish({STOCK})
    assert heard.drained() == [frozenset({STOCK})]


def test_a_committed_write_tells_what_it_changed_and_a_refused_one_tells_nothing(
    services: Services, people: People
) -> None:
    heard = Heard()
    services.changes.subscribe(heard)
    product = new_product(services, people.manager, stock=1, barcode="1001")
    assert {PRODUCTS, STOCK} <= heard.drained()[-1]
    with pytest.raises(PosError):  # the same barcode twice: rolled back
        new_product(services, people.manager, "Other", barcode="1001")
    with pytest.raises(PosError):  # more than the stock: refused
        services.sales.checkout(people.cashier, cart((product.id, 2)))
    assert heard.drained() == []
    services.sales.checkout(people.cashier, cart((product.id, 1)))
    assert heard.drained() == [frozenset({SALES, STOCK, AUDIT})]


@pytest.fixture
def raw_listener(db_url: str) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    """A bare LISTEN connection: what the server sends, with nobody filtering it."""
    with psycopg.connect(conninfo(make_url(db_url)), autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        yield conn


@ON_POSTGRES
def test_a_rolled_back_write_sends_no_notification(
    services: Services, people: People, raw_listener: psycopg.Connection[tuple[object, ...]]
) -> None:
    product = new_product(services, people.manager, stock=1, barcode="1001")
    with pytest.raises(PosError):
        new_product(services, people.manager, "Other", barcode="1001")
    with pytest.raises(PosError):
        services.sales.checkout(people.cashier, cart((product.id, 2)))
    services.sales.checkout(people.cashier, cart((product.id, 1)))
    payloads = []
    # The server delivers notifications in commit order: once the sale's has come,
    # anything the refused writes had sent would have come before it.
    for notify in raw_listener.notifies(timeout=WAIT_SECONDS):
        payloads.append(notify.payload.partition(":")[2])
        if payloads[-1] == "audit,sales,stock":
            break
    assert payloads == ["audit,products,stock", "audit,sales,stock"]


@ON_POSTGRES
def test_a_counter_selling_fast_tells_the_others_once_a_moment_and_its_last_sale_too(
    db: Database,
    services: Services,
    people: People,
    raw_listener: psycopg.Connection[tuple[object, ...]],
) -> None:
    """The first sale after a quiet moment notifies with its own statement; the next ones
    within NOTICE_WINDOW_S are held and told together when the window ends: fewer
    notifications than sales (the server commits NOTIFYing transactions one at a time),
    and the last sale is always told."""
    product = new_product(services, people.manager, stock=50)
    db.changes.send_held()
    time.sleep(NOTICE_WINDOW_S)  # a quiet moment: the first sale tells at once
    sales = 6
    for _ in range(sales):
        services.sales.checkout(people.cashier, cart((product.id, 1)))
    told: list[str] = []
    deadline = time.monotonic() + WAIT_SECONDS
    for notify in raw_listener.notifies(timeout=NOTICE_WINDOW_S * 4):
        told.append(notify.payload.partition(":")[2])
        if time.monotonic() > deadline:
            break
    sale_notices = [payload for payload in told if "sales" in payload.split(",")]
    assert 1 <= len(sale_notices) < sales, told
    assert sale_notices[-1] == "audit,sales,stock"


def other_counter(db_url: str) -> tuple[Database, Services]:
    """A second counter: its own engine and its own feed (another origin)."""
    db = Database(db_url)
    return db, build_services(db, bcrypt_cost=10)


@pytest.fixture
def listening(db_url: str) -> Iterator[tuple[ChangeListener, Heard]]:
    """This counter's listener, as the app runs it, on a feed of its own."""
    feed, heard = ChangeFeed(), Heard()
    feed.subscribe(heard)
    listener = ChangeListener(make_url(db_url), feed)
    listener.start()
    assert listener.listening.wait(WAIT_SECONDS)
    yield listener, heard
    listener.stop()


@ON_POSTGRES
def test_another_counters_sale_reaches_the_listener_and_stop_ends_its_thread(
    db_url: str, people: People, listening: tuple[ChangeListener, Heard]
) -> None:
    listener, heard = listening
    db, services = other_counter(db_url)
    try:
        product = new_product(services, people.manager, price="2.00", stock=5)
        services.sales.checkout(people.cashier, cart((product.id, 1), cash_tendered=Decimal(2)))
    finally:
        db.dispose()
    assert heard.until(frozenset({SALES, STOCK}))[-1] == {SALES, STOCK, AUDIT}
    listener.stop()
    assert not listener.running
    assert not any(t.name == "pos-change-listener" for t in threading.enumerate())


@ON_POSTGRES
def test_the_listener_reconnects_after_its_connection_is_killed_and_says_all_changed(
    db_url: str, people: People, listening: tuple[ChangeListener, Heard]
) -> None:
    listener, heard = listening
    with psycopg.connect(conninfo(make_url(db_url)), autocommit=True) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = 'pos-change-listener' AND datname = current_database()"
        ).fetchall()
    assert killed == [(True,)]
    assert heard.next() == TOPICS  # whatever was missed meanwhile: load everything again
    assert listener.connections == 2
    db, services = other_counter(db_url)
    try:
        new_product(services, people.manager, stock=5)
    finally:
        db.dispose()
    assert {PRODUCTS, STOCK} <= heard.next()
