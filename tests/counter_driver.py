"""A real Counter POS process driven by keys, for tests that kill it.

    python tests/counter_driver.py ring URL USER PASSWORD CODE [CODE...] [--customer NAME]
        start the app, sign in by typing, scan the codes, attach the customer, print
        READY and keep running until killed;
    python tests/counter_driver.py look URL USER PASSWORD
        start the app, sign in by typing, wait for the cart to come back, print one JSON
        line {"rows": [...], "seen": "..."} and quit.

Keys go only to the focused widget (tests/keyboard.py); the window is the real one.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from pos_app.app import start

TIMEOUT_MS = 30_000


def pause(msecs: int) -> None:
    """Let the event loop run for ``msecs``. (QTest.qWait would hold the GIL meanwhile, and
    the app's worker thread, opening the database, would crawl.)"""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_until(check: object, what: str) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not check():  # type: ignore[operator]
        if clock.elapsed() > TIMEOUT_MS:
            raise SystemExit(f"driver: timed out waiting for {what}")
        pause(20)


def focused() -> QWidget:
    wait_until(lambda: QApplication.focusWidget() is not None, "a focused widget")
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    for char in text:
        QTest.keyClick(focused(), char)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def idle(controller: object) -> None:
    tasks = controller.tasks  # type: ignore[attr-defined]
    wait_until(lambda: not tasks.busy(), "the database work to finish")
    pause(50)


def cart_rows(controller: object) -> list[list[str]]:
    window = controller.window  # type: ignore[attr-defined]
    table = window.findChild(QTableView, "cartTable")
    model = table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(2)] for r in range(model.rowCount())
    ]


def sign_in(url: str, user: str, password: str) -> object:
    controller = start(["--database", url])
    assert controller is not None
    opened: list[bool] = []
    controller.database_ready.connect(lambda: opened.append(True))
    wait_until(lambda: opened, "the database")
    wait_until(lambda: QApplication.activeModalWidget() is not None, "the sign-in dialog")
    type_text(user)
    press(Qt.Key.Key_Tab)
    type_text(password)
    press(Qt.Key.Key_Return)
    wait_until(lambda: controller.window is not None, "the main window")
    window = controller.window
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, "the main window in front")
    idle(controller)
    return controller


def main(argv: list[str]) -> int:
    mode, url, user, password, *rest = argv
    controller = sign_in(url, user, password)
    if mode == "ring":
        customer = ""
        if "--customer" in rest:
            at = rest.index("--customer")
            customer = rest[at + 1]
            rest = rest[:at] + rest[at + 2 :]
        for code in rest:
            type_text(code)
            press(Qt.Key.Key_Return)
            idle(controller)
        if customer:
            press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
            type_text(customer)
            press(Qt.Key.Key_Return)
            idle(controller)
        print("READY " + json.dumps(cart_rows(controller)), flush=True)
        return controller.app.exec()  # type: ignore[attr-defined,no-any-return]
    idle(controller)
    from keyboard import seen_words  # noqa: PLC0415

    print(json.dumps({"rows": cart_rows(controller), "seen": seen_words(controller.window)}))
    sys.stdout.flush()
    os._exit(0)  # what happens after this is not under test


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
