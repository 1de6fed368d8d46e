"""The product search from its index (issue 14, migration 0009), on both backends: a
substring anywhere in a name, exactly what the old LIKE search found (hostile input
included), kept in step with every write, and counts that stop at a cap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import People, PgServer
from helpers import new_product
from keyboard import CTRL, focused, go_to, open_counter, press, seen_words, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import make_url

from pos_app.data.database import Database
from pos_app.data.migrate import downgrade, upgrade_to_head
from pos_app.data.models import Product
from pos_app.data.repositories.base import like_pattern
from pos_app.data.repositories.products import BARCODE_SEARCH_MIN
from pos_app.data.roles import provision_roles
from pos_app.data.search_index import SEARCH_INDEX, SEARCH_TABLE
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import PosError
from pos_app.services import Services, inventory
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext

NAMES = (
    "Blueberry Muffin",
    "Strawberry Jam",
    "Green Tea",
    "100% Cotton Tee",
    "snake_case Mug",
    'He said "hi" Card',
    "O'Brien's Tea",
    "Star * Bar",
    "NEAR Field Radio",
    "Two-Tone Cap",
    "Café Crème",
    "CAFÉ NOIR",
    "Straße Map",
    "C:\\Temp Sticker",
    "Item (large)",
    "{Braces} Set",
    "x^2 Poster",
    "Item 2001234",
    "Ab",
    "Mixed ÉCLAIR éclair",
)
HOSTILE = (
    "%",
    "_",
    "%_%",
    "\\",
    "'",
    '"',
    '""',
    '"hi"',
    "*",
    "Star *",
    "NEAR",
    "NEAR(a b)",
    "-",
    "Two-",
    "-Tone",
    "AND",
    "OR",
    "NOT Tea",
    "^",
    ":",
    "name:",
    "(",
    "(large)",
    "{",
    "Braces}",
    "e",
    "ab",
    "AB",
    "é",
    "É",
    "café",
    "CAFÉ",
    "crème",
    "éclair",
    "ÉCLAIR",
    "ß",
    "straße",
    "12",
    "123",
    "2001234",
    "100%",
    "erry",
    "ERRY M",
    "a t",
    "zzz",
    "Tea ",
)


@pytest.fixture
def catalogue(services: Services, people: People) -> dict[str, int]:
    """The NAMES, one product each (barcodes 900001...); name -> id."""
    return {
        name: new_product(services, people.manager, name=name, barcode=f"9{n:05d}").id
        for n, name in enumerate(NAMES, 1)
    }


def searched(services: Services, actor: Actor, text: str, **kw: object) -> list[str]:
    page = services.inventory.search(actor, text, include_inactive=True, limit=500, **kw)  # type: ignore[arg-type]
    return [p.name for p in page.items]


def old_search(db: Database, text: str, sort: str = "name", descending: bool = False) -> list[str]:
    """What the search before migration 0009 returned: a barcode by its index, else the
    name LIKE (SQLite) or ILIKE (PostgreSQL) '%text%' scan, in the same order. The
    service strips the text first, as it did then."""
    text = text.strip()

    def work(tx: object) -> list[str]:
        session = tx.session  # type: ignore[attr-defined]
        code = session.scalar(select(Product.id).where(Product.barcode == text))
        if (text.isdigit() and len(text) >= BARCODE_SEARCH_MIN) or code is not None:
            where = Product.barcode == text
        elif db.backend == "postgresql":
            where = Product.name.ilike(like_pattern(text), escape="\\")
        else:
            where = Product.name.like(like_pattern(text), escape="\\")
        column = {"name": Product.name_key, "price": Product.price_cents}[sort]
        order = column.desc() if descending else column.asc()
        return list(session.scalars(select(Product.name).where(where).order_by(order, Product.id)))

    return db.read(work)


def test_a_substring_in_the_middle_of_a_word_is_found(
    services: Services, people: People, catalogue: dict[str, int]
) -> None:
    assert searched(services, people.cashier, "erry") == ["Blueberry Muffin", "Strawberry Jam"]
    assert searched(services, people.cashier, "RRY MUF") == ["Blueberry Muffin"]
    assert searched(services, people.cashier, "reen T") == ["Green Tea"]
    assert searched(services, people.cashier, "uffi") == ["Blueberry Muffin"]


@pytest.mark.sampled(every=4)  # the edit-test loop: a quarter of the table
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_finds_exactly_what_the_old_search_found(
    services: Services, people: People, db: Database, catalogue: dict[str, int], text: str
) -> None:
    expected = old_search(db, text)
    assert searched(services, people.cashier, text) == expected
    by_price = searched(services, people.cashier, text, sort="price", descending=True)
    assert by_price == old_search(db, text, "price", descending=True)


def test_the_hostile_set_is_not_trivial(db: Database, catalogue: dict[str, int]) -> None:
    """Most of the patterns find something, and some find nothing: the comparison above
    is not between two empty lists."""
    found = [text for text in HOSTILE if old_search(db, text)]
    assert len(found) >= 30
    assert "zzz" not in found and '"hi"' in found and "%" in found and "_" in found


def test_special_characters_are_taken_literally(
    services: Services, people: People, catalogue: dict[str, int]
) -> None:
    assert searched(services, people.cashier, "100%") == ["100% Cotton Tee"]
    assert searched(services, people.cashier, "e_c") == ["snake_case Mug"]
    assert searched(services, people.cashier, '"hi"') == ['He said "hi" Card']
    assert searched(services, people.cashier, "r * B") == ["Star * Bar"]
    assert searched(services, people.cashier, "NEAR F") == ["NEAR Field Radio"]
    assert searched(services, people.cashier, "o-T") == ["Two-Tone Cap"]
    assert searched(services, people.cashier, "n's T") == ["O'Brien's Tea"]
    assert searched(services, people.cashier, ":\\Te") == ["C:\\Temp Sticker"]
    assert searched(services, people.cashier, "%%%") == []


def test_a_barcode_still_finds_its_product(
    services: Services, people: People, catalogue: dict[str, int]
) -> None:
    assert searched(services, people.cashier, "900003") == ["Green Tea"]
    assert searched(services, people.cashier, "2001234") == []  # a barcode nobody has


def test_one_and_two_characters_still_search(
    services: Services, people: People, catalogue: dict[str, int]
) -> None:
    assert searched(services, people.cashier, "Ab") == ["Ab"]
    assert searched(services, people.cashier, "x^") == ["x^2 Poster"]
    assert searched(services, people.cashier, "*") == ["Star * Bar"]


def _stored(db: Database, statement: object) -> None:
    db.write(lambda tx: tx.session.execute(statement))


def _check_index(db: Database) -> None:
    """SQLite's own check that the FTS5 index holds exactly what products holds."""
    if db.backend == "sqlite":
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('integrity-check')"
            )


