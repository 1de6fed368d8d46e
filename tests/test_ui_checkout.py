"""The checkout screen through its real widgets, on a real database."""

from __future__ import annotations

import unicodedata
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from conftest import STAFF_PASSWORD, People, wait_idle
from helpers import PIN, new_customer, new_product
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.services import Services, build_services
from pos_app.services.records import Actor, Product, RefundRequest, ReturnLine
from pos_app.ui.checkout.end_of_day_dialog import EndOfDayDialog
from pos_app.ui.checkout.payment_dialog import PaymentDialog, Tender
from pos_app.ui.checkout.return_dialog import ReturnDialog
from pos_app.ui.context import AppContext
from pos_app.ui.workspaces.checkout import CheckoutWorkspace
from pos_app.ui.workspaces.sales import SalesWorkspace

pytestmark = pytest.mark.sqlite_only
T = TypeVar("T")


def open_screen(qtbot: QtBot, ctx: AppContext, actor: Actor) -> CheckoutWorkspace:
    workspace = CheckoutWorkspace(ctx, actor)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.activated()
    return workspace


@pytest.fixture
def screen(qtbot: QtBot, ui_ctx: AppContext, people: People) -> CheckoutWorkspace:
    return open_screen(qtbot, ui_ctx, people.cashier)


def scan(qtbot: QtBot, screen: CheckoutWorkspace, code: str) -> None:
    screen.entry.setText(code)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)
    wait_idle(qtbot, screen.ctx)


def press(qtbot: QtBot, screen: CheckoutWorkspace, key: Qt.Key) -> None:
    """A key pressed at the counter: the checkout window is the active one."""
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    screen.entry.setFocus()
    qtbot.keyClick(screen.entry, key)


def pay(qtbot: QtBot, screen: CheckoutWorkspace, method: str = "wallet", **fields: str) -> None:
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = visible(screen, PaymentDialog)
    getattr(dialog, method).setChecked(True)
    if "wallet" in fields:
        dialog.wallet_amount.setText(fields["wallet"])
    if "tendered" in fields:
        dialog.tendered.setText(fields["tendered"])
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    give_pin_asked(qtbot, dialog)
    wait_idle(qtbot, screen.ctx)


def give_pin_asked(qtbot: QtBot, dialog: PaymentDialog) -> None:
    """A payment with a wallet part asks for the customer's PIN (issue 16): they type it."""
    consent = dialog.consent_dialog
    if consent is not None:
        qtbot.keyClicks(consent.field, PIN)
        qtbot.keyClick(consent.field, Qt.Key.Key_Return)


def attach(qtbot: QtBot, screen: CheckoutWorkspace, username: str) -> None:
    screen.customer_entry.setText(username)
    qtbot.keyClick(screen.customer_entry, Qt.Key.Key_Return)
    wait_idle(qtbot, screen.ctx)


def visible(screen: CheckoutWorkspace, kind: type[T]) -> T:
    """The dialog of that kind the cashier is looking at now."""
    shown = [d for d in screen.findChildren(kind) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(shown) == 1, shown
    return shown[0]


def pdf_text(path: Path) -> str:
    """The words of a PDF, single-spaced (the PDF's own spacing is tabs and newlines), with
    typographic ligatures (a font may draw "ff" as one glyph) turned back into letters."""
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def sales_count(db: Database) -> int:
    return int(db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Sale))))


@pytest.fixture
def shelf(services: Services, people: People) -> dict[str, Product]:
    return {
        "shirt": new_product(services, people.manager, "Green T-Shirt", "19.99", 3, "1001"),
        "mug": new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002", "accessories"),
    }


def test_scanning_builds_the_cart_and_unknown_codes_add_nothing(
    qtbot: QtBot, screen: CheckoutWorkspace, shelf: dict[str, Product]
) -> None:
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1001")
    assert [(i.product.name, i.quantity) for i in screen.cart.items()] == [
        ("Green T-Shirt", 2),
        ("Blue Mug", 1),
    ]
    assert screen.total_label.text() == "44.48"
    scan(qtbot, screen, "999999")
    assert "Unknown barcode 999999" in screen.message.text()
    assert len(screen.cart.items()) == 2
    assert screen.entry.hasFocus() or screen.entry.text() == ""


def test_name_search_offers_a_pick_list_driven_by_keys(
    qtbot: QtBot, screen: CheckoutWorkspace, shelf: dict[str, Product]
) -> None:
    scan(qtbot, screen, "e")  # matches "Blue Mug" and "Green T-Shirt", sorted by name
    assert screen.pick_list.isVisible()
    assert screen.pick_list.count() == 2
    qtbot.keyClick(screen.entry, Qt.Key.Key_Down)
    assert screen.pick_list.currentRow() == 1
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)
    assert [i.product.name for i in screen.cart.items()] == ["Green T-Shirt"]
    assert not screen.pick_list.isVisible()


