"""refunds, day closings and parked carts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 07:01:59.436518
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "day_closings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("period_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("period_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sales_count", sa.Integer(), nullable=False),
        sa.Column("gross_cents", sa.BigInteger(), nullable=False),
        sa.Column("refunds_cents", sa.BigInteger(), nullable=False),
        sa.Column("cash_sales_cents", sa.BigInteger(), nullable=False),
        sa.Column("wallet_sales_cents", sa.BigInteger(), nullable=False),
        sa.Column("cash_refunds_cents", sa.BigInteger(), nullable=False),
        sa.Column("wallet_refunds_cents", sa.BigInteger(), nullable=False),
        sa.Column("opening_float_cents", sa.BigInteger(), nullable=False),
        sa.Column("expected_cash_cents", sa.BigInteger(), nullable=False),
        sa.Column("counted_cash_cents", sa.BigInteger(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "counted_cash_cents >= 0", name=op.f("ck_day_closings_counted_not_negative")
        ),
        sa.CheckConstraint(
            "opening_float_cents >= 0", name=op.f("ck_day_closings_float_not_negative")
        ),
        sa.CheckConstraint("period_end > period_start", name=op.f("ck_day_closings_period_order")),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["accounts.id"], name=op.f("fk_day_closings_closed_by_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_closings")),
    )
    op.create_table(
        "parked_carts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cashier_id"], ["accounts.id"], name=op.f("fk_parked_carts_cashier_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["accounts.id"],
            name=op.f("fk_parked_carts_customer_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_carts")),
    )
    with op.batch_alter_table("parked_carts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parked_carts_counter"), ["counter"], unique=False)

    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("authorised_by_id", sa.Integer(), nullable=True),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("method IN ('wallet', 'cash')", name=op.f("ck_refunds_method")),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_refunds_amount_positive")),
        sa.ForeignKeyConstraint(
            ["authorised_by_id"], ["accounts.id"], name=op.f("fk_refunds_authorised_by_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["cashier_id"], ["accounts.id"], name=op.f("fk_refunds_cashier_id_accounts")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_refunds_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
        sa.UniqueConstraint("uuid", name=op.f("uq_refunds_uuid")),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index("ix_refunds_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "refund_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.Integer(), nullable=False),
        sa.Column("sale_line_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_refund_lines_amount_positive")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_refund_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_refund_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"], ["refunds.id"], name=op.f("fk_refund_lines_refund_id_refunds")
        ),
        sa.ForeignKeyConstraint(
            ["sale_line_id"],
            ["sale_lines.id"],
            name=op.f("fk_refund_lines_sale_line_id_sale_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_lines")),
    )
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_lines_refund_id"), ["refund_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_lines_sale_line_id"), ["sale_line_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_lines_sale_line_id"))
        batch_op.drop_index(batch_op.f("ix_refund_lines_refund_id"))

    op.drop_table("refund_lines")
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refunds_sale_id"))
        batch_op.drop_index("ix_refunds_created_at")

    op.drop_table("refunds")
    with op.batch_alter_table("parked_carts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parked_carts_counter"))

    op.drop_table("parked_carts")
    op.drop_table("day_closings")
