"""Sessions the server verified (issue 16, migration 0017), on the counter's side.

``pos_sign_in`` hands back a token; this program keeps it in the ``SessionTokens`` of its
``Database`` (by account: the signed-in person's, and a lock's unlock replaces it), never
on disk and never in a log. Each service call names who acts (``acting``, set by the
service layer from its ``Actor``); when a pooled connection is checked out for that call,
``present`` makes the connection present that person's session to the server
(``pos_session_present``: the setting ``pos.session`` for the connection's life), or none.
A connection keeps what it presents, so this costs a round trip only when it changes or,
at most once a minute, to tell the server the session is still in use (idle expiry:
``SESSION_IDLE_MINUTES``). The server's functions (``pos_record_sale``) then take the
acting staff member from ``pos_session_account()``, not from what the counter sends.

Since migration 0018 the server refuses every write of the counters' role made without a
valid session. Work done outside any service call (the background sync of waiting sales,
credit leases) presents the session of the person this program last acted for, while it
holds it: after sign-out nobody's, and such work waits (``WaitingForSignIn``).

SQLite has no sessions: a one-counter file has no privilege boundary to keep.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import Any

import psycopg
from sqlalchemy import Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, defer

from pos_app.data.models import Account
from pos_app.domain.errors import (
    DatabaseUnavailableError,
    PermissionDeniedError,
    PosError,
    SignInEndedError,
)
from pos_app.domain.sign_in_rules import SESSION_TOUCH_SECONDS

log = logging.getLogger(__name__)

#: Outside any service call: background work (``present`` then presents the session of
#: the person this program last acted for).
BACKGROUND = -1
#: The account acting in the current service call (None: nobody signed in, pos-admin).
_ACTING: ContextVar[int | None] = ContextVar("pos_acting_account", default=BACKGROUND)
#: What a pooled connection presents now (its record's ``info``).
PRESENTED = "pos.session"
PRESENT = "SELECT pos_session_present(%s)"


@contextmanager
def acting(account_id: int | None) -> Iterator[None]:
    """The connections checked out inside this block present ``account_id``'s session."""
    token = _ACTING.set(account_id)
    try:
        yield
    finally:
        _ACTING.reset(token)


def acting_account() -> int | None:
    account = _ACTING.get()
    return None if account == BACKGROUND else account


class SessionTokens:
    """The tokens of the sessions signed in through this program, by account. Thread-safe:
    the workers that run service calls read it; sign-in and sign-out change it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[int, str] = {}
        self._touched: dict[str, float] = {}
        #: The account this program last acted for with a session: background work
        #: presents its session.
        self._last: int | None = None

    def __repr__(self) -> str:  # never a token in a log or a traceback
        return f"SessionTokens({len(self._tokens)} signed in)"

    def keep(self, account_id: int, token: str) -> str | None:
        """Remember ``account_id``'s new session; the token it replaces, if any."""
        with self._lock:
            old = self._tokens.get(account_id)
            self._tokens[account_id] = token
            self._touched[token] = time.monotonic()
            if old is not None:
                self._touched.pop(old, None)
            if self._last is None:  # signed in with nobody else here: a manager's override
                self._last = account_id  # inside someone's action leaves that one
            return old

    def forget(self, account_id: int | None, token: str | None = None) -> str | None:
        """Forget ``account_id``'s session (only if it is still ``token``, when given)."""
        if account_id is None:
            return None
        with self._lock:
            held = self._tokens.get(account_id)
            if held is None or (token is not None and held != token):
                return None
            del self._tokens[account_id]
            self._touched.pop(held, None)
            if self._last == account_id:
                self._last = None
            return held

    def for_work(self, account: int | None) -> tuple[int | None, str]:
        """(account, token) a connection is to present for work acting as ``account``
        (``BACKGROUND``: the last account acted for, while its session is kept)."""
        with self._lock:
            if account == BACKGROUND:
                account = self._last
            elif account is not None and account in self._tokens:
                self._last = account
            return account, self._tokens.get(account, "") if account is not None else ""

    def token(self, account_id: int | None) -> str:
        if account_id is None:
            return ""
        with self._lock:
            return self._tokens.get(account_id, "")

    def touch_due(self, token: str) -> bool:
        """True (and noted as done) when the server last heard of ``token``'s use from
        this program over ``SESSION_TOUCH_SECONDS`` ago."""
        now = time.monotonic()
        with self._lock:
            if now - self._touched.get(token, 0.0) < SESSION_TOUCH_SECONDS:
                return False
            self._touched[token] = now
            return True


