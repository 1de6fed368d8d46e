"""From a search field to what it found by keyboard (Inventory, Customers): type, Down,
and the first row found is chosen with the keys in the list, so Ctrl+E edits it. Found
under Xvfb: Down did nothing, and Edit stayed off until a click."""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_customer, new_product
from keyboard import (
    CTRL,
    focused,
    go_to,
    open_counter,
    press,
    seen_words,
    type_text,
    wait_for_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only


def chosen_row(view: QTableView) -> str:
    index = view.currentIndex()
    return str(index.siblingAtColumn(0).data()) if index.isValid() else ""


def test_down_from_the_product_search_chooses_the_first_product_found(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    new_product(services, people.manager, name="Desk Lamp", price="20.00", stock=3)
    new_product(services, people.manager, name="Lamp Shade", price="8.00", stock=3)
    new_product(services, people.manager, name="Rope", price="1.00", stock=3)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Inventory")
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused().objectName() == "productSearch"
    type_text(qtbot, "lamp")
    qtbot.waitUntil(lambda: "2 products" in seen_words(window), timeout=5_000)
    press(qtbot, Qt.Key.Key_Down)
    table = focused()
    assert isinstance(table, QTableView) and table.objectName() == "productTable"
    assert chosen_row(table) == "Desk Lamp"
    press(qtbot, Qt.Key.Key_Down)
    assert chosen_row(table) == "Lamp Shade"
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = wait_for_dialog(qtbot, "Edit")
    assert "Lamp Shade" in dialog.windowTitle() or "Lamp Shade" in seen_words(dialog)


def test_down_from_the_customer_search_chooses_the_first_customer_found(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    new_customer(services, people.cashier, "annabel")
    new_customer(services, people.cashier, "annie")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Customers")
    type_text(qtbot, "ann")
    qtbot.waitUntil(lambda: "annie" in seen_words(window), timeout=5_000)
    press(qtbot, Qt.Key.Key_Down)
    table = focused()
    assert isinstance(table, QTableView) and table.objectName() == "customersTable"
    assert chosen_row(table) == "annabel"
