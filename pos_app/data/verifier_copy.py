"""The managers' verifiers in this counter's own file (``pos_app.data.counter_file``,
issue 15): what an override typed while the server is unreachable is checked against.

A verifier is a bcrypt hash the counter made itself of the password a manager typed here
while the server answered (a sign-in or an online override): never the server's own
hash, which the counter does not read. One row per account, with the username and role
it had then and until when it may be used. Expired rows are never returned and are
purged; a row with too many wrong passwords in a row is dropped (``failed``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from pos_app.data.counter_file import CounterFile, _transaction

_COLUMNS = "account_id, username, role, verifier, remembered_at, expires_at, failures"


@dataclass(frozen=True)
class StoredVerifier:
    account_id: int
    username: str
    role: str
    verifier: str  #: bcrypt, made at this counter
    remembered_at: datetime
    expires_at: datetime
    failures: int

    def __repr__(self) -> str:  # never the hash in a log or a traceback
        return f"StoredVerifier({self.account_id}, {self.username!r}, {self.role!r})"


def _verifier(row: tuple[object, ...]) -> StoredVerifier:
    account_id, username, role, verifier, remembered, expires, failures = row
    return StoredVerifier(
        int(str(account_id)),
        str(username),
        str(role),
        str(verifier),
        datetime.fromisoformat(str(remembered)),
        datetime.fromisoformat(str(expires)),
        int(str(failures)),
    )


class VerifierCopies:
    """The verifiers kept in ``file``."""

    def __init__(self, file: CounterFile) -> None:
        self.file = file

    def keep(
        self,
        account_id: int,
        username: str,
        role: str,
        verifier: str,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        """Keep (or replace) ``account_id``'s verifier; on disk when this returns. A row of
        another account under the same username (renamed since) goes."""
        with self.file._connect() as connection, _transaction(connection):
            connection.execute(
                "DELETE FROM manager_verifiers WHERE username = ? AND account_id <> ?",
                (username, account_id),
            )
            connection.execute(
                f"INSERT INTO manager_verifiers ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 0) "
                "ON CONFLICT (account_id) DO UPDATE SET username = excluded.username, "
                "role = excluded.role, verifier = excluded.verifier, "
                "remembered_at = excluded.remembered_at, expires_at = excluded.expires_at, "
                "failures = 0",
                (
                    account_id,
                    username,
                    role,
                    verifier,
                    now.isoformat(),
                    expires_at.isoformat(),
                ),
            )

    def by_username(self, username: str, now: datetime) -> StoredVerifier | None:
        """The verifier of ``username`` usable at ``now`` (None: none, or expired)."""
        with self.file._connect() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM manager_verifiers WHERE username = ?", (username,)
            ).fetchone()
        if row is None:
            return None
        found = _verifier(row)
        return found if now < found.expires_at else None

    def all(self) -> list[StoredVerifier]:
        with self.file._connect() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM manager_verifiers ORDER BY account_id"
            ).fetchall()
        return [_verifier(r) for r in rows]

    def update_roles(self, roles: dict[int, tuple[str, str]]) -> None:
        """Set each account's (username, role) as the server has it now."""
        if roles:
            with self.file._connect() as connection, _transaction(connection):
                connection.executemany(
                    "UPDATE manager_verifiers SET username = ?, role = ? WHERE account_id = ?",
                    [(name, role, account) for account, (name, role) in roles.items()],
                )

    def drop(self, account_ids: Iterable[int]) -> int:
        """Forget these accounts' verifiers; how many there were."""
        wanted = [(int(a),) for a in account_ids]
        if not wanted:
            return 0
        with self.file._connect() as connection, _transaction(connection):
            before = connection.total_changes
            connection.executemany("DELETE FROM manager_verifiers WHERE account_id = ?", wanted)
            return connection.total_changes - before

    def purge_expired(self, now: datetime) -> int:
        """Forget every verifier expired at ``now``; how many."""
        expired = [v.account_id for v in self.all() if now >= v.expires_at]
        return self.drop(expired)

    def failed(self, account_id: int, limit: int) -> bool:
        """Count a wrong password typed against ``account_id``'s verifier; at ``limit`` in a
        row the verifier is dropped. Whether it was."""
        with self.file._connect() as connection, _transaction(connection):
            connection.execute(
                "UPDATE manager_verifiers SET failures = failures + 1 WHERE account_id = ?",
                (account_id,),
            )
            cursor = connection.execute(
                "DELETE FROM manager_verifiers WHERE account_id = ? AND failures >= ?",
                (account_id, limit),
            )
            return cursor.rowcount > 0

    def succeeded(self, account_id: int) -> None:
        """A right password: the wrong ones before it no longer count."""
        with self.file._connect() as connection:
            connection.execute(
                "UPDATE manager_verifiers SET failures = 0 WHERE account_id = ? AND failures > 0",
                (account_id,),
            )