def present(tokens: SessionTokens, dbapi_connection: Any, record: Any) -> None:
    """Pool ``checkout``: make the connection present the acting account's session (or
    none), unless it already does and the server heard of it lately."""
    account, wanted = tokens.for_work(_ACTING.get())
    shown = record.info.get(PRESENTED, "")
    if wanted == shown and not (wanted and tokens.touch_due(wanted)):
        return
    try:
        valid = _present(dbapi_connection, wanted)
        record.info[PRESENTED] = wanted
        if wanted and not valid:
            # Ended, idle too long or the account deactivated: this program stops
            # presenting it (the person signs in again, e.g. to unlock the window).
            log.warning("the server session of account #%s has ended", account)
            tokens.forget(account, wanted)
            _present(dbapi_connection, "")
            record.info[PRESENTED] = ""
    except psycopg.Error as exc:
        # The statement the connection was taken for says what is wrong with it (a lost
        # server is reported there, as ever); this one is tried again at the next use.
        log.info("could not present the session: %s", type(exc).__name__)
        record.info[PRESENTED] = None
        with suppress(psycopg.Error):
            if not dbapi_connection.autocommit:
                dbapi_connection.rollback()


def _present(dbapi_connection: Any, token: str) -> bool:
    valid = bool(dbapi_connection.execute(PRESENT, (token,)).fetchone()[0])
    if not dbapi_connection.autocommit:
        dbapi_connection.commit()  # a setting made in a transaction rolled back is undone
    return valid


# -- the server's refusals ----------------------------------------------------------------

#: The server's words for a write without a valid session (migrations 0017, 0018).
SESSION_REFUSALS = frozenset({"pos_session_required", "pos_session_refused"})
ACCOUNT_REFUSED = "pos_account_refused"
#: A change the session's role may not make to a money or stock table (migration 0020).
MATRIX_REFUSED = "pos_matrix_refused"
SESSION_ENDED = "Your sign-in has ended; sign in again"
ACCOUNT_CHANGE_REFUSED = "Your role may not make this change to an account"
NOBODY_SIGNED_IN = "Nobody is signed in at this counter: waiting for a sign-in to send"
ROLE_REFUSED = "The server refused this: your role may not do it"


class SessionRequiredError(SignInEndedError):
    """The server refused a write: no valid session was presented (it ended, or nobody
    is signed in here)."""


class WaitingForSignIn(DatabaseUnavailableError):
    """Background work found nobody signed in here: it waits, as for a server away."""


def session_refused() -> PosError:
    """The server refused a write for want of a valid session: background work (the sync
    of waiting sales) waits for a sign-in, as for a server away, and never sets a sale
    aside for it; a person is told to sign in again."""
    if _ACTING.get() == BACKGROUND:
        return WaitingForSignIn(NOBODY_SIGNED_IN)
    return SessionRequiredError(SESSION_ENDED)


def refusal(exc: DBAPIError) -> PosError | None:
    """What a person (or the background work) is told of the server's refusal of a write
    for want of a session or of the role's permission; None for any other error."""
    diag = getattr(exc.orig, "diag", None)
    said = getattr(diag, "message_primary", None)
    if said in SESSION_REFUSALS:
        return session_refused()
    if said == ACCOUNT_REFUSED:
        return PermissionDeniedError(ACCOUNT_CHANGE_REFUSED)
    if said == MATRIX_REFUSED:
        log.warning(
            "the server refused a write for the role: %s", getattr(diag, "message_detail", "")
        )
        return PermissionDeniedError(ROLE_REFUSED)
    return None


# -- secret columns ----------------------------------------------------------------------

#: Session ``info`` key: the Database's ``SecretColumns``.
SECRETS = "pos.secret_columns"
_READABLE = (
    "SELECT to_regclass('public.accounts') IS NULL "
    "OR has_column_privilege('public.accounts', 'password_hash', 'SELECT')"
)


class SecretColumns:
    """Whether the connected role may read ``accounts.password_hash`` (the counters' role
    may not since provision-roles grants by column): asked once, at the first load of an
    account."""

    def __init__(self) -> None:
        self.readable: bool | None = None


def hide_secret_columns(state: ORMExecuteState) -> None:
    """``do_orm_execute``: an account loaded by a role that may not read its password hash
    is loaded without it (it is never needed there: the server checks passwords)."""
    secrets = state.session.info.get(SECRETS)
    statement = state.statement
    if secrets is None or not isinstance(statement, Select):
        return
    if not any(d.get("expr") is Account for d in statement.column_descriptions):
        return
    if secrets.readable is None:
        answer = state.session.connection().exec_driver_sql(_READABLE).scalar()
        secrets.readable = bool(answer)
    if not secrets.readable:
        state.statement = statement.options(defer(Account.password_hash), defer(Account.pin_hash))
