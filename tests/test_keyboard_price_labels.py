"""Price labels at the checkout, as a cashier meets them (issue 12): the real main window,
keys sent only to whatever has focus, only what a person sees and the database read back.

Two packs of cheese from the store's scale are two lines at their labels' prices; a
misread label beeps, says so and adds nothing; the sale charges the labels' prices."""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_product
from keyboard import cells, open_counter, scan, seen_words, settle, shown_child, wait_no_dialog
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from test_keyboard_discounts import pay_cash, quoted_total

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.barcodes import label_for
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def cheese(db: Database, services: Services, people: People) -> int:
    services.taxes.update_settings(people.manager, {"price_barcode_prefixes": "20"})
    product = new_product(services, people.manager, "Cheddar", "9.99", 20, None, "food")
    db.write(
        lambda tx: tx.session.execute(
            update(models.Product)
            .where(models.Product.id == product.id)
            .values(variable_price=True, barcode="2012345")
        )
    )
    return product.id


def test_two_packs_are_two_lines_at_their_labels_prices_and_a_misread_label_adds_nothing(
    qtbot: QtBot, ui_ctx: AppContext, people: People, cheese: int, db: Database
) -> None:
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, label_for("2012345", 1234))
    scan(qtbot, ui_ctx, label_for("2012345", 850))
    scan(qtbot, ui_ctx, label_for("2012345", 1234))  # a second pack at 12.34: one line, 2
    settle(qtbot, ui_ctx)
    rows = [row[:4] for row in cells(shown_child(window, QTableView, "cartTable"))]
    assert rows == [["Cheddar", "2", "12.34", "24.68"], ["Cheddar", "1", "8.50", "8.50"]]
    assert quoted_total(window) == "33.18"

    scan(qtbot, ui_ctx, "2012345012348")  # the last digit misread
    settle(qtbot, ui_ctx)
    assert "does not check out" in seen_words(window)
    assert "nothing was added" in seen_words(window)
    assert len(cells(shown_child(window, QTableView, "cartTable"))) == 2

    pay_cash(qtbot, ui_ctx, "40", "33.18")
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Sale completed" in seen_words(window)
    sold = db.read(
        lambda tx: sorted(
            tx.session.execute(
                select(models.SaleLine.quantity, models.SaleLine.unit_price_cents)
            ).all()
        )
    )
    assert [tuple(r) for r in sold] == [(1, 850), (2, 1234)]
