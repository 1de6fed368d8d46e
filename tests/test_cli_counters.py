"""pos-admin counters: list the counters registered for offline sales, and retire one
whose computer is lost or replaced, on a provisioned store, the counters' role registering
and asking for tickets as the app does (issue 16, slice 6)."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import psycopg
import pytest
from conftest import STAFF_PASSWORD
from test_keyboard_offline_identity import store  # noqa: F401 (the fixture)
from test_keyboard_session_ended import server
from test_no_session_writes import app_connection, open_session

from pos_app.cli import main

ISSUE = "SELECT r_ticket_id FROM pos_issue_ticket('Till 9', %s)"


def run(*words: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(words))
    return code, out.getvalue()


@pytest.mark.postgres_only
def test_a_retired_counter_gets_no_ticket_and_its_tickets_end(
    store: tuple[str, str],  # noqa: F811 (the fixture)
) -> None:
    super_url, app_url = store
    assert run("counters", "list", "--database", super_url)[1].startswith("No counter")
    with app_connection(app_url) as conn:
        open_session(conn, "manager1", STAFF_PASSWORD)
        row = conn.execute("SELECT r_secret FROM pos_register_counter('Till 9')").fetchone()
        assert row is not None and row[0]
        secret = row[0]
    with app_connection(app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        assert conn.execute(ISSUE, (secret,)).fetchone() is not None

    code, said = run("counters", "list", "--database", super_url)
    assert code == 0
    assert "Till 9: registered " in said and " by manager1; in service, 1 valid ticket(s)" in said

    code, said = run("counters", "retire", "Till 9", "--database", super_url)
    assert code == 0 and "Counter 'Till 9' is retired" in said
    assert server(super_url, "SELECT count(*) FROM counters WHERE retired_at IS NULL") == [(0,)]
    assert server(super_url, "SELECT count(*) FROM offline_tickets WHERE valid_until > now()") == [
        (0,)
    ]
    assert server(
        super_url,
        "SELECT actor_username, action, detail FROM audit_entries WHERE record_type = 'counter' "
        "ORDER BY id DESC LIMIT 1",
    ) == [("pos-admin", "settings_change", "counter retired for offline sales: Till 9")]
    with app_connection(app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_counter_refused"):
            conn.execute(ISSUE, (secret,))
    code, said = run("counters", "list", "--database", super_url)
    assert "Till 9: registered " in said and "; retired " in said

    for name in ("Till 9", "Nowhere"):  # retired already, or never registered
        code, said = run("counters", "retire", name, "--database", super_url)
        assert code == 1 and "nothing changed" in said
    assert server(
        super_url, "SELECT count(*) FROM audit_entries WHERE record_type = 'counter'"
    ) == [
        (2,)  # the registration and the retirement
    ]


def test_a_sqlite_store_has_no_registered_counter(tmp_path: Path, sqlite_template: Path) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "store.db")  # a migrated store
    url = f"sqlite:///{tmp_path / 'store.db'}"
    code, said = run("counters", "list", "--database", url)
    assert code == 0 and said.startswith("No counter is registered")
    code, said = run("counters", "retire", "Counter 1", "--database", url)
    assert code == 1 and "nothing changed" in said
