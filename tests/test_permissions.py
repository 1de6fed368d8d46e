"""The permission matrix, checked on the service layer itself for every role."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.domain.enums import Role
from pos_app.domain.errors import PermissionDeniedError
from pos_app.services.permissions import (
    MATRIX,
    Op,
    allowed,
    authorize,
    authorize_for_customer,
    permission_table_markdown,
)
from pos_app.services.records import AccountId, Actor


def actor(role: Role, account_id: int = 7) -> Actor:
    return Actor(AccountId(account_id), f"{role.value}-x", role, "X")


def test_every_operation_is_in_the_matrix() -> None:
    assert set(MATRIX) == set(Op)


@pytest.mark.parametrize("op", list(Op))
@pytest.mark.parametrize("role", list(Role))
def test_authorize_follows_the_matrix(op: Op, role: Role) -> None:
    if role in MATRIX[op]:
        assert authorize(actor(role), op).role is role
    else:
        with pytest.raises(PermissionDeniedError):
            authorize(actor(role), op)


@pytest.mark.parametrize("op", list(Op))
def test_no_one_signed_in_is_always_refused(op: Op) -> None:
    assert not allowed(None, op)
    with pytest.raises(PermissionDeniedError, match="sign in"):
        authorize(None, op)


def test_customers_are_limited_to_their_own_records() -> None:
    me = actor(Role.CUSTOMER, 7)
    assert authorize_for_customer(me, Op.WALLET_LEDGER, 7) is me
    with pytest.raises(PermissionDeniedError, match="own records"):
        authorize_for_customer(me, Op.WALLET_LEDGER, 8)
    assert authorize_for_customer(actor(Role.CASHIER), Op.WALLET_LEDGER, 8).role is Role.CASHIER


def test_staff_management_is_admin_only_and_the_table_says_so() -> None:
    assert MATRIX[Op.STAFF_MANAGE] == frozenset({Role.ADMIN})
    table = permission_table_markdown()
    assert "| `staff.manage` | - | - | - | yes |" in table
    assert "| `wallet.ledger` | own | yes | yes | yes |" in table


def test_the_readme_shows_the_current_matrix() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    # After changing the matrix: python -m tools.readme_matrix
    assert permission_table_markdown() in readme
