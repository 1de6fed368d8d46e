"""The database password typed once in Settings by the admin, by keyboard (issue 17): kept
in the system keyring, never in the settings file; forgotten from Settings; a keyring that
refuses is said at the password and nothing is saved; without a keyring the admin is told
it will be asked for at each start.

The keyrings are real in-process backends (tests/memory_keyring.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
from memory_keyring import LOCKED, MemoryKeyring, RefusingKeyring, keyring_in_place
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from test_keyboard_dialogs import check_window_fits, duplicates, mnemonics

from pos_app.db_password import SERVICE, keyring_key
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only
Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
KEY = "pos@192.0.2.10:5432/counterpos"
SECRET = "kept-db-pass-5"


def open_database_tab(qtbot: QtBot) -> QWidget:
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")
    press(qtbot, Key.Key_B, Alt)  # the Data&base tab
    qtbot.waitUntil(lambda: "system keyring" in seen_words(dialog))
    return dialog


def type_server_and_password(qtbot: QtBot, dialog: QWidget) -> None:
    press(qtbot, Key.Key_E, Alt)  # A PostgreSQL s&erver
    host = dialog.findChild(QLineEdit, "host")
    assert host is not None
    qtbot.waitUntil(host.isEnabled)  # the server's fields no longer greyed out
    press(qtbot, Key.Key_H, Alt)
    focus_is_in(qtbot, dialog, "host")
    type_text(qtbot, "192.0.2.10")
    press(qtbot, Key.Key_P, Alt)
    focus_is_in(qtbot, dialog, "password")
    type_text(qtbot, SECRET)


def audited(services: Services, people: People) -> list[str]:
    rows = services.audit.search(people.admin, action="settings_change").items
    return [row.detail or "" for row in rows]


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keyring_in_place(MemoryKeyring()) as ring:
        assert isinstance(ring, MemoryKeyring)
        yield ring


def test_the_admin_types_it_once_and_it_is_kept_in_the_keyring_then_forgotten(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    tmp_path: Path,
    memory: MemoryKeyring,
) -> None:
    open_counter(qtbot, ui_ctx, people.admin)
    dialog = open_database_tab(qtbot)
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))
    check_window_fits(dialog)
    type_server_and_password(qtbot, dialog)
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert memory.entries == {(SERVICE, KEY): SECRET}
    settings = ui_ctx.settings
    assert settings.database_url.startswith(f"postgresql+psycopg://{KEY}?")
    assert settings.database_needs_password
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "database_password" in audited(services, people)[0]

    # Another change later, the password field left empty: the kept one still serves.
    dialog = open_database_tab(qtbot)
    press(qtbot, Key.Key_S, Alt)  # back to Counter and &store
    press(qtbot, Key.Key_C, Alt)
    focus_is_in(qtbot, dialog, "counterName")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "Front till")
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert (settings.counter_name, settings.database_needs_password) == ("Front till", True)
    assert memory.entries == {(SERVICE, KEY): SECRET}
    assert "database_password" not in audited(services, people)[0]

    # Forgotten from Settings: out of the keyring, and asked for at start again.
    dialog = open_database_tab(qtbot)
    press(qtbot, Key.Key_G, Alt)  # For&get the saved password
    forget = focus_is_in(qtbot, dialog, "forgetPassword")
    assert isinstance(forget, QCheckBox)
    qtbot.waitUntil(forget.isChecked)  # ticked, as the admin sees
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert memory.entries == {}
    assert settings.database_needs_password
    assert "database_password" in audited(services, people)[0]


def test_a_refusing_keyring_is_said_at_the_password_and_nothing_is_saved(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, tmp_path: Path
) -> None:
    with keyring_in_place(RefusingKeyring()):
        open_counter(qtbot, ui_ctx, people.admin)
        dialog = open_database_tab(qtbot)
        type_server_and_password(qtbot, dialog)
        enter(qtbot)
        qtbot.waitUntil(lambda: "Nothing was saved" in seen_words(dialog))
        assert (
            f"The system keyring refused to keep the database password for {KEY} ({LOCKED}). "
            "Nothing was saved: unlock the keyring and save again."
        ) in seen_words(dialog)
        assert QApplication.activeModalWidget() is dialog  # still open, as typed
        focus_is_in(qtbot, dialog, "password")  # where to type it again
        assert ui_ctx.settings.database_url == ""
        assert not ui_ctx.settings.database_needs_password
        assert audited(services, people) == []
        assert SECRET not in seen_words(dialog)
        press(qtbot, Key.Key_Escape)
        wait_no_dialog(qtbot)
    settings_file = tmp_path / "settings.ini"
    assert not settings_file.exists() or SECRET not in settings_file.read_text(encoding="utf-8")


def test_without_a_keyring_the_admin_is_told_it_is_asked_for_at_each_start(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    from keyring.backends import fail  # noqa: PLC0415

    with keyring_in_place(fail.Keyring()):
        open_counter(qtbot, ui_ctx, people.admin)
        dialog = open_database_tab(qtbot)
        type_server_and_password(qtbot, dialog)
        enter(qtbot)
        told = wait_for_dialog(qtbot, "Settings")
        assert told is not dialog
        assert (
            "The settings are saved. This computer has no system keyring to keep the "
            "database password in, so Counter POS asks for it at each start."
        ) in seen_words(told)
        enter(qtbot)  # OK
        wait_no_dialog(qtbot)
    assert ui_ctx.settings.database_url.startswith("postgresql+psycopg://pos@192.0.2.10:5432/")
    assert ui_ctx.settings.database_needs_password


@pytest.mark.postgres
def test_the_saved_server_shows_and_test_connection_uses_the_kept_password(
    qtbot: QtBot, ui_ctx: AppContext, people: People, pg_server: PgServer, memory: MemoryKeyring
) -> None:
    server = pg_server.create_database("pos_keyring")
    try:
        saved = make_url(server).set(password=None).render_as_string(hide_password=False)
        ui_ctx.settings.save(database_url=saved, database_needs_password=True)
        key = keyring_key(saved)
        assert key is not None
        memory.set_password(SERVICE, key, SECRET)
        open_counter(qtbot, ui_ctx, people.admin)
        dialog = open_database_tab(qtbot)
        database = make_url(server).database or ""
        assert "127.0.0.1" in seen_words(dialog).split()  # the saved server, not blanks
        assert database in seen_words(dialog).split()
        press(qtbot, Key.Key_T, Alt)  # &Test connection, the password field left empty
        qtbot.waitUntil(lambda: f"Connected to 127.0.0.1:5432/{database}" in seen_words(dialog))
        assert memory.asked == [(SERVICE, key)]
        press(qtbot, Key.Key_Escape)
        wait_no_dialog(qtbot)
    finally:
        pg_server.drop_database(server)
