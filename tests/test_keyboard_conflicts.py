"""The Conflicts view and closing with sales still waiting, by keyboard (issue 15): the
real main window, keys sent only to whatever has focus, and only what a person sees
(plus the database) read back.

A manager opens Conflicts by its shortcut, reads an oversold offline sale in words,
resolves it with a note (an empty one is refused in place) and sees it resolved. A
cashier closing a shift while this counter's outbox still holds a sale is warned and
asked for a manager, and the shift closes only once one approves.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import new_customer, new_product
from keyboard import (
    ALT,
    CTRL,
    SHIFT,
    active_dialog,
    cells,
    enter,
    focus_is_in,
    focused,
    go_to,
    open_counter,
    press,
    seen_words,
    settle,
    shown_child,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.offline_models import OfflineResolution
from pos_app.data.shift_models import Shift
from pos_app.domain.enums import AuditAction
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


def sell_offline(offline: OfflineSalesService, people: People, product_id: int, at: str) -> str:
    """A cash sale recorded in ``offline``'s outbox (as the counter does when the server
    is away); its counter number."""
    assert offline.refresh_catalogue().complete
    request = CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=(CartLine(product_id, 1, Decimal("30.00")),),
        counter=at,
        cash_tendered=Decimal("30.00"),
    )
    return offline.sell(people.cashier, request).counter_number


def resolutions(db: Database) -> list[str]:
    return db.read(lambda tx: list(tx.session.scalars(select(OfflineResolution.note))))


def test_a_manager_resolves_an_oversold_offline_sale_by_keyboard(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    tmp_path: Path,
) -> None:
    lamp = new_product(services, people.manager, "Brass Lamp", "30.00", 1, "3001")
    for name in ("T1", "T2"):  # the last lamp, sold offline at two counters
        till = OfflineSalesService(db, CounterFile(tmp_path / f"{name}.sqlite"))
        sell_offline(till, people, lamp.id, name)
        till.sync_once()
    window = open_counter(qtbot, ui_ctx, people.manager)

    go_to(qtbot, ui_ctx, window, "Conflicts")
    table = shown_child(window, QTableView, "conflictsTable")
    qtbot.waitUntil(lambda: len(cells(table)) == 1, timeout=5_000)
    (row,) = cells(table)
    assert row[:2] == ["Open", "T2-000001"]
    assert "Brass Lamp (now -1) went below zero" in row[2]
    assert "1 open, 1 in all" in seen_words(window)

    press(qtbot, Key.Key_R, CTRL)  # Resolve…
    dialog = wait_for_dialog(qtbot, "Resolve T2-000001")
    assert focus_is_in(qtbot, dialog).objectName() == "resolutionNote"
    assert "Brass Lamp (now -1) went below zero" in seen_words(dialog)
    enter(qtbot)  # no note: refused in place, nothing written
    settle(qtbot, ui_ctx)
    assert "Write what was done first" in seen_words(dialog)
    assert focused().objectName() == "resolutionNote"
    assert resolutions(db) == []

    type_text(qtbot, "Found a lamp in the stockroom")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: cells(table)[0][0] == "Resolved", timeout=5_000)
    (row,) = cells(table)
    assert row[-2:] == [people.manager.username, "Found a lamp in the stockroom"]
    words = seen_words(window)
    assert "T2-000001 resolved: Found a lamp in the stockroom" in words
    assert "0 open, 1 in all" in words
    assert focused() is table  # back on the list
    assert resolutions(db) == ["Found a lamp in the stockroom"]
    audit = services.audit.search(people.admin, action=AuditAction.OFFLINE_RESOLVED).items
    assert [e.actor_username for e in audit] == [people.manager.username]


def test_a_cashiers_close_with_a_sale_waiting_closes_only_once_a_manager_approves(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    counter = ui_ctx.settings.counter_name
    lamp = new_product(services, people.manager, "Brass Lamp", "30.00", 5, "3001")
    services.shifts.open(people.cashier, {"20": 5}, counter=counter)
    number = sell_offline(services.offline, people, lamp.id, counter)  # not sent yet
    window = open_counter(qtbot, ui_ctx, people.cashier)

    press(qtbot, Key.Key_E, CTRL | SHIFT)  # Close the shift
    dialog = wait_for_dialog(qtbot, "Close the shift")
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"
    assert "1 sale made offline has not reached the server" in seen_words(dialog)
    for _ in range(20):  # to the 20.00 notes
        if focused().objectName() == "count_2000":
            break
        press(qtbot, Key.Key_Tab)
    type_text(qtbot, "5")  # the drawer is even: only the waiting sale needs a manager
    enter(qtbot)
    approval = wait_for_dialog(qtbot, "Approve the close")
    assert focus_is_in(qtbot, approval).objectName() == "managerUser"
    assert "1 sale made offline has not reached the server" in seen_words(approval)
    press(qtbot, Key.Key_Escape)  # no manager: nothing is closed
    dialog = wait_for_dialog(qtbot, "Close the shift")
    assert "The shift is NOT closed" in seen_words(dialog)
    assert db.read(lambda tx: tx.session.scalar(select(Shift.closed_at))) is None

    enter(qtbot)
    wait_for_dialog(qtbot, "Approve the close")
    type_text(qtbot, people.manager.username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    report = wait_for_dialog(qtbot, "Z report")
    assert db.read(lambda tx: tx.session.scalar(select(Shift.closed_at))) is not None
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert "Shift 1 closed" in seen_words(window)
    assert report is not None
    (closed,) = services.audit.search(people.admin, action=AuditAction.SHIFT_CLOSED).items
    assert "1 sale made offline has not reached the server" in closed.detail
    assert closed.detail.endswith(f"approved by {people.manager.username}")
    assert services.offline.waiting_count() == 1, number  # still waiting, still kept


def test_the_day_closed_with_sales_waiting_warns_first_and_records_how_many(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    counter = ui_ctx.settings.counter_name
    lamp = new_product(services, people.manager, "Brass Lamp", "30.00", 5, "3001")
    for _ in range(2):
        sell_offline(services.offline, people, lamp.id, counter)  # not sent yet
    open_counter(qtbot, ui_ctx, people.manager)

    press(qtbot, Key.Key_D, CTRL | SHIFT)  # End of day
    dialog = wait_for_dialog(qtbot, "End of day")
    assert focus_is_in(qtbot, dialog).objectName() == "countedCash"
    settle(qtbot, ui_ctx)
    warning = "2 sales made offline at this counter have not reached the server"
    assert warning in seen_words(dialog)
    type_text(qtbot, "0")
    press(qtbot, Key.Key_L, ALT)  # Close the day…
    ask = wait_for_dialog(qtbot, "Close the day")
    assert warning in seen_words(ask)
    enter(qtbot)
    qtbot.waitUntil(lambda: active_dialog() is dialog, timeout=5_000)
    settle(qtbot, ui_ctx)
    assert " closed at" in seen_words(dialog)
    (closed,) = services.audit.search(people.admin, action=AuditAction.DAY_CLOSED).items
    assert closed.detail.endswith("; 2 sales made offline have not reached the server")


def test_a_sale_the_server_refused_is_resolved_with_enter_on_its_row(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "30.00", 9, "1002")
    leaving = new_customer(services, people.manager, "leaving")
    till = services.offline
    assert till.refresh_catalogue().complete
    request = CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=(CartLine(mug.id, 1, Decimal("30.00")),),
        counter="T1",
        customer_id=leaving.id,
        cash_tendered=Decimal("30.00"),
    )
    number = till.sell(people.cashier, request).counter_number
    services.customers.delete(people.manager, leaving.id)  # the server refuses it now
    assert till.sync_once().set_aside == 1
    window = open_counter(qtbot, ui_ctx, people.manager)

    go_to(qtbot, ui_ctx, window, "Conflicts")
    table = shown_child(window, QTableView, "conflictsTable")
    qtbot.waitUntil(lambda: len(cells(table)) == 1, timeout=5_000)
    assert focused() is table  # the list has the keys on opening
    (row,) = cells(table)
    assert row[:2] == ["Open", number]
    assert f"Sale {number} was refused by the server when it was sent" in row[2]
    assert row[3] == ""  # it never reached the server

    enter(qtbot)  # Enter on the row: Resolve…
    dialog = wait_for_dialog(qtbot, f"Resolve {number}")
    assert focus_is_in(qtbot, dialog).objectName() == "resolutionNote"
    type_text(qtbot, "Customer paid cash; sale rung up again online")
    enter(qtbot)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: cells(table)[0][0] == "Resolved", timeout=5_000)
    (row,) = cells(table)
    assert row[1] == number and "refused by the server" in row[2]
    assert row[-1] == "Customer paid cash; sale rung up again online"
    assert resolutions(db) == ["Customer paid cash; sale rung up again online"]
