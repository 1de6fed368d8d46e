"""The customer search from its index (issue 14, migration 0012), on both backends: a
substring of the username, name, e-mail or phone (or the phone's digits), exactly what the
old LIKE search found (hostile input included), kept in step with every write, and counts
that stop at a cap."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import People
from sqlalchemy import delete, event, func, insert, or_, select, text, update

from pos_app.data.database import Database
from pos_app.data.models import Account, Wallet
from pos_app.data.repositories.accounts import _contains
from pos_app.data.repositories.base import like_pattern
from pos_app.data.search_index import (
    CUSTOMER_SEARCH_INDEX,
    CUSTOMER_SEARCH_TABLE,
    CUSTOMER_WALK_INDEX,
)
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import Role
from pos_app.services import Services, customers
from pos_app.services.records import Actor

#: (username, name, email, phone): written past the services (as an import or an older
#: program might), so a username may hold capitals and a name anything.
ACCOUNTS = (
    ("ana.garcia", "Ana García", "ana@example.com", "06 12 34 56 78"),
    ("bob_smith", "Bob Smith", "BOB.Smith@Example.COM", "+33 6-12-34-56-78"),
    ("pct100", "100% Loyal", "pct@example.com", "(555) 123-4567"),
    ("o.brien", "O'Brien", "obrien@example.com", ""),
    ("quote", 'Say "hi" Shop', "", "0612345678"),
    ("cafe", "Café Crème", "café@exämple.com", ""),
    ("cafe.noir", "CAFÉ NOIR", "", "12"),
    ("strasse", "Straße Müller", "", ""),
    ("under_score", "snake_case Ltd", "", ""),
    ("backslash", "C:\\Temp Co", "", ""),
    ("near", "NEAR Field", "near@field.org", ""),
    ("star", "Star * Bar", "", ""),
    ("Mixed.Case", "ÉCLAIR éclair", "MIXED@Case.io", ""),
    ("abc", "Ab", "", "+1 555"),
    ("arabic", "مرحبا بكم", "", "٠٦١٢"),
    ("turkish", "İstanbul Kebap", "", ""),
    ("braces", "{Braces} AND (more)", "", ""),
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
    "AND",
    "OR",
    "NOT Bar",
    "^",
    ":",
    "name:",
    "username : ana",
    "phone_digits : 123",
    "{username}",
    "{Braces}",
    "(",
    "(more)",
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
    "müller",
    "12",
    "123",
    "0612",
    "06 12",
    "0612 34",
    "6-12",
    "+33",
    "+336",
    "(555)",
    "555-45",
    "1234567",
    "1 555",
    "٠٦١",
    "@example",
    "EXAMPLE.COM",
    "exämple",
    "ana",
    "GARCÍA",
    "garcia",
    "mixed",
    "MIXED.c",
    "مرحبا",
    "İst",
    "ist",
    "zzz",
    "smith ",
    "a t",
    "%%%",
    "adm",
)


@pytest.fixture
def accounts(db: Database, people: People) -> dict[str, int]:
    """The ACCOUNTS as customers (and one deactivated); username -> id. The staff of
    ``people`` are there too: the search never finds them."""

    def work(tx: Transaction) -> dict[str, int]:
        made = tx.accounts.add(
            [
                {
                    "username": username,
                    "name": name,
                    "email": email,
                    "phone": phone,
                    "role": Role.CUSTOMER.value,
                    "password_hash": "x",
                }
                for username, name, email, phone in ACCOUNTS
            ]
        )
        made[-1].active = False
        return {account.username: account.id for account in made}

    return db.write(work)


def searched(services: Services, actor: Actor, text: str, **kw: Any) -> list[str]:
    page = services.customers.search(actor, text, include_inactive=True, limit=500, **kw)
    return [c.username for c in page.items]


def old_search(
    db: Database, text: str, sort: str = "username", descending: bool = False
) -> list[str]:
    """What the customer search before migration 0012 returned, written out as it was:
    the text lowered, LIKE '%text%' over four columns and the phone's digits, in the same
    order. The service strips the text first, as it did then."""
    text = text.strip()
    pattern = like_pattern(text.lower())
    matches = [
        Account.username.like(pattern, escape="\\"),
        func.lower(Account.name).like(pattern, escape="\\"),
        func.lower(Account.email).like(pattern, escape="\\"),
        Account.phone.like(pattern, escape="\\"),
    ]
    digits = "".join(char for char in text if char.isdigit() or char == "+")
    if len(digits) >= 3:
        bare = func.replace(func.replace(Account.phone, " ", ""), "-", "")
        matches.append(bare.like(like_pattern(digits), escape="\\"))
    column = {"username": Account.username, "name": Account.name}[sort]
    query = (
        select(Account.username)
        .join(Wallet, Wallet.account_id == Account.id)
        .where(Account.role == Role.CUSTOMER.value, or_(*matches))
        .order_by(column.desc() if descending else column.asc(), Account.id)
    )
    return db.read(lambda tx: list(tx.session.scalars(query)))


def test_a_substring_anywhere_is_found(
    services: Services, people: People, accounts: dict[str, int]
) -> None:
    cashier = people.cashier
    assert searched(services, cashier, "arcí") == ["ana.garcia"]
    assert searched(services, cashier, "ob smi") == ["bob_smith"]
    assert searched(services, cashier, "h@examp") == ["bob_smith"]  # e-mail, any case
    assert searched(services, cashier, "(555) 1") == ["pct100"]  # the phone as written
    assert searched(services, cashier, "0612 34") == ["ana.garcia", "quote"]  # its digits
    assert searched(services, cashier, "61234") == ["ana.garcia", "bob_smith", "quote"]
    assert searched(services, cashier, "reak") == []


@pytest.mark.sampled(every=4)  # the edit-test loop: a quarter of the table
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_finds_exactly_what_the_old_search_found(
    services: Services, people: People, db: Database, accounts: dict[str, int], text: str
) -> None:
    assert searched(services, people.manager, text) == old_search(db, text)
    by_name = searched(services, people.manager, text, sort="name", descending=True)
    assert by_name == old_search(db, text, "name", descending=True)


def test_the_hostile_set_is_not_trivial(db: Database, accounts: dict[str, int]) -> None:
    """Most of the patterns find something, some nothing, and no staff member ever: the
    comparison above is not between two empty lists."""
    found = [text for text in HOSTILE if old_search(db, text)]
    assert len(found) >= 45
    assert "zzz" not in found and '"hi"' in found and "%" in found and "_" in found
    assert "0612 34" in found and "(555)" in found and "adm" not in found


def test_special_characters_are_taken_literally(
    services: Services, people: People, accounts: dict[str, int]
) -> None:
    cashier = people.cashier
    assert searched(services, cashier, "100%") == ["pct100"]
    assert searched(services, cashier, "r_sc") == ["under_score"]
    assert searched(services, cashier, "e_c") == ["under_score"]  # snake_case, not 'e c'
    assert searched(services, cashier, '"hi"') == ["quote"]
    assert searched(services, cashier, "r * B") == ["star"]
    assert searched(services, cashier, "NEAR F") == ["near"]
    assert searched(services, cashier, "{Braces} AND") == ["braces"]
    assert searched(services, cashier, "phone_digits : ab") == []
    assert searched(services, cashier, ":\\te") == ["backslash"]
    assert searched(services, cashier, "%%%") == []


def test_short_text_searches_as_before(
    services: Services, people: People, accounts: dict[str, int]
) -> None:
    cashier = people.cashier
    assert searched(services, cashier, "12") == [
        "ana.garcia",
        "bob_smith",
        "cafe.noir",
        "pct100",
        "quote",
    ]
    assert searched(services, cashier, "*") == ["star"]
    assert searched(services, cashier, "ß") == ["strasse"]


def _stored(db: Database, statement: Any) -> None:
    db.write(lambda tx: tx.session.execute(statement))


def _check_index(db: Database) -> None:
    """SQLite's own check that the FTS5 index agrees with what it stores."""
    if db.backend == "sqlite":
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO {CUSTOMER_SEARCH_TABLE} ({CUSTOMER_SEARCH_TABLE}) "
                "VALUES ('integrity-check')"
            )


