"""Signing in keeps the program running (found in a keyboard trial under a window
manager): the sign-in dialog closes before the main window opens, because the window waits
for the store's currency to be read, and with no window on screen meanwhile Qt took the
last one closed for the end of the program and quit at every sign-in."""

from __future__ import annotations

import pytest
from conftest import STAFF_PASSWORD, People
from keyboard import enter, focus_is_in, press, type_text, wait_for_dialog
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.app import AppController

pytestmark = pytest.mark.sqlite_only

WINDOW_SHOWN = 7  # what the test's loop ends with once the main window is on screen
GAVE_UP = 9


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

        # Enter, in the program's own event loop (as main() runs it): a loop that Qt
        # ends when the last window closes, which a test's waits do not show.
        def window_shown() -> None:
            if controller.window is not None and controller.window.isVisible():
                app.exit(WINDOW_SHOWN)

        poll = QTimer()
        poll.timeout.connect(window_shown)
        poll.start(50)
        QTimer.singleShot(0, lambda: enter(qtbot))
        QTimer.singleShot(20_000, lambda: app.exit(GAVE_UP))
        ended_with = app.exec()
        poll.stop()
        assert ended_with == WINDOW_SHOWN  # 0: the program quit before its window opened
        assert app.quitOnLastWindowClosed()  # closing the window still ends the program
    finally:
        controller.shutdown()
