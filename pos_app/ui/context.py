"""What every screen is handed: services, the task runner, errors and settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from pos_app.devices.printer_config import PrinterConnection, checked_connection
from pos_app.devices.receipt_layout import PAPER_COLUMNS
from pos_app.domain.errors import ValidationError
from pos_app.services import Services
from pos_app.settings import DEFAULT_STORE_NAME, STORE_ADDRESS_KEY, STORE_NAME_KEY
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.tasks import TaskRunner

DEFAULT_LOW_STOCK = 5
DEFAULT_IDLE_LOCK_MINUTES = 15
DEFAULT_PAPER_MM = 80
#: How a receipt is laid out for a system printer or PDF: an A5 page, or an 80 mm roll.
RECEIPT_PAGES = ("a5", "roll80")
#: How many daily backups of a SQLite store a counter keeps (issue 17).
DEFAULT_BACKUP_KEEP = 7
BACKUP_KEEP_MAX = 365


class AppSettings:
    """This counter's saved settings (QSettings). The database password is never here."""

    #: What receipts say until the first run (or Settings) names the store.
    DEFAULT_STORE_NAME = DEFAULT_STORE_NAME

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def _text(self, key: str, default: str = "") -> str:
        value: Any = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        value: Any = self._store.value(key, default)
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    @property
    def database_url(self) -> str:
        """Saved database address, without any password."""
        return self._text("database/url")

    @property
    def database_needs_password(self) -> bool:
        return self._text("database/needs_password", "no") == "yes"

    @property
    def counter_name(self) -> str:
        return self._text("counter/name", "Counter 1")

    @property
    def store_name(self) -> str:
        return self._text(STORE_NAME_KEY, self.DEFAULT_STORE_NAME)

    @property
    def store_address(self) -> str:
        return self._text(STORE_ADDRESS_KEY)

    @property
    def low_stock_threshold(self) -> int:
        return self._int("inventory/low_stock", DEFAULT_LOW_STOCK)

    @property
    def idle_lock_minutes(self) -> int:
        return self._int("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)

    # -- this counter's receipt printer (ESC/POS) ----------------------------------------
    @property
    def printer_kind(self) -> str:
        """ "" (no printer), or a PrinterKind: file, network, serial, usb."""
        return self._text("printer/kind")

    @property
    def printer_target(self) -> str:
        """The device or file path, host[:port], port[:baud] or vendor:product."""
        return self._text("printer/target")

    @property
    def printer_paper_mm(self) -> int:
        paper = self._int("printer/paper_mm", DEFAULT_PAPER_MM)
        return paper if paper in PAPER_COLUMNS else DEFAULT_PAPER_MM

    @property
    def printer_auto(self) -> bool:
        """Print the receipt by itself after each sale."""
        return self._text("printer/auto", "no") == "yes"

    @property
    def printer_logo(self) -> str:
        """A PNG printed at the top of each ESC/POS receipt ("" for none)."""
        return self._text("printer/logo")

    @property
    def receipt_page(self) -> str:
        """The system printer and PDF's receipt layout: "a5" or "roll80" (80 mm roll)."""
        page = self._text("printer/page", RECEIPT_PAGES[0])
        return page if page in RECEIPT_PAGES else RECEIPT_PAGES[0]

    def printer_connection(self) -> PrinterConnection | None:
        """The saved printer, or None when there is none (or what was saved is not one)."""
        if not self.printer_kind:
            return None
        try:
            return checked_connection(self.printer_kind, self.printer_target)
        except ValidationError:
            return None

    # -- this counter's customer display (issue 13) -------------------------------------
    @property
    def customer_display(self) -> bool:
        """Show the customer a window of their own (full screen on a second screen)."""
        return self._text("customer_display/on", "no") == "yes"

    @property
    def pole_display(self) -> str:
        """The pole display's serial port or path ("" for none)."""
        return self._text("customer_display/pole")

    # -- this counter's daily backup of a SQLite store (issue 17) -------------------------
    @property
    def backup_folder(self) -> str:
        """Where the daily copies go ("" for none chosen)."""
        return self._text("backup/folder")

    @property
    def backup_keep(self) -> int:
        keep = self._int("backup/keep", DEFAULT_BACKUP_KEEP)
        return keep if 1 <= keep <= BACKUP_KEEP_MAX else DEFAULT_BACKUP_KEEP

    @property
    def last_backup_at(self) -> str:
        """When the last daily copy was made, ISO 8601 local time ("" for never)."""
        return self._text("backup/last")

    # -- this counter's language (issue 17; pos_app.ui.i18n) ------------------------------
    @property
    def language(self) -> str:
        """ "en", "fr" or "ar"; "" follows the system's language."""
        return self._text("ui/language")

    def save(self, **values: str | int | bool) -> None:
        keys = {
            "database_url": "database/url",
            "database_needs_password": "database/needs_password",
            "counter_name": "counter/name",
            "store_name": STORE_NAME_KEY,
            "store_address": STORE_ADDRESS_KEY,
            "low_stock_threshold": "inventory/low_stock",
            "idle_lock_minutes": "security/idle_lock_minutes",
            "printer_kind": "printer/kind",
            "printer_target": "printer/target",
            "printer_paper_mm": "printer/paper_mm",
            "printer_auto": "printer/auto",
            "customer_display": "customer_display/on",
            "pole_display": "customer_display/pole",
            "printer_logo": "printer/logo",
            "receipt_page": "printer/page",
            "backup_folder": "backup/folder",
            "backup_keep": "backup/keep",
            "last_backup_at": "backup/last",
            "language": "ui/language",
        }
        for name, value in values.items():
            stored = ("yes" if value else "no") if isinstance(value, bool) else value
            self._store.setValue(keys[name], stored)
        self._store.sync()


@dataclass
class AppContext:
    services: Services
    tasks: TaskRunner
    errors: ErrorPresenter
    settings: AppSettings
    #: Where the data lives, for the status bar: a file path or host:port/db.
    database_location: str
    #: The store's SQLite file, which this counter backs up daily; "" on PostgreSQL.
    sqlite_path: str = ""