def test_registrations_edits_and_raw_writes_are_searched_at_once(
    services: Services, people: People, db: Database, accounts: dict[str, int]
) -> None:
    manager = people.manager
    new = services.customers.register(
        manager, username="walnut", password="walnut-pass-1", name="Wally Nutt", phone="07 98"
    )
    assert searched(services, manager, "lly Nu") == ["walnut"]
    assert searched(services, manager, "0798") == ["walnut"]
    services.customers.update(manager, new.id, {"name": "Pecan Pie", "phone": "01-55-66"})
    assert searched(services, manager, "lly Nu") == [] and searched(services, manager, "0798") == []
    assert searched(services, manager, "can Pi") == ["walnut"]
    assert searched(services, manager, "015566") == ["walnut"]
    # Written by hand, past the services: the triggers keep the index in step.
    raw = Account.__table__
    ana = accounts["ana.garcia"]
    _stored(db, update(raw).where(raw.c.id == ana).values(email="hazel@nut.org"))
    assert searched(services, manager, "zel@nu") == ["ana.garcia"]
    assert searched(services, manager, "ana@ex") == []
    _stored(db, update(raw).where(raw.c.id == ana).values(username="hazel"))
    assert searched(services, manager, "azel") == ["hazel"]
    assert searched(services, manager, "na.gar") == []
    brien = accounts["o.brien"]
    _stored(db, delete(Wallet.__table__).where(Wallet.__table__.c.account_id == brien))
    _stored(db, delete(raw).where(raw.c.id == brien))
    assert searched(services, manager, "brien") == []

    def raw_customer(tx: Transaction) -> None:
        row = insert(raw).values(
            username="rawrow", name="Raw Row", role="customer", password_hash="x", active=True
        )
        made = tx.session.execute(row.returning(raw.c.id)).scalar_one()
        tx.session.execute(insert(Wallet.__table__).values(account_id=made, balance_cents=0))

    db.write(raw_customer)
    assert searched(services, manager, "aw Ro") == ["rawrow"]
    _check_index(db)


