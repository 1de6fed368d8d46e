"""The main window: workspaces by role, status bar, connection banner, menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.enums import Role
from pos_app.domain.errors import SignInEndedError
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.forms import named, screen_of
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, ltr, translate
from pos_app.ui.live import LiveChanges
from pos_app.ui.offline_sync import OfflineSyncer
from pos_app.ui.service_messages import error_text
from pos_app.ui.settings_dialog import SettingsDialog
from pos_app.ui.widgets import ElidedLabel
from pos_app.ui.workspace_stack import ShortcutColumnDelegate, WorkspaceStack
from pos_app.ui.workspaces.base import Workspace

log = logging.getLogger(__name__)

PING_INTERVAL_MS = 5_000


@dataclass(frozen=True)
class WorkspaceSpec:
    #: In English: the key of ``MainWindow.workspaces``; shown as translated (``shown_name``).
    name: str
    #: Shown to the roles that may do this (the permission matrix decides, not this file).
    op: Op
    build: Callable[[AppContext, Actor], Workspace]
    #: Ctrl+<key> jumps here; the same key for every role (a role without it has nothing).
    key: str
    #: Only for staff, even where a customer may do ``op`` on their own records.
    staff_only: bool = False

    @property
    def shown_name(self) -> str:
        return translate("Workspaces", self.name)

    def shown_to(self, role: Role) -> bool:
        return allowed(role, self.op) and (role.is_staff or not self.staff_only)


def _lazy(module: str, cls: str) -> Callable[[AppContext, Actor], Workspace]:
    """Build a workspace from its module only when a role that sees it signs in."""

    def build(ctx: AppContext, actor: Actor) -> Workspace:
        workspace_class = getattr(import_module(f"pos_app.ui.workspaces.{module}"), cls)
        workspace: Workspace = workspace_class(ctx, actor)
        return workspace

    return build


#: Every workspace, in menu order, with the operation that shows it. Hiding is a
#: convenience; the services check permissions on every call.
WORKSPACES: list[WorkspaceSpec] = [
    WorkspaceSpec("Checkout", Op.SALE_CHECKOUT, _lazy("checkout", "CheckoutWorkspace"), "1"),
    WorkspaceSpec("Customers", Op.CUSTOMER_REGISTER, _lazy("customers", "CustomersWorkspace"), "2"),
    WorkspaceSpec(
        "Inventory",
        Op.PRODUCT_VIEW,
        _lazy("inventory", "InventoryWorkspace"),
        "3",
        staff_only=True,
    ),
    WorkspaceSpec("Reviews", Op.REVIEW_MODERATE, _lazy("reviews", "ReviewsWorkspace"), "4"),
    WorkspaceSpec("Sales", Op.SALE_HISTORY, _lazy("sales", "SalesWorkspace"), "5", staff_only=True),
    WorkspaceSpec("Staff", Op.STAFF_MANAGE, _lazy("staff", "StaffWorkspace"), "6"),
    WorkspaceSpec("Audit", Op.AUDIT_READ, _lazy("audit", "AuditWorkspace"), "7"),
    WorkspaceSpec("My account", Op.REVIEW_WRITE, _lazy("self_service", "SelfServicePage"), "8"),
    WorkspaceSpec("Pricing", Op.TAX_MANAGE, _lazy("pricing", "PricingWorkspace"), "9"),
    WorkspaceSpec("Conflicts", Op.OFFLINE_RESOLVE, _lazy("conflicts", "ConflictsWorkspace"), "0"),
]
#: For lupdate: the workspaces' names and the roles, shown through ``translate``.
_SHOWN = (
    [QT_TRANSLATE_NOOP("Workspaces", "Checkout"), QT_TRANSLATE_NOOP("Workspaces", "Customers")],
    [QT_TRANSLATE_NOOP("Workspaces", "Inventory"), QT_TRANSLATE_NOOP("Workspaces", "Reviews")],
    [QT_TRANSLATE_NOOP("Workspaces", "Sales"), QT_TRANSLATE_NOOP("Workspaces", "Staff")],
    [QT_TRANSLATE_NOOP("Workspaces", "Audit"), QT_TRANSLATE_NOOP("Workspaces", "My account")],
    [QT_TRANSLATE_NOOP("Workspaces", "Pricing"), QT_TRANSLATE_NOOP("Roles", "customer")],
    [QT_TRANSLATE_NOOP("Roles", "cashier"), QT_TRANSLATE_NOOP("Roles", "manager")],
    [QT_TRANSLATE_NOOP("Roles", "admin"), QT_TRANSLATE_NOOP("Workspaces", "Conflicts")],
)


class IdleWatcher(QObject):
    """Fires ``idle`` after a stretch without keyboard or mouse input anywhere in the app.

    Signals: idle(): no input for the whole interval.
    """

    idle = Signal()
    #: The classes of the input events below: every event the application handles passes
    #: through this filter (paints, timers, ...), and a class test first spares them
    #: reading their type, a Python enum made per call (a tenth of the UI's own CPU).
    _INPUT_CLASSES = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent)
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, msecs: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval(msecs)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(max(1, msecs))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, self._INPUT_CLASSES)
            and event.type() in self._INPUT
            and self.timer.isActive()
        ):
            self.timer.start()
        return False


class ConnectionBanner(QFrame):
    """A red strip that says the database is gone, with a Retry button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.retry = QPushButton(self.tr("&Retry"), self)
        self.retry.setObjectName("retryConnection")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)
        self.hide()


