"""Which operation of the permission matrix governs each change to an account row.

The services ask ``authorize`` for their operation; on PostgreSQL the server repeats the
rule for the counters' role (migration 0018's ``pos_account_guard``), so that a
session's role cannot, with raw SQL, do more to ``accounts`` than the matrix allows. This
is the Python side of that rule; tests/test_no_session_writes.py runs every (role,
change, kind of account) through both and compares.
"""

from __future__ import annotations

from enum import StrEnum

from pos_app.domain.enums import Role
from pos_app.services.permissions import Op, allowed


class AccountChange(StrEnum):
    """A change to one account row, as the server tells them apart."""

    CREATE = "create"
    DELETE = "delete"
    ROLE = "role"
    DEACTIVATE = "deactivate"
    REACTIVATE = "reactivate"
    PASSWORD = "password"  #: its password hash
    LOCKOUT = "lockout"  #: its failed sign-ins or lockout (an unlock)
    PROFILE = "profile"  #: any other column (name, contact details...)


#: On a customer's account; anything on a staff account is ``Op.STAFF_MANAGE``.
CUSTOMER_CHANGES = {
    AccountChange.CREATE: Op.CUSTOMER_REGISTER,
    AccountChange.DELETE: Op.CUSTOMER_DELETE,
    AccountChange.DEACTIVATE: Op.CUSTOMER_DELETE,  # a customer with history is deactivated
    AccountChange.REACTIVATE: Op.CUSTOMER_REACTIVATE,
    AccountChange.PROFILE: Op.CUSTOMER_UPDATE,
}


def account_op(change: AccountChange, customer: bool) -> Op:
    """The matrix's operation for ``change`` on a customer's account (``customer``) or a
    staff member's (a role change, either way, is staff management)."""
    if not customer:
        return Op.STAFF_MANAGE
    return CUSTOMER_CHANGES.get(change, Op.STAFF_MANAGE)


def session_may(role: Role | None, change: AccountChange, customer: bool) -> bool:
    """Whether a session of ``role`` may make ``change`` with the counters' login, with no
    manager's override: since migration 0020 the server sees an override
    (``pos_grant_override``) and lets the cashier's session do that one change then."""
    return allowed(role, account_op(change, customer))
