"""Issue 16's probe, defects 1 and 2: Settings keep the saved server, and a database
password with URL characters in it opens the saved server.

1. Reopening Settings showed an empty host and TLS "prefer", and saving any change (the
   store name) wrote the server's address back as ``pos@:5432/counterpos?sslmode=prefer``:
   the counter failed at its next start and ``verify-full`` was silently downgraded.
   Settings now show the saved server, and while its fields hold what they showed a save
   writes the address back byte for byte.
2. A password typed at start (or kept in the keyring) went into the address as text; it
   now goes into SQLAlchemy's URL (``URL.set(password=...)``), so ``@``, ``:``, ``/``,
   ``%``, ``#`` and ``?`` in it leave the host alone. Proven against the real server with a
   throwaway role whose password is one of those (the test server trusts local
   connections, so the password the driver was handed is read back from the connection).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import People, PgServer
from keyboard import (
    enter,
    focus_is_in,
    open_counter,
    press,
    seen_words,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from memory_keyring import MemoryKeyring, keyring_in_place
from psycopg import sql
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from test_db_password import PasswordQuestion

from pos_app.app import start
from pos_app.data.database import Database
from pos_app.db_password import SERVICE, keyring_key, with_password
from pos_app.settings import APP_NAME
from pos_app.ui.context import AppContext, AppSettings

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
#: The probe's two passwords: one that made the app try the host
#: ``db-host.invalid@127.0.0.1``, one that crashed start-up with a ValueError.
PASSWORDS = ("S3cret@db-host.invalid", "p@ss:w/rd%41#?")
VERIFIED = (
    "postgresql+psycopg://pos@db.store.example:6543/counterpos"
    "?sslmode=verify-full&sslrootcert=/etc/counter-pos/root.crt&connect_timeout=7"
)


def saved_in_file(folder: Path) -> str:
    """The address in the settings file on disk, read afresh (not the dialog's cache)."""
    value = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat).value(
        "database/url"
    )
    assert isinstance(value, str)
    return value


def open_settings(qtbot: QtBot) -> QWidget:
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")
    return dialog


def database_tab_words(qtbot: QtBot, dialog: QWidget) -> str:
    press(qtbot, Key.Key_B, Alt)  # the Data&base tab
    qtbot.waitUntil(lambda: "system keyring" in seen_words(dialog))
    return seen_words(dialog)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keyring_in_place(MemoryKeyring()) as ring:
        assert isinstance(ring, MemoryKeyring)
        yield ring


# -- 1. Settings keep the saved server -------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "saved",
    [
        VERIFIED,
        # No port, the plain scheme, an IPv6 host: each was rebuilt into another address.
        "postgresql://pos@[fd00::5]/counterpos?sslmode=verify-full",
        # A TLS mode the list does not offer was shown (and saved) as "prefer".
        "postgresql+psycopg://pos@db.store.example:5432/counterpos?sslmode=allow",
        # A file of its own, saved by hand: a save wrote "" (this computer's default file).
        "sqlite:////srv/counter-pos/store.db",
    ],
)
def test_changing_the_store_name_keeps_the_saved_server_byte_for_byte(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    tmp_path: Path,
    memory: MemoryKeyring,
    saved: str,
) -> None:
    server = saved.startswith("postgresql")
    ui_ctx.settings.save(database_url=saved, database_needs_password=server)
    open_counter(qtbot, ui_ctx, people.admin)
    dialog = open_settings(qtbot)
    shown = database_tab_words(qtbot, dialog).split()
    parsed = make_url(saved)
    if parsed.get_backend_name() == "postgresql":
        assert parsed.host in shown  # the saved server, not blank fields
        assert str(parsed.query["sslmode"]) in shown  # its TLS mode, not "prefer"
        assert "pos" in shown and "counterpos" in shown
    press(qtbot, Key.Key_S, Alt)  # back to Counter and &store
    press(qtbot, Key.Key_N, Alt)  # Store &name
    focus_is_in(qtbot, dialog, "storeName")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "Corner Shop Renamed")
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert ui_ctx.settings.store_name == "Corner Shop Renamed"
    assert saved_in_file(tmp_path) == saved
    # Still asked for (from the keyring) for a server.
    assert ui_ctx.settings.database_needs_password == server


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("saved", "port", "query"),
    [
        (
            VERIFIED,
            6543,
            {
                "sslmode": "verify-full",
                "sslrootcert": "/etc/counter-pos/root.crt",
                "connect_timeout": "7",
            },
        ),
        # libpq's way: the server and the user in the query; they move to their places.
        (
            "postgresql+psycopg:///counterpos?host=/var/run/postgresql&user=pos"
            "&sslmode=verify-full&target_session_attrs=read-write",
            5432,
            {"sslmode": "verify-full", "target_session_attrs": "read-write"},
        ),
    ],
)
def test_changing_the_host_keeps_verify_full_and_what_has_no_field(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    tmp_path: Path,
    memory: MemoryKeyring,
    saved: str,
    port: int,
    query: dict[str, str],
) -> None:
    ui_ctx.settings.save(database_url=saved, database_needs_password=True)
    open_counter(qtbot, ui_ctx, people.admin)
    dialog = open_settings(qtbot)
    assert "verify-full" in database_tab_words(qtbot, dialog).split()
    press(qtbot, Key.Key_H, Alt)  # &Host
    focus_is_in(qtbot, dialog, "host")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "db2.store.example")
    enter(qtbot)
    wait_no_dialog(qtbot)
    changed = make_url(saved_in_file(tmp_path))
    assert (changed.host, changed.port, changed.database, changed.username) == (
        "db2.store.example",
        port,
        "counterpos",
        "pos",
    )
    assert changed.password is None  # never in the settings file
    assert dict(changed.query) == query


