"""A weak password at the first run, by keyboard (issue 16, probe defect 6): the store's
first admin is refused a common password and one that is the username, says why at the
password, creates nothing, and is created once the password is a good one."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import enter, focus_is_in, press, seen, type_text, wait_for_dialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_app.app import start
from pos_app.data import models
from pos_app.data.database import Database

pytestmark = pytest.mark.sqlite_only


def accounts(url: str) -> list[tuple[str, str]]:
    db = Database(url)
    try:
        return db.read(
            lambda tx: [(a.username, a.role) for a in tx.session.scalars(select(models.Account))]
        )
    finally:
        db.dispose()


def retype_password(qtbot: QtBot, password: str) -> None:
    """From the password field: replace it and its repeat with ``password``."""
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, password)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, password)


def test_the_first_run_refuses_a_weak_admin_password_and_creates_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'new-store.db'}"
    controller = start(["--database", url])
    assert controller is not None
    try:
        # a new file is migrated first: on a busy machine that takes more than 5 s
        dialog = wait_for_dialog(qtbot, "set up the store", timeout=20_000)
        focus_is_in(qtbot, dialog, "storeName")
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "Corner Store")
        press(qtbot, Qt.Key.Key_Tab)  # the address is optional
        for text in ("Store Owner", "store.owner", "password1", "password1"):
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, text)
        enter(qtbot)
        qtbot.waitUntil(lambda: "most common" in seen(dialog))
        assert "This password is one of the most common ones; choose another" in seen(dialog)
        focus_is_in(qtbot, dialog, "password")  # the cursor is where the fix goes
        assert accounts(url) == []

        retype_password(qtbot, "Store.Owner")
        enter(qtbot)
        qtbot.waitUntil(lambda: "cannot be the username" in seen(dialog))
        assert "most common" not in seen(dialog)
        focus_is_in(qtbot, dialog, "password")
        assert accounts(url) == []

        retype_password(qtbot, "Corner-Ledger-42")
        enter(qtbot)
        sign_in = wait_for_dialog(qtbot, "Sign in")
        assert "Corner Store" in seen(sign_in)
        assert accounts(url) == [("store.owner", "admin")]
    finally:
        controller.shutdown()
