"""Where things live and which database to open. No Qt here: the CLI uses it too."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from pos_app.private_files import private_file, private_folder

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


def cache_dir() -> Path:
    """Files the program can make again (python-escpos's parsed printer database)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


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
    """Create the folder of a SQLite file so that the first start just works: 0700, and
    the app's own data folder made 0700 if an older version made it 0755. (The file
    itself is created 0600 by pos_app.data.database, just before SQLite opens it.)"""
    prefix = "sqlite:///"
    if url.startswith(prefix) and len(url) > len(prefix):
        path = Path(url[len(prefix) :].split("?", 1)[0])
        private_folder(path.parent, tighten=path.parent == data_dir())


def prepare_settings_file(path: Path) -> None:
    """The counter's settings file (QSettings' file, ``path``) created 0600 in a 0700
    folder before Qt first writes it: Qt keeps an existing file's mode when it saves.
    Only where the settings are an INI file of the app's own (Linux and other Unixes);
    Windows keeps them in the registry and macOS in a plist that its own daemon writes."""
    if os.name != "posix" or sys.platform == "darwin" or not path.is_absolute():
        return
    private_folder(path.parent, tighten=path.parent.name == APP_NAME)
    private_file(path, tighten=True)


#: ``scheme://user:password@`` as typed, up to the LAST ``@`` before the path: a password
#: typed unencoded may itself hold ``@``, ``:``, ``/``, ``#`` or ``?``.
_CREDENTIALS = re.compile(r"^(?P<scheme>[^/?#@]*//)(?P<user>[^:@/]*)(?P<secret>:.*@)", re.DOTALL)
#: The same without a ``scheme://`` (``user:password@host/db``, or ``//`` mistyped).
_BARE_CREDENTIALS = re.compile(r"^(?P<scheme>)(?P<user>[^:@/]*)(?P<secret>:.*@)", re.DOTALL)
_QUERY_PASSWORD = re.compile(r"(?i)([?&]password=)[^&]*")
#: ``scheme://name:word/...`` with no ``@``: a user and password whose ``@`` was left out
#: reads as a host and a port that is not a number; the "port" is masked.
_NOT_A_PORT = re.compile(r"^(?P<head>[^:/?#]*://[^\[@/?#:]*:)(?P<port>[^@/?#]*[^\d@/?#][^@/?#]*)")


def masked_url(url: str) -> str:
    """``url`` as it may be shown or logged, with any password replaced by ``***``, even
    when the address is malformed (no SQLAlchemy needed: this runs before it loads)."""
    credentials = _CREDENTIALS if "//" in url else _BARE_CREDENTIALS
    shown = credentials.sub(lambda m: f"{m['scheme']}{m['user']}:***@", url, count=1)
    if shown == url and "@" not in url:
        shown = _NOT_A_PORT.sub(lambda m: f"{m['head']}***", url, count=1)
    return _QUERY_PASSWORD.sub(r"\1***", shown)
