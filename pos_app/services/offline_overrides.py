"""Manager overrides while the store's server cannot be reached (issue 15).

A counter cannot ask the server whether a manager's password is right when it cannot
reach it. So when a staff member whose role may authorise overrides signs in, or
authorises an override, at this counter while the server answers, the counter keeps in
its own file (0600, ``pos_app.data.verifier_copy``) a fresh bcrypt hash it makes itself
of the password just typed: never the server's hash, which it does not read. With it the
account id, username, role and an expiry, ``VERIFIER_TTL`` (72 hours) after that
sign-in. Offline, an override typed at this counter is checked against it
(``OfflineOverrides.authorise``, the same rule as online: ``override.with_signer``):

- a wrong password: the online message ("Invalid username or password"); after
  ``OFFLINE_TRIES`` in a row the verifier is dropped, and the manager must sign in here
  online again before authorising offline (online, the server's lockout applies);
- a manager with no verifier here, or an expired one: ``NO_VERIFIER``;
- someone whose role may not: the online message.

Each refresh while online (``refresh``, from the background sync) drops the verifiers of
accounts gone, deactivated, locked out or no longer allowed to authorise overrides
(reading only the accounts' non-secret columns), follows a renamed username or changed
role, and purges expired ones. Only a verification against the server renews a
verifier: an offline override never extends it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import bcrypt

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database
from pos_app.data.repositories.staff_standing import StaffStanding, Standing
from pos_app.data.verifier_copy import VerifierCopies
from pos_app.domain.enums import Role
from pos_app.domain.errors import (
    AuthenticationError,
    DatabaseUnavailableError,
    PermissionDeniedError,
)
from pos_app.services.auth import AuthService
from pos_app.services.offline_tickets import OfflineTickets
from pos_app.services.override import with_signer
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import MANAGER_OVERRIDE, Op, allowed
from pos_app.services.records import AccountId, Actor, ManagerOverride

log = logging.getLogger(__name__)

#: How long after a manager's last sign-in (or online override) at this counter their
#: password may authorise an override here offline.
VERIFIER_TTL = timedelta(hours=72)
#: Wrong passwords in a row, offline, after which a manager's verifier is dropped.
OFFLINE_TRIES = 5

NO_VERIFIER = (
    "No manager has signed in at this counter in the last {hours} hours; one who has can "
    "authorise this offline, or wait for the server"
)
#: Ends the sale's audit line ("..., authorised by manager1") for an offline override.
OFFLINE_OVERRIDE = " (offline override, checked at counter {counter})"


def may_override(role: Role) -> bool:
    """Whether ``role`` may authorise any of the acts a cashier needs an override for."""
    return any(allowed(role, op) for op in MANAGER_OVERRIDE)


def _role(text: str) -> Role | None:
    try:
        return Role(text)
    except ValueError:
        return None


class OfflineOverrides:
    """The verifiers of this counter's file, and the offline check of an override."""

    def __init__(
        self,
        db: Database,
        file: CounterFile,
        hasher: PasswordHasher,
        ttl: timedelta = VERIFIER_TTL,
    ) -> None:
        self._db = db
        self._hasher = hasher
        self.copies = VerifierCopies(file)
        self.ttl = ttl

    @property
    def hours(self) -> int:
        return int(self.ttl.total_seconds() // 3600)

    # -- online: remember, refresh ------------------------------------------------------
    def remember(self, signer: Actor, password: str) -> bool:
        """``signer`` has just proved ``password`` to the server at this counter: keep a
        fresh verifier of it if their role may authorise overrides (else forget any kept
        one). Whether one is kept now; never raises (an offline override then fails
        with the reason, and selling goes on)."""
        if signer.account_id is None:
            return False
        try:
            if not may_override(signer.role):
                self.copies.drop([signer.account_id])
                return False
            raw = password.encode("utf-8")
            verifier = bcrypt.hashpw(raw, bcrypt.gensalt(self._hasher.cost)).decode("ascii")
            now = datetime.now(UTC)
            self.copies.keep(
                signer.account_id,
                signer.username,
                signer.role.value,
                verifier,
                now,
                now + self.ttl,
            )
        except (CounterFileError, UnicodeEncodeError, ValueError) as exc:
            log.error("manager verifier not kept: %s", type(exc).__name__)
            return False
        log.info("manager verifier kept for account #%d", signer.account_id)
        return True

    def remember_override(self, override: ManagerOverride, actor: Actor, op: Op) -> bool:
        """``actor`` has just done ``op`` online with ``override``: remember its signer,
        read by username (non-secret columns only). Only when ``actor`` may not do
        ``op`` alone: then the server checked the password (``with_signer``); else it
        was never looked at, and is not kept."""
        if allowed(actor.role, op):
            return False
        name = override.username.strip().lower()
        try:
            standing = self._db.read(lambda tx: StaffStanding(tx).by_username(name))
        except DatabaseUnavailableError:
            return False
        role = None if standing is None else _role(standing.role)
        if standing is None or role is None or not standing.usable(datetime.now(UTC)):
            return False
        signer = Actor(AccountId(standing.account_id), standing.username, role, "", actor.counter)
        return self.remember(signer, override.password)

    def refresh(self) -> int:
        """Online: forget the verifiers of accounts gone, inactive, locked out or no longer
        allowed to authorise overrides, and the expired ones; follow a renamed username
        or a changed role. How many were forgotten. Never raises for the server or the
        file; with no verifier kept it asks the server nothing."""
        now = datetime.now(UTC)
        try:
            dropped = self.copies.purge_expired(now)
            kept = self.copies.all()
            if not kept:
                return dropped
            ids = [v.account_id for v in kept]
            standing = self._db.read(lambda tx: StaffStanding(tx).of(ids))
            gone, changed = [], {}
            for verifier in kept:
                now_is = standing.get(verifier.account_id)
                if not _still_may(now_is, now):
                    gone.append(verifier.account_id)
                elif now_is and (now_is.username, now_is.role) != (
                    verifier.username,
                    verifier.role,
                ):
                    changed[verifier.account_id] = (now_is.username, now_is.role)
            self.copies.update_roles(changed)
            return dropped + self.copies.drop(gone)
        except DatabaseUnavailableError as exc:
            log.info("manager verifiers not refreshed: %s", exc)
        except CounterFileError:
            log.exception("manager verifiers not refreshed")
        return 0

    # -- offline: check -----------------------------------------------------------------
    def sign(self, override: ManagerOverride, checked: Actor) -> Actor:
        """Who ``override`` names, checked against this counter's verifier of them:
        AuthenticationError for a wrong password, PermissionDeniedError (``NO_VERIFIER``)
        when no usable verifier is kept. (CounterFileError: the file failed.)"""
        now = datetime.now(UTC)
        name = override.username.strip().lower() if isinstance(override.username, str) else ""
        self.copies.purge_expired(now)
        found = self.copies.by_username(name, now) if name else None
        if found is None:
            raise PermissionDeniedError.said(NO_VERIFIER, hours=self.hours)
        role = _role(found.role)
        if role is None or not self._hasher.verify(override.password, found.verifier):
            if self.copies.failed(found.account_id, OFFLINE_TRIES):
                log.warning(
                    "manager verifier of account #%d dropped after %d wrong passwords",
                    found.account_id,
                    OFFLINE_TRIES,
                )
            raise AuthenticationError()
        self.copies.succeeded(found.account_id)
        return Actor(AccountId(found.account_id), found.username, role, "", checked.counter)

    def authorise(
        self,
        actor: Actor | None,
        op: Op,
        override: ManagerOverride | None,
        *,
        baseline: Op = Op.SALE_CHECKOUT,
    ) -> tuple[Actor, Actor]:
        """(actor, authoriser) for ``op`` offline: the online rule (``with_signer``) with
        the credentials checked against this counter's verifiers."""
        return with_signer(actor, op, override, self.sign, baseline=baseline)


def signed_in_here(
    auth: AuthService,
    overrides: OfflineOverrides,
    username: str,
    password: str,
    counter: str,
    tickets: OfflineTickets | None = None,
) -> Actor:
    """Sign in at this counter (``AuthService.sign_in``, unchanged) and, once the server
    has accepted the password, keep (or forget) the signer's verifier here and get their
    ticket for selling offline here (``OfflineTickets.obtain``): the hook the sign-in
    screen calls instead of ``sign_in`` alone."""
    actor = auth.sign_in(username, password, counter)
    overrides.remember(actor, password)
    if tickets is not None:
        tickets.obtain(actor, counter)
    return actor


def signed_out_here(auth: AuthService, tickets: OfflineTickets, actor: Actor) -> None:
    """Sign ``actor`` out (``AuthService.sign_out``: the server ends their session and, with
    it, their offline tickets) after forgetting their ticket at this counter, which goes
    even when the server cannot be reached: the hook the app calls at sign-out."""
    tickets.forget(actor)
    auth.sign_out(actor)


def _still_may(standing: Standing | None, now: datetime) -> bool:
    if standing is None or not standing.usable(now):
        return False
    role = _role(standing.role)
    return role is not None and may_override(role)
