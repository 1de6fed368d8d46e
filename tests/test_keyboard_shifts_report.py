"""The Z report of a period built from shifts, by keyboard (issue 13): the real main
window at 1366x768, keys sent only to whatever has focus, and only what a person sees
(table cells, labels, the document) plus the database read back.

Two counters each open a shift, sell and close (through the services); a third counter's
shift is still open. A manager reads Sales > Shifts (Alt+Z): one row per closed shift and
a total row whose figures are what the shifts recorded; the counter filter (Alt+N) keeps
one counter's shift and its total; Alt+I shows the report as a document to print or save.
A cashier's Sales has no such report.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

import pytest
from conftest import People
from helpers import cart, new_customer, new_product
from keyboard import (
    ALT,
    focus_is_in,
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
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_keyboard_dialogs import fits, mnemonic, mnemonics

from pos_app.data.database import Database
from pos_app.data.shift_models import Shift
from pos_app.domain.money import format_money, from_cents
from pos_app.services import Services
from pos_app.services.records import RefundRequest, ReturnLine, Sale
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


def closed_shifts(db: Database) -> list[Shift]:
    query = select(Shift).where(Shift.closed_at.is_not(None)).order_by(Shift.closed_at, Shift.id)
    return db.read(lambda tx: list(tx.session.scalars(query)))


def two_counters_trade(services: Services, people: People) -> None:
    """Front: the cashier's shift, a cash and a card sale and a paid-out, counted even.
    Back: the manager's, store credit and cash sales, 10.00 of store credit refunded and a
    paid-in, counted 7.00 short (a manager's own close approves it). Side: a shift still
    open, with a sale."""
    manager, cashier = people.manager, people.cashier
    scarf = new_product(services, manager, "Wool Scarf", "10.00", 20, "2001")
    customer = new_customer(services, manager, "johndoe", "50.00")

    def sell(counter: str, quantity: int, **payment: object) -> Sale:
        request = cart((scarf.id, quantity), **payment)
        return services.sales.checkout(cashier, replace(request, counter=counter))

    services.shifts.open(cashier, {"10": 2}, counter="Front")
    sell("Front", 1, cash_tendered=Decimal(10))
    sell("Front", 1, card_amount=Decimal(10), card_reference="4821")
    services.shifts.paid_out(cashier, "5.00", "Window cleaner", counter="Front")
    services.shifts.close(cashier, {"10": 2, "5": 1}, counter="Front")  # 25.00: even

    services.shifts.open(manager, {"10": 1}, counter="Back")
    credit = sell("Back", 2, customer_id=customer.id)  # 20.00 of store credit
    back = (ReturnLine(credit.lines[0].line_id, 1),)  # one back to the wallet: 10.00
    services.refunds.refund(
        manager, RefundRequest(str(uuid.uuid4()), credit.id, back, "wallet", "Torn", "Back")
    )
    sell("Back", 1, cash_tendered=Decimal(10))
    services.shifts.paid_in(manager, "5.00", "Change from the bank", counter="Back")
    services.shifts.close(manager, {"10": 1, "5": 1, "1": 3}, counter="Back")  # 18 of 25

    services.shifts.open(cashier, {"10": 1}, counter="Side")
    sell("Side", 1, cash_tendered=Decimal(10))


def table_rows(window: QWidget) -> list[dict[str, str]]:
    """The shifts table as a person reads it: each row's cells under their headings."""
    table = shown_child(window, QTableView, "shiftsTable")
    model = table.model()
    heads = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    rows = []
    for r in range(model.rowCount()):
        rows.append({h: str(model.index(r, c).data() or "") for c, h in enumerate(heads)})
    return rows


def money(cents: int | None) -> str:
    assert cents is not None
    return format_money(from_cents(cents))


def check_every_counter(rows: list[dict[str, str]], recorded: list[Shift], people: People) -> None:
    """Front's row, Back's and the total's are what the shifts recorded."""
    assert [r["Counter"] for r in rows] == ["Front", "Back", "Total"]  # Side is still open
    front, back, total = rows
    assert front["Opened by"] == people.cashier.username
    assert back["Opened by"] == people.manager.username
    assert front["Opened"] and front["Closed"] and not total["Closed"]
    assert [front[k] for k in ("Float", "Cash sales", "Card sales", "Store credit sales")] == [
        "20.00",
        "10.00",
        "10.00",
        "0.00",
    ]
    assert [front[k] for k in ("Paid in", "Paid out", "Cash expected", "Cash counted")] == [
        "0.00",
        "5.00",
        "25.00",
        "25.00",
    ]
    assert (front["Over / short"], front["Approved by"]) == ("even", "")
    assert [back[k] for k in ("Float", "Cash sales", "Store credit sales", "Paid in")] == [
        "10.00",
        "10.00",
        "20.00",
        "5.00",
    ]
    assert (back["Cash expected"], back["Cash counted"]) == ("25.00", "18.00")
    assert (back["Over / short"], back["Approved by"]) == ("7.00 short", people.manager.username)
    # the total row is what the shifts recorded, added up
    assert total["Opened by"] == "2 shifts"
    assert total["Cash expected"] == money(sum(s.expected_cash_cents or 0 for s in recorded))
    assert total["Cash counted"] == money(sum(s.counted_cash_cents or 0 for s in recorded))
    assert total["Over / short"] == "7.00 short"
    assert sum(s.over_short_cents or 0 for s in recorded) == -700
    assert total["Float"] == money(sum(s.opening_float_cents for s in recorded)) == "30.00"
    assert [total[k] for k in ("Cash sales", "Card sales", "Store credit sales")] == [
        "20.00",
        "10.00",
        "20.00",
    ]
    assert (front["Refunds"], back["Refunds"]) == ("0.00", "10.00")  # store credit, back
    assert (total["Refunds"], total["Paid in"], total["Paid out"]) == ("10.00", "5.00", "5.00")
    for row, shift in zip(rows, recorded, strict=False):  # the shifts' rows, not the total
        assert row["Float"] == money(shift.opening_float_cents)
        assert row["Cash expected"] == money(shift.expected_cash_cents)
        assert row["Cash counted"] == money(shift.counted_cash_cents)


def test_a_manager_reads_the_z_report_of_the_periods_shifts_by_keyboard(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
) -> None:
    two_counters_trade(services, people)
    recorded = closed_shifts(db)
    assert [s.counter for s in recorded] == ["Front", "Back"]
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")

    press(qtbot, Key.Key_Z, ALT)  # the Shifts (Z report) tab
    settle(qtbot, ui_ctx)
    tabs = shown_child(window, QTabWidget, "salesTabs")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Shifts (Z report)"
    assert focus_is_in(qtbot, window).isVisible()  # the keys still have a place to go
    page = window.stack.currentWidget()
    assert page is not None
    letters = [mnemonic(a.text()) for a in window.menuBar().actions()]
    letters += [letter for letter, _whose in mnemonics(page)]
    assert {c: letters.count(c) for c in "zni"} == {"z": 1, "n": 1, "i": 1}  # no clash
    assert fits(window.minimumSizeHint())  # at 1366x768 with the report on show

    check_every_counter(table_rows(window), closed_shifts(db), people)
    assert "2 shifts closed in the whole store" in seen_words(window)

    press(qtbot, Key.Key_N, ALT)  # the counter filter: every counter, Back, Front
    combo = focus_is_in(qtbot, window, "shiftCounter")
    press(qtbot, Key.Key_Down)
    settle(qtbot, ui_ctx)
    assert focus_is_in(qtbot, window) is combo
    rows = table_rows(window)
    assert [r["Counter"] for r in rows] == ["Back", "Total"]
    assert rows[1]["Opened by"] == "1 shift"
    assert (rows[1]["Cash counted"], rows[1]["Over / short"]) == ("18.00", "7.00 short")
    assert "1 shift closed at counter Back" in seen_words(window)

    press(qtbot, Key.Key_I, ALT)  # print or save as PDF, as the report stands
    document = wait_for_dialog(qtbot, "Z report of shifts: Back")
    words = seen_words(document)
    assert "Z report of shifts · counter Back" in words
    assert f"Shift {recorded[1].id} · Back" in words
    assert f"Shift {recorded[0].id} · Front" not in words
    assert "Total, counter Back (1 shift)" in words
    assert "Over / short 7.00 short" in words
    assert f"Approved by {people.manager.username}" in words
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)

    press(qtbot, Key.Key_Up)  # back to every counter, from the filter that kept the focus
    settle(qtbot, ui_ctx)
    assert [r["Counter"] for r in table_rows(window)] == ["Front", "Back", "Total"]


