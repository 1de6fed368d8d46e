"""Where things live and which database to open. No Qt here: the CLI uses it too."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CounterPOS"
DATABASE_ENV = "POS_DATABASE_URL"
DATABASE_FILE = "counter-pos.db"
#: Where a counter's saved settings (QSettings) keep the store's name and address, which
#: its receipts print; the desktop app's AppSettings and pos-admin read the same keys.
STORE_NAME_KEY = "store/name"
STORE_ADDRESS_KEY = "store/address"
#: What receipts say until the first run (or Settings) names the store.
DEFAULT_STORE_NAME = "My Store"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    """This computer's own SQLite file, in the user's data directory."""
    return f"sqlite:///{data_dir() / DATABASE_FILE}"


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    #: Where the choice came from: "command line", "environment", "settings" or "default".
    source: str


def choose_database(
    cli_url: str | None, saved_url: str | None = None, env: Mapping[str, str] | None = None
) -> DatabaseChoice:
    """``--database``, else ``POS_DATABASE_URL``, else the saved setting, else the file."""
    environ = os.environ if env is None else env
    if cli_url:
        return DatabaseChoice(cli_url, "command line")
    if environ.get(DATABASE_ENV):
        return DatabaseChoice(environ[DATABASE_ENV], "environment")
    if saved_url:
        return DatabaseChoice(saved_url, "settings")
    return DatabaseChoice(default_database_url(), "default")


def prepare_sqlite_path(url: str) -> None:
    """Create the folder of a SQLite file so that the first start just works."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and len(url) > len(prefix):
        path = Path(url[len(prefix) :].split("?", 1)[0])
        path.parent.mkdir(parents=True, exist_ok=True)
