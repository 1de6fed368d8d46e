"""A manager's override at a counter whose server is away (issue 15), by keyboard: the
manager authorised a discount here while the server answered, so this counter keeps a
verifier of their password; with the server cut away the cashier gives a discount over
the cashiers' limit, the same override dialog opens with the cursor in its first field,
the manager types their credentials (a wrong password is said in place), and the sale
is recorded offline and printed with its discount. Once the server is back the sale
arrives once, naming who gave the discount and who authorised it offline.

The real main window, the real PostgreSQL server behind a relay that cuts it away
(tests/outage_proxy.py), and a file for a printer, read back with the ESC/POS reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from escpos_reader import read_escpos
from helpers import new_product
from keyboard import (
    active_dialog,
    enter,
    focus_is_in,
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
from sqlalchemy import select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.enums import AuditAction
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # a relay cuts the server away: make test and CI run it
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]
BANNER = "it will reconnect by itself"


def discounted(db: Database) -> list[tuple[int | None, int | None]]:
    """(cashier, authoriser) of each sale on the server with 10.00 off, oldest first."""
    return db.read(
        lambda tx: [
            (row[0], row[1])
            for row in tx.session.execute(
                select(models.Sale.cashier_id, models.Sale.discount_authorised_by_id)
                .where(models.Sale.discount_cents == 1000)
                .order_by(models.Sale.id)
            )
        ]
    )


def discount_half(qtbot: QtBot, ctx: AppContext) -> None:
    """F7 on the selected line: 50%, no amount, a reason, Enter."""
    press(qtbot, Qt.Key.Key_F7)
    dialog = wait_for_dialog(qtbot, "Discount")
    assert focus_is_in(qtbot, dialog).objectName() == "discountPercent"
    type_text(qtbot, "50")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Display model")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ctx)


def pay_ten(qtbot: QtBot) -> QtBot:
    press(qtbot, Qt.Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Payment")
    assert "Total 10.00" in seen_words(dialog)
    type_text(qtbot, "10")
    enter(qtbot)
    return qtbot


def manager_authorises(qtbot: QtBot, people: People, password: str) -> None:
    """In the open override dialog, the cursor in its first field: username, Tab,
    password, Enter."""
    approval = wait_for_dialog(qtbot, "Authorise", timeout=15_000)
    assert focus_is_in(qtbot, approval).objectName() == "managerUser"
    type_text(qtbot, people.manager.username)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, password)
    enter(qtbot)


def test_a_discount_over_the_limit_is_authorised_offline_by_a_manager_who_signed_in_here(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    db: Database,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Desk Lamp", "20.00", 30, "3001")
    out = tmp_path / "receipt.bin"
    counter.settings.save(
        printer_kind="file", printer_target=str(out), printer_paper_mm=80, printer_auto=True
    )
    window = open_counter(qtbot, counter, people.cashier)

    # Online: the manager authorises a discount here; the counter keeps their verifier.
    scan(qtbot, counter, "3001")
    discount_half(qtbot, counter)
    pay_ten(qtbot)
    manager_authorises(qtbot, people, STAFF_PASSWORD)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale completed" in seen_words(window), timeout=10_000)
    qtbot.waitUntil(out.exists, timeout=10_000)
    settle(qtbot, counter)
    out.unlink()

    relay.down()
    qtbot.waitUntil(lambda: BANNER in seen_words(window), timeout=15_000)
    scan(qtbot, counter, "3001")  # from this counter's copy of the catalogue
    discount_half(qtbot, counter)
    assert "a manager authorises it when paying" in seen_words(window)
    pay_ten(qtbot)
    approval = wait_for_dialog(qtbot, "Authorise")
    assert "The server cannot be reached: the sale is recorded at this counter" in seen_words(
        approval
    )
    manager_authorises(qtbot, people, "not-the-password")
    settle(qtbot, counter)
    assert active_dialog() is approval  # refused in place, as online
    assert "Invalid username or password" in seen_words(approval)
    assert focus_is_in(qtbot, approval).objectName() == "managerPassword"
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale recorded offline" in seen_words(window), timeout=10_000)
    assert "number Counter 1-000001, total 10.00" in seen_words(window)
    assert "Desk Lamp" not in seen_words(window), "the cart is cleared"

    qtbot.waitUntil(lambda: out.exists() and read_escpos(out.read_bytes()).has("drawer"))
    printed = read_escpos(out.read_bytes())
    words = [line.split() for line in printed.lines]
    assert any(line[:3] == ["No.", "Counter", "1-000001"] for line in words)
    assert ["Desk", "Lamp", "20.00"] in words
    assert ["Discount", "(Display", "model)", "-10.00"] in words
    assert ["TOTAL", "10.00"] in words

    qtbot.waitUntil(lambda: "Offline: 1 sale waiting" in seen_words(window), timeout=10_000)
    relay.up()
    qtbot.waitUntil(lambda: "waiting" not in seen_words(window), timeout=20_000)
    settle(qtbot, counter)
    ids = (people.cashier.account_id, people.manager.account_id)
    qtbot.waitUntil(lambda: len(discounted(db)) == 2, timeout=20_000)
    assert discounted(db) == [ids, ids]  # online, then offline
    audit = services.audit.search(people.admin, action=AuditAction.SALE).items
    (row,) = [r for r in audit if "(offline Counter 1-000001)" in r.detail]
    assert row.actor_username == people.cashier.username
    assert row.detail.endswith(
        "authorised by manager1 (offline override, checked at counter Counter 1)"
    )
