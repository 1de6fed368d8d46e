"""What every screen is handed: services, the task runner, errors and settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from pos_app.services import Services
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.tasks import TaskRunner

DEFAULT_LOW_STOCK = 5
DEFAULT_IDLE_LOCK_MINUTES = 15


class AppSettings:
    """This counter's saved settings (QSettings). The database password is never here."""

    #: What receipts say until the first run (or Settings) names the store.
    DEFAULT_STORE_NAME = "My Store"

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
        return self._text("store/name", self.DEFAULT_STORE_NAME)

    @property
    def store_address(self) -> str:
        return self._text("store/address")

    @property
    def low_stock_threshold(self) -> int:
        return self._int("inventory/low_stock", DEFAULT_LOW_STOCK)

    @property
    def idle_lock_minutes(self) -> int:
        return self._int("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)

    def save(self, **values: str | int | bool) -> None:
        keys = {
            "database_url": "database/url",
            "database_needs_password": "database/needs_password",
            "counter_name": "counter/name",
            "store_name": "store/name",
            "store_address": "store/address",
            "low_stock_threshold": "inventory/low_stock",
            "idle_lock_minutes": "security/idle_lock_minutes",
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
