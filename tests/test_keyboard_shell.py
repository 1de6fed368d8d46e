"""The shell by keyboard: start-up, the task runner under closing screens, one fixed
shortcut per workspace, the first run's store details."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
import shiboken6
from conftest import STAFF_PASSWORD, People
from keyboard import (
    cells,
    enter,
    focus_is_in,
    open_counter,
    press,
    seen,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_keyboard_dialogs import check_window_fits, duplicates, mnemonics

from pos_app.app import AppController, start
from pos_app.domain.enums import Role
from pos_app.ui.context import AppContext
from pos_app.ui.receipts import _header as receipt_header
from pos_app.ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only


class _Page(QObject):
    """Stands for a screen's loader: its answer arrives as a signal of its own."""

    loaded = Signal(object)

    def deliver(self, value: object) -> None:
        self.loaded.emit(value)


def test_an_answer_for_a_closed_screen_is_dropped_quietly(qtbot: QtBot) -> None:
    """Closing the window while its reads run used to print
    "RuntimeError: Signal source has been deleted" from the task runner."""
    tasks = TaskRunner()
    release = threading.Event()
    page, other = _Page(), _Page()
    answers: list[object] = []
    other.loaded.connect(answers.append)

    def slow() -> str:
        release.wait(5)
        return "rows"

    tasks.read(slow, page.deliver, answers.append)  # a method of the closed screen
    tasks.read(slow, lambda rows: page.loaded.emit(rows), answers.append)  # noqa: PLW0108
    tasks.read(slow, other.deliver, answers.append)  # a screen still open
    shiboken6.delete(page)  # the window closes while the jobs run
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5_000)
    assert answers == ["rows"]  # the open screen got its answer; nothing raised
    assert tasks.wait(5_000)


