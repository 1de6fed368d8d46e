"""The product dialog's tax rate and variable-price fields, by keyboard only (issue 12):
where the cursor starts, the Tab order through the new fields, their mnemonics, a refused
barcode fixed in place, and what ends up in the database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    enter,
    focus_is_in,
    focused,
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
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from test_keyboard_dialogs import check_window_fits, duplicates, mnemonics

from pos_app.services import Services
from pos_app.services.product_fields import VARIABLE_PRICE_BARCODE
from pos_app.services.records import Actor, Product
from pos_app.services.taxes import TaxRateRecord
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


@dataclass
class Deli:
    services: Services
    people: People
    standard: TaxRateRecord
    reduced: TaxRateRecord
    cheddar: Product


@pytest.fixture
def deli(services: Services, people: People) -> Deli:
    manager = people.manager
    standard = services.taxes.add_rate(manager, "Standard", "20")
    reduced = services.taxes.add_rate(manager, "Reduced", "5.5")
    cheddar = new_product(services, manager, "Cheddar", "12.90", 4, "4006381333931", "food")
    return Deli(services, people, standard, reduced, cheddar)


@pytest.fixture
def counter(qtbot: QtBot, ui_ctx: AppContext) -> Iterator[AppContext]:
    yield ui_ctx
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isModal():
            widget.close()


def inventory(qtbot: QtBot, ctx: AppContext, actor: Actor) -> MainWindow:
    window = open_counter(qtbot, ctx, actor)
    press(qtbot, Key.Key_3, Ctrl)
    settle(qtbot, ctx)
    assert window.stack.currentWidget() is window.workspaces["Inventory"]
    return window


def open_edit(qtbot: QtBot, ctx: AppContext, name: str) -> QWidget:
    """Find the product by name (Ctrl+F), open it (Ctrl+E): the cursor is in its name."""
    press(qtbot, Key.Key_F, Ctrl)
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, name)
    settle(qtbot, ctx)
    enter(qtbot)
    settle(qtbot, ctx)
    press(qtbot, Key.Key_E, Ctrl)
    dialog = wait_for_dialog(qtbot, f"Edit {name}")
    settle(qtbot, ctx)
    assert focus_is_in(qtbot, dialog).objectName() == "name"
    return dialog


def tab_through(qtbot: QtBot, count: int) -> list[str]:
    """Press Tab ``count`` times; the field the cursor is in after each."""
    names = []
    for _ in range(count):
        press(qtbot, Key.Key_Tab)
        names.append(focused().objectName())
    return names


def check_fits_and_letters(dialog: QWidget) -> None:
    check_window_fits(dialog)
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))


def test_a_manager_sets_the_flag_and_the_rate_by_keys_and_fixes_a_refused_barcode(
    qtbot: QtBot, counter: AppContext, deli: Deli
) -> None:
    manager, inv = deli.people.manager, deli.services.inventory
    window = inventory(qtbot, counter, manager)
    dialog = open_edit(qtbot, counter, "Cheddar")
    check_fits_and_letters(dialog)
    assert "Category's rate" in seen(dialog)
    # the new fields come after the barcode, before Active and the buttons
    assert tab_through(qtbot, 7) == [
        "category",
        "price",
        "description",
        "barcode",
        "variablePrice",
        "taxRate",
        "active",
    ]
    press(qtbot, Key.Key_Tab, Shift)
    press(qtbot, Key.Key_Tab, Shift)
    assert focused().objectName() == "variablePrice"
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "taxRate"
    press(qtbot, Key.Key_Down)  # Standard (20%)
    press(qtbot, Key.Key_Down)  # Reduced (5.5%)
    assert "Reduced (5.5%)" in seen(dialog)
    enter(qtbot)
    settle(qtbot, counter)

    # its barcode is a full EAN-13, not a label's prefix and item code: refused in place
    assert VARIABLE_PRICE_BARCODE in seen_words(dialog)
    assert focused().objectName() == "barcode"
    check_fits_and_letters(dialog)  # the message made the dialog taller: it still fits
    unchanged = inv.get(manager, deli.cheddar.id)
    assert (unchanged.variable_price, unchanged.tax_rate_id) == (False, None)

    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "2012345")
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    saved = inv.get(manager, deli.cheddar.id)
    assert (saved.variable_price, saved.barcode, saved.tax_rate_id) == (
        True,
        "2012345",
        deli.reduced.id,
    )
    assert "Saved Cheddar" in seen(window)

    # opened again, it shows what was saved; Alt+X reaches the rate, Home is the category's
    dialog = open_edit(qtbot, counter, "Cheddar")
    assert "Reduced (5.5%)" in seen(dialog)
    press(qtbot, Key.Key_V, Alt)
    flag = focused()
    assert isinstance(flag, QCheckBox) and flag.objectName() == "variablePrice"
    assert flag.isChecked()
    press(qtbot, Key.Key_X, Alt)
    assert focused().objectName() == "taxRate"
    press(qtbot, Key.Key_Home)
    assert "Category's rate" in seen(dialog)
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    again = inv.get(manager, deli.cheddar.id)
    assert (again.tax_rate_id, again.variable_price) == (None, True)


def test_a_manager_adds_a_variable_price_product_with_its_rate_by_keys(
    qtbot: QtBot, counter: AppContext, deli: Deli
) -> None:
    manager = deli.people.manager
    inventory(qtbot, counter, manager)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Add product")
    settle(qtbot, counter)
    assert focus_is_in(qtbot, dialog).objectName() == "name"
    type_text(qtbot, "Loose apples")
    assert tab_through(qtbot, 2) == ["category", "price"]
    type_text(qtbot, "3.20")
    assert tab_through(qtbot, 2) == ["description", "barcode"]
    type_text(qtbot, "2054321")
    assert tab_through(qtbot, 1) == ["variablePrice"]
    press(qtbot, Key.Key_Space)
    assert tab_through(qtbot, 1) == ["taxRate"]
    press(qtbot, Key.Key_Down)
    assert "Standard (20%)" in seen(dialog)
    assert tab_through(qtbot, 1) == ["stock"]
    type_text(qtbot, "5")
    check_fits_and_letters(dialog)
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    [apples] = deli.services.inventory.search(manager, "Loose apples").items
    assert (apples.variable_price, apples.barcode, apples.tax_rate_id, apples.stock) == (
        True,
        "2054321",
        deli.standard.id,
        5,
    )


def test_a_cashier_sees_the_rate_but_cannot_reach_or_change_it(
    qtbot: QtBot, counter: AppContext, deli: Deli
) -> None:
    deli.services.taxes.set_product_rate(deli.people.manager, deli.cheddar.id, deli.standard.id)
    inventory(qtbot, counter, deli.people.cashier)
    dialog = open_edit(qtbot, counter, "Cheddar")
    check_fits_and_letters(dialog)
    assert "Standard (20%)" in seen(dialog)
    rate = [w for w in dialog.findChildren(QComboBox, "taxRate") if w.isVisible()]
    assert len(rate) == 1 and not rate[0].isEnabled()
    assert rate[0].toolTip() == "Only a manager or an admin can change a product's tax rate"
    # Tab skips it: the flag, then Active, then the manager's name and password
    assert tab_through(qtbot, 8)[4:] == [
        "variablePrice",
        "active",
        "managerUser",
        "managerPassword",
    ]


def test_a_rate_retired_while_the_dialog_was_open_keeps_the_rest_and_says_so(
    qtbot: QtBot, counter: AppContext, deli: Deli
) -> None:
    manager, services = deli.people.manager, deli.services
    inventory(qtbot, counter, manager)
    dialog = open_edit(qtbot, counter, "Cheddar")
    assert tab_through(qtbot, 2) == ["category", "price"]
    type_text(qtbot, "13.50")
    press(qtbot, Key.Key_X, Alt)
    press(qtbot, Key.Key_End)  # Reduced (5.5%), the last one
    assert "Reduced (5.5%)" in seen(dialog)
    services.taxes.set_rate_active(manager, deli.reduced.id, False)  # in Pricing, meanwhile
    enter(qtbot)
    settle(qtbot, counter)
    assert dialog.isVisible()
    assert "Saved Cheddar, but not its tax rate: Tax rate Reduced is retired" in seen_words(dialog)
    assert focused().objectName() == "taxRate"
    after = services.inventory.get(manager, deli.cheddar.id)
    assert (str(after.price), after.tax_rate_id) == ("13.50", None)
    # Enter again: nothing else to save, and the retired rate is still refused
    enter(qtbot)
    settle(qtbot, counter)
    assert "Tax rate Reduced is retired" in seen_words(dialog)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert services.inventory.get(manager, deli.cheddar.id) == after


def test_a_variable_price_product_at_0_00_is_not_asked_about_as_a_free_item(
    qtbot: QtBot, counter: AppContext, deli: Deli
) -> None:
    """The full-day trial was asked "Sell Deli Cheese by weight for free (0.00)?": its
    labels carry its price, so 0.00 in the dialog gives nothing away."""
    manager = deli.people.manager
    inventory(qtbot, counter, manager)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Add product")
    settle(qtbot, counter)
    assert focus_is_in(qtbot, dialog).objectName() == "name"
    type_text(qtbot, "Deli cheese by weight")
    assert tab_through(qtbot, 2) == ["category", "price"]
    type_text(qtbot, "0")
    assert tab_through(qtbot, 2) == ["description", "barcode"]
    type_text(qtbot, "2112345")
    assert tab_through(qtbot, 1) == ["variablePrice"]
    press(qtbot, Key.Key_Space)
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)  # no "Free item" question came up
    [cheese] = deli.services.inventory.search(manager, "Deli cheese").items
    assert (cheese.variable_price, cheese.price) == (True, 0)