def test_a_search_stops_counting_at_the_cap(
    services: Services, people: People, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def work(tx: Transaction) -> None:
        tx.accounts.add(
            [
                {
                    "username": f"desk{n}",
                    "name": f"Desk Lamp {n}",
                    "role": Role.CUSTOMER.value,
                    "password_hash": "x",
                }
                for n in range(6)
            ]
            + [{"username": "rope", "name": "Rope", "role": "customer", "password_hash": "x"}]
        )

    db.write(work)
    monkeypatch.setattr(customers, "SEARCH_COUNT_CAP", 4)
    search = services.customers.search
    manager = people.manager
    many = search(manager, "esk lam", limit=3)
    assert (many.total, many.capped) == (5, True)
    assert [c.username for c in many.items] == ["desk0", "desk1", "desk2"]
    later = search(manager, "esk lam", limit=3, after=many.next_after)
    assert [c.username for c in later.items] == ["desk3", "desk4", "desk5"]
    by_offset = search(manager, "esk lam", offset=3, limit=10)
    assert [c.username for c in by_offset.items] == ["desk3", "desk4", "desk5"]
    short = search(manager, "la")  # no trigram: the LIKE, capped the same
    assert (short.total, short.capped, len(short.items)) == (5, True, 6)
    few = search(manager, "amp 1")
    assert (few.total, few.capped, [c.username for c in few.items]) == (1, False, ["desk1"])
    monkeypatch.setattr(customers, "SEARCH_COUNT_CAP", 6)
    exact = search(manager, "Lamp")  # the cap itself is not "more"
    assert (exact.total, exact.capped) == (6, False)
    everyone = search(manager, "")  # no search: every customer, counted exactly
    assert (everyone.total, everyone.capped) == (7, False)


@pytest.mark.parametrize(("sort", "descending"), [("username", False), ("name", True)])
def test_a_capped_search_pages_through_exactly_the_old_matches(
    services: Services,
    people: People,
    db: Database,
    accounts: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    sort: str,
    descending: bool,
) -> None:
    """Past the cap the search walks the sort order instead of the index's ids: page by
    page (keyset), it still finds what the old search found, in its order."""
    monkeypatch.setattr(customers, "SEARCH_COUNT_CAP", 1)
    capped = 0
    for term in ("e", "ana", "12", "0612 34", "%", "exa", "é", "AR", "zzz"):
        seen: list[str] = []
        after: object = None
        while True:
            page = services.customers.search(
                people.manager,
                term,
                include_inactive=True,
                sort=sort,
                descending=descending,
                limit=2,
                after=after,
            )
            capped += page.capped
            seen += [c.username for c in page.items]
            if page.next_after is None:
                break
            after = page.next_after
        assert seen == old_search(db, term, sort, descending), term
    assert capped >= 10  # most of them went past the cap


def test_the_index_is_there_and_serves_the_search(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.backend == "sqlite":
            triggers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'accounts'"
            ).scalars()
            assert {f"customer_search_{verb}" for verb in ("insert", "update", "delete")} <= set(
                triggers
            )
            plan = conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT rowid FROM {CUSTOMER_SEARCH_TABLE} WHERE "
                f"{CUSTOMER_SEARCH_TABLE} MATCH '\"abc\"'"
            ).all()
            assert any("VIRTUAL TABLE INDEX" in str(row[-1]) for row in plan)
            return
        definition = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"),
            {"n": CUSTOMER_SEARCH_INDEX},
        ).scalar_one()
        assert "gin_trgm_ops" in definition and "lower((email)::text)" in definition
        # An empty table's plan is any plan: only bitmap scans are left to choose from.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        # The repository's own condition, its patterns as parameters as it sends them.
        probe = select(Account.id).where(_contains("abc", "0612"))
        statement = probe.compile(dialect=conn.dialect)
        plan = conn.exec_driver_sql(f"EXPLAIN {statement}", statement.params).scalars()
        shown = "\n".join(plan)
        assert CUSTOMER_SEARCH_INDEX in shown and "BitmapOr" in shown, shown