def test_inserts_renames_and_deletes_by_anyone_are_searched_at_once(
    services: Services, people: People, db: Database, catalogue: dict[str, int]
) -> None:
    manager = people.manager
    tea = catalogue["Green Tea"]
    services.inventory.update(manager, tea, {"name": "Jasmine Infusion"})
    assert searched(services, manager, "reen T") == []
    assert searched(services, manager, "mine Inf") == ["Jasmine Infusion"]
    # Written by hand, past the services: the triggers keep the index in step.
    raw = Product.__table__
    _stored(
        db,
        insert(raw).values(
            name="Raw Walnut Loaf", name_key="raw walnut loaf", category="food", price_cents=1
        ),
    )
    assert searched(services, manager, "lnut L") == ["Raw Walnut Loaf"]
    _stored(db, update(raw).where(raw.c.name == "Raw Walnut Loaf").values(name="Raw Pecan Loaf"))
    assert searched(services, manager, "lnut L") == []
    assert searched(services, manager, "ecan L") == ["Raw Pecan Loaf"]
    _stored(db, delete(raw).where(raw.c.name == "Raw Pecan Loaf"))
    assert searched(services, manager, "ecan L") == []
    _check_index(db)


def test_a_search_stops_counting_at_the_cap(
    services: Services, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(6):
        new_product(services, people.manager, name=f"Desk Lamp {n}")
    new_product(services, people.manager, name="Rope")
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)
    search = services.inventory.search
    many = search(people.cashier, "esk lam", limit=3)
    assert (many.total, many.capped, len(many.items)) == (5, True, 3)
    assert [p.name for p in many.items] == ["Desk Lamp 0", "Desk Lamp 1", "Desk Lamp 2"]
    later = search(people.cashier, "esk lam", offset=3, limit=10)
    assert [p.name for p in later.items] == ["Desk Lamp 3", "Desk Lamp 4", "Desk Lamp 5"]
    short = search(people.cashier, "la")  # no trigram: the LIKE, capped the same
    assert (short.total, short.capped, len(short.items)) == (5, True, 6)
    few = search(people.cashier, "amp 1")
    assert (few.total, few.capped) == (1, False)
    exact = search(people.cashier, "Lamp", limit=3)  # the cap itself is not "more"
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 6)
    assert (search(people.cashier, "Lamp").total, search(people.cashier, "Lamp").capped) == (
        6,
        False,
    )
    assert exact.capped
    everything = search(people.cashier, "")  # no search: every product, counted exactly
    assert (everything.total, everything.capped) == (7, False)