class MainWindow(QMainWindow):
    """Signals: sign_out_requested(), switch_user_requested(), lock_requested()."""

    sign_out_requested = Signal()
    switch_user_requested = Signal()
    lock_requested = Signal()
    #: Settings closed (saved or not): the daily backup looks again at its folder.
    settings_closed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor = actor
        self.online = True
        self.offline_sync = OfflineSyncer(ctx.services, ctx.tasks, self)
        self.setWindowTitle(self.tr("Counter POS — {store}").format(store=ctx.settings.store_name))
        # Room for the work, never more than the screen (1366x768 with a panel is common).
        screen = (screen_of(self) or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1280, screen.width()), min(720, screen.height()))

        self.banner = ConnectionBanner(self)
        self.banner.retry.clicked.connect(self.check_connection)
        self.workspace_list = QListWidget(self)
        self.workspace_list.setObjectName("workspaceList")
        self.workspace_list.setFixedWidth(180)
        self.workspace_list.setItemDelegate(ShortcutColumnDelegate(self.workspace_list))
        self.workspace_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.workspace_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget(self)

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.workspace_list)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(body)

        self._build_menus()
        self._build_workspaces()
        self._build_status_bar()
        self.workspace_list.currentRowChanged.connect(self._show_workspace)
        if self.workspace_list.count():
            self.workspace_list.setCurrentRow(0)

        ctx.errors.database_lost.connect(lambda message: self.set_online(False, message))
        ctx.tasks.failed.connect(self._job_failed)
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_INTERVAL_MS)
        self.ping_timer.timeout.connect(self.check_connection)
        self.ping_timer.start()
        self.locked = False
        self.lock_reason = ""  #: why the window locked, when not for idleness or Ctrl+L
        self._focus_before_lock: QWidget | None = None
        self.idle_watcher = IdleWatcher(self._idle_msecs(), self)
        self.idle_watcher.idle.connect(self.lock)
        self.lock_action.triggered.disconnect()
        self.lock_action.triggered.connect(self.lock)
        # What writes here and at other counters change reaches the pages that show it.
        self.live = LiveChanges(ctx.services.changes, self)
        self.live.changed.connect(self.changes_arrived)
        self._start_offline_sync()

    # -- construction --------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if allowed(self.actor.role, Op.SETTINGS_CHANGE):
            self.settings_action = QAction(self.tr("&Settings…"), self)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
            self.settings_action.triggered.connect(self.open_settings)
            file_menu.addAction(self.settings_action)
            file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_action = QAction(self.tr("S&witch user…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_action.triggered.connect(self.switch_user_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q on every platform (the standard key is empty on some, e.g. offscreen)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.switch_action, self.sign_out_action):
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))

    def _build_workspaces(self) -> None:
        """The role's workspaces in the list, the View menu and Ctrl+<key>; each page is
        built when first shown or named (``WorkspaceStack``)."""
        specs = {spec.name: spec for spec in WORKSPACES if spec.shown_to(self.actor.role)}
        self.workspaces = WorkspaceStack(
            self.stack,
            list(specs),
            lambda name: specs[name].build(self.ctx, self.actor),
            lambda name, page: self._workspace_built(specs[name], page),
        )
        for row, spec in enumerate(specs.values()):
            shown = QKeySequence(f"Ctrl+{spec.key}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            name = spec.shown_name
            item = QListWidgetItem(f"{name}\t{shown}")
            item.setToolTip(f"{name} ({shown})")
            self.workspace_list.addItem(item)
            action = QAction(f"&{spec.key} {name}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{spec.key}"))
            action.triggered.connect(lambda _=False, n=row: self.workspace_list.setCurrentRow(n))
            self.view_menu.addAction(action)
            self.addAction(action)

    def _workspace_built(self, spec: WorkspaceSpec, page: Workspace) -> None:
        page.shortcut = f"Ctrl+{spec.key}"
        page.heading.setText(translate("Workspaces", page.heading.text()))
        page.setEnabled(self.online or spec.name == "Checkout")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = named(
            ElidedLabel(
                f"{self.actor.display_name} ({translate('Roles', self.actor.role.value)})",
                mode=Qt.TextElideMode.ElideRight,
            ),
            "userLabel",
        )
        self.counter_label = named(
            ElidedLabel(self.ctx.settings.counter_name, mode=Qt.TextElideMode.ElideRight),
            "counterLabel",
        )
        # A long path or server address is shortened with "…" (whole in its tooltip)
        # instead of widening the window past the screen.
        self.database_label = named(
            ElidedLabel(
                # A path kept left to right in Arabic ("/tmp/…/pos.db", not "tmp/…/pos.db/").
                self.tr("Database: {location}").format(location=ltr(self.ctx.database_location))
            ),
            "databaseLabel",
        )
        self.connection_label = named(QLabel(), "statusOk")
        self.waiting_label = named(QLabel(), "offlineWaiting")
        self.waiting_label.hide()
        for widget in (
            self.user_label,
            self.counter_label,
            self.database_label,
            self.waiting_label,
            self.connection_label,
        ):
            bar.addPermanentWidget(widget)
        self._paint_connection()

    def _start_offline_sync(self) -> None:
        """Sales recorded offline go to the server in the background (issue 15), at once
        after each one; the status bar counts those waiting."""
        self.offline_sync.waiting_changed.connect(self._show_waiting)
        paying = getattr(self.workspaces.get("Checkout"), "paying", None)
        if paying is not None:
            paying.offline.recorded.connect(lambda _receipt: self.offline_sync.kick())
        self.offline_sync.start()

    # -- behaviour -----------------------------------------------------------------------
    def workspace_names(self) -> list[str]:
        return list(self.workspaces)

    def show_workspace(self, name: str) -> Workspace:
        self.workspace_list.setCurrentRow(list(self.workspaces).index(name))
        return self.workspaces[name]

    def _show_workspace(self, row: int) -> None:
        if row < 0:
            return
        workspace = self.workspaces[list(self.workspaces)[row]]
        self.stack.setCurrentWidget(workspace)
        workspace.activated()

    def changes_arrived(self, topics: frozenset[str]) -> None:
        for _name, workspace in self.workspaces.built():
            workspace.changed(topics)

    def check_connection(self) -> None:
        self.ctx.tasks.read(
            self.ctx.services.health.ping,
            lambda _none: self.set_online(True),
            lambda exc: self.set_online(False, self.ctx.errors.message_for(exc)),
        )

    def set_online(self, online: bool, message: str = "") -> None:
        was_online = self.online
        self.online = online
        if online:
            self.banner.hide()
        else:
            message = message or self.tr("The database cannot be reached.")
            kept = self.tr("Your work on screen is kept; it will reconnect by itself.")
            if self.offline_sync.can_sell:  # what goes on offline, and why the rest waits
                kept += " " + self.tr(
                    "Cash and card sales go on at the checkout. Returns, top-ups, new "
                    "customers and staff changes wait for the server: the sales, balances and "
                    "accounts are kept there."
                )
            self.banner.text.setText(f"{message} {kept}")
            self.banner.show()
        # Disabled, not cleared: whatever was typed stays. The checkout stays in use when
        # this counter can sell offline (a PostgreSQL store and a copy of its catalogue).
        selling = not online and self.offline_sync.can_sell
        self.stack.setEnabled(online or selling)
        for name, workspace in self.workspaces.built():
            workspace.setEnabled(online or name == "Checkout")
        paying = getattr(self.workspaces.get("Checkout"), "paying", None)
        if paying is not None:
            paying.server_away = selling
        self._paint_connection()
        if online and not was_online:
            current = self.stack.currentWidget()
            if isinstance(current, Workspace):
                current.refresh()

    def _show_waiting(self, waiting: int) -> None:
        """ "Offline: N sales waiting" while sales made offline wait for the server."""
        if waiting == 1:
            said = self.tr("Offline: 1 sale waiting")
        else:
            said = self.tr("Offline: {0} sales waiting").format(waiting)
        self.waiting_label.setText(said)
        self.waiting_label.setVisible(waiting > 0)

    def _paint_connection(self) -> None:
        online = self.tr("Connected") if self.online else self.tr("Offline")
        self.connection_label.setText(f"● {online}")
        self.connection_label.setObjectName("statusOk" if self.online else "statusBad")
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)

    def lock(self) -> None:
        """Hide the work and ask for the password (the controller shows the dialog)."""
        if self.locked:
            return
        self.locked = True
        self.idle_watcher.timer.stop()
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        body = self.centralWidget()
        if body is not None:
            body.setVisible(False)
        self.lock_requested.emit()

    def _job_failed(self, exc: object) -> None:
        """The server no longer takes this person's session (it idled out, or was ended
        elsewhere): lock, so that their password opens a new one. The screen that asked
        has said what was not done; the cart and the screens stay as they were."""
        if isinstance(exc, SignInEndedError):
            self.lock_reason = error_text(exc)
            self.lock()

    def unlock(self) -> None:
        self.locked = False
        self.lock_reason = ""
        body = self.centralWidget()
        if body is not None:
            body.setVisible(True)
        # The keys go back where they were typed before the lock (hiding the work took
        # the focus away, and nothing gave it back: the next key went nowhere).
        self.activateWindow()
        before, self._focus_before_lock = self._focus_before_lock, None
        if before is not None and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (page := self.stack.currentWidget()) is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle_watcher.timer.start()

    def leave(self) -> None:
        """Before sign-out or a switch of user: let each workspace keep its work safe."""
        self.ping_timer.stop()
        self.offline_sync.stop()
        self.idle_watcher.stop()
        self.live.stop()
        for _name, workspace in self.workspaces.built():
            workspace.before_leaving()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self.actor, self)
        # A new idle time counts from now, for whoever is signed in (it waited for the
        # next sign-in: the keyboard trial set 1 minute and saw no lock after 2).
        dialog.accepted.connect(lambda: self.idle_watcher.set_interval(self._idle_msecs()))
        dialog.finished.connect(lambda _code: self.settings_closed.emit())
        dialog.open()

    def _idle_msecs(self) -> int:
        """The store's idle-lock time, as the idle watcher counts it."""
        return self.ctx.settings.idle_lock_minutes * 60_000

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting with a cart on screen parks it (and the counter's file keeps it)."""
        self.leave()
        super().closeEvent(event)
