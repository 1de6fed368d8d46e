"""Offline selling at the counter, by keyboard (issue 15): the server goes away between
scanning and paying, the cashier records the sale offline with Enter, its counter number
and the waiting count are on screen, and once the server is back the background sync
sends it, exactly once, and the count goes away.

The real main window and the real PostgreSQL server, with a relay between them that
cuts every connection and refuses new ones (tests/outage_proxy.py).
"""

from __future__ import annotations

import re
import time

import pytest
from conftest import People
from helpers import new_customer, new_product
from keyboard import (
    CTRL,
    active_dialog,
    enter,
    give_consent,
    open_counter,
    press,
    scan,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from outage_proxy import OutageProxy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_checkout import sales_count

from pos_app.data.database import Database
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # a relay cuts the server away for seconds: make test and CI run it
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]
#: The background sync runs every few seconds: the count is gone well within this.
SYNCED_WITHIN_MS = 20_000


def pay_five_in_cash(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "5")
    enter(qtbot)


def test_a_cash_sale_is_recorded_offline_with_its_number_and_synced_once_the_server_is_back(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")
    assert "Blue Mug" in seen_words(window)
    assert "waiting" not in seen_words(window)

    relay.down()  # the server goes away with the cart on screen
    pay_five_in_cash(qtbot)
    offer = wait_for_dialog(qtbot, "Record offline", timeout=15_000)
    assert "The server cannot be reached" in seen_words(offer)
    enter(qtbot)  # Enter: record it offline
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale recorded offline" in seen_words(window), timeout=10_000)
    words = seen_words(window)
    number = re.search(r"number (.+?-\d{6}),", words)
    assert number is not None, words
    assert number.group(1) == "Counter 1-000001"
    assert "Change 0.50" in words
    assert "Blue Mug" not in words, "the cart is cleared"
    qtbot.waitUntil(lambda: "Offline: 1 sale waiting" in seen_words(window), timeout=10_000)
    assert sales_count(db) == 0

    # The next customer, the server still away: scanned and priced from this counter's copy.
    scan(qtbot, counter, "1002")
    scan(qtbot, counter, "1002")
    assert "Blue Mug" in seen_words(window)
    qtbot.waitUntil(lambda: "9.00" in seen_words(window), timeout=5_000)
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "10")
    enter(qtbot)
    wait_for_dialog(qtbot, "Record offline", timeout=15_000)
    enter(qtbot)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "number Counter 1-000002" in seen_words(window), timeout=10_000)
    assert "Change 1.00" in seen_words(window)
    qtbot.waitUntil(lambda: "Offline: 2 sales waiting" in seen_words(window), timeout=10_000)

    relay.up()
    back = time.monotonic()
    qtbot.waitUntil(lambda: "waiting" not in seen_words(window), timeout=SYNCED_WITHIN_MS)
    print(f"waiting count gone {time.monotonic() - back:.1f} s after the server came back")
    settle(qtbot, counter)
    assert sales_count(db) == 2
    assert services.inventory.get(people.manager, mug.id).stock == 7
    synced = services.offline.sales(None)
    assert [(s.counter_number, s.state) for s in synced] == [
        ("Counter 1-000001", "synced"),
        ("Counter 1-000002", "synced"),
    ]
    for sale in synced:
        found = db.read(lambda tx, key=sale.sale_uuid: tx.offline_sales.find(key))
        assert found is not None and found.counter_number == sale.counter_number


def test_a_sale_the_server_took_but_whose_answer_was_lost_stays_one_sale_when_recorded_offline(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
) -> None:
    """The offline copy keeps the UUID of the send that landed: the sync finds it there."""
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")
    relay.trip(b"pos_record_sale", "answer_lost")  # the server commits; the answer is lost
    pay_five_in_cash(qtbot)
    wait_for_dialog(qtbot, "Record offline", timeout=15_000)
    enter(qtbot)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale recorded offline" in seen_words(window), timeout=10_000)
    qtbot.waitUntil(lambda: "Offline: 1 sale waiting" in seen_words(window), timeout=10_000)
    assert sales_count(db) == 1  # the server had it all along

    relay.up()
    qtbot.waitUntil(lambda: "waiting" not in seen_words(window), timeout=SYNCED_WITHIN_MS)
    settle(qtbot, counter)
    assert sales_count(db) == 1
    assert services.inventory.get(people.manager, mug.id).stock == 9
    [synced] = services.offline.sales(None)
    assert synced.state == "synced"
    assert services.offline.conflicts(people.manager) == []
    assert "Sale recorded offline" in seen_words(window), "no later outcome overwrote it"


def test_store_credit_is_not_recorded_offline_and_the_sale_stays_being_checked(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    new_customer(services, people.cashier, "johndoe", "50.00")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")
    press(qtbot, Qt.Key.Key_K, CTRL)
    type_text(qtbot, "johndoe")
    enter(qtbot)
    settle(qtbot, counter)
    assert "Johndoe (johndoe)" in seen_words(window)

    relay.trip(b"pos_record_sale", "lost")  # the server goes away as the sale is sent
    press(qtbot, Qt.Key.Key_F12)  # paid from the wallet, the default for a customer
    wait_for_dialog(qtbot, "Payment")
    enter(qtbot)
    give_consent(qtbot)  # the customer's PIN (issue 16)
    # The banner disables the screen while the server is away: nothing takes the keys.
    qtbot.waitUntil(lambda: active_dialog() is None, timeout=5_000)
    refused = "Not recorded offline: Store credit needs the server; take cash or card"
    qtbot.waitUntil(lambda: refused in seen_words(window), timeout=10_000)
    qtbot.wait(2_500)  # the next "Checking the sale…" still says why
    assert refused in seen_words(window)
    assert "Checking the sale" in seen_words(window)
    assert "Blue Mug" in seen_words(window), "the cart is kept"
    assert services.offline.sales(None) == []

    relay.up()
    qtbot.waitUntil(lambda: "Sale NOT completed" in seen_words(window), timeout=15_000)
    assert "Not recorded offline" not in seen_words(window)
    assert sales_count(db) == 0


def test_with_the_server_known_away_paying_asks_at_once_and_esc_charges_nothing(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")
    relay.down()
    banner = "it will reconnect by itself"
    qtbot.waitUntil(lambda: banner in seen_words(window), timeout=15_000)
    pay_five_in_cash(qtbot)
    wait_for_dialog(qtbot, "Record offline")
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert "Sale NOT completed: nothing was charged" in seen_words(window)
    assert "Checking the sale" not in seen_words(window), "it was never sent"
    assert "Blue Mug" in seen_words(window), "the cart is kept to pay again"
    assert services.offline.sales(None) == []

    relay.up()
    qtbot.waitUntil(lambda: banner not in seen_words(window), timeout=15_000)
    pay_five_in_cash(qtbot)
    qtbot.waitUntil(lambda: "Sale completed" in seen_words(window), timeout=10_000)
    assert "waiting" not in seen_words(window)
    assert services.offline.sales(None) == []
    assert sales_count(db) == 1
