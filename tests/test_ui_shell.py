"""The desktop shell through its real widgets: start-up, sign-in, roles, staff, banner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD, People, customer_actor, wait_idle
from helpers import new_customer
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.app import start
from pos_app.data.database import Database
from pos_app.domain.enums import Role
from pos_app.services import Services, build_services
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sign_in import SignInDialog
from pos_app.ui.workspaces.staff import StaffDialog, StaffWorkspace

pytestmark = pytest.mark.sqlite_only


def sign_in(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_sign_in_success_gives_the_actor(qtbot: QtBot, ui_ctx: AppContext, people: People) -> None:
    dialog = SignInDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signal:
        sign_in(qtbot, dialog, "manager1", STAFF_PASSWORD)
    assert signal.args[0].role is Role.MANAGER
    assert dialog.password.text() == ""


def test_sign_in_failure_says_so_and_stays_open(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    dialog = SignInDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "manager1", "wrong-password")
    qtbot.waitUntil(dialog.form.form_error.isVisible, timeout=10_000)
    assert dialog.form.form_error.text() == "Invalid username or password"
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.ok_button.isEnabled()


def test_first_run_creates_the_admin_then_signs_in(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    controller = start(["--database", url])
    assert controller is not None
    try:
        qtbot.waitUntil(lambda: controller.dialog is not None, timeout=20_000)
        first: Any = controller.dialog
        assert first.objectName() == "firstAdminDialog"
        first.name.setText("Store Owner")
        first.username.setText("owner")
        first.password.setText("owner-pass-1")
        first.repeat.setText("owner-pass-2")
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
        assert first.form.error_label("repeat").text() == "The two passwords differ"
        first.repeat.setText("owner-pass-1")
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.dialog is not first, timeout=20_000)
        dialog: Any = controller.dialog
        assert dialog.objectName() == "signInDialog"
        assert dialog.username.text() == "owner"
        sign_in(qtbot, dialog, "owner", "owner-pass-1")
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None
        assert window.actor.role is Role.ADMIN
        assert "Staff" in window.workspace_names()
        assert "owner" in window.user_label.text() or "Store Owner" in window.user_label.text()
    finally:
        controller.shutdown()


def test_a_database_that_cannot_be_opened_is_reported(qtbot: QtBot) -> None:
    controller = start(["--database", "postgresql+psycopg://postgres@127.0.0.1:1/nothing"])
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.failed, timeout=20_000) as signal:
            pass
        assert "cannot be reached" in signal.args[0]
    finally:
        controller.shutdown()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.CASHIER, ["Checkout", "Customers", "Inventory", "Sales"]),
        (Role.MANAGER, ["Checkout", "Customers", "Inventory", "Reviews", "Sales"]),
        (Role.ADMIN, ["Checkout", "Customers", "Inventory", "Reviews", "Sales", "Staff"]),
    ],
)
def test_workspaces_follow_the_role(
    qtbot: QtBot, ui_ctx: AppContext, people: People, role: Role, expected: list[str]
) -> None:
    window = MainWindow(ui_ctx, people.by_role(role))
    qtbot.addWidget(window)
    assert window.workspace_names() == expected
    assert hasattr(window, "settings_action") == (role is Role.ADMIN)


def test_a_customer_sees_only_self_service(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    window = MainWindow(ui_ctx, customer_actor(customer.id, "johndoe"))
    qtbot.addWidget(window)
    assert window.workspace_names() == ["My account"]


def test_admin_adds_and_deactivates_staff(qtbot: QtBot, ui_ctx: AppContext, people: People) -> None:
    workspace = StaffWorkspace(ui_ctx, people.admin)
    qtbot.addWidget(workspace)
    workspace.activated()
    wait_idle(qtbot, ui_ctx)
    assert workspace.model.rowCount() == 3

    workspace.add_staff()
    dialog = workspace.findChild(StaffDialog)
    assert dialog is not None
    dialog.username.setText("new.cashier")
    dialog.name.setText("New Cashier")
    dialog.password.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert dialog.form.error_label("password").text().startswith("Password must be at least 8")
    dialog.password.setText("cashier-pass-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 4, timeout=10_000)
    assert "new.cashier was added" in workspace.message.text()

    row = [m.username for m in workspace.model.rows()].index("new.cashier")
    workspace.table.selectRow(row)
    qtbot.mouseClick(workspace.toggle_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: "deactivated" in workspace.message.text(), timeout=10_000)
    wait_idle(qtbot, ui_ctx)
    member = next(m for m in workspace.model.rows() if m.username == "new.cashier")
    assert member.active is False


def test_staff_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, ui_ctx: AppContext, people: People
) -> None:
    workspace = StaffWorkspace(ui_ctx, people.admin)
    qtbot.addWidget(workspace)
    workspace.activated()
    wait_idle(qtbot, ui_ctx)
    qtmodeltester.check(workspace.model)


def test_lost_database_shows_a_banner_and_keeps_the_window(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    gone = Database("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    try:
        ui_ctx.services = build_services(gone, bcrypt_cost=10)
        window = MainWindow(ui_ctx, people.admin)
        qtbot.addWidget(window)
        window.show()
        window.check_connection()
        qtbot.waitUntil(window.banner.isVisible, timeout=15_000)
        assert "cannot be reached" in window.banner.text.text()
        assert not window.stack.isEnabled()
        assert "Offline" in window.connection_label.text()
        window.set_online(True)
        assert not window.banner.isVisible()
        assert window.stack.isEnabled()
    finally:
        ui_ctx.tasks.wait()
        gone.dispose()
