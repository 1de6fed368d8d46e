"""shifts, the drawer's cash movements, and voids

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 00:40:00

The cash drawer (issue 13):

- ``shifts``: one cashier's time at one counter, from the opening float counted by
  denomination to the blind close (counted, expected per method, over or short, who
  approved a difference above the store's limit). At most one is open per counter: a
  partial unique index decides two counters opening at once.
- ``cash_movements``: paid-ins, paid-outs and "No sale", each with its reason, in a shift.
- ``shift_id`` on sales, refunds and wallet entries: the shift open at their counter when
  they were written. ``pos_record_sale`` v5 finds it under a share lock of the shift row,
  which a close takes for update: a sale lands either before the close (and is counted)
  or after it (and belongs to no closed shift). With ``shift_required`` in its pricing
  argument it refuses a sale when no shift is open (``pos_sale_refused``, detail
  ``shift``).
- ``sales.voided_at``/``voided_by_id``/``void_reason``: a manager's void of a sale of the
  current shift.
- The audit actions shift_opened, shift_closed, paid_in, paid_out and no_sale.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

NEW_AUDIT_ACTIONS = ("shift_opened", "shift_closed", "paid_in", "paid_out", "no_sale")
SHIFT_OWNERS = ("sales", "refunds", "wallet_entries")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _revision(number: str) -> object:
    """An earlier revision's module, for what it defined."""
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_sale_v5() -> str:
    """0007's ``pos_record_sale`` that files the sale under its counter's open shift."""
    earlier = _revision("0007")
    v4: str = earlier.record_sale_v4()  # type: ignore[attr-defined]
    return earlier._replaced(  # type: ignore[attr-defined,no-any-return]
        v4,
        (
            "DECLARE\n",
            "DECLARE\n    v_shift integer;\n",
        ),
        (
            "    -- Held until this call commits or fails.",
            "    -- The counter's open shift, share-locked until this call ends: a close waits\n"
            "    -- for this sale and counts it, or closed first and this sale is in no shift.\n"
            "    SELECT id INTO v_shift FROM shifts\n"
            "     WHERE counter = p_counter AND closed_at IS NULL FOR SHARE;\n"
            "    IF v_shift IS NULL AND coalesce((p_pricing->>'shift_required')::boolean, false)\n"
            "    THEN\n"
            "        RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'shift';\n"
            "    END IF;\n\n"
            "    -- Held until this call commits or fails.",
        ),
        (
            "discount_authorised_by_id)\n    VALUES",
            "discount_authorised_by_id, shift_id)\n    VALUES",
        ),
        (
            "(p_pricing->>'discount_authorised_by_id')::integer)\n",
            "(p_pricing->>'discount_authorised_by_id')::integer, v_shift)\n",
        ),
    )


def _audit_actions(actions: tuple[str, ...]) -> None:
    _revision("0005")._audit_actions(actions)  # type: ignore[attr-defined]


def _earlier_audit_actions() -> tuple[str, ...]:
    return (
        _revision("0005").AUDIT_ACTIONS_NEW  # type: ignore[attr-defined]
        + _revision("0006").NEW_AUDIT_ACTIONS  # type: ignore[attr-defined]
    )


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opening_float_cents", sa.BigInteger(), nullable=False),
        sa.Column("opening_count", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("closing_count", sa.Text(), nullable=True),
        sa.Column("counted_cash_cents", sa.BigInteger(), nullable=True),
        sa.Column("counted_card_cents", sa.BigInteger(), nullable=True),
        sa.Column("expected_cash_cents", sa.BigInteger(), nullable=True),
        sa.Column("expected_card_cents", sa.BigInteger(), nullable=True),
        sa.Column("expected_wallet_cents", sa.BigInteger(), nullable=True),
        sa.Column("over_short_cents", sa.BigInteger(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("opening_float_cents >= 0", name=op.f("ck_shifts_float_not_negative")),
        sa.CheckConstraint(
            "counted_cash_cents IS NULL OR counted_cash_cents >= 0", name=op.f("ck_shifts_counted")
        ),
        sa.CheckConstraint(
            "(closed_at IS NULL) = (counted_cash_cents IS NULL)",
            name=op.f("ck_shifts_closed_has_count"),
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["accounts.id"], name=op.f("fk_shifts_opened_by_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["accounts.id"], name=op.f("fk_shifts_closed_by_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["accounts.id"], name=op.f("fk_shifts_approved_by_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
    )
    op.create_index(
        "uq_shifts_open_counter",
        "shifts",
        ["counter"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )
    op.create_index("ix_shifts_counter_opened_at", "shifts", ["counter", "opened_at"])
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('paid_in', 'paid_out', 'no_sale')", name=op.f("ck_cash_movements_kind")
        ),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_cash_movements_amount_not_negative")),
        sa.CheckConstraint(
            "(kind = 'no_sale') = (amount_cents = 0)",
            name=op.f("ck_cash_movements_no_sale_moves_nothing"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["accounts.id"], name=op.f("fk_cash_movements_actor_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_cash_movements_shift_id_shifts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    op.create_index(op.f("ix_cash_movements_shift_id"), "cash_movements", ["shift_id"])
    for table in SHIFT_OWNERS:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("shift_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                op.f(f"fk_{table}_shift_id_shifts"), "shifts", ["shift_id"], ["id"]
            )
            batch.create_index(op.f(f"ix_{table}_shift_id"), ["shift_id"], unique=False)
    with op.batch_alter_table("sales") as batch:
        batch.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("voided_by_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("void_reason", sa.String(length=200), nullable=False, server_default="")
        )
        batch.create_foreign_key(
            op.f("fk_sales_voided_by_id_accounts"), "accounts", ["voided_by_id"], ["id"]
        )
    _audit_actions(_earlier_audit_actions() + NEW_AUDIT_ACTIONS)
    if not _sqlite():
        op.execute(f"DROP FUNCTION {_revision('0006').NEW_SIGNATURE}")  # type: ignore[attr-defined]
        op.execute(record_sale_v5())


def downgrade() -> None:
    if not _sqlite():
        op.execute(f"DROP FUNCTION {_revision('0006').NEW_SIGNATURE}")  # type: ignore[attr-defined]
        op.execute(_revision("0007").record_sale_v4())  # type: ignore[attr-defined]
    _audit_actions(_earlier_audit_actions())
    with op.batch_alter_table("sales") as batch:
        batch.drop_constraint(op.f("fk_sales_voided_by_id_accounts"), type_="foreignkey")
        for column in ("voided_at", "voided_by_id", "void_reason"):
            batch.drop_column(column)
    for table in SHIFT_OWNERS:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_shift_id"))
            batch.drop_constraint(op.f(f"fk_{table}_shift_id_shifts"), type_="foreignkey")
            batch.drop_column("shift_id")
    op.drop_index(op.f("ix_cash_movements_shift_id"), table_name="cash_movements")
    op.drop_table("cash_movements")
    op.drop_index("ix_shifts_counter_opened_at", table_name="shifts")
    op.drop_index("uq_shifts_open_counter", table_name="shifts")
    op.drop_table("shifts")
