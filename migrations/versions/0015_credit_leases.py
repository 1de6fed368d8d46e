"""store credit offline by a lease (issue 15)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 00:15:00

- ``credit_leases``: one counter's reservation on one customer's wallet, for spending
  offline: reserved, used (by that counter's synced offline sales), expiry, closed once
  (its unused part returned). At most one open lease per (customer, counter): a partial
  unique index.
- ``wallets.leased_cents``: the unused parts of the wallet's open leases, with
  CHECK (balance_cents >= leased_cents). Online spending and deductions take only what is
  above it (the wallet writer's condition, and ``pos_record_sale``'s), so whatever a
  counter spends offline within its lease is still in the wallet when the sale arrives.
- ``pos_record_sale`` v8: an offline sale may carry a wallet part when it names its lease
  (``p_pricing->'offline'->'lease_id'``); the debit takes what it can from that lease
  (``used_cents`` up, ``leased_cents`` down) and the rest from the part no lease holds,
  else it is refused ("wallet") as before. An online sale's debit takes only what no
  lease holds, except that the sale's own counter's lease on the customer gives back
  (``reserved_cents`` down) what that falls short by: a customer attached at a counter
  can still spend their whole balance there online. The wallet row is locked before the lease, as the lease repository does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

V7_DECLARE = "    v_changed boolean;\n"
V8_DECLARE = (
    "    v_changed boolean;\n"
    "    v_lease integer := (v_offline->>'lease_id')::integer;\n"
    "    v_lease_part bigint := 0;\n"
    "    v_taken bigint := 0;\n"
)
V7_OFFLINE_WALLET = (
    "       OR (v_offline IS NOT NULL AND (p_wallet_cents <> 0\n"
    "           OR coalesce(v_offline->>'counter_number', '') = ''))\n"
)
V8_OFFLINE_WALLET = (
    "       OR (v_offline IS NOT NULL AND ((p_wallet_cents <> 0 AND v_lease IS NULL)\n"
    "           OR coalesce(v_offline->>'counter_number', '') = ''))\n"
)
V7_DEBIT = """        UPDATE wallets SET balance_cents = balance_cents - p_wallet_cents
         WHERE account_id = p_customer_id AND balance_cents >= p_wallet_cents
        RETURNING id, balance_cents INTO v_wallet, wallet_balance_after;
"""
V8_DEBIT = """        -- The wallet first, then its lease: the lease repository's order too.
        PERFORM 1 FROM wallets WHERE account_id = p_customer_id FOR UPDATE;
        IF v_lease IS NOT NULL THEN
            SELECT least(p_wallet_cents, reserved_cents - used_cents) INTO v_lease_part
              FROM credit_leases
             WHERE id = v_lease AND customer_id = p_customer_id AND closed_at IS NULL
               FOR UPDATE;
            v_lease_part := coalesce(v_lease_part, 0);
            IF v_lease_part > 0 THEN
                UPDATE credit_leases SET used_cents = used_cents + v_lease_part
                 WHERE id = v_lease;
            END IF;
        ELSIF v_offline IS NULL THEN
            -- Online, the sale's own counter's lease on this wallet gives back what the
            -- part no lease holds falls short by (never another counter's lease).
            UPDATE credit_leases AS l SET reserved_cents = l.reserved_cents - s.part
              FROM (SELECT l2.id, least(l2.reserved_cents - l2.used_cents,
                           p_wallet_cents - (w.balance_cents - w.leased_cents)) AS part
                      FROM credit_leases AS l2 JOIN wallets AS w ON w.account_id = l2.customer_id
                     WHERE l2.customer_id = p_customer_id AND l2.counter = p_counter
                       AND l2.closed_at IS NULL) AS s
             WHERE l.id = s.id AND s.part > 0
            RETURNING s.part INTO v_taken;
            IF v_taken > 0 THEN
                UPDATE wallets SET leased_cents = leased_cents - v_taken
                 WHERE account_id = p_customer_id;
            END IF;
        END IF;
        UPDATE wallets SET balance_cents = balance_cents - p_wallet_cents,
               leased_cents = leased_cents - v_lease_part
         WHERE account_id = p_customer_id
           AND balance_cents - leased_cents + v_lease_part >= p_wallet_cents
        RETURNING id, balance_cents INTO v_wallet, wallet_balance_after;
"""


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_sale_v8() -> str:
    """0014's ``pos_record_sale`` (v7) that spends an offline sale's credit lease."""
    v7: str = _revision("0014").record_sale_v7()  # type: ignore[attr-defined]
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v7,
        (V7_DECLARE, V8_DECLARE),
        (V7_OFFLINE_WALLET, V8_OFFLINE_WALLET),
        (V7_DEBIT, V8_DEBIT),
    )


def _replace_function(body: str) -> None:
    signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
    op.execute(f"DROP FUNCTION {signature}")
    op.execute(body)


def upgrade() -> None:
    with op.batch_alter_table("wallets") as batch:
        batch.add_column(
            sa.Column("leased_cents", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch.create_check_constraint(op.f("ck_wallets_leased_not_negative"), "leased_cents >= 0")
        batch.create_check_constraint(
            op.f("ck_wallets_balance_covers_leases"), "balance_cents >= leased_cents"
        )
    op.create_table(
        "credit_leases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("reserved_cents", sa.BigInteger(), nullable=False),
        sa.Column("used_cents", sa.BigInteger(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "reserved_cents >= 0", name=op.f("ck_credit_leases_reserved_not_negative")
        ),
        sa.CheckConstraint(
            "used_cents >= 0 AND used_cents <= reserved_cents",
            name=op.f("ck_credit_leases_used_within"),
        ),
        sa.CheckConstraint("length(counter) >= 1", name=op.f("ck_credit_leases_counter")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["accounts.id"],
            name=op.f("fk_credit_leases_customer_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_leases")),
    )
    op.create_index(
        "uq_credit_leases_open",
        "credit_leases",
        ["customer_id", "counter"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )
    op.create_index("ix_credit_leases_expires_at", "credit_leases", ["expires_at"])
    if not _sqlite():
        _replace_function(record_sale_v8())


def downgrade() -> None:
    if not _sqlite():
        _replace_function(_revision("0014").record_sale_v7())  # type: ignore[attr-defined]
    op.drop_index("ix_credit_leases_expires_at", table_name="credit_leases")
    op.drop_index("uq_credit_leases_open", table_name="credit_leases")
    op.drop_table("credit_leases")
    with op.batch_alter_table("wallets") as batch:
        batch.drop_constraint(op.f("ck_wallets_balance_covers_leases"), type_="check")
        batch.drop_constraint(op.f("ck_wallets_leased_not_negative"), type_="check")
        batch.drop_column("leased_cents")
