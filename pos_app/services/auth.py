"""Sign-in and the first admin account."""

from __future__ import annotations

import logging
from datetime import timedelta

from pos_app.data import models
from pos_app.data.database import UniqueViolation
from pos_app.data.store import Store
from pos_app.domain import rules
from pos_app.domain.enums import Role
from pos_app.domain.errors import AuthenticationError, ConflictError, ValidationError
from pos_app.services.base import Service, to_staff
from pos_app.services.records import AccountId, Actor, StaffMember

log = logging.getLogger(__name__)

LOCKOUT_AFTER = 10
LOCKOUT_FOR = timedelta(minutes=30)


class AuthService(Service):
    """Who may use the till."""

    def sign_in(self, username: str, password: str) -> Actor:
        """The acting session for these credentials. Unknown user, wrong password, inactive
        or locked account: all the same AuthenticationError, in about the same time."""
        name = username.strip().lower() if isinstance(username, str) else ""

        def load(store: Store) -> tuple[int, str, str, str, bool] | None:
            account = store.account_by_username(name)
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
            raise AuthenticationError()
        account_id, _hash, role, display_name, usable = found
        self._db.write(lambda store: self._record_attempt(store, account_id, matched and usable))
        if not (matched and usable):
            log.info("sign-in refused for account #%d", account_id)
            raise AuthenticationError()
        return Actor(AccountId(account_id), name, Role(role), display_name)

    @staticmethod
    def _record_attempt(store: Store, account_id: int, success: bool) -> None:
        account = store.lock(models.Account, account_id)
        if account is None:
            return
        if success:
            account.failed_sign_ins = 0
            account.locked_until = None
            return
        account.failed_sign_ins += 1
        if account.failed_sign_ins >= LOCKOUT_AFTER:
            account.locked_until = models.utcnow() + LOCKOUT_FOR
            account.failed_sign_ins = 0
            log.warning("account #%d locked after %d failed sign-ins", account_id, LOCKOUT_AFTER)

    def needs_first_admin(self) -> bool:
        """True while the database has no active staff account: the first-run case."""
        return self._db.read(lambda store: store.count_staff() == 0)

    def create_first_admin(self, username: str, password: str, name: str) -> StaffMember:
        """Create the first admin. Refused once any staff account exists."""
        clean_username = rules.username(username)
        clean_name = rules.required_text(name, "name", "Name", rules.ACCOUNT_NAME_MAX)
        password_hash = self._hasher.hash(password)

        def work(store: Store) -> StaffMember:
            if store.count_staff(active_only=False) > 0:
                raise ConflictError("An administrator already exists; sign in instead")
            account = models.Account(
                username=clean_username,
                name=clean_name,
                role=Role.ADMIN.value,
                password_hash=password_hash,
                address="",
                gender="",
                active=True,
                failed_sign_ins=0,
            )
            store.add(account)
            store.flush()
            store.add(models.Wallet(account_id=account.id, balance_cents=0))
            store.flush()
            return to_staff(account)

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise ValidationError(
                f"Username '{clean_username}' is already taken", "username"
            ) from None
