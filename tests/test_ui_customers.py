"""The Customers workspace and the customer's own page, through their real widgets and
the real database."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

import pytest
from conftest import STAFF_PASSWORD, People, customer_actor, wait_idle
from helpers import buy, new_customer, new_product
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import show_workspace

from pos_app.domain.enums import ReviewStatus
from pos_app.domain.errors import NotFoundError
from pos_app.services import Services
from pos_app.services import customers as customers_service
from pos_app.services.records import Actor, Customer
from pos_app.ui.context import AppContext
from pos_app.ui.customers.customer_dialogs import EditCustomerDialog, RegisterCustomerDialog
from pos_app.ui.customers.top_up_dialog import TopUpDialog
from pos_app.ui.dialogs import ManagerApprovalDialog
from pos_app.ui.workspaces.customers import CustomersWorkspace
from pos_app.ui.workspaces.self_service import (
    EditReviewDialog,
    SelfServicePage,
    WriteReviewDialog,
)

pytestmark = pytest.mark.sqlite_only

D = TypeVar("D", bound=QWidget)
CLICK = Qt.MouseButton.LeftButton


def open_customers(qtbot: QtBot, ctx: AppContext, actor: Actor) -> CustomersWorkspace:
    return show_workspace(qtbot, CustomersWorkspace(ctx, actor), 1200, 700)


def usernames(workspace: CustomersWorkspace) -> list[str]:
    return [c.username for c in workspace.model.rows()]


def select(qtbot: QtBot, workspace: CustomersWorkspace, username: str) -> Customer:
    workspace.table.selectRow(usernames(workspace).index(username))
    wait_idle(qtbot, workspace.ctx)
    chosen = workspace.selected()
    assert chosen is not None and chosen.username == username
    return chosen


def last(parent: QWidget, cls: type[D]) -> D:
    """The newest dialog of ``cls`` opened over ``parent``."""
    found = parent.findChildren(cls)
    assert found, f"no {cls.__name__} is open"
    return found[-1]


def press_ok(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.ok_button, CLICK)
    wait_idle(qtbot, dialog.ctx)


def confirm_box(qtbot: QtBot, parent: QWidget) -> None:
    box = parent.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible()
    button = box.findChild(QPushButton, "confirmButton")
    assert button is not None
    qtbot.mouseClick(button, CLICK)


# -- Customers workspace -------------------------------------------------------------------
def test_register_a_customer(qtbot: QtBot, ui_ctx: AppContext, people: People) -> None:
    services = ui_ctx.services
    # a manager: a cashier's form has no age, marital status, gender or address
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    assert workspace.model.rowCount() == 0

    qtbot.mouseClick(workspace.register_button, CLICK)
    dialog = last(workspace, RegisterCustomerDialog)
    dialog.username.setText("alice")
    dialog.password.setText("alice-pass-1")
    dialog.name.setText("Alice Smith")
    dialog.age.setText("34")
    dialog.marital_status.setCurrentIndex(dialog.marital_status.findData("married"))
    dialog.gender.setText("female")
    dialog.address.setText("5 Oak Road")
    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    stored = services.customers.get_by_username(people.manager, "alice")
    assert (stored.name, stored.age, stored.marital_status.value) == ("Alice Smith", 34, "married")
    assert (stored.gender, stored.address, stored.balance) == ("female", "5 Oak Road", Decimal(0))
    assert usernames(workspace) == ["alice"]
    assert workspace.selected() == stored  # selected, so a top-up can follow at once
    assert "alice was registered" in workspace.message.text()
    assert workspace.detail.balance_label.text() == "Balance 0.00"


def test_register_refuses_a_bad_age_inline_and_stores_nothing(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    services = ui_ctx.services
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    workspace.register_customer()
    dialog = last(workspace, RegisterCustomerDialog)
    dialog.username.setText("bob")
    dialog.password.setText("bob-pass-12")
    dialog.name.setText("Bob")
    dialog.age.setText("abc")
    press_ok(qtbot, dialog)
    assert dialog.form.error_label("age").text() == "Age must be a whole number"
    assert dialog.form.error_label("age").isVisible()

    dialog.age.setText("151")
    press_ok(qtbot, dialog)
    assert dialog.form.error_label("age").text() == "Age must be between 0 and 150"

    # A rule only the service checks shows under its own field too.
    dialog.age.setText("40")
    dialog.username.setText("B!")
    press_ok(qtbot, dialog)
    assert dialog.form.error_label("username").text().startswith("Username must be 3-32")
    assert not dialog.form.error_label("age").isVisible()

    assert dialog.isVisible()
    assert services.customers.search(people.manager, "", include_inactive=True).total == 0
    assert workspace.model.rowCount() == 0


def test_search_filters_and_headers_sort_on_the_server(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    new_customer(services, people.cashier, "alice", balance="5.00")
    new_customer(services, people.cashier, "bob", balance="50.00")
    new_customer(services, people.cashier, "carol", balance="20.00")
    workspace = open_customers(qtbot, ui_ctx, people.cashier)
    assert usernames(workspace) == ["alice", "bob", "carol"]

    qtbot.keyClicks(workspace.search, "car")
    qtbot.waitUntil(lambda: usernames(workspace) == ["carol"], timeout=5_000)
    workspace.search.clear()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 3, timeout=5_000)

    # Clicking the Balance header sorts by balance (ascending, then descending).
    header = workspace.table.horizontalHeader()
    balance = [c.title for c in workspace.model.columns].index("Balance")
    where = QPoint(header.sectionViewportPosition(balance) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), CLICK, pos=where)
    wait_idle(qtbot, ui_ctx)
    assert usernames(workspace) == ["alice", "carol", "bob"]
    qtbot.mouseClick(header.viewport(), CLICK, pos=where)
    wait_idle(qtbot, ui_ctx)
    assert usernames(workspace) == ["bob", "carol", "alice"]

    # A column the database does not sort by leaves the order and the arrow alone.
    active = [c.title for c in workspace.model.columns].index("Active")
    header.setSortIndicator(active, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, ui_ctx)
    assert header.sortIndicatorSection() == balance
    assert usernames(workspace) == ["bob", "carol", "alice"]


def test_a_capped_count_says_more_than_the_cap(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search stops counting one past the service's cap (there 10,000; 3 here, so that
    five customers pass it): the table's tip says "more than", never a false total."""
    monkeypatch.setattr(customers_service, "SEARCH_COUNT_CAP", 3)
    for name in ("anna", "annie", "joanna", "hannah", "annabel"):
        new_customer(services, people.cashier, name)
    workspace = open_customers(qtbot, ui_ctx, people.cashier)
    workspace.search.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "ann")
    qtbot.waitUntil(lambda: "3+" in workspace.table.toolTip(), timeout=5_000)
    assert workspace.table.toolTip() == "5 of 3+ customers"
    assert sorted(usernames(workspace)) == ["anna", "annabel", "annie", "hannah", "joanna"]


