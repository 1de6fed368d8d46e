"""pos-admin follows the desktop app's saved database choice (issue 17) when neither
--database nor POS_DATABASE_URL names one; either of those still wins.

pos-admin runs as a real process with a home of its own; the desktop app's choice is
written there through the app's own AppSettings, so a key renamed on one side fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.services import build_services
from pos_app.services.records import Actor
from pos_app.settings import APP_NAME, DATABASE_FILE
from pos_app.ui.context import AppSettings

pytestmark = pytest.mark.slow  # real pos-admin processes: make test and CI

TIMEOUT_S = 120


def store_with(path: Path, products: int) -> str:
    """A migrated SQLite store holding ``products`` products; its URL."""
    url = f"sqlite:///{path}"
    db = Database(url)
    try:
        upgrade_to_head(db)
        services = build_services(db, bcrypt_cost=10)
        for number in range(products):
            services.inventory.add(
                Actor.system(), name=f"Product {number}", category="clothes", price="1.00"
            )
    finally:
        db.dispose()
    return url


class Computer:
    """A home folder as a counter's computer has it: the desktop app's settings file
    (QSettings' native format on Linux: $XDG_CONFIG_HOME/CounterPOS/CounterPOS.conf) and
    its data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {
            key: value for key, value in os.environ.items() if not key.startswith(("POS_", "XDG_"))
        }
        self.env["HOME"] = str(home)
        for name in ("CONFIG", "DATA", "STATE", "CACHE"):
            self.env[f"XDG_{name}_HOME"] = str(home / name.lower())
        self.settings_file = home / "config" / APP_NAME / f"{APP_NAME}.conf"
        self.own_file = home / "data" / APP_NAME / DATABASE_FILE

    def app_saves(self, **values: str) -> None:
        self.settings_file.parent.mkdir(parents=True, exist_ok=True)
        store = QSettings(str(self.settings_file), QSettings.Format.IniFormat)
        AppSettings(store).save(**values)
        store.sync()
        assert store.status() == QSettings.Status.NoError

    def pos_admin(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pos_app.cli", *args],
            cwd=self.home,
            env={**self.env, **env},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )


@pytest.fixture
def computer(tmp_path: Path) -> Computer:
    home = tmp_path / "home"
    home.mkdir()
    return Computer(home)


def products_seen(done: subprocess.CompletedProcess[str]) -> int:
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    return int(report["products"])


def test_pos_admin_follows_the_database_the_app_saved(computer: Computer, tmp_path: Path) -> None:
    url = store_with(tmp_path / "shop.db", products=3)
    computer.app_saves(database_url=url, database_needs_password="no")
    done = computer.pos_admin("health")
    assert products_seen(done) == 3
    assert f"the database this computer's Counter POS is set to: {url}" in done.stderr
    assert not computer.own_file.exists()  # the default file was not made


def test_the_command_line_and_the_environment_still_win(computer: Computer, tmp_path: Path) -> None:
    computer.app_saves(database_url=store_with(tmp_path / "saved.db", products=1))
    named = store_with(tmp_path / "named.db", products=2)
    from_env = store_with(tmp_path / "env.db", products=4)
    assert products_seen(computer.pos_admin("health", "--database", named)) == 2
    assert products_seen(computer.pos_admin("health", POS_DATABASE_URL=from_env)) == 4
    both = computer.pos_admin("health", "--database", named, POS_DATABASE_URL=from_env)
    assert products_seen(both) == 2
    assert "is set to" not in both.stderr


def test_without_a_saved_choice_it_is_this_computers_own_file(computer: Computer) -> None:
    done = computer.pos_admin("db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert computer.own_file.is_file()
    assert "is set to" not in done.stderr


def test_a_saved_server_that_needs_a_password_is_tried_without_asking_when_no_terminal(
    computer: Computer,
) -> None:
    """No terminal to ask on: libpq's own ways (PGPASSWORD, ~/.pgpass) are left to work,
    and a server that cannot be reached is said as such, exit 1, no traceback."""
    computer.app_saves(
        database_url="postgresql+psycopg://pos_app@127.0.0.1:1/counterpos",
        database_needs_password="yes",
    )
    done = computer.pos_admin("health")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False
    assert "127.0.0.1:1/counterpos" in report["location"]
    assert "Traceback" not in done.stderr