def test_a_shift_closed_before_the_period_is_left_out_by_keyboard(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
) -> None:
    two_counters_trade(services, people)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    press(qtbot, Key.Key_Z, ALT)
    settle(qtbot, ui_ctx)
    assert len(table_rows(window)) == 3

    press(qtbot, Key.Key_M, ALT)  # Fro&m and &To: a week of 2020, before any shift
    focus_is_in(qtbot, window, "firstDate")
    type_text(qtbot, "2020-01-01")
    press(qtbot, Key.Key_T, ALT)
    focus_is_in(qtbot, window, "lastDate")
    type_text(qtbot, "2020-01-07")
    qtbot.wait(600)  # the dates apply after a pause in the typing
    settle(qtbot, ui_ctx)
    assert table_rows(window) == []
    said = "No shift was closed in the whole store from 2020-01-01 to 2020-01-07"
    assert said in seen_words(window)


def test_a_shift_closed_while_the_report_is_open_shows_without_a_key(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    """The manager's trial closed a shift and Sales > Shifts still read "No shift was
    closed" until F5; the daily totals waited too."""
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    press(qtbot, Key.Key_Z, ALT)
    settle(qtbot, ui_ctx)
    assert "No shift was closed in the whole store" in seen_words(window)
    services.shifts.open(people.cashier, {"10": 2}, counter="Front")
    services.shifts.close(people.cashier, {"10": 2}, counter="Front")
    qtbot.waitUntil(lambda: "1 shift closed in the whole store" in seen_words(window))
    assert table_rows(window)[0]["Counter"] == "Front"
    # Closed while the history is on show: the report is read again when its tab is.
    press(qtbot, Key.Key_H, ALT)
    settle(qtbot, ui_ctx)
    services.shifts.open(people.cashier, {"10": 2}, counter="Back")
    services.shifts.close(people.cashier, {"10": 2}, counter="Back")
    qtbot.wait(600)  # the change reaches the screens (they gather a burst for 250 ms)
    press(qtbot, Key.Key_Z, ALT)
    qtbot.waitUntil(lambda: "2 shifts closed in the whole store" in seen_words(window))


def test_a_cashiers_sales_has_no_shifts_report(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    two_counters_trade(services, people)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    go_to(qtbot, ui_ctx, window, "Sales")
    tabs = shown_child(window, QTabWidget, "salesTabs")
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == ["History"]

    press(qtbot, Key.Key_Z, ALT)
    settle(qtbot, ui_ctx)
    assert not [t for t in window.findChildren(QTableView, "shiftsTable") if t.isVisible()]
    words = seen_words(window)
    assert "Shifts closed" not in words and "7.00 short" not in words


def test_one_key_goes_from_the_filters_to_the_sales_list(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    """The manager's trial needed four Tabs from the barcode filter to the list, and Alt+H
    on the History tab left the cursor in the filters."""
    scarf = new_product(services, people.manager, "Wool Scarf", "10.00", 20, "2001")
    first = services.sales.checkout(people.cashier, cart((scarf.id, 1)))
    newest = services.sales.checkout(people.cashier, cart((scarf.id, 2)))
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    press(qtbot, Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the filters
    focus_is_in(qtbot, window, "customerFilter")
    press(qtbot, Key.Key_Down)
    table = focus_is_in(qtbot, window, "salesTable")
    assert table.currentIndex().row() == 0
    press(qtbot, Key.Key_Down)
    assert f"Sale {first.id}" in seen_words(window)  # its detail, as the row is chosen
    press(qtbot, Key.Key_M, ALT)  # Fro&m
    focus_is_in(qtbot, window, "firstDate")
    press(qtbot, Key.Key_H, ALT)  # the &History tab: into its rows, the row kept
    qtbot.waitUntil(lambda: focus_is_in(qtbot, window, "salesTable") is not None)
    assert f"Sale {first.id}" in seen_words(window) and newest.id != first.id
