"""The one wiring point: settings -> engine -> migrate -> services -> Qt.

The sign-in dialog shows at once; the database work (importing SQLAlchemy, connecting,
migrating) runs on the task runner meanwhile, and "Sign in" is enabled when it is done.
A new store gets the first-run dialog instead. Then the main window for the role that
signed in.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from pos_app.db_password import saved_password
from pos_app.domain.currency import Currency
from pos_app.domain.errors import PosError
from pos_app.logging_setup import setup_logging
from pos_app.services.records import Actor
from pos_app.settings import (
    APP_NAME,
    choose_database,
    masked_url,
    prepare_settings_file,
    prepare_sqlite_path,
)
from pos_app.shipped import shipped_dir
from pos_app.ui.backup_settings import BackupAtSignIn
from pos_app.ui.collector import GarbageCollector
from pos_app.ui.context import AppContext, AppSettings
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.i18n import chosen_language, install_language
from pos_app.ui.main_window import MainWindow
from pos_app.ui.money_format import use_plain_money, use_store_currency
from pos_app.ui.sign_in import FirstAdminDialog, LockDialog, SignInDialog
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.widgets import guard_alt_letters

if TYPE_CHECKING:
    from pos_app.data.database import Database
    from pos_app.services import Services

log = logging.getLogger(__name__)
RESOURCES = shipped_dir("resources")


#: --smoke-test gives up (exit status 2) when no dialog has shown by then.
SMOKE_TEST_TIMEOUT_MS = 120_000


def app_version() -> str:
    """The installed distribution's version (the wheel's, or the bundle's copy of it)."""
    try:
        return metadata.version("counter-pos")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pos-app", description="Counter POS desktop app")
    parser.add_argument("--database", metavar="URL", help="database to open (overrides settings)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen on a new database in a temporary folder (or on --database), "
        "exit 0 once the sign-in or first-run dialog shows; for checking an install",
    )
    return parser.parse_args(argv)


def _open_database(url: str, password: str | None = None) -> tuple[Database, Services]:
    """Connect and migrate; runs on a worker thread, which also pays for importing the
    data layer (SQLAlchemy, Alembic), so the sign-in dialog does not wait for it.
    ``password`` (typed at start or from the keyring) goes into the parsed address as
    SQLAlchemy's URL holds it, never pasted into the text: any character is safe in it."""
    from pos_app.data.database import Database, parse_url  # noqa: PLC0415
    from pos_app.data.migrate import upgrade_to_head  # noqa: PLC0415
    from pos_app.services import build_services  # noqa: PLC0415

    prepare_sqlite_path(url)
    parsed = parse_url(url)
    db = Database(parsed if password is None else parsed.set(password=password))
    try:
        upgrade_to_head(db)
    except BaseException:
        db.dispose()
        raise
    return db, build_services(db)


