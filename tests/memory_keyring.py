"""Two real keyring backends for the tests, put in place with ``keyring.set_keyring``:
one that keeps passwords in a dict (no file, nothing on the machine's own keyring), and one
that refuses every access as a locked collection does.

Neither is ever picked by keyring's own detection (their priority says they are not
viable), so merely importing this module changes nothing for other tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

LOCKED = "the collection is locked"


class _ForTestsOnly(KeyringBackend):
    @classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test backend: set it with keyring.set_keyring")


class MemoryKeyring(_ForTestsOnly):
    """Passwords in a dict; ``asked`` lists every (service, key) looked up."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.asked: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append((service, username))
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class RefusingKeyring(_ForTestsOnly):
    """A keyring that is there but locked: every access raises KeyringError."""

    def __init__(self) -> None:
        super().__init__()
        self.tries = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.tries += 1
        raise KeyringLocked(LOCKED)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.tries += 1
        raise KeyringLocked(LOCKED)

    def delete_password(self, service: str, username: str) -> None:
        self.tries += 1
        raise KeyringLocked(LOCKED)


@contextmanager
def keyring_in_place(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """``backend`` is this process's keyring for the block; the one before it after."""
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
