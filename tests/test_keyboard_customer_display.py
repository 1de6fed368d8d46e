"""The customer display by keyboard (issue 13): the cashier's window is driven by keys sent
only to whatever has focus, and what the CUSTOMER DISPLAY shows is read from its visible
labels and cells: the lines as they are scanned (as the cashier's cart shows them), the
same total, the cash tendered and the change while the cashier types it, a thank-you with
the change, then the welcome again. The keyboard never leaves the cashier's window. With
the setting off there is no display; Settings turns it on and off without a restart. The
pole display gets the same in two lines of 20 characters, and one that fails is said once
on the status bar while the sale goes through."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    ALT,
    CTRL,
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
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_keyboard_dialogs import check_window_fits, duplicates, mnemonics
from test_pole_display import pictures

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.enums import PromotionKind
from pos_app.services import Services
from pos_app.services.records import Product
from pos_app.ui.checkout import customer_display_link
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def shelf(services: Services, people: People) -> dict[str, Product]:
    soap = new_product(services, people.manager, "Lemon Soap", "1.50", 20, "2002")
    now = datetime.now(UTC)
    services.promotions.add(
        people.manager,
        name="3 for 4.00",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=1),
        product_ids=(soap.id,),
        quantity=3,
        price="4.00",
    )
    return {
        "scarf": new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001"),
        "soap": soap,
    }


@pytest.fixture
def keyboard_moves(qapp: QApplication) -> Iterator[list[QWindow | None]]:
    """Every window that takes the keyboard from now on."""
    moves: list[QWindow | None] = []
    qapp.focusWindowChanged.connect(moves.append)
    yield moves
    qapp.focusWindowChanged.disconnect(moves.append)


def displays() -> list[QWidget]:
    """The customer displays a person can see."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "customerDisplay" and w.isVisible()
    ]


def the_display(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: len(displays()) == 1, timeout=5_000)
    return displays()[0]


def sales(db: Database) -> int:
    return int(db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Sale))))


def cashier_lines(window: MainWindow) -> list[list[str]]:
    """The cashier's cart as they see it, without the unit price the customer is not shown."""
    rows = cells(shown_child(window, QTableView, "cartTable"))
    return [[name, qty, total, savings] for name, qty, _unit, total, savings in rows]


def display_lines(display: QWidget) -> list[list[str]]:
    return cells(shown_child(display, QTableView, "displayLines"))


def cashier_total(window: MainWindow) -> str:
    return shown_child(window, QLabel, "quotedTotal").text()


def pole_shows(qtbot: QtBot, pole_file: Path, upper: str, lower: str) -> None:
    """What the pole display shows now (its last picture) becomes ``upper`` over ``lower``."""

    def now() -> tuple[str, str] | None:
        shown = pictures(pole_file.read_bytes()) if pole_file.exists() else []
        return shown[-1] if shown else None

    qtbot.waitUntil(lambda: now() == (upper, lower), timeout=5_000)


def keys_stay_with_the_cashier(window: MainWindow, display: QWidget) -> None:
    assert QApplication.activeWindow() is not display
    widget = focused()
    assert widget.window() is not display
    assert window.isAncestorOf(widget) or widget.window() is QApplication.activeModalWidget()


