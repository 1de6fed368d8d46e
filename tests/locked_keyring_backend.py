"""A keyring backend for a pos-admin process run by a test (PYTHON_KEYRING_BACKEND=
locked_keyring_backend.LockedKeyring): there, and locked. Never imported by the test
process itself, where its priority would make keyring's own detection pick it."""

from __future__ import annotations

from memory_keyring import RefusingKeyring


class LockedKeyring(RefusingKeyring):
    priority = 1  # type: ignore[assignment]  # viable, as keyring's loader checks