class AppController(QObject):
    """Drives start-up, sign-in, sign-out, switch user and lock.

    Signals: ready(): the sign-in dialog is on screen (the database may still be opening);
    database_ready(): the database is open, and the sign-in dialog can sign in (or the
    first-run dialog is showing); failed(str): the database could not be opened (the
    message was shown).
    """

    ready = Signal()
    database_ready = Signal()
    failed = Signal(str)

    def __init__(
        self, app: QApplication, url: str, log_path: Path | None, password: str | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self._url = url
        self._password = password
        self.tasks = TaskRunner(self)
        self.errors = ErrorPresenter(log_path, self)
        #: Garbage is collected on this (the UI) thread only: see pos_app.ui.collector.
        self.collector = GarbageCollector(self)
        self.settings = AppSettings()
        self.db: Database | None = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | FirstAdminDialog | None = None
        self.backups: BackupAtSignIn | None = None
        #: Why start-up stopped, on screen until read (held here: a box nobody holds is
        #: deleted at once, and the program went on with no window at all).
        self.error_box: QMessageBox | None = None

    @property
    def url(self) -> str:
        """The address being opened (saved without its password); once open, the one
        opened, with the password in it as it was given."""
        if self.db is not None:
            return self.db.url.render_as_string(hide_password=False)
        return self._url

    def start(self) -> None:
        url, password = self._url, self._password
        self.tasks.write(lambda: _open_database(url, password), self._opened, self._open_failed)
        dialog = self._new_sign_in(None)
        dialog.open()
        # Announced from the event loop, so that whoever called start() can listen first.
        QTimer.singleShot(0, self.ready.emit)

    def _open_failed(self, exc: Exception) -> None:
        if self.dialog is not None:
            self.dialog.hide()
        message = self.errors.message_for(exc)
        if not isinstance(exc, PosError):
            log.error("start-up failed", exc_info=(type(exc), exc, exc.__traceback__))
        else:
            log.error("cannot open the database: %s", message)
        box = QMessageBox(QMessageBox.Icon.Critical, "Counter POS", message)
        box.setObjectName("startupError")
        box.finished.connect(lambda _code: self.app.exit(1))
        self.error_box = box
        box.open()
        self.failed.emit(message)

    def _opened(self, opened: tuple[Database, Services]) -> None:
        self.db, services = opened
        sqlite_path = (self.db.url.database or "") if self.db.backend == "sqlite" else ""
        self.ctx = AppContext(
            services, self.tasks, self.errors, self.settings, self.db.location, sqlite_path
        )
        self.collector.keep_for_good()  # what is built now lives as long as the program
        self.tasks.read(services.auth.needs_first_admin, self._first_dialog, self._open_failed)

    def _first_dialog(self, needs_admin: bool) -> None:
        assert self.ctx is not None
        waiting = self.dialog
        if needs_admin:
            if waiting is not None:
                waiting.hide()
                waiting.deleteLater()
            first = FirstAdminDialog(self.ctx)
            first.created.connect(lambda member: self.show_sign_in(member.username))
            first.rejected.connect(self.app.quit)
            self.dialog = first
            first.open()
        elif isinstance(waiting, SignInDialog):
            waiting.attach(self.ctx)
        else:
            self.show_sign_in()
        self.database_ready.emit()

    def _new_sign_in(self, ctx: AppContext | None) -> SignInDialog:
        dialog = SignInDialog(ctx, settings=self.settings)
        dialog.signed_in.connect(self.open_main_window)
        dialog.rejected.connect(self._sign_in_cancelled)
        self.dialog = dialog
        return dialog

    def show_sign_in(self, username: str = "") -> None:
        assert self.ctx is not None
        dialog = self._new_sign_in(self.ctx)
        if username:
            dialog.prefill(username)
        dialog.open()

    def _sign_in_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def open_main_window(self, actor: Actor) -> None:
        """Read the store's currency (every amount on the window is written in it), then
        open the window for ``actor``."""
        assert self.ctx is not None
        taxes = self.ctx.services.taxes
        # The sign-in dialog closes now and the window opens only when the read is back:
        # with no window on screen meanwhile, Qt would take the last one closed for the
        # end of the program and quit (seen under a window manager: the app exited at
        # every sign-in). ``_open_main_window`` puts the rule back once the window shows.
        self.app.setQuitOnLastWindowClosed(False)

        def failed(exc: Exception) -> None:  # the window still opens, amounts plain
            self._log_failure(exc)
            self._open_main_window(actor)

        self.tasks.read(
            lambda: taxes.currency(actor),
            lambda currency: self._open_main_window(actor, currency),
            failed,
        )

    def _open_main_window(self, actor: Actor, currency: Currency | None = None) -> None:
        assert self.ctx is not None
        self.close_main_window()
        if currency is not None:
            use_store_currency(currency)
        window = MainWindow(self.ctx, actor)
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(self.sign_out)
        window.lock_requested.connect(self.lock)
        self.window = window
        window.show()
        self.app.setQuitOnLastWindowClosed(True)
        # A SQLite store: warn of an old backup, and make the day's copy off the UI thread.
        self.backups = BackupAtSignIn(self.ctx, window)
        self.backups.start()
        window.settings_closed.connect(self.backups.start)
        # PostgreSQL: the other counters' changes, too (SQLite: nothing to start).
        self.ctx.services.changes.start_listening()
        log.info("signed in: %s (%s)", actor.username, actor.role.value)

    def close_main_window(self) -> None:
        if self.window is not None:
            self.window.leave()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
            use_plain_money()
        if self.ctx is not None:  # nobody shows the other counters' changes now
            self.ctx.services.changes.stop_listening()

    def sign_out(self) -> None:
        """Sign out (or hand the counter over): a cart on screen is parked first."""
        if self.window is not None and self.ctx is not None:
            actor = self.window.actor
            services = self.ctx.services
            log.info("signed out: %s", actor.username)
            self.close_main_window()
            from pos_app.services.offline_overrides import signed_out_here  # noqa: PLC0415

            tickets = services.offline.tickets
            self.tasks.write(
                lambda: signed_out_here(services.auth, tickets, actor), _ignore, self._log_failure
            )
        self.show_sign_in()

    def lock(self) -> None:
        assert self.ctx is not None
        window = self.window
        if window is None:
            return
        dialog = LockDialog(self.ctx, window.actor, window)
        if window.lock_reason:
            dialog.explain(window.lock_reason)
        dialog.switch_requested.connect(self.sign_out)
        dialog.signed_in.connect(lambda actor: self._unlocked(window, actor))
        self.dialog = dialog
        dialog.open()

    def _unlocked(self, window: MainWindow, actor: Actor) -> None:
        log.info("unlocked by %s", actor.username)
        window.unlock()

    def _log_failure(self, exc: Exception) -> None:
        self.errors.report(exc)

    def shutdown(self) -> None:
        # The window first: leaving parks a cart on screen, a write that must finish
        # before the database closes.
        self.close_main_window()
        if self.dialog is not None:  # a sign-in or first-run dialog still up
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if self.error_box is not None:  # hidden, not closed: closing it asks to exit
            self.error_box.hide()
            self.error_box.deleteLater()
            self.error_box = None
        self.tasks.wait()
        if self.db is not None:
            self.db.dispose()


def _ignore(_result: object) -> None:
    """A result nobody needs to see."""


def _needs_password(url: str, settings: AppSettings) -> bool:
    """The saved server address, saved without the password it needs."""
    return url == settings.database_url and settings.database_needs_password


def _ask_password(url: str) -> str | None:
    """The saved server's password: from the system keyring (the admin typed it once in
    Settings), else asked for (never stored). None: not given."""
    found = saved_password(url)
    if found.password is not None:
        return found.password
    dialog = QInputDialog()
    dialog.setObjectName("databasePassword")
    dialog.setWindowTitle("Counter POS")
    ask = "Database password:"
    if found.problem:  # said, and asked anyway: a locked keyring must not stop the store
        ask = f"{found.problem}.\n\nType the password to start this time.\n\n{ask}"
    dialog.setLabelText(ask)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    given, password = dialog.exec(), dialog.textValue()
    dialog.deleteLater()
    return password if given else None


def start(argv: Sequence[str] | None = None) -> AppController | None:
    """Build the application and begin start-up; returns the controller."""
    args = parse_args(argv)
    log_path = setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pos-app"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = RESOURCES / "icon.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    guard_alt_letters(app)
    store = QSettings()
    prepare_settings_file(Path(store.fileName()))  # 0600 in 0700, before Qt writes it
    settings = AppSettings(store)
    install_language(chosen_language(settings.language))  # before the first window
    choice = choose_database(args.database, settings.database_url or None)
    log.info("opening the database %s (from %s)", masked_url(choice.url), choice.source)
    password = None
    if _needs_password(choice.url, settings):
        password = _ask_password(choice.url)
        if password is None:
            return None
    controller = AppController(app, choice.url, log_path, password)
    controller.start()
    return controller


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        return smoke_test(args.database)
    controller = start(argv)
    if controller is None:
        return 1
    code = controller.app.exec()
    controller.shutdown()
    return code


def smoke_test(database: str | None) -> int:
    """Start offscreen, as far as the sign-in or first-run dialog, and stop: 0 once it
    shows, 1 when the database could not be opened (the reason on stderr), 2 on no dialog
    in time. The database is a new SQLite file in a temporary folder unless given, so that
    checking an install never migrates the store's own."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="pos-smoke-") as folder:
        url = database or f"sqlite:///{Path(folder) / 'smoke-test.db'}"
        controller = start(["--database", url])
        if controller is None:
            return 1
        app = controller.app

        def shown() -> None:
            dialog = controller.dialog
            if dialog is None or not dialog.isVisible():
                print("smoke test: no dialog is showing", file=sys.stderr)
                app.exit(3)
                return
            kind = "first-run" if isinstance(dialog, FirstAdminDialog) else "sign-in"
            print(f"smoke test: Counter POS {app_version()} shows its {kind} dialog")
            app.exit(0)

        def failed(message: str) -> None:
            print(f"smoke test: start-up failed: {message}", file=sys.stderr)
            app.exit(1)

        def too_late() -> None:
            print("smoke test: no dialog showed in time", file=sys.stderr)
            app.exit(2)

        controller.database_ready.connect(shown)
        controller.failed.connect(failed)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, too_late)
        code = app.exec()
        controller.shutdown()
    return code
