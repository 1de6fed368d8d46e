"""The Audit workspace through its real widgets, over a real SQLite database."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD, People, wait_idle
from helpers import new_customer, new_product
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot
from ui_helpers import show_workspace, type_filter

from pos_app.domain.enums import AuditAction, AuditOutcome
from pos_app.domain.errors import AuthenticationError, PermissionDeniedError
from pos_app.services import Services
from pos_app.services.records import Actor, AuditRecord
from pos_app.ui.context import AppContext
from pos_app.ui.widgets import to_qdate
from pos_app.ui.workspaces import audit as audit_module
from pos_app.ui.workspaces.audit import REFUSED_COLOUR, AuditWorkspace

pytestmark = pytest.mark.sqlite_only

TODAY = date.today()


@pytest.fixture
def activity(services: Services, people: People) -> dict[str, Any]:
    """A sign-in, a failed sign-in, a registration with a top-up, a refused restock."""
    manager = services.auth.sign_in("manager1", STAFF_PASSWORD, "Counter 1")
    with pytest.raises(AuthenticationError):
        services.auth.sign_in("cashier1", "wrong-password-x", "Counter 2")
    customer = new_customer(services, people.cashier, "johndoe", "25.00")
    product = new_product(services, manager, stock=3)
    with pytest.raises(PermissionDeniedError):
        services.inventory.restock(people.cashier, product.id, 5)
    return {"manager": manager, "customer": customer, "product": product}


def trail(services: Services, people: People, **filters: Any) -> list[int]:
    """Ids of the rows the service returns for these filters, newest first."""
    return [r.id for r in services.audit.search(people.admin, limit=1000, **filters).items]


def open_audit(qtbot: QtBot, ctx: AppContext, actor: Actor) -> AuditWorkspace:
    return show_workspace(qtbot, AuditWorkspace(ctx, actor), 1100, 700)


def ids(workspace: AuditWorkspace) -> list[int]:
    return [entry.id for entry in workspace.model.rows()]


def press_enter(qtbot: QtBot, ctx: AppContext, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)


def choose_action(workspace: AuditWorkspace, action: AuditAction | None) -> None:
    combo = workspace.action_filter
    combo.setCurrentIndex(combo.findData(action.value if action else None))


def test_the_table_lists_the_trail_newest_first(
    qtbot: QtBot,
    qtmodeltester: Any,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    activity: dict[str, Any],
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    expected = trail(services, people)
    assert ids(workspace) == expected
    assert expected == sorted(expected, reverse=True)
    actions = [e.action for e in workspace.model.rows()]
    for done in (
        AuditAction.SIGN_IN,
        AuditAction.SIGN_IN_FAILED,
        AuditAction.CUSTOMER_REGISTERED,
        AuditAction.WALLET_TOP_UP,
        AuditAction.PERMISSION_DENIED,
    ):
        assert done in actions
    assert actions[0] is AuditAction.PERMISSION_DENIED  # the last thing that happened
    assert workspace.count.text() == f"{len(expected)} entries match the filters"

    model = workspace.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Time", "User", "Action", "Outcome", "Counter", "Record", "Detail"]
    sign_in = actions.index(AuditAction.SIGN_IN)
    row = [model.index(sign_in, c).data() for c in range(model.columnCount())]
    manager_id = activity["manager"].account_id
    assert row[1:6] == ["manager1", "Sign-in", "ok", "Counter 1", f"account:{manager_id}"]
    qtmodeltester.check(model)


def test_user_action_and_record_filters_narrow_the_rows(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    activity: dict[str, Any],
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    everything = ids(workspace)

    type_filter(qtbot, ui_ctx, workspace.user, "cashier1")
    cashier_rows = trail(services, people, username="cashier1")
    assert ids(workspace) == cashier_rows
    assert 0 < len(cashier_rows) < len(everything)
    assert {e.actor_username for e in workspace.model.rows()} == {"cashier1"}

    choose_action(workspace, AuditAction.WALLET_TOP_UP)
    press_enter(qtbot, ui_ctx, workspace.action_filter)
    [top_up] = workspace.model.rows()
    assert top_up.action is AuditAction.WALLET_TOP_UP
    assert ids(workspace) == trail(services, people, username="cashier1", action="wallet_top_up")

    # The record filter with the user and action cleared: everything about one customer.
    workspace.user.clear()
    choose_action(workspace, None)
    customer_ref = f"account:{activity['customer'].id}"
    type_filter(qtbot, ui_ctx, workspace.record, customer_ref)
    about_customer = {e.action for e in workspace.model.rows()}
    assert about_customer == {AuditAction.CUSTOMER_REGISTERED, AuditAction.WALLET_TOP_UP}
    assert ids(workspace) == trail(services, people, record_ref=customer_ref)

    type_filter(qtbot, ui_ctx, workspace.record, "product")  # a type alone: every product
    assert ids(workspace) == trail(services, people, record_ref="product")
    assert ids(workspace)

    qtbot.mouseClick(workspace.clear_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert workspace.record.text() == ""
    assert ids(workspace) == everything


def test_the_date_range_narrows_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People, activity: dict[str, Any]
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    everything = ids(workspace)
    assert not workspace.first_date.isEnabled()  # every date until asked for a range

    def set_dates(first: date, last: date) -> None:
        workspace.use_dates.setChecked(True)
        workspace.first_date.setDate(to_qdate(first))
        workspace.last_date.setDate(to_qdate(last))
        press_enter(qtbot, ui_ctx, workspace.last_date)

    yesterday = TODAY - timedelta(days=1)
    set_dates(yesterday - timedelta(days=5), yesterday)
    assert ids(workspace) == []
    assert workspace.count.text() == "0 entries match the filters"
    set_dates(TODAY, TODAY)  # today is included in full
    assert ids(workspace) == everything
    set_dates(TODAY + timedelta(days=1), TODAY + timedelta(days=3))
    assert ids(workspace) == []
    workspace.use_dates.setChecked(False)
    qtbot.mouseClick(workspace.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert ids(workspace) == everything


def test_refused_and_failed_rows_are_marked_and_read_in_full(
    qtbot: QtBot, ui_ctx: AppContext, people: People, activity: dict[str, Any]
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    model = workspace.model
    for row, entry in enumerate(model.rows()):
        brush = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        if entry.outcome is AuditOutcome.OK:
            assert brush is None
        else:
            assert isinstance(brush, QBrush)
            assert brush.color() == REFUSED_COLOUR
    refused = [e for e in model.rows() if e.outcome is AuditOutcome.DENIED]
    assert {e.action for e in refused} == {
        AuditAction.PERMISSION_DENIED,
        AuditAction.SIGN_IN_FAILED,
    }

    assert workspace.detail.text() == "Select a row to read it in full."
    row = next(i for i, e in enumerate(model.rows()) if e.action is AuditAction.PERMISSION_DENIED)
    workspace.table.setCurrentIndex(model.index(row, 0))
    text = workspace.detail.text()
    assert "cashier1" in text and "Permission denied: denied" in text
    assert "InventoryService.restock" in text


def test_export_writes_the_filtered_rows(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    activity: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_module, "EXPORT_PAGE", 1)  # prove it pages through them all
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    type_filter(qtbot, ui_ctx, workspace.user, "cashier1")
    workspace.user.setText("manager1")  # typed but not applied: the export keeps cashier1
    path = tmp_path / "audit.csv"
    workspace.export_csv(str(path))
    wait_idle(qtbot, ui_ctx)

    with path.open(newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    expected: list[AuditRecord] = list(
        services.audit.search(people.admin, username="cashier1", limit=1000).items
    )
    assert len(rows) == len(expected) > 1
    assert [r["action"] for r in rows] == [e.action.value for e in expected]
    assert {r["user"] for r in rows} == {"cashier1"}
    refused = next(r for r in rows if r["action"] == "permission_denied")
    assert refused["outcome"] == "denied"
    assert "InventoryService.restock" in refused["detail"]
    top_up = next(r for r in rows if r["action"] == "wallet_top_up")
    assert top_up["record"] == f"account:{activity['customer'].id}"
    assert workspace.message.text() == f"Exported {len(expected)} rows to {path}"
    assert not (tmp_path / "audit.csv.part").exists()


def test_export_to_a_folder_that_does_not_exist_says_so(
    qtbot: QtBot, ui_ctx: AppContext, people: People, activity: dict[str, Any], tmp_path: Path
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    workspace.export_csv(str(tmp_path / "missing" / "audit.csv"))
    wait_idle(qtbot, ui_ctx)
    assert workspace.message.text().startswith("Could not write")
    assert workspace.export_button.isEnabled()


def test_a_manager_is_refused_and_sees_no_rows(
    qtbot: QtBot,
    qtmodeltester: Any,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    activity: dict[str, Any],
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.manager)
    assert workspace.model.rowCount() == 0
    assert workspace.message.text() == "A manager may not do this (audit.read)"
    qtmodeltester.check(workspace.model)
    # The refusal itself is on the trail.
    [refusal] = services.audit.search(
        people.admin, username="manager1", action=AuditAction.PERMISSION_DENIED
    ).items
    assert refusal.outcome is AuditOutcome.DENIED
    assert "AuditService.search" in refusal.detail


def test_keyboard_refresh_export_and_focus(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People, activity: dict[str, Any]
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    services.auth.sign_out(activity["manager"])
    qtbot.keyClick(workspace, Qt.Key.Key_F5)
    wait_idle(qtbot, ui_ctx)
    assert workspace.model.record(0).action is AuditAction.SIGN_OUT

    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.user.hasFocus()
    qtbot.keyClick(
        workspace,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = workspace._export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert "F5" in workspace.refresh_button.toolTip()
    assert "Ctrl+Shift+E" in workspace.export_button.toolTip()
    assert "Ctrl+F" in workspace.user.toolTip()


def test_an_invalid_filter_says_why_in_place(
    qtbot: QtBot, ui_ctx: AppContext, people: People, activity: dict[str, Any]
) -> None:
    workspace = open_audit(qtbot, ui_ctx, people.admin)
    type_filter(qtbot, ui_ctx, workspace.record, "sale:" + "x" * 200)
    assert workspace.model.rowCount() == 0
    assert "Record" in workspace.message.text()
    assert workspace.record.hasFocus()
    type_filter(qtbot, ui_ctx, workspace.record, "")
    assert workspace.model.rowCount() > 0
    assert workspace.message.text() == ""
