"""A PostgreSQL backup where pg_dump is missing (issue 17: "or a documented equivalent"):
pos-admin writes its own COPY archive from one snapshot, and restores it into a new
database with every row as it was, or refuses and writes nothing."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import People, PgServer
from helpers import buy, new_customer, new_product
from history_helpers import make_history
from test_backup_refusals import tables
from test_cli import run_cli
from test_daily_pricing_reports import priced_store, sell_priced

from pos_app.data import audit_seal
from pos_app.data.backup_copy import FORMAT, MANIFEST, SEAL, _seal
from pos_app.data.database import Database
from pos_app.data.migrate import head_revision
from pos_app.services import Services

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def no_pg_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This computer has no PostgreSQL client programs on its PATH."""
    empty = tmp_path / "bin-without-pg-dump"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.fixture
def new_url(request: pytest.FixtureRequest, pg_server: PgServer) -> str:
    url = pg_server.create_database("pos_copy_restore")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    return url


def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, and where each sequence stands."""
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
            found = {}
            for (name,) in names.fetchall():
                rows = connection.exec_driver_sql(f'SELECT * FROM "{name}"').fetchall()
                found[str(name)] = sorted((tuple(row) for row in rows), key=repr)
            return found
    finally:
        db.dispose()


def sequences_past_their_columns(url: str) -> list[str]:
    """Sequences whose next value would be one a row already has."""
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            owned = connection.exec_driver_sql(
                "SELECT s.relname, t.relname, a.attname FROM pg_class s "
                "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
                "AND d.refclassid = 'pg_class'::regclass "
                "JOIN pg_class t ON t.oid = d.refobjid "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                "WHERE s.relkind = 'S'"
            ).fetchall()
            behind = []
            for sequence, table, column in owned:
                top = connection.exec_driver_sql(f'SELECT max("{column}") FROM "{table}"')
                last = connection.exec_driver_sql(f'SELECT last_value FROM "{sequence}"')
                if (top.scalar() or 0) > last.scalar():
                    behind.append(str(sequence))
            return behind
    finally:
        db.dispose()


def a_store_with_history(db: Database, services: Services, people: People) -> int:
    """Sales, a void, a refund, wallet ledgers, a shift and a day closed, offline rows,
    taxes, a promotion and its products; the audit trail sealed, then one row more."""
    make_history(services, people, db)
    sell_priced(services, people, priced_store(db, services, people))
    sealed = audit_seal.seal(db)
    services.taxes.add_rate(people.manager, "Reduced", "5.5")  # audited, not sealed yet
    return sealed.rows


def test_without_pg_dump_a_store_comes_back_row_for_row(
    db_url: str,
    db: Database,
    services: Services,
    people: People,
    new_url: str,
    no_pg_dump: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sealed = a_store_with_history(db, services, people)
    assert sealed > 0
    before = every_row(db_url)
    assert all(before[name] for name in ("sales", "refunds", "wallet_entries", "audit_chain"))
    file = tmp_path / "store.backup"
    code, out, err = run_cli(["backup", str(file), "--database", db_url], capsys)
    assert (code, err) == (0, "")
    assert "Counter POS COPY archive, pg_dump not found" in out
    assert f"schema {head_revision()}" in out
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    with zipfile.ZipFile(file) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    assert (manifest["format"], manifest["revision"]) == (FORMAT, head_revision())
    shown = {table["name"]: table["rows"] for table in manifest["tables"]}
    assert shown["sales"] == len(before["sales"])

    code, out, err = run_cli(["restore", str(file), "--database", new_url], capsys)
    assert (code, err) == (0, ""), err
    after = every_row(new_url)
    assert after.keys() == before.keys()
    for name, rows in before.items():
        assert after[name] == rows, name
    assert sequences_past_their_columns(new_url) == []
    code, out, _ = run_cli(["audit", "verify", "--database", new_url], capsys)
    assert code == 0, out
    assert "The audit chain is whole" in out
    assert run_cli(["health", "--database", new_url], capsys)[0] == 0


def _restore_is_refused(
    file: Path, url: str, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    code, out, err = run_cli(["restore", str(file), "--database", url], capsys)
    assert (code, out) == (1, ""), err
    assert said in err
    assert "nothing was written" in err.lower()
    assert tables(url) == []


def test_a_cut_or_changed_archive_is_refused_and_nothing_is_written(
    db_url: str,
    db: Database,
    services: Services,
    people: People,
    new_url: str,
    no_pg_dump: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_store_with_history(db, services, people)
    whole = tmp_path / "store.backup"
    assert run_cli(["backup", str(whole), "--database", db_url], capsys)[0] == 0
    data = whole.read_bytes()
    cut = tmp_path / "cut.backup"
    cut.write_bytes(data[: len(data) // 2])
    _restore_is_refused(cut, new_url, capsys, "damaged or cut short")
    # one byte changed: in a table's rows, in the archive's directory, in its seal
    for at in (len(data) // 3, len(data) - 60, len(data) - 5):
        flipped = tmp_path / f"flipped-{at}.backup"
        flipped.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
        _restore_is_refused(flipped, new_url, capsys, "damaged or cut short")
    # over a database with anything in it: refused, that database unchanged
    before = every_row(db_url)
    _, _, err = run_cli(["restore", str(whole), "--database", db_url], capsys)
    assert "is not empty" in err
    assert every_row(db_url) == before
    # into a SQLite file: said what the file is, no file made
    sqlite_target = tmp_path / "restored.db"
    _, _, err = run_cli(["restore", str(whole), "--database", f"sqlite:///{sqlite_target}"], capsys)
    assert "is a backup of a PostgreSQL store" in err
    assert not sqlite_target.exists()
    # and the whole file still restores into the new database the refusals left empty
    assert run_cli(["restore", str(whole), "--database", new_url], capsys)[0] == 0


def test_rows_that_cannot_load_leave_the_new_database_empty(
    db_url: str,
    services: Services,
    people: People,
    new_url: str,
    no_pg_dump: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A file whole by its checksums whose rows break a constraint (a sale line twice):
    the load fails inside the one transaction, and the migration goes with it."""
    shirt = new_product(services, people.manager, "Green T-Shirt", "19.99", 10)
    ann = new_customer(services, people.cashier, "ann", "50.00")
    buy(services, people.cashier, ann.id, shirt.id)
    whole = tmp_path / "store.backup"
    assert run_cli(["backup", str(whole), "--database", db_url], capsys)[0] == 0
    bad = tmp_path / "twice.backup"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(bad, "w") as copy:
        manifest = json.loads(source.read(MANIFEST))
        for entry in manifest["tables"]:
            rows = source.read(f"tables/{entry['name']}.copy")
            if entry["name"] == "sale_lines":
                rows += rows
                entry["rows"] *= 2
                entry["sha256"] = hashlib.sha256(rows).hexdigest()
            copy.writestr(f"tables/{entry['name']}.copy", rows)
        copy.writestr(MANIFEST, json.dumps(manifest))
        copy.comment = SEAL + b"0" * 64
    _seal(bad)
    code, _, err = run_cli(["restore", str(bad), "--database", new_url], capsys)
    assert code == 1
    assert "sale_lines" in err or "duplicate" in err.lower(), err
    assert tables(new_url) == []
