"""pos-admin backup and restore, and the desktop's daily copies, on real databases."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import People, PgServer
from helpers import buy, new_customer, new_product
from test_cli import run_cli

from pos_app.data.database import Database
from pos_app.data.migrate import current_revision, downgrade, head_revision
from pos_app.services import Services
from pos_app.services.backup import (
    backup_warning,
    daily_backup,
    daily_copies,
    daily_name,
)

PG_TOOLS = shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None
NO_PG_TOOLS = "pg_dump and pg_restore are not installed on this computer"


def new_database(
    request: pytest.FixtureRequest, db_url: str, tmp_path: Path, *, pg_tools: bool = True
) -> str:
    """A new, empty database of the backend of ``db_url``, for a restore (by pg_restore,
    unless ``pg_tools`` is False: pos-admin's own archive needs none)."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'restored.db'}"
    if pg_tools and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database("pos_restore")
    request.addfinalizer(lambda: server.drop_database(url))
    return url


def counts(url: str) -> tuple[str | None, tuple[int, int, int]]:
    db = Database(url)
    try:
        return current_revision(db), db.read(lambda tx: tx.reports.counts())
    finally:
        db.dispose()


def a_little_trade(services: Services, people: People) -> None:
    shirt = new_product(services, people.manager, "Green T-Shirt", "19.99", 10)
    mug = new_product(services, people.manager, "Blue Mug", "7.50", 10)
    ann = new_customer(services, people.cashier, "ann", "50.00")
    buy(services, people.cashier, ann.id, shirt.id)
    buy(services, people.cashier, ann.id, mug.id, 2)


def test_backup_then_restore_gives_the_same_store(
    request: pytest.FixtureRequest,
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not db_url.startswith("sqlite") and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    a_little_trade(services, people)
    file = tmp_path / "store.backup"
    code, out, err = run_cli(["backup", str(file), "--database", db_url], capsys)
    assert (code, err) == (0, "")
    assert f"schema {head_revision()}" in out
    assert "2 sales, 2 products, 1 customers" in out
    assert f"{file.stat().st_size:,} bytes" in out
    target = new_database(request, db_url, tmp_path)
    code, out, err = run_cli(["restore", str(file), "--database", target], capsys)
    assert (code, err) == (0, "")
    assert "2 sales, 2 products, 1 customers" in out
    assert counts(target) == (head_revision(), (1, 2, 2))
    code, out, _ = run_cli(["health", "--database", target], capsys)
    assert code == 0


def test_restore_refuses_a_database_with_anything_in_it(
    request: pytest.FixtureRequest,
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not db_url.startswith("sqlite") and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    a_little_trade(services, people)
    file = tmp_path / "store.backup"
    assert run_cli(["backup", str(file), "--database", db_url], capsys)[0] == 0
    new_product(services, people.manager, "Red Cap", "5.00", 1)  # the store moved on
    before = counts(db_url)
    code, out, err = run_cli(["restore", str(file), "--database", db_url], capsys)
    assert code == 1
    assert out == ""
    assert "is not empty" in err
    assert "nothing was written" in err.lower()
    assert counts(db_url) == before == (head_revision(), (1, 3, 2))


def test_restore_needs_the_new_database_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["restore", str(tmp_path / "x.db")], capsys)
    assert code == 1
    assert "--database" in err


def test_backup_of_a_missing_database_says_so_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    file = tmp_path / "copy.db"
    code, out, err = run_cli(["backup", str(file), "--database", f"sqlite:///{missing}"], capsys)
    assert code == 1
    assert out == ""
    assert f"No database file at {missing}" in err
    assert not file.exists()
    assert not missing.exists()  # and did not create an empty one either
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_backup_refuses_a_target_that_exists_or_has_no_folder(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not db_url.startswith("sqlite") and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    there = tmp_path / "there.db"
    there.write_bytes(b"keep me")
    code, _, err = run_cli(["backup", str(there), "--database", db_url], capsys)
    assert code == 1
    assert "already exists" in err
    assert there.read_bytes() == b"keep me"
    nowhere = tmp_path / "no-such-folder" / "copy.db"
    code, _, err = run_cli(["backup", str(nowhere), "--database", db_url], capsys)
    assert code == 1
    assert "There is no folder" in err
    assert not nowhere.parent.exists()


def test_without_pg_dump_a_server_out_of_reach_is_said_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pg_dump the backup is pos-admin's own COPY archive (tests/test_backup_copy.py):
    it too needs the server, and writes nothing without it."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    file = tmp_path / "copy.dump"
    url = "postgresql+psycopg://pos@127.0.0.1:1/counterpos"
    code, out, err = run_cli(["backup", str(file), "--database", url], capsys)
    assert code == 1
    assert out == ""
    assert "cannot be reached" in err
    assert list(tmp_path.iterdir()) == []


def test_without_pg_restore_a_pg_dump_file_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    dump = tmp_path / "store.dump"
    dump.write_bytes(b"PGDMP" + bytes(100))
    url = "postgresql+psycopg://pos@127.0.0.1:1/counterpos"
    code, out, err = run_cli(["restore", str(dump), "--database", url], capsys)
    assert code == 1
    assert out == ""
    assert "pg_restore is not on this computer" in err
    assert "postgresql-client" in err


def _sqlite_backup(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    file = tmp_path / "store.backup"
    assert run_cli(["backup", str(file), "--database", db_url], capsys)[0] == 0
    return file


@pytest.mark.sqlite_only
def test_a_truncated_or_foreign_backup_is_refused_and_nothing_is_written(
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_little_trade(services, people)
    file = _sqlite_backup(db_url, tmp_path, capsys)
    cut = tmp_path / "cut.backup"
    cut.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    target = tmp_path / "restored.db"
    for bad in (cut, text):
        code, out, err = run_cli(["restore", str(bad), "--database", f"sqlite:///{target}"], capsys)
        assert code == 1, bad
        assert out == ""
        assert "damaged" in err
        assert "Nothing was written" in err
        assert not target.exists()


@pytest.mark.sqlite_only
def test_a_backup_from_a_newer_program_is_refused(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = _sqlite_backup(db_url, tmp_path, capsys)
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    target = tmp_path / "restored.db"
    code, _, err = run_cli(["restore", str(file), "--database", f"sqlite:///{target}"], capsys)
    assert code == 1
    assert "newer version of Counter POS (schema 9999_future)" in err
    assert not target.exists()


@pytest.mark.sqlite_only
def test_a_backup_of_an_older_schema_is_brought_to_this_programs(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = Database(db_url)
    downgrade(old, "0008")
    old.dispose()
    file = _sqlite_backup(db_url, tmp_path, capsys)
    target = tmp_path / "restored.db"
    code, out, _ = run_cli(["restore", str(file), "--database", f"sqlite:///{target}"], capsys)
    assert code == 0
    assert f"schema {head_revision()}" in out
    assert counts(f"sqlite:///{target}")[0] == head_revision()


# -- the desktop's daily copy -------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_daily_copies_are_named_by_time_and_only_the_newest_are_kept(
    db_url: str, services: Services, people: People, tmp_path: Path
) -> None:
    a_little_trade(services, people)
    source = db_url.removeprefix("sqlite:///")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    start = datetime(2025, 3, 1, 21, 30, 5)
    for day in range(5):
        report = daily_backup(source, str(folder), 3, start + timedelta(days=day))
        assert report.sales == 2
    kept = [p.name for p in daily_copies(folder)]
    assert kept == [daily_name(start + timedelta(days=d)) for d in (2, 3, 4)]
    assert kept[-1] == "counter-pos-20250305-213005.db"
    assert (folder / "notes.txt").read_text() == "mine"  # not one of ours: left alone
    with sqlite3.connect(folder / kept[-1]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM sales").fetchone() == (2,)


def test_sign_in_warns_of_no_backup_or_one_more_than_two_days_old() -> None:
    now = datetime(2025, 3, 10, 9, 0)
    assert backup_warning(None, now) == "No backup of this store's data has been made"
    assert backup_warning(now - timedelta(days=2), now) is None
    old = backup_warning(now - timedelta(days=3, hours=1), now)
    assert old is not None
    assert "3 days old (2025-03-07 08:00)" in old
