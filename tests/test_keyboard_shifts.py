"""Shifts and cash by keyboard, as a cashier and a manager use them (issue 13): the real
main window at 1366x768, keys sent only to whatever has focus, and only what a person
sees (plus the database) read back.

Open a shift (offered by itself where the store sells only in shifts), sell, No sale with
the drawer's pulse in the printer's bytes, a paid-out, the blind close with its Z report
(counted against expected, over or short), a close above the limit approved by a
manager, bad input refused in place with nothing written, the X report, and voids.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import cart, new_product
from keyboard import (
    CTRL,
    PANEL_HEIGHT,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    SHIFT,
    active_dialog,
    cells,
    enter,
    focus_is_in,
    focused,
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
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.shift_models import CashMovement, Shift
from pos_app.devices.escpos_reader import read_escpos
from pos_app.services import Services
from pos_app.services.records import Product
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


@pytest.fixture
def scarf(services: Services, people: People) -> Product:
    return new_product(services, people.manager, "Wool Scarf", "10.00", 9, "2001")


def shifts(db: Database) -> list[Shift]:
    return db.read(lambda tx: list(tx.session.scalars(select(Shift).order_by(Shift.id))))


def movements(db: Database) -> list[tuple[str, int, str]]:
    rows = db.read(lambda tx: list(tx.session.scalars(select(CashMovement))))
    return [(m.kind, m.amount_cents, m.reason) for m in rows]


def audit_actions(services: Services, people: People) -> list[str]:
    return [e.action.value for e in reversed(services.audit.search(people.admin).items)]


def tab_to(qtbot: QtBot, dialog: QWidget, name: str) -> None:
    """Tab until the field named ``name`` has the focus (at most 20 steps)."""
    for _ in range(20):
        if focused().objectName() == name:
            return
        press(qtbot, Key.Key_Tab)
    assert focus_is_in(qtbot, dialog).objectName() == name


def retype(qtbot: QtBot, text: str) -> None:
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, text)


def drawer_pulses(out: Path) -> int:
    if not out.exists():
        return 0
    return sum(1 for name, _ in read_escpos(out.read_bytes()).events if name == "drawer")


def sell_for_cash(qtbot: QtBot, ctx: AppContext, window: MainWindow, tendered: str) -> None:
    scan(qtbot, ctx, "2001")
    press(qtbot, Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, tendered)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ctx)
    assert "Sale completed" in seen_words(window)


def test_a_shift_by_keyboard_from_its_float_to_its_blind_close(  # noqa: PLR0915 - one shift, step by step
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    scarf: Product,
    tmp_path: Path,
) -> None:
    out = tmp_path / "drawer.bin"
    ui_ctx.settings.save(printer_kind="file", printer_target=str(out), printer_auto=False)
    services.taxes.update_settings(people.manager, {"shift_required": True})
    window = open_counter(qtbot, ui_ctx, people.cashier)

    # The store sells only in shifts: the counter offers to open one by itself.
    dialog = wait_for_dialog(qtbot, "Open a shift")
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"  # the largest note
    assert "No shift open at this counter: press Ctrl+Shift+S to open one" in seen_words(window)
    type_text(qtbot, "1.5")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "The count of 100.00 must be a whole number" in seen_words(dialog)
    assert focused().objectName() == "count_10000"
    assert shifts(db) == []
    retype(qtbot, "0")
    tab_to(qtbot, dialog, "count_2000")
    type_text(qtbot, "5")
    assert "Counted: 100.00" in seen_words(dialog)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    (shift,) = shifts(db)
    assert (shift.opening_float_cents, shift.opening_count) == (10_000, '{"2000": 5}')
    words = seen_words(window)
    assert f"Shift open since {shift.opened_at.astimezone():%H:%M} by cashier" in words
    assert "Shift opened: float 100.00" in words
    assert focused().objectName() == "scanEntry"

    sell_for_cash(qtbot, ui_ctx, window, "20")  # 10.00 cash into the drawer

    # No sale: a reason, recorded, then the drawer's pulse alone on the printer.
    press(qtbot, Key.Key_N, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "No sale")
    assert focus_is_in(qtbot, dialog).objectName() == "reason"
    enter(qtbot)  # no reason
    settle(qtbot, ui_ctx)
    assert "Reason is required" in seen_words(dialog)
    assert movements(db) == [] and drawer_pulses(out) == 0
    type_text(qtbot, "Customer needed change")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: "Drawer opened" in seen_words(window), timeout=10_000)
    assert "Drawer opening with no sale recorded: Customer needed change." in seen_words(window)
    printed = read_escpos(out.read_bytes())
    assert printed.has("drawer") and not printed.has("cut") and printed.lines == []
    assert focused().objectName() == "scanEntry"

    # Paid out: an amount and a reason; the drawer opens again.
    out.unlink()
    press(qtbot, Key.Key_O, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Paid out")
    assert focus_is_in(qtbot, dialog).objectName() == "movementAmount"
    type_text(qtbot, "5.00")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Window cleaner")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: drawer_pulses(out) == 1, timeout=10_000)
    assert "Paid out recorded: 5.00, Window cleaner" in seen_words(window)
    assert movements(db) == [
        ("no_sale", 0, "Customer needed change"),
        ("paid_out", 500, "Window cleaner"),
    ]

    # The blind close: nothing says what the drawer should hold (105.00) before it.
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"
    type_text(qtbot, "1")
    tab_to(qtbot, dialog, "count_100")
    type_text(qtbot, "3")  # 103.00: 2.00 short, within the store's 5.00
    shown = seen_words(dialog)
    assert "Counted: 103.00" in shown
    assert "105.00" not in shown and "xpected" not in shown
    enter(qtbot)
    report = wait_for_dialog(qtbot, "Z report")
    assert focus_is_in(qtbot, report).objectName() == "closeReport"
    methods = shown_child(report, QTableView, "shiftMethods")
    assert cells(methods)[0] == ["Cash", "105.00", "103.00", "2.00 short"]
    assert cells(methods)[1][:2] == ["Card", "0.00"]
    words = seen_words(report)
    assert "Cash: 2.00 short" in words and "closed" in words
    figures = {row[0]: row[1] for row in cells(shown_child(report, QTableView, "shiftFigures"))}
    assert (figures["Opening float"], figures["Cash sales"], figures["Paid out"]) == (
        "100.00",
        "10.00",
        "5.00",
    )
    assert figures["No sale (drawer opened)"] == "1"
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert focused().objectName() == "scanEntry"

    (closed,) = shifts(db)
    assert (closed.counted_cash_cents, closed.expected_cash_cents) == (10_300, 10_500)
    assert (closed.over_short_cents, closed.approved_by_id) == (-200, None)
    assert closed.closed_by_id == people.cashier.account_id
    actions = audit_actions(services, people)
    for action in ("shift_opened", "no_sale", "paid_out", "shift_closed"):
        assert action in actions
    assert "No shift open at this counter" in seen_words(window)


def test_a_close_above_the_limit_is_approved_by_a_manager(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    counter = ui_ctx.settings.counter_name
    services.shifts.open(people.cashier, {"20": 5}, counter=counter)
    window = open_counter(qtbot, ui_ctx, people.cashier)

    press(qtbot, Key.Key_E, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    tab_to(qtbot, dialog, "count_2000")
    type_text(qtbot, "4")  # 80.00: 20.00 short, the store allows 5.00
    enter(qtbot)
    approval = wait_for_dialog(qtbot, "Approve the close")
    assert focus_is_in(qtbot, approval).objectName() == "managerUser"
    assert "20.00" not in seen_words(approval) and "100.00" not in seen_words(approval)
    press(qtbot, Key.Key_Escape)  # no manager: nothing is closed
    dialog = wait_for_dialog(qtbot, "Close the shift")
    assert "The shift is NOT closed: a manager must approve this count" in seen_words(dialog)
    assert shifts(db)[0].closed_at is None

    enter(qtbot)
    approval = wait_for_dialog(qtbot, "Approve the close")
    type_text(qtbot, people.cashier.username)  # a cashier may not approve
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "not a manager" in seen_words(approval)
    assert shifts(db)[0].closed_at is None
    tab_to(qtbot, approval, "managerUser")
    retype(qtbot, people.manager.username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    report = wait_for_dialog(qtbot, "Z report")
    assert f"approved by {people.manager.username}" in seen_words(report)
    methods = shown_child(report, QTableView, "shiftMethods")
    assert cells(methods)[0] == ["Cash", "100.00", "80.00", "20.00 short"]
    (shift,) = shifts(db)
    assert (shift.over_short_cents, shift.approved_by_id) == (-2_000, people.manager.account_id)
    assert shift.closed_by_id == people.cashier.account_id
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert "Shift 1 closed: cash 20.00 short" in seen_words(window)


def test_a_recount_after_a_refused_close_needs_the_manager_too(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    """The full-day trial: after "The shift is NOT closed" a cashier could recount until a
    figure was within the limit and close without a manager, and so learn what the drawer
    should hold. A right recount now asks for the manager as well, in words that say
    nothing of the figure."""
    counter = ui_ctx.settings.counter_name
    services.shifts.open(people.cashier, {"20": 5}, counter=counter)
    open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    tab_to(qtbot, dialog, "count_2000")
    type_text(qtbot, "4")  # 20.00 short
    enter(qtbot)
    wait_for_dialog(qtbot, "Approve the close")
    press(qtbot, Key.Key_Escape)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    tab_to(qtbot, dialog, "count_2000")
    retype(qtbot, "5")  # what the drawer should hold
    enter(qtbot)
    approval = wait_for_dialog(qtbot, "Approve the close")
    words = seen_words(approval)
    assert "A count of this shift was refused already" in words
    assert "differs" not in words and "100.00" not in words
    assert focus_is_in(qtbot, approval).objectName() == "managerUser"
    press(qtbot, Key.Key_Escape)
    wait_for_dialog(qtbot, "Close the shift")
    assert shifts(db)[0].closed_at is None


def test_bad_input_is_refused_in_place_and_nothing_is_written(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    window = open_counter(qtbot, ui_ctx, people.cashier)
    assert "No shift open at this counter: press Ctrl+Shift+S to open one" in seen_words(window)
    press(qtbot, Key.Key_E, CTRL | SHIFT)  # closing with no shift open
    settle(qtbot, ui_ctx)
    assert active_dialog() is None
    assert "No shift is open at this counter: nothing to close" in seen_words(window)
    press(qtbot, Key.Key_I, CTRL | SHIFT)  # paid in with no shift open
    settle(qtbot, ui_ctx)
    assert active_dialog() is None

    services.shifts.open(people.cashier, {"10": 2}, counter=ui_ctx.settings.counter_name)
    press(qtbot, Key.Key_I, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Paid in")
    assert focus_is_in(qtbot, dialog).objectName() == "movementAmount"
    type_text(qtbot, "-5")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Change from the bank")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "Amount must be more than 0.00" in seen_words(dialog)
    assert focused().objectName() == "movementAmount"
    retype(qtbot, "30")
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_A, CTRL)
    press(qtbot, Key.Key_Delete)
    enter(qtbot)  # an empty reason
    settle(qtbot, ui_ctx)
    assert "Reason is required" in seen_words(dialog)
    assert focused().objectName() == "movementReason"
    assert movements(db) == []
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)

    press(qtbot, Key.Key_S, CTRL | SHIFT)  # a second shift at this counter
    settle(qtbot, ui_ctx)
    assert active_dialog() is None
    assert "A shift is already open at this counter" in seen_words(window)
    assert len(shifts(db)) == 1

    # A paid-out above what the drawer holds: refused without saying what it holds.
    press(qtbot, Key.Key_O, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Paid out")
    type_text(qtbot, "25")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Too much")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "more than the drawer should hold" in seen_words(dialog)
    assert "20.00" not in seen_words(dialog)
    assert movements(db) == []


def test_the_x_report_is_a_managers_and_a_cashier_asks_for_one(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    scarf: Product,
) -> None:
    counter = ui_ctx.settings.counter_name
    services.shifts.open(people.cashier, {"20": 5}, counter=counter)
    services.sales.checkout(people.cashier, replace(cart((scarf.id, 2)), counter=counter))
    window = open_counter(qtbot, ui_ctx, people.cashier)

    press(qtbot, Key.Key_X, CTRL | SHIFT)
    approval = wait_for_dialog(qtbot, "X report")
    assert focus_is_in(qtbot, approval).objectName() == "managerUser"
    type_text(qtbot, people.manager.username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    enter(qtbot)
    report = wait_for_dialog(qtbot, "X report: shift")
    assert focus_is_in(qtbot, report).objectName() == "closeReport"
    assert "the shift is open; nothing was changed" in seen_words(report)
    methods = cells(shown_child(report, QTableView, "shiftMethods"))
    assert methods[0] == ["Cash", "120.00", "", ""]
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert shifts(db)[0].closed_at is None
    window.close()

    manager = open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Key.Key_X, CTRL | SHIFT)
    report = wait_for_dialog(qtbot, "X report: shift")
    assert cells(shown_child(report, QTableView, "shiftMethods"))[0][1] == "120.00"
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert manager.isVisible()


def test_the_close_dialog_grown_by_a_message_stays_on_the_screen(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    """The keyboard trial: after "The shift is NOT closed" the dialog grew down under the
    screen's bottom edge (its buttons out of sight). It moves up by as much instead."""
    services.shifts.open(people.cashier, {"20": 5}, counter=ui_ctx.settings.counter_name)
    open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    screen = QGuiApplication.primaryScreen().availableGeometry()
    dialog.move(dialog.x(), screen.bottom() - dialog.frameGeometry().height())  # placed low
    tab_to(qtbot, dialog, "count_2000")
    type_text(qtbot, "4")  # 20.00 short: a manager must approve
    enter(qtbot)
    wait_for_dialog(qtbot, "Approve the close")
    press(qtbot, Key.Key_Escape)
    dialog = wait_for_dialog(qtbot, "Close the shift")
    settle(qtbot, ui_ctx)
    assert "The shift is NOT closed" in seen_words(dialog)
    assert dialog.frameGeometry().bottom() <= screen.bottom(), (dialog.frameGeometry(), screen)


