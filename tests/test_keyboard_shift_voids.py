"""Voids, a drawer that does not open, and the store's cash settings, by keyboard (issue
13): the real main window at 1366x768, keys sent only to whatever has focus, and only
what a person sees (plus the database) read back."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import cart, new_product
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
    scan,
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

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.shift_models import CashMovement
from pos_app.services import Services
from pos_app.services.records import Product
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


@pytest.fixture
def scarf(services: Services, people: People) -> Product:
    return new_product(services, people.manager, "Wool Scarf", "10.00", 9, "2001")


def voids(db: Database) -> list[tuple[int, str, int | None]]:
    rows = db.read(lambda tx: list(tx.session.scalars(select(models.Sale))))
    return [(s.id, s.void_reason, s.voided_by_id) for s in rows if s.voided_at is not None]


def stock(services: Services, people: People, product: Product) -> int:
    return services.inventory.get(people.manager, product.id).stock


def keys(qtbot: QtBot, ctx: AppContext, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A mnemonic or a page key, then its answer on screen."""
    press(qtbot, key, modifiers)
    qtbot.wait(150)
    settle(qtbot, ctx)


def retype(qtbot: QtBot, text: str) -> None:
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, text)


def test_a_manager_voids_the_selected_sale_in_sales_and_it_reads_void(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    scarf: Product,
) -> None:
    counter = ui_ctx.settings.counter_name
    services.shifts.open(people.manager, {"10": 1}, counter=counter)
    old = services.sales.checkout(people.cashier, replace(cart((scarf.id, 1)), counter=counter))
    services.shifts.close(people.manager, {"10": 2}, counter=counter)
    services.shifts.open(people.manager, {"10": 1}, counter=counter)
    sale = services.sales.checkout(people.cashier, replace(cart((scarf.id, 2)), counter=counter))
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    table = focus_is_in(qtbot, window, "salesTable")  # the cursor starts in the history
    assert [row[1] for row in cells(table)] == [str(sale.id), str(old.id)]

    press(qtbot, Key.Key_Down)  # the newest, then the older one of a closed shift
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_V, CTRL | SHIFT)
    settle(qtbot, ui_ctx)
    # Said before any reason is typed (the manager's trial typed one, then read this).
    assert active_dialog() is None
    said = f"Sale {old.id} is not of a shift still open: take it back as a return (F6)"
    assert said in seen_words(window)
    assert focused().objectName() == "salesTable"
    assert voids(db) == []

    press(qtbot, Key.Key_Up)
    press(qtbot, Key.Key_V, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, f"Void sale {sale.id}")
    assert focus_is_in(qtbot, dialog).objectName() == "reason"
    type_text(qtbot, "Rang up twice")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert voids(db) == [(sale.id, "Rang up twice", people.manager.account_id)]
    assert stock(services, people, scarf) == 8  # 9, less the old sale's one
    table = shown_child(window, QTableView, "salesTable")
    assert cells(table)[0][1] == f"{sale.id} VOID"
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert cells(table)[0][titles.index("Net")] == "0.00"  # it kept nothing (the trial: 17.50)
    words = seen_words(window)
    assert f"Sale {sale.id} voided: Rang up twice" in words
    assert re.search(r"VOID \d{4}-\d\d-\d\d \d\d:\d\d: Rang up twice", words)  # the detail

    press(qtbot, Key.Key_P, CTRL)
    receipt = wait_for_dialog(qtbot, "Receipt")
    assert "*** VOID ***" in seen_words(receipt)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)


def test_a_cashier_voids_the_last_sale_with_a_managers_password(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    scarf: Product,
) -> None:
    services.shifts.open(people.cashier, {"10": 1}, counter=ui_ctx.settings.counter_name)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Key.Key_V, CTRL | SHIFT)
    settle(qtbot, ui_ctx)
    assert "No sale yet at this counter to void" in seen_words(window)

    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "10")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert stock(services, people, scarf) == 8

    press(qtbot, Key.Key_V, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Void sale 1")
    assert focus_is_in(qtbot, dialog).objectName() == "reason"
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, people.manager.username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)  # no reason: refused here, the password not sent for nothing
    settle(qtbot, ui_ctx)
    assert "Reason is required" in seen_words(dialog)
    assert focused().objectName() == "reason"
    type_text(qtbot, "Customer changed mind")
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "managerPassword"
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert voids(db) == [(1, "Customer changed mind", people.manager.account_id)]
    assert stock(services, people, scarf) == 9
    assert "Sale 1 voided (10.00): Customer changed mind" in seen_words(window)
    assert focused().objectName() == "scanEntry"
    press(qtbot, Key.Key_P, CTRL)  # the last receipt says so too
    receipt = wait_for_dialog(qtbot, "Receipt")
    assert "*** VOID ***" in seen_words(receipt)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)


