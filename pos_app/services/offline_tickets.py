"""Who sold offline, and where: the counter's identity and its cashiers' tickets (issue 16,
migration 0023).

- **The counter's identity.** A manager's (or admin's) online sign-in at a counter name the
  server does not know registers it (``pos_register_counter``): the server keeps the
  SHA-256 of a new secret and gives the secret once; the counter keeps it in its own file
  (0600, ``pos_app.data.ticket_copy``). A cashier's sign-in registers nothing: until a
  manager has signed in there, the counter cannot sell offline.
- **The ticket: how the cashier's identity travels.** Each online sign-in at a registered
  counter asks for a ticket (``pos_issue_ticket``, with the counter's secret, under the
  new session): bound by the server to that counter and that session's account, valid
  ``TICKET_HOURS`` by the server's clock, stored hashed there. The counter keeps its token
  with the account; while the server answers, the background sync renews the ticket of
  the person signed in (``renew``) once it is ``RENEW_AFTER`` old.
- **Selling offline** (``for_sale``) takes the ticket of the cashier at that counter, or
  refuses with what to do; its token goes in the sale (``OfflineStamp.ticket``). A counter
  that connects as the database's owner (no provision-roles) is not checked by the server,
  and sells without one (``learn``, while online).
- **At sync** the server checks, whoever's session sends the sale, that the ticket is
  this counter's (not retired, the sale's number its own), the cashier's the sale names,
  and that the sale's time is within the ticket's window (``pos_record_sale`` v11).

The limit: whoever holds a counter's file can record sales as the staff who signed in
there, within their tickets' windows. SQLite stores have no server to check, and no
tickets.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from functools import partial

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database
from pos_app.data.repositories.counters import issue_ticket, register_counter, tickets_checked
from pos_app.data.server_session import BACKGROUND, acting
from pos_app.data.ticket_copy import CounterIdentityCopy, TicketCopies, TicketCopy
from pos_app.domain.errors import PermissionDeniedError, PosError
from pos_app.domain.rules import COUNTER_NAME_MAX
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor

log = logging.getLogger(__name__)

#: Migration 0023's: how long a ticket lasts, and the clock skew the server allows.
TICKET_HOURS = 12
CLOCK_SKEW = timedelta(minutes=5)
#: A ticket this old is renewed by the background sync while the server answers.
RENEW_AFTER = timedelta(hours=1)

NOT_REGISTERED = (
    "This counter is not registered for offline sales: a manager signs in here once while "
    "the server answers"
)
NO_TICKET = (
    "You have not signed in at this counter while the server answered in the last {hours} "
    "hours: sign in again when it is back, or wait for the server"
)


def _nameable(counter: object) -> bool:
    """Whether ``counter`` is a name the server registers (migration 0023's rule)."""
    return (
        isinstance(counter, str)
        and counter == counter.strip() != ""
        and len(counter) <= COUNTER_NAME_MAX
        and counter.isprintable()
    )


class OfflineTickets:
    """This counter file's identity and tickets, and the server that issues them."""

    def __init__(self, db: Database, file: CounterFile) -> None:
        self._db = db
        self.copies = TicketCopies(file)
        self._learned = False

    @property
    def on_server(self) -> bool:
        return self._db.backend == "postgresql"

    # -- online ---------------------------------------------------------------------------
    def obtain(self, actor: Actor, counter: str) -> bool:
        """``actor`` has just signed in online at ``counter``: register the counter if it
        is not and their role may, then get their ticket. Whether one is kept now; never
        raises (selling offline then says why it cannot)."""
        if not self.on_server or actor.account_id is None or not _nameable(counter):
            return False
        try:
            with acting(actor.account_id):
                identity = self.copies.identity(counter)
                if identity is None and allowed(actor.role, Op.OFFLINE_RESOLVE):
                    identity = self._register(counter)
                if identity is None:
                    log.info("counter %r is not registered here: no offline ticket", counter)
                    return False
                return self._issue(counter, identity.secret) is not None
        except (PosError, CounterFileError) as exc:
            log.warning("no offline ticket at counter %r: %s", counter, exc)
            return False
        except Exception:  # a sign-in never fails for the ticket: selling offline says why
            log.exception("no offline ticket at counter %r", counter)
            return False

    def forget(self, actor: Actor) -> None:
        """``actor`` signs out at the counter they signed in at: their ticket there is
        forgotten, as the server ends it with their session (migration 0026), so that no
        sale is recorded offline in their name that the server would then set aside.
        Never raises."""
        if not self.on_server or actor.account_id is None:
            return
        try:
            self.copies.drop_ticket(actor.counter, actor.account_id)
        except CounterFileError as exc:
            log.warning("the offline ticket of %s was not forgotten: %s", actor.username, exc)
        except Exception:  # the sign-out goes on: the server ends the ticket anyway
            log.exception("the offline ticket of %s was not forgotten", actor.username)

    def learn(self) -> None:
        """While the server answers, once per program: note in the file whether it checks
        this login's tickets (not the owner's: a store without provision-roles, pos-admin).
        Never raises."""
        if not self.on_server or self._learned:
            return
        try:
            checked = self._db.read(tickets_checked)
            self.copies.learn(checked, datetime.now(UTC))
            self._learned = True
        except (PosError, CounterFileError) as exc:
            log.info("not known yet whether the server checks offline tickets: %s", exc)

    def renew(self) -> int:
        """Background, while the server answers: renew the ticket of the person this
        program last acted for at each counter of this file, once ``RENEW_AFTER`` old.
        How many were renewed; never raises."""
        if not self.on_server:
            return 0
        renewed = 0
        try:
            account, token = self._db.sessions.for_work(BACKGROUND)
            if account is None or not token:
                return 0
            now = datetime.now(UTC)
            for identity in self.copies.identities():
                held = self.copies.ticket(identity.counter, account)
                if held is not None and now - held.issued_at < RENEW_AFTER:
                    continue
                if self._issue(identity.counter, identity.secret) is not None:
                    renewed += 1
        except (PosError, CounterFileError) as exc:
            log.info("offline tickets not renewed: %s", exc)
        return renewed

    def _register(self, counter: str) -> CounterIdentityCopy | None:
        found = self._db.write(partial(register_counter, name=counter))
        if found is None:
            log.warning(
                "counter %r is registered already, and this file lacks its secret: retire it "
                "and register this computer under a new name to sell offline here",
                counter,
            )
            return None
        counter_id, secret = found
        self.copies.keep_identity(counter, counter_id, secret, datetime.now(UTC))
        log.info("counter %r registered for offline sales (#%d)", counter, counter_id)
        return self.copies.identity(counter)

    def _issue(self, counter: str, secret: str) -> TicketCopy | None:
        issued = self._db.write(partial(issue_ticket, counter=counter, secret=secret))
        if issued is None:
            log.warning("the server refused counter %r: retired, or not this secret", counter)
            return None
        ticket = TicketCopy(
            counter,
            issued.account_id,
            issued.ticket_id,
            issued.token,
            issued.issued_at,
            issued.valid_until,
        )
        self.copies.keep_ticket(ticket)
        return ticket

    # -- offline ----------------------------------------------------------------------------
    def for_sale(self, counter: str, account_id: int | None, now: datetime) -> str | None:
        """The token an offline sale by ``account_id`` at ``counter`` carries (None on
        SQLite), or PermissionDeniedError with what to do. (CounterFileError: the file.)"""
        if not self.on_server:
            return None
        held = None if account_id is None else self.copies.ticket(counter, account_id)
        usable = held is not None and held.issued_at - CLOCK_SKEW <= now <= held.valid_until
        if not self.copies.required():  # the owner's login: the server checks none
            return held.token if held is not None and usable else None
        if self.copies.identity(counter) is None:
            raise PermissionDeniedError(NOT_REGISTERED)
        if held is None or not usable:
            raise PermissionDeniedError.said(NO_TICKET, hours=TICKET_HOURS)
        return held.token
