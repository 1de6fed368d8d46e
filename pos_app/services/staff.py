"""Staff accounts: an admin's job."""

from __future__ import annotations

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import AuditAction, Role
from pos_app.domain.errors import NothingToChangeError, ValidationError
from pos_app.services.audit_log import record_on
from pos_app.services.base import Service, check_id, found_row, staff_role, to_staff
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, StaffMember


class StaffService(Service):
    """Create staff, change their role, deactivate, reset passwords."""

    def create(
        self, actor: Actor | None, *, username: str, password: str, name: str, role: str
    ) -> StaffMember:
        checked = authorize(actor, Op.STAFF_MANAGE)
        return self._create_staff(checked, username, password, name, role)

    def list(self, actor: Actor | None) -> tuple[StaffMember, ...]:
        authorize(actor, Op.STAFF_MANAGE)
        return self._db.read(lambda tx: tuple(to_staff(a) for a in tx.accounts.staff()))

    def _staff_account(
        self, tx: Transaction, account_id: int, *, lock: bool = True
    ) -> models.Account:
        return found_row(
            tx,
            models.Account,
            check_id(account_id, "Staff member"),
            "Staff member",
            lock=lock,
            hidden=lambda account: account.role == Role.CUSTOMER.value,
        )

    def set_active(self, actor: Actor | None, account_id: int, active: bool) -> StaffMember:
        checked = authorize(actor, Op.STAFF_MANAGE)
        if not isinstance(active, bool):
            raise ValidationError("Active must be yes or no", "active")

        def work(tx: Transaction) -> StaffMember:
            account = self._staff_account(tx, account_id)
            if not active and account.id == checked.account_id:
                raise ValidationError("You cannot deactivate your own account")
            account.active = active
            change = f"{account.username} {'reactivated' if active else 'deactivated'}"
            record_on(tx, checked, AuditAction.STAFF_ACTIVATION, account, change)
            return to_staff(account)

        return self._db.write(work)

    def set_role(self, actor: Actor | None, account_id: int, role: str) -> StaffMember:
        """Give a staff member another role. The last active admin keeps the role: an
        admin may step down only while another active admin remains."""
        checked = authorize(actor, Op.STAFF_MANAGE)
        new_role = staff_role(role)
        row_id = check_id(account_id, "Staff member")

        def work(tx: Transaction) -> StaffMember:
            admins = tx.accounts.active_admin_ids()  # locked first, always in the same order
            account = self._staff_account(tx, row_id)
            old = account.role
            if old == new_role.value:
                raise NothingToChangeError(f"{account.username} is already {old}")
            if old == Role.ADMIN.value and account.active and admins == [account.id]:
                who = "You are" if account.id == checked.account_id else f"{account.username} is"
                raise ValidationError(
                    f"{who} the last active admin: make someone else admin first", "role"
                )
            account.role = new_role.value
            change = f"{account.username}: {old} -> {new_role.value}"
            record_on(tx, checked, AuditAction.ROLE_CHANGED, account, change)
            return to_staff(account)

        return self._db.write(work)

    def reset_password(self, actor: Actor | None, account_id: int, new_password: str) -> None:
        checked = authorize(actor, Op.STAFF_MANAGE)
        # usernames never change: the one read here is the one the password is checked against
        username = self._db.read(
            lambda tx: self._staff_account(tx, account_id, lock=False).username
        )
        password_hash = self._hasher.hash(new_password, username)

        def work(tx: Transaction) -> None:
            account = self._staff_account(tx, account_id)
            account.password_hash = password_hash
            account.failed_sign_ins = 0
            account.locked_until = None
            record_on(tx, checked, AuditAction.PASSWORD_RESET, account, account.username)

        self._db.write(work)

    def unlock(self, actor: Actor | None, account_id: int) -> None:
        """Lift a lockout after too many failed sign-ins (staff or customer)."""
        checked = authorize(actor, Op.STAFF_MANAGE)
        row_id = check_id(account_id, "Account")

        def work(tx: Transaction) -> None:
            account = found_row(tx, models.Account, row_id, "Account", lock=True)
            account.failed_sign_ins = 0
            account.locked_until = None
            record_on(tx, checked, AuditAction.UNLOCK, account, account.username)

        self._db.write(work)

    def locked(self, actor: Actor | None) -> tuple[StaffMember, ...]:
        """Accounts locked out right now."""
        authorize(actor, Op.STAFF_MANAGE)
        return self._db.read(
            lambda tx: tuple(to_staff(a) for a in tx.accounts.locked(models.utcnow()))
        )
