"""sales made while the server was unreachable, synced later (issue 15, first slice)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 00:10:00

A counter that cannot reach the server keeps selling and sends each sale later, once
(``pos_app.services.offline``). What the server keeps of that:

- ``offline_sales``: one row per synced offline sale, beside its ``sales`` row (same
  id): the counter's gapless number ("T1-000042", unique), the counter's clock when it
  sold, the server's clock when it arrived, and the two flags a manager reads: oversold
  (the sale took its product's stock below zero) and price_changed (a line's product had
  another price when it arrived; the sale keeps what the counter charged). A side table
  rather than five columns on ``sales``: online sales (nearly all of them) carry none of
  it, ``sales`` is not rebuilt on SQLite, and the offline ones are a join away for the
  Conflicts view.
- ``offline_conflicts``: what a manager must look at and a sync could not settle on its
  own, chiefly a UUID that arrived a second time with other content (never a second
  sale, never a crash).
- Stock may go below zero, but only by an offline sale: ``products.oversold_units``
  counts the units offline sales took beyond the stock there was, and the check
  ``stock >= 0`` becomes ``stock >= -oversold_units``. A product never oversold keeps
  exactly the old check, and the online paths still take stock only with
  ``stock >= n`` in their conditional update. ``stock_movements.stock_after`` loses its
  check (it copies the product's stock, which may now be negative when a restock or a
  refund follows an oversell); the product's own check is the one that holds.
- ``pos_record_sale`` v6: with ``offline`` in its pricing argument (counter number) it
  records the sale whatever the stock, the price, the pricing version or the shift say,
  flags it, and writes its ``offline_sales`` row; store credit is refused there. Without
  it, it is v5 unchanged. SQLite does the same in ``SaleWriter``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_sale_v6() -> str:
    """0008's ``pos_record_sale`` that records an offline sale and flags it."""
    v5: str = _revision("0008").record_sale_v5()  # type: ignore[attr-defined]
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v5,
        (
            "DECLARE\n",
            "DECLARE\n"
            "    v_offline jsonb := p_pricing->'offline';\n"
            "    v_oversold boolean := false;\n"
            "    v_price_changed boolean := false;\n"
            "    v_changed boolean;\n",
        ),
        (
            "       OR (p_wallet_cents > 0 AND p_customer_id IS NULL)\n",
            "       OR (p_wallet_cents > 0 AND p_customer_id IS NULL)\n"
            "       OR (v_offline IS NOT NULL AND (p_wallet_cents <> 0\n"
            "           OR coalesce(v_offline->>'counter_number', '') = ''))\n",
        ),
        (
            "    IF (SELECT version FROM pricing_state WHERE id = 1)",
            "    IF v_offline IS NULL AND (SELECT version FROM pricing_state WHERE id = 1)",
        ),
        (
            "     WHERE counter = p_counter AND closed_at IS NULL FOR SHARE;\n"
            "    IF v_shift IS NULL AND coalesce(",
            "     WHERE counter = p_counter AND closed_at IS NULL\n"
            "       AND (v_offline IS NULL OR opened_at <= p_created_at) FOR SHARE;\n"
            "    IF v_shift IS NULL AND v_offline IS NULL AND coalesce(",
        ),
        (
            "        UPDATE products SET stock = stock - p_quantities[i]\n"
            "         WHERE id = p_product_ids[i] AND stock >= p_quantities[i] AND active\n"
            "           AND (price_cents = p_prices[i] OR variable_price)\n"
            "        RETURNING stock, name INTO v_stock, v_name;\n",
            "        IF v_offline IS NULL THEN\n"
            "        UPDATE products SET stock = stock - p_quantities[i]\n"
            "         WHERE id = p_product_ids[i] AND stock >= p_quantities[i] AND active\n"
            "           AND (price_cents = p_prices[i] OR variable_price)\n"
            "        RETURNING stock, name INTO v_stock, v_name;\n"
            "        ELSE\n"
            "        -- Sold offline: recorded whatever the stock and the price are now, and\n"
            "        -- flagged. Only this path may take stock below zero.\n"
            "        UPDATE products SET stock = stock - p_quantities[i],\n"
            "               oversold_units = oversold_units\n"
            "                   + greatest(0, p_quantities[i] - greatest(stock, 0))\n"
            "         WHERE id = p_product_ids[i]\n"
            "        RETURNING stock, name, price_cents <> p_prices[i] AND NOT variable_price\n"
            "          INTO v_stock, v_name, v_changed;\n"
            "        IF FOUND THEN\n"
            "            v_oversold := v_oversold OR v_stock < 0;\n"
            "            v_price_changed := v_price_changed OR v_changed;\n"
            "        END IF;\n"
            "        END IF;\n",
        ),
        (
            "    INSERT INTO audit_entries (created_at,",
            "    IF v_offline IS NOT NULL THEN\n"
            "        INSERT INTO offline_sales (sale_id, counter_number, counter_created_at,\n"
            "                                   received_at, oversold, price_changed)\n"
            "        VALUES (sale_id, v_offline->>'counter_number', p_created_at,\n"
            "                clock_timestamp(), v_oversold, v_price_changed);\n"
            "    END IF;\n\n"
            "    INSERT INTO audit_entries (created_at,",
        ),
    )