def test_the_days_report_starts_from_the_float_the_shift_counted(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, scarf: Product
) -> None:
    """The keyboard trial closed a shift that started with 100.00 and found the day's Z
    report expecting 100.00 less cash: its Opening float was a field left at 0.00. It is
    now the day's first shift's float, until the manager types another."""
    services.shifts.open(people.cashier, {"20": 5}, counter=ui_ctx.settings.counter_name)
    window = open_counter(qtbot, ui_ctx, people.manager)
    sell_for_cash(qtbot, ui_ctx, window, "20")
    press(qtbot, Key.Key_D, CTRL | SHIFT)  # end of day
    dialog = wait_for_dialog(qtbot, "End of day")
    settle(qtbot, ui_ctx)
    settle(qtbot, ui_ctx)
    opening = dialog.findChild(QLineEdit, "openingFloat")
    assert opening is not None and opening.text() == "100.00"
    assert "Cash expected in drawer 110.00" in seen_words(dialog)  # and a 10.00 sale
    assert "Voided sales 0 / 0.00" in seen_words(dialog)  # as the shift's Z report says
    assert "No sale (drawer opened) 0" in seen_words(dialog)
    tab_to(qtbot, dialog, "openingFloat")  # the manager's own figure wins, in any digits
    retype(qtbot, "\u0669\u0660")  # 90, as an Arabic keyboard types it
    enter(qtbot)  # Preview
    settle(qtbot, ui_ctx)
    assert "Cash expected in drawer 100.00" in seen_words(dialog)
    assert opening.text() == "90"


