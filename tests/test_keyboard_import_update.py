"""The keyboard trial's spreadsheet round trip: a manager exports the products, changes
prices in a spreadsheet and imports the file back. Every row used to be refused ("Barcode
... is already used"); now the preview says what will change before Import, and the
import updates the products the store has and adds the new rows. Keys go only to the
focused widget; what is read is what a person sees, and the database."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    CTRL,
    SHIFT,
    cells,
    enter,
    focus_is_in,
    open_counter,
    press,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)"),  # file chooser
]


def choose_file(qtbot: QtBot, ctx: AppContext, title: str, path: Path) -> None:
    """The file chooser titled ``title``: type the whole path, Enter."""
    wait_for_dialog(qtbot, title)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(path))
    enter(qtbot)
    settle(qtbot, ctx)


def test_an_exported_file_edited_in_a_spreadsheet_imports_back_by_keyboard(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    new_product(services, people.manager, "Loose Tea", "2.25", 7)  # no barcode
    window = open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Qt.Key.Key_3, CTRL)  # Inventory
    settle(qtbot, ui_ctx)
    exported = tmp_path / "products.csv"
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    choose_file(qtbot, ui_ctx, "Export products", exported)
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Exported 2 products" in seen_words(window), timeout=10_000)

    # In the spreadsheet: a new price, a shelf count that is not the stock, a new row.
    with exported.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["name"] == "Blue Mug":
            row["price"], row["stock"] = "4.95", "12"
    rows.append({**rows[0], "name": "Red Scarf", "price": "13.00", "stock": "2", "barcode": ""})
    with exported.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    press(qtbot, Qt.Key.Key_I, CTRL)
    choose_file(qtbot, ui_ctx, "Import products", exported)
    dialog = wait_for_dialog(qtbot, "Import products from products.csv")
    focus_is_in(qtbot, dialog, "importPreview")
    qtbot.waitUntil(lambda: "Check them" in seen_words(dialog), timeout=10_000)
    shown = seen_words(dialog)
    assert "New: 1 · To update: 1 (1 new prices) · Unchanged: 1." in shown
    preview = dialog.findChild(QTableView, "importPreview")
    assert preview is not None
    said = {row[2]: row[0] for row in cells(preview)}  # product name: what happens to it
    assert said == {"Blue Mug": "Price 4.50 → 4.95", "Loose Tea": "Unchanged", "Red Scarf": "New"}
    assert "does not change the stock of products the store has (1 rows" in shown
    enter(qtbot)  # Import, the default button
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Imported. New: 1 · Updated: 1 (1 new prices) · Unchanged: 1." in seen_words(window)
    assert services.inventory.get(people.manager, mug.id).price == Decimal("4.95")
    assert services.inventory.get(people.manager, mug.id).stock == 10
    found = services.inventory.search(people.manager, limit=10).items
    assert sorted(p.name for p in found) == ["Blue Mug", "Loose Tea", "Red Scarf"]
