"""Issue 16, the probe's smaller defects 5 to 8, on SQLite and the real PostgreSQL: a
lockout nobody can extend, `pos-admin user unlock`, weak passwords refused everywhere a
password is set, one first admin however many first-run screens race, and a product file
that neither runs formulas in a spreadsheet nor changes through a round trip."""

from __future__ import annotations

import csv
import shutil
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD, People, PgServer, QuickHasher
from helpers import PASSWORD
from sqlalchemy import select
from test_cli import run_cli

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.enums import AuditAction, Role
from pos_app.domain.errors import AuthenticationError, ConflictError, PosError, ValidationError
from pos_app.services import Services, build_services
from pos_app.services.auth import LOCKOUT_AFTER, LOCKOUT_FOR
from pos_app.services.passwords import common_passwords
from pos_app.services.product_csv import CSV_COLUMNS, read_product_csv, write_product_rows
from pos_app.services.records import Actor
from pos_app.services.spreadsheet_cells import from_spreadsheet_safe, spreadsheet_safe
from pos_app.ui.csv_export import spreadsheet_safe as ui_spreadsheet_safe

WRONG = "not-the-password-9"


def locked_until(db: Database, account_id: int) -> Any:
    return db.read(lambda tx: tx.get(models.Account, account_id).locked_until)  # type: ignore[union-attr]


