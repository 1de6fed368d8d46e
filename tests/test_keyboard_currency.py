"""The store's currency on screen (issue 17), by keys and eyes: amounts placed as the counter's
language places the currency, a comma typed as the decimal point in French, a yen store whose
figures are whole yen (a fractional price refused in place, nothing written), and the setting
chosen by keys in the Pricing workspace."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import cart, new_product
from keyboard import (
    ALT,
    CTRL,
    active_dialog,
    enter,
    focus_is_in,
    focused,
    go_to,
    open_counter,
    press,
    seen,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_app.app import AppController
from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.currency import CURRENCIES, store_currency
from pos_app.domain.money import format_money
from pos_app.services import Services
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import LRI, PDI, install_language
from pos_app.ui.main_window import MainWindow
from pos_app.ui.money_format import use_store_currency

Key = Qt.Key
NBSP, NNBSP = "\u00a0", "\u202f"


# ---------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("language", "code", "amount", "shown"),
    [
        ("en", "USD", "1234.50", "$1,234.50"),
        ("en", "EUR", "1234.50", "€1,234.50"),
        ("en", "JPY", "1234", "¥1,234"),
        ("en", "USD", "-2.5", "-$2.50"),
        ("fr", "USD", "1234.50", f"1{NNBSP}234,50{NBSP}$"),
        ("fr", "EUR", "1234.50", f"1{NNBSP}234,50{NBSP}€"),
        ("fr", "JPY", "1234", f"1{NNBSP}234{NBSP}¥"),
        ("fr", "EUR", "-2.5", f"-2,50{NBSP}€"),
        # Arabic: the figures as everywhere else in the app, kept left to right as a whole
        ("ar", "USD", "1234.50", f"{LRI}1,234.50{NBSP}${PDI}"),
        ("ar", "EUR", "1234.50", f"{LRI}1,234.50{NBSP}€{PDI}"),
        ("ar", "JPY", "1234", f"{LRI}1,234{NBSP}¥{PDI}"),
        ("ar", "EUR", "-2.5", f"{LRI}-2.50{NBSP}€{PDI}"),
        ("ar", "LBP", "150000", f"{LRI}150,000{NBSP}ل.ل.{PDI}"),
    ],
)
def test_money_is_placed_as_the_language_places_the_currency(
    qapp: QApplication, language: str, code: str, amount: str, shown: str
) -> None:
    install_language(language)
    try:
        use_store_currency(CURRENCIES[code])
        assert format_money(Decimal(amount)) == shown
    finally:
        install_language("en")


# ---------------------------------------------------------------- signing in for real


@pytest.fixture
def controller(qtbot: QtBot, db_url: str, people: People) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = AppController(app, db_url, None)
    yield made
    made.shutdown()


def sign_in(
    qtbot: QtBot, controller: AppController, username: str, title: str = "Sign in"
) -> MainWindow:
    """Through the real sign-in, which reads the store's currency before the window opens."""
    controller.start()
    dialog = wait_for_dialog(qtbot, title)
    focus_is_in(qtbot, dialog, "username")
    type_text(qtbot, username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
    enter(qtbot)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


def the_dialog(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: active_dialog() is not None, timeout=5_000)
    dialog = active_dialog()
    assert dialog is not None
    return dialog


def add_product_by_keys(qtbot: QtBot, ctx: AppContext, name: str, price: str) -> QWidget:
    """Inventory's Ctrl+N, a name, the price (two fields on), Enter."""
    press(qtbot, Key.Key_N, CTRL)
    dialog = the_dialog(qtbot)
    settle(qtbot, ctx)
    assert focus_is_in(qtbot, dialog).objectName() == "name"
    type_text(qtbot, name)
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "price"
    type_text(qtbot, price)
    enter(qtbot)
    settle(qtbot, ctx)
    return dialog


def product_count(db: Database) -> int:
    return int(db.read(lambda tx: tx.session.scalar(select(func.count(models.Product.id)))))


def sales(db: Database) -> list[tuple[int, int]]:
    query = select(models.Sale.total_cents, models.Sale.cash_rounding_cents)
    return [tuple(row) for row in db.read(lambda tx: tx.session.execute(query).all())]  # type: ignore[misc]


def cell_texts(window: QWidget, name: str) -> list[str]:
    table = window.findChild(QTableView, name)
    assert table is not None and table.isVisible()
    model = table.model()
    return [
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


# ---------------------------------------------------------------- French: a comma


def test_a_french_counter_types_a_comma_and_reads_euros(
    qtbot: QtBot, controller: AppController, services: Services, people: People, db: Database
) -> None:
    services.taxes.update_settings(people.manager, {"currency": "EUR"})
    install_language("fr")
    try:
        window = sign_in(qtbot, controller, "manager1", "Connexion")
        assert controller.ctx is not None
        press(qtbot, Key.Key_3, CTRL)
        settle(qtbot, controller.ctx)
        dialog = add_product_by_keys(qtbot, controller.ctx, "Pain de campagne", "1234,5")
        wait_no_dialog(qtbot)
        [bread] = services.inventory.search(people.manager, "Pain de campagne").items
        assert bread.price == Decimal("1234.50")
        settle(qtbot, controller.ctx)
        assert f"1{NNBSP}234,50{NBSP}€" in cell_texts(window, "productTable")
        assert dialog is not None
        # Fields are filled as a French counter types amounts (the trial read "1234.50").
        press(qtbot, Key.Key_E, CTRL)  # edit the product in the list
        edit = the_dialog(qtbot)
        settle(qtbot, controller.ctx)
        price = edit.findChild(QLineEdit, "price")
        assert price is not None and price.text() == "1234,50"
        press(qtbot, Key.Key_Escape)
        wait_no_dialog(qtbot)
        press(qtbot, Key.Key_1, CTRL)
        settle(qtbot, controller.ctx)
        press(qtbot, Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)  # end of day
        end_of_day = the_dialog(qtbot)
        settle(qtbot, controller.ctx)
        opening = end_of_day.findChild(QLineEdit, "openingFloat")
        assert opening is not None and opening.text() == "0,00"
    finally:
        install_language("en")


# ---------------------------------------------------------------- a yen store


def test_a_yen_store_refuses_fractional_yen_and_sells_in_whole_yen(
    qtbot: QtBot, controller: AppController, services: Services, people: People, db: Database
) -> None:
    manager = people.manager
    services.taxes.update_settings(manager, {"currency": "JPY", "cash_rounding_cents": 1000})
    new_product(services, manager, "Green tea", "333", 9, "1001")
    window = sign_in(qtbot, controller, "manager1")
    ctx = controller.ctx
    assert ctx is not None
    assert store_currency().code == "JPY"
    # A price with sen is refused under its field, and nothing is written.
    before = product_count(db)
    press(qtbot, Key.Key_3, CTRL)
    settle(qtbot, ctx)
    dialog = add_product_by_keys(qtbot, ctx, "Mochi", "120.50")
    assert active_dialog() is dialog
    assert "Price must be a whole number of JPY, without decimals" in seen(dialog)
    assert focused().objectName() == "price"
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert product_count(db) == before
    # Three teas at 333 yen: 999 yen; cash rounds to 10 yen, so 1,000 is due.
    press(qtbot, Key.Key_1, CTRL)
    settle(qtbot, ctx)
    assert focused().objectName() == "scanEntry"
    type_text(qtbot, "3*1001")
    enter(qtbot)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "TOTAL\n¥999" in seen(window) or "TOTAL ¥999" in seen(window))
    press(qtbot, Key.Key_F12)
    payment = wait_for_dialog(qtbot, "Payment")
    assert focus_is_in(qtbot, payment).objectName() == "cashTendered"
    assert "¥999" in seen(payment)
    type_text(qtbot, "999.5")  # sen do not exist: refused, nothing sold
    enter(qtbot)
    settle(qtbot, ctx)
    assert active_dialog() is payment
    assert "whole number of JPY" in seen(payment)
    assert sales(db) == []
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "2000")
    enter(qtbot)
    settle(qtbot, ctx)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Sale completed" in seen(window), timeout=10_000)
    assert "¥1,000" in seen(window)  # the change: 2,000 - 1,000
    assert "¥0" in seen(window)  # the emptied cart's total, in yen too
    assert sales(db) == [(99_900, 100)]  # 999 yen, rounded up by 1 yen in cash