def test_a_store_that_sells_only_in_shifts_says_how_to_open_one_when_a_sale_is_refused(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    scarf: Product,
) -> None:
    """F12 with no shift open offers one (test_keyboard_shifts); a shift closed elsewhere
    while this screen still shows it open is refused by the sale itself, and said."""
    services.taxes.update_settings(people.manager, {"shift_required": True})
    counter = ui_ctx.settings.counter_name
    services.shifts.open(people.cashier, {"10": 1}, counter=counter)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    settle(qtbot, ui_ctx)
    services.shifts.close(people.cashier, {"10": 1}, counter=counter)  # from another window
    assert focused().objectName() == "scanEntry"
    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "10")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    words = seen_words(window)
    assert "Sale NOT completed: nothing was charged. No shift is open at counter" in words
    assert "No shift open at this counter: press Ctrl+Shift+S to open one" in words
    assert db.read(lambda tx: list(tx.session.scalars(select(models.Sale)))) == []


def test_a_drawer_that_does_not_open_is_said_and_the_paid_in_stays(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    tmp_path: Path,
) -> None:
    nowhere = tmp_path / "no such folder" / "drawer.bin"
    ui_ctx.settings.save(printer_kind="file", printer_target=str(nowhere), printer_auto=False)
    services.shifts.open(people.cashier, {"10": 1}, counter=ui_ctx.settings.counter_name)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Key.Key_I, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Paid in")
    assert focus_is_in(qtbot, dialog).objectName() == "movementAmount"
    type_text(qtbot, "20")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Change from the bank")
    enter(qtbot)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "did NOT open" in seen_words(window), timeout=10_000)
    words = seen_words(window)
    assert "Paid in recorded: 20.00, Change from the bank" in words
    assert "(Paid in is recorded all the same)" in words
    rows = db.read(lambda tx: list(tx.session.scalars(select(CashMovement))))
    assert [(m.kind, m.amount_cents) for m in rows] == [("paid_in", 2_000)]


def test_a_manager_sets_the_notes_and_coins_the_limit_and_selling_only_in_shifts(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    before = services.shifts.settings(people.manager)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Pricing")
    keys(qtbot, ui_ctx, Key.Key_Y, ALT)  # Count the drawer b&y
    assert focused().objectName() == "cashDenominations"
    assert focused().property("text").startswith("0.01, 0.05, 0.10")
    retype(qtbot, "0.25, 0, 5")
    keys(qtbot, ui_ctx, Key.Key_G, ALT)  # Only sell durin&g a shift
    assert focused().objectName() == "shiftRequired"
    press(qtbot, Key.Key_Down)  # Yes
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "A denomination is more than 0.00" in seen_words(window)
    assert focused().objectName() == "cashDenominations"
    assert services.shifts.settings(people.manager) == before  # nothing written, and
    assert not services.taxes.settings(people.manager).shift_required  # not this either

    retype(qtbot, "20, 5, 0.25, 1")
    keys(qtbot, ui_ctx, Key.Key_L, ALT)  # Over/short &limit
    assert focused().objectName() == "overShortLimit"
    retype(qtbot, "2.50")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "Pricing settings saved" in seen_words(window)
    after = services.shifts.settings(people.manager)
    assert after.denominations == tuple(Decimal(d) for d in ("0.25", "1.00", "5.00", "20.00"))
    assert after.difference_limit == Decimal("2.50")
    assert services.taxes.settings(people.manager).shift_required
    assert "0.25, 1.00, 5.00, 20.00" in seen_words(window)