def fail_sign_ins(services: Services, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            services.auth.sign_in(username, WRONG)


def actions(services: Services, people: People, action: AuditAction) -> list[str]:
    """The usernames in the detail of each audit row of ``action``, oldest first."""
    page = services.audit.search(people.admin, action=action, limit=1000)
    return [row.detail for row in reversed(page.items)]


def audit_count(services: Services, people: People, action: AuditAction) -> int:
    return services.audit.search(people.admin, action=action, limit=1000).total


# 5. Lockout ---------------------------------------------------------------------------


def test_wrong_passwords_during_a_lockout_do_not_extend_it(
    services: Services, people: People, db: Database
) -> None:
    cashier_id = people.cashier.account_id
    assert cashier_id is not None
    before = models.utcnow()
    fail_sign_ins(services, "cashier1", LOCKOUT_AFTER)
    began = locked_until(db, cashier_id)
    assert began is not None
    assert before + LOCKOUT_FOR <= began <= models.utcnow() + LOCKOUT_FOR

    # Someone keeps guessing, twice as many times as it takes to lock an account.
    fail_sign_ins(services, "cashier1", 2 * LOCKOUT_AFTER)
    assert locked_until(db, cashier_id) == began
    assert audit_count(services, people, AuditAction.LOCKOUT) == 1
    with pytest.raises(AuthenticationError):
        services.auth.sign_in("cashier1", STAFF_PASSWORD)  # still locked

    # 30 minutes after it began (the lockout's end moved into the past, as the clock would):
    db.write(
        lambda tx: setattr(
            tx.lock(models.Account, cashier_id), "locked_until", models.utcnow() - timedelta(1)
        )
    )
    assert services.auth.sign_in("cashier1", STAFF_PASSWORD).username == "cashier1"
    # the guesses made while locked counted for nothing: a fresh run of guesses is needed
    fail_sign_ins(services, "cashier1", LOCKOUT_AFTER - 1)
    assert services.staff.locked(people.admin) == ()


def test_pos_admin_user_unlock_lifts_a_lockout_and_is_audited(
    services: Services, people: People, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_sign_ins(services, "manager1", LOCKOUT_AFTER)
    assert [m.username for m in services.staff.locked(people.admin)] == ["manager1"]

    code, out, err = run_cli(["user", "unlock", "Manager1", "--database", db_url], capsys)
    assert (code, err) == (0, "")
    assert "Unlocked 'manager1'" in out
    assert services.staff.locked(people.admin) == ()
    assert services.auth.sign_in("manager1", STAFF_PASSWORD).role is Role.MANAGER
    assert actions(services, people, AuditAction.UNLOCK) == ["manager1"]


@pytest.mark.parametrize("name", ["cashier1", "nobody"])
def test_pos_admin_user_unlock_of_an_account_not_locked_says_so_and_changes_nothing(
    name: str,
    services: Services,
    people: People,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(["user", "unlock", name, "--database", db_url], capsys)
    assert (code, out) == (1, "")
    assert f"No account named '{name}' is locked out; nothing was changed" in err
    assert audit_count(services, people, AuditAction.UNLOCK) == 0


# 6. Weak passwords --------------------------------------------------------------------

#: (password, the words of its refusal); the username of every case is "maria.admin".
WEAK = [
    ("12345678", "most common"),
    ("password", "most common"),
    ("Password1", "most common"),
    ("qwertyuiop", "most common"),
    ("        ", "only spaces"),
    (" \t   \u3000  ", "only spaces"),
    ("maria.admin", "cannot be the username"),
    ("Maria.Admin", "cannot be the username"),
]


def test_the_shipped_list_holds_thousands_of_common_passwords() -> None:
    common = common_passwords()
    assert len(common) > 5000
    assert {"12345678", "password", "iloveyou", "qwertyuiop"} <= common
    assert STAFF_PASSWORD not in common and PASSWORD not in common


def accounts(db: Database) -> list[tuple[str, str, str]]:
    """Every account as (username, role, password hash), read from the database."""
    return db.read(
        lambda tx: sorted(
            (a.username, a.role, a.password_hash)
            for a in tx.session.scalars(select(models.Account))
        )
    )


@pytest.mark.parametrize(("password", "why"), WEAK)
def test_a_weak_first_admin_password_is_refused_and_nothing_is_written(
    password: str, why: str, services: Services, db: Database
) -> None:
    with pytest.raises(ValidationError, match=why):
        services.auth.create_first_admin("maria.admin", password, "Maria")
    assert accounts(db) == []
    assert services.auth.needs_first_admin()


@pytest.mark.parametrize("role", ["cashier", "manager", "admin"])
def test_weak_passwords_are_refused_for_every_staff_role(
    role: str, services: Services, people: People, db: Database
) -> None:
    before = accounts(db)
    for password, why in WEAK:
        with pytest.raises(ValidationError, match=why) as refused:
            services.staff.create(
                people.admin, username="maria.admin", password=password, name="Maria", role=role
            )
        assert refused.value.field == "password"
    assert accounts(db) == before
    made = services.staff.create(
        people.admin, username="maria.admin", password="Tulip-Ledger-42", name="Maria", role=role
    )
    assert services.auth.sign_in("maria.admin", "Tulip-Ledger-42").account_id == made.id


def test_a_weak_password_reset_is_refused_and_the_old_password_still_works(
    services: Services, people: People, db: Database
) -> None:
    before = accounts(db)
    cashier_id = people.cashier.account_id
    assert cashier_id is not None
    for password, why in [*WEAK, ("cashier1", "cannot be the username")]:
        if "username" in why and password != "cashier1":
            continue  # the username here is cashier1
        with pytest.raises(ValidationError, match=why):
            services.staff.reset_password(people.admin, cashier_id, password)
    assert accounts(db) == before
    assert services.auth.sign_in("cashier1", STAFF_PASSWORD).username == "cashier1"
    assert audit_count(services, people, AuditAction.PASSWORD_RESET) == 0


def test_a_weak_customer_password_is_refused(
    services: Services, people: People, db: Database
) -> None:
    before = accounts(db)
    for password, why in [("password1", "most common"), ("janedoe1", "username")]:
        with pytest.raises(ValidationError, match=why):
            services.customers.register(
                people.cashier, username="janedoe1", password=password, name="Jane"
            )
    assert accounts(db) == before


@pytest.mark.parametrize(("password", "why"), [WEAK[0], WEAK[4], WEAK[6]])
def test_pos_admin_user_add_refuses_a_weak_password(
    password: str, why: str, db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        ["user", "add", "maria.admin", "--role", "admin", "--database", db_url],
        capsys,
        stdin=password + "\n",
    )
    assert (code, out) == (1, "")
    assert why in err
    assert accounts(db) == []


# 7. First-admin race ------------------------------------------------------------------


def test_six_first_run_screens_at_once_make_exactly_one_admin(db_url: str, db: Database) -> None:
    racers = 6
    barrier = threading.Barrier(racers)
    outcomes: list[tuple[str, str]] = []
    lock = threading.Lock()

    def first_admin(number: int) -> None:
        own = Database(db_url)
        services = build_services(own, hasher=QuickHasher())
        try:
            own.ping()  # connected before the race starts
            barrier.wait(timeout=30)
            made = services.auth.create_first_admin(f"founder{number}", "Tulip-Ledger-42", "F")
            outcome = ("ok", made.username)
        except PosError as exc:
            outcome = (type(exc).__name__, exc.message)
        finally:
            own.dispose()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=first_admin, args=(n,)) for n in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(outcomes) == racers
    winners = [name for kind, name in outcomes if kind == "ok"]
    assert len(winners) == 1, outcomes
    refusals = {(kind, name) for kind, name in outcomes if kind != "ok"}
    assert refusals == {
        (ConflictError.__name__, "An administrator already exists; sign in instead")
    }
    assert [(name, role) for name, role, _ in accounts(db)] == [(winners[0], Role.ADMIN.value)]


# 8. CSV export formulas ---------------------------------------------------------------

FORMULAS = ['=HYPERLINK("x")', "+cmd", "-2+3", "@SUM(A1)"]
#: Names a spreadsheet does not run, exported as they are, one of them with the quote.
PLAIN = ["'Twas a Mug", "'=already quoted", "Tea - Green"]


@pytest.fixture
def fresh_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Another migrated, empty database of the same backend."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "fresh.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.migrated_database("pos_fresh")
    yield url
    server.drop_database(url)


def test_the_ui_exports_use_the_one_spreadsheet_rule() -> None:
    assert ui_spreadsheet_safe is spreadsheet_safe
    for text in [*FORMULAS, *PLAIN, "", "'", "''+1", "\tx"]:
        assert from_spreadsheet_safe(spreadsheet_safe(text)) == text
        assert not spreadsheet_safe(text).startswith(("=", "+", "-", "@", "\t"))


def _exported_cells(path: Path) -> dict[str, list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CSV_COLUMNS)
    return {row[0]: row for row in rows[1:]}


def test_the_product_export_neutralises_formulas_and_reads_back_exactly(
    services: Services,
    people: People,
    db_url: str,
    fresh_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = FORMULAS + PLAIN
    for number, name in enumerate(names):
        services.inventory.add(
            people.manager,
            name=name,
            category="food",
            price="1.50",
            description=f"@cmd /c calc {number}" if number % 2 else "=1+1",
            stock=number,
            barcode=f"-{number}77" if number == 1 else None,
        )
    exported = tmp_path / "products.csv"
    code, _, err = run_cli(["products", "export", str(exported), "--database", db_url], capsys)
    assert (code, err) == (0, "")

    cells = _exported_cells(exported)
    # a quote before each formula, and before the name already quoted, not before the others
    assert set(cells) == {
        "'=HYPERLINK(\"x\")", "'+cmd", "'-2+3", "'@SUM(A1)",
        "'Twas a Mug", "''=already quoted", "Tea - Green",
    }  # fmt: skip
    for row in cells.values():
        for column in ("name", "description", "barcode"):
            value = row[CSV_COLUMNS.index(column)]
            assert not value.startswith(("=", "+", "-", "@")), (column, value)
    assert cells["'+cmd"][CSV_COLUMNS.index("barcode")] == "'-177"

    code, out, err = run_cli(["products", "import", str(exported), "--database", fresh_url], capsys)
    assert (code, err) == (0, ""), out
    copy = Database(fresh_url)
    try:
        copied = build_services(copy, hasher=QuickHasher())
        again = sorted(
            (p["name"], p["description"], p["barcode"], p["stock"])
            for p in copied.inventory.export_rows(Actor.system())
        )
    finally:
        copy.dispose()
    original = sorted(
        (p["name"], p["description"], p["barcode"], p["stock"])
        for p in services.inventory.export_rows(people.manager)
    )
    assert again == original
    assert sorted(row[0] for row in again) == sorted(names)


def test_a_product_file_written_by_the_inventory_screen_reads_back_exactly(
    tmp_path: Path,
) -> None:
    from pos_app.ui.workspaces.product_csv import write_product_csv  # noqa: PLC0415 (Qt)

    rows = [
        {"name": name, "category": "food", "price": "1.00", "description": name}
        for name in FORMULAS + PLAIN
    ]
    path = tmp_path / "screen.csv"
    assert write_product_csv(str(path), rows) == len(rows)
    assert all(not name.startswith(("=", "+", "-", "@")) for name in _exported_cells(path))
    back = [(r.values["name"], r.values["description"]) for r in read_product_csv(str(path))]
    assert back == [(row["name"], row["description"]) for row in rows]

    stream_path = tmp_path / "stream.csv"
    with stream_path.open("w", newline="", encoding="utf-8") as out:
        write_product_rows(out, rows)
    assert stream_path.read_bytes() == path.read_bytes()
