"""Closing a shift while the store's server cannot be reached, by keyboard (issue 15):
the counter says closing needs the server and changes nothing; once the server is back
the close asks for the count as usual. The real main window and the real PostgreSQL
server, with a relay between them that cuts every connection and refuses new ones.
"""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    CTRL,
    SHIFT,
    focus_is_in,
    focused,
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
from sqlalchemy import select

from pos_app.data.database import Database
from pos_app.data.shift_models import Shift
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # a relay cuts the server away: make test and CI run it
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]
NEEDS_SERVER = "Closing the shift needs the server, and it cannot be reached"


def test_without_the_server_closing_the_shift_says_it_needs_it_and_changes_nothing(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    services.shifts.open(people.cashier, {"20": 1}, counter=counter.settings.counter_name)
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")
    assert "Blue Mug" in seen_words(window)

    relay.down()
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)  # Close the shift
    qtbot.waitUntil(lambda: NEEDS_SERVER in seen_words(window), timeout=15_000)
    assert "close once it is back" in seen_words(window)
    assert db.read(lambda tx: tx.session.scalar(select(Shift.closed_at))) is None

    relay.up()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=20_000)
    settle(qtbot, counter)
    qtbot.waitUntil(lambda: focused().objectName() == "scanEntry", timeout=5_000)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Close the shift", timeout=10_000)
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"
    assert "not reached the server" not in seen_words(dialog)  # nothing was sold offline
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
