"""Issue 16's probe, defect 4: the files that hold the store's data are readable by this
computer's user only.

The log, the settings file and the SQLite store (``-wal``, ``-shm``) were created 0644 in
0755 folders. Each file the app writes is now created 0600 in a folder created 0700 (the
app's own folders are made 0700 again if an older version made them 0755), whatever the
umask: these tests run under the usual 022, and under 000, where only the app's own
choice of mode keeps others out. Each file is made fresh, by the app's own code, in a
scratch folder. POSIX only: Windows has no such modes (the change is skipped there)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pos_app.data.backup import backup_sqlite
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.logging_setup import LOG_FILE, setup_logging
from pos_app.settings import (
    DATABASE_FILE,
    data_dir,
    prepare_settings_file,
    prepare_sqlite_path,
)
from pos_app.ui.context import AppSettings

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX file modes"),
    pytest.mark.sqlite_only,
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_the_log_and_its_rotations(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "new" / "logs"
    path = setup_logging(folder)
    try:
        logging.getLogger("probe").warning("signed in: maria")
        assert (mode(folder), mode(folder.parent), mode(path)) == (0o700, 0o700, 0o600)
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_pos_handler", 0))
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("probe").warning("after the rotation")
        assert mode(path) == 0o600
        assert mode(folder / f"{LOG_FILE}.1") == 0o600
    finally:
        setup_logging(tmp_path / "elsewhere")  # let go of the folder


def test_an_older_versions_open_log_is_closed_to_others(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    old = folder / LOG_FILE
    old.write_text("an older version's line\n", encoding="utf-8")
    os.chmod(old, 0o644)
    setup_logging(folder)
    try:
        assert mode(old) == 0o600
    finally:
        setup_logging(tmp_path / "elsewhere")


def test_the_settings_file(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "config" / "CounterPOS" / "CounterPOS.conf"
    prepare_settings_file(path)
    store = QSettings(str(path), QSettings.Format.IniFormat)
    AppSettings(store).save(store_name="Corner Shop", store_address="1 High Street")
    store.setValue("counter/name", "Front till")
    store.sync()
    assert "Corner Shop" in path.read_text(encoding="utf-8")  # Qt wrote it, and kept...
    assert mode(path) == 0o600  # ...the mode it was created with
    assert (mode(path.parent), mode(path.parent.parent)) == (0o700, 0o700)


def test_the_sqlite_store_and_its_wal_and_shm(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "data" / "CounterPOS"
    url = f"sqlite:///{folder / DATABASE_FILE}"
    prepare_sqlite_path(url)  # as the app does before opening it
    db = Database(url)
    try:
        upgrade_to_head(db)
        path = folder / DATABASE_FILE
        shared = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in shared)  # WAL: SQLite made them, in use now
        assert [mode(p) for p in (path, *shared)] == [0o600, 0o600, 0o600]
        assert (mode(folder), mode(folder.parent)) == (0o700, 0o700)
    finally:
        db.dispose()


def test_the_apps_own_data_folder_is_closed_again(umask: int) -> None:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)  # as an older version left it
    prepare_sqlite_path(f"sqlite:///{folder / DATABASE_FILE}")
    assert mode(folder) == 0o700


def test_the_counter_file(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "counter" / "own" / "counter.db"
    own = CounterFile(path)
    try:
        own.save_cart("Counter 1", {"lines": [], "customer": "Maria Lopez"})
        assert own.load_cart("Counter 1") is not None
        shared = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in shared)  # WAL, the connection still open
        assert [mode(p) for p in (path, *shared)] == [0o600, 0o600, 0o600]
        assert (mode(path.parent), mode(path.parent.parent)) == (0o700, 0o700)
    finally:
        own.close()


def test_a_backup_copy(tmp_path: Path, umask: int, sqlite_template: Path) -> None:
    source = tmp_path / "store.db"
    shutil.copyfile(sqlite_template, source)  # a migrated store
    os.chmod(source, 0o644)  # whatever the store's own file is, the copy is private
    target = tmp_path / "backups"
    target.mkdir()
    copy = target / "counter-pos-backup.db"
    backup_sqlite(source, copy)
    assert mode(copy) == 0o600
    assert sorted(p.name for p in target.iterdir()) == [copy.name]  # no partial left


def test_an_older_versions_counter_file_is_closed_to_others(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "counter.db"
    older = CounterFile(path)
    older.save_cart("Counter 1", {"lines": []})
    older.close()
    os.chmod(path, 0o644)  # as an older version left it
    own = CounterFile(path)
    try:
        assert own.load_cart("Counter 1") is not None
        assert mode(path) == 0o600
    finally:
        own.close()
