"""Switching user with a cart on screen, by keyboard: the cart is parked for the one who
rang it up, and the next person is told what happened to it, truly.

The second keyboard trial: after Ctrl+Shift+U the next cashier read "Cart brought back
from before the app stopped: 3 items, rung up by admin" over an empty cart, with "Cart
parked (3 items)" below it. The app had not stopped and no cart was brought back."""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_product
from keyboard import cells, scan, seen_words, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from test_keyboard_settings_language import controller, sign_in  # noqa: F401 (a fixture)

from pos_app.app import AppController
from pos_app.services import Services

pytestmark = pytest.mark.sqlite_only


def test_switching_user_parks_the_cart_and_says_only_that(
    qtbot: QtBot,
    controller: AppController,  # noqa: F811 (a fixture)
    people: People,
    services: Services,
) -> None:
    new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    controller.start()
    window = sign_in(qtbot, controller, "Sign in", "manager1")
    assert controller.ctx is not None
    scan(qtbot, controller.ctx, "3*1001")
    qtbot.keyClick(
        window.focusWidget(),
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    again = sign_in(qtbot, controller, "Sign in", "cashier1")
    assert controller.ctx is not None
    settle(qtbot, controller.ctx)
    table = again.findChild(QTableView, "cartTable")
    assert table is not None and cells(table) == []
    words = seen_words(again)
    assert "brought back" not in words, words
    assert "parked" in words
    counter = controller.ctx.settings.counter_name
    [parked] = services.parked.list(people.manager, counter)
    assert [(line.quantity) for line in parked.lines] == [3]