def _products_check(old: str, new: str, expression: str) -> None:
    """Swap ``products``' stock check (SQLite rebuilds the table, and drops its triggers:
    ``_products_triggers`` puts them back)."""
    with op.batch_alter_table("products", recreate="always" if _sqlite() else "auto") as batch:
        batch.drop_constraint(op.f(old), type_="check")
        batch.create_check_constraint(new, expression)


def _products_triggers() -> None:
    """SQLite: the triggers on ``products`` that a rebuild of the table dropped, made again
    as their migrations made them: the product search index's (0009) and the pricing
    version's (0007: a product's tax rate or category moves it)."""
    if not _sqlite():
        return
    search = _revision("0009")
    for trigger in search.TRIGGERS:  # type: ignore[attr-defined]
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    search.create_sqlite_triggers()  # type: ignore[attr-defined]
    pricing = _revision("0007")
    op.execute("DROP TRIGGER IF EXISTS products_pricing_update")
    for table, columns in pricing.PRICED_BY:  # type: ignore[attr-defined]
        if table == "products":
            pricing._sqlite_triggers(table, columns)  # type: ignore[attr-defined]


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.add_column(
            sa.Column("oversold_units", sa.Integer(), nullable=False, server_default="0")
        )
    _products_check(
        "ck_products_stock_not_negative",
        "stock_oversold_only",
        "stock >= -oversold_units AND oversold_units >= 0",
    )
    with op.batch_alter_table(
        "stock_movements", recreate="always" if _sqlite() else "auto"
    ) as batch:
        batch.drop_constraint(op.f("ck_stock_movements_stock_after_not_negative"), type_="check")
    op.create_table(
        "offline_sales",
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("counter_number", sa.String(length=40), nullable=False),
        sa.Column("counter_created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("oversold", sa.Boolean(), nullable=False),
        sa.Column("price_changed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_offline_sales_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("sale_id", name=op.f("pk_offline_sales")),
        sa.UniqueConstraint("counter_number", name=op.f("uq_offline_sales_counter_number")),
    )
    op.create_table(
        "offline_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_uuid", sa.String(length=36), nullable=False),
        sa.Column("counter_number", sa.String(length=40), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_offline_conflicts_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_conflicts")),
    )
    op.create_index(
        op.f("ix_offline_conflicts_sale_uuid"), "offline_conflicts", ["sale_uuid"], unique=False
    )
    _products_triggers()
    if not _sqlite():
        op.execute(f"DROP FUNCTION {_revision('0006').NEW_SIGNATURE}")  # type: ignore[attr-defined]
        op.execute(record_sale_v6())


def downgrade() -> None:
    """Refused (by the checks put back) while any product's stock is below zero."""
    if not _sqlite():
        op.execute(f"DROP FUNCTION {_revision('0006').NEW_SIGNATURE}")  # type: ignore[attr-defined]
        op.execute(_revision("0008").record_sale_v5())  # type: ignore[attr-defined]
    op.drop_index(op.f("ix_offline_conflicts_sale_uuid"), table_name="offline_conflicts")
    op.drop_table("offline_conflicts")
    op.drop_table("offline_sales")
    with op.batch_alter_table(
        "stock_movements", recreate="always" if _sqlite() else "auto"
    ) as batch:
        batch.create_check_constraint("stock_after_not_negative", "stock_after >= 0")
    _products_check("ck_products_stock_oversold_only", "stock_not_negative", "stock >= 0")
    with op.batch_alter_table("products") as batch:
        batch.drop_column("oversold_units")
    _products_triggers()
