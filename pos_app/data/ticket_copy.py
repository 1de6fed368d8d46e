"""This counter's identity and its cashiers' offline tickets, in its own file
(``pos_app.data.counter_file``; the server's are ``counters`` and ``offline_tickets``,
migration 0023).

- ``counter_identity``: the secret the server gave this counter once, when a manager's
  sign-in here registered it. With it (and a staff member's session) the counter asks for
  tickets.
- ``offline_tickets``: the newest ticket of each staff member who signed in here online:
  its token goes with each sale they record offline, and the server checks it at sync.
  An older ticket is replaced, never needed again here: the sales made under it carry
  its token themselves.
- ``ticket_rule``: whether the server checks tickets for this counter's login (not for the
  database's owner), as learned the last time it answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos_app.data.counter_file import CounterFile, _transaction


@dataclass(frozen=True)
class CounterIdentityCopy:
    counter: str
    counter_id: int
    secret: str

    def __repr__(self) -> str:  # never the secret in a log or a traceback
        return f"CounterIdentityCopy({self.counter!r}, {self.counter_id})"


@dataclass(frozen=True)
class TicketCopy:
    counter: str
    account_id: int
    ticket_id: int
    token: str
    issued_at: datetime  #: the server's clock
    valid_until: datetime  #: the server's clock

    def __repr__(self) -> str:  # never the token in a log or a traceback
        return f"TicketCopy({self.counter!r}, {self.account_id}, #{self.ticket_id})"


class TicketCopies:
    """The identity and tickets kept in ``file``."""

    def __init__(self, file: CounterFile) -> None:
        self.file = file

    def identity(self, counter: str) -> CounterIdentityCopy | None:
        with self.file._connect() as connection:
            row = connection.execute(
                "SELECT counter, counter_id, secret FROM counter_identity WHERE counter = ?",
                (counter,),
            ).fetchone()
        return None if row is None else CounterIdentityCopy(str(row[0]), int(row[1]), str(row[2]))

    def identities(self) -> list[CounterIdentityCopy]:
        with self.file._connect() as connection:
            rows = connection.execute(
                "SELECT counter, counter_id, secret FROM counter_identity ORDER BY counter"
            ).fetchall()
        return [CounterIdentityCopy(str(a), int(b), str(c)) for a, b, c in rows]

    def keep_identity(self, counter: str, counter_id: int, secret: str, at: datetime) -> None:
        """Keep the secret the server has just given (once) for ``counter``."""
        with self.file._connect() as connection:
            connection.execute(
                "INSERT INTO counter_identity (counter, counter_id, secret, registered_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (counter) DO UPDATE SET "
                "counter_id = excluded.counter_id, secret = excluded.secret, "
                "registered_at = excluded.registered_at",
                (counter, counter_id, secret, at.isoformat()),
            )

    def keep_ticket(self, ticket: TicketCopy) -> None:
        """Keep ``ticket`` as its account's newest at its counter (on disk when this
        returns); an older one is kept instead if it was issued later."""
        with self.file._connect() as connection, _transaction(connection):
            connection.execute(
                "INSERT INTO offline_tickets (counter, account_id, ticket_id, token, issued_at, "
                "valid_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (counter, account_id) "
                "DO UPDATE SET ticket_id = excluded.ticket_id, token = excluded.token, "
                "issued_at = excluded.issued_at, valid_until = excluded.valid_until "
                "WHERE excluded.valid_until >= offline_tickets.valid_until",
                (
                    ticket.counter,
                    ticket.account_id,
                    ticket.ticket_id,
                    ticket.token,
                    ticket.issued_at.isoformat(),
                    ticket.valid_until.isoformat(),
                ),
            )

    def drop_ticket(self, counter: str, account_id: int) -> None:
        """Forget ``account_id``'s ticket at ``counter`` (on disk when this returns)."""
        with self.file._connect() as connection, _transaction(connection):
            connection.execute(
                "DELETE FROM offline_tickets WHERE counter = ? AND account_id = ?",
                (counter, account_id),
            )

    def ticket(self, counter: str, account_id: int) -> TicketCopy | None:
        with self.file._connect() as connection:
            row = connection.execute(
                "SELECT counter, account_id, ticket_id, token, issued_at, valid_until "
                "FROM offline_tickets WHERE counter = ? AND account_id = ?",
                (counter, account_id),
            ).fetchone()
        if row is None:
            return None
        return TicketCopy(
            str(row[0]),
            int(row[1]),
            int(row[2]),
            str(row[3]),
            datetime.fromisoformat(str(row[4])),
            datetime.fromisoformat(str(row[5])),
        )

    def required(self) -> bool:
        """Whether the server checks this counter's tickets (unknown: it does)."""
        with self.file._connect() as connection:
            row = connection.execute("SELECT required FROM ticket_rule WHERE id = 1").fetchone()
        return row is None or bool(row[0])

    def learn(self, required: bool, at: datetime) -> None:
        with self.file._connect() as connection:
            connection.execute(
                "INSERT INTO ticket_rule (id, required, learned_at) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET required = excluded.required, "
                "learned_at = excluded.learned_at",
                (int(required), at.isoformat()),
            )
