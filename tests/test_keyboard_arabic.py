"""The counter in Arabic (and French), at 1366x768, as the French and Arabic keyboard
trial found it: in the Customers list a balance of 25.50 read "5.50 $" (the Balance
column was cut at the table's far end, behind long e-mails), a phone number read
backwards ("456 123 600 212+"), and a customer just registered was not selected; the
status bar's database path had its slash at the wrong end; in French the stock history
read 36 as "3"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import People
from helpers import new_customer, new_product
from keyboard import (
    CTRL,
    SHIFT,
    active_dialog,
    enter,
    focus_is_in,
    open_counter,
    press,
    seen,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot
from test_i18n import press_mnemonic

from pos_app.services import Services
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import LRI, PDI, install_language

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def arabic(qapp: object) -> Iterator[None]:
    install_language("ar")
    yield
    install_language("en")


def test_in_arabic_a_balance_is_in_full_view_and_a_phone_reads_in_order(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, arabic: None
) -> None:
    services.customers.register(
        people.manager,
        username="nadia",
        password="Counter-2026x",
        name="Nadia Benali",
        phone="+212 600 123 456",
        email="nadia.benali.long.address@example-mail-provider.com",
    )
    new_customer(services, people.manager, "older", "25.50")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Qt.Key.Key_2, CTRL)  # Customers
    settle(qtbot, ui_ctx)
    press(qtbot, Qt.Key.Key_Down)  # from the search field into the list
    table = focus_is_in(qtbot, window, "customersTable")
    assert isinstance(table, QTableView)
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    balance = titles.index("الرصيد")
    phone = titles.index("الهاتف")
    viewport = table.viewport().rect()
    for row in range(model.rowCount()):
        cell = table.visualRect(model.index(row, balance))
        assert viewport.contains(cell), (row, cell, viewport)  # every digit on screen
    shown = [str(model.index(row, phone).data()) for row in range(model.rowCount())]
    assert f"{LRI}+212 600 123 456{PDI}" in shown


def test_in_arabic_a_customer_just_registered_is_selected_and_ctrl_t_tops_them_up(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, arabic: None
) -> None:
    """The Arabic trial registered a customer and Ctrl+T did nothing: QTableView's own
    selectRow selected no column right to left, so nobody was selected."""
    for n in range(30):
        new_customer(services, people.manager, f"cust{n:02d}")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Qt.Key.Key_2, CTRL)  # Customers
    settle(qtbot, ui_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, "تسجيل زبون")
    assert focus_is_in(qtbot, dialog).objectName() == "username"
    for text in ("cust15b", "ann-pass-12", "Ann Lee", "+44 20 7946 0958", "ann@example.org"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Ann Lee" in seen_words(window)  # the detail shows the newcomer
    press(qtbot, Qt.Key.Key_T, CTRL)
    top_up = wait_for_dialog(qtbot, "شحن cust15b")
    assert focus_is_in(qtbot, top_up).objectName() == "amount"


def test_in_arabic_the_database_path_in_the_status_bar_stays_left_to_right(
    qtbot: QtBot, ui_ctx: AppContext, people: People, arabic: None
) -> None:
    window = open_counter(qtbot, ui_ctx, people.cashier)
    shown = window.database_label.toolTip()
    assert f"{LRI}{ui_ctx.database_location}{PDI}" in shown


def test_in_french_a_restock_reads_its_stock_after_in_full_in_the_narrow_history(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    """The French trial restocked a croissant to 36 and the stock history's "Stock après"
    column, cut by the panel's edge behind a long date, read "3"."""
    install_language("fr")
    try:
        new_product(services, people.manager, "Croissant au beurre", "1.20", 12, "3017620")
        window = open_counter(qtbot, ui_ctx, people.manager)
        press(qtbot, Qt.Key.Key_3, CTRL)  # Stock
        settle(qtbot, ui_ctx)
        type_text(qtbot, "3017620")
        enter(qtbot)
        settle(qtbot, ui_ctx)
        press(qtbot, Qt.Key.Key_R, CTRL)
        wait_for_dialog(qtbot, "Réapprovisionner Croissant au beurre")
        type_text(qtbot, "24")
        enter(qtbot)
        wait_no_dialog(qtbot)
        settle(qtbot, ui_ctx)
        history = window.findChild(QTableView, "historyTable")
        assert history is not None
        model = history.model()
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5_000)
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        after, when = titles.index("Stock après"), titles.index("Quand")
        assert str(model.index(0, after).data()) == "36"
        # The figures come before the long date, where the panel's edge cannot cut them
        # (how wide a date is depends on the screen's font; the order does not).
        first = history.visualRect(model.index(0, after))
        assert first.right() < history.visualRect(model.index(0, when)).left()
        assert history.viewport().rect().contains(first)
    finally:
        install_language("en")


def test_in_arabic_closing_the_day_asks_with_each_figure_on_a_line_of_its_own(
    qtbot: QtBot, ui_ctx: AppContext, people: People, arabic: None
) -> None:
    """The Arabic trial's question read "(الفرق $" at the end of one line and "64.11-)."
    at the start of the next: an amount wrapped inside prose loses its order."""
    open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)  # end of day: "إقفال اليوم"
    dialog = wait_for_dialog(qtbot, "إقفال اليوم")
    settle(qtbot, ui_ctx)
    assert focus_is_in(qtbot, dialog).objectName() == "countedCash"
    type_text(qtbot, "12.5")
    close = dialog.findChild(QPushButton, "closeDay")
    assert close is not None
    press_mnemonic(close.text())  # Alt and its underlined Arabic letter
    qtbot.waitUntil(lambda: active_dialog() not in (None, dialog), timeout=5_000)
    ask = active_dialog()
    assert ask is not None
    lines = [line.strip() for line in seen(ask).splitlines()]
    assert f"النقد المعدود: {LRI}12.50{PDI}" in lines, lines
    assert f"الفرق: {LRI}12.50{PDI}" in lines, lines
    press(qtbot, Qt.Key.Key_Escape)
