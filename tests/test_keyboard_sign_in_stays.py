"""Signing in keeps the program running (found in a keyboard trial under a window
manager): the sign-in dialog closes before the main window opens, because the window waits
for the store's currency to be read, and with no window on screen meanwhile Qt took the
last one closed for the end of the program and quit at every sign-in. (A test's waits do
not run the program's own event loop, where that quit happens, so the test reads the rule
Qt applies at the moment the dialog closes.)"""

from __future__ import annotations

import pytest
from conftest import STAFF_PASSWORD, People
from keyboard import enter, focus_is_in, press, type_text, wait_for_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.app import AppController

pytestmark = pytest.mark.sqlite_only


def test_a_cashier_signs_in_and_the_program_keeps_running(
    qtbot: QtBot, db_url: str, people: People
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, db_url, None)
    try:
        controller.start()
        dialog = wait_for_dialog(qtbot, "Sign in")
        focus_is_in(qtbot, dialog, "username")
        type_text(qtbot, "cashier1")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, STAFF_PASSWORD)
        qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
        when_closed: list[tuple[bool, bool]] = []
        dialog.finished.connect(
            lambda _code: when_closed.append(
                (controller.window is None, app.quitOnLastWindowClosed())
            )
        )
        enter(qtbot)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None and window.isVisible()
        # The dialog closed with no window on screen yet: closing the last window must not
        # end the program then (it did, at every sign-in)...
        assert when_closed == [(True, False)]
        # ...and closing the main window still does.
        assert app.quitOnLastWindowClosed()
    finally:
        controller.shutdown()
        app.setQuitOnLastWindowClosed(True)
