"""Settings (admin): database, counter, store details, thresholds, the counter's language
(from the next sign-in), the receipt printer, the customer display, the daily backups.
Saved with QSettings. The database password never goes there: it is kept in this
computer's system keyring (pos_app.db_password), from where the app takes it at start, so
cashiers are never asked for it; where there is no keyring it is asked for at start."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.db_password import (
    KeyringRefusedError,
    forget_password,
    keyring_key,
    save_password,
    saved_password,
)
from pos_app.devices.receipt_layout import StoreHeading
from pos_app.domain.sign_in_rules import SESSION_IDLE_MINUTES
from pos_app.services.connection import try_connection
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor
from pos_app.ui.backup_settings import BackupSettings
from pos_app.ui.context import AppContext
from pos_app.ui.customer_display_settings import CustomerDisplaySettings
from pos_app.ui.dialogs import prepare_focus
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import use_at_next_sign_in
from pos_app.ui.language_choice import chosen_code, language_box
from pos_app.ui.printer_settings import PrinterSettings
from pos_app.ui.sign_in import STORE_TEXT_MAX

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


#: The query parameters the dialog shows in fields of their own (host and user may be
#: given there too, libpq's way), and the password, which the settings never keep; any
#: other one of a saved address (connect_timeout, target_session_attrs, ...) is kept.
SHOWN_QUERY = ("sslmode", "sslrootcert", "host", "port", "user", "dbname", "password")


@dataclass(frozen=True)
class ServerFields:
    """What the server's fields hold: a saved address is kept byte for byte while they
    hold what was shown for it."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str
    rootcert: str


def postgres_url(fields: ServerFields, extra: Sequence[tuple[str, str]] = ()) -> str:
    """The address of the server typed in the fields, without any password (that goes to
    the keyring, and into the address only as it is opened)."""
    host = f"[{fields.host}]" if ":" in fields.host else fields.host  # IPv6
    query = [("sslmode", fields.sslmode)]
    if fields.rootcert:
        query.append(("sslrootcert", fields.rootcert))
    return (
        f"postgresql+psycopg://{quote(fields.user, safe='')}@{host}:{fields.port}/"
        f"{quote(fields.database, safe='')}?{urlencode([*query, *extra])}"
    )