# -- 2. Passwords go into the parsed address -------------------------------------------------


@pytest.mark.parametrize("password", PASSWORDS)
def test_a_password_with_url_characters_leaves_the_host_alone(password: str) -> None:
    server = "postgresql+psycopg://pos@192.0.2.10:5432/counterpos?sslmode=verify-full"
    parsed = make_url(with_password(server, password))
    assert (parsed.host, parsed.port, parsed.database) == ("192.0.2.10", 5432, "counterpos")
    assert (parsed.username, parsed.password) == ("pos", password)
    assert dict(parsed.query) == {"sslmode": "verify-full"}


@pytest.fixture
def role_with_odd_password(pg_server: PgServer) -> Iterator[tuple[str, str, str]]:
    """(saved address, role, password): a scratch database owned by a throwaway login
    role whose password is the probe's second one; both dropped afterwards."""
    role = f"pos_probe_{uuid.uuid4().hex[:8]}"
    password = PASSWORDS[1]
    admin = make_url(pg_server.url).set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
    database = pg_server.create_database("pos_probe")
    name = make_url(database).database
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO "{role}"')
    saved = make_url(database).set(username=role, password=None)
    try:
        yield saved.render_as_string(hide_password=False), role, password
    finally:
        pg_server.drop_database(database)
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(
                psycopg.sql.SQL("DROP ROLE IF EXISTS {}").format(psycopg.sql.Identifier(role))
            )


def connected_as(controller_url: str) -> tuple[str, str, str]:
    """(role, host, password) of a connection made with the address the app opened."""
    db = Database(controller_url)
    try:
        with db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            role = connection.exec_driver_sql("SELECT current_user").scalar_one()
            return str(role), raw.info.host, str(raw.info.password)
    finally:
        db.dispose()


def save_choice(url: str) -> QSettings:
    store = QSettings(APP_NAME, APP_NAME)
    AppSettings(store).save(database_url=url, database_needs_password=True)
    return store


@pytest.mark.postgres
@pytest.mark.parametrize("given", ["keyring", "typed"])
def test_the_app_opens_the_saved_server_with_an_odd_password(
    qtbot: QtBot,
    role_with_odd_password: tuple[str, str, str],
    memory: MemoryKeyring,
    given: str,
) -> None:
    saved, role, password = role_with_odd_password
    key = keyring_key(saved)
    assert key is not None
    if given == "keyring":
        memory.set_password(SERVICE, key, password)
    question = PasswordQuestion(qtbot, answer=password)
    store = save_choice(saved)
    try:
        controller = start([])
        question.timer.stop()
        assert controller is not None
        try:
            with qtbot.waitSignal(controller.database_ready, timeout=60_000):
                pass
            assert question.asked == (given == "typed")
            opened = make_url(controller.url)
            assert (opened.host, opened.password) == ("127.0.0.1", password)
            assert connected_as(controller.url) == (role, "127.0.0.1", password)
        finally:
            controller.shutdown()
    finally:
        store.clear()
        store.sync()


@pytest.mark.postgres
def test_a_saved_server_with_its_user_in_the_query_gets_the_password_too(
    qtbot: QtBot, role_with_odd_password: tuple[str, str, str], memory: MemoryKeyring
) -> None:
    """An address naming its user in the query (``?user=``) has no ``user@``: the text
    pasting dropped the password there; the parsed URL carries it."""
    saved, role, password = role_with_odd_password
    parsed = make_url(saved)
    url = f"postgresql+psycopg://{parsed.host}:{parsed.port}/{parsed.database}?user={role}"
    question = PasswordQuestion(qtbot, answer=password)
    store = save_choice(url)
    try:
        controller = start([])
        question.timer.stop()
        assert controller is not None
        try:
            with qtbot.waitSignal(controller.database_ready, timeout=60_000):
                pass
            db = controller.db
            assert db is not None
            with db.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert isinstance(raw, psycopg.Connection)
                assert (raw.info.host, raw.info.password, raw.info.user) == (
                    "127.0.0.1",
                    password,
                    role,
                )
        finally:
            controller.shutdown()
    finally:
        store.clear()
        store.sync()
