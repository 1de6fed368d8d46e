"""The database server's password in this computer's system keyring (issue 17).

The admin types it once in Settings; it is kept by the ``keyring`` package (the Secret
Service on Linux, the Credential Manager on Windows, the Keychain on macOS) under the
service ``counter-pos`` and a key naming the server without the password,
``user@host:port/database``. The desktop app and ``pos-admin`` take it from there at start;
where there is no keyring, or it refuses access, they ask for it instead.

The password itself never goes to the settings file, a log or the audit; what is said of a
failure names the keyring and the key, never the password. No Qt here, and SQLAlchemy only
inside ``with_password``: the app asks before either is needed, and ``keyring`` itself is
imported only when a saved server needs a password.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

log = logging.getLogger(__name__)

#: The keyring's service name; the key is the server (``keyring_key``).
SERVICE = "counter-pos"
DEFAULT_PORT = 5432


class KeyringRefusedError(Exception):
    """The system keyring is there but refused to keep or forget the password (a locked
    collection, a denied prompt, a broken backend). ``str()`` is a message for the admin."""


@dataclass(frozen=True)
class Lookup:
    """What the keyring said of a server: its password, or None when it has none."""

    password: str | None
    #: Why the keyring could not be asked, for the person asked instead ("" when it was
    #: asked, or when this computer has no keyring at all, which is the usual fallback).
    problem: str = ""


def keyring_key(url: str) -> str | None:
    """``user@host:port/database`` for a PostgreSQL address; None for anything else."""
    if not url.startswith("postgresql"):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORT
    except ValueError:  # a port that is not a number: opening the address says so
        return None
    host = parts.hostname or ""
    if ":" in host:  # IPv6
        host = f"[{host}]"
    user = unquote(parts.username or "")
    database = unquote(parts.path.lstrip("/"))
    return f"{user}@{host}:{port}/{database}"


def with_password(url: str, password: str) -> str:
    """``url`` (saved without a password) with ``password`` in it, as SQLAlchemy's URL
    quotes it (``URL.set(password=...)``, never pasted into the text): ``@``, ``:``,
    ``/``, ``%``, ``#`` and ``?`` in a password leave the host and the rest as they were.
    SQLAlchemy is imported here, on use: only pos-admin and the Settings dialog's worker
    call this; the app's start puts the password into the parsed URL itself."""
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str, password: str) -> str:
    """``url`` as typed in Settings, with the password taken out again."""
    if not password:
        return url
    return url.replace(":" + quote(password, safe="") + "@", "@", 1)


def _refused(exc: Exception, key: str, doing: str) -> str:
    reason = str(exc).strip() or type(exc).__name__
    return f"The system keyring refused to {doing} the database password for {key} ({reason})"


def saved_password(url: str) -> Lookup:
    """The password kept for ``url``'s server. Never raises: no keyring, no entry, and a
    keyring that refuses are all a Lookup without a password (the caller then asks)."""
    key = keyring_key(url)
    if key is None:
        return Lookup(None)
    import keyring  # noqa: PLC0415 (about 80 ms, paid only for a server with a password)
    from keyring.errors import KeyringError, NoKeyringError  # noqa: PLC0415

    try:
        password = keyring.get_password(SERVICE, key)
    except NoKeyringError:
        log.info("no system keyring on this computer: the database password is asked for")
        return Lookup(None)
    except KeyringError as exc:
        problem = _refused(exc, key, "give")
        log.warning("%s; asking for it instead", problem)
        return Lookup(None, problem)
    except Exception as exc:  # a backend's own failure (D-Bus, ...): the same fallback
        problem = _refused(exc, key, "give")
        log.warning("%s; asking for it instead", problem, exc_info=True)
        return Lookup(None, problem)
    if password is None:
        log.info("the system keyring has no database password for %s: asking for it", key)
    return Lookup(password)


def save_password(url: str, password: str) -> bool:
    """Keep ``password`` for ``url``'s server: True when kept, False when this computer
    has no keyring (the password is then asked for at each start). Raises
    KeyringRefusedError when the keyring refuses; nothing was stored then."""
    key = keyring_key(url)
    if key is None:
        raise ValueError(f"not a PostgreSQL address: {url.partition('@')[2] or url}")
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError, NoKeyringError  # noqa: PLC0415

    try:
        keyring.set_password(SERVICE, key, password)
    except NoKeyringError:
        log.info("no system keyring on this computer: the database password is not kept")
        return False
    except Exception as exc:  # KeyringError, or a backend's own failure (D-Bus, ...)
        message = _refused(exc, key, "keep")
        log.warning("%s", message, exc_info=not isinstance(exc, KeyringError))
        raise KeyringRefusedError(message) from exc
    log.info("the database password for %s is kept in the system keyring", key)
    return True


def forget_password(url: str) -> bool:
    """Remove the password kept for ``url``'s server: True when one was removed, False when
    there was none (or no keyring). Raises KeyringRefusedError when the keyring refuses."""
    key = keyring_key(url)
    if key is None:
        return False
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError, NoKeyringError  # noqa: PLC0415

    try:
        if keyring.get_password(SERVICE, key) is None:
            return False
        keyring.delete_password(SERVICE, key)
    except NoKeyringError:
        return False
    except Exception as exc:  # KeyringError, or a backend's own failure
        message = _refused(exc, key, "forget")
        log.warning("%s", message, exc_info=not isinstance(exc, KeyringError))
        raise KeyringRefusedError(message) from exc
    log.info("the database password for %s was removed from the system keyring", key)
    return True