def _kept_password(url: str) -> str | None:
    """The password the system keyring keeps for ``url``'s server, if it keeps one."""
    return saved_password(url).password


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - builds the dialog's widgets, top to bottom
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        layout = QVBoxLayout(self)
        # Two tabs, so that the dialog fits a 1366x768 screen with room to spare; the
        # counter's own details first: they are what is changed most.
        self.tabs = named(QTabWidget(self), "settingsTabs")
        layout.addWidget(self.tabs)

        store = QWidget(self)
        self.store_form = InlineForm(self)
        settings = ctx.settings
        self.counter = named(QLineEdit(settings.counter_name), "counterName")
        self.store_name = named(QLineEdit(settings.store_name), "storeName")
        self.store_address = named(QLineEdit(settings.store_address), "storeAddress")
        self.low_stock = named(QSpinBox(), "lowStock")
        self.low_stock.setRange(0, 100_000)
        self.low_stock.setValue(settings.low_stock_threshold)
        self.idle_lock = named(QSpinBox(), "idleLock")
        # No longer than a server session may sit unused: an unlocked window never
        # outlives the session its sales present (issue 16).
        self.idle_lock.setRange(1, SESSION_IDLE_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.store_form.add("counter", self.tr("&Counter name"), self.counter)
        self.store_form.add(
            "store_name", self.tr("Store &name"), self.store_name, limit=STORE_TEXT_MAX
        )
        self.store_form.add(
            "store_address",
            self.tr("Store &address (receipts)"),
            self.store_address,
            limit=STORE_TEXT_MAX,
        )
        self.store_form.add("low_stock", self.tr("&Low stock below"), self.low_stock)
        self.store_form.add("idle_lock", self.tr("Lock when &idle for"), self.idle_lock)
        # The sign-in dialog's list and setting (ui/language): the two always agree.
        self.language = language_box(settings.language)
        self.store_form.add("language", self.tr("Lan&guage"), self.language)
        self.language_note = named(
            QLabel(self.tr("A new language is used from the next sign-in.")), "languageNote"
        )
        self.language_note.setWordWrap(True)
        store_layout = QVBoxLayout(store)
        store_layout.addLayout(self.store_form.layout)
        store_layout.addWidget(self.language_note)
        store_layout.addWidget(self.store_form.form_error)
        store_layout.addStretch(1)
        self.tabs.addTab(store, self.tr("Counter and &store"))

        self.database_tab = database = QWidget(self)
        db_layout = QVBoxLayout(database)
        self.local = QRadioButton(self.tr("This computer's &file (one counter)"))
        self.server = QRadioButton(
            self.tr("A PostgreSQL s&erver on the network (several counters)")
        )
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        db_layout.addWidget(self.local)
        db_layout.addWidget(self.server)
        self.server_form = InlineForm(self)
        self.host = named(QLineEdit(), "host")
        self.port = named(QSpinBox(), "port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = named(QLineEdit("counterpos"), "database")
        self.user = named(QLineEdit("pos"), "user")
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("empty: unchanged")
            if settings.database_needs_password
            else self.tr("empty: none")
        )
        self.forget = named(QCheckBox(self.tr("For&get the saved password")), "forgetPassword")
        self.sslmode = named(QComboBox(), "sslmode")
        self.sslmode.addItems(SSL_MODES)
        self.rootcert = named(QLineEdit(), "sslrootcert")
        self.rootcert.setPlaceholderText(self.tr("/path/to/root.crt (for verify-full)"))
        for name, label, widget in (
            ("host", self.tr("&Host"), self.host),
            ("port", self.tr("P&ort"), self.port),
            ("database", self.tr("&Database"), self.database),
            ("user", self.tr("&User"), self.user),
            ("password", self.tr("&Password"), self.password),
            ("forget_password", "", self.forget),
            ("sslmode", self.tr("TLS &mode"), self.sslmode),
            ("sslrootcert", self.tr("TLS root &certificate"), self.rootcert),
        ):
            self.server_form.add(name, label, widget)
        self.server_box = QWidget(self)
        self.server_box.setLayout(self.server_form.layout)
        db_layout.addWidget(self.server_box)
        self.keyring_note = named(
            QLabel(
                self.tr(
                    "The password is kept in this computer's system keyring, never in the "
                    "settings file: the app takes it from there at start, and cashiers are "
                    "never asked for it. Without a keyring it is asked for at each start."
                )
            ),
            "keyringNote",
        )
        self.keyring_note.setWordWrap(True)
        db_layout.addWidget(self.keyring_note)
        test_row = QHBoxLayout()
        self.test_button = named(QPushButton(self.tr("&Test connection")), "testConnection")
        self.test_result = named(QLabel(), "testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        db_layout.addLayout(test_row)
        db_layout.addWidget(self.server_form.form_error)
        db_layout.addStretch(1)
        self.tabs.addTab(database, self.tr("Data&base"))
        self.printer = PrinterSettings(ctx, self._store_heading, self)
        self.tabs.addTab(self.printer, self.tr("&Receipt printer"))
        self.customer_display = CustomerDisplaySettings(ctx, self)
        self.tabs.addTab(self.customer_display, self.tr("Customer displa&y"))
        self.backups = BackupSettings(ctx, self)
        self.tabs.addTab(self.backups, self.tr("Bac&kups"))

        self.note = named(QLabel(), "settingsNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

        saved = settings.database_url
        (self.server if saved.startswith("postgresql") else self.local).setChecked(True)
        #: Query parameters of the saved address that have no field: kept on a change.
        self._extra_query: list[tuple[str, str]] = []
        if saved.startswith("postgresql"):
            self._show_server(saved)
        #: What the fields showed on opening: while they still hold it, saving keeps the
        #: saved address exactly (its spelling, its TLS mode and anything without a field).
        self._shown = self._server_fields()
        self.local.toggled.connect(self._mode_changed)
        self.test_button.clicked.connect(self.test)
        self._mode_changed()

    def _show_server(self, url: str) -> None:
        """The saved server's address in its fields, as much of it as can be read."""
        try:
            parts = urlsplit(url)
        except ValueError:  # an unclosed IPv6 bracket: nothing to show, the address is kept
            return
        query = parse_qsl(parts.query, keep_blank_values=True)
        values = dict(query)
        self.host.setText(parts.hostname or values.get("host", ""))
        # A port that is not a number: the default shows, and the address stays as saved.
        with contextlib.suppress(ValueError):
            self.port.setValue(parts.port or self.port.value())
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or values.get("user", "")))
        sslmode = values.get("sslmode", SSL_MODES[0])
        if self.sslmode.findText(sslmode) < 0:  # a mode libpq knows and the list does not
            self.sslmode.addItem(sslmode)
        self.sslmode.setCurrentText(sslmode)
        self.rootcert.setText(values.get("sslrootcert", ""))
        self._extra_query = [(key, value) for key, value in query if key not in SHOWN_QUERY]

    def _server_fields(self) -> ServerFields:
        return ServerFields(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.sslmode.currentText(),
            self.rootcert.text().strip(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        prepare_focus(self)  # the cursor in "Counter name", Save after the fields
        super().showEvent(event)

    def _store_heading(self) -> StoreHeading:
        """The store as typed (saved or not), for the test print."""
        return StoreHeading(self.store_name.text().strip(), self.store_address.text().strip())

    def _mode_changed(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())

    def chosen_url(self) -> str:
        """The database address as typed, without the password; empty for this
        computer's own file (or the file saved, if one was). The saved server's address
        exactly as saved while its fields hold what they showed."""
        saved = self.ctx.settings.database_url
        if self.local.isChecked():  # a file saved by hand (a path of its own) stays too
            return "" if saved.startswith("postgresql") else saved
        fields = self._server_fields()
        if saved.startswith("postgresql") and fields == self._shown:
            return saved
        return postgres_url(fields, self._extra_query)

    def test(self) -> None:
        self.server_form.clear()
        if self.server.isChecked() and not self.host.text().strip():
            self.server_form.show_error(self.tr("Enter the server's address"), "host")
            return
        url = self.chosen_url()
        if not url:
            self.test_result.setText(self.tr("This computer's own file is always available"))
            return
        typed = self.password.text() or None
        kept = typed is None and self._kept_for(url)
        self.test_result.setText(self.tr("Connecting…"))
        self.ctx.tasks.read(  # the keyring too is asked off the screen's thread
            lambda: try_connection(url, _kept_password(url) if kept else typed),
            self.test_result.setText,
            lambda exc: self.test_result.setText(self.ctx.errors.message_for(exc)),
        )

    def _kept_for(self, url: str) -> bool:
        """``url`` is the saved server, saved as needing a password: the keyring may keep
        it, so an empty password field means "the kept one"."""
        settings = self.ctx.settings
        return settings.database_needs_password and keyring_key(url) == keyring_key(
            settings.database_url
        )

    def save(self) -> None:
        if not allowed(self.actor.role, Op.SETTINGS_CHANGE):
            self.note.setText(self.tr("Only an admin changes the settings; nothing was saved"))
            return
        self.store_form.clear()
        self.server_form.clear()
        if not self.store_form.within_limits():
            self.tabs.setCurrentIndex(0)
            return
        if not self.counter.text().strip():
            self.tabs.setCurrentIndex(0)
            self.store_form.show_error(self.tr("Give this counter a name"), "counter")
            return
        if not self.store_name.text().strip():
            self.tabs.setCurrentIndex(0)
            self.store_form.show_error(
                self.tr("Give the store a name: receipts show it"), "store_name"
            )
            return
        printer = self.printer.values()
        if printer is None:  # said at its field, on its tab, where the cursor goes
            self.tabs.setCurrentWidget(self.printer)
            return
        display = self.customer_display.values()
        if display is None:
            self.tabs.setCurrentWidget(self.customer_display)
            return
        backups = self.backups.values()
        if backups is None:
            self.tabs.setCurrentWidget(self.backups)
            return
        settings = self.ctx.settings
        typed = self.password.text()
        url = self.chosen_url()
        kept = self._keep_password(url, typed)
        if kept is None:  # the keyring refused: said at the password, nothing saved
            return
        values: dict[str, str | int | bool] = {
            "database_url": url,
            # still needed for the same server when left empty: the kept one serves
            "database_needs_password": bool(typed) or (url != "" and self._kept_for(url)),
            "counter_name": self.counter.text().strip(),
            "store_name": self.store_name.text().strip(),
            "store_address": self.store_address.text().strip(),
            "low_stock_threshold": self.low_stock.value(),
            "idle_lock_minutes": self.idle_lock.value(),
            "language": chosen_code(self.language),
            **printer,
            **display,
            **backups,
        }
        changed = [key for key, value in values.items() if getattr(settings, key) != value]
        if kept:
            changed.append("database_password")  # that it changed; never what it is
        settings.save(**values)
        if "language" in changed:  # the open window stays as it was built
            use_at_next_sign_in(chosen_code(self.language))
        if changed:
            services, actor = self.ctx.services, self.actor
            self.ctx.tasks.write(
                lambda: services.audit.settings_changed(actor, changed),
                lambda _none: None,
                self.ctx.errors.report,
            )
        self.accept()
        if typed and not kept:
            self._say_no_keyring()

    def _keep_password(self, url: str, typed: str) -> bool | None:
        """Put a typed password in the system keyring, or take the saved one out when
        "Forget" is ticked. True: the keyring changed; False: nothing to do there, or no
        keyring on this computer; None: the keyring refused (said, nothing saved)."""
        if not url or not (typed or self.forget.isChecked()):
            return False
        try:
            return save_password(url, typed) if typed else forget_password(url)
        except KeyringRefusedError as exc:
            self.tabs.setCurrentWidget(self.database_tab)
            self.server_form.show_error(
                self.tr("{0}. Nothing was saved: unlock the keyring and save again.").format(exc),
                "password",
            )
            return None

    def _say_no_keyring(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Settings"),
            self.tr(
                "The settings are saved. This computer has no system keyring to keep the "
                "database password in, so Counter POS asks for it at each start."
            ),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("noKeyring")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