def test_the_customer_sees_the_lines_the_total_the_change_and_a_thank_you(  # noqa: PLR0915 - one sale, welcome to next customer
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    db: Database,
    shelf: dict[str, Product],
    keyboard_moves: list[QWindow | None],
    tmp_path: Path,
) -> None:
    pole_file = tmp_path / "pole.bin"
    ui_ctx.settings.save(
        store_name="Corner Store", customer_display=True, pole_display=str(pole_file)
    )
    window = open_counter(qtbot, ui_ctx, people.cashier)
    display = the_display(qtbot)
    settle(qtbot, ui_ctx)
    keyboard_moves.clear()  # from here on, the cashier works
    assert "Corner Store Welcome" in seen_words(display)
    pole_shows(qtbot, pole_file, "      Welcome       ", "    Corner Store    ")
    assert QApplication.activeWindow() is window
    assert focus_is_in(qtbot, window).objectName() == "scanEntry"

    scan(qtbot, ui_ctx, "2001")
    assert display_lines(display) == [["Wool Scarf", "1", "17.50", ""]]
    assert "TOTAL 17.50" in seen_words(display)
    pole_shows(qtbot, pole_file, "Wool Scarf     17.50", "TOTAL          17.50")
    keys_stay_with_the_cashier(window, display)

    type_text(qtbot, "3*")
    scan(qtbot, ui_ctx, "2002")
    assert display_lines(display) == [
        ["Wool Scarf", "1", "17.50", ""],
        ["Lemon Soap", "3", "4.50", "3 for 4.00 -0.50"],
    ]
    assert display_lines(display) == cashier_lines(window)
    assert cashier_total(window) == "21.50"
    assert "Promotions -0.50 TOTAL 21.50" in seen_words(display)
    assert "Welcome" not in seen_words(display)
    pole_shows(qtbot, pole_file, "3 x Lemon Soap  4.50", "TOTAL          21.50")

    press(qtbot, Qt.Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Payment")
    assert focus_is_in(qtbot, dialog).objectName() == "cashTendered"
    type_text(qtbot, "2")
    assert "Tendered 2.00" in seen_words(display)
    assert "Change" not in seen_words(display)
    pole_shows(qtbot, pole_file, "TOTAL          21.50", "CASH            2.00")
    type_text(qtbot, "5")
    assert "TOTAL 21.50 Tendered 25.00 Change 3.50" in seen_words(display)
    pole_shows(qtbot, pole_file, "TOTAL          21.50", "CHANGE          3.50")
    keys_stay_with_the_cashier(window, display)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)

    assert sales(db) == 1
    assert "Change 3.50" in seen_words(window)  # the cashier's banner says the same
    shown = seen_words(display)
    assert "Thank you! Total 21.50 Tendered 25.00 Change 3.50" in shown
    assert "Wool Scarf" not in shown
    pole_shows(qtbot, pole_file, "     THANK YOU      ", "CHANGE          3.50")

    scan(qtbot, ui_ctx, "2002")  # the next customer: their line, never the last sale's
    assert display_lines(display) == [["Lemon Soap", "1", "1.50", ""]]
    assert "Thank you" not in seen_words(display)
    assert focus_is_in(qtbot, window).objectName() == "scanEntry"
    assert display.windowHandle() not in keyboard_moves
    assert QApplication.activeWindow() is window
    pole_shows(qtbot, pole_file, "Lemon Soap      1.50", "TOTAL           1.50")
    assert pole_file.read_bytes().count(b"\x1b@") == 1  # initialised once


def test_the_thank_you_gives_way_to_the_welcome_after_a_while(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    shelf: dict[str, Product],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(customer_display_link, "THANKS_MS", 300)
    ui_ctx.settings.save(customer_display=True)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    display = the_display(qtbot)
    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    press(qtbot, Qt.Key.Key_A, ALT)  # C&ard (external terminal): no change to give
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Thank you! Total 17.50" in seen_words(display)
    assert "Change" not in seen_words(display)
    qtbot.waitUntil(lambda: "Welcome" in seen_words(display), timeout=3_000)
    assert "Thank you" not in seen_words(display)
    assert focus_is_in(qtbot, window).objectName() == "scanEntry"


def test_a_cancelled_payment_goes_back_to_the_lines(
    qtbot: QtBot, ui_ctx: AppContext, people: People, shelf: dict[str, Product]
) -> None:
    ui_ctx.settings.save(customer_display=True)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    display = the_display(qtbot)
    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "50")
    assert "Change 32.50" in seen_words(display)
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    shown = seen_words(display)
    assert "TOTAL 17.50" in shown
    assert "Tendered" not in shown and "Change" not in shown
    assert display_lines(display) == [["Wool Scarf", "1", "17.50", ""]]
    assert focus_is_in(qtbot, window).objectName() == "scanEntry"


