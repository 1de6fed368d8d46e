"""A session the server ended (idle past its limit while the counter sat unlocked, or ended
from another counter) asks the person to sign in again, there and then, instead of letting
the counter go on refusing every write with words alone (issue 16): the window locks, the
lock dialog says why with the focus in Password, and after the unlock the same sale goes
through once, with the cart kept.

Run as a counter runs: the least-privilege counters' role on a provisioned database, the
real program from its sign-in dialog, keys sent only to the focus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgServer, QuickHasher, make_people
from helpers import new_product
from keyboard import (
    enter,
    focus_is_in,
    press,
    scan,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from test_roles import provision

from pos_app.app import AppController
from pos_app.data.database import Database
from pos_app.services import build_services

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def store(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A provisioned store with staff and a 5.00 product (barcode 4001): (superuser URL,
    the counters' URL)."""
    url, app_url, drop = provision(pg_server)
    db = Database(url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        new_product(services, people.admin, "Tea", "5.00", 9, "4001")
    finally:
        db.dispose()
    yield url, app_url
    drop()


def server(url: str, sql: str) -> list[tuple[Any, ...]]:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []


def pay_cash(qtbot: QtBot, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F12)
    payment = wait_for_dialog(qtbot, "Payment")
    assert focus_is_in(qtbot, payment).objectName() == "cashTendered"
    type_text(qtbot, amount)
    enter(qtbot)
    wait_no_dialog(qtbot, timeout=10_000)


def test_an_ended_session_locks_the_window_and_the_sale_goes_through_after_the_unlock(
    qtbot: QtBot, store: tuple[str, str]
) -> None:
    super_url, app_url = store
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, app_url, None)
    try:
        controller.start()
        dialog = wait_for_dialog(qtbot, "Sign in", timeout=20_000)
        focus_is_in(qtbot, dialog, "username")
        type_text(qtbot, "cashier1")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, STAFF_PASSWORD)
        qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
        enter(qtbot)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window, ctx = controller.window, controller.ctx
        assert window is not None and ctx is not None
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        settle(qtbot, ctx)
        scan(qtbot, ctx, "4001")
        settle(qtbot, ctx)
        assert "Tea" in seen_words(window)
        assert focus_is_in(qtbot, window).objectName() == "scanEntry"
        # Meanwhile the server ends the session (as after 240 idle minutes).
        server(super_url, "UPDATE staff_sessions SET ended_at = now()")

        pay_cash(qtbot, "20")
        lock = wait_for_dialog(qtbot, "Locked", timeout=10_000)
        assert "sign in again" in seen_words(lock)
        assert focus_is_in(qtbot, lock).objectName() == "password"
        assert window.locked
        assert server(super_url, "SELECT count(*) FROM sales") == [(0,)]

        type_text(qtbot, STAFF_PASSWORD)
        enter(qtbot)
        qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
        # The keys go back where they were typed before the lock (they went nowhere).
        assert focus_is_in(qtbot, window).objectName() == "scanEntry"
        # Back at the counter: the cart is kept, and the screen said the sale was not done.
        settle(qtbot, ctx)
        shown = seen_words(window)
        assert "Sale NOT completed: nothing was charged" in shown and "Tea" in shown
        pay_cash(qtbot, "20")
        settle(qtbot, ctx)
        assert "Sale completed" in seen_words(window)
        sold = server(
            super_url,
            "SELECT a.username, s.total_cents FROM sales s JOIN accounts a ON a.id = s.cashier_id",
        )
        assert sold == [("cashier1", 500)]
        sessions = server(
            super_url, "SELECT count(*) FILTER (WHERE ended_at IS NULL) FROM staff_sessions"
        )
        assert sessions == [(1,)]  # the new one, opened by the unlock
    finally:
        controller.shutdown()
        app.setQuitOnLastWindowClosed(True)
