"""pricing version and variable-price goods

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 21:40:00

Two things a sale needs to be both fast and right (issue 12):

- ``pricing_state.version``, one number that every change to what a sale is priced by
  moves on: tax rates, store settings, promotions and their products, a category (its
  rate, its name), and a product's own rate or category. Triggers move it, on both
  backends, whoever writes. A counter keeps what it priced by in memory with the
  version it read, and ``pos_record_sale`` refuses a sale priced at another version
  (``pos_sale_refused``, detail ``pricing``); the counter then reads again and prices
  once more. A sale on PostgreSQL is back to one round trip.
- ``products.variable_price``: goods of variable price (weighed and pre-packed) are sold
  at the price their price-embedded barcode carries, so ``pos_record_sale`` takes the
  line's price for them instead of refusing it, and the same product may come on two
  lines at two prices (lines in product-id order, equal ids allowed).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: What moves the version: (table, the columns whose update moves it, None: any).
PRICED_BY = (
    ("tax_rates", None),
    ("store_settings", None),
    ("promotions", None),
    ("promotion_products", None),
    ("categories", None),
    ("products", ("tax_rate_id", "category")),
)


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


def _replaced(text: str, *changes: tuple[str, str]) -> str:
    """``text`` with each (old, new) replaced; each old must occur exactly once."""
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def record_sale_v4() -> str:
    """0006's ``pos_record_sale`` with the version check, equal product ids in a row and
    the line's own price for variable-price goods."""
    v3: str = _revision("0006").RECORD_SALE_V3  # type: ignore[attr-defined]
    return _replaced(
        v3,
        (
            "    -- Held until this call commits or fails.",
            "    -- Priced by what the store prices by now, else the counter reads it again.\n"
            "    IF (SELECT version FROM pricing_state WHERE id = 1)\n"
            "       IS DISTINCT FROM (p_pricing->>'version')::bigint THEN\n"
            "        RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'pricing';\n"
            "    END IF;\n\n"
            "    -- Held until this call commits or fails.",
        ),
        (
            "p_product_ids[i] <= p_product_ids[i - 1]",
            "p_product_ids[i] < p_product_ids[i - 1]",
        ),
        (
            "AND price_cents = p_prices[i]",
            "AND (price_cents = p_prices[i] OR variable_price)",
        ),
        (
            """           AND coalesce(tax_rate_id,
                        (SELECT c.tax_rate_id FROM categories c WHERE c.name = products.category),
                        v_default_rate)
               IS NOT DISTINCT FROM (v_priced->>'tax_rate_id')::integer
           AND ((v_priced->>'promotion_id') IS NULL OR EXISTS (
                SELECT 1 FROM promotions pr
                 WHERE pr.id = (v_priced->>'promotion_id')::integer AND pr.active
                   AND pr.starts_at <= p_created_at AND p_created_at < pr.ends_at))
""",
            "",
        ),
        (
            """    v_default_rate integer := (SELECT nullif(value, '')::integer FROM store_settings
                                WHERE key = 'default_tax_rate_id');
""",
            "",
        ),
        (
            """        -- Same price, same tax rate, and the promotion still running: else nothing is
        -- written and the counter says what changed.
""",
            """        -- Still sold at that price (any price, if variable), and in stock.
""",
        ),
    )


def _sqlite_triggers(table: str, columns: tuple[str, ...] | None) -> None:
    bump = "BEGIN UPDATE pricing_state SET version = version + 1 WHERE id = 1; END"
    if columns is not None:
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        op.execute(
            f"CREATE TRIGGER {table}_pricing_update AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} WHEN {changed} {bump}"
        )
        return
    for verb in ("INSERT", "UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER {table}_pricing_{verb.lower()} AFTER {verb} ON {table} {bump}")


def _postgresql_triggers(table: str, columns: tuple[str, ...] | None) -> None:
    if columns is not None:
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        op.execute(
            f"CREATE TRIGGER {table}_pricing AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION pos_pricing_changed()"
        )
        return
    op.execute(
        f"CREATE TRIGGER {table}_pricing AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION pos_pricing_changed()"
    )


def upgrade() -> None:
    op.create_table(
        "pricing_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_pricing_state_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pricing_state")),
    )
    op.execute("INSERT INTO pricing_state (id, version) VALUES (1, 1)")
    with op.batch_alter_table("products") as batch:
        batch.add_column(
            sa.Column("variable_price", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    if _sqlite():
        for table, columns in PRICED_BY:
            _sqlite_triggers(table, columns)
        return
    op.execute(
        "CREATE FUNCTION pos_pricing_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN UPDATE pricing_state SET version = version + 1 WHERE id = 1; RETURN NULL; END $$"
    )
    for table, columns in PRICED_BY:
        _postgresql_triggers(table, columns)
    signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
    op.execute(f"DROP FUNCTION {signature}")
    op.execute(record_sale_v4())


def downgrade() -> None:
    if _sqlite():
        for table, columns in PRICED_BY:
            verbs = ("update",) if columns is not None else ("insert", "update", "delete")
            for verb in verbs:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_pricing_{verb}")
    else:
        earlier = _revision("0006")
        op.execute(f"DROP FUNCTION {earlier.NEW_SIGNATURE}")  # type: ignore[attr-defined]
        op.execute(earlier.RECORD_SALE_V3)  # type: ignore[attr-defined]
        for table, _ in PRICED_BY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_pricing ON {table}")
        op.execute("DROP FUNCTION IF EXISTS pos_pricing_changed()")
    with op.batch_alter_table("products") as batch:
        batch.drop_column("variable_price")
    op.drop_table("pricing_state")