def test_no_display_unless_the_counter_has_one_and_settings_turn_it_on_and_off(
    qtbot: QtBot, ui_ctx: AppContext, people: People, shelf: dict[str, Product]
) -> None:
    window = open_counter(qtbot, ui_ctx, people.admin)
    scan(qtbot, ui_ctx, "2001")
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "customerDisplay"]

    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, "Settings")
    press(qtbot, Qt.Key.Key_Y, ALT)  # the "Customer displa&y" tab
    press(qtbot, Qt.Key.Key_H, ALT)  # S&how a customer display (a click after 0.1 s)
    box = shown_child(dialog, QCheckBox, "customerDisplayOn")
    qtbot.waitUntil(box.isChecked, timeout=2_000)
    assert focus_is_in(qtbot, dialog).objectName() == "customerDisplayOn"
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))
    check_window_fits(dialog)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)

    assert ui_ctx.settings.customer_display is True
    display = the_display(qtbot)  # at once, no new sign-in
    assert display_lines(display) == [["Wool Scarf", "1", "17.50", ""]]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    assert focus_is_in(qtbot, window).objectName() == "scanEntry"
    scan(qtbot, ui_ctx, "2002")
    assert [row[0] for row in display_lines(display)] == ["Wool Scarf", "Lemon Soap"]

    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, "Settings")
    press(qtbot, Qt.Key.Key_Y, ALT)
    press(qtbot, Qt.Key.Key_H, ALT)
    box = shown_child(dialog, QCheckBox, "customerDisplayOn")
    qtbot.waitUntil(lambda: not box.isChecked(), timeout=2_000)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert ui_ctx.settings.customer_display is False
    qtbot.waitUntil(lambda: not displays(), timeout=2_000)


def test_a_pole_port_that_cannot_be_one_is_refused_in_place(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    open_counter(qtbot, ui_ctx, people.admin)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, "Settings")
    press(qtbot, Qt.Key.Key_Y, ALT)
    press(qtbot, Qt.Key.Key_P, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "poleDisplay"
    type_text(qtbot, "COM3:12")
    enter(qtbot)
    assert "The serial speed (baud) must be a number from 300 to 921600" in seen_words(dialog)
    assert focus_is_in(qtbot, dialog).objectName() == "poleDisplay"
    assert ui_ctx.settings.pole_display == ""
    assert active_title() == "Settings"
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)


def active_title() -> str:
    dialog = QApplication.activeModalWidget()
    return dialog.windowTitle() if dialog is not None else ""


def test_a_pole_display_that_fails_is_said_once_and_the_sale_goes_through(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    db: Database,
    shelf: dict[str, Product],
    tmp_path: Path,
) -> None:
    unplugged = tmp_path / "unplugged" / "pole"
    ui_ctx.settings.save(pole_display=str(unplugged))
    window = open_counter(qtbot, ui_ctx, people.cashier)
    message = f"Customer pole display: Cannot reach the pole display at {unplugged}"
    qtbot.waitUntil(lambda: message in window.statusBar().currentMessage(), timeout=5_000)
    window.statusBar().clearMessage()
    scan(qtbot, ui_ctx, "2001")
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "20")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    qtbot.wait(200)  # the pole's thread has tried (and failed) again meanwhile
    assert sales(db) == 1
    assert "Sale completed: sale 1" in seen_words(window)
    assert window.statusBar().currentMessage() == ""  # said once, not at every scan
    assert not displays()  # a pole display alone opens no window


SECOND_SCREEN = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QWidget
    from pos_app.ui.cart_model import CartModel
    from pos_app.ui.customer_display import CustomerDisplay

    app = QApplication(sys.argv[:1])
    first, second = app.screens()
    cashier = QWidget()
    cashier.setGeometry(100, 100, 800, 600)
    cashier.show()
    display = CustomerDisplay(CartModel(), "Corner Store")
    display.place(cashier)
    app.processEvents()
    print(json.dumps({
        "cashier": cashier.screen().name(),
        "display": display.screen().name(),
        "full": display.isFullScreen(),
        "geometry": display.geometry().getRect(),
    }))
    """
)


def test_on_a_second_screen_the_display_fills_it(tmp_path: Path) -> None:
    """Two screens (Qt's offscreen platform, told so by a configuration file): full
    screen on the one that is not the cashier's."""
    config = tmp_path / "screens.json"
    screens = [
        {"name": "Till", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "Customer", "x": 1366, "y": 0, "width": 800, "height": 480},
    ]
    config.write_text(json.dumps({"screens": screens}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    assert placed == {
        "cashier": "Till",
        "display": "Customer",
        "full": True,
        "geometry": [1366, 0, 800, 480],
    }


def test_on_one_screen_it_is_an_ordinary_window_beside_the_till(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    assert len(QGuiApplication.screens()) == 1
    ui_ctx.settings.save(customer_display=True)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    display = the_display(qtbot)
    assert not display.isFullScreen()
    assert display.windowTitle().endswith("customer display")
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert display.width() <= room.width() and display.height() <= room.height()
    assert QApplication.activeWindow() is window
