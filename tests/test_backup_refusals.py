"""Bad input to pos-admin's backup and restore is refused with a clear message and changes
nothing (issue 17, "Proof"): the cases tests/test_backup.py proves on SQLite only, here on
the backend they were missing for.

- a pg_dump file cut short or not a dump at all: the restore names it damaged, exits 1 and
  the new PostgreSQL database stays empty (no table, no half restore);
- a backup into a folder this user may not write to: refused before anything is read,
  nothing written there, on both backends.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import People
from test_backup import NO_PG_TOOLS, PG_TOOLS, a_little_trade, new_database
from test_cli import run_cli

from pos_app.data.database import Database
from pos_app.services import Services


def tables(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            )
            return sorted(str(row[0]) for row in found)
    finally:
        db.dispose()


@pytest.mark.postgres_only
def test_a_cut_or_foreign_pg_dump_is_refused_and_the_new_database_stays_empty(
    request: pytest.FixtureRequest,
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    a_little_trade(services, people)
    whole = tmp_path / "store.dump"
    assert run_cli(["backup", str(whole), "--database", db_url], capsys)[0] == 0
    data = whole.read_bytes()
    cut = tmp_path / "cut.dump"
    cut.write_bytes(data[: len(data) * 2 // 3])
    text = tmp_path / "notes.dump"
    text.write_text("not a dump\n" * 100)
    target = new_database(request, db_url, tmp_path)
    for bad in (cut, text):
        code, out, err = run_cli(["restore", str(bad), "--database", target], capsys)
        assert code == 1, (bad, out, err)
        assert out == ""
        assert "Nothing was written" in err or "nothing was written" in err, err
        assert "Traceback" not in err
        assert tables(target) == [], bad  # all or nothing: not even alembic_version
    code, out, err = run_cli(["restore", str(whole), "--database", target], capsys)
    assert (code, err) == (0, ""), err  # and the whole file still restores there
    assert "2 sales, 2 products, 1 customers" in out


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write to: one without write permission, or, for a
    user who writes anywhere (root), a folder of a read-only file system."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    for candidate in (folder, Path("/proc/sys")):
        if candidate.is_dir() and not os.access(candidate, os.W_OK | os.X_OK):
            return candidate
    pytest.skip("this user may write to any folder on this computer")


def test_a_backup_into_a_folder_that_cannot_be_written_is_refused(
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not db_url.startswith("sqlite") and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    a_little_trade(services, people)
    folder = unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    target = folder / "store.backup"
    code, out, err = run_cli(["backup", str(target), "--database", db_url], capsys)
    assert code == 1
    assert out == ""
    assert f"The folder {folder} is not writable; nothing was written" in err, err
    assert "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == before
