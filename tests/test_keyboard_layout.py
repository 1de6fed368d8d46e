"""What a person sees when input is wrong or long, by keyboard: over-long text is refused in
place naming its limit (never cut short), a message goes once its field is fixed, a wrapped
message makes room instead of covering the next field, long texts in the status bar and
the stock history are shortened with "…" instead of pushing the layout about."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import People, app_context
from helpers import new_product
from keyboard import (
    enter,
    focus_is_in,
    open_counter,
    press,
    seen,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


def _below(upper: QWidget, lower: QWidget, root: QWidget) -> bool:
    """``upper`` ends above where ``lower`` starts, in ``root``'s coordinates."""
    bottom = upper.mapTo(root, upper.rect().bottomLeft()).y()
    top = lower.mapTo(root, lower.rect().topLeft()).y()
    return bottom < top


def test_a_pasted_5000_character_name_is_refused_in_place_naming_the_limit(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Key.Key_3, Ctrl)
    settle(qtbot, ui_ctx)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Add product")
    name_field = focus_is_in(qtbot, dialog, "name")
    clipboard = QApplication.clipboard()
    clipboard.setText("x" * 5000)  # what the person copied elsewhere
    press(qtbot, Key.Key_V, Ctrl)
    assert isinstance(name_field, QLineEdit)
    assert len(name_field.text()) == 5000  # kept as pasted, not cut to 100 without a word
    assert "Name can be at most 100 characters (you have 5,000)" in seen(dialog)
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "1.00")  # the price
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert dialog.isVisible()
    assert focus_is_in(qtbot, dialog, "name")  # back where the problem is
    assert services.inventory.search(people.manager, "").total == 0  # nothing saved
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "Short name")
    assert "at most 100 characters" not in seen(dialog)  # fixed: the message goes
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert [p.name for p in services.inventory.search(people.manager, "").items] == ["Short name"]
    assert window.isVisible()


def test_a_wrapped_message_grows_the_dialog_instead_of_covering_the_next_field(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    window = open_counter(qtbot, ui_ctx, people.admin)
    press(qtbot, Key.Key_6, Ctrl)
    settle(qtbot, ui_ctx)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Add staff")
    focus_is_in(qtbot, dialog, "username")
    type_text(qtbot, "No Good!")
    for text in ("Someone", "", "password-1", "password-1"):  # name, role, password twice
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, text)
    height_before = dialog.height()
    enter(qtbot)
    settle(qtbot, ui_ctx)
    message = dialog.findChild(QLabel, "usernameError")
    assert message is not None
    qtbot.waitUntil(message.isVisible)
    assert "Username must be" in message.text()
    # it wraps at this width (else the test proves nothing) ...
    line = message.fontMetrics().height()
    assert message.heightForWidth(message.width()) > line * 1.5
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    # ... the dialog grew, all of the message shows, and the next field is below it
    assert dialog.height() > height_before
    name_field = dialog.findChild(QLineEdit, "name")
    assert name_field is not None
    assert _below(message, name_field, dialog)
    assert window.isVisible()
    # and the message goes once the username is being fixed
    focus_is_in(qtbot, dialog, "username")
    press(qtbot, Key.Key_Backspace)
    assert not message.isVisible()


def test_long_texts_in_the_status_bar_are_shortened_not_widening_the_window(
    qtbot: QtBot, services: Services, people: People, tmp_path: Path
) -> None:
    location = "/srv/" + "a-very-long-folder-name/" * 20 + "counter-pos.db"
    ctx = app_context(services, tmp_path, location)
    try:
        window = open_counter(qtbot, ctx, people.cashier)
        assert window.minimumSizeHint().width() <= 1366
        label = window.database_label
        assert label.isVisible()
        assert "…" in label.text()  # what shows is shortened ...
        assert label.toolTip() == f"Database: {location}"  # ... the whole is its tooltip
        assert label.geometry().right() <= window.width()
    finally:
        ctx.tasks.wait()


def test_a_long_product_name_does_not_squeeze_the_product_table(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    long_name = "Extra-WIDE-" + "W" * 89  # 100 characters: the most a name may have
    new_product(services, people.manager, long_name.strip(), "2.00", 5, "123456")
    window = open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Key.Key_3, Ctrl)
    settle(qtbot, ui_ctx)
    press(qtbot, Key.Key_F, Ctrl)
    type_text(qtbot, "Extra")
    enter(qtbot)  # to the results; the first is selected and its history shows
    qtbot.wait(300)
    settle(qtbot, ui_ctx)
    workspace = window.workspaces["Inventory"]
    title = workspace.findChild(QLabel, "historyTitle")
    assert title is not None and title.isVisible()
    assert "Stock history of" in title.text()
    table = workspace.findChild(QWidget, "productTable")
    assert table is not None
    assert table.width() >= 600, f"the product table is {table.width()} px wide"


def add_staff_by_keys(
    qtbot: QtBot, ctx: AppContext, fields: tuple[str, str, str, str, str]
) -> QWidget:
    """Staff (Ctrl+6), Ctrl+N, then username, name, role (kept), password, repeat, Enter."""
    press(qtbot, Key.Key_6, Ctrl)
    settle(qtbot, ctx)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Add staff")
    focus_is_in(qtbot, dialog, "username")
    username, name, role, password, repeat = fields
    type_text(qtbot, username)
    for text in (name, role, password, repeat):
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, text)
    enter(qtbot)
    return dialog


def test_a_staff_member_just_added_is_the_one_selected(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    """The full-day trial added a member, pressed Alt+R, and was offered to reset the
    admin's own password: the selection had stayed on the admin."""
    window = open_counter(qtbot, ui_ctx, people.admin)
    add_staff_by_keys(qtbot, ui_ctx, ("zoe", "Zoe Clerk", "", "password-1", "password-1"))
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "zoe was added" in seen(window)
    reset = window.findChild(QPushButton, "resetPassword")
    assert reset is not None
    press(qtbot, Key.Key_R, Alt)  # the reset button's key
    wait_for_dialog(qtbot, "Reset the password of zoe")


def test_add_staff_refuses_two_passwords_that_differ_and_creates_nobody(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    """A slip in a password nobody sees would leave an account nobody can open: Add staff
    asks for it twice, as the first run and Reset do."""
    open_counter(qtbot, ui_ctx, people.admin)
    fields = ("newclerk", "New Clerk", "", "password-1", "password-2")
    dialog = add_staff_by_keys(qtbot, ui_ctx, fields)
    settle(qtbot, ui_ctx)
    assert dialog.isVisible()
    assert "The two passwords differ" in seen(dialog)
    assert "newclerk" not in [m.username for m in services.staff.list(people.admin)]
