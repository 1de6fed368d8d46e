"""Issue 16, slice 6, at the counter: the sign-in dialog, typed into as a person does,
registers the counter when a manager signs in there, and gives everyone who signs in at a
registered counter their offline ticket; a cashier at a counter no manager has signed in
at gets none. Run as a counter runs: the counters' least-privilege role on a provisioned
database, the real program from its sign-in dialog, keys sent only to the focus."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from conftest import STAFF_PASSWORD, PgServer, QuickHasher, make_people
from keyboard import enter, focus_is_in, press, type_text, wait_for_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_keyboard_session_ended import server
from test_roles import provision

from pos_app.app import AppController
from pos_app.data.database import Database
from pos_app.services import COUNTER_FILE
from pos_app.settings import data_dir
from pos_app.ui.context import AppSettings

pytestmark = pytest.mark.postgres_only

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TICKETS = (
    "SELECT c.name, a.username FROM offline_tickets AS t JOIN counters AS c ON c.id = t.counter_id "
    "JOIN accounts AS a ON a.id = t.account_id ORDER BY t.id"
)


@pytest.fixture
def store(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A provisioned store with staff: (superuser URL, the counters' URL)."""
    url, app_url, drop = provision(pg_server)
    db = Database(url)
    try:
        make_people(db, QuickHasher().hash(STAFF_PASSWORD))
    finally:
        db.dispose()
    yield url, app_url
    drop()


def sign_in_at_the_counter(
    qtbot: QtBot, app_url: str, username: str, *, then_sign_out: bool = False
) -> None:
    """Start the program as the counters' role, type ``username`` and the password into
    its sign-in dialog, wait for the main window (and, ``then_sign_out``, sign out with
    Ctrl+Shift+Q and wait for the sign-in dialog again), and stop the program."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, app_url, None)
    try:
        controller.start()
        dialog = wait_for_dialog(qtbot, "Sign in", timeout=20_000)
        focus_is_in(qtbot, dialog, "username")
        type_text(qtbot, username)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, STAFF_PASSWORD)
        qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
        enter(qtbot)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        if then_sign_out:
            window = controller.window
            assert window is not None
            focus_is_in(qtbot, window)
            press(qtbot, Qt.Key.Key_Q, CTRL_SHIFT)
            wait_for_dialog(qtbot, "Sign in", timeout=20_000)
            controller.tasks.wait()  # the sign-out's write
    finally:
        controller.shutdown()
        app.setQuitOnLastWindowClosed(True)


def test_a_managers_sign_in_registers_the_counter_and_each_sign_in_there_gets_a_ticket(
    qtbot: QtBot, store: tuple[str, str]
) -> None:
    super_url, app_url = store
    sign_in_at_the_counter(qtbot, app_url, "cashier1")
    # No manager has signed in at Counter 1: nothing registered, no ticket.
    assert server(super_url, "SELECT count(*) FROM counters") == [(0,)]
    assert server(super_url, TICKETS) == []

    sign_in_at_the_counter(qtbot, app_url, "manager1")
    registered = server(
        super_url,
        "SELECT c.name, a.username, c.retired_at FROM counters AS c "
        "JOIN accounts AS a ON a.id = c.registered_by_id",
    )
    assert registered == [("Counter 1", "manager1", None)]
    assert server(super_url, TICKETS) == [("Counter 1", "manager1")]

    sign_in_at_the_counter(qtbot, app_url, "cashier1")
    assert server(super_url, TICKETS) == [("Counter 1", "manager1"), ("Counter 1", "cashier1")]

    # The same computer renamed: a counter name no manager has signed in at.
    AppSettings().save(counter_name="Till 2")
    sign_in_at_the_counter(qtbot, app_url, "cashier1")
    assert server(super_url, "SELECT count(*) FROM counters") == [(1,)]
    assert len(server(super_url, TICKETS)) == 2


def test_signing_out_by_keys_ends_the_ticket_here_and_on_the_server(
    qtbot: QtBot, store: tuple[str, str]
) -> None:
    super_url, app_url = store
    sign_in_at_the_counter(qtbot, app_url, "manager1")  # registers Counter 1
    sign_in_at_the_counter(qtbot, app_url, "cashier1", then_sign_out=True)
    ended = "SELECT a.username, t.valid_until <= now() FROM offline_tickets AS t "
    ended += "JOIN accounts AS a ON a.id = t.account_id ORDER BY t.id"
    assert server(super_url, ended) == [("manager1", False), ("cashier1", True)]
    with sqlite3.connect(data_dir() / COUNTER_FILE) as file:
        kept = file.execute("SELECT account_id FROM offline_tickets").fetchall()
    # The manager's copy only: the cashier's is forgotten.
    assert kept == server(super_url, "SELECT id FROM accounts WHERE username = 'manager1'")