def test_without_a_printer_a_paid_in_is_recorded_without_a_drawer_warning(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    """The full-day trial: paid in, paid out and no sale turned the band amber ("The
    drawer did NOT open") on a counter with no printer, whose drawer opens by hand, where
    a cash sale says nothing of it."""
    services.shifts.open(people.cashier, {"10": 2}, counter=ui_ctx.settings.counter_name)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Key.Key_I, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Paid in")
    assert focus_is_in(qtbot, dialog).objectName() == "movementAmount"
    type_text(qtbot, "30")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Change from the bank")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    words = seen_words(window)
    assert "Paid in recorded: 30.00, Change from the bank." in words
    assert "did NOT open" not in words and "Opening the drawer" not in words
    assert movements(db) == [("paid_in", 3000, "Change from the bank")]


def test_f12_with_no_shift_open_offers_one_before_any_cash_is_taken(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    """The full-day trial pressed F12 with no shift open in a store that sells only in
    shifts: the payment took the cash, then said "Sale NOT completed ... No shift is
    open". F12 now says so at once and offers the shift."""
    new_product(services, people.manager, "Wool Scarf", "10.00", 9, "2001")
    services.taxes.update_settings(people.manager, {"shift_required": True})
    window = open_counter(qtbot, ui_ctx, people.cashier)
    wait_for_dialog(qtbot, "Open a shift")  # offered at sign-in: not now
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Open a shift")  # not the payment
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"
    assert "No shift open at this counter: press Ctrl+Shift+S to open one" in seen_words(window)
    assert db.read(lambda tx: tx.session.scalar(select(func.count(models.Sale.id)))) == 0


def test_a_barcode_typed_before_the_shift_is_read_is_not_taken_by_the_offer(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    scarf: Product,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A trial scanned straight after signing in, in a store that sells only in shifts:
    "Open a shift" came up when the server answered and took the rest of the digits as
    the float's count. An offer that would land on typing is not made; the red line says
    how to open one, and F12 offers it."""
    services.taxes.update_settings(people.manager, {"shift_required": True})
    answer = threading.Event()
    read_shift = ui_ctx.services.shifts.current

    def slow_server(*args: object, **kwargs: object) -> object:
        answer.wait(10)
        return read_shift(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui_ctx.services.shifts, "current", slow_server)
    window = MainWindow(ui_ctx, people.cashier)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - PANEL_HEIGHT)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    type_text(qtbot, "2001")  # before the server has answered
    answer.set()
    settle(qtbot, ui_ctx)
    assert active_dialog() is None
    assert "No shift open at this counter: press Ctrl+Shift+S to open one" in seen_words(window)
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "Wool Scarf" in str(cells(shown_child(window, QTableView, "cartTable")))
    press(qtbot, Qt.Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Open a shift")
    assert focus_is_in(qtbot, dialog).objectName() == "count_10000"
