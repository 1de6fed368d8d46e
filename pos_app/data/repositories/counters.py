"""Counters registered for offline sales and their cashiers' tickets (migration 0023), on
the counter's side: ``register_counter`` asks ``pos_register_counter`` for a new
counter's secret (given once), ``issue_ticket`` asks ``pos_issue_ticket`` for a ticket
for the session this connection presents, at that counter. PostgreSQL only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pos_app.data.changes import AUDIT

if TYPE_CHECKING:
    from pos_app.data.transaction import Transaction

REGISTER = text("SELECT r_counter_id, r_secret FROM pos_register_counter(:name)")
ISSUE = text(
    "SELECT r_ticket_id, r_token, r_account_id, r_issued_at, r_valid_until "
    "FROM pos_issue_ticket(:counter, :secret)"
)
#: How the server refuses a ticket: the counter is unknown, retired or its secret wrong.
COUNTER_REFUSED = "pos_counter_refused"
#: Whether ``pos_record_sale`` checks this login's offline tickets: all but the owner's.
CHECKED = text(
    "SELECT NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class AS c "
    "WHERE c.oid = to_regclass('public.sales')), 'USAGE')"
)


@dataclass(frozen=True)
class IssuedTicket:
    ticket_id: int
    token: str = field(repr=False)  #: never in a log or a traceback
    account_id: int
    issued_at: datetime
    valid_until: datetime


def register_counter(tx: Transaction, name: str) -> tuple[int, str] | None:
    """(counter id, its secret) of the counter ``name`` registered now; None when that
    name is registered already (its secret is never given again)."""
    tx.touch(AUDIT)
    row = tx.session.execute(REGISTER, {"name": name}).one()
    if row.r_counter_id is None:
        return None
    return int(row.r_counter_id), str(row.r_secret)


def issue_ticket(tx: Transaction, counter: str, secret: str) -> IssuedTicket | None:
    """A new ticket for the presented session's account at ``counter``; None when the
    server does not know that counter with that secret, or retired it."""
    try:
        with tx.session.begin_nested():
            row = tx.session.execute(ISSUE, {"counter": counter, "secret": secret}).one()
    except DBAPIError as exc:
        said = getattr(getattr(exc.orig, "diag", None), "message_primary", None)
        if said == COUNTER_REFUSED:
            return None
        raise
    return IssuedTicket(
        int(row.r_ticket_id),
        str(row.r_token),
        int(row.r_account_id),
        row.r_issued_at,
        row.r_valid_until,
    )


def tickets_checked(tx: Transaction) -> bool:
    """Whether the server checks the offline tickets of the login this connection uses."""
    return bool(tx.session.execute(CHECKED).scalar_one())
