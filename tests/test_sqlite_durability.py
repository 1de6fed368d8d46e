"""SQLite on one counter: several processes never see "database is locked", and kill -9
in the middle of checkouts never corrupts the file nor loses a sale the screen called
completed. The full-size runs are `python -m tools.stress sqlite-locks` (4 x
2,000) and `... sqlite-kills` (200 kills)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from pos_app.data.database import SQLITE_BUSY_TIMEOUT_MS, Database
from pos_app.data.transaction import Transaction
from tools.stress_check import VIOLATION_KEYS
from tools.stress_sqlite import run_sqlite_kills, run_sqlite_locks

SYNCHRONOUS_FULL = 2


def pragmas(tx: Transaction) -> dict[str, object]:
    conn = tx.session.connection()
    return {
        name: conn.execute(text(f"PRAGMA {name}")).scalar()
        for name in ("synchronous", "journal_mode", "foreign_keys", "busy_timeout")
    }


@pytest.mark.sqlite_only
def test_every_connection_runs_with_synchronous_full_in_wal_mode(db_url: str) -> None:
    db = Database(db_url)  # a migrated store
    try:
        expected = {
            "synchronous": SYNCHRONOUS_FULL,
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": SQLITE_BUSY_TIMEOUT_MS,
        }
        # Both kinds of transaction the services open, and a fresh connection after the
        # pool was emptied: the settings are per connection, so each must have them.
        assert db.write(pragmas) == expected
        assert db.read(pragmas) == expected
        db.dispose()
        assert db.read(pragmas) == expected
    finally:
        db.dispose()


@pytest.mark.slow
def test_four_processes_ringing_up_at_once_never_see_database_locked() -> None:
    report = run_sqlite_locks(processes=4, per_process=300, seed=7)
    print(json.dumps(report))
    assert report["database_unavailable"] == 0, report.get("unavailable_examples")
    assert report["checkouts"] == 1200
    assert report["checkouts_ok"] == report["sales_in_db"] == 1200
    assert report["integrity"] == "ok"
    assert {key: report[key] for key in VIOLATION_KEYS} == dict.fromkeys(VIOLATION_KEYS, 0)
    assert report["violations"] == 0


@pytest.mark.slow
def test_kill_9_during_checkouts_leaves_the_file_whole_and_every_completed_sale() -> None:
    report = run_sqlite_kills(kills=20, max_delay=0.4, seed=7)
    print(json.dumps(report))
    assert report["kills"] == 20
    assert report["integrity_failures"] == 0, report.get("integrity_examples")
    assert report["sales_reported_completed"] > 0
    assert report["lost_sales"] == 0
    assert report["partial_sales"] == 0
    assert report["unknown_unresolved"] == 0
    assert {key: report[key] for key in VIOLATION_KEYS} == dict.fromkeys(VIOLATION_KEYS, 0)
    assert report["violations"] == 0