@pytest.mark.parametrize("term", ["esk lam", "la"])  # from the trigram index; a plain LIKE
def test_past_the_cap_the_first_matches_come_as_found_not_sorted(
    services: Services, people: People, monkeypatch: pytest.MonkeyPatch, term: str
) -> None:
    # Added in the reverse of name order: sorting every match of a frequent word would
    # read them all (seconds at a million products), so past the cap they come as found.
    for n in reversed(range(6)):
        new_product(services, people.manager, name=f"Desk Lamp {n}")
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)

    def names(**page: object) -> list[str]:
        found = services.inventory.search(people.cashier, term, **page)  # type: ignore[arg-type]
        assert found.capped
        return [p.name for p in found.items]

    added = [f"Desk Lamp {n}" for n in reversed(range(6))]
    assert names(limit=6) == added
    assert names(limit=6, sort="price", descending=True) == added  # any sort asked
    first = services.inventory.search(people.cashier, term, limit=2)
    rest = services.inventory.search(people.cashier, term, limit=6, after=first.next_after)
    assert [p.name for p in first.items + rest.items] == added  # keyset pages, each once
    assert names(offset=4, limit=6) == added[4:]
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 6)  # within the cap: sorted again
    within = services.inventory.search(people.cashier, term, limit=6)
    assert not within.capped and [p.name for p in within.items] == sorted(added)


def test_the_search_leaves_the_planner_as_it_found_it(
    services: Services, people: People, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On PostgreSQL a name search of 3+ characters tells the planner which index to take
    # (its guess for ILIKE '%...%' walked the name index for seconds at a million products)
    # for its own statements only: the rest of the transaction plans as before.
    for n in range(6):
        new_product(services, people.manager, name=f"Desk Lamp {n}")
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)
    settings = "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')"

    def search_then_settings(cap: int) -> tuple[list[str], Any]:
        def work(tx: Transaction) -> tuple[list[str], Any]:
            rows, _total = tx.products.page(
                "esk lam", None, None, None, False, "name", False, 0, 3, cap
            )
            after = None
            if tx.products.on_postgresql:
                after = tuple(tx.session.execute(text(settings)).one())
            return [p.name for p in rows], after

        return db.read(work)

    postgresql = db.engine.dialect.name == "postgresql"
    for cap in (4, 10):  # past the cap (as found) and within it (sorted)
        names, after = search_then_settings(cap)
        assert names == ["Desk Lamp 0", "Desk Lamp 1", "Desk Lamp 2"]
        assert after == (("on", "on") if postgresql else None)


