"""A manager's override the server sees (migration 0020), on the counter's side.

``grant_override`` asks ``pos_grant_override`` to check the manager's password (as a
sign-in: the same lockout and audit rows, and no session kept) and, when the manager's
role may do the operation and the session this connection presents (the cashier's) needs
an override for it, to record a grant for that session. The write that follows, in its
own transaction, is then let through by the server for that operation, in that one
transaction only (``pos_matrix_guard``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from pos_app.data.changes import AUDIT, STAFF
from pos_app.data.repositories.accounts import ServerSignIn

if TYPE_CHECKING:
    from pos_app.data.transaction import Transaction

GRANT = text(
    "SELECT account_id, account_role, account_name, granted "
    "FROM pos_grant_override(:username, :password, :counter, :op)"
)


def grant_override(
    tx: Transaction, username: str, password: str | None, counter: str, op: str
) -> ServerSignIn | None:
    """Whose credentials these are (None: refused, counted and audited by the server),
    and a grant of ``op`` for this connection's session when that role may do it."""
    tx.touch(AUDIT, STAFF)
    row = tx.session.execute(
        GRANT, {"username": username, "password": password, "counter": counter, "op": op}
    ).one()
    if row.account_id is None:
        return None
    return ServerSignIn("", int(row.account_id), str(row.account_role), row.account_name)