def test_edit_sends_only_the_edited_fields(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "dave")
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    select(qtbot, workspace, "dave")
    workspace.edit_customer()
    dialog = last(workspace, EditCustomerDialog)
    assert (dialog.name.text(), dialog.age.text()) == ("Dave", "30")

    # Someone else changes the address meanwhile; saving the age must not undo that.
    services.customers.update(people.admin, customer.id, {"address": "9 Elm Street"})
    dialog.age.setText("31")
    press_ok(qtbot, dialog)

    stored = services.customers.get(people.manager, customer.id)
    assert stored.age == 31
    assert stored.address == "9 Elm Street"
    assert (stored.name, stored.marital_status.value) == ("Dave", "single")
    assert workspace.model.record(0).age == 31
    assert "dave was updated" in workspace.message.text()
    assert "age 31" in workspace.detail.facts.text()


def test_edit_with_nothing_changed_says_so(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    new_customer(services, people.cashier, "erin")
    workspace = open_customers(qtbot, ui_ctx, people.admin)
    select(qtbot, workspace, "erin")
    qtbot.mouseClick(workspace.edit_button, CLICK)
    dialog = last(workspace, EditCustomerDialog)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.form_error.text() == "Nothing to update: no fields were given"
    assert dialog.changes() == {}


def test_delete_removes_a_new_customer_and_deactivates_one_with_history(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    fresh = new_customer(services, people.cashier, "fresh")
    kept = new_customer(services, people.cashier, "kept", balance="10.00")
    workspace = open_customers(qtbot, ui_ctx, people.manager)

    select(qtbot, workspace, "fresh")
    qtbot.mouseClick(workspace.delete_button, CLICK)
    confirm_box(qtbot, workspace)
    wait_idle(qtbot, ui_ctx)
    assert workspace.message.text() == "Customer 'fresh' was deleted"
    with pytest.raises(NotFoundError):
        services.customers.get(people.manager, fresh.id)
    assert usernames(workspace) == ["kept"]

    select(qtbot, workspace, "kept")
    workspace.delete_customer()
    confirm_box(qtbot, workspace)
    wait_idle(qtbot, ui_ctx)
    assert "deactivated instead of deleted" in workspace.message.text()
    assert services.customers.get(people.manager, kept.id).active is False
    assert usernames(workspace) == []
    assert workspace.detail.customer is None

    workspace.include_inactive.setChecked(True)
    wait_idle(qtbot, ui_ctx)
    assert usernames(workspace) == ["kept"]
    assert workspace.model.record(0).active is False


def test_cancelling_a_delete_keeps_the_customer(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "gina")
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    select(qtbot, workspace, "gina")
    workspace.delete_customer()
    box = workspace.findChild(QMessageBox, "confirmBox")
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    wait_idle(qtbot, ui_ctx)
    assert services.customers.get(people.manager, customer.id).active is True
    assert usernames(workspace) == ["gina"]


def test_top_up_changes_the_balance_and_adds_a_ledger_row(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "hank", balance="2.50")
    workspace = open_customers(qtbot, ui_ctx, people.cashier)
    select(qtbot, workspace, "hank")
    assert workspace.detail.ledger_model.rowCount() == 1
    assert workspace.detail.balance_label.text() == "Balance 2.50"

    workspace.top_up()
    dialog = last(workspace, TopUpDialog)
    dialog.amount.setText("1.005")
    press_ok(qtbot, dialog)
    assert "at most two decimals" in dialog.form.error_label("amount").text()
    assert services.wallets.balance(people.cashier, customer.id) == Decimal("2.50")

    dialog.amount.setText("12.50")
    dialog.reason.setText("Birthday gift card")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    assert services.wallets.balance(people.cashier, customer.id) == Decimal("15.00")
    ledger = services.wallets.ledger(people.cashier, customer.id)
    assert ledger.total == 2
    assert (ledger.items[0].amount, ledger.items[0].reason) == (
        Decimal("12.50"),
        "Birthday gift card",
    )
    assert workspace.model.record(0).balance == Decimal("15.00")
    assert workspace.detail.balance_label.text() == "Balance 15.00"
    assert workspace.detail.ledger_model.rowCount() == 2
    assert workspace.detail.ledger_model.record(0).amount == Decimal("12.50")
    assert "balance 15.00" in workspace.message.text()


def test_a_cashier_cannot_edit_or_delete(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    new_customer(services, people.cashier, "ivan")
    workspace = open_customers(qtbot, ui_ctx, people.cashier)
    select(qtbot, workspace, "ivan")
    assert workspace.register_button.isEnabled()
    assert workspace.top_up_button.isEnabled()
    assert not workspace.edit_button.isEnabled()
    assert workspace.delete_button.isEnabled()  # with a manager's credentials: see below
    workspace.edit_customer()
    assert workspace.findChild(EditCustomerDialog) is None
    assert workspace.findChild(QMessageBox) is None

    manager_view = open_customers(qtbot, ui_ctx, people.manager)
    select(qtbot, manager_view, "ivan")
    assert manager_view.edit_button.isEnabled()
    assert manager_view.delete_button.isEnabled()


def test_shortcuts_reach_the_actions(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    new_customer(services, people.cashier, "jane")
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow, timeout=5_000)
    select(qtbot, workspace, "jane")
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.search.hasFocus()
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut animates a click, which lands a moment later.
    qtbot.waitUntil(lambda: bool(workspace.findChildren(TopUpDialog)), timeout=5_000)
    assert last(workspace, TopUpDialog).isVisible()
    for button, keys in (
        (workspace.register_button, "Ctrl+N"),
        (workspace.edit_button, "Ctrl+E"),
        (workspace.delete_button, "Del"),
        (workspace.top_up_button, "Ctrl+T"),
    ):
        assert button.findChild(QShortcut).key().toString() == keys
        assert button.shortcut() == QKeySequence.mnemonic(button.text())  # Alt+letter too
        assert f"({keys})" in button.toolTip()


def test_detail_shows_purchases_and_reviews(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "kate", balance="100.00")
    shirt = new_product(services, people.manager, "Green T-Shirt", price="19.99")
    buy(services, people.cashier, customer.id, shirt.id, qty=2)
    services.reviews.submit(customer_actor(customer.id, "kate"), shirt.id, 5, "Soft")
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    select(qtbot, workspace, "kate")
    detail = workspace.detail
    assert detail.balance_label.text() == "Balance 60.02"
    assert detail.ledger_model.rowCount() == 2
    assert detail.purchases.sales_model.rowCount() == 1
    assert detail.purchases.sales_model.record(0).total == Decimal("39.98")
    assert [(line.product_name, line.quantity) for line in detail.purchases.lines_model.rows()] == [
        ("Green T-Shirt", 2)
    ]
    assert [(r.product_name, r.comment) for r in detail.reviews_model.rows()] == [
        ("Green T-Shirt", "Soft")
    ]


def test_customer_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "lena", balance="50.00")
    new_customer(services, people.cashier, "mike")
    mug = new_product(services, people.manager, "Mug", price="4.50", category="accessories")
    buy(services, people.cashier, customer.id, mug.id)
    services.reviews.submit(customer_actor(customer.id, "lena"), mug.id, 4, "Fine")
    workspace = open_customers(qtbot, ui_ctx, people.manager)
    select(qtbot, workspace, "lena")
    detail = workspace.detail
    for model in (
        workspace.model,
        detail.ledger_model,
        detail.purchases.sales_model,
        detail.purchases.lines_model,
        detail.reviews_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


# -- the customer's own page ---------------------------------------------------------------
def open_page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> SelfServicePage:
    return show_workspace(qtbot, SelfServicePage(ctx, actor), 1000, 700)


def test_self_service_shows_the_wallet_and_purchases(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "nina", balance="30.00")
    cap = new_product(services, people.manager, "Blue Cap", price="7.25")
    buy(services, people.cashier, customer.id, cap.id)
    new_customer(services, people.cashier, "other", balance="99.00")
    page = open_page(qtbot, ui_ctx, customer_actor(customer.id, "nina"))
    assert page.balance_label.text() == "Wallet balance 22.75"
    assert page.greeting.text() == "Hello, Nina"
    assert [e.amount for e in page.ledger_model.rows()] == [Decimal("-7.25"), Decimal("30.00")]
    assert page.purchases.sales_model.rowCount() == 1
    assert page.purchases.lines_model.record(0).product_name == "Blue Cap"
    assert page.message.text() == ""


def test_a_customer_writes_edits_and_deletes_a_review(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "olga", balance="50.00")
    me = customer_actor(customer.id, "olga")
    lamp = new_product(services, people.manager, "Desk Lamp", price="12.00", category="electronics")
    new_product(services, people.manager, "Not Bought", price="1.00")
    buy(services, people.cashier, customer.id, lamp.id)
    page = open_page(qtbot, ui_ctx, me)
    assert not page.edit_button.isEnabled()

    # Write: only what she bought is offered.
    page.tabs.setCurrentWidget(page.purchases)
    qtbot.mouseClick(page.write_button, CLICK)
    wait_idle(qtbot, ui_ctx)
    writer = last(page, WriteReviewDialog)
    offered = [writer.product.itemText(i) for i in range(writer.product.count())]
    assert offered == ["Desk Lamp"]
    writer.rating.setValue(4)
    writer.comment.setPlainText("Bright enough")
    press_ok(qtbot, writer)
    assert not writer.isVisible()
    mine = services.reviews.for_customer(me, customer.id).items
    assert [(r.product_id, r.rating, r.comment, r.status) for r in mine] == [
        (lamp.id, 4, "Bright enough", ReviewStatus.NEEDS_APPROVAL)
    ]
    assert page.selected_review() == mine[0]
    assert "moderation" in page.message.text()

    # Nothing else is left to review.
    page.write_review()
    wait_idle(qtbot, ui_ctx)
    assert page.message.text() == "You have reviewed everything you bought."

    # Edit: approved first, the edit sends it back to moderation; the rating is kept.
    services.reviews.moderate(people.manager, mine[0].id, "approved")
    page.refresh()
    wait_idle(qtbot, ui_ctx)
    page.reviews_table.selectRow(0)
    page.edit_review()
    editor = last(page, EditReviewDialog)
    editor.comment.setPlainText("Bright, and the arm holds")
    press_ok(qtbot, editor)
    edited = services.reviews.get(me, mine[0].id)
    assert (edited.rating, edited.comment) == (4, "Bright, and the arm holds")
    assert edited.status is ReviewStatus.NEEDS_APPROVAL
    assert "goes back to moderation" in page.message.text()
    assert page.reviews_model.record(0).comment == "Bright, and the arm holds"

    # Delete, after confirming.
    page.delete_review()
    confirm_box(qtbot, page)
    wait_idle(qtbot, ui_ctx)
    assert services.reviews.for_customer(me, customer.id).total == 0
    assert page.reviews_model.rowCount() == 0
    assert "was deleted" in page.message.text()
    assert not page.delete_button.isEnabled()


def test_a_customer_without_purchases_is_told_why_there_is_nothing_to_review(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "pete")
    page = open_page(qtbot, ui_ctx, customer_actor(customer.id, "pete"))
    page.write_review()
    wait_idle(qtbot, ui_ctx)
    assert page.findChild(WriteReviewDialog) is None
    assert "no purchases yet" in page.message.text()


def test_self_service_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "quinn", balance="20.00")
    me = customer_actor(customer.id, "quinn")
    pen = new_product(services, people.manager, "Pen", price="1.50", category="accessories")
    buy(services, people.cashier, customer.id, pen.id, qty=3)
    services.reviews.submit(me, pen.id, 3, "Writes")
    page = open_page(qtbot, ui_ctx, me)
    for model in (
        page.ledger_model,
        page.purchases.sales_model,
        page.purchases.lines_model,
        page.reviews_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_cashier_deletes_a_customer_only_with_a_managers_credentials(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "kate")
    workspace = open_customers(qtbot, ui_ctx, people.cashier)
    select(qtbot, workspace, "kate")
    workspace.delete_customer()
    approval = workspace.findChild(ManagerApprovalDialog)
    assert approval is not None
    approval.manager.username.setText("manager1")
    approval.manager.password.setText("wrong-password")
    qtbot.mouseClick(approval.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert approval.form.form_error.text() == "Invalid username or password"
    assert services.customers.get(people.manager, customer.id).username == "kate"
    approval.manager.password.setText(STAFF_PASSWORD)
    qtbot.mouseClick(approval.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "was deleted" in workspace.message.text()
    with pytest.raises(NotFoundError):
        services.customers.get(people.manager, customer.id)
    row = services.audit.search(people.admin, action="customer_deleted").items[0]
    assert (row.actor_username, row.detail) == ("cashier1", "kate deleted; authorised by manager1")