@pytest.mark.sqlite_only
def test_the_inventory_says_when_it_stopped_counting(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(6):
        new_product(services, people.manager, name=f"Desk Lamp {n}")
    new_product(services, people.manager, name="Rope")
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Inventory")
    qtbot.waitUntil(lambda: "7 products" in seen_words(window), timeout=5_000)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused().objectName() == "productSearch"
    type_text(qtbot, "esk lam")
    qtbot.waitUntil(lambda: "4+ products, first found" in seen_words(window), timeout=5_000)
    assert "Desk Lamp 5" in seen_words(window)  # the page holds them all; the count stopped
    type_text(qtbot, "p 3")
    qtbot.waitUntil(lambda: "1 product" in seen_words(window), timeout=5_000)
    assert "4+ products" not in seen_words(window) and "Desk Lamp 5" not in seen_words(window)


def test_the_repository_cap_is_a_parameter(
    services: Services, people: People, db: Database
) -> None:
    for n in range(5):
        new_product(services, people.manager, name=f"Oak Shelf {n}")

    def page(cap: int | None) -> tuple[int, int]:
        rows, total = db.read(
            lambda tx: tx.products.page("k Shel", None, None, None, False, "name", False, 0, 2, cap)
        )
        return len(rows), total

    assert page(None) == (2, 5)
    assert page(2) == (2, 3)
    assert page(5) == (2, 5)


def test_the_index_is_there_and_serves_the_search(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.backend == "sqlite":
            triggers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'products'"
            ).scalars()
            assert {
                "product_search_insert",
                "product_search_update",
                "product_search_delete",
            } <= set(triggers)
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM product_search WHERE product_search "
                "MATCH '\"abc\"'"
            ).all()
            assert any("VIRTUAL TABLE INDEX" in str(row[-1]) for row in plan)
            return
        definition = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": SEARCH_INDEX}
        ).scalar_one()
        assert "USING gin (name gin_trgm_ops)" in definition
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = conn.execute(  # the pattern is a parameter, as the repository sends it
            text("EXPLAIN SELECT id FROM products WHERE name ILIKE :p ESCAPE '\\'"),
            {"p": like_pattern("abc")},
        ).scalars()
        assert SEARCH_INDEX in "\n".join(plan)


# -- PostgreSQL: who may create pg_trgm --------------------------------------------------
@pytest.fixture
def owner_without_pg_trgm(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A scratch database at 0008 with fresh roles; (superuser URL, owner URL)."""
    url = pg_server.create_database("pos_trgm")
    owner, app = f"pos_owner_{Path(url).name[-12:]}", f"pos_app_{Path(url).name[-12:]}"
    db = Database(url)
    upgrade_to_head(db)
    downgrade(db, "0008")
    provision_roles(db, owner, app)
    db.dispose()
    yield url, make_url(url).set(username=owner).render_as_string(hide_password=False)
    pg_server.drop_database(url)
    admin = make_url(url).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        for role in (app, owner):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.postgres
def test_an_owner_who_may_not_create_pg_trgm_is_told_what_the_superuser_runs(
    owner_without_pg_trgm: tuple[str, str],
) -> None:
    super_url, owner_url = owner_without_pg_trgm
    owner_db = Database(owner_url)
    try:
        with pytest.raises(PosError, match="CREATE EXTENSION pg_trgm") as refused:
            upgrade_to_head(owner_db)
        assert "superuser" in refused.value.message
        with owner_db.engine.connect() as conn:
            assert (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0008"
            )
        admin = make_url(super_url).set(drivername="postgresql")
        superuser = admin.render_as_string(hide_password=False)
        with psycopg.connect(superuser, autocommit=True) as c:
            c.execute("CREATE EXTENSION pg_trgm")
        # The next extension the owner may not create (0017, the server's sign-in) stops
        # the upgrade the same way; the whole upgrade is one transaction, so it is undone.
        with pytest.raises(PosError, match="CREATE EXTENSION pgcrypto") as refused:
            upgrade_to_head(owner_db)
        assert "superuser" in refused.value.message
        with owner_db.engine.connect() as conn:
            assert (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0008"
            )
        with psycopg.connect(superuser, autocommit=True) as c:
            c.execute("CREATE EXTENSION pgcrypto")
        upgrade_to_head(owner_db)
        with owner_db.engine.connect() as conn:
            found = conn.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname = :n"), {"n": SEARCH_INDEX}
            ).first()
        assert found is not None
    finally:
        owner_db.dispose()
