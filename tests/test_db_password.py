"""The database password in the system keyring (issue 17): kept and found under the
server's key, and the start of the desktop app and of pos-admin with a keyring that has it,
has none, is not there, or refuses access.

The keyrings are real in-process backends (tests/memory_keyring.py); the databases are
real (a scratch database on the test PostgreSQL server; it trusts local connections, so
what reaches it is checked in the address the app opened)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PgServer
from keyboard import focused, type_text
from memory_keyring import LOCKED, MemoryKeyring, RefusingKeyring, keyring_in_place
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from pos_app.app import start
from pos_app.cli import main as pos_admin
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.db_password import (
    SERVICE,
    KeyringRefusedError,
    forget_password,
    keyring_key,
    save_password,
    saved_password,
    with_password,
    without_password,
)
from pos_app.settings import APP_NAME
from pos_app.ui.context import AppSettings

TESTS = Path(__file__).parent
SERVER = "postgresql+psycopg://pos@192.0.2.10:5432/counterpos?sslmode=prefer"
#: Characters a URL must carry quoted.
ODD_PASSWORD = "p@ss/w:rd%?#1"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keyring_in_place(MemoryKeyring()) as ring:
        assert isinstance(ring, MemoryKeyring)
        yield ring


@pytest.fixture
def refusing() -> Iterator[RefusingKeyring]:
    with keyring_in_place(RefusingKeyring()) as ring:
        assert isinstance(ring, RefusingKeyring)
        yield ring


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail  # noqa: PLC0415

    with keyring_in_place(fail.Keyring()):
        yield


def test_the_key_names_the_server_without_the_password() -> None:
    assert keyring_key(SERVER) == "pos@192.0.2.10:5432/counterpos"
    assert keyring_key("postgresql+psycopg://ma%40ria@db.shop:6543/my%20store") == (
        "ma@ria@db.shop:6543/my store"
    )
    assert keyring_key("postgresql://pos@db.shop/counterpos") == "pos@db.shop:5432/counterpos"
    assert keyring_key("postgresql+psycopg://pos@[::1]:5432/pos") == "pos@[::1]:5432/pos"
    assert keyring_key(with_password(SERVER, ODD_PASSWORD)) == keyring_key(SERVER)
    assert keyring_key("sqlite:///shop.db") is None


def test_a_password_goes_into_the_address_quoted_and_out_again() -> None:
    url = with_password(SERVER, ODD_PASSWORD)
    parsed = make_url(url)
    assert (parsed.username, parsed.password, parsed.host) == ("pos", ODD_PASSWORD, "192.0.2.10")
    assert parsed.query == {"sslmode": "prefer"}
    assert without_password(url, ODD_PASSWORD) == SERVER


def test_kept_found_and_forgotten_under_the_servers_key(memory: MemoryKeyring) -> None:
    assert saved_password(SERVER).password is None
    assert save_password(SERVER, ODD_PASSWORD) is True
    assert memory.entries == {(SERVICE, "pos@192.0.2.10:5432/counterpos"): ODD_PASSWORD}
    found = saved_password(SERVER.replace("prefer", "require"))  # the same server
    assert (found.password, found.problem) == (ODD_PASSWORD, "")
    assert saved_password(SERVER.replace("pos@", "owner@")).password is None
    assert forget_password(SERVER) is True
    assert memory.entries == {}
    assert forget_password(SERVER) is False  # nothing left to forget
    assert saved_password("sqlite:///shop.db").password is None


def test_a_refusing_keyring_is_said_and_changes_nothing(refusing: RefusingKeyring) -> None:
    found = saved_password(SERVER)
    assert found.password is None
    assert found.problem == (
        "The system keyring refused to give the database password for "
        f"pos@192.0.2.10:5432/counterpos ({LOCKED})"
    )
    with pytest.raises(KeyringRefusedError, match=f"refused to keep .*{LOCKED}") as kept:
        save_password(SERVER, ODD_PASSWORD)
    assert ODD_PASSWORD not in str(kept.value)
    with pytest.raises(KeyringRefusedError, match="refused to forget"):
        forget_password(SERVER)
    assert refusing.tries == 3


def test_without_a_keyring_nothing_is_kept_and_nothing_is_said(no_keyring: None) -> None:
    assert save_password(SERVER, ODD_PASSWORD) is False
    assert saved_password(SERVER) == saved_password(SERVER)  # asked again, same answer
    assert (saved_password(SERVER).password, saved_password(SERVER).problem) == (None, "")
    assert forget_password(SERVER) is False


# -- the desktop app's start -----------------------------------------------------------------


@pytest.fixture
def server_db(pg_server: PgServer) -> Iterator[str]:
    """A scratch database on the test server (the app migrates it as it starts)."""
    url = pg_server.create_database("pos_keyring")
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def saved_choice(server_db: str) -> Iterator[str]:
    """The desktop app's settings on this computer name ``server_db``, saved without its
    password, as Settings saves a server that needs one; the saved address."""
    saved = make_url(server_db).set(password=None).render_as_string(hide_password=False)
    store = QSettings(APP_NAME, APP_NAME)
    AppSettings(store).save(database_url=saved, database_needs_password=True)
    yield saved
    store.clear()
    store.sync()


class PasswordQuestion:
    """Watches for the start-up's password question, which holds start() until answered:
    ``answer`` (typed where the focus is, then Enter) or, if None, Esc."""

    def __init__(self, qtbot: QtBot, answer: str | None) -> None:
        self.qtbot = qtbot
        self.answer = answer
        self.text = ""
        self.focus_in_field = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or dialog.objectName() != "databasePassword":
            return
        field = QApplication.focusWidget()
        if field is None or not dialog.isAncestorOf(field):
            return  # not in front yet
        self.timer.stop()
        self.focus_in_field = (
            isinstance(field, QLineEdit) and field.echoMode() == QLineEdit.EchoMode.Password
        )
        self.text = " ".join(dialog.labelText().split())
        if self.answer is None:
            self.qtbot.keyClick(focused(), Qt.Key.Key_Escape)
            return
        type_text(self.qtbot, self.answer)
        self.qtbot.keyClick(focused(), Qt.Key.Key_Return)

    @property
    def asked(self) -> bool:
        return bool(self.text)


def opened_with(qtbot: QtBot, question: PasswordQuestion) -> str | None:
    """Start the app as a counter does (no --database), let it open the database; the
    password in the address it opened (None: start-up gave up)."""
    controller = start([])
    question.timer.stop()
    if controller is None:
        return None
    try:
        with qtbot.waitSignal(controller.database_ready, timeout=60_000):
            pass
        return make_url(controller.url).password
    finally:
        controller.shutdown()


@pytest.mark.postgres
def test_the_app_takes_the_password_from_the_keyring_and_asks_nobody(
    qtbot: QtBot, saved_choice: str, memory: MemoryKeyring
) -> None:
    key = keyring_key(saved_choice)
    assert key is not None
    memory.set_password(SERVICE, key, ODD_PASSWORD)
    question = PasswordQuestion(qtbot, answer=None)
    assert opened_with(qtbot, question) == ODD_PASSWORD
    assert not question.asked
    assert memory.asked == [(SERVICE, key)]


@pytest.mark.postgres
@pytest.mark.parametrize("keyring_is", ["empty", "absent", "refusing"])
def test_the_app_asks_when_the_keyring_cannot_give_it(
    qtbot: QtBot, saved_choice: str, keyring_is: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue({"empty": "memory", "absent": "no_keyring"}.get(keyring_is, keyring_is))
    question = PasswordQuestion(qtbot, answer="typed-db-pass-4")
    assert opened_with(qtbot, question) == "typed-db-pass-4"
    assert question.focus_in_field  # the cursor waits in the password field
    assert question.text.endswith("Database password:")
    refused = (
        "The system keyring refused to give the database password for "
        f"{keyring_key(saved_choice)} ({LOCKED})"
    )
    assert (refused in question.text) == (keyring_is == "refusing"), question.text
    assert "Traceback" not in question.text


@pytest.mark.postgres
def test_escape_at_the_question_starts_nothing(
    qtbot: QtBot, saved_choice: str, refusing: RefusingKeyring
) -> None:
    question = PasswordQuestion(qtbot, answer=None)
    assert start([]) is None
    question.timer.stop()
    assert question.asked and refusing.tries == 1


# -- pos-admin --------------------------------------------------------------------------------


@pytest.mark.postgres
def test_pos_admin_takes_the_password_from_the_keyring(
    saved_choice: str, memory: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    key = keyring_key(saved_choice)
    assert key is not None
    memory.set_password(SERVICE, key, ODD_PASSWORD)
    assert pos_admin(["db", "upgrade"]) == 0
    assert pos_admin(["health"]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert report["ok"] is True
    assert memory.asked == [(SERVICE, key), (SERVICE, key)]


@pytest.mark.postgres
@pytest.mark.slow
def test_pos_admin_says_a_refusing_keyring_and_goes_on_without_a_traceback(
    server_db: str, tmp_path: Path
) -> None:
    """A real process whose keyring (PYTHON_KEYRING_BACKEND) is locked, with no terminal
    to ask on: it says so on stderr and tries without the password (libpq's own ways)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POS_", "XDG_"))}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHON_KEYRING_BACKEND"] = "locked_keyring_backend.LockedKeyring"
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    # The desktop app's settings file in that process's home, written by the app's code.
    store = QSettings(
        str(tmp_path / "config" / APP_NAME / f"{APP_NAME}.conf"), QSettings.Format.IniFormat
    )
    saved = make_url(server_db).set(password=None).render_as_string(hide_password=False)
    AppSettings(store).save(database_url=saved, database_needs_password=True)
    store.sync()
    db = Database(server_db)
    upgrade_to_head(db)
    db.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "pos_app.cli", "health"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ok"] is True
    assert (
        "pos-admin: The system keyring refused to give the database password for "
        f"{keyring_key(saved)} ({LOCKED}); trying without it"
    ) in done.stderr
    assert "Traceback" not in done.stderr