def test_wallet_payment_changes_the_database_exactly(
    qtbot: QtBot,
    screen: CheckoutWorkspace,
    services: Services,
    people: People,
    shelf: dict[str, Product],
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    scan(qtbot, screen, "1001")
    attach(qtbot, screen, "johndoe")
    assert "50.00" in screen.customer_label.text()
    pay(qtbot, screen, "wallet")
    assert screen.outcome.text().startswith("Sale completed")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("30.01")
    assert services.inventory.get(people.manager, shelf["shirt"].id).stock == 2
    assert screen.cart.rowCount() == 0
    assert screen.last_sale is not None and screen.last_sale.total == Decimal("19.99")


def test_cash_and_split_payments(
    qtbot: QtBot,
    screen: CheckoutWorkspace,
    services: Services,
    people: People,
    shelf: dict[str, Product],
    db: Database,
) -> None:
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = visible(screen, PaymentDialog)
    assert dialog.cash.isChecked()  # walk-in: cash
    dialog.tendered.setText("10.00")
    assert dialog.change_label.text() == "Change 1.00"
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    wait_idle(qtbot, screen.ctx)
    assert "Change 1.00" in screen.outcome.text()
    customer = new_customer(services, people.cashier, "ann", "3.00")
    scan(qtbot, screen, "1002")
    attach(qtbot, screen, "ann")
    pay(qtbot, screen, "split", wallet="3.00", tendered="2.00")
    assert screen.outcome.text().startswith("Sale completed")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("0.00")
    assert sales_count(db) == 2
    assert services.inventory.get(people.manager, shelf["mug"].id).stock == 7


def test_insufficient_funds_and_out_of_stock_change_nothing(
    qtbot: QtBot,
    screen: CheckoutWorkspace,
    services: Services,
    people: People,
    shelf: dict[str, Product],
    db: Database,
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "10.00")
    scan(qtbot, screen, "1001")
    attach(qtbot, screen, "johndoe")
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = visible(screen, PaymentDialog)
    dialog.wallet.setEnabled(True)
    dialog.wallet.setChecked(True)  # the cashier insists on the wallet
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    give_pin_asked(qtbot, dialog)
    wait_idle(qtbot, screen.ctx)
    assert screen.outcome.text() == (
        "Sale NOT completed: nothing was charged. Insufficient funds: balance 10.00, total 19.99"
    )
    assert services.wallets.balance(people.manager, customer.id) == Decimal("10.00")
    assert screen.cart.rowCount() == 1
    screen.set_walk_in()
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1001")
    assert "Only 3 of Green T-Shirt in stock" in screen.message.text()
    services.inventory.deduct_one(people.manager, shelf["shirt"].id)  # another counter sold one
    pay(qtbot, screen, "cash", tendered="100")
    assert "Sale NOT completed: nothing was charged. Only 2 left of Green T-Shirt" in (
        screen.outcome.text()
    )
    assert services.inventory.get(people.manager, shelf["shirt"].id).stock == 2
    assert sales_count(db) == 0


def test_double_enter_makes_one_sale(
    qtbot: QtBot, screen: CheckoutWorkspace, shelf: dict[str, Product], db: Database
) -> None:
    scan(qtbot, screen, "1002")
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = visible(screen, PaymentDialog)
    dialog.tendered.setText("4.50")
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    screen.commit_sale(Tender(Decimal("0.00"), Decimal("4.50")))  # a stray second confirm
    wait_idle(qtbot, screen.ctx)
    assert sales_count(db) == 1


def test_receipt_pdf_has_the_lines_and_totals(
    qtbot: QtBot, screen: CheckoutWorkspace, shelf: dict[str, Product], tmp_path: Path
) -> None:
    screen.ctx.settings.save(store_name="Corner Store", store_address="12 Market Street")
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1002")
    pay(qtbot, screen, "cash", tendered="30.00")
    dialog = screen.show_receipt()
    assert dialog is not None
    path = dialog.save_pdf(tmp_path / "receipt.pdf")
    text = pdf_text(path)
    for expected in (
        "Corner Store",
        "Green T-Shirt",
        "Blue Mug",
        "19.99",
        "4.50",
        "24.49",
        "30.00",
        "5.51",
    ):
        assert expected in text
    assert screen.last_sale is not None and screen.last_sale.uuid in text


def test_a_return_restores_stock_and_wallet_and_cannot_exceed_what_was_sold(
    qtbot: QtBot,
    screen: CheckoutWorkspace,
    services: Services,
    people: People,
    shelf: dict[str, Product],
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")
    attach(qtbot, screen, "johndoe")
    pay(qtbot, screen, "wallet")
    sale = screen.last_sale
    assert sale is not None
    press(qtbot, screen, Qt.Key.Key_F6)
    dialog = visible(screen, ReturnDialog)
    dialog.sale_number.setText(str(sale.id))
    qtbot.keyClick(dialog.sale_number, Qt.Key.Key_Return)
    wait_idle(qtbot, screen.ctx)
    spin_max = dialog.lines.cellWidget(0, 3).maximum()  # type: ignore[union-attr]
    assert spin_max == 2
    dialog.set_quantity(0, 1)
    dialog.reason.setText("Chipped")
    dialog.manager_user.setText("manager1")
    dialog.manager_password.setText("wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen.ctx)
    assert "Invalid username or password" in dialog.form.form_error.text()
    assert services.wallets.balance(people.manager, customer.id) == Decimal("41.00")
    dialog.manager_password.setText(STAFF_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen.ctx)
    assert screen.outcome.text() == "Refund completed: 4.50 to store credit"
    assert services.wallets.balance(people.manager, customer.id) == Decimal("45.50")
    assert services.inventory.get(people.manager, shelf["mug"].id).stock == 9
    again = ReturnDialog(screen.ctx, people.manager, screen)
    qtbot.addWidget(again)
    again.sale_number.setText(sale.uuid)
    again.find_sale()
    wait_idle(qtbot, screen.ctx)
    assert again.lines.cellWidget(0, 3).maximum() == 1  # type: ignore[union-attr]


def test_z_report_matches_the_database(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    shelf: dict[str, Product],
    db: Database,
    tmp_path: Path,
) -> None:
    ui_ctx.settings.save(counter_name="Test counter")
    screen = open_screen(qtbot, ui_ctx, people.manager)
    scan(qtbot, screen, "1002")
    pay(qtbot, screen, "cash", tendered="5.00")
    scan(qtbot, screen, "1001")
    pay(qtbot, screen, "cash", tendered="20.00")
    dialog = EndOfDayDialog(ui_ctx, people.manager, screen)
    qtbot.addWidget(dialog)
    dialog.opening.setText("50.00")
    dialog.preview()
    wait_idle(qtbot, ui_ctx)
    report = dialog.report
    assert report is not None
    gross = db.read(lambda s: s.session.scalar(select(func.sum(models.Sale.total_cents))))
    assert report.sales_count == 2
    assert report.gross == Decimal(gross) / 100 == Decimal("24.49")
    assert report.expected_cash == Decimal("74.49")
    dialog.counted.setText("74.00")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    ask = dialog.findChild(QMessageBox, "confirmBox")  # closing asks first
    assert ask is not None and "Difference: -0.49" in ask.text()
    go = ask.findChild(QPushButton, "confirmButton")
    assert go is not None
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert dialog.report is not None and dialog.report.difference == Decimal("-0.49")
    path = dialog.save_pdf(tmp_path / "z.pdf")
    assert path is not None
    text = pdf_text(path)
    assert "74.49" in text and "-0.49" in text


def test_a_dropped_connection_during_commit_is_checked_then_reported(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    shelf: dict[str, Product],
    db: Database,
) -> None:
    screen = open_screen(qtbot, ui_ctx, people.cashier)
    scan(qtbot, screen, "1002")
    real = ui_ctx.services
    gone = Database("postgresql+psycopg://postgres@127.0.0.1:1/unreachable")
    try:
        ui_ctx.services = build_services(gone, bcrypt_cost=10)
        screen.commit_sale(Tender(Decimal("0.00"), Decimal("4.50")))
        qtbot.waitUntil(lambda: "Checking the sale" in screen.outcome.text(), timeout=15_000)
        assert screen.cart.rowCount() == 1
        assert not screen.pay_button.isEnabled()
        ui_ctx.services = real  # the server is back
        qtbot.waitUntil(lambda: "NOT completed" in screen.outcome.text(), timeout=15_000)
        assert screen.cart.rowCount() == 1
        assert sales_count(db) == 0
        assert screen.pay_button.isEnabled()
        pay(qtbot, screen, "cash", tendered="5.00")
        assert screen.outcome.text().startswith("Sale completed")
        assert sales_count(db) == 1
    finally:
        ui_ctx.tasks.wait()
        gone.dispose()


def test_the_sales_workspace_shows_refunds_and_reprints_a_receipt(
    qtbot: QtBot,
    screen: CheckoutWorkspace,
    services: Services,
    people: People,
    shelf: dict[str, Product],
    tmp_path: Path,
) -> None:
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")
    pay(qtbot, screen, "cash", tendered="9.00")
    sale = screen.last_sale
    assert sale is not None
    services.refunds.refund(
        people.manager,
        RefundRequest(
            str(uuid.uuid4()), sale.id, (ReturnLine(sale.lines[0].line_id, 1),), "cash", "Chipped"
        ),
    )
    workspace = SalesWorkspace(screen.ctx, people.manager)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.activated()
    wait_idle(qtbot, screen.ctx)
    workspace.table.selectRow(0)
    headers = [c.title for c in workspace.model.columns]
    row = {h: workspace.model.index(0, i).data() for i, h in enumerate(headers)}
    assert (row["Total"], row["Refunded"], row["Net"]) == ("9.00", "4.50", "4.50")
    dialog = workspace.show_receipt()
    assert dialog is not None
    text = pdf_text(dialog.save_pdf(tmp_path / "again.pdf"))
    assert "Blue Mug" in text and "9.00" in text and sale.uuid in text


def test_the_cart_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, screen: CheckoutWorkspace, shelf: dict[str, Product]
) -> None:
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")
    qtmodeltester.check(screen.cart)
    screen.remove_line()
    qtmodeltester.check(screen.cart)
