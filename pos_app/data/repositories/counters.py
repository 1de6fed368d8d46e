"""Counters registered for offline sales and their cashiers' tickets (migration 0023), on
the counter's side: ``register_counter`` asks ``pos_register_counter`` for a new
counter's secret (given once), ``issue_ticket`` asks ``pos_issue_ticket`` for a ticket
for the session this connection presents, at that counter. PostgreSQL only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from pos_app.data.changes import AUDIT
from pos_app.data.models import Account, utcnow
from pos_app.data.session_models import CounterIdentity, OfflineTicket
from pos_app.domain.enums import AuditAction, AuditOutcome

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


@dataclass(frozen=True)
class RegisteredCounter:
    """A counter registered for offline sales, as ``pos-admin counters list`` shows it."""

    name: str
    registered_at: datetime
    registered_by: str  #: the manager's username ("" once that account is gone)
    retired_at: datetime | None
    valid_tickets: int  #: tickets whose window has not ended by the database's clock


def registered_counters(tx: Transaction) -> list[RegisteredCounter]:
    """Every registered counter, by name (both backends; SQLite stores have none)."""
    now = utcnow()
    tickets = (
        select(OfflineTicket.counter_id, func.count().label("n"))
        .where(OfflineTicket.valid_until > now)
        .group_by(OfflineTicket.counter_id)
        .subquery()
    )
    rows = tx.session.execute(
        select(
            CounterIdentity.name,
            CounterIdentity.registered_at,
            func.coalesce(Account.username, ""),
            CounterIdentity.retired_at,
            func.coalesce(tickets.c.n, 0),
        )
        .outerjoin(Account, Account.id == CounterIdentity.registered_by_id)
        .outerjoin(tickets, tickets.c.counter_id == CounterIdentity.id)
        .order_by(CounterIdentity.name)
    ).all()
    return [
        RegisteredCounter(str(n), at, str(by), retired, int(valid))
        for n, at, by, retired, valid in rows
    ]


def retire_counter(tx: Transaction, name: str, actor_username: str) -> bool:
    """Retire the registered counter ``name`` now (no ticket is issued for it again and
    none of its offline sales is accepted any more) and end its tickets, audited; False
    when no counter of that name is registered and in service."""
    now = utcnow()
    found = tx.session.execute(
        update(CounterIdentity)
        .where(CounterIdentity.name == name, CounterIdentity.retired_at.is_(None))
        .values(retired_at=now)
        .returning(CounterIdentity.id)
    ).scalar_one_or_none()
    if found is None:
        return False
    tx.session.execute(
        update(OfflineTicket)
        .where(OfflineTicket.counter_id == found, OfflineTicket.valid_until > now)
        .values(valid_until=now)
    )
    tx.audit.append(
        action=AuditAction.SETTINGS_CHANGE.value,
        outcome=AuditOutcome.OK.value,
        actor_id=None,
        actor_username=actor_username,
        counter=name,
        record_type="counter",
        record_id=found,
        detail=f"counter retired for offline sales: {name}",
        created_at=now,
    )
    return True
