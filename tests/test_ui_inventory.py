"""The Inventory workspace through its real widgets, on a real SQLite database."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD, People, customer_actor, wait_idle
from helpers import buy, new_customer, new_product
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.domain.enums import StockMovementKind
from pos_app.services import Services
from pos_app.services.inventory import CSV_COLUMNS
from pos_app.services.records import Actor, Product
from pos_app.ui.context import AppContext
from pos_app.ui.inventory.product_dialog import ProductDialog
from pos_app.ui.workspaces.inventory import InventoryWorkspace
from pos_app.ui.workspaces.product_csv import (
    ProductImportDialog,
    read_product_csv,
    write_product_csv,
)

pytestmark = pytest.mark.sqlite_only

CLICK = Qt.MouseButton.LeftButton


Opener = Callable[[Actor], InventoryWorkspace]


@pytest.fixture
def open_as(qtbot: QtBot, ui_ctx: AppContext) -> Iterator[Opener]:
    """Opens the workspace for an actor and waits for its first page; at the end, lets
    every debounced query start and every result arrive while the widgets still exist."""
    opened: list[InventoryWorkspace] = []

    def open_workspace(actor: Actor) -> InventoryWorkspace:
        workspace = InventoryWorkspace(ui_ctx, actor)
        workspace.resize(1100, 600)
        opened.append(workspace)
        with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
            workspace.activated()
        wait_idle(qtbot, ui_ctx)
        return workspace

    yield open_workspace
    qtbot.waitUntil(
        lambda: not any(w.has_pending_query() for w in opened) and not ui_ctx.tasks.busy(),
        timeout=10_000,
    )
    for workspace in opened:  # closed here, not by qtbot, which would close them first
        workspace.close()
        workspace.deleteLater()


def names(workspace: InventoryWorkspace) -> list[str]:
    return [p.name for p in workspace.model.rows()]


def stored(services: Services, actor: Actor, text: str = "") -> list[Product]:
    return list(services.inventory.search(actor, text, include_inactive=True, limit=1000).items)


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def csv_row(name: str, price: str = "2.50", stock: str = "4", barcode: str = "") -> dict[str, str]:
    return {
        "name": name,
        "category": "food",
        "price": price,
        "description": "",
        "stock": stock,
        "barcode": barcode,
        "active": "yes",
    }


def test_add_shows_a_bad_price_inline_then_adds(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    workspace = open_as(people.manager)
    dialog = workspace.add_product()
    assert isinstance(dialog, ProductDialog)
    dialog.name.setText("Blue Mug")
    dialog.category.setCurrentIndex(dialog.category.findData("accessories"))
    dialog.price.setText("4.999")
    dialog.barcode.setText("MUG-1")
    dialog.stock.setValue(12)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    wait_idle(qtbot, ui_ctx)
    assert "at most two decimals" in dialog.form.error_label("price").text()
    assert dialog.isVisible()
    assert stored(services, people.manager) == []

    dialog.price.setText("4.99")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    qtbot.waitUntil(lambda: "Added Blue Mug" in workspace.message.text(), timeout=10_000)
    wait_idle(qtbot, ui_ctx)
    [product] = stored(services, people.manager)
    assert (product.name, product.price, product.stock, product.barcode) == (
        "Blue Mug",
        Decimal("4.99"),
        12,
        "MUG-1",
    )
    assert product.category == "accessories"
    assert names(workspace) == ["Blue Mug"]
    assert workspace.selected() == product


def test_a_taken_barcode_is_shown_under_the_barcode(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Apple", barcode="A-1")
    workspace = open_as(people.manager)
    dialog = workspace.add_product()
    assert dialog is not None
    dialog.name.setText("Pear")
    dialog.price.setText("1.00")
    dialog.barcode.setText("A-1")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    wait_idle(qtbot, ui_ctx)
    assert "already used" in dialog.form.error_label("barcode").text()
    assert [p.name for p in stored(services, people.manager)] == ["Apple"]


def test_edit_sends_only_the_changed_field(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    product = new_product(services, people.manager, "Green T-Shirt", price="19.99")
    workspace = open_as(people.manager)
    workspace.table.selectRow(0)
    dialog = workspace.edit_product()
    assert dialog is not None
    assert dialog.price.text() == "19.99"
    # another counter renames the product while this dialog is open
    services.inventory.update(people.admin, product.id, {"name": "Forest T-Shirt"})
    dialog.price.setText("17.50")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    qtbot.waitUntil(lambda: "Saved" in workspace.message.text(), timeout=10_000)
    after = services.inventory.get(people.manager, product.id)
    assert after.price == Decimal("17.50")
    assert after.name == "Forest T-Shirt"  # the stale name in the dialog was not sent
    assert workspace.model.record(0).price == Decimal("17.50")


def test_edit_with_no_change_says_so_and_writes_nothing(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Green T-Shirt")
    workspace = open_as(people.manager)
    workspace.table.selectRow(0)
    dialog = workspace.edit_product()
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert "Nothing was changed" in dialog.form.form_error.text()
    assert not ui_ctx.tasks.busy()


def test_restock_and_remove_one_change_stock_and_history(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    product = new_product(services, people.manager, "Green T-Shirt", stock=3)
    workspace = open_as(people.manager)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.history_model.rowCount() == 1, timeout=10_000)

    dialog = workspace.restock_product()
    assert dialog is not None
    dialog.quantity.setValue(5)
    dialog.reason.setText("Delivery 42")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "8 in stock" in workspace.message.text(), timeout=10_000)
    assert services.inventory.get(people.manager, product.id).stock == 8
    assert workspace.model.record(0).stock == 8
    qtbot.waitUntil(lambda: workspace.history_model.rowCount() == 2, timeout=10_000)
    newest = workspace.history_model.record(0)
    assert (newest.kind, newest.quantity, newest.reason) == (
        StockMovementKind.RESTOCK,
        5,
        "Delivery 42",
    )

    remove = workspace.remove_one()
    assert remove is not None
    qtbot.mouseClick(remove.ok_button, CLICK)
    assert remove.form.error_label("reason").isVisibleTo(remove)
    remove.reason.setCurrentText("Damaged")
    qtbot.mouseClick(remove.ok_button, CLICK)
    qtbot.waitUntil(lambda: "7 left" in workspace.message.text(), timeout=10_000)
    movements = services.inventory.movements(people.manager, product.id).items
    assert [(m.quantity, m.reason) for m in movements] == [
        (-1, "Damaged"),
        (5, "Delivery 42"),
        (3, "Opening stock"),
    ]
    qtbot.waitUntil(lambda: workspace.history_model.rowCount() == 3, timeout=10_000)


def test_search_as_you_type_and_the_filters_change_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Green T-Shirt", stock=3, category="clothes")
    new_product(services, people.manager, "Red T-Shirt", stock=40, category="clothes")
    new_product(services, people.manager, "Apple", stock=50, barcode="A-100", category="food")
    new_product(services, people.manager, "USB Cable", stock=1, category="electronics")
    ui_ctx.settings.save(low_stock_threshold=5)
    workspace = open_as(people.cashier)
    assert names(workspace) == ["Apple", "Green T-Shirt", "Red T-Shirt", "USB Cable"]
    assert workspace.count_label.text() == "4 products"

    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        qtbot.keyClicks(workspace.search_box, "shirt")
    wait_idle(qtbot, ui_ctx)
    assert names(workspace) == ["Green T-Shirt", "Red T-Shirt"]

    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        workspace.search_box.setText("A-100")
    assert names(workspace) == ["Apple"]

    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        workspace.search_box.clear()
    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        workspace.category_filter.setCurrentIndex(workspace.category_filter.findData("clothes"))
    assert names(workspace) == ["Green T-Shirt", "Red T-Shirt"]

    assert workspace.low_stock_filter.text() == "&Low stock (below 5)"
    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        workspace.low_stock_filter.setChecked(True)
    assert names(workspace) == ["Green T-Shirt"]

    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        workspace.category_filter.setCurrentIndex(0)
    assert workspace.category_filter.currentText() == "All categories"
    assert names(workspace) == ["Green T-Shirt", "USB Cable"]
    wait_idle(qtbot, ui_ctx)


def test_header_click_sorts_on_the_server(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Apple", price="3.00")
    new_product(services, people.manager, "Banana", price="1.00")
    new_product(services, people.manager, "Cherry", price="2.00")
    workspace = open_as(people.cashier)
    workspace.show()
    header = workspace.table.horizontalHeader()

    def click_section(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
            qtbot.mouseClick(header.viewport(), CLICK, pos=QPoint(x, header.height() // 2))

    click_section(2)  # Price
    assert names(workspace) == ["Banana", "Cherry", "Apple"]
    click_section(2)
    assert names(workspace) == ["Apple", "Cherry", "Banana"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    wait_idle(qtbot, ui_ctx)


def test_large_catalogue_pages_in_as_asked(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    rows = [csv_row(f"Product {n:04d}") for n in range(450)]
    assert services.inventory.import_products(people.manager, rows).imported == 450
    workspace = open_as(people.manager)
    model = workspace.model
    assert model.rowCount() == 200
    assert model.total == 450
    assert workspace.count_label.text() == "450 products"
    assert model.canFetchMore()

    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10_000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10_000)
    assert not model.canFetchMore()
    assert names(workspace) == [f"Product {n:04d}" for n in range(450)]
    wait_idle(qtbot, ui_ctx)


def test_ratings_arrive_after_the_page(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    product = new_product(services, people.manager, "Green T-Shirt", stock=5)
    new_product(services, people.manager, "Unrated Hat", stock=5)
    shoppers = [new_customer(services, people.manager, f"shopper{n}", "100.00") for n in (1, 2)]
    for shopper, stars in zip(shoppers, (4, 5), strict=True):
        buy(services, people.cashier, shopper.id, product.id)
        review = services.reviews.submit(
            customer_actor(shopper.id, shopper.username), product.id, stars
        )
        services.reviews.moderate(people.manager, review.id, "approved")

    workspace = open_as(people.cashier)
    rating_column = len(workspace.model.columns) - 1
    cell = workspace.model.index(0, rating_column)
    qtbot.waitUntil(lambda: cell.data() == "4.5 (2)", timeout=10_000)
    assert workspace.model.index(1, rating_column).data() == ""


def test_csv_import_with_a_bad_row_writes_nothing_and_reports_it(
    qtbot: QtBot,
    ui_ctx: AppContext,
    open_as: Opener,
    people: People,
    services: Services,
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "products.csv",
        [csv_row("Bread"), csv_row("Milk", price="abc"), csv_row("Eggs")],
    )
    workspace = open_as(people.manager)
    dialog = workspace.import_csv(str(path))
    assert isinstance(dialog, ProductImportDialog)
    # Refused as soon as it is read, before Import is offered.
    qtbot.waitUntil(lambda: dialog.problem_model.rowCount() == 1, timeout=10_000)
    assert dialog.preview_model.rowCount() == 3
    problem = dialog.problem_model.record(0)
    assert problem.line == 3  # the header is line 1, Milk is line 3
    assert "Price" in problem.message
    assert "nothing can be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.currentIndex().row() == 1
    assert stored(services, people.manager) == []


def test_good_csv_import_adds_the_products(
    qtbot: QtBot,
    ui_ctx: AppContext,
    open_as: Opener,
    people: People,
    services: Services,
    tmp_path: Path,
) -> None:
    path = tmp_path / "products.csv"
    # a spreadsheet's byte-order mark, a capitalised header and a blank line
    path.write_text(
        "\ufeffName,Category,Price,Stock,Barcode\nBread,food,2.50,4,B-1\n\nMilk,food,1.20,,\n",
        encoding="utf-8",
    )
    workspace = open_as(people.manager)
    dialog = workspace.import_csv(str(path))
    assert dialog is not None
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert [r.line for r in dialog.preview_model.rows()] == [2, 4]
    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, CLICK)
    assert workspace.message.text() == "Imported. New: 2."
    assert names(workspace) == ["Bread", "Milk"]
    bread, milk = stored(services, people.manager)
    assert (bread.price, bread.stock, bread.barcode) == (Decimal("2.50"), 4, "B-1")
    assert (milk.price, milk.stock, milk.barcode) == (Decimal("1.20"), 0, None)
    wait_idle(qtbot, ui_ctx)


def test_unreadable_csv_is_explained_in_the_dialog(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, tmp_path: Path
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("name,colour\nBread,brown\n", encoding="utf-8")
    workspace = open_as(people.manager)
    dialog = workspace.import_csv(str(path))
    assert dialog is not None
    qtbot.waitUntil(lambda: "Unknown column 'colour'" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()


def test_export_writes_every_product(
    qtbot: QtBot,
    ui_ctx: AppContext,
    open_as: Opener,
    people: People,
    services: Services,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Green T-Shirt", price="19.99", stock=3, barcode="G-1")
    new_product(services, people.manager, "Apple", price="0.50", stock=0)
    workspace = open_as(people.cashier)
    path = tmp_path / "out.csv"
    workspace.export_csv(str(path))
    qtbot.waitUntil(lambda: "Exported 2 products" in workspace.message.text(), timeout=10_000)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    assert [(r["name"], r["price"], r["stock"], r["barcode"]) for r in rows] == [
        ("Green T-Shirt", "19.99", "3", "G-1"),
        ("Apple", "0.50", "0", ""),
    ]
    assert not (tmp_path / "out.csv.part").exists()


def test_export_writes_names_as_typed_so_the_import_reads_them_back(
    qtbot: QtBot,
    ui_ctx: AppContext,
    open_as: Opener,
    people: People,
    services: Services,
    tmp_path: Path,
) -> None:
    """Unlike the other exports, product cells are not made spreadsheet-safe: the file goes
    back through the import, where a quote put before "=" would become part of the name."""
    services.inventory.add(
        people.manager, name="=Bread", category="food", price=Decimal("2.50"), description="-rye"
    )
    workspace = open_as(people.manager)
    path = tmp_path / "out.csv"
    workspace.export_csv(str(path))
    qtbot.waitUntil(lambda: "Exported 1 product" in workspace.message.text(), timeout=10_000)
    [row] = read_product_csv(str(path))
    assert (row.values["name"], row.values["description"]) == ("=Bread", "-rye")
    again = tmp_path / "again.csv"
    write_product_csv(str(again), [row.values])
    assert again.read_bytes() == path.read_bytes()
    assert services.inventory.import_products(people.manager, [row.values]).errors == ()


def test_cashier_sees_products_but_cannot_change_them(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Green T-Shirt")
    workspace = open_as(people.cashier)
    workspace.table.selectRow(0)
    assert names(workspace) == ["Green T-Shirt"]
    assert workspace.edit_button.isEnabled()  # with a manager's credentials: see below
    for button in (
        workspace.add_button,
        workspace.restock_button,
        workspace.remove_button,
        workspace.import_button,
    ):
        assert not button.isEnabled(), button.objectName()
    assert workspace.export_button.isEnabled()
    assert workspace.history_panel.isHidden()
    assert workspace.add_product() is None

    # the service refuses even if a dialog is reached some other way
    dialog = ProductDialog(ui_ctx, people.cashier, None, workspace)
    dialog.name.setText("Sneaky")
    dialog.price.setText("1.00")
    dialog.open()
    qtbot.mouseClick(dialog.ok_button, CLICK)
    qtbot.waitUntil(dialog.form.form_error.isVisible, timeout=10_000)
    assert [p.name for p in stored(services, people.manager)] == ["Green T-Shirt"]


def test_keyboard_shortcuts(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Green T-Shirt")
    workspace = open_as(people.manager)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace, timeout=5_000)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.search_box.hasFocus()
    assert "(Ctrl+R)" in workspace.restock_button.toolTip()
    workspace.table.selectRow(0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut clicks it after a short animation
    qtbot.waitUntil(lambda: workspace.findChild(ProductDialog) is not None, timeout=5_000)
    dialog = workspace.findChild(ProductDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Green T-Shirt"
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    qtbot.keyClick(dialog.name, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.price.hasFocus()  # the &Price label's mnemonic
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # Enter in the search box goes to the results, with the first one selected
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace, timeout=5_000)
    workspace.focus_search()
    with qtbot.waitSignal(workspace.loader.loaded, timeout=10_000):
        qtbot.keyClicks(workspace.search_box, "green")
        qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    assert workspace.table.hasFocus()
    qtbot.waitUntil(lambda: workspace.selected() is not None, timeout=5_000)


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: Any,
    ui_ctx: AppContext,
    open_as: Opener,
    people: People,
    services: Services,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Green T-Shirt")
    new_product(services, people.manager, "Apple")
    workspace = open_as(people.manager)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.history_model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(workspace.model)
    qtmodeltester.check(workspace.history_model)

    path = write_csv(tmp_path / "p.csv", [csv_row("Bread"), csv_row("Milk", price="x")])
    dialog = workspace.import_csv(str(path))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.problem_model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.problem_model)
    wait_idle(qtbot, ui_ctx)


def test_a_cashier_changes_a_price_with_a_managers_credentials(
    qtbot: QtBot, ui_ctx: AppContext, open_as: Opener, people: People, services: Services
) -> None:
    new_product(services, people.manager, "Green T-Shirt", price="19.99")
    workspace = open_as(people.cashier)
    workspace.table.selectRow(0)
    product = stored(services, people.manager)[0]
    dialog = ProductDialog(ui_ctx, people.cashier, product, workspace, needs_manager=True)
    qtbot.addWidget(dialog)
    assert dialog.manager is not None
    dialog.price.setText("17.50")
    dialog.manager.username.setText("manager1")
    dialog.manager.password.setText("wrong-password")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    wait_idle(qtbot, ui_ctx)
    assert dialog.form.form_error.text() == "Invalid username or password"
    assert dialog.manager.password.text() == ""
    assert stored(services, people.manager)[0].price == Decimal("19.99")
    dialog.manager.password.setText(STAFF_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    wait_idle(qtbot, ui_ctx)
    assert stored(services, people.manager)[0].price == Decimal("17.50")
    row = services.audit.search(people.admin, action="price_change").items[0]
    assert row.actor_username == "cashier1"
    assert row.detail.endswith("19.99 -> 17.50; authorised by manager1")