def _start_held(url: str) -> tuple[AppController, threading.Event]:
    """The real controller on ``url``, its database opening held back until the event."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, url, None)
    opened = threading.Event()
    controller.tasks.write(lambda: opened.wait(20), lambda _r: None, lambda _e: None)
    controller.start()
    return controller, opened


def test_enter_while_the_database_opens_signs_in_once_it_is_ready(
    qtbot: QtBot, db_url: str, people: People
) -> None:
    controller, opened = _start_held(db_url)
    try:
        dialog = wait_for_dialog(qtbot, "Sign in")
        focus_is_in(qtbot, dialog, "username")
        check_window_fits(dialog)
        assert not duplicates(mnemonics(dialog))
        assert "Opening the database" in seen(dialog)
        type_text(qtbot, "cashier1")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, STAFF_PASSWORD)
        enter(qtbot)  # the database is not open yet
        assert "signed in as soon as it is ready" in seen_words(dialog)
        assert controller.window is None
        opened.set()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None
        assert "Test Cashier (cashier)" in seen(window)
    finally:
        opened.set()
        controller.shutdown()


def test_the_first_run_names_the_store_and_the_receipt_shows_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    controller = start(["--database", f"sqlite:///{tmp_path / 'new-store.db'}"])
    assert controller is not None
    try:
        # The new store is migrated first: seconds on a loaded machine.
        dialog = wait_for_dialog(qtbot, "set up the store", timeout=20_000)
        check_window_fits(dialog)
        assert not duplicates(mnemonics(dialog))
        focus_is_in(qtbot, dialog, "storeName")  # the cursor starts in the store's name
        # (whatever an earlier store on this computer saved there goes: it is required)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, Qt.Key.Key_Backspace)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "12 Market Street, Springfield")
        for text in ("Store Owner", "owner", "owner-pass-1", "owner-pass-1"):
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, text)
        enter(qtbot)
        # the name is required, said in place; nothing is created
        assert "Give the store a name" in seen(dialog)
        focus_is_in(qtbot, dialog, "storeName")
        type_text(qtbot, "Corner Store")
        assert "Give the store a name" not in seen(dialog)  # fixed: the message goes
        enter(qtbot)
        sign_in = wait_for_dialog(qtbot, "Sign in")
        assert "Corner Store" in seen(sign_in)
        settings = controller.settings
        assert settings.store_name == "Corner Store"
        assert settings.store_address == "12 Market Street, Springfield"
        # the receipt header is where a customer reads them
        header = receipt_header(settings)
        assert "Corner Store" in header
        assert "12 Market Street, Springfield" in header
    finally:
        controller.shutdown()


EXPECTED_KEYS = {
    "Checkout": "Ctrl+1",
    "Customers": "Ctrl+2",
    "Inventory": "Ctrl+3",
    "Reviews": "Ctrl+4",
    "Sales": "Ctrl+5",
    "Staff": "Ctrl+6",
    "Audit": "Ctrl+7",
    "Pricing": "Ctrl+9",
    "Conflicts": "Ctrl+0",
}


@pytest.mark.parametrize("role", [Role.CASHIER, Role.MANAGER, Role.ADMIN])
def test_each_workspace_has_one_shortcut_whatever_the_role(
    qtbot: QtBot, ui_ctx: AppContext, people: People, role: Role
) -> None:
    window = open_counter(qtbot, ui_ctx, people.by_role(role))
    listed = cells(window.workspace_list)
    names = [row[0].split("\t")[0] for row in listed]
    assert names == window.workspace_names()
    for row in listed:  # the list shows each one's keys
        name, _, keys = row[0].partition("\t")
        assert keys == EXPECTED_KEYS[name]
    for name, keys in EXPECTED_KEYS.items():
        digit = getattr(Qt.Key, f"Key_{keys[-1]}")
        press(qtbot, digit, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, ui_ctx)
        current = window.workspace_list.currentItem()
        if name in names:
            assert current is not None and current.text().startswith(name)
        else:  # a role without it gets nothing: the page stays where it was
            assert current is not None and not current.text().startswith(name)


def test_ctrl_q_quits_while_screens_load_and_nothing_reaches_the_terminal(
    qtbot: QtBot, db_url: str, people: People, capfd: pytest.CaptureFixture[str]
) -> None:
    """Ctrl+Q quits on every platform (the standard Quit key is empty on some), with pages
    still loading: answers for the closed screens are dropped without a traceback. (The
    deleted-receiver case itself is pinned down by the task-runner test above.)"""
    controller, opened = _start_held(db_url)
    opened.set()
    try:
        dialog = wait_for_dialog(qtbot, "Sign in")
        type_text(qtbot, "admin1")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, STAFF_PASSWORD)
        enter(qtbot)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None and not dialog.isVisible()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        for digit in (Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_7, Qt.Key.Key_2):
            press(qtbot, digit, Qt.KeyboardModifier.ControlModifier)  # each starts loading
        press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    finally:
        controller.shutdown()
    qtbot.wait(200)  # late answers reach the event loop
    QApplication.processEvents()
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err
    assert "Traceback" not in err


def _qt_objects_awaiting_collection() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, QObject))


def test_finished_jobs_leave_no_qt_object_for_the_garbage_collector(qtbot: QtBot) -> None:
    """A Qt object left in a reference cycle is freed by whichever thread the garbage
    collector happens to run on; freed on a pool thread it crashed the app (a segfault in
    about one keyboard run in seven). Jobs must leave none behind."""
    tasks = TaskRunner()
    answers: list[object] = []
    gc.collect()
    gc.disable()  # count what is left, before any collection frees it
    try:
        before = _qt_objects_awaiting_collection()
        for n in range(50):
            tasks.read(lambda n=n: n, answers.append, answers.append)
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=5_000)
        after = _qt_objects_awaiting_collection()
    finally:
        gc.enable()
    assert sorted(answers) == list(range(50))
    assert after - before < 5, f"{after - before} Qt objects left by 50 jobs"
    assert tasks.wait(5_000)


def test_the_app_collects_garbage_on_the_ui_thread_only(qtbot: QtBot) -> None:
    """A Qt object freed by the cyclic collector on a worker thread crashed a test run;
    the app switches automatic collection off and collects from a UI-thread timer."""
    import gc  # noqa: PLC0415
    import threading  # noqa: PLC0415
    import weakref  # noqa: PLC0415

    from PySide6.QtCore import QObject  # noqa: PLC0415

    from pos_app.ui.collector import GarbageCollector  # noqa: PLC0415

    freed_on: list[str] = []

    class Holder(QObject):
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    owner = QObject()
    try:
        collector = GarbageCollector(owner)
        collector.timer.stop()  # the test says when
        assert not gc.isenabled()
        holder = Holder()
        holder.me = holder  # type: ignore[attr-defined]  # a cycle only the collector frees
        alive = weakref.ref(holder)
        del holder
        worker = threading.Thread(target=lambda: [[] for _ in range(10_000)], name="worker")
        worker.start()
        worker.join()
        assert alive() is not None  # the worker's allocations did not collect it
        junk = [[] for _ in range(gc.get_threshold()[0] + 1)]  # enough new objects
        collector.check()
        del junk
        assert alive() is None
        assert freed_on == [threading.main_thread().name]
    finally:
        owner.deleteLater()


def test_a_new_idle_time_counts_at_once_for_whoever_is_signed_in(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    """The second keyboard trial set 1 minute in Settings and saw no lock after 2: the
    new time waited for the next sign-in."""
    window = open_counter(qtbot, ui_ctx, people.admin)
    press(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, "Settings")
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Lock when &idle for
    focus_is_in(qtbot, dialog, "idleLock")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "1")
    enter(qtbot)  # Save
    wait_no_dialog(qtbot)
    assert ui_ctx.settings.idle_lock_minutes == 1
    timer = window.idle_watcher.timer
    # a minute from now, not the fifteen it had (Qt may move a timer this long by 5%)
    assert timer.interval() == 60_000 and 50_000 < timer.remainingTime() < 64_000


def test_a_key_restarts_the_idle_lock_and_a_quiet_window_does_not(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    """The idle lock's clock runs while nothing is typed (paints and timers go on) and a
    key where the focus is starts it again: the filter that sees every event of the app
    passes over the non-input ones without reading their type."""
    window = open_counter(qtbot, ui_ctx, people.cashier)
    timer = window.idle_watcher.timer
    window.idle_watcher.set_interval(10_000)  # Qt may move a timer this long by 5%
    qtbot.wait(2_000)
    assert timer.remainingTime() < 8_700
    type_text(qtbot, "a")
    assert timer.remainingTime() > 9_000
    assert not window.locked