@pytest.mark.sqlite_only  # PostgreSQL answers from its trigram index (0012)
def test_a_frequent_words_count_and_first_page_read_the_indexes_in_order(
    services: Services,
    people: People,
    db: Database,
    accounts: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite (migration 0030): past the cap, the page in username order is found by
    walking ``ix_accounts_customer_walk``, whose entries hold every column the search
    tests, not the username index, which reads every row it passes from the table; and
    the count reads the trigram index's candidates as they come."""
    monkeypatch.setattr(customers, "SEARCH_COUNT_CAP", 1)
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        sent.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        page = services.customers.search(people.manager, "exa")
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert page.capped and page.items
    (statement, params) = [s for s in sent if "ORDER BY accounts.username" in s[0]][-1]
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    shown = "\n".join(str(row[-1]) for row in plan)
    assert f"SCAN accounts USING INDEX {CUSTOMER_WALK_INDEX}" in shown, shown
    # The capped count reads the index's candidates as they come, and stops at its limit.
    (statement, params) = [s for s in sent if s[0].startswith("SELECT count(*)")][-1]
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    steps = [str(row[-1]) for row in plan if not str(row[-1]).startswith("CO-ROUTINE")]
    assert steps[0].startswith(f"SCAN {CUSTOMER_SEARCH_TABLE} VIRTUAL TABLE"), steps
    assert not any("LIST SUBQUERY" in step for step in steps), steps