# ---------------------------------------------------------------- the setting, by keys


def test_the_currency_is_chosen_by_keys_and_kept_once_sales_exist(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    manager = people.manager
    window = open_counter(qtbot, ui_ctx, manager)
    go_to(qtbot, ui_ctx, window, "Pricing")
    press(qtbot, Key.Key_K, ALT)  # Currency we ta&ke
    settle(qtbot, ui_ctx)
    assert focused().objectName() == "currency"
    assert not focused().visibleRegion().isEmpty()  # the settings scroll to the row
    label = next(w for w in window.findChildren(QLabel) if w.buddy() is focused())
    assert label.visibleRegion().boundingRect().width() == label.width()  # its label whole
    assert "USD ($)" in seen(window)
    type_text(qtbot, "J")  # a combo's own search: JPY (¥)
    assert "JPY (¥)" in seen(window)
    press(qtbot, Key.Key_S, CTRL)
    settle(qtbot, ui_ctx)
    assert "Pricing settings saved" in seen(window)
    assert services.taxes.settings(manager).currency == "JPY"
    assert format_money(Decimal(1500)) == "¥1,500"  # the screens write yen from now on
    # the drawer's coins stay as they were (a yen store types its own), never rounded
    assert "0.01, 0.05, 0.10, 0.25, 0.50, 1, 5, 10" in seen(window)
    # A sale in yen; then going back to cents is refused in place and nothing changes.
    tea = new_product(services, manager, "Tea", "500", 5, "1001")
    services.sales.checkout(people.cashier, cart((tea.id, 1)))
    press(qtbot, Key.Key_K, ALT)
    assert focused().objectName() == "currency"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search, not "JU"
    type_text(qtbot, "U")  # USD ($)
    assert "USD ($)" in seen(window)
    press(qtbot, Key.Key_S, CTRL)
    settle(qtbot, ui_ctx)
    assert "The currency cannot change from JPY to USD once sales exist" in seen(window)
    assert services.taxes.settings(manager).currency == "JPY"
