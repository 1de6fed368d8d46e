"""Sign-in and the first admin account."""

from __future__ import annotations

import logging

from pos_app.data import models
from pos_app.data.repositories.overrides import grant_override
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, AuditOutcome, Role
from pos_app.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    PosError,
    ValidationError,
)
from pos_app.domain.sign_in_rules import LOCKOUT_AFTER, LOCKOUT_DETAIL, LOCKOUT_FOR
from pos_app.services.audit_log import record, record_now
from pos_app.services.base import Service, to_staff
from pos_app.services.permissions import Op
from pos_app.services.records import AccountId, Actor, StaffMember

log = logging.getLogger(__name__)

FIRST_ADMIN_EXISTS = "An administrator already exists; sign in instead"

__all__ = ["LOCKOUT_AFTER", "LOCKOUT_FOR", "AuthService"]

#: What ``authorise`` may grant: the permission matrix's operations, by name.
MATRIX_OPS = frozenset(o.value for o in Op)


def _checkable(password: object) -> str | None:
    """``password`` as the server is to check it; None (it checks one no account can have)
    where ``PasswordHasher.verify`` would refuse it whatever the hash: not text, not
    UTF-8, too short or too long, or holding a NUL (which crypt() cannot take)."""
    if not isinstance(password, str) or "\x00" in password:
        return None
    try:
        size = len(password.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate
        return None
    return password if rules.PASSWORD_MIN_BYTES <= size <= rules.PASSWORD_MAX_BYTES else None


def _who_where(username: object, counter: object) -> tuple[str, str]:
    """The username as the server is to look it up ("" when it cannot be anyone's: refused
    like an unknown user) and the counter's name ("" when unusable: the audit trail loses
    the counter's name, not the sign-in)."""
    name = username.strip().lower() if isinstance(username, str) else ""
    if not rules.USERNAME_RE.fullmatch(name):
        name = ""
    try:
        where = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
    except ValidationError:
        where = ""
    return name, where


class AuthService(Service):
    """Who may use the till."""

    def confirm(self, username: str, password: str, counter: str = "") -> Actor:
        """Who these credentials belong to, for an authorisation given on the spot (a
        manager's override): checked, counted against the lockout and audited as a sign-in
        is, but no session is kept. On PostgreSQL the server session it opens is ended at
        once and this program's sessions stay as they were, so a cashier who types their
        own password into the manager's field does not replace their own session."""
        return self.sign_in(username, password, counter, keep=False)

    def authorise(self, username: str, password: str, counter: str, op: str) -> Actor:
        """``confirm`` for a manager's override of the matrix operation ``op``. On
        PostgreSQL the server checks the credentials (``pos_grant_override``, audited and
        counted as a sign-in) and, when that role may do ``op`` for the session of the
        person acting here, grants it: the write that follows may then do ``op`` on the
        server, in one transaction."""
        if not isinstance(op, str) or op not in MATRIX_OPS:
            raise ValidationError("Not an operation of the permission matrix", "op")
        if self._db.backend != "postgresql":
            return self.confirm(username, password, counter)
        name, where = _who_where(username, counter)
        secret = _checkable(password)
        signer = self._db.write(lambda tx: grant_override(tx, name, secret, where, op))
        if signer is None:
            log.info("override refused by the server")
            raise AuthenticationError()
        return Actor(AccountId(signer.account_id), name, Role(signer.role), signer.name, where)

    def sign_in(
        self, username: str, password: str, counter: str = "", *, keep: bool = True
    ) -> Actor:
        """The acting session for these credentials. Unknown user, wrong password, inactive
        or locked account: all the same AuthenticationError, in about the same time.
        Every attempt is audited; an unknown username is not written down (it may be a
        password typed into the wrong field).

        On PostgreSQL the server checks the password (``pos_sign_in``: the counters' role
        may not read the hashes), applies the same lockout, writes the same audit rows and
        opens a session, which this program's connections then present for this person
        (``pos_app.data.server_session``)."""
        name, where = _who_where(username, counter)
        if self._db.backend == "postgresql":
            return self._sign_in_on_server(name, password, where, keep)

        def load(tx: Transaction) -> tuple[int, str, str, str, bool] | None:
            if not name:
                return None
            account = tx.accounts.by_username(name)
            if account is None:
                return None
            now = models.utcnow()
            usable = account.active and (
                account.locked_until is None or account.locked_until <= now
            )
            return account.id, account.password_hash, account.role, account.name, usable

        found = self._db.read(load)
        matched = self._hasher.verify(password, found[1] if found else None)
        if found is None:
            log.info("sign-in refused: unknown user")
            record_now(
                self._db,
                Actor(None, "", Role.CUSTOMER, "", where),
                AuditAction.SIGN_IN_FAILED,
                outcome=AuditOutcome.DENIED,
                detail="unknown username",
            )
            raise AuthenticationError()
        account_id, _hash, role, display_name, usable = found
        actor = Actor(AccountId(account_id), name, Role(role), display_name, where)
        self._db.write(lambda tx: self._record_attempt(tx, actor, matched, usable))
        if not (matched and usable):
            log.info("sign-in refused for account #%d", account_id)
            raise AuthenticationError()
        return actor

    def _sign_in_on_server(self, name: str, password: object, where: str, keep: bool) -> Actor:
        """``sign_in`` on PostgreSQL: one call of ``pos_sign_in``, which counts and audits
        the attempt whatever its outcome."""
        secret = _checkable(password)
        started = self._db.write(lambda tx: tx.accounts.sign_in_on_server(name, secret, where))
        if started is None:
            log.info("sign-in refused by the server")
            raise AuthenticationError()
        if not keep:
            self._end_session(started.token)
        elif (replaced := self._db.sessions.keep(started.account_id, started.token)) is not None:
            self._end_session(replaced)  # this person's earlier session here (a lock's unlock)
        account_id = AccountId(started.account_id)
        return Actor(account_id, name, Role(started.role), started.name, where)

    def _end_session(self, token: str | None) -> None:
        try:
            self._db.write(lambda tx: tx.accounts.end_server_session(token))
        except PosError as exc:  # it ends by itself when it has been idle long enough
            log.warning("could not end a server session: %s", exc.message)

    @staticmethod
    def _record_attempt(tx: Transaction, actor: Actor, matched: bool, usable: bool) -> None:
        assert actor.account_id is not None
        account = tx.lock(models.Account, actor.account_id)
        if account is None:
            return

        def audit(action: AuditAction, refusal: str = "") -> None:
            """This attempt's audit row: refused when ``refusal`` says why."""
            outcome = AuditOutcome.DENIED if refusal else AuditOutcome.OK
            record(
                tx,
                actor,
                action,
                outcome=outcome,
                detail=refusal,
                record_type="account",
                record_id=account.id,
            )

        if matched and usable:
            account.failed_sign_ins = 0
            account.locked_until = None
            audit(AuditAction.SIGN_IN)
            return
        audit(
            AuditAction.SIGN_IN_FAILED,
            "wrong password" if not matched else "inactive or locked account",
        )
        if matched:
            return  # the right password on a locked or inactive account is not a guess
        now = models.utcnow()
        if account.locked_until is not None and account.locked_until > now:
            # Guesses while locked neither count nor extend it: the lockout ends
            # LOCKOUT_FOR after it began, whoever keeps trying (else anyone could keep
            # the admin locked out for ever).
            return
        account.failed_sign_ins += 1
        if account.failed_sign_ins >= LOCKOUT_AFTER:
            account.locked_until = now + LOCKOUT_FOR
            account.failed_sign_ins = 0
            audit(AuditAction.LOCKOUT, LOCKOUT_DETAIL)
            log.warning("account #%d locked after %d failed sign-ins", account.id, LOCKOUT_AFTER)

    def sign_out(self, actor: Actor | None) -> None:
        """Record that this person signed out (the UI forgets the session). On PostgreSQL
        the server ends their session, which this program stops presenting: the audit row
        is written, and the session ended, while it is still presented (since migration
        0018 the server takes no write without one)."""
        if actor is None:
            return
        token = self._db.sessions.token(actor.account_id) or None

        def work(tx: Transaction) -> None:
            record(
                tx,
                actor,
                AuditAction.SIGN_OUT,
                record_type="account",
                record_id=actor.account_id or "",
            )
            if token is not None:
                tx.accounts.end_server_session(token)

        try:
            self._db.write(work)
        except PermissionDeniedError as exc:  # the session had already ended: nothing to end
            log.warning("sign-out not audited: %s", exc.message)
        finally:
            self._db.sessions.forget(actor.account_id, token)

    def needs_first_admin(self) -> bool:
        """True while the database has no active staff account: the first-run case."""
        return self._db.read(lambda tx: tx.accounts.count_staff() == 0)

    def create_first_admin(self, username: str, password: str, name: str) -> StaffMember:
        """Create the first admin, audited as made by itself. Refused once any staff
        account exists. On PostgreSQL the server writes it (``pos_create_first_admin``,
        migration 0018): the first run has no session, and the counters' role writes
        nothing without one."""
        if self._db.backend == "postgresql":
            return self._first_admin_on_server(username, password, name)

        def only_the_first(tx: Transaction) -> None:
            # Several first-run screens at once take turns here: the second to come sees
            # the first's admin (SQLite: BEGIN IMMEDIATE).
            tx.accounts.lock_first_admin()
            if tx.accounts.count_staff(active_only=False) > 0:
                raise ConflictError(FIRST_ADMIN_EXISTS)

        return self._create_staff(
            None,
            username,
            password,
            name,
            Role.ADMIN,
            detail="first administrator",
            before=only_the_first,
        )

    def _first_admin_on_server(self, username: object, password: str, name: object) -> StaffMember:
        """``create_first_admin`` on PostgreSQL: checked and hashed here as ``_create_staff``
        does, written by the server under its lock (defect 7: one admin however many first
        runs race)."""
        clean_username = rules.username(username)
        clean_name = rules.required_text(name, "name", "Name", rules.ACCOUNT_NAME_MAX)
        password_hash = self._hasher.hash(password, clean_username)

        def work(tx: Transaction) -> StaffMember:
            account = tx.accounts.first_admin_on_server(clean_username, clean_name, password_hash)
            if account is None:
                raise ConflictError(FIRST_ADMIN_EXISTS)
            return to_staff(account)

        return self._write_new(work, f"Username '{clean_username}' is already taken", "username")
