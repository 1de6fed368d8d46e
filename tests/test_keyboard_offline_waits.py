"""What waits for the server, and the screen says why (issue 15): with the server away
the banner says cash and card sales go on at the checkout while returns, top-ups, new
customers and staff changes wait for the server, which keeps the sales, balances and
accounts; F6 at the checkout says why a return waits instead of opening a form that
cannot look the sale up. Once the server is back, F6 opens the return form again. And
the receipt on screen (Ctrl+P, for a counter without a receipt printer) of a sale just
recorded offline is that sale's, headed by its counter number, not the last online one.

The real main window and the real PostgreSQL server behind a relay that cuts it away
(tests/outage_proxy.py); keys only to the focused widget, only what a person sees read.
"""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    CTRL,
    active_dialog,
    open_counter,
    press,
    scan,
    seen_words,
    settle,
    wait_for_dialog,
    wait_no_dialog,
)
from outage_proxy import OutageProxy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_keyboard_offline import pay_five_in_cash
from test_keyboard_offline_receipt import record_offline

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # a relay cuts the server away for seconds: make test and CI run it
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]
WAITS = (
    "Cash and card sales go on at the checkout. Returns, top-ups, new customers and staff "
    "changes wait for the server: the sales, balances and accounts are kept there."
)
RETURN_WAITS = (
    "Refunds need the server: the sale being refunded and its payments are kept there. "
    "Try again when the server is back"
)


def test_the_screen_says_what_waits_for_the_server_and_why(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")  # the counter holds its copy of the catalogue
    qtbot.waitUntil(lambda: "Blue Mug" in seen_words(window), timeout=10_000)
    assert WAITS not in seen_words(window)

    relay.down()
    qtbot.waitUntil(lambda: WAITS in seen_words(window), timeout=20_000)
    assert "it will reconnect by itself" in seen_words(window)

    press(qtbot, Qt.Key.Key_F6)  # a return, the server away
    qtbot.waitUntil(lambda: RETURN_WAITS in seen_words(window), timeout=5_000)
    assert active_dialog() is None, "no form that cannot find the sale"
    assert "Blue Mug" in seen_words(window), "the cart stays"

    relay.up()
    qtbot.waitUntil(lambda: WAITS not in seen_words(window), timeout=20_000)
    settle(qtbot, counter)
    press(qtbot, Qt.Key.Key_F6)
    wait_for_dialog(qtbot, "Return")
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)


def test_the_receipt_on_screen_of_a_sale_recorded_offline_is_that_sale(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    new_product(services, people.manager, "Green Tea", "3.00", 10, "1003")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1003")
    pay_five_in_cash(qtbot)  # online: sale 1, Green Tea
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale completed" in seen_words(window), timeout=10_000)
    scan(qtbot, counter, "1002")

    record_offline(qtbot, relay)  # Blue Mug, offline
    qtbot.waitUntil(lambda: "Sale recorded offline" in seen_words(window), timeout=10_000)
    press(qtbot, Qt.Key.Key_P, CTRL)
    receipt = wait_for_dialog(qtbot, "Receipt")
    words = seen_words(receipt)
    assert "No. Counter 1-000001 ·" in words
    assert "Blue Mug" in words and "Green Tea" not in words
    assert "Recorded offline: sent to the server when it is back" in words
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
